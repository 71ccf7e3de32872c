//! One conformance suite, written once and run for both transports against the emulator over
//! loopback: every RPC and mixin, both name patterns, page tokens, error mapping, attempt
//! timeouts, TLS, mTLS, the CONNECT proxy and the metadata headers the server received.
#![cfg(all(feature = "grpc", feature = "rest"))]

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use dialogflow_emulator::{Emulator, EmulatorHandle, FaultPlan, Surface};
use dialogflow_transport::{
    BearerToken, CallOptions, Code, ConversationsTransport, ErrorDetail, ErrorKind, GrpcTransport,
    Identity, ProxyMode, RestTransport, RootCerts, TlsConfig, TlsMode, TransportConfig,
};
use dialogflow_types::v2::participant::Role;
use dialogflow_types::v2::{self, conversation::LifecycleState};
use dialogflow_types::{location, longrunning};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

const PROFILE: &str = "projects/p1/conversationProfiles/prof-1";
const LOCATION_PROFILE: &str = "projects/p1/locations/us-central1/conversationProfiles/prof-1";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Wire {
    Grpc,
    Rest,
}

impl Wire {
    fn build(self, config: TransportConfig) -> Arc<dyn ConversationsTransport> {
        match self {
            Wire::Grpc => Arc::new(GrpcTransport::new(config).expect("gRPC transport")),
            Wire::Rest => Arc::new(RestTransport::new(config).expect("REST transport")),
        }
    }

    fn surface(self) -> Surface {
        match self {
            Wire::Grpc => Surface::Grpc,
            Wire::Rest => Surface::Rest,
        }
    }
}

async fn start() -> EmulatorHandle {
    Emulator::builder()
        .seed(3)
        .start()
        .await
        .expect("emulator starts")
}

fn plain(emulator: &EmulatorHandle) -> TransportConfig {
    TransportConfig::new(emulator.endpoint()).with_proxy(ProxyMode::None)
}

fn opts() -> CallOptions {
    CallOptions::new().with_timeout(Duration::from_secs(10))
}

/// Runs each named suite function for both wires.
macro_rules! for_both_wires {
    ($($name:ident),* $(,)?) => {
        mod grpc {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    super::$name(super::Wire::Grpc).await
                }
            )*
        }
        mod rest {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    super::$name(super::Wire::Rest).await
                }
            )*
        }
    };
}

for_both_wires!(
    every_rpc_project_level,
    every_rpc_location_level,
    page_tokens_pass_through,
    errors_map_with_details,
    attempt_timeout,
    metadata_headers_reach_the_server,
    tls_with_private_roots,
    mutual_tls,
    mutual_tls_refuses_a_wrong_client_certificate,
    connect_proxy_tunnel,
    connection_refused_is_unavailable,
    connections_are_reused,
    connections_closed_while_idle_are_replaced,
);

async fn create(
    t: &dyn ConversationsTransport,
    parent: &str,
    id: &str,
    profile: &str,
) -> v2::Conversation {
    t.create_conversation(
        v2::CreateConversationRequest {
            parent: parent.into(),
            conversation: Some(v2::Conversation {
                conversation_profile: profile.into(),
                ..Default::default()
            }),
            conversation_id: id.into(),
        },
        &opts(),
    )
    .await
    .expect("create_conversation")
}

