//! User credentials against a loopback token endpoint.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use super::fake_http::{Answer, FakeServer};
use crate::credentials::Credentials;
use crate::{AuthHeaders, Code, ErrorKind};

fn user_info(token_uri: &str) -> serde_json::Value {
    serde_json::json!({
        "type": "authorized_user",
        "client_id": "the-client.apps.googleusercontent.com",
        "client_secret": "s3cr3t value",
        "refresh_token": "1//refresh-me",
        "token_uri": token_uri,
        "quota_project_id": "billing-project",
    })
}

/// Parses `a=b&c=d` (form encoding) into pairs, decoding `+` and `%XX`.
fn form_pairs(body: &str) -> Vec<(String, String)> {
    let decode = |s: &str| {
        let bytes = s.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'+' => out.push(b' '),
                b'%' => {
                    out.push(u8::from_str_radix(&s[i + 1..i + 3], 16).unwrap());
                    i += 2;
                }
                b => out.push(b),
            }
            i += 1;
        }
        String::from_utf8(out).unwrap()
    };
    body.split('&')
        .filter_map(|p| p.split_once('='))
        .map(|(k, v)| (decode(k), decode(v)))
        .collect()
}

#[tokio::test]
async fn a_refresh_token_is_exchanged_once_and_the_token_reused() {
    let server = FakeServer::start(Duration::ZERO, |_, n| {
        Answer::token(&format!("tok-{n}"), 3600)
    })
    .await;
    let creds = Credentials::from_authorized_user_info(user_info(&server.url("/token"))).unwrap();
    assert_eq!(creds.kind(), "authorized user");
    let headers = creds.headers().await.unwrap();
    assert_eq!(headers["authorization"], "Bearer tok-0");
    assert!(headers["authorization"].is_sensitive());
    assert_eq!(headers["x-goog-user-project"], "billing-project");
    // A clone shares the cache: no second request.
    let again = creds.clone().headers().await.unwrap();
    assert_eq!(again["authorization"], "Bearer tok-0");

    let requests = server.requests_to("/token");
    assert_eq!(requests.len(), 1, "{requests:?}");
    let request = &requests[0];
    assert_eq!(request.method, "POST");
    assert_eq!(
        request.header("content-type"),
        Some("application/x-www-form-urlencoded")
    );
    assert_eq!(
        request.header("host"),
        Some(server.addr.to_string().as_str())
    );
    let pairs = form_pairs(&request.body);
    let get = |k: &str| pairs.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
    assert_eq!(get("grant_type"), Some("refresh_token"));
    assert_eq!(
        get("client_id"),
        Some("the-client.apps.googleusercontent.com")
    );
    assert_eq!(get("client_secret"), Some("s3cr3t value"));
    assert_eq!(get("refresh_token"), Some("1//refresh-me"));
    // Nothing secret in Debug.
    let dbg = format!("{creds:?} {headers:?}");
    for secret in ["s3cr3t", "refresh-me", "tok-0"] {
        assert!(!dbg.contains(secret), "{dbg}");
    }
}

