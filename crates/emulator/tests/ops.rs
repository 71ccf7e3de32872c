//! Fault injection, the clock and admin routes, persistence across restarts, TLS and mTLS,
//! separate ports and graceful shutdown.

mod common;

use std::sync::Arc;
use std::time::{Duration, Instant};

use common::*;
use dialogflow_emulator::{Emulator, FaultMode, FaultPlan, TlsConfig};
use dialogflow_types::rpc::{Code as RpcCode, ErrorInfo};
use dialogflow_types::v2::conversation::LifecycleState;
use dialogflow_types::v2::conversations_client::ConversationsClient;
use dialogflow_types::v2::participant::Role;
use dialogflow_types::v2::{
    Conversation, CreateConversationRequest, GetConversationRequest, ListConversationsRequest,
    ListMessagesRequest,
};
use serde_json::json;
use tonic::Code;
use tonic::transport::{Certificate, Channel, ClientTlsConfig, Identity};

fn get(name: &str) -> GetConversationRequest {
    GetConversationRequest { name: name.into() }
}

fn create_req(id: &str) -> CreateConversationRequest {
    CreateConversationRequest {
        parent: "projects/p1".into(),
        conversation: Some(Conversation {
            conversation_profile: PROFILE.into(),
            ..Default::default()
        }),
        conversation_id: id.into(),
    }
}

#[tokio::test]
async fn fail_next_before_and_after() {
    let emu = start().await;
    let mut c = conversations(&emu).await;
    let conv = create(&mut c, "projects/p1", "target").await.name;

    // The next two calls of GetConversation fail; other methods pass.
    emu.set_faults(FaultPlan::new().fail_next(2).methods(["GetConversation"]));
    for _ in 0..2 {
        let err = c.get_conversation(get(&conv)).await.unwrap_err();
        assert_eq!(err.code(), Code::Unavailable);
        let info: ErrorInfo = status_details(&err).details[0].unpack().unwrap();
        assert_eq!(info.reason, "EMULATOR_INJECTED_FAULT");
        c.list_conversations(ListConversationsRequest {
            parent: "projects/p1".into(),
            ..Default::default()
        })
        .await
        .unwrap();
    }
    c.get_conversation(get(&conv)).await.unwrap();
    assert_eq!(emu.faults().fail_next_count(), 0);

    // BEFORE: nothing is created.
    emu.set_faults(
        FaultPlan::new()
            .fail_next(1)
            .code(RpcCode::DeadlineExceeded),
    );
    let err = c
        .create_conversation(create_req("before-x"))
        .await
        .unwrap_err();
    assert_eq!(err.code(), Code::DeadlineExceeded);
    let err = c
        .get_conversation(get("projects/p1/conversations/before-x"))
        .await
        .unwrap_err();
    assert_eq!(err.code(), Code::NotFound);

    // AFTER: the change is applied, the reply lost; a retry sees ALREADY_EXISTS.
    emu.set_faults(FaultPlan::new().fail_next(1).mode(FaultMode::After));
    let err = c
        .create_conversation(create_req("after-x"))
        .await
        .unwrap_err();
    assert_eq!(err.code(), Code::Unavailable);
    c.get_conversation(get("projects/p1/conversations/after-x"))
        .await
        .unwrap();
    let err = c
        .create_conversation(create_req("after-x"))
        .await
        .unwrap_err();
    assert_eq!(err.code(), Code::AlreadyExists);

    // Over REST the same plan gives Google's error shape and HTTP status.
    emu.set_faults(FaultPlan::new().fail_next(1));
    let (s, e) = http(emu.local_addr(), "GET", &format!("/v2/{conv}"), None).await;
    assert_eq!(s, 503);
    assert_eq!(e["error"]["status"], "UNAVAILABLE");
    emu.set_faults(FaultPlan::new().fail_next(1).mode(FaultMode::After));
    let (s, _) = http(
        emu.local_addr(),
        "POST",
        "/v2/projects/p1/conversations?conversationId=rest-after",
        Some(&json!({"conversationProfile": PROFILE}).to_string()),
    )
    .await;
    assert_eq!(s, 503);
    let (s, _) = http(
        emu.local_addr(),
        "GET",
        "/v2/projects/p1/conversations/rest-after",
        None,
    )
    .await;
    assert_eq!(s, 200);
}

