//! Endpoint parsing, loopback detection and the mTLS host names.

use super::*;

#[test]
fn endpoint_parse_table() {
    type Row = (
        &'static str,
        Result<(&'static str, bool, &'static str, u16), ()>,
    );
    let table: &[Row] = &[
        (
            "dialogflow.googleapis.com",
            Ok((
                "https://dialogflow.googleapis.com:443",
                false,
                "dialogflow.googleapis.com",
                443,
            )),
        ),
        ("host:8443", Ok(("https://host:8443", false, "host", 8443))),
        ("https://host", Ok(("https://host:443", false, "host", 443))),
        (
            "https://host/",
            Ok(("https://host:443", false, "host", 443)),
        ),
        ("http://host", Ok(("http://host:80", true, "host", 80))),
        (
            "http://127.0.0.1:8080",
            Ok(("http://127.0.0.1:8080", true, "127.0.0.1", 8080)),
        ),
        ("[::1]:9", Ok(("https://[::1]:9", false, "::1", 9))),
        ("http://[::1]", Ok(("http://[::1]:80", true, "::1", 80))),
        ("ftp://host", Err(())),
        ("host:0", Err(())),
        ("host:99999", Err(())),
        ("host:abc", Err(())),
        ("https://host/path", Err(())),
        ("", Err(())),
        (":443", Err(())),
        ("user@host", Err(())),
        ("[::1", Err(())),
        ("ho st", Err(())),
    ];
    for (input, want) in table {
        match (Endpoint::parse(input), want) {
            (Ok(e), Ok((url, plain, host, port))) => {
                assert_eq!(e.url(), *url, "{input}");
                assert_eq!(e.is_plaintext(), *plain, "{input}");
                assert_eq!(e.host(), *host, "{input}");
                assert_eq!(e.port(), *port, "{input}");
            }
            (Err(e), Err(())) => {
                assert!(e.to_string().contains(&format!("{input:?}")), "{e}")
            }
            (got, want) => panic!("{input}: got {got:?}, want {want:?}"),
        }
    }
}

#[test]
fn loopback_table() {
    for (host, want) in [
        ("localhost", true),
        ("LOCALHOST", true),
        ("emu.localhost", true),
        ("127.0.0.1", true),
        ("127.8.9.10", true),
        ("::1", true),
        ("[::1]", true),
        ("10.0.0.1", false),
        ("0.0.0.0", false),
        ("dialogflow.googleapis.com", false),
        ("localhost.example.com", false),
    ] {
        assert_eq!(is_loopback_host(host), want, "{host}");
    }
}

#[test]
fn default_mtls_endpoint_table() {
    for (input, want) in [
        (
            "dialogflow.googleapis.com",
            "dialogflow.mtls.googleapis.com",
        ),
        (
            "dialogflow.mtls.googleapis.com",
            "dialogflow.mtls.googleapis.com",
        ),
        (
            "dialogflow.sandbox.googleapis.com",
            "dialogflow.mtls.sandbox.googleapis.com",
        ),
        (
            "dialogflow.mtls.sandbox.googleapis.com",
            "dialogflow.mtls.sandbox.googleapis.com",
        ),
        (
            "us-dialogflow.googleapis.com",
            "us-dialogflow.mtls.googleapis.com",
        ),
        ("api.example.com", "api.example.com"),
        ("localhost", "localhost"),
        ("", ""),
    ] {
        assert_eq!(default_mtls_endpoint(input), want, "{input}");
    }
}
