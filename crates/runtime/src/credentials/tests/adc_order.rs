//! Application Default Credentials: which source wins, the metadata server's protocol, and
//! errors naming the file or variable at fault. Every environment here is an `EnvMap` whose
//! `GCE_METADATA_HOST` is a loopback server or a closed loopback port.

use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use super::fake_http::{Answer, FakeServer};
use crate::credentials::{Credentials, DEFAULT_SCOPES, default_scopes};
use crate::endpoint::EnvMap;
use crate::{AuthHeaders, Code};

/// A temporary directory, removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new() -> TempDir {
        static N: AtomicU64 = AtomicU64::new(0);
        let path = std::env::temp_dir().join(format!(
            "df-adc-order-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        std::fs::create_dir_all(&path).unwrap();
        TempDir(path)
    }

    fn write(&self, name: &str, json: &serde_json::Value) -> PathBuf {
        let path = self.0.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, json.to_string()).unwrap();
        path
    }

    fn gcloud_file(&self) -> &'static str {
        ".config/gcloud/application_default_credentials.json"
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn closed_port() -> String {
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    l.local_addr().unwrap().to_string()
}

fn user(token_uri: &str, client_id: &str) -> serde_json::Value {
    serde_json::json!({"type": "authorized_user", "client_id": client_id,
        "client_secret": "s", "refresh_token": "r", "token_uri": token_uri})
}

/// The `client_id` the fake token endpoint was sent, which tells which file was used.
async fn client_id_used(creds: &Credentials, server: &FakeServer) -> String {
    creds.headers().await.unwrap();
    let body = server.requests_to("/token").last().unwrap().body.clone();
    body.split('&')
        .find_map(|p| p.strip_prefix("client_id="))
        .unwrap()
        .to_string()
}

#[tokio::test]
async fn the_variable_then_gcloud_file_then_the_metadata_server() {
    let server = FakeServer::start(Duration::ZERO, |_, _| Answer::token("t", 3600)).await;
    let home = TempDir::new();
    let named = home.write("named.json", &user(&server.url("/token"), "from-variable"));
    let base = EnvMap::new()
        .with("HOME", home.0.to_str().unwrap())
        .with("GCE_METADATA_HOST", closed_port());

    // Nothing: the metadata server.
    let c = Credentials::application_default_in(&base, default_scopes()).unwrap();
    assert!(c.uses_metadata_server());
    assert_eq!(c.kind(), "application default");

    // gcloud's file.
    home.write(
        home.gcloud_file(),
        &user(&server.url("/token"), "from-gcloud"),
    );
    let c = Credentials::application_default_in(&base, default_scopes()).unwrap();
    assert!(!c.uses_metadata_server());
    assert_eq!(client_id_used(&c, &server).await, "from-gcloud");

    // The variable wins over gcloud's file.
    let env = base
        .clone()
        .with("GOOGLE_APPLICATION_CREDENTIALS", named.to_str().unwrap());
    let c = Credentials::application_default_in(&env, default_scopes()).unwrap();
    assert_eq!(client_id_used(&c, &server).await, "from-variable");

    // A variable naming a missing file is an error naming both (no fallback).
    let env = base
        .clone()
        .with("GOOGLE_APPLICATION_CREDENTIALS", "/nonexistent/adc.json");
    let err = Credentials::application_default_in(&env, default_scopes()).unwrap_err();
    let text = err.to_string();
    assert!(
        text.contains("/nonexistent/adc.json") && text.contains("GOOGLE_APPLICATION_CREDENTIALS"),
        "{text}"
    );
}

#[tokio::test]
async fn quota_project_from_the_file_or_the_variable() {
    let server = FakeServer::start(Duration::ZERO, |_, _| Answer::token("t", 3600)).await;
    let home = TempDir::new();
    let mut info = user(&server.url("/token"), "c");
    info["quota_project_id"] = "from-file".into();
    let path = home.write("u.json", &info);
    let env = EnvMap::new()
        .with("GCE_METADATA_HOST", closed_port())
        .with("GOOGLE_APPLICATION_CREDENTIALS", path.to_str().unwrap());
    let c = Credentials::application_default_in(&env, default_scopes()).unwrap();
    assert_eq!(
        c.headers().await.unwrap()["x-goog-user-project"],
        "from-file"
    );
    let env = env.with("GOOGLE_CLOUD_QUOTA_PROJECT", "from-variable");
    let c = Credentials::application_default_in(&env, default_scopes()).unwrap();
    assert_eq!(
        c.headers().await.unwrap()["x-goog-user-project"],
        "from-variable"
    );
}