async fn failure_pattern(seed: u64) -> Vec<bool> {
    let emu = Emulator::builder()
        .faults(FaultPlan::new().fail_fraction(0.5).seed(seed))
        .start()
        .await
        .unwrap();
    let mut c = conversations(&emu).await;
    let mut out = Vec::new();
    for _ in 0..40 {
        out.push(
            c.get_conversation(get("projects/p1/conversations/xyz"))
                .await
                .unwrap_err()
                .code()
                == Code::Unavailable,
        );
    }
    out
}

#[tokio::test]
async fn fraction_is_deterministic_under_a_seed() {
    let a = failure_pattern(42).await;
    let b = failure_pattern(42).await;
    let c = failure_pattern(43).await;
    assert_eq!(a, b);
    assert_ne!(a, c);
    let failures = a.iter().filter(|f| **f).count();
    assert!((8..=32).contains(&failures), "{failures}");
}

#[tokio::test]
async fn latency_and_dropped_connections() {
    let emu = start().await;
    let mut c = conversations(&emu).await;
    emu.set_faults(FaultPlan::new().latency(Duration::from_millis(150)));
    let t = Instant::now();
    let _ = c
        .get_conversation(get("projects/p1/conversations/abc"))
        .await;
    assert!(t.elapsed() >= Duration::from_millis(150));
    let t = Instant::now();
    let (s, _) = http(emu.local_addr(), "GET", "/v2/projects/p1/locations", None).await;
    assert_eq!(s, 200);
    assert!(t.elapsed() >= Duration::from_millis(150));

    // A dropped connection: the REST client sees the connection close without a response.
    emu.set_faults(FaultPlan::new().fail_next(1).drop_connection(true));
    let stream = tokio::net::TcpStream::connect(emu.local_addr())
        .await
        .unwrap();
    let (mut sender, conn) =
        hyper::client::conn::http1::handshake(hyper_util::rt::TokioIo::new(stream))
            .await
            .unwrap();
    tokio::spawn(conn);
    let req = hyper::Request::builder()
        .uri("/v2/projects/p1/locations")
        .header("host", "x")
        .body(http_body_util::Empty::<bytes::Bytes>::new())
        .unwrap();
    assert!(sender.send_request(req).await.is_err());

    // And a gRPC client sees a transport failure, then recovers on a new connection.
    emu.set_faults(FaultPlan::new().fail_next(1).drop_connection(true));
    let err = c
        .get_conversation(get("projects/p1/conversations/abc"))
        .await
        .unwrap_err();
    assert_ne!(err.code(), Code::NotFound);
    emu.set_faults(FaultPlan::new());
    let mut fresh = conversations(&emu).await;
    let err = fresh
        .get_conversation(get("projects/p1/conversations/abc"))
        .await
        .unwrap_err();
    assert_eq!(err.code(), Code::NotFound);
}

