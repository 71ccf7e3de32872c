//! The client against the in-process emulator, over both transports.
#![cfg(all(feature = "grpc", feature = "rest"))]

use std::collections::HashSet;
use std::time::{Duration, Instant};

use dialogflow_conversations::endpoint::EnvMap;
use dialogflow_conversations::{
    ClientOptions, Code, ConfigError, ConversationsClient, Credentials, RequestOptions,
    RetryPolicy, Transport,
};
use dialogflow_emulator::{Emulator, EmulatorHandle, FaultMode, FaultPlan, Surface};
use dialogflow_types::rpc::Code as RpcCode;
use dialogflow_types::v2::conversation::context_reference::context_content::ContentFormat;
use dialogflow_types::v2::conversation::context_reference::{ContextContent, UpdateMode};
use dialogflow_types::v2::conversation::{ContextReference, LifecycleState};
use dialogflow_types::v2::generate_stateless_summary_request::MinimalConversation;
use dialogflow_types::v2::participant::Role;
use dialogflow_types::v2::*;
use futures::{StreamExt, TryStreamExt};

const PROFILE: &str = "projects/p1/conversationProfiles/prof-1";

fn both() -> [Transport; 2] {
    [Transport::Grpc, Transport::Rest]
}

async fn start() -> EmulatorHandle {
    Emulator::builder()
        .seed(1)
        .start()
        .await
        .expect("emulator starts")
}

async fn client(emu: &EmulatorHandle, transport: Transport) -> ConversationsClient {
    ConversationsClient::builder()
        .with_environment(EnvMap::new().with("DIALOGFLOW_EMULATOR_HOST", emu.host()))
        .with_transport(transport)
        .build()
        .await
        .expect("client builds")
}

fn conversation() -> Conversation {
    Conversation {
        conversation_profile: PROFILE.into(),
        ..Default::default()
    }
}

fn reference(text: &str) -> ContextReference {
    ContextReference {
        context_contents: vec![ContextContent {
            content: text.into(),
            content_format: ContentFormat::PlainText as i32,
            ..Default::default()
        }],
        update_mode: UpdateMode::Append as i32,
        ..Default::default()
    }
}

/// The gRPC method names the emulator recorded, in order.
fn methods(emu: &EmulatorHandle) -> Vec<String> {
    emu.recorded_requests()
        .into_iter()
        .map(|r| r.method.rsplit('/').next().unwrap().to_string())
        .collect()
}