/// Every RPC and mixin under one parent (project or location).
async fn every_rpc(wire: Wire, parent: &str, profile: &str) {
    let emulator = start().await;
    let t = wire.build(plain(&emulator));
    let t = &*t;

    let conv = create(t, parent, "c-1", profile).await;
    let name = format!("{parent}/conversations/c-1");
    assert_eq!(conv.name, name);
    assert_eq!(conv.lifecycle_state, LifecycleState::InProgress as i32);

    let got = t
        .get_conversation(v2::GetConversationRequest { name: name.clone() }, &opts())
        .await
        .unwrap();
    assert_eq!(got, conv);

    let list = t
        .list_conversations(
            v2::ListConversationsRequest {
                parent: parent.into(),
                ..Default::default()
            },
            &opts(),
        )
        .await
        .unwrap();
    assert_eq!(list.conversations.len(), 1);

    emulator
        .add_message(
            &name,
            Role::EndUser,
            "Hello, my parcel never arrived and I want a refund.",
        )
        .unwrap();
    emulator
        .add_message(
            &name,
            Role::HumanAgent,
            "Sorry to hear that, let me check the refund policy.",
        )
        .unwrap();
    let messages = t
        .list_messages(
            v2::ListMessagesRequest {
                parent: name.clone(),
                ..Default::default()
            },
            &opts(),
        )
        .await
        .unwrap();
    assert_eq!(messages.messages.len(), 2);

    let summary = t
        .suggest_conversation_summary(
            v2::SuggestConversationSummaryRequest {
                conversation: name.clone(),
                ..Default::default()
            },
            &opts(),
        )
        .await
        .unwrap();
    assert!(summary.summary.is_some());

    let suggestions = t
        .generate_suggestions(
            v2::GenerateSuggestionsRequest {
                conversation: name.clone(),
                ..Default::default()
            },
            &opts(),
        )
        .await
        .unwrap();
    let _ = suggestions;

    let stateless = t
        .generate_stateless_summary(
            v2::GenerateStatelessSummaryRequest {
                stateless_conversation: Some(
                    v2::generate_stateless_summary_request::MinimalConversation {
                        parent: parent.into(),
                        messages: vec![v2::Message {
                            content: "I need to change my delivery address.".into(),
                            participant_role: Role::EndUser as i32,
                            ..Default::default()
                        }],
                    },
                ),
                // The method documents these two as the inline profile's required fields.
                conversation_profile: Some(v2::ConversationProfile {
                    display_name: "inline".into(),
                    language_code: "en-US".into(),
                    security_settings: format!("{parent}/securitySettings/s1"),
                    ..Default::default()
                }),
                ..Default::default()
            },
            &opts(),
        )
        .await
        .unwrap();
    assert!(stateless.summary.is_some());

    let search = |parent: String, conversation: String| v2::SearchKnowledgeRequest {
        parent,
        conversation,
        query: Some(v2::TextInput {
            text: "refund policy".into(),
            language_code: "en".into(),
        }),
        conversation_profile: profile.into(),
        session_id: "s-1".into(),
        ..Default::default()
    };
    t.search_knowledge(search(parent.into(), String::new()), &opts())
        .await
        .unwrap();
    // `parent` is required even when the conversation is named.
    t.search_knowledge(search(parent.into(), name.clone()), &opts())
        .await
        .unwrap();

    let completed = t
        .complete_conversation(
            v2::CompleteConversationRequest { name: name.clone() },
            &opts(),
        )
        .await
        .unwrap();
    assert_eq!(completed.lifecycle_state, LifecycleState::Completed as i32);

    // Operations mixin.
    let op = emulator.create_operation(parent, None).unwrap();
    let got = t
        .get_operation(
            longrunning::GetOperationRequest {
                name: op.name.clone(),
            },
            &opts(),
        )
        .await
        .unwrap();
    assert_eq!(got.name, op.name);
    let ops = t
        .list_operations(
            longrunning::ListOperationsRequest {
                name: parent.into(),
                ..Default::default()
            },
            &opts(),
        )
        .await
        .unwrap();
    assert_eq!(ops.operations.len(), 1);
    t.cancel_operation(
        longrunning::CancelOperationRequest {
            name: op.name.clone(),
        },
        &opts(),
    )
    .await
    .unwrap();

    // Locations mixin.
    let project = parent.split("/locations/").next().unwrap();
    let locations = t
        .list_locations(
            location::ListLocationsRequest {
                name: project.into(),
                ..Default::default()
            },
            &opts(),
        )
        .await
        .unwrap();
    assert!(locations.locations.len() >= 2);
    let loc = t
        .get_location(
            location::GetLocationRequest {
                name: format!("{project}/locations/us-central1"),
            },
            &opts(),
        )
        .await
        .unwrap();
    assert_eq!(loc.location_id, "us-central1");

    // Every call used the transport's own surface.
    let recorded = emulator.recorded_requests();
    assert!(recorded.len() >= 15, "{}", recorded.len());
    assert!(recorded.iter().all(|r| r.surface == wire.surface()));
    emulator.shutdown().await.unwrap();
}

async fn every_rpc_project_level(wire: Wire) {
    every_rpc(wire, "projects/p1", PROFILE).await;
}

