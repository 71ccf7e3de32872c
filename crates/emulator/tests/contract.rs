//! The API's contract on the six newer Conversations RPCs (issue 18): each finding over both
//! wires. A request is written once as a typed message; gRPC sends it as is, REST sends its
//! proto3 JSON to the method's URL.

mod common;

use common::*;
use dialogflow_emulator::EmulatorHandle;
use dialogflow_types::rpc::BadRequest;
use dialogflow_types::v2::conversation::ContextReference;
use dialogflow_types::v2::conversation::context_reference::context_content::ContentFormat;
use dialogflow_types::v2::conversation::context_reference::{ContextContent, UpdateMode};
use dialogflow_types::v2::generate_stateless_suggestion_request::GeneratorResource;
use dialogflow_types::v2::generate_stateless_summary_request::MinimalConversation;
use dialogflow_types::v2::generator_suggestion::Suggestion;
use dialogflow_types::v2::participant::Role;
use dialogflow_types::v2::*;
use serde_json::Value;
use tonic::Code;

/// The field named by a gRPC INVALID_ARGUMENT, checked to be in the message too.
fn grpc_field(err: &tonic::Status) -> String {
    assert_eq!(err.code(), Code::InvalidArgument, "{err:?}");
    let bad: BadRequest = status_details(err).details[0].unpack().expect("BadRequest");
    let field = bad.field_violations[0].field.clone();
    assert!(err.message().contains(&field), "{}", err.message());
    field
}

/// Sends `body` over REST and returns the field its 400 names (checked against the message).
async fn rest_field(emu: &EmulatorHandle, path: &str, body: &Value) -> String {
    let (status, json) = http(emu.local_addr(), "POST", path, Some(&body.to_string())).await;
    assert_eq!(status, 400, "{json}");
    let error = &json["error"];
    assert_eq!(error["status"], "INVALID_ARGUMENT");
    let field = error["details"][0]["fieldViolations"][0]["field"]
        .as_str()
        .expect("a field violation")
        .to_string();
    assert!(
        error["message"].as_str().unwrap().contains(&field),
        "{error}"
    );
    field
}

async fn rest_ok(emu: &EmulatorHandle, path: &str, body: &Value) -> Value {
    let (status, json) = http(emu.local_addr(), "POST", path, Some(&body.to_string())).await;
    assert_eq!(status, 200, "{json}");
    json
}

fn json_of<T: serde::Serialize>(message: &T) -> Value {
    serde_json::to_value(message).unwrap()
}

fn message(content: &str) -> Message {
    Message {
        content: content.into(),
        participant_role: Role::EndUser as i32,
        ..Default::default()
    }
}

fn stateless_summary(messages: Vec<Message>) -> GenerateStatelessSummaryRequest {
    GenerateStatelessSummaryRequest {
        stateless_conversation: Some(MinimalConversation {
            messages,
            parent: "projects/p1".into(),
        }),
        conversation_profile: Some(inline_profile()),
        ..Default::default()
    }
}

#[tokio::test]
async fn f1_stateless_summary_needs_message_content() {
    let emu = start().await;
    let mut c = conversations(&emu).await;
    let path = "/v2/projects/p1/suggestions:generateStatelessSummary";
    let bad = stateless_summary(vec![message("Hi there."), message("")]);
    let err = c.generate_stateless_summary(bad.clone()).await.unwrap_err();
    assert_eq!(
        grpc_field(&err),
        "stateless_conversation.messages[1].content"
    );
    assert_eq!(
        rest_field(&emu, path, &json_of(&bad)).await,
        "stateless_conversation.messages[1].content"
    );
    // Valid: every message counted is summarised.
    let good = stateless_summary(vec![message("Hi there."), message("Bye now.")]);
    let r = c.generate_stateless_summary(good.clone()).await.unwrap();
    assert_eq!(r.get_ref().context_size, 2);
    let r = rest_ok(&emu, path, &json_of(&good)).await;
    assert_eq!(r["contextSize"], 2);
    assert_eq!(r["summary"]["text"], "customer: Hi there. Bye now.");
}

fn stateless_suggestion(reference: ContextReference) -> GenerateStatelessSuggestionRequest {
    GenerateStatelessSuggestionRequest {
        parent: "projects/p1/locations/global".into(),
        generator_resource: Some(GeneratorResource::GeneratorName(
            "projects/p1/locations/global/generators/g1".into(),
        )),
        context_references: [("kb".to_string(), reference)].into(),
        ..Default::default()
    }
}

fn content(text: &str, format: ContentFormat) -> ContextContent {
    ContextContent {
        content: text.into(),
        content_format: format as i32,
        ..Default::default()
    }
}