#[tokio::test]
async fn every_call_over_both_transports() {
    for transport in both() {
        let name = transport.name();
        let emu = start().await;
        let c = client(&emu, transport).await;
        assert_eq!(c.transport_name(), name);
        assert_eq!(c.endpoint(), Some(emu.endpoint().as_str()));

        // Create, get.
        let made = c
            .create_conversation("projects/p1/locations/global", conversation())
            .await
            .unwrap();
        assert!(
            made.name
                .starts_with("projects/p1/locations/global/conversations/"),
            "{name}"
        );
        assert_eq!(c.get_conversation(made.name.clone()).await.unwrap(), made);
        // Typed names are accepted.
        let typed: dialogflow_paths::ConversationName = made.name.parse().unwrap();
        assert_eq!(c.get_conversation(typed).await.unwrap().name, made.name);

        // Messages, listed through the pager.
        emu.add_message(
            &made.name,
            Role::EndUser,
            "My refund is late. I ordered last week.",
        )
        .unwrap();
        emu.add_message(
            &made.name,
            Role::HumanAgent,
            "Sorry to hear that! Let me check.",
        )
        .unwrap();
        let messages: Vec<Message> = c
            .list_messages(made.name.clone())
            .by_item()
            .all()
            .await
            .unwrap();
        assert_eq!(messages.len(), 2, "{name}");

        // Context, knowledge, summaries, suggestions.
        let ingested = c
            .ingest_context_references(
                made.name.clone(),
                [("policy".to_string(), reference("Refunds take five days."))],
            )
            .await
            .unwrap();
        assert_eq!(ingested.ingested_context_references.len(), 1);
        let found = c
            .request(SearchKnowledgeRequest {
                parent: "projects/p1/locations/global".into(),
                query: Some(TextInput {
                    text: "how long does a refund take".into(),
                    language_code: "en".into(),
                }),
                conversation_profile: PROFILE.into(),
                session_id: "s1".into(),
                conversation: made.name.clone(),
                ..Default::default()
            })
            .await
            .unwrap();
        assert!(!found.answers.is_empty(), "{name}");
        let summary = c
            .suggest_conversation_summary(made.name.clone())
            .await
            .unwrap();
        assert!(summary.summary.is_some(), "{name}");
        let suggestions = c.generate_suggestions(made.name.clone()).await.unwrap();
        assert!(
            !suggestions.generator_suggestion_answers.is_empty(),
            "{name}"
        );
        let stateless = c
            .request(GenerateStatelessSummaryRequest {
                stateless_conversation: Some(MinimalConversation {
                    messages: vec![Message {
                        name: "m1".into(),
                        content: "Where is my parcel? It is late.".into(),
                        participant_role: Role::EndUser as i32,
                        ..Default::default()
                    }],
                    parent: "projects/p1".into(),
                }),
                // The method documents these two as the inline profile's required fields.
                conversation_profile: Some(ConversationProfile {
                    language_code: "en-US".into(),
                    security_settings: "projects/p1/locations/global/securitySettings/s1".into(),
                    ..Default::default()
                }),
                ..Default::default()
            })
            .await
            .unwrap();
        assert!(stateless.summary.is_some());
        let generated = c
            .request(GenerateStatelessSuggestionRequest {
                parent: "projects/p1/locations/global".into(),
                generator_resource: Some(
                    generate_stateless_suggestion_request::GeneratorResource::Generator(
                        Generator {
                            context: Some(generator::Context::SummarizationContext(
                                Default::default(),
                            )),
                            ..Default::default()
                        },
                    ),
                ),
                conversation_context: Some(ConversationContext {
                    message_entries: vec![MessageEntry {
                        role: message_entry::Role::EndUser as i32,
                        text: "I want to cancel. Today.".into(),
                        ..Default::default()
                    }],
                }),
                ..Default::default()
            })
            .await
            .unwrap();
        assert!(generated.generator_suggestion.is_some());

        // Complete, then list with a filter.
        let done = c.complete_conversation(made.name.clone()).await.unwrap();
        assert_eq!(done.lifecycle_state, LifecycleState::Completed as i32);
        c.create_conversation("projects/p1/locations/global", conversation())
            .await
            .unwrap();
        let completed: Vec<Conversation> = c
            .request(ListConversationsRequest {
                parent: "projects/p1/locations/global".into(),
                filter: "lifecycle_state = \"COMPLETED\"".into(),
                ..Default::default()
            })
            .with_options(RequestOptions::new())
            .by_item()
            .all()
            .await
            .unwrap();
        assert_eq!(completed.len(), 1, "{name}");
        assert_eq!(completed[0].name, made.name);

        // Operations mixin.
        let op = emu.create_operation("projects/p1", None).unwrap();
        assert_eq!(
            c.get_operation(op.name.clone()).await.unwrap().name,
            op.name
        );
        let ops: Vec<_> = c
            .list_operations("projects/p1", "")
            .by_item()
            .all()
            .await
            .unwrap();
        assert_eq!(ops.len(), 1);
        c.cancel_operation(op.name.clone()).await.unwrap();

        // Locations mixin.
        let locations: Vec<_> = c
            .list_locations()
            .set_name("projects/p1")
            .by_item()
            .all()
            .await
            .unwrap();
        assert_eq!(locations.len(), dialogflow_emulator::LOCATIONS.len());
        let global = c
            .get_location()
            .set_name("projects/p1/locations/global")
            .await
            .unwrap();
        assert_eq!(global.location_id, "global");

        // Every call went over the chosen wire.
        let want_surface = if name == "grpc" {
            Surface::Grpc
        } else {
            Surface::Rest
        };
        let recorded = emu.recorded_requests();
        assert!(recorded.iter().all(|r| r.surface == want_surface), "{name}");
        let seen: HashSet<String> = methods(&emu).into_iter().collect();
        for m in [
            "CreateConversation",
            "GetConversation",
            "ListMessages",
            "IngestContextReferences",
            "SearchKnowledge",
            "SuggestConversationSummary",
            "GenerateSuggestions",
            "GenerateStatelessSummary",
            "GenerateStatelessSuggestion",
            "CompleteConversation",
            "ListConversations",
            "GetOperation",
            "ListOperations",
            "CancelOperation",
            "ListLocations",
            "GetLocation",
        ] {
            assert!(seen.contains(m), "{name}: {m} not seen in {seen:?}");
        }
        emu.shutdown().await.unwrap();
    }
}