async fn every_rpc_location_level(wire: Wire) {
    every_rpc(wire, "projects/p1/locations/us-central1", LOCATION_PROFILE).await;

    // The RPCs that only have location-level bindings.
    let emulator = start().await;
    let t = wire.build(plain(&emulator));
    let name = create(
        &*t,
        "projects/p1/locations/us-central1",
        "c-2",
        LOCATION_PROFILE,
    )
    .await
    .name;
    let mut references = HashMap::new();
    references.insert(
        "faq".to_string(),
        v2::conversation::ContextReference {
            context_contents: vec![v2::conversation::context_reference::ContextContent {
                content: "Refunds are paid within 5 days.".into(),
                content_format:
                    v2::conversation::context_reference::context_content::ContentFormat::PlainText
                        as i32,
                ..Default::default()
            }],
            update_mode: v2::conversation::context_reference::UpdateMode::Append as i32,
            ..Default::default()
        },
    );
    let ingested = t
        .ingest_context_references(
            v2::IngestContextReferencesRequest {
                conversation: name.clone(),
                context_references: references,
            },
            &opts(),
        )
        .await
        .unwrap();
    assert!(ingested.ingested_context_references.contains_key("faq"));

    let suggestion = t
        .generate_stateless_suggestion(
            v2::GenerateStatelessSuggestionRequest {
                parent: "projects/p1/locations/us-central1".into(),
                generator_resource: Some(
                    v2::generate_stateless_suggestion_request::GeneratorResource::Generator(
                        v2::Generator {
                            ..Default::default()
                        },
                    ),
                ),
                ..Default::default()
            },
            &opts(),
        )
        .await
        .unwrap();
    assert!(suggestion.generator_suggestion.is_some());
    emulator.shutdown().await.unwrap();
}

async fn page_tokens_pass_through(wire: Wire) {
    let emulator = start().await;
    let t = wire.build(plain(&emulator));
    for id in ["conv-a", "conv-b", "conv-c"] {
        create(&*t, "projects/p1", id, PROFILE).await;
    }
    let mut seen = Vec::new();
    let mut token = String::new();
    let mut pages = 0;
    loop {
        let page = t
            .list_conversations(
                v2::ListConversationsRequest {
                    parent: "projects/p1".into(),
                    page_size: 2,
                    page_token: token.clone(),
                    ..Default::default()
                },
                &opts(),
            )
            .await
            .unwrap();
        pages += 1;
        seen.extend(page.conversations.into_iter().map(|c| c.name));
        token = page.next_page_token;
        if token.is_empty() {
            break;
        }
    }
    assert_eq!(pages, 2);
    seen.sort();
    assert_eq!(
        seen,
        [
            "projects/p1/conversations/conv-a",
            "projects/p1/conversations/conv-b",
            "projects/p1/conversations/conv-c"
        ]
    );
    // A token that the server did not issue is INVALID_ARGUMENT.
    let err = t
        .list_conversations(
            v2::ListConversationsRequest {
                parent: "projects/p1".into(),
                page_token: "forged".into(),
                ..Default::default()
            },
            &opts(),
        )
        .await
        .unwrap_err();
    assert_eq!(err.code(), Code::InvalidArgument, "{err}");
    emulator.shutdown().await.unwrap();
}

