//! Every RPC over gRPC with raw tonic stubs.

mod common;

use std::collections::HashSet;
use std::time::Duration;

use common::*;
use dialogflow_emulator::{Emulator, Surface};
use dialogflow_types::location::locations_client::LocationsClient;
use dialogflow_types::location::{GetLocationRequest, ListLocationsRequest};
use dialogflow_types::longrunning::operations_client::OperationsClient;
use dialogflow_types::longrunning::{
    CancelOperationRequest, GetOperationRequest, ListOperationsRequest, operation,
};
use dialogflow_types::rpc::{BadRequest, ErrorInfo};
use dialogflow_types::v2::conversation::context_reference::context_content::ContentFormat;
use dialogflow_types::v2::conversation::context_reference::{ContextContent, UpdateMode};
use dialogflow_types::v2::conversation::{ContextReference, LifecycleState};
use dialogflow_types::v2::generate_stateless_summary_request::MinimalConversation;
use dialogflow_types::v2::generator_suggestion::Suggestion;
use dialogflow_types::v2::participant::Role;
use dialogflow_types::v2::*;
use tonic::Code;

#[tokio::test]
async fn create_get_complete_list() {
    let emu = start().await;
    let mut c = conversations(&emu).await;

    let made = create(&mut c, "projects/p1", "").await;
    assert!(made.name.starts_with("projects/p1/conversations/c"));
    assert_eq!(made.lifecycle_state, LifecycleState::InProgress as i32);
    assert!(made.start_time.is_some());
    assert_eq!(made.conversation_profile, PROFILE);

    let loc = create(&mut c, "projects/p1/locations/europe-west1", "my-conv").await;
    assert_eq!(
        loc.name,
        "projects/p1/locations/europe-west1/conversations/my-conv"
    );

    let got = c
        .get_conversation(GetConversationRequest {
            name: loc.name.clone(),
        })
        .await
        .unwrap()
        .into_inner();
    assert_eq!(got, loc);

    let done = c
        .complete_conversation(CompleteConversationRequest {
            name: made.name.clone(),
        })
        .await
        .unwrap()
        .into_inner();
    assert_eq!(done.lifecycle_state, LifecycleState::Completed as i32);
    let end = done.end_time;
    assert!(end.is_some());
    // Completing twice is harmless and keeps the first end time.
    let again = c
        .complete_conversation(CompleteConversationRequest {
            name: made.name.clone(),
        })
        .await
        .unwrap()
        .into_inner();
    assert_eq!(again.end_time, end);

    // Listing is per collection: the project-level list does not show the location one.
    let list = c
        .list_conversations(ListConversationsRequest {
            parent: "projects/p1".into(),
            ..Default::default()
        })
        .await
        .unwrap()
        .into_inner();
    assert_eq!(list.conversations.len(), 1);
    assert!(list.next_page_token.is_empty());

    let completed = c
        .list_conversations(ListConversationsRequest {
            parent: "projects/p1".into(),
            filter: "lifecycle_state = \"IN_PROGRESS\"".into(),
            ..Default::default()
        })
        .await
        .unwrap()
        .into_inner();
    assert!(completed.conversations.is_empty());

    // Recorded with metadata.
    let calls = emu.recorded_requests();
    assert!(calls.iter().all(|r| r.surface == Surface::Grpc));
    assert_eq!(
        calls[2].method,
        "/google.cloud.dialogflow.v2.Conversations/GetConversation"
    );
    emu.shutdown().await.unwrap();
}