#[tokio::test]
async fn pagers_yield_every_item_exactly_once() {
    for transport in both() {
        let emu = start().await;
        let c = client(&emu, transport).await;
        let mut want = HashSet::new();
        for _ in 0..23 {
            want.insert(
                c.create_conversation("projects/p1", conversation())
                    .await
                    .unwrap()
                    .name,
            );
        }
        let request = ListConversationsRequest {
            parent: "projects/p1".into(),
            page_size: 5,
            ..Default::default()
        };
        emu.clear_recorded_requests();
        let items: Vec<Conversation> = c
            .request(request.clone())
            .with_options(RequestOptions::new())
            .by_item()
            .try_collect()
            .await
            .unwrap();
        let got: Vec<String> = items.into_iter().map(|c| c.name).collect();
        assert_eq!(got.len(), 23);
        assert_eq!(got.iter().cloned().collect::<HashSet<_>>(), want);
        assert_eq!(methods(&emu).len(), 5, "23 items in pages of 5");

        // A stream of pages, and the raw page call.
        let pages: Vec<ListConversationsResponse> = c
            .request(request.clone())
            .with_options(RequestOptions::new())
            .by_page()
            .try_collect()
            .await
            .unwrap();
        assert_eq!(
            pages
                .iter()
                .map(|p| p.conversations.len())
                .collect::<Vec<_>>(),
            [5, 5, 5, 5, 3]
        );
        let first = c
            .request(request.clone())
            .with_options(RequestOptions::new())
            .await
            .unwrap();
        assert_eq!(first.next_page_token, pages[0].next_page_token);

        // Lazy: taking 3 items fetches one page.
        emu.clear_recorded_requests();
        let three: Vec<_> = c
            .request(request)
            .with_options(RequestOptions::new())
            .by_item()
            .take(3)
            .collect()
            .await;
        assert_eq!(three.len(), 3);
        assert_eq!(methods(&emu).len(), 1);
        emu.shutdown().await.unwrap();
    }
}

#[tokio::test]
async fn per_call_options_apply_to_every_page_and_reach_the_wire() {
    for transport in both() {
        let emu = start().await;
        let c = ConversationsClient::builder()
            .with_emulator_host(emu.host())
            .with_transport(transport)
            .with_metadata("x-client-wide", "yes")
            .with_user_agent("facade-test/1.0")
            .with_quota_project_id("billing-1")
            .build()
            .await
            .unwrap();
        for _ in 0..3 {
            c.create_conversation("projects/p1", conversation())
                .await
                .unwrap();
        }
        emu.clear_recorded_requests();
        let options = RequestOptions::new()
            .with_metadata("x-per-call", "abc")
            .with_user_project("billing-2")
            .with_timeout(Duration::from_secs(30));
        let all = c
            .request(ListConversationsRequest {
                parent: "projects/p1".into(),
                page_size: 1,
                ..Default::default()
            })
            .with_options(options)
            .by_item()
            .all()
            .await
            .unwrap();
        assert_eq!(all.len(), 3);
        let recorded = emu.recorded_requests();
        assert_eq!(recorded.len(), 3);
        for r in &recorded {
            assert_eq!(r.header("x-per-call"), Some("abc"));
            assert_eq!(r.header("x-client-wide"), Some("yes"));
            assert_eq!(r.header("x-goog-user-project"), Some("billing-2"));
            assert!(r.header("user-agent").unwrap().contains("facade-test/1.0"));
            assert!(
                r.header("authorization").is_none(),
                "the emulator is anonymous"
            );
            assert!(
                r.header("x-goog-request-params")
                    .unwrap()
                    .contains("projects%2Fp1")
                    || r.header("x-goog-request-params")
                        .unwrap()
                        .contains("projects/p1")
            );
        }
        // Without per-call options the client's quota project goes out.
        emu.clear_recorded_requests();
        c.list_conversations("projects/p1")
            .by_item()
            .all()
            .await
            .unwrap();
        assert_eq!(
            emu.recorded_requests()[0].header("x-goog-user-project"),
            Some("billing-1")
        );
        emu.shutdown().await.unwrap();
    }
}