async fn errors_map_with_details(wire: Wire) {
    let emulator = start().await;
    let t = wire.build(plain(&emulator));
    let http = |status: u16| (wire == Wire::Rest).then_some(status);

    let missing = "projects/p1/conversations/nope";
    let err = t
        .get_conversation(
            v2::GetConversationRequest {
                name: missing.into(),
            },
            &opts(),
        )
        .await
        .unwrap_err();
    assert_eq!(err.code(), Code::NotFound, "{err}");
    assert!(err.is_status());
    assert!(err.message().contains(missing), "{err}");
    assert_eq!(err.http_status(), http(404));
    let info = err.error_info().expect("ErrorInfo detail");
    assert_eq!(info.reason, "NOT_FOUND");
    assert_eq!(
        info.metadata.get("resource").map(String::as_str),
        Some(missing)
    );
    let line = err.to_string();
    assert!(line.starts_with("NOT_FOUND: "), "{line}");
    assert!(!line.contains('\n'));

    let err = t
        .create_conversation(
            v2::CreateConversationRequest {
                parent: "projects/p1".into(),
                conversation: Some(v2::Conversation::default()),
                ..Default::default()
            },
            &opts(),
        )
        .await
        .unwrap_err();
    assert_eq!(err.code(), Code::InvalidArgument, "{err}");
    assert_eq!(err.http_status(), http(400));
    let bad = err.bad_request().expect("BadRequest detail");
    assert_eq!(
        bad.field_violations[0].field,
        "conversation.conversation_profile"
    );

    create(&*t, "projects/p1", "dup", PROFILE).await;
    let err = t
        .create_conversation(
            v2::CreateConversationRequest {
                parent: "projects/p1".into(),
                conversation: Some(v2::Conversation {
                    conversation_profile: PROFILE.into(),
                    ..Default::default()
                }),
                conversation_id: "dup".into(),
            },
            &opts(),
        )
        .await
        .unwrap_err();
    assert_eq!(err.code(), Code::AlreadyExists, "{err}");
    assert_eq!(err.http_status(), http(409));
    assert!(
        err.details()
            .iter()
            .any(|d| matches!(d, ErrorDetail::ErrorInfo(i) if i.reason == "ALREADY_EXISTS"))
    );

    // Injected faults carry the code asked for.
    emulator.set_faults(
        FaultPlan::new()
            .fail_next(1)
            .code(dialogflow_types::rpc::Code::Unavailable),
    );
    let err = t
        .get_conversation(
            v2::GetConversationRequest {
                name: missing.into(),
            },
            &opts(),
        )
        .await
        .unwrap_err();
    assert_eq!(err.code(), Code::Unavailable, "{err}");
    emulator.shutdown().await.unwrap();
}

async fn attempt_timeout(wire: Wire) {
    let emulator = start().await;
    let t = wire.build(plain(&emulator));
    // Warm the connection so the timeout measures the call, not the connect.
    t.list_locations(
        location::ListLocationsRequest {
            name: "projects/p1".into(),
            ..Default::default()
        },
        &opts(),
    )
    .await
    .unwrap();
    emulator.set_faults(FaultPlan::new().latency(Duration::from_millis(1500)));
    let started = std::time::Instant::now();
    let err = t
        .get_conversation(
            v2::GetConversationRequest {
                name: "projects/p1/conversations/x".into(),
            },
            &CallOptions::new().with_timeout(Duration::from_millis(200)),
        )
        .await
        .unwrap_err();
    let elapsed = started.elapsed();
    assert_eq!(err.code(), Code::DeadlineExceeded, "{err}");
    assert!(err.is_timeout(), "{err:?}");
    assert!(elapsed < Duration::from_millis(1200), "{elapsed:?}");
    emulator.set_faults(FaultPlan::new());
    emulator.shutdown().await.unwrap();
}

async fn metadata_headers_reach_the_server(wire: Wire) {
    let emulator = start().await;
    let config = plain(&emulator)
        .with_auth(Arc::new(BearerToken::new("tok-123").unwrap()))
        .with_quota_project("quota-proj")
        .with_user_agent("conformance/1.0");
    let t = wire.build(config);
    let name = "projects/p1/locations/us-central1/conversations/c x";
    let _ = t
        .get_conversation(
            v2::GetConversationRequest { name: name.into() },
            &opts().with_metadata("x-test-case", "headers"),
        )
        .await;
    let _ = t
        .generate_stateless_summary(
            v2::GenerateStatelessSummaryRequest {
                stateless_conversation: Some(
                    v2::generate_stateless_summary_request::MinimalConversation {
                        parent: "projects/p1".into(),
                        ..Default::default()
                    },
                ),
                ..Default::default()
            },
            &opts().with_user_project("per-call"),
        )
        .await;
    let recorded = emulator.recorded_requests();
    assert_eq!(recorded.len(), 2, "{recorded:?}");
    let get = &recorded[0];
    assert_eq!(
        get.method,
        "/google.cloud.dialogflow.v2.Conversations/GetConversation"
    );
    assert_eq!(get.surface, wire.surface());
    assert_eq!(get.header("authorization"), Some("Bearer tok-123"));
    assert_eq!(
        get.header("x-goog-request-params"),
        Some("name=projects/p1/locations/us-central1/conversations/c%20x")
    );
    assert_eq!(get.header("x-goog-user-project"), Some("quota-proj"));
    assert_eq!(get.header("x-test-case"), Some("headers"));
    let api_client = get.header("x-goog-api-client").unwrap();
    assert!(
        api_client.starts_with("gl-rust/") && api_client.contains(" gccl/0.1.0"),
        "{api_client}"
    );
    let wire_token = if wire == Wire::Grpc {
        " grpc/"
    } else {
        " rest/"
    };
    assert!(api_client.contains(wire_token), "{api_client}");
    let ua = get.header("user-agent").unwrap();
    assert!(ua.starts_with("conformance/1.0 dialogflow-rs/"), "{ua}");
    // gRPC tells the server the attempt's deadline (10 s, in whole milliseconds, never more).
    if wire == Wire::Grpc {
        let timeout = get.header("grpc-timeout").unwrap();
        let ms: u64 = timeout.strip_suffix('m').unwrap().parse().unwrap();
        assert!((9_000..=10_000).contains(&ms), "{timeout}");
    } else {
        assert_eq!(get.header("grpc-timeout"), None);
    }

    let summary = &recorded[1];
    assert_eq!(
        summary.header("x-goog-request-params"),
        Some("stateless_conversation.parent=projects/p1")
    );
    assert_eq!(summary.header("x-goog-user-project"), Some("per-call"));
    emulator.shutdown().await.unwrap();
}

