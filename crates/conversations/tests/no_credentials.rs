//! A machine with no credentials at all: no `GOOGLE_APPLICATION_CREDENTIALS`, no gcloud
//! file, no metadata server. `build()` must say so within a few seconds, in one error that
//! names what was tried and how to fix it.
//!
//! Every test here passes its own environment (an `EnvMap`) with `GCE_METADATA_HOST` on a
//! loopback port it controls, so nothing ever reaches the real metadata server.

use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use dialogflow_conversations::endpoint::EnvMap;
use dialogflow_conversations::{ConfigError, ConversationsClient, Credentials, Transport};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

/// "A few seconds": the check itself gives up after 3 s; this leaves room for a busy machine.
const FEW_SECONDS: Duration = Duration::from_secs(15);

/// An empty home directory, removed on drop.
struct EmptyHome(PathBuf);

impl EmptyHome {
    fn new() -> Self {
        static N: AtomicU64 = AtomicU64::new(0);
        let path = std::env::temp_dir().join(format!(
            "dialogflow-no-credentials-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        std::fs::create_dir_all(&path).unwrap();
        EmptyHome(path)
    }

    fn gcloud_file(&self) -> PathBuf {
        self.0
            .join(".config/gcloud/application_default_credentials.json")
    }
}

impl Drop for EmptyHome {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A loopback port nothing listens on (bound, then released).
fn closed_port() -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    drop(listener);
    addr.to_string()
}

/// An environment with none of the three sources; the metadata server at `metadata_host`.
fn bare_env(home: &EmptyHome, metadata_host: &str) -> EnvMap {
    EnvMap::new()
        .with("HOME", home.0.to_str().unwrap())
        .with("GCE_METADATA_HOST", metadata_host)
}

/// A server on loopback that answers every connection with `answer` (or never, if `None`).
async fn fake_server(answer: Option<&'static str>) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap().to_string();
    tokio::spawn(async move {
        loop {
            let Ok((mut socket, _)) = listener.accept().await else {
                return;
            };
            tokio::spawn(async move {
                let mut buf = [0u8; 2048];
                let _ = socket.read(&mut buf).await;
                match answer {
                    Some(text) => {
                        let _ = socket.write_all(text.as_bytes()).await;
                    }
                    // Hold the connection open without a word.
                    None => tokio::time::sleep(Duration::from_secs(60)).await,
                }
            });
        }
    });
    addr
}

fn assert_names_sources_and_fixes(message: &str, home: &EmptyHome, metadata_host: &str) {
    for wanted in [
        "GOOGLE_APPLICATION_CREDENTIALS (not set)",
        &format!("{} (does not exist)", home.gcloud_file().display()),
        &format!("metadata server at {metadata_host} (from GCE_METADATA_HOST)"),
        "gcloud auth application-default login",
        "with_credentials",
        "DIALOGFLOW_EMULATOR_HOST",
        "with_emulator_host",
    ] {
        assert!(
            message.contains(wanted),
            "{wanted:?} missing from: {message}"
        );
    }
    assert!(!message.contains("future attempts"), "{message}");
}

#[tokio::test]
async fn no_source_at_all_is_one_clear_error_within_seconds() {
    for transport in [Transport::Grpc, Transport::Rest] {
        let home = EmptyHome::new();
        let metadata = closed_port();
        let started = Instant::now();
        let result = ConversationsClient::builder()
            .with_environment(bare_env(&home, &metadata))
            .with_ignore_emulator_env(true)
            .with_transport(transport.clone())
            .build()
            .await;
        let elapsed = started.elapsed();
        let err = result.expect_err("no credentials anywhere, yet build() succeeded");
        assert!(elapsed < FEW_SECONDS, "took {elapsed:?}");
        assert!(matches!(err, ConfigError::NoCredentials { .. }), "{err:?}");
        let message = err.to_string();
        assert_names_sources_and_fixes(&message, &home, &metadata);
        assert!(message.contains("cannot connect"), "{message}");
    }
}

#[test]
fn the_blocking_client_fails_the_same_way() {
    let home = EmptyHome::new();
    let metadata = closed_port();
    let started = Instant::now();
    let builder = ConversationsClient::builder()
        .with_environment(bare_env(&home, &metadata))
        .with_ignore_emulator_env(true);
    let err = dialogflow_conversations::blocking::ConversationsClient::from_builder(builder)
        .expect_err("no credentials anywhere, yet the blocking client was built");
    assert!(
        started.elapsed() < FEW_SECONDS,
        "took {:?}",
        started.elapsed()
    );
    assert!(matches!(err, ConfigError::NoCredentials { .. }), "{err:?}");
    assert_names_sources_and_fixes(&err.to_string(), &home, &metadata);
}

/// An `http://` endpoint on loopback (the emulator's address given as an API endpoint) still
/// uses Application Default Credentials; the error points at `with_emulator_host`.
#[tokio::test]
async fn an_api_endpoint_is_not_an_emulator() {
    let home = EmptyHome::new();
    let metadata = closed_port();
    let err = ConversationsClient::builder()
        .with_environment(bare_env(&home, &metadata))
        .with_ignore_emulator_env(true)
        .with_api_endpoint("http://127.0.0.1:8085")
        .build()
        .await
        .unwrap_err();
    assert!(matches!(err, ConfigError::NoCredentials { .. }), "{err:?}");
    assert!(err.to_string().contains("with_emulator_host"), "{err}");
}

#[tokio::test]
async fn a_silent_listener_is_given_up_within_seconds() {
    let home = EmptyHome::new();
    let metadata = fake_server(None).await;
    let started = Instant::now();
    let err = ConversationsClient::builder()
        .with_environment(bare_env(&home, &metadata))
        .with_ignore_emulator_env(true)
        .build()
        .await
        .unwrap_err();
    assert!(
        started.elapsed() < FEW_SECONDS,
        "took {:?}",
        started.elapsed()
    );
    assert_names_sources_and_fixes(&err.to_string(), &home, &metadata);
    assert!(err.to_string().contains("no answer within 3 s"), "{err}");
}

#[tokio::test]
async fn an_http_server_that_is_not_a_metadata_server_is_refused() {
    let home = EmptyHome::new();
    let metadata = fake_server(Some("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")).await;
    let err = ConversationsClient::builder()
        .with_environment(bare_env(&home, &metadata))
        .with_ignore_emulator_env(true)
        .build()
        .await
        .unwrap_err();
    assert_names_sources_and_fixes(&err.to_string(), &home, &metadata);
    assert!(err.to_string().contains("not a metadata server"), "{err}");
}

/// Where a metadata server answers, ADC uses it and `build()` succeeds (no token is asked
/// for until the first call).
#[tokio::test]
async fn a_metadata_server_that_answers_is_used() {
    let home = EmptyHome::new();
    let metadata = fake_server(Some(
        "HTTP/1.1 200 OK\r\nMetadata-Flavor: Google\r\nContent-Length: 0\r\n\r\n",
    ))
    .await;
    ConversationsClient::builder()
        .with_environment(bare_env(&home, &metadata))
        .with_ignore_emulator_env(true)
        .build()
        .await
        .expect("the metadata server answered");
}

/// `Credentials::metadata_server()` given explicitly is checked the same way.
///
/// Making them fetches nothing; the check at `build()` fails before any token is asked for.
#[test]
fn explicit_metadata_server_credentials_are_checked() {
    let home = EmptyHome::new();
    let metadata = closed_port();
    let credentials = Credentials::metadata_server().unwrap();
    assert!(credentials.uses_metadata_server());
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let err = runtime
        .block_on(
            ConversationsClient::builder()
                .with_environment(bare_env(&home, &metadata))
                .with_ignore_emulator_env(true)
                .with_credentials(credentials)
                .build(),
        )
        .unwrap_err();
    let message = err.to_string();
    assert!(
        message.contains(&format!(
            "metadata server at {metadata} (from GCE_METADATA_HOST)"
        )),
        "{message}"
    );
    assert!(message.contains("only on Google Cloud"), "{message}");
}