#[tokio::test]
async fn retry_recovers_from_injected_unavailable() {
    for transport in both() {
        let emu = start().await;
        let c = client(&emu, transport).await;
        let made = c
            .create_conversation("projects/p1", conversation())
            .await
            .unwrap();
        emu.clear_recorded_requests();
        emu.set_faults(FaultPlan::new().fail_next(3).code(RpcCode::Unavailable));
        let got = c.get_conversation(made.name.clone()).await.unwrap();
        assert_eq!(got.name, made.name);
        assert_eq!(methods(&emu), vec!["GetConversation"; 4]);
        emu.shutdown().await.unwrap();
    }
}

#[tokio::test]
async fn retry_gives_up_at_the_deadline_with_the_last_error() {
    for transport in both() {
        let emu = start().await;
        let c = client(&emu, transport).await;
        emu.set_faults(
            FaultPlan::new()
                .fail_fraction(1.0)
                .code(RpcCode::Unavailable),
        );
        let start = Instant::now();
        let err = c
            .request(GetConversationRequest {
                name: "projects/p1/conversations/nope".into(),
            })
            .with_options(RequestOptions::new().with_timeout(Duration::from_millis(1500)))
            .await
            .unwrap_err();
        let elapsed = start.elapsed();
        assert_eq!(err.code(), Code::Unavailable, "{err}");
        assert!(elapsed < Duration::from_millis(1700), "{elapsed:?}");
        assert!(methods(&emu).len() > 2, "it retried: {:?}", methods(&emu));
        emu.shutdown().await.unwrap();
    }
}

#[tokio::test]
async fn non_retryable_errors_are_not_retried() {
    for transport in both() {
        let emu = start().await;
        let c = client(&emu, transport).await;
        emu.set_faults(
            FaultPlan::new()
                .fail_next(1)
                .code(RpcCode::PermissionDenied),
        );
        let err = c
            .get_conversation("projects/p1/conversations/x")
            .await
            .unwrap_err();
        assert_eq!(err.code(), Code::PermissionDenied);
        assert_eq!(methods(&emu).len(), 1);
        // A real NOT_FOUND from the service is not retried either.
        emu.clear_recorded_requests();
        let err = c
            .get_conversation("projects/p1/conversations/x")
            .await
            .unwrap_err();
        assert_eq!(err.code(), Code::NotFound);
        assert_eq!(methods(&emu).len(), 1);
        // Per-call retry policy: none.
        emu.set_faults(FaultPlan::new().fail_next(1).code(RpcCode::Unavailable));
        emu.clear_recorded_requests();
        let err = c
            .request(GetConversationRequest {
                name: "projects/p1/conversations/x".into(),
            })
            .with_options(RequestOptions::new().with_retry(RetryPolicy::none()))
            .await
            .unwrap_err();
        assert_eq!(err.code(), Code::Unavailable);
        assert_eq!(methods(&emu).len(), 1);
        emu.shutdown().await.unwrap();
    }
}