#[tokio::test]
async fn f2_stateless_suggestion_checks_context_references() {
    let emu = start().await;
    let mut c = conversations(&emu).await;
    let path = "/v2/projects/p1/locations/global/statelessSuggestion:generate";
    let no_mode = stateless_suggestion(ContextReference {
        context_contents: vec![content("A refund takes 5 days.", ContentFormat::PlainText)],
        ..Default::default()
    });
    let no_format = stateless_suggestion(ContextReference {
        context_contents: vec![content(
            "A refund takes 5 days.",
            ContentFormat::Unspecified,
        )],
        update_mode: UpdateMode::Append as i32,
        ..Default::default()
    });
    for (request, field) in [
        (no_mode, "context_references[kb].update_mode"),
        (
            no_format,
            "context_references[kb].context_contents[0].content_format",
        ),
    ] {
        let err = c
            .generate_stateless_suggestion(request.clone())
            .await
            .unwrap_err();
        assert_eq!(grpc_field(&err), field);
        assert_eq!(rest_field(&emu, path, &json_of(&request)).await, field);
    }
    let good = stateless_suggestion(ContextReference {
        context_contents: vec![content("A refund takes 5 days.", ContentFormat::PlainText)],
        update_mode: UpdateMode::Append as i32,
        ..Default::default()
    });
    c.generate_stateless_suggestion(good.clone()).await.unwrap();
    rest_ok(&emu, path, &json_of(&good)).await;
}

fn search(session: &str, language: &str) -> SearchKnowledgeRequest {
    SearchKnowledgeRequest {
        parent: "projects/p1".into(),
        query: Some(TextInput {
            text: "refund".into(),
            language_code: language.into(),
        }),
        conversation_profile: PROFILE.into(),
        session_id: session.into(),
        ..Default::default()
    }
}

#[tokio::test]
async fn f3_f4_search_knowledge_session_length_and_language() {
    let emu = start().await;
    let mut c = conversations(&emu).await;
    let path = "/v2/projects/p1/suggestions:searchKnowledge";
    let long = search(&"s".repeat(37), "en");
    let err = c.search_knowledge(long.clone()).await.unwrap_err();
    assert_eq!(grpc_field(&err), "session_id");
    assert!(err.message().contains("36"), "{}", err.message());
    assert_eq!(rest_field(&emu, path, &json_of(&long)).await, "session_id");

    let no_language = search("s", "");
    let err = c.search_knowledge(no_language.clone()).await.unwrap_err();
    assert_eq!(grpc_field(&err), "query.language_code");
    assert_eq!(
        rest_field(&emu, path, &json_of(&no_language)).await,
        "query.language_code"
    );

    let longest = search(&"s".repeat(36), "en");
    c.search_knowledge(longest.clone()).await.unwrap();
    rest_ok(&emu, path, &json_of(&longest)).await;
}

#[tokio::test]
async fn f5_search_knowledge_on_a_conversation_needs_parent() {
    let emu = start().await;
    let mut c = conversations(&emu).await;
    let conv = create(&mut c, "projects/p1", "with-kb").await.name;
    let mut request = search("s", "en");
    request.parent = String::new();
    request.conversation = conv.clone();
    let path = format!("/v2/{conv}/suggestions:searchKnowledge");
    let err = c.search_knowledge(request.clone()).await.unwrap_err();
    assert_eq!(grpc_field(&err), "parent");
    let mut body = json_of(&request);
    body.as_object_mut().unwrap().remove("conversation");
    assert_eq!(rest_field(&emu, &path, &body).await, "parent");

    request.parent = "projects/p1".into();
    c.search_knowledge(request.clone()).await.unwrap();
    rest_ok(&emu, &path, &json_of(&request)).await;
}

fn ingest(conversation: &str) -> IngestContextReferencesRequest {
    IngestContextReferencesRequest {
        conversation: conversation.into(),
        context_references: [(
            "kb".to_string(),
            ContextReference {
                context_contents: vec![content("Refunds take 5 days.", ContentFormat::PlainText)],
                update_mode: UpdateMode::Append as i32,
                ..Default::default()
            },
        )]
        .into(),
    }
}

#[tokio::test]
async fn f6_ingest_takes_only_location_level_conversations() {
    let emu = start().await;
    let mut c = conversations(&emu).await;
    let project_level = create(&mut c, "projects/p1", "proj-conv").await.name;
    let err = c
        .ingest_context_references(ingest(&project_level))
        .await
        .unwrap_err();
    assert_eq!(grpc_field(&err), "conversation");
    assert!(
        err.message()
            .contains("projects/*/locations/*/conversations/*"),
        "{}",
        err.message()
    );
    // REST has no URL for it at all.
    let (status, body) = http(
        emu.local_addr(),
        "POST",
        &format!("/v2/{project_level}:ingestContextReferences"),
        Some(&json_of(&ingest(&project_level)).to_string()),
    )
    .await;
    assert_eq!(status, 404, "{body}");
    // Nothing was ingested.
    let got = c
        .get_conversation(GetConversationRequest {
            name: project_level,
        })
        .await
        .unwrap();
    assert!(got.get_ref().ingested_context_references.is_empty());

    let located = create(&mut c, "projects/p1/locations/global", "loc-conv")
        .await
        .name;
    c.ingest_context_references(ingest(&located)).await.unwrap();
    rest_ok(
        &emu,
        &format!("/v2/{located}:ingestContextReferences"),
        &json_of(&ingest(&located)),
    )
    .await;
}