#[tokio::test]
async fn metadata_server_tokens_universe_and_check() {
    let server = FakeServer::start(Duration::ZERO, |r, n| {
        if r.target
            .starts_with("/computeMetadata/v1/universe/universe-domain")
        {
            Answer::new(200, "example-universe.com\n")
        } else if r.target.starts_with("/computeMetadata/v1/instance/") {
            Answer::token(&format!("mds-{n}"), 3600)
        } else {
            Answer::new(200, "")
        }
    })
    .await;
    let env = EnvMap::new()
        .with("GCE_METADATA_HOST", server.addr.to_string())
        .with("GOOGLE_CLOUD_QUOTA_PROJECT", "q1");
    let c = Credentials::adc_metadata_server(&env).unwrap();
    assert!(c.uses_metadata_server());
    c.check_source(&env)
        .await
        .expect("the fake answers as a metadata server");
    let headers = c.headers().await.unwrap();
    assert!(
        headers["authorization"]
            .to_str()
            .unwrap()
            .starts_with("Bearer mds-")
    );
    assert_eq!(headers["x-goog-user-project"], "q1");
    c.headers().await.unwrap();
    let tokens = server.requests_to("/computeMetadata/v1/instance/");
    assert_eq!(tokens.len(), 1, "cached");
    let request = &tokens[0];
    assert_eq!(request.method, "GET");
    assert_eq!(request.header("metadata-flavor"), Some("Google"));
    let (path, query) = request.target.split_once('?').unwrap();
    assert_eq!(
        path,
        "/computeMetadata/v1/instance/service-accounts/default/token"
    );
    let expected: Vec<String> = DEFAULT_SCOPES
        .iter()
        .map(|s| s.replace(':', "%3A").replace('/', "%2F"))
        .collect();
    assert_eq!(query, format!("scopes={}", expected.join(",")));

    assert_eq!(
        c.universe_domain().await.as_deref(),
        Some("example-universe.com")
    );
    assert_eq!(
        c.universe_domain().await.as_deref(),
        Some("example-universe.com")
    );
    assert_eq!(
        server.requests_to("/computeMetadata/v1/universe").len(),
        1,
        "asked once"
    );
}

#[tokio::test]
async fn metadata_server_errors() {
    let server =
        FakeServer::start(Duration::ZERO, |_, _| Answer::new(404, "no such account")).await;
    let env = EnvMap::new().with("GCE_METADATA_HOST", server.addr.to_string());
    let c = Credentials::adc_metadata_server(&env).unwrap();
    let err = c.headers().await.unwrap_err();
    assert_eq!(err.code(), Code::Unauthenticated);
    let text = err.to_string();
    assert!(
        text.contains("metadata server")
            && text.contains("404")
            && text.contains("no such account"),
        "{text}"
    );
    assert_eq!(c.universe_domain().await, None);

    let closed = closed_port();
    let env = EnvMap::new().with("GCE_METADATA_HOST", &closed);
    let c = Credentials::adc_metadata_server(&env).unwrap();
    let err = c.headers().await.unwrap_err();
    assert_eq!(err.code(), Code::Unavailable, "{err}");
    assert!(err.to_string().contains(&closed), "{err}");
}

/// `Credentials::metadata_server()` reads the process's `GCE_METADATA_HOST`, which this
/// workspace's cargo configuration points at a closed loopback port.
#[tokio::test]
async fn explicit_metadata_server_uses_the_process_variable() {
    let host = std::env::var("GCE_METADATA_HOST").unwrap_or_default();
    if !host.starts_with("127.0.0.1:") {
        // Not run under this workspace's cargo configuration: nothing safe to ask.
        return;
    }
    let c = Credentials::metadata_server().unwrap();
    assert_eq!(c.kind(), "metadata server");
    let err = c.headers().await.unwrap_err();
    assert_eq!(err.code(), Code::Unavailable, "{err}");
    assert!(err.to_string().contains(&host), "{err}");
}

#[test]
fn files_of_other_types_name_the_file_and_the_type() {
    let dir = TempDir::new();
    for kind in ["external_account", "impersonated_service_account"] {
        let path = dir.write(&format!("{kind}.json"), &serde_json::json!({"type": kind}));
        let result = Credentials::from_file(&path);
        if cfg!(feature = "google-cloud-auth") {
            // Handed to google-cloud-auth, which builds it on the first runtime that uses it
            // (none here), so this stub file is accepted for now.
            assert_eq!(result.unwrap().kind(), kind.replace('_', " "));
            continue;
        }
        let text = result.unwrap_err().to_string();
        assert!(text.contains(path.to_str().unwrap()), "{text}");
        assert!(text.contains(kind), "{text}");
        assert!(text.contains("`google-cloud-auth` feature"), "{text}");
    }
    let untyped = dir.write("untyped.json", &serde_json::json!({"client_id": "x"}));
    let text = Credentials::from_file(&untyped).unwrap_err().to_string();
    assert!(
        text.contains("untyped.json") && text.contains("no \"type\" field"),
        "{text}"
    );
    let bad = dir.0.join("bad.json");
    std::fs::write(&bad, "{\"type\": ").unwrap();
    let text = Credentials::from_file(&bad).unwrap_err().to_string();
    assert!(
        text.contains("bad.json") && text.contains("not valid JSON"),
        "{text}"
    );
    // A user file missing its refresh token, found through the variable.
    let incomplete = dir.write(
        "user.json",
        &serde_json::json!({"type": "authorized_user", "client_id": "i", "client_secret": "s"}),
    );
    let env = EnvMap::new().with("GCE_METADATA_HOST", closed_port()).with(
        "GOOGLE_APPLICATION_CREDENTIALS",
        incomplete.to_str().unwrap(),
    );
    let text = Credentials::application_default_in(&env, default_scopes())
        .unwrap_err()
        .to_string();
    assert!(
        text.contains("user.json") && text.contains("refresh_token"),
        "{text}"
    );
    assert!(text.contains("GOOGLE_APPLICATION_CREDENTIALS"), "{text}");
}