#[tokio::test]
async fn create_conversation_survives_a_lost_response_without_a_duplicate() {
    for transport in both() {
        let emu = start().await;
        let c = client(&emu, transport).await;
        // The first attempt creates the conversation, then its reply is lost.
        emu.set_faults(
            FaultPlan::new()
                .fail_next(1)
                .mode(FaultMode::After)
                .code(RpcCode::Unavailable)
                .methods(["CreateConversation"]),
        );
        let made = c
            .create_conversation("projects/p1", conversation())
            .await
            .unwrap();
        assert_eq!(emu.conversation_count(), 1, "no duplicate");
        assert_eq!(emu.conversations()[0].name, made.name);
        assert_eq!(
            methods(&emu),
            [
                "CreateConversation",
                "CreateConversation",
                "GetConversation"
            ]
        );
        // The id was generated by the client and fits the API's rule.
        let id = made.name.rsplit('/').next().unwrap();
        assert!(id.starts_with('c') && id.len() == 27, "{id}");

        // An explicit id is kept as given.
        let mine = c
            .request(CreateConversationRequest {
                parent: "projects/p1".into(),
                conversation: Some(conversation()),
                conversation_id: "my-own-id".into(),
            })
            .with_options(RequestOptions::new())
            .await
            .unwrap();
        assert_eq!(mine.name, "projects/p1/conversations/my-own-id");
        emu.shutdown().await.unwrap();
    }
}

#[tokio::test]
async fn without_generated_ids_create_is_sent_once() {
    let emu = start().await;
    let c = ConversationsClient::builder()
        .with_emulator_host(emu.host())
        .with_generated_conversation_ids(false)
        .build()
        .await
        .unwrap();
    emu.set_faults(
        FaultPlan::new()
            .fail_next(1)
            .mode(FaultMode::After)
            .methods(["CreateConversation"]),
    );
    let err = c
        .create_conversation("projects/p1", conversation())
        .await
        .unwrap_err();
    assert_eq!(err.code(), Code::Unavailable);
    assert_eq!(methods(&emu), ["CreateConversation"]);
    assert_eq!(emu.conversation_count(), 1);
    emu.shutdown().await.unwrap();
}

#[tokio::test]
async fn emulator_host_from_the_environment_and_options() {
    let emu = start().await;
    // Environment: plaintext, anonymous, that address.
    let c = ConversationsClient::builder()
        .with_environment(EnvMap::new().with("DIALOGFLOW_EMULATOR_HOST", emu.host()))
        .build()
        .await
        .unwrap();
    assert_eq!(c.endpoint(), Some(emu.endpoint().as_str()));
    c.list_conversations("projects/p1")
        .by_item()
        .all()
        .await
        .unwrap();
    // Explicit credentials are replaced by anonymous ones for the emulator.
    let c = ConversationsClient::builder()
        .with_emulator_host(emu.host())
        .with_credentials(Credentials::from_api_key("secret").unwrap())
        .build()
        .await
        .unwrap();
    emu.clear_recorded_requests();
    c.list_conversations("projects/p1")
        .by_item()
        .all()
        .await
        .unwrap();
    assert!(
        emu.recorded_requests()[0]
            .header("x-goog-api-key")
            .is_none()
    );
    emu.shutdown().await.unwrap();
}

#[tokio::test]
async fn plaintext_with_credentials_to_a_remote_host_is_refused() {
    let err = ConversationsClient::builder()
        .with_environment(EnvMap::new())
        .with_api_endpoint("http://10.1.2.3:8080")
        .with_credentials(Credentials::from_api_key("k").unwrap())
        .build()
        .await
        .unwrap_err();
    assert!(
        matches!(err, ConfigError::InsecurePlaintext { .. }),
        "{err}"
    );
    // Opting in builds (no connection is made until the first call).
    ConversationsClient::builder()
        .with_environment(EnvMap::new())
        .with_api_endpoint("http://10.1.2.3:8080")
        .with_credentials(Credentials::from_api_key("k").unwrap())
        .with_allow_insecure_plaintext(true)
        .build()
        .await
        .unwrap();
    // Loopback is fine, and the key is sent.
    let emu = start().await;
    let c = ConversationsClient::builder()
        .with_environment(EnvMap::new())
        .with_api_endpoint(emu.endpoint())
        .with_credentials(Credentials::from_api_key("k-loop").unwrap())
        .build()
        .await
        .unwrap();
    c.list_conversations("projects/p1")
        .by_item()
        .all()
        .await
        .unwrap();
    assert_eq!(
        emu.recorded_requests()[0].header("x-goog-api-key"),
        Some("k-loop")
    );
    emu.shutdown().await.unwrap();
}