#[tokio::test]
async fn errors_carry_codes_and_details() {
    let emu = start().await;
    let mut c = conversations(&emu).await;

    let err = c
        .get_conversation(GetConversationRequest {
            name: "projects/p1/conversations/nope".into(),
        })
        .await
        .unwrap_err();
    assert_eq!(err.code(), Code::NotFound);
    let details = status_details(&err);
    assert_eq!(details.code, 5);
    assert!(details.details[0].unpack::<ErrorInfo>().is_ok());

    let err = c
        .get_conversation(GetConversationRequest {
            name: "garbage".into(),
        })
        .await
        .unwrap_err();
    assert_eq!(err.code(), Code::InvalidArgument);
    let bad: BadRequest = status_details(&err).details[0].unpack().unwrap();
    assert_eq!(bad.field_violations[0].field, "name");

    for (parent, conversation, id, field) in [
        ("", Some(PROFILE), "", "parent"),
        ("folders/x", Some(PROFILE), "", "parent"),
        ("projects/p1", None, "", "conversation"),
        (
            "projects/p1",
            Some(""),
            "",
            "conversation.conversation_profile",
        ),
        (
            "projects/p1",
            Some("profiles/x"),
            "",
            "conversation.conversation_profile",
        ),
        ("projects/p1", Some(PROFILE), "1abc", "conversation_id"),
        ("projects/p1", Some(PROFILE), "ab", "conversation_id"),
    ] {
        let err = c
            .create_conversation(CreateConversationRequest {
                parent: parent.into(),
                conversation: conversation.map(|p| Conversation {
                    conversation_profile: p.into(),
                    ..Default::default()
                }),
                conversation_id: id.into(),
            })
            .await
            .unwrap_err();
        assert_eq!(err.code(), Code::InvalidArgument, "{field}");
        assert!(err.message().contains(field), "{}", err.message());
        let bad: BadRequest = status_details(&err).details[0].unpack().unwrap();
        assert_eq!(bad.field_violations[0].field, field);
    }

    create(&mut c, "projects/p1", "dup").await;
    let err = c
        .create_conversation(CreateConversationRequest {
            parent: "projects/p1".into(),
            conversation: Some(Conversation {
                conversation_profile: PROFILE.into(),
                ..Default::default()
            }),
            conversation_id: "dup".into(),
        })
        .await
        .unwrap_err();
    assert_eq!(err.code(), Code::AlreadyExists);

    let err = c
        .list_conversations(ListConversationsRequest {
            parent: "projects/p1".into(),
            filter: "name = \"x\"".into(),
            ..Default::default()
        })
        .await
        .unwrap_err();
    assert_eq!(err.code(), Code::InvalidArgument);
    let err = c
        .list_conversations(ListConversationsRequest {
            parent: "projects/p1".into(),
            page_size: -1,
            ..Default::default()
        })
        .await
        .unwrap_err();
    assert!(err.message().contains("page_size"));
}

#[tokio::test]
async fn output_only_fields_are_ignored() {
    let emu = start().await;
    let mut c = conversations(&emu).await;
    let made = c
        .create_conversation(CreateConversationRequest {
            parent: "projects/p1".into(),
            conversation: Some(Conversation {
                name: "projects/zzz/conversations/forged".into(),
                lifecycle_state: LifecycleState::Completed as i32,
                conversation_profile: PROFILE.into(),
                ..Default::default()
            }),
            conversation_id: String::new(),
        })
        .await
        .unwrap()
        .into_inner();
    assert!(made.name.starts_with("projects/p1/conversations/"));
    assert_eq!(made.lifecycle_state, LifecycleState::InProgress as i32);
}

