use super::*;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};

/// A scratch directory under the system temp dir, removed on drop.
struct TempHome {
    path: PathBuf,
}

impl TempHome {
    fn new() -> Self {
        static N: AtomicU64 = AtomicU64::new(0);
        let path = std::env::temp_dir().join(format!(
            "dialogflow-endpoint-test-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        std::fs::create_dir_all(&path).unwrap();
        TempHome { path }
    }

    fn write(&self, rel: &str, contents: &str) -> PathBuf {
        let p = self.path.join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(&p, contents).unwrap();
        p
    }

    fn env(&self) -> EnvMap {
        EnvMap::new().with("HOME", self.path.to_str().unwrap())
    }
}

impl Drop for TempHome {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.path);
    }
}

const CERT: &str = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";
const KEY: &str = "-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n";

fn explicit_source() -> ClientCertSource {
    ClientCertSource::from_pem("explicit-cert", "explicit-key")
}

/// What a default client certificate exists as, for the table.
#[derive(Debug, Clone, Copy, PartialEq)]
enum DefaultCert {
    None,
    WorkloadConfig,
}

fn home_with(default: DefaultCert) -> TempHome {
    let home = TempHome::new();
    if default == DefaultCert::WorkloadConfig {
        let cert = home.write("certs/cert.pem", CERT);
        let key = home.write("certs/key.pem", KEY);
        home.write(
            CERTIFICATE_CONFIG_DEFAULT_PATH,
            &serde_json::json!({"cert_configs": {"workload": {
                "cert_path": cert, "key_path": key}}})
            .to_string(),
        );
    }
    home
}

/// Which certificate the result carries.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Got {
    NoCert,
    Explicit,
    Default,
}

fn which(source: &Option<ClientCertSource>) -> Got {
    match source {
        None => Got::NoCert,
        Some(s) => {
            let id = s.identity().unwrap();
            if id.cert_pem() == b"explicit-cert" {
                Got::Explicit
            } else {
                assert_eq!(id.cert_pem(), CERT.as_bytes());
                assert_eq!(id.key_pem(), KEY.as_bytes());
                Got::Default
            }
        }
    }
}

/// Every combination of the two switches (unset included), an explicit
/// certificate or not, a default certificate or not, an explicit endpoint or not.
#[test]
fn python_parity_table() {
    let use_cert_values = [None, Some("true"), Some("false"), Some("TRUE")];
    let use_mtls_values = [
        None,
        Some("never"),
        Some("auto"),
        Some("always"),
        Some("Always"),
    ];
    let mut cases = 0;
    for use_cert in use_cert_values {
        for use_mtls in use_mtls_values {
            for explicit_cert in [false, true] {
                for default in [DefaultCert::None, DefaultCert::WorkloadConfig] {
                    for explicit_endpoint in [None, Some("custom.example.com:8443")] {
                        cases += 1;
                        let home = home_with(default);
                        let mut env = home.env();
                        if let Some(v) = use_cert {
                            env.set(USE_CLIENT_CERTIFICATE_ENV, v);
                        }
                        if let Some(v) = use_mtls {
                            env.set(USE_MTLS_ENDPOINT_ENV, v);
                        }
                        let mut options = ClientOptions::new();
                        if explicit_cert {
                            options = options.with_client_cert_source(explicit_source());
                        }
                        if let Some(e) = explicit_endpoint {
                            options = options.with_api_endpoint(e);
                        }
                        let (endpoint, source) =
                            get_mtls_endpoint_and_cert_source_with_env(&options, &env).unwrap();

                        // Expected, written out from the rules.
                        let cert_on = use_cert.is_some_and(|v| v.eq_ignore_ascii_case("true"));
                        let want_cert = match (cert_on, explicit_cert, default) {
                            (false, _, _) => Got::NoCert,
                            (true, true, _) => Got::Explicit,
                            (true, false, DefaultCert::WorkloadConfig) => Got::Default,
                            (true, false, DefaultCert::None) => Got::NoCert,
                        };
                        let mtls = use_mtls.map(str::to_ascii_lowercase);
                        let want_endpoint = match (explicit_endpoint, mtls.as_deref()) {
                            (Some(e), _) => e,
                            (None, Some("always")) => DEFAULT_MTLS_ENDPOINT,
                            (None, Some("never")) => DEFAULT_ENDPOINT,
                            (None, _) if want_cert != Got::NoCert => DEFAULT_MTLS_ENDPOINT,
                            (None, _) => DEFAULT_ENDPOINT,
                        };
                        let ctx = format!(
                            "use_cert={use_cert:?} use_mtls={use_mtls:?} explicit_cert={explicit_cert} default={default:?} endpoint={explicit_endpoint:?}"
                        );
                        assert_eq!(which(&source), want_cert, "{ctx}");
                        assert_eq!(endpoint, want_endpoint, "{ctx}");

                        // The full resolution agrees, and adds the TLS choice.
                        let resolved = resolve_endpoint(&options, &env).unwrap();
                        assert_eq!(
                            resolved.endpoint.host(),
                            want_endpoint.split(':').next().unwrap(),
                            "{ctx}"
                        );
                        assert!(!resolved.emulator);
                        match (&resolved.tls, want_cert) {
                            (TlsChoice::Tls, Got::NoCert) => {}
                            (TlsChoice::Mtls(_), Got::Explicit | Got::Default) => {}
                            (tls, _) => panic!("{ctx}: unexpected {tls:?}"),
                        }
                    }
                }
            }
        }
    }
    assert_eq!(cases, 4 * 5 * 2 * 2 * 2);
}