#[tokio::test]
async fn keep_alive_pings_leave_an_idle_connection_usable() {
    let emu = start().await;
    for (transport, name) in both().into_iter().zip(["grpc", "rest"]) {
        let client = ConversationsClient::builder()
            .with_environment(EnvMap::new().with("DIALOGFLOW_EMULATOR_HOST", emu.host()))
            .with_transport(transport)
            .with_keep_alive_interval(Some(Duration::from_millis(40)))
            .build()
            .await
            .expect("client builds");
        assert_eq!(client.transport_name(), name);
        let made = client
            .create_conversation("projects/p1", conversation())
            .await
            .unwrap();
        // Several ping intervals pass with no call in flight.
        tokio::time::sleep(Duration::from_millis(300)).await;
        let got = client.get_conversation(made.name.clone()).await.unwrap();
        assert_eq!(got.name, made.name);
    }
}

#[tokio::test]
async fn regional_endpoint_from_a_location() {
    let c = ConversationsClient::builder()
        .with_environment(EnvMap::new())
        .with_credentials(Credentials::anonymous())
        .with_location("europe-west1")
        .build()
        .await
        .unwrap();
    assert_eq!(
        c.endpoint(),
        Some("https://europe-west1-dialogflow.googleapis.com:443")
    );
    let c = ConversationsClient::from_options(
        ClientOptions::new()
            .with_credentials(Credentials::anonymous())
            .with_location("global")
            .with_ignore_emulator_env(true),
    )
    .await
    .unwrap();
    assert_eq!(c.endpoint(), Some("https://dialogflow.googleapis.com:443"));
}

#[tokio::test]
async fn custom_transport_mock() {
    use dialogflow_transport::MockConversationsTransport;
    use std::sync::Arc;
    let mut mock = MockConversationsTransport::new();
    let mut n = 0;
    mock.expect_get_conversation()
        .times(2)
        .returning(move |req, opts| {
            n += 1;
            assert!(opts.timeout.is_some(), "the deadline is passed down");
            if n == 1 {
                Err(dialogflow_conversations::Error::new(
                    Code::Unavailable,
                    "blip",
                ))
            } else {
                Ok(Conversation {
                    name: req.name,
                    ..Default::default()
                })
            }
        });
    let c = ConversationsClient::builder()
        .with_custom_transport(Arc::new(mock))
        .with_retry(RetryPolicy::default().with_initial_backoff(Duration::from_millis(1)))
        .build()
        .await
        .unwrap();
    assert_eq!(c.transport_name(), "custom");
    assert_eq!(
        c.get_conversation("projects/p/conversations/c")
            .await
            .unwrap()
            .name,
        "projects/p/conversations/c"
    );
}

#[test]
fn blocking_client_against_the_emulator() {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let emu = rt.block_on(start());
    for transport in both() {
        let c = dialogflow_conversations::blocking::ConversationsClient::from_builder(
            ConversationsClient::builder()
                .with_emulator_host(emu.host())
                .with_transport(transport),
        )
        .unwrap();
        let made = c
            .create_conversation("projects/p1", conversation())
            .send()
            .unwrap();
        emu.add_message(&made.name, Role::EndUser, "Hello there.")
            .unwrap();
        let messages: Vec<_> = c
            .list_messages(made.name.clone())
            .by_item()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(messages.len(), 1);
        let all: Vec<_> = c
            .list_conversations("projects/p1")
            .by_item()
            .collect::<Result<Vec<_>, _>>()
            .unwrap();
        assert!(all.iter().any(|x| x.name == made.name));
        c.complete_conversation(made.name.clone()).send().unwrap();
        assert_eq!(
            c.get_conversation(made.name)
                .send()
                .unwrap()
                .lifecycle_state,
            LifecycleState::Completed as i32
        );
    }
    rt.block_on(emu.shutdown()).unwrap();
}