/// A CA, a server certificate for localhost/127.0.0.1, and a client certificate, all PEM.
struct Pki {
    ca_pem: String,
    server_cert: String,
    server_key: String,
    client_cert: String,
    client_key: String,
}

fn pki() -> Pki {
    use rcgen::{BasicConstraints, CertificateParams, CertifiedIssuer, DnType, IsCa, KeyPair};
    let mut ca_params = CertificateParams::new(Vec::<String>::new()).unwrap();
    ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    ca_params
        .distinguished_name
        .push(DnType::CommonName, "test CA");
    let ca = CertifiedIssuer::self_signed(ca_params, KeyPair::generate().unwrap()).unwrap();
    let server_key = KeyPair::generate().unwrap();
    let server = CertificateParams::new(vec!["localhost".to_string(), "127.0.0.1".to_string()])
        .unwrap()
        .signed_by(&server_key, &ca)
        .unwrap();
    let client_key = KeyPair::generate().unwrap();
    let mut client_params = CertificateParams::new(vec!["client".to_string()]).unwrap();
    client_params
        .distinguished_name
        .push(DnType::CommonName, "client");
    let client = client_params.signed_by(&client_key, &ca).unwrap();
    Pki {
        ca_pem: ca.pem(),
        server_cert: server.pem(),
        server_key: server_key.serialize_pem(),
        client_cert: client.pem(),
        client_key: client_key.serialize_pem(),
    }
}

async fn tls_emulator(pki: &Pki, mutual: bool) -> EmulatorHandle {
    let mut tls =
        dialogflow_emulator::TlsConfig::from_pem(pki.server_cert.clone(), pki.server_key.clone());
    if mutual {
        tls = tls.with_client_ca_pem(pki.ca_pem.clone());
    }
    Emulator::builder()
        .tls(tls)
        .start()
        .await
        .expect("TLS emulator starts")
}

fn tls_config(emulator: &EmulatorHandle, tls: TlsConfig) -> TransportConfig {
    let endpoint = format!("https://127.0.0.1:{}", emulator.local_addr().port());
    TransportConfig::new(endpoint)
        .with_proxy(ProxyMode::None)
        .with_tls(TlsMode::Tls(tls))
}

async fn probe(
    t: &dyn ConversationsTransport,
) -> Result<location::ListLocationsResponse, dialogflow_transport::Error> {
    t.list_locations(
        location::ListLocationsRequest {
            name: "projects/p1".into(),
            ..Default::default()
        },
        &opts(),
    )
    .await
}

async fn tls_with_private_roots(wire: Wire) {
    let pki = pki();
    let emulator = tls_emulator(&pki, false).await;
    let t = wire.build(tls_config(
        &emulator,
        TlsConfig::new(RootCerts::Pem(pki.ca_pem.clone().into_bytes())),
    ));
    probe(&*t).await.expect("TLS call");

    // The webpki roots do not trust the test CA.
    let t = wire.build(tls_config(&emulator, TlsConfig::new(RootCerts::WebPki)));
    let err = probe(&*t).await.unwrap_err();
    assert_eq!(err.code(), Code::Unavailable, "{err}");
    assert_eq!(err.kind(), ErrorKind::Tls, "{err:?}");
    emulator.shutdown().await.unwrap();
}