#[test]
fn invalid_switch_values_are_errors() {
    let table: &[(&str, &str, &str)] = &[
        (
            USE_CLIENT_CERTIFICATE_ENV,
            "yes",
            "GOOGLE_API_USE_CLIENT_CERTIFICATE",
        ),
        (
            USE_CLIENT_CERTIFICATE_ENV,
            "1",
            "GOOGLE_API_USE_CLIENT_CERTIFICATE",
        ),
        (
            USE_CLIENT_CERTIFICATE_ENV,
            "",
            "GOOGLE_API_USE_CLIENT_CERTIFICATE",
        ),
        (
            USE_MTLS_ENDPOINT_ENV,
            "sometimes",
            "GOOGLE_API_USE_MTLS_ENDPOINT",
        ),
        (USE_MTLS_ENDPOINT_ENV, "", "GOOGLE_API_USE_MTLS_ENDPOINT"),
        (
            USE_MTLS_ENDPOINT_ENV,
            "true",
            "GOOGLE_API_USE_MTLS_ENDPOINT",
        ),
    ];
    for (name, value, mention) in table {
        let env = EnvMap::new().with(*name, *value);
        // Even with an explicit endpoint, a bad switch is reported.
        let options = ClientOptions::new().with_api_endpoint("x.example.com");
        for err in [
            get_mtls_endpoint_and_cert_source_with_env(&options, &env).unwrap_err(),
            resolve_endpoint(&options, &env).unwrap_err(),
        ] {
            let msg = err.to_string();
            assert!(msg.contains(mention), "{name}={value:?}: {msg}");
            assert!(
                msg.contains(&format!("{value:?}")),
                "{name}={value:?}: {msg}"
            );
        }
    }
}

#[test]
fn universe_domain_table() {
    // (option, env, use_mtls, location, expected host or error fragment)
    type Row = (
        Option<&'static str>,
        Option<&'static str>,
        Option<&'static str>,
        Option<&'static str>,
        Result<&'static str, &'static str>,
    );
    let table: &[Row] = &[
        (None, None, None, None, Ok("dialogflow.googleapis.com")),
        (
            None,
            Some("example.goog"),
            None,
            None,
            Ok("dialogflow.example.goog"),
        ),
        (
            Some("opt.goog"),
            Some("env.goog"),
            None,
            None,
            Ok("dialogflow.opt.goog"),
        ),
        (
            Some("googleapis.com"),
            Some("env.goog"),
            None,
            None,
            Ok("dialogflow.googleapis.com"),
        ),
        (Some(""), None, None, None, Err("must not be empty")),
        (
            None,
            Some(""),
            None,
            None,
            Err("GOOGLE_CLOUD_UNIVERSE_DOMAIN"),
        ),
        (
            Some("opt.goog"),
            None,
            Some("always"),
            None,
            Err("only supported in the googleapis.com"),
        ),
        (
            None,
            Some("env.goog"),
            Some("always"),
            None,
            Err("\"env.goog\""),
        ),
        (
            None,
            None,
            Some("always"),
            None,
            Ok("dialogflow.mtls.googleapis.com"),
        ),
        (
            Some("opt.goog"),
            None,
            Some("never"),
            None,
            Ok("dialogflow.opt.goog"),
        ),
        (
            None,
            None,
            None,
            Some("europe-west1"),
            Ok("europe-west1-dialogflow.googleapis.com"),
        ),
        (
            None,
            None,
            None,
            Some("global"),
            Ok("dialogflow.googleapis.com"),
        ),
        (
            Some("opt.goog"),
            None,
            None,
            Some("us-east1"),
            Ok("us-east1-dialogflow.opt.goog"),
        ),
        (
            None,
            None,
            Some("always"),
            Some("asia-northeast1"),
            Ok("asia-northeast1-dialogflow.mtls.googleapis.com"),
        ),
        (None, None, None, Some("Europe"), Err("location")),
        (None, None, None, Some("a.b"), Err("location")),
        (None, None, None, Some(""), Err("location")),
    ];
    for (option, env_value, use_mtls, location, want) in table {
        let mut env = EnvMap::new();
        if let Some(v) = env_value {
            env.set(UNIVERSE_DOMAIN_ENV, *v);
        }
        if let Some(v) = use_mtls {
            env.set(USE_MTLS_ENDPOINT_ENV, *v);
        }
        let mut options = ClientOptions::new();
        if let Some(o) = option {
            options = options.with_universe_domain(*o);
        }
        if let Some(l) = location {
            options = options.with_location(*l);
        }
        let ctx = format!("{option:?} {env_value:?} {use_mtls:?} {location:?}");
        match (resolve_endpoint(&options, &env), want) {
            (Ok(r), Ok(host)) => {
                assert_eq!(r.endpoint.host(), *host, "{ctx}");
                assert_eq!(r.endpoint.port(), 443, "{ctx}");
                assert_eq!(r.endpoint.url(), format!("https://{host}:443"), "{ctx}");
            }
            (Err(e), Err(fragment)) => assert!(e.to_string().contains(fragment), "{ctx}: {e}"),
            (got, want) => panic!("{ctx}: got {got:?}, want {want:?}"),
        }
    }
}