#[tokio::test]
async fn pagination_survives_concurrent_inserts() {
    let emu = start().await;
    let mut c = conversations(&emu).await;
    let mut expected = Vec::new();
    for i in 0..25 {
        expected.push(
            create(&mut c, "projects/pg", &format!("conv-{i:03}"))
                .await
                .name,
        );
    }
    let mut seen = Vec::new();
    let mut token = String::new();
    let mut writer = c.clone();
    let mut extra = 0;
    loop {
        let page = c
            .list_conversations(ListConversationsRequest {
                parent: "projects/pg".into(),
                page_size: 4,
                page_token: token.clone(),
                filter: String::new(),
            })
            .await
            .unwrap()
            .into_inner();
        assert!(page.conversations.len() <= 4);
        seen.extend(page.conversations.into_iter().map(|c| c.name));
        // Insert between pages, concurrently with the listing.
        if extra < 5 {
            let name = create(&mut writer, "projects/pg", &format!("late-{extra}"))
                .await
                .name;
            expected.push(name);
            extra += 1;
        }
        if page.next_page_token.is_empty() {
            break;
        }
        token = page.next_page_token;
    }
    let unique: HashSet<_> = seen.iter().collect();
    assert_eq!(unique.len(), seen.len(), "no item repeated");
    // Every item that existed when the listing started is there, in creation order.
    assert_eq!(&seen[..25], &expected[..25]);
    // Items inserted during the listing appear at most once, after the older ones.
    assert!(seen.len() >= 25 && seen.len() <= 30);
}

#[tokio::test]
async fn page_tokens_are_tamper_evident() {
    let emu = start().await;
    let mut c = conversations(&emu).await;
    for i in 0..3 {
        create(&mut c, "projects/pt", &format!("conv-{i}")).await;
    }
    let page = c
        .list_conversations(ListConversationsRequest {
            parent: "projects/pt".into(),
            page_size: 1,
            ..Default::default()
        })
        .await
        .unwrap()
        .into_inner();
    let token = page.next_page_token;
    assert!(!token.is_empty());

    let mut tampered = token.clone().into_bytes();
    let i = tampered.len() / 2;
    tampered[i] = if tampered[i] == b'A' { b'B' } else { b'A' };
    for (bad_token, filter) in [
        (String::from_utf8(tampered).unwrap(), ""),
        ("not-a-token".to_string(), ""),
        (token.clone(), "lifecycle_state = \"COMPLETED\""),
    ] {
        let err = c
            .list_conversations(ListConversationsRequest {
                parent: "projects/pt".into(),
                page_size: 1,
                page_token: bad_token,
                filter: filter.into(),
            })
            .await
            .unwrap_err();
        assert_eq!(err.code(), Code::InvalidArgument);
        assert!(err.message().contains("page_token"));
    }
    // Another parent with the same token is refused too.
    let err = c
        .list_conversations(ListConversationsRequest {
            parent: "projects/other".into(),
            page_token: token,
            ..Default::default()
        })
        .await
        .unwrap_err();
    assert_eq!(err.code(), Code::InvalidArgument);
}

#[tokio::test]
async fn messages_newest_first_with_filters_and_pages() {
    let emu = start().await;
    let mut c = conversations(&emu).await;
    let conv = create(&mut c, "projects/p1", "talk").await.name;
    let mut names = Vec::new();
    for i in 0..7 {
        let role = if i % 2 == 0 {
            Role::EndUser
        } else {
            Role::HumanAgent
        };
        let m = emu
            .add_message(&conv, role, &format!("Message {i}. More."))
            .unwrap();
        assert!(m.name.starts_with(&format!("{conv}/messages/")));
        names.push(m.name);
        emu.advance_clock(Duration::from_millis(10));
    }
    let all = c
        .list_messages(ListMessagesRequest {
            parent: conv.clone(),
            ..Default::default()
        })
        .await
        .unwrap()
        .into_inner();
    let got: Vec<_> = all.messages.iter().map(|m| m.name.clone()).collect();
    let mut newest_first = names.clone();
    newest_first.reverse();
    assert_eq!(got, newest_first);
    // Two participants were created, one per role.
    let participants: HashSet<_> = all.messages.iter().map(|m| m.participant.clone()).collect();
    assert_eq!(participants.len(), 2);

    // Pages of 3 cover all, in order.
    let mut paged = Vec::new();
    let mut token = String::new();
    loop {
        let page = c
            .list_messages(ListMessagesRequest {
                parent: conv.clone(),
                page_size: 3,
                page_token: token.clone(),
                ..Default::default()
            })
            .await
            .unwrap()
            .into_inner();
        paged.extend(page.messages.into_iter().map(|m| m.name));
        if page.next_page_token.is_empty() {
            break;
        }
        token = page.next_page_token;
    }
    assert_eq!(paged, newest_first);

    // Filters on create time.
    let third = &all.messages[4]; // the third message (index 2 in creation order)
    let t = third.create_time.unwrap();
    let micros = t.seconds * 1_000_000 + i64::from(t.nanos) / 1000;
    let newer = c
        .list_messages(ListMessagesRequest {
            parent: conv.clone(),
            filter: format!("create_time_epoch_microseconds > {micros}"),
            ..Default::default()
        })
        .await
        .unwrap()
        .into_inner();
    assert_eq!(newer.messages.len(), 4);
    let older = c
        .list_messages(ListMessagesRequest {
            parent: conv.clone(),
            filter: format!("create_time <= \"{}\"", t.to_rfc3339().unwrap()),
            ..Default::default()
        })
        .await
        .unwrap()
        .into_inner();
    assert_eq!(older.messages.len(), 3);
    let err = c
        .list_messages(ListMessagesRequest {
            parent: conv.clone(),
            filter: "content = \"x\"".into(),
            ..Default::default()
        })
        .await
        .unwrap_err();
    assert_eq!(err.code(), Code::InvalidArgument);
    let err = c
        .list_messages(ListMessagesRequest {
            parent: "projects/p1/conversations/none".into(),
            ..Default::default()
        })
        .await
        .unwrap_err();
    assert_eq!(err.code(), Code::NotFound);
}