async fn mutual_tls(wire: Wire) {
    let pki = pki();
    let emulator = tls_emulator(&pki, true).await;
    let tls = TlsConfig::new(RootCerts::Pem(pki.ca_pem.clone().into_bytes())).with_identity(
        Identity::from_pem(pki.client_cert.clone(), pki.client_key.clone()),
    );
    assert!(!format!("{tls:?}").contains("PRIVATE KEY"));
    let t = wire.build(tls_config(&emulator, tls));
    probe(&*t).await.expect("mTLS call");
    emulator.shutdown().await.unwrap();
}

async fn mutual_tls_refuses_a_wrong_client_certificate(wire: Wire) {
    let pki = pki();
    let other = pki_other();
    let emulator = tls_emulator(&pki, true).await;
    let roots = RootCerts::Pem(pki.ca_pem.clone().into_bytes());
    // No client certificate at all.
    let t = wire.build(tls_config(&emulator, TlsConfig::new(roots.clone())));
    let err = probe(&*t).await.unwrap_err();
    assert_eq!(err.code(), Code::Unavailable, "{err}");
    // A certificate from a CA the server does not trust.
    let tls = TlsConfig::new(roots)
        .with_identity(Identity::from_pem(other.client_cert, other.client_key));
    let t = wire.build(tls_config(&emulator, tls));
    let err = probe(&*t).await.unwrap_err();
    assert_eq!(err.code(), Code::Unavailable, "{err}");
    emulator.shutdown().await.unwrap();
}

fn pki_other() -> Pki {
    pki()
}

/// A tiny HTTP CONNECT proxy: counts tunnels, records their targets, and can cut them all.
struct TestProxy {
    addr: std::net::SocketAddr,
    count: Arc<AtomicUsize>,
    targets: Arc<Mutex<Vec<String>>>,
    tunnels: Arc<Mutex<Vec<tokio::task::AbortHandle>>>,
}

impl TestProxy {
    fn config(&self, emulator: &EmulatorHandle) -> TransportConfig {
        TransportConfig::new(emulator.endpoint())
            .with_proxy(ProxyMode::Url(format!("http://{}", self.addr)))
    }

    fn tunnels_made(&self) -> usize {
        self.count.load(Ordering::SeqCst)
    }

    /// Closes every open tunnel, as a server or a middlebox dropping idle connections would.
    fn cut_all(&self) {
        for tunnel in self.tunnels.lock().unwrap().drain(..) {
            tunnel.abort();
        }
    }
}

async fn start_proxy() -> TestProxy {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let count = Arc::new(AtomicUsize::new(0));
    let targets = Arc::new(Mutex::new(Vec::new()));
    let tunnels = Arc::new(Mutex::new(Vec::new()));
    let (c, tg, tn) = (count.clone(), targets.clone(), tunnels.clone());
    tokio::spawn(async move {
        loop {
            let Ok((mut client, _)) = listener.accept().await else {
                return;
            };
            let (c, tg) = (c.clone(), tg.clone());
            let tunnel = tokio::spawn(async move {
                let mut head = Vec::new();
                while !head.ends_with(b"\r\n\r\n") {
                    let Ok(b) = client.read_u8().await else {
                        return;
                    };
                    head.push(b);
                }
                let head = String::from_utf8_lossy(&head).to_string();
                let mut parts = head.split_whitespace();
                let (Some("CONNECT"), Some(target)) = (parts.next(), parts.next()) else {
                    let _ = client
                        .write_all(b"HTTP/1.1 405 Method Not Allowed\r\n\r\n")
                        .await;
                    return;
                };
                tg.lock().unwrap().push(target.to_string());
                let Ok(mut upstream) = tokio::net::TcpStream::connect(target).await else {
                    let _ = client.write_all(b"HTTP/1.1 502 Bad Gateway\r\n\r\n").await;
                    return;
                };
                c.fetch_add(1, Ordering::SeqCst);
                client
                    .write_all(b"HTTP/1.1 200 Connection established\r\n\r\n")
                    .await
                    .unwrap();
                let _ = tokio::io::copy_bidirectional(&mut client, &mut upstream).await;
            });
            tn.lock().unwrap().push(tunnel.abort_handle());
        }
    });
    TestProxy {
        addr,
        count,
        targets,
        tunnels,
    }
}