/// A service-account key made here signs the JWT that reaches the emulator
/// (loopback only), and the test checks it with the key's public half.
#[cfg(feature = "google-auth")]
#[tokio::test]
async fn service_account_key_file_token_reaches_the_wire_and_verifies() {
    use base64::Engine as _;
    use rsa::pkcs1v15::{Signature, VerifyingKey};
    use rsa::pkcs8::{EncodePrivateKey, LineEnding};
    use rsa::sha2::Sha256;
    use rsa::signature::Verifier;

    let key = rsa::RsaPrivateKey::new(&mut rsa::rand_core::OsRng, 2048).unwrap();
    let pem = key.to_pkcs8_pem(LineEnding::LF).unwrap();
    let dir = std::env::temp_dir().join(format!("df-facade-sa-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("sa.json");
    std::fs::write(
        &path,
        serde_json::json!({
            "type": "service_account",
            "project_id": "p1",
            "private_key_id": "kid-7",
            "private_key": pem.as_str(),
            "client_email": "robot@p1.iam.gserviceaccount.com",
            "token_uri": "http://127.0.0.1:1/token",
        })
        .to_string(),
    )
    .unwrap();

    let emu = start().await;
    for transport in both() {
        emu.clear_recorded_requests();
        let c = ConversationsClient::builder()
            .with_environment(EnvMap::new())
            .with_api_endpoint(emu.endpoint())
            .with_transport(transport)
            .with_credentials(Credentials::from_service_account_file(&path).unwrap())
            .build()
            .await
            .unwrap();
        c.list_conversations("projects/p1")
            .by_item()
            .all()
            .await
            .unwrap();
        let recorded = emu.recorded_requests();
        let auth = recorded[0].header("authorization").expect("a bearer token");
        let token = auth.strip_prefix("Bearer ").unwrap();
        let parts: Vec<&str> = token.split('.').collect();
        let b64 = |s: &str| {
            base64::engine::general_purpose::URL_SAFE_NO_PAD
                .decode(s)
                .unwrap()
        };
        let signature = Signature::try_from(b64(parts[2]).as_slice()).unwrap();
        VerifyingKey::<Sha256>::new(key.to_public_key())
            .verify(format!("{}.{}", parts[0], parts[1]).as_bytes(), &signature)
            .expect("signed by the key");
        let claims: serde_json::Value = serde_json::from_slice(&b64(parts[1])).unwrap();
        assert_eq!(claims["iss"], "robot@p1.iam.gserviceaccount.com");
    }
    // Its debug form shows no secret.
    let creds = Credentials::from_service_account_file(&path).unwrap();
    assert_eq!(format!("{creds:?}"), "Credentials(service account)");
    emu.shutdown().await.unwrap();
    let _ = std::fs::remove_dir_all(&dir);
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

/// mTLS end to end: the certificate source is used only when
/// GOOGLE_API_USE_CLIENT_CERTIFICATE=true, and the server demands it.
#[tokio::test]
async fn mutual_tls_with_a_client_certificate_source() {
    use dialogflow_conversations::{ClientCertSource, RootCerts};
    let pki = pki();
    let emu = Emulator::builder()
        .tls(
            dialogflow_emulator::TlsConfig::from_pem(
                pki.server_cert.clone(),
                pki.server_key.clone(),
            )
            .with_client_ca_pem(pki.ca.clone()),
        )
        .start()
        .await
        .unwrap();
    let endpoint = format!("https://localhost:{}", emu.local_addr().port());
    for transport in both() {
        for use_cert in ["true", "false"] {
            let c = ConversationsClient::builder()
                .with_environment(EnvMap::new().with("GOOGLE_API_USE_CLIENT_CERTIFICATE", use_cert))
                .with_api_endpoint(endpoint.clone())
                .with_root_certs(RootCerts::Pem(pki.ca.clone().into_bytes()))
                .with_client_cert_source(ClientCertSource::from_pem(
                    pki.client_cert.clone(),
                    pki.client_key.clone(),
                ))
                .with_credentials(Credentials::anonymous())
                .with_transport(transport.clone())
                .with_retry(RetryPolicy::none())
                .build()
                .await
                .unwrap();
            let result = c.list_conversations("projects/p1").by_item().all().await;
            if use_cert == "true" {
                result.unwrap();
            } else {
                let err = result.unwrap_err();
                assert!(
                    matches!(
                        err.code(),
                        Code::Unavailable | Code::Unknown | Code::Internal
                    ),
                    "{}: {err}",
                    transport.name()
                );
            }
        }
    }
    emu.shutdown().await.unwrap();
}