/// Whether `name` is `projects/*/locations/*/<collection>/*` (or, when `project_level`, also
/// `projects/*/<collection>/*`).
fn fits(name: &str, collection: &str, project_level: bool) -> bool {
    let s: Vec<&str> = name.split('/').collect();
    let ok = |parts: &[&str]| parts.iter().all(|p| !p.is_empty());
    match s.as_slice() {
        ["projects", p, "locations", l, c, id] => *c == collection && ok(&[p, l, id]),
        ["projects", p, c, id] => project_level && *c == collection && ok(&[p, id]),
        _ => false,
    }
}

/// Checks invented answers: documented name formats, and a summary suggestion only with
/// sections. Returns the number of summary suggestions.
fn check_answers(answers: &[Value]) -> usize {
    let mut summaries = 0;
    for a in answers {
        let generator = a["sourceGenerator"].as_str().unwrap();
        assert!(fits(generator, "generators", false), "{generator}");
        let record = a["answerRecord"].as_str().unwrap();
        assert!(fits(record, "answerRecords", true), "{record}");
        if let Some(s) = a["generatorSuggestion"].get("summarySuggestion") {
            summaries += 1;
            let sections = s["summarySections"].as_array().expect("summary sections");
            assert!(!sections.is_empty(), "{a}");
            for section in sections {
                assert!(section["section"].as_str().is_some_and(|t| !t.is_empty()));
                assert!(section["summary"].as_str().is_some_and(|t| !t.is_empty()));
            }
        }
    }
    summaries
}

#[tokio::test]
async fn f7_f8_generated_suggestions_are_valid_and_well_named() {
    let emu = start().await;
    let mut c = conversations(&emu).await;
    for parent in ["projects/p1", "projects/p1/locations/europe-west1"] {
        let conv = create(&mut c, parent, "quiet").await.name;
        let request = GenerateSuggestionsRequest {
            conversation: conv.clone(),
            ..Default::default()
        };
        let path = format!("/v2/{conv}/suggestions:generate");
        // No messages: no summary suggestion (it would have no sections).
        let grpc = c.generate_suggestions(request.clone()).await.unwrap();
        let grpc = json_of(grpc.get_ref());
        let rest = rest_ok(&emu, &path, &json_of(&request)).await;
        for r in [&grpc, &rest] {
            let answers = r["generatorSuggestionAnswers"].as_array().unwrap();
            assert_eq!(check_answers(answers), 0, "{r}");
            assert!(!answers.is_empty());
        }
        if parent == "projects/p1" {
            assert_eq!(
                rest["generatorSuggestionAnswers"][0]["sourceGenerator"],
                "projects/p1/locations/global/generators/emulator-free-form"
            );
        }
        emu.add_message(&conv, Role::EndUser, "Where is my parcel?")
            .unwrap();
        let grpc = c.generate_suggestions(request.clone()).await.unwrap();
        let grpc = json_of(grpc.get_ref());
        let rest = rest_ok(&emu, &path, &json_of(&request)).await;
        for r in [&grpc, &rest] {
            let answers = r["generatorSuggestionAnswers"].as_array().unwrap();
            assert_eq!(check_answers(answers), 1, "{r}");
        }
    }
    // A stateless summarisation with nothing to summarise: a suggestion without content.
    let request = GenerateStatelessSuggestionRequest {
        parent: "projects/p1/locations/global".into(),
        generator_resource: Some(GeneratorResource::Generator(Generator {
            context: Some(generator::Context::SummarizationContext(Default::default())),
            ..Default::default()
        })),
        ..Default::default()
    };
    let r = c
        .generate_stateless_suggestion(request.clone())
        .await
        .unwrap()
        .into_inner();
    assert!(!matches!(
        r.generator_suggestion.unwrap().suggestion,
        Some(Suggestion::SummarySuggestion(_))
    ));
    let r = rest_ok(
        &emu,
        "/v2/projects/p1/locations/global/statelessSuggestion:generate",
        &json_of(&request),
    )
    .await;
    assert!(r["generatorSuggestion"].is_object(), "{r}");
    assert!(r["generatorSuggestion"].get("summarySuggestion").is_none());
}