#[tokio::test]
async fn admin_routes() {
    let emu = start().await;
    let a = emu.local_addr();
    let mut c = conversations(&emu).await;
    let conv = create(&mut c, "projects/p1", "admin-conv").await.name;

    let (s, m) = http(
        a,
        "POST",
        "/emulator/v1/messages:add",
        Some(&json!({"conversation": conv, "role": "END_USER", "text": "hello"}).to_string()),
    )
    .await;
    assert_eq!(s, 200, "{m}");
    assert!(
        m["name"]
            .as_str()
            .unwrap()
            .starts_with(&format!("{conv}/messages/"))
    );
    let (s, _) = http(
        a,
        "POST",
        "/emulator/v1/messages:add",
        Some(&json!({"conversation": conv, "role": "NOBODY", "text": "x"}).to_string()),
    )
    .await;
    assert_eq!(s, 400);

    let (s, _) = http(
        a,
        "POST",
        "/emulator/v1/clock:advance",
        Some(r#"{"duration": "90000s"}"#),
    )
    .await;
    assert_eq!(s, 200);
    let got = c.get_conversation(get(&conv)).await.unwrap().into_inner();
    assert_eq!(got.lifecycle_state, LifecycleState::Completed as i32);

    let (s, f) = http(
        a,
        "POST",
        "/emulator/v1/faults",
        Some(r#"{"failNext": 1, "code": "RESOURCE_EXHAUSTED"}"#),
    )
    .await;
    assert_eq!(s, 200, "{f}");
    let (s, e) = http(a, "GET", &format!("/v2/{conv}"), None).await;
    assert_eq!(s, 429);
    assert_eq!(e["error"]["status"], "RESOURCE_EXHAUSTED");

    let (s, r) = http(a, "GET", "/emulator/v1/requests", None).await;
    assert_eq!(s, 200);
    let methods: Vec<_> = r["requests"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["method"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(methods.len(), 3, "{methods:?}");
    let (s, _) = http(a, "DELETE", "/emulator/v1/requests", None).await;
    assert_eq!(s, 200);
    assert!(emu.recorded_requests().is_empty());

    let (s, op) = http(
        a,
        "POST",
        "/emulator/v1/operations",
        Some(r#"{"parent": "projects/p1"}"#),
    )
    .await;
    assert_eq!(s, 200);
    let (s, _) = http(
        a,
        "GET",
        &format!("/v2/{}", op["name"].as_str().unwrap()),
        None,
    )
    .await;
    assert_eq!(s, 200);
}

fn temp_file(name: &str) -> std::path::PathBuf {
    let p = std::env::temp_dir().join(format!(
        "dialogflow-emulator-{name}-{}.json",
        std::process::id()
    ));
    let _ = std::fs::remove_file(&p);
    p
}

#[tokio::test]
async fn persistence_across_restarts() {
    let path = temp_file("persist");
    let emu = Emulator::builder().data_file(&path).start().await.unwrap();
    let mut c = conversations(&emu).await;
    for i in 0..3 {
        create(&mut c, "projects/p1", &format!("kept-{i}")).await;
    }
    let m = emu
        .add_message(
            "projects/p1/conversations/kept-0",
            Role::EndUser,
            "remember me",
        )
        .unwrap();
    let page = c
        .list_conversations(ListConversationsRequest {
            parent: "projects/p1".into(),
            page_size: 1,
            ..Default::default()
        })
        .await
        .unwrap()
        .into_inner();
    // Crash-like stop: drop without a graceful shutdown. Write-through kept everything.
    drop(c);
    drop(emu);
    tokio::time::sleep(Duration::from_millis(50)).await;

    let emu = Emulator::builder().data_file(&path).start().await.unwrap();
    let mut c = conversations(&emu).await;
    assert_eq!(emu.conversation_count(), 3);
    let msgs = c
        .list_messages(ListMessagesRequest {
            parent: "projects/p1/conversations/kept-0".into(),
            ..Default::default()
        })
        .await
        .unwrap()
        .into_inner();
    assert_eq!(msgs.messages, vec![m]);
    // Page tokens issued before the restart still work.
    let next = c
        .list_conversations(ListConversationsRequest {
            parent: "projects/p1".into(),
            page_size: 5,
            page_token: page.next_page_token,
            ..Default::default()
        })
        .await
        .unwrap()
        .into_inner();
    assert_eq!(next.conversations.len(), 2);
    // New ids do not collide with loaded ones; the graceful shutdown saves.
    create(&mut c, "projects/p1", "").await;
    emu.shutdown().await.unwrap();
    let emu = Emulator::builder()
        .data_file(&path)
        .persist_every(Duration::from_secs(3600))
        .start()
        .await
        .unwrap();
    assert_eq!(emu.conversation_count(), 4);
    emu.shutdown().await.unwrap();

    // A corrupt file is reported, not ignored.
    std::fs::write(&path, b"{oops").unwrap();
    let err = Emulator::builder()
        .data_file(&path)
        .start()
        .await
        .unwrap_err();
    assert!(err.to_string().contains("data file"), "{err}");
    let _ = std::fs::remove_file(&path);
}

/// The shared test certificates, under the field names this file uses.
struct Pki {
    ca: String,
    server_cert: String,
    server_key: String,
    client_cert: String,
    client_key: String,
}

fn pki() -> Pki {
    let t = dialogflow_emulator::test_pki::TestPki::generate().unwrap();
    Pki {
        ca: t.ca_pem,
        server_cert: t.server_cert_pem,
        server_key: t.server_key_pem,
        client_cert: t.client_cert_pem,
        client_key: t.client_key_pem,
    }
}

async fn tls_channel(
    emu: &dialogflow_emulator::EmulatorHandle,
    pki: &Pki,
    with_identity: bool,
) -> Result<Channel, tonic::transport::Error> {
    let mut tls = ClientTlsConfig::new()
        .ca_certificate(Certificate::from_pem(&pki.ca))
        .domain_name("localhost");
    if with_identity {
        tls = tls.identity(Identity::from_pem(&pki.client_cert, &pki.client_key));
    }
    Channel::from_shared(emu.endpoint())
        .unwrap()
        .tls_config(tls)?
        .connect()
        .await
}

async fn tls_stream(
    emu: &dialogflow_emulator::EmulatorHandle,
    pki: &Pki,
    with_identity: bool,
) -> std::io::Result<tokio_rustls::client::TlsStream<tokio::net::TcpStream>> {
    let mut roots = rustls::RootCertStore::empty();
    for cert in rustls::pki_types::pem::PemObject::pem_slice_iter(pki.ca.as_bytes()) {
        roots.add(cert.unwrap()).unwrap();
    }
    let builder = rustls::ClientConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .unwrap()
    .with_root_certificates(roots);
    let config = if with_identity {
        use rustls::pki_types::pem::PemObject;
        let certs = rustls::pki_types::CertificateDer::pem_slice_iter(pki.client_cert.as_bytes())
            .collect::<Result<Vec<_>, _>>()
            .unwrap();
        let key =
            rustls::pki_types::PrivateKeyDer::from_pem_slice(pki.client_key.as_bytes()).unwrap();
        builder.with_client_auth_cert(certs, key).unwrap()
    } else {
        builder.with_no_client_auth()
    };
    let connector = tokio_rustls::TlsConnector::from(Arc::new(config));
    let tcp = tokio::net::TcpStream::connect(emu.local_addr()).await?;
    connector
        .connect(
            rustls::pki_types::ServerName::try_from("localhost").unwrap(),
            tcp,
        )
        .await
}

#[tokio::test]
async fn tls_serving() {
    let pki = pki();
    let emu = Emulator::builder()
        .tls(TlsConfig::from_pem(
            pki.server_cert.clone(),
            pki.server_key.clone(),
        ))
        .start()
        .await
        .unwrap();
    assert!(emu.endpoint().starts_with("https://"));
    let mut c = ConversationsClient::new(tls_channel(&emu, &pki, false).await.unwrap());
    create(&mut c, "projects/p1", "over-tls").await;
    let stream = tls_stream(&emu, &pki, false).await.unwrap();
    let (s, body) = http_over(
        stream,
        "GET",
        "/v2/projects/p1/conversations/over-tls",
        None,
        &[],
    )
    .await;
    assert_eq!(s, 200, "{body}");
    // Plain text to a TLS port gets nothing useful, and the server stays up.
    let plain = tokio::net::TcpStream::connect(emu.local_addr())
        .await
        .unwrap();
    let _ = tokio::time::timeout(Duration::from_secs(2), http_over_result(plain)).await;
    create(&mut c, "projects/p1", "after-plain").await;
}

async fn http_over_result(stream: tokio::net::TcpStream) -> bool {
    let Ok((mut sender, conn)) =
        hyper::client::conn::http1::handshake(hyper_util::rt::TokioIo::new(stream)).await
    else {
        return false;
    };
    tokio::spawn(conn);
    let req = hyper::Request::builder()
        .uri("/v2/projects/p1/locations")
        .header("host", "x")
        .body(http_body_util::Empty::<bytes::Bytes>::new())
        .unwrap();
    sender.send_request(req).await.is_ok()
}

#[tokio::test]
async fn mutual_tls() {
    let pki = pki();
    let emu = Emulator::builder()
        .tls(
            TlsConfig::from_pem(pki.server_cert.clone(), pki.server_key.clone())
                .with_client_ca_pem(pki.ca.clone()),
        )
        .start()
        .await
        .unwrap();
    // With a client certificate: both surfaces work.
    let mut c = ConversationsClient::new(tls_channel(&emu, &pki, true).await.unwrap());
    create(&mut c, "projects/p1", "mtls-ok").await;
    let stream = tls_stream(&emu, &pki, true).await.unwrap();
    let (s, _) = http_over(
        stream,
        "GET",
        "/v2/projects/p1/conversations/mtls-ok",
        None,
        &[],
    )
    .await;
    assert_eq!(s, 200);
    // Without one: refused.
    let refused = match tls_channel(&emu, &pki, false).await {
        Err(_) => true,
        Ok(ch) => ConversationsClient::new(ch)
            .get_conversation(get("projects/p1/conversations/mtls-ok"))
            .await
            .is_err(),
    };
    assert!(refused);
    let refused = match tls_stream(&emu, &pki, false).await {
        Err(_) => true,
        Ok(stream) => !http_over_result_tls(stream).await,
    };
    assert!(refused);
}

async fn http_over_result_tls(
    stream: tokio_rustls::client::TlsStream<tokio::net::TcpStream>,
) -> bool {
    let Ok((mut sender, conn)) =
        hyper::client::conn::http1::handshake(hyper_util::rt::TokioIo::new(stream)).await
    else {
        return false;
    };
    tokio::spawn(conn);
    let req = hyper::Request::builder()
        .uri("/v2/projects/p1/locations")
        .header("host", "x")
        .body(http_body_util::Empty::<bytes::Bytes>::new())
        .unwrap();
    sender.send_request(req).await.is_ok()
}

#[tokio::test]
async fn separate_rest_port_and_graceful_shutdown() {
    let emu = Emulator::builder()
        .rest_bind("127.0.0.1:0".parse().unwrap())
        .start()
        .await
        .unwrap();
    assert_ne!(emu.rest_addr(), emu.grpc_addr());
    assert_eq!(emu.grpc_addr(), emu.local_addr());
    let (s, _) = http(
        emu.rest_addr(),
        "POST",
        "/v2/projects/p1/conversations?conversationId=two-ports",
        Some(&json!({"conversationProfile": PROFILE}).to_string()),
    )
    .await;
    assert_eq!(s, 200);
    let mut c = conversations(&emu).await;
    c.get_conversation(get("projects/p1/conversations/two-ports"))
        .await
        .unwrap();
    // An in-flight slow call completes across shutdown.
    emu.set_faults(FaultPlan::new().latency(Duration::from_millis(300)));
    let mut slow = c.clone();
    let call = tokio::spawn(async move {
        slow.get_conversation(get("projects/p1/conversations/two-ports"))
            .await
    });
    tokio::time::sleep(Duration::from_millis(50)).await;
    let addr = emu.local_addr();
    emu.shutdown().await.unwrap();
    assert!(call.await.unwrap().is_ok());
    assert!(tokio::net::TcpStream::connect(addr).await.is_err());
}