async fn connect_proxy_tunnel(wire: Wire) {
    let emulator = start().await;
    let proxy = start_proxy().await;
    let t = wire.build(proxy.config(&emulator));
    create(&*t, "projects/p1", "via-proxy", PROFILE).await;
    probe(&*t).await.unwrap();
    assert!(proxy.tunnels_made() >= 1);
    assert_eq!(
        proxy.targets.lock().unwrap()[0],
        emulator.local_addr().to_string()
    );

    // A proxy that refuses the tunnel gives UNAVAILABLE naming the proxy's answer.
    let refusing = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let refusing_addr = refusing.local_addr().unwrap();
    tokio::spawn(async move {
        while let Ok((mut s, _)) = refusing.accept().await {
            let mut buf = [0u8; 1024];
            let _ = s.read(&mut buf).await;
            let _ = s
                .write_all(b"HTTP/1.1 407 Proxy Authentication Required\r\n\r\n")
                .await;
        }
    });
    let config = TransportConfig::new(emulator.endpoint())
        .with_proxy(ProxyMode::Url(format!("http://{refusing_addr}")));
    let t = wire.build(config);
    let err = probe(&*t).await.unwrap_err();
    assert_eq!(err.code(), Code::Unavailable, "{err}");
    assert_eq!(err.kind(), ErrorKind::Connect, "{err:?}");
    assert!(err.to_string().contains("407"), "{err}");
    emulator.shutdown().await.unwrap();
}

/// Concurrent first calls share one connection over HTTP/2 (they wait for the one being made);
/// over HTTP/1.1 the connections a burst opened serve the calls after it, and calls in sequence
/// share one connection.
async fn connections_are_reused(wire: Wire) {
    let emulator = start().await;
    let proxy = start_proxy().await;
    let t = wire.build(proxy.config(&emulator));
    let burst = || {
        let calls: Vec<_> = (0..16)
            .map(|_| {
                let t = t.clone();
                tokio::spawn(async move { probe(&*t).await })
            })
            .collect();
        async move {
            for call in calls {
                call.await.unwrap().unwrap();
            }
        }
    };
    // A burst on a transport with no connection yet.
    burst().await;
    let after_burst = proxy.tunnels_made();
    match wire {
        Wire::Grpc => assert_eq!(after_burst, 1, "one HTTP/2 connection for every call"),
        // Plaintext REST is HTTP/1.1: at most one connection per call in flight.
        Wire::Rest => assert!((1..=16).contains(&after_burst), "{after_burst}"),
    }
    for _ in 0..10 {
        probe(&*t).await.unwrap();
    }
    burst().await;
    for _ in 0..10 {
        probe(&*t).await.unwrap();
    }
    let total = proxy.tunnels_made();
    match wire {
        Wire::Grpc => assert_eq!(total, 1),
        // The second burst finds the first one's connections idle (a few may still be
        // finishing their previous exchange); calls in sequence make none.
        Wire::Rest => assert!(total < after_burst + 8, "{after_burst} then {total}"),
    }

    // Calls in sequence on a fresh transport share one connection.
    let fresh = wire.build(proxy.config(&emulator));
    for _ in 0..10 {
        probe(&*fresh).await.unwrap();
    }
    assert_eq!(
        proxy.tunnels_made(),
        total + 1,
        "sequential calls share a connection"
    );
    emulator.shutdown().await.unwrap();
}

/// A pooled connection that the other side closed while it was idle is not used: the next
/// call, a single attempt with no retry, makes a new connection and succeeds.
async fn connections_closed_while_idle_are_replaced(wire: Wire) {
    let emulator = start().await;
    let proxy = start_proxy().await;
    let t = wire.build(proxy.config(&emulator));
    for round in 1..=3 {
        probe(&*t).await.unwrap();
        assert_eq!(proxy.tunnels_made(), round);
        proxy.cut_all();
        // Let the connection notice the end of its stream.
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    probe(&*t).await.unwrap();
    assert_eq!(proxy.tunnels_made(), 4);
    emulator.shutdown().await.unwrap();
}

async fn connection_refused_is_unavailable(wire: Wire) {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    drop(listener);
    let t = wire.build(
        TransportConfig::new(format!("http://127.0.0.1:{port}")).with_proxy(ProxyMode::None),
    );
    let err = probe(&*t).await.unwrap_err();
    assert_eq!(err.code(), Code::Unavailable, "{err}");
    assert_eq!(err.kind(), ErrorKind::Connect, "{err:?}");
    assert!(std::error::Error::source(&err).is_some());
}