#[tokio::test]
async fn a_token_near_its_expiry_is_refreshed() {
    // A 4 s token is refreshed half-way through its life.
    let server =
        FakeServer::start(Duration::ZERO, |_, n| Answer::token(&format!("tok-{n}"), 4)).await;
    let creds = Credentials::from_authorized_user_info(user_info(&server.url("/token"))).unwrap();
    assert_eq!(
        creds.headers().await.unwrap()["authorization"],
        "Bearer tok-0"
    );
    assert_eq!(
        creds.headers().await.unwrap()["authorization"],
        "Bearer tok-0"
    );
    tokio::time::sleep(Duration::from_millis(2300)).await;
    assert_eq!(
        creds.headers().await.unwrap()["authorization"],
        "Bearer tok-1"
    );
    assert_eq!(server.requests_to("/token").len(), 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_requests_share_one_refresh() {
    let calls = Arc::new(AtomicUsize::new(0));
    let counter = calls.clone();
    // A slow endpoint, so that all requests arrive while the first refresh is under way.
    let server = FakeServer::start(Duration::from_millis(300), move |_, _| {
        counter.fetch_add(1, Ordering::SeqCst);
        Answer::token("shared", 3600)
    })
    .await;
    let creds = Credentials::from_authorized_user_info(user_info(&server.url("/token"))).unwrap();
    let tasks: Vec<_> = (0..16)
        .map(|_| {
            let c = creds.clone();
            tokio::spawn(async move { c.headers().await })
        })
        .collect();
    for task in tasks {
        let headers = task.await.unwrap().unwrap();
        assert_eq!(headers["authorization"], "Bearer shared");
    }
    assert_eq!(
        calls.load(Ordering::SeqCst),
        1,
        "one token request for 16 callers"
    );
}

#[tokio::test]
async fn error_answers_say_what_was_expected_and_what_came() {
    // (status, body, code, fragments the message must hold)
    let table: Vec<(u16, &str, Code, Vec<&str>)> = vec![
        (
            400,
            r#"{"error": "invalid_grant", "error_description": "Token has been expired or revoked."}"#,
            Code::Unauthenticated,
            vec!["400", "invalid_grant", "expected 200", "/token"],
        ),
        (
            503,
            "backend down",
            Code::Unavailable,
            vec!["503", "backend down"],
        ),
        (429, "", Code::Unavailable, vec!["429", "an empty body"]),
        (
            200,
            "<html>hello</html>",
            Code::Unauthenticated,
            vec!["not JSON", "access_token"],
        ),
        (
            200,
            r#"{"token": "x"}"#,
            Code::Unauthenticated,
            vec![
                "[\"token\"]",
                "expected a JSON object with a string \"access_token\"",
            ],
        ),
        (
            200,
            r#"{"access_token": "x", "expires_in": "soon"}"#,
            Code::Unauthenticated,
            vec!["expires_in", "whole number"],
        ),
    ];
    for (status, body, code, fragments) in table {
        let answer_body = body.to_string();
        let server = FakeServer::start(Duration::ZERO, move |_, _| {
            Answer::new(status, answer_body.clone())
        })
        .await;
        let creds =
            Credentials::from_authorized_user_info(user_info(&server.url("/token"))).unwrap();
        let err = creds.headers().await.unwrap_err();
        assert_eq!(err.code(), code, "{status} {body}: {err}");
        assert_eq!(err.kind(), ErrorKind::Auth);
        let text = err.to_string();
        for fragment in fragments {
            assert!(
                text.contains(fragment),
                "{status} {body}: {text} lacks {fragment}"
            );
        }
        assert!(
            !text.contains("s3cr3t") && !text.contains("refresh-me"),
            "{text}"
        );
    }
}

#[tokio::test]
async fn an_unreachable_endpoint_is_transient() {
    let closed = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap()
    };
    let creds =
        Credentials::from_authorized_user_info(user_info(&format!("http://{closed}/token")))
            .unwrap();
    let err = creds.headers().await.unwrap_err();
    assert_eq!(err.code(), Code::Unavailable, "{err}");
    assert!(err.to_string().contains("cannot reach"), "{err}");
    assert!(err.to_string().contains(&closed.to_string()), "{err}");
}

#[tokio::test]
async fn a_failed_refresh_ahead_of_time_keeps_the_valid_token() {
    // First a 30 s token (refreshed after 15 s), then errors.
    let server = FakeServer::start(Duration::ZERO, |_, n| {
        if n == 0 {
            Answer::token("first", 30)
        } else {
            Answer::new(500, "oops")
        }
    })
    .await;
    let creds = Credentials::from_authorized_user_info(user_info(&server.url("/token"))).unwrap();
    assert_eq!(
        creds.headers().await.unwrap()["authorization"],
        "Bearer first"
    );
    // Make the cached token due for refresh without waiting: a source error with a usable
    // token still answers the old token.
    if let super::super::Inner::Tokens(t) = &creds.inner {
        t.age_for_tests(Duration::from_secs(16));
    }
    assert_eq!(
        creds.headers().await.unwrap()["authorization"],
        "Bearer first"
    );
    assert_eq!(server.requests_to("/token").len(), 2, "a refresh was tried");
}