fn reference(text: &str, mode: UpdateMode) -> ContextReference {
    ContextReference {
        context_contents: vec![ContextContent {
            content: text.into(),
            content_format: ContentFormat::PlainText as i32,
            ..Default::default()
        }],
        update_mode: mode as i32,
        ..Default::default()
    }
}

#[tokio::test]
async fn ingest_search_summaries_and_suggestions() {
    let emu = start().await;
    let mut c = conversations(&emu).await;
    let conv = create(&mut c, "projects/p1/locations/global", "kb-conv")
        .await
        .name;
    emu.add_message(
        &conv,
        Role::EndUser,
        "My refund is late. I ordered last week.",
    )
    .unwrap();
    emu.add_message(&conv, Role::HumanAgent, "Sorry to hear that! Let me check.")
        .unwrap();

    let ingested = c
        .ingest_context_references(IngestContextReferencesRequest {
            conversation: conv.clone(),
            context_references: [
                (
                    "policy".to_string(),
                    reference(
                        "Refunds take five days. Shipping is free.",
                        UpdateMode::Append,
                    ),
                ),
                (
                    "faq".to_string(),
                    reference("Opening hours are nine to five.", UpdateMode::Overwrite),
                ),
            ]
            .into(),
        })
        .await
        .unwrap()
        .into_inner();
    assert_eq!(ingested.ingested_context_references.len(), 2);
    let policy = &ingested.ingested_context_references["policy"];
    assert!(policy.create_time.is_some());
    assert_eq!(policy.language_code, "en-US");
    // APPEND adds contents.
    let again = c
        .ingest_context_references(IngestContextReferencesRequest {
            conversation: conv.clone(),
            context_references: [(
                "policy".to_string(),
                reference("Refund requests need an order number.", UpdateMode::Append),
            )]
            .into(),
        })
        .await
        .unwrap()
        .into_inner();
    assert_eq!(
        again.ingested_context_references["policy"]
            .context_contents
            .len(),
        2
    );
    // Missing content format is named.
    let err = c
        .ingest_context_references(IngestContextReferencesRequest {
            conversation: conv.clone(),
            context_references: [(
                "x".to_string(),
                ContextReference {
                    context_contents: vec![ContextContent {
                        content: "a".into(),
                        ..Default::default()
                    }],
                    update_mode: UpdateMode::Append as i32,
                    ..Default::default()
                },
            )]
            .into(),
        })
        .await
        .unwrap_err();
    assert_eq!(err.code(), Code::InvalidArgument);
    assert!(err.message().contains("content_format"));

    let found = c
        .search_knowledge(SearchKnowledgeRequest {
            parent: "projects/p1/locations/global".into(),
            query: Some(TextInput {
                text: "how long does a refund take".into(),
                language_code: "en".into(),
            }),
            conversation_profile: PROFILE.into(),
            session_id: "s1".into(),
            conversation: conv.clone(),
            ..Default::default()
        })
        .await
        .unwrap()
        .into_inner();
    assert!(!found.answers.is_empty());
    assert_eq!(found.answers[0].answer, "Refunds take five days.");
    assert_eq!(found.answers[0].answer_sources[0].title, "policy");

    let summary = c
        .suggest_conversation_summary(SuggestConversationSummaryRequest {
            conversation: conv.clone(),
            ..Default::default()
        })
        .await
        .unwrap()
        .into_inner();
    let s = summary.summary.unwrap();
    assert_eq!(
        s.text,
        "customer: My refund is late.\nagent: Sorry to hear that!"
    );
    assert_eq!(summary.context_size, 2);
    assert_eq!(s.sorted_text_sections.len(), 2);

    let suggestions = c
        .generate_suggestions(GenerateSuggestionsRequest {
            conversation: conv.clone(),
            ..Default::default()
        })
        .await
        .unwrap()
        .into_inner();
    assert_eq!(suggestions.generator_suggestion_answers.len(), 2);
    match &suggestions.generator_suggestion_answers[1]
        .generator_suggestion
        .as_ref()
        .unwrap()
        .suggestion
    {
        Some(Suggestion::FreeFormSuggestion(f)) => {
            assert!(f.response.contains("My refund is late."), "{}", f.response);
            assert!(f.response.contains("policy"), "{}", f.response);
        }
        other => panic!("unexpected {other:?}"),
    }

    let stateless = c
        .generate_stateless_summary(GenerateStatelessSummaryRequest {
            stateless_conversation: Some(MinimalConversation {
                messages: vec![Message {
                    name: "m1".into(),
                    content: "Where is my parcel? It is late.".into(),
                    participant_role: Role::EndUser as i32,
                    ..Default::default()
                }],
                parent: "projects/p1".into(),
            }),
            conversation_profile: Some(inline_profile()),
            ..Default::default()
        })
        .await
        .unwrap()
        .into_inner();
    assert_eq!(
        stateless.summary.unwrap().text,
        "customer: Where is my parcel?"
    );

    let generated = c
        .generate_stateless_suggestion(GenerateStatelessSuggestionRequest {
            parent: "projects/p1/locations/global".into(),
            generator_resource: Some(
                generate_stateless_suggestion_request::GeneratorResource::Generator(Generator {
                    context: Some(generator::Context::SummarizationContext(Default::default())),
                    ..Default::default()
                }),
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
        .unwrap()
        .into_inner();
    match generated.generator_suggestion.unwrap().suggestion {
        Some(Suggestion::SummarySuggestion(s)) => {
            assert_eq!(s.summary_sections[0].summary, "I want to cancel.")
        }
        other => panic!("unexpected {other:?}"),
    }
    let err = c
        .generate_stateless_suggestion(GenerateStatelessSuggestionRequest {
            parent: "projects/p1".into(),
            ..Default::default()
        })
        .await
        .unwrap_err();
    assert!(err.message().contains("parent"));
}

#[tokio::test]
async fn operations_and_locations() {
    let emu = start().await;
    let channel = channel(&emu).await;
    let mut ops = OperationsClient::new(channel.clone());
    let a = emu.create_operation("projects/p1", None).unwrap();
    let b = emu
        .create_operation("projects/p1/locations/us-central1", None)
        .unwrap();
    assert!(a.name.starts_with("projects/p1/operations/"));

    let got = ops
        .get_operation(GetOperationRequest {
            name: a.name.clone(),
        })
        .await
        .unwrap()
        .into_inner();
    assert!(!got.done);
    ops.cancel_operation(CancelOperationRequest {
        name: a.name.clone(),
    })
    .await
    .unwrap();
    let got = ops
        .get_operation(GetOperationRequest {
            name: a.name.clone(),
        })
        .await
        .unwrap()
        .into_inner();
    assert!(got.done);
    assert!(matches!(got.result, Some(operation::Result::Error(ref s)) if s.code == 1));
    let list = ops
        .list_operations(ListOperationsRequest {
            name: "projects/p1".into(),
            ..Default::default()
        })
        .await
        .unwrap()
        .into_inner();
    assert_eq!(list.operations.len(), 1);
    let list = ops
        .list_operations(ListOperationsRequest {
            name: "projects/p1/locations/us-central1".into(),
            filter: "done=false".into(),
            ..Default::default()
        })
        .await
        .unwrap()
        .into_inner();
    assert_eq!(list.operations[0].name, b.name);
    let err = ops
        .get_operation(GetOperationRequest {
            name: "projects/p1/operations/none".into(),
        })
        .await
        .unwrap_err();
    assert_eq!(err.code(), Code::NotFound);

    let mut locs = LocationsClient::new(channel);
    let all = locs
        .list_locations(ListLocationsRequest {
            name: "projects/p1".into(),
            ..Default::default()
        })
        .await
        .unwrap()
        .into_inner();
    assert_eq!(all.locations.len(), dialogflow_emulator::LOCATIONS.len());
    let page = locs
        .list_locations(ListLocationsRequest {
            name: "projects/p1".into(),
            page_size: 2,
            ..Default::default()
        })
        .await
        .unwrap()
        .into_inner();
    assert_eq!(page.locations.len(), 2);
    let next = locs
        .list_locations(ListLocationsRequest {
            name: "projects/p1".into(),
            page_size: 100,
            page_token: page.next_page_token,
            ..Default::default()
        })
        .await
        .unwrap()
        .into_inner();
    assert_eq!(
        next.locations.len(),
        dialogflow_emulator::LOCATIONS.len() - 2
    );
    let one = locs
        .get_location(GetLocationRequest {
            name: "projects/p1/locations/europe-west1".into(),
        })
        .await
        .unwrap()
        .into_inner();
    assert_eq!(one.location_id, "europe-west1");
    let err = locs
        .get_location(GetLocationRequest {
            name: "projects/p1/locations/mars".into(),
        })
        .await
        .unwrap_err();
    assert_eq!(err.code(), Code::NotFound);
}

#[tokio::test]
async fn metadata_is_recorded() {
    let emu = start().await;
    let mut c = conversations(&emu).await;
    let mut req = tonic::Request::new(GetConversationRequest {
        name: "projects/p1/conversations/abc".into(),
    });
    let md = req.metadata_mut();
    md.insert("authorization", "Bearer t0ken".parse().unwrap());
    md.insert("x-goog-api-client", "gl-rust/1 grpc/0.14".parse().unwrap());
    md.insert(
        "x-goog-request-params",
        "name=projects%2Fp1%2Fconversations%2Fabc".parse().unwrap(),
    );
    md.insert("x-goog-user-project", "billing-proj".parse().unwrap());
    md.insert("x-custom", "yes".parse().unwrap());
    let _ = c.get_conversation(req).await;
    let calls = emu.recorded_requests();
    assert_eq!(calls.len(), 1);
    let r = &calls[0];
    assert_eq!(r.header("authorization"), Some("Bearer t0ken"));
    assert_eq!(r.header("x-goog-user-project"), Some("billing-proj"));
    assert_eq!(r.header("X-Custom"), Some("yes"));
    assert!(r.header("x-goog-request-params").is_some());
    emu.clear_recorded_requests();
    assert!(emu.recorded_requests().is_empty());
}

#[tokio::test]
async fn strict_profiles() {
    let emu = Emulator::builder()
        .strict_profiles(true)
        .profile("projects/p1/conversationProfiles/known")
        .start()
        .await
        .unwrap();
    let mut c = conversations(&emu).await;
    let make = |profile: &str| CreateConversationRequest {
        parent: "projects/p1".into(),
        conversation: Some(Conversation {
            conversation_profile: profile.into(),
            ..Default::default()
        }),
        conversation_id: String::new(),
    };
    c.create_conversation(make("projects/p1/conversationProfiles/known"))
        .await
        .unwrap();
    let err = c
        .create_conversation(make("projects/p1/conversationProfiles/unknown"))
        .await
        .unwrap_err();
    assert_eq!(err.code(), Code::NotFound);
    emu.register_profile("projects/p1/conversationProfiles/unknown")
        .unwrap();
    c.create_conversation(make("projects/p1/conversationProfiles/unknown"))
        .await
        .unwrap();
}

#[tokio::test]
async fn clock_auto_completes_and_purges() {
    let emu = start().await;
    let mut c = conversations(&emu).await;
    let conv = create(&mut c, "projects/p1", "old-one").await;
    emu.add_message(&conv.name, Role::EndUser, "hello").unwrap();
    emu.advance_clock(Duration::from_secs(24 * 3600 + 1));
    let got = c
        .get_conversation(GetConversationRequest {
            name: conv.name.clone(),
        })
        .await
        .unwrap()
        .into_inner();
    assert_eq!(got.lifecycle_state, LifecycleState::Completed as i32);
    // Ended exactly 24 hours after it started.
    assert_eq!(
        got.end_time.unwrap().seconds - got.start_time.unwrap().seconds,
        24 * 3600
    );
    // A completed conversation takes no new messages.
    assert!(emu.add_message(&conv.name, Role::EndUser, "late").is_err());
    emu.advance_clock(Duration::from_secs(30 * 24 * 3600));
    let err = c
        .get_conversation(GetConversationRequest {
            name: conv.name.clone(),
        })
        .await
        .unwrap_err();
    assert_eq!(err.code(), Code::NotFound);
    assert_eq!(emu.conversation_count(), 0);
}

#[tokio::test]
async fn malformed_protobuf_does_not_panic() {
    let emu = start().await;
    // A gRPC frame holding garbage bytes, sent with a raw HTTP/2 client.
    let stream = tokio::net::TcpStream::connect(emu.local_addr())
        .await
        .unwrap();
    let (mut sender, conn) = hyper::client::conn::http2::handshake(
        hyper_util::rt::TokioExecutor::new(),
        hyper_util::rt::TokioIo::new(stream),
    )
    .await
    .unwrap();
    tokio::spawn(conn);
    let mut frame = vec![0u8, 0, 0, 0, 6];
    frame.extend_from_slice(&[0xff, 0xff, 0xff, 0xff, 0xff, 0x01]);
    let req = hyper::Request::builder()
        .method("POST")
        .uri(format!(
            "{}/google.cloud.dialogflow.v2.Conversations/GetConversation",
            emu.endpoint()
        ))
        .header("content-type", "application/grpc")
        .header("te", "trailers")
        .body(http_body_util::Full::new(bytes::Bytes::from(frame)))
        .unwrap();
    let resp = sender.send_request(req).await.unwrap();
    assert_eq!(resp.status(), 200);
    use http_body_util::BodyExt as _;
    let headers = resp.headers().clone();
    let collected = resp.into_body().collect().await.unwrap();
    let trailers = collected.trailers().cloned().unwrap_or_default();
    let status = trailers
        .get("grpc-status")
        .or(headers.get("grpc-status"))
        .unwrap();
    assert_ne!(status, "0", "a decode error, not success");
    // The server is still up.
    let mut c = conversations(&emu).await;
    create(&mut c, "projects/p1", "still-up").await;
}