#[test]
fn explicit_endpoint_wins_over_universe_and_location() {
    let env = EnvMap::new()
        .with(UNIVERSE_DOMAIN_ENV, "other.goog")
        .with(USE_MTLS_ENDPOINT_ENV, "always");
    let options = ClientOptions::new()
        .with_api_endpoint("private.example.com")
        .with_location("europe-west1");
    let r = resolve_endpoint(&options, &env).unwrap();
    assert_eq!(r.endpoint.url(), "https://private.example.com:443");
    assert_eq!(r.universe_domain, "other.goog");
}

#[test]
fn emulator_table() {
    // (option, env, ignore env, explicit endpoint, expected url or error)
    type Row = (
        Option<&'static str>,
        Option<&'static str>,
        bool,
        Option<&'static str>,
        Result<&'static str, &'static str>,
    );
    let table: &[Row] = &[
        (
            None,
            Some("localhost:8080"),
            false,
            None,
            Ok("http://localhost:8080"),
        ),
        (
            None,
            Some("127.0.0.1:9000"),
            false,
            Some("x.example.com"),
            Ok("http://127.0.0.1:9000"),
        ),
        (
            None,
            Some("http://127.0.0.1:9000"),
            false,
            None,
            Ok("http://127.0.0.1:9000"),
        ),
        (
            None,
            Some("[::1]:7000"),
            false,
            None,
            Ok("http://[::1]:7000"),
        ),
        (
            Some("127.0.0.1:1"),
            Some("localhost:8080"),
            false,
            None,
            Ok("http://127.0.0.1:1"),
        ),
        (
            None,
            Some("localhost:8080"),
            true,
            None,
            Ok("https://dialogflow.googleapis.com:443"),
        ),
        (
            Some("127.0.0.1:1"),
            Some("localhost:8080"),
            true,
            None,
            Ok("http://127.0.0.1:1"),
        ),
        (
            None,
            Some(""),
            false,
            None,
            Ok("https://dialogflow.googleapis.com:443"),
        ),
        (
            None,
            Some("localhost"),
            false,
            None,
            Err("DIALOGFLOW_EMULATOR_HOST"),
        ),
        (
            None,
            Some("localhost:port"),
            false,
            None,
            Err("DIALOGFLOW_EMULATOR_HOST"),
        ),
        (
            None,
            Some("::1:8080"),
            false,
            None,
            Err("DIALOGFLOW_EMULATOR_HOST"),
        ),
        (
            None,
            Some("https://localhost:8080"),
            false,
            None,
            Err("DIALOGFLOW_EMULATOR_HOST"),
        ),
        (
            None,
            Some("localhost:8080/path"),
            false,
            None,
            Err("DIALOGFLOW_EMULATOR_HOST"),
        ),
    ];
    for (option, env_value, ignore, endpoint, want) in table {
        let mut env = EnvMap::new();
        if let Some(v) = env_value {
            env.set(EMULATOR_HOST_ENV, *v);
        }
        // The emulator wins even over invalid mTLS switches being irrelevant? No:
        // it wins over everything, so broken switches do not matter there.
        let mut options = ClientOptions::new().with_ignore_emulator_env(*ignore);
        if let Some(o) = option {
            options = options.with_emulator_host(*o);
        }
        if let Some(e) = endpoint {
            options = options.with_api_endpoint(*e);
        }
        let ctx = format!("{option:?} {env_value:?} {ignore} {endpoint:?}");
        match (resolve_endpoint(&options, &env), want) {
            (Ok(r), Ok(url)) => {
                assert_eq!(r.endpoint.url(), *url, "{ctx}");
                let is_emulator = url.starts_with("http://");
                assert_eq!(r.emulator, is_emulator, "{ctx}");
                assert_eq!(matches!(r.tls, TlsChoice::Plaintext), is_emulator, "{ctx}");
            }
            (Err(e), Err(fragment)) => assert!(e.to_string().contains(fragment), "{ctx}: {e}"),
            (got, want) => panic!("{ctx}: got {got:?}, want {want:?}"),
        }
    }
}

#[test]
fn process_env_reads_the_real_environment() {
    // PATH is set in any test environment; a random name is not.
    assert!(ProcessEnv.var("PATH").is_some());
    assert!(
        ProcessEnv
            .var("DIALOGFLOW_SURELY_UNSET_VARIABLE_42")
            .is_none()
    );
}

mod certificates;
mod hosts_and_urls;
