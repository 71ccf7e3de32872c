//! `ParticipantsClient` against the in-process emulator, over both transports: every unary
//! RPC, the request id that makes `AnalyzeContent` safe to retry, and the REST refusal and
//! first-request check of `StreamingAnalyzeContent`.
#![cfg(all(feature = "grpc", feature = "rest", feature = "participants"))]

mod common;

use std::time::Duration;

use dialogflow_conversations::{
    Code, ConversationProfilesClient, ConversationsClient, ErrorKind, ParticipantsClient,
    RetryPolicy, Transport,
};
use dialogflow_emulator::{Emulator, EmulatorHandle, FaultMode, FaultPlan};
use dialogflow_types::protobuf::FieldMask;
use dialogflow_types::v2::human_agent_assistant_config::{
    SuggestionConfig, SuggestionFeatureConfig,
};
use dialogflow_types::v2::participant::Role;
use dialogflow_types::v2::streaming_analyze_content_request::Config;
use dialogflow_types::v2::suggestion_feature::Type as FeatureType;
use dialogflow_types::v2::*;
use futures::TryStreamExt;

async fn start() -> EmulatorHandle {
    Emulator::builder()
        .seed(11)
        .start()
        .await
        .expect("emulator starts")
}

/// A Conversations and a Participants client sharing one connection to the emulator.
async fn clients(
    emu: &EmulatorHandle,
    transport: Transport,
) -> (ConversationsClient, ParticipantsClient) {
    let connection = common::connection(emu, transport).await;
    (
        ConversationsClient::from_connection(&connection).expect("conversations client"),
        ParticipantsClient::from_connection(&connection).expect("participants client"),
    )
}

/// A conversation on a profile whose human agents get article, FAQ and smart-reply
/// suggestions.
async fn conversation(conversations: &ConversationsClient) -> Conversation {
    let profiles = ConversationProfilesClient::from_connection(conversations.connection())
        .expect("profiles client");
    let feature = |kind: FeatureType| SuggestionFeatureConfig {
        suggestion_feature: Some(SuggestionFeature {
            r#type: kind as i32,
        }),
        ..Default::default()
    };
    let profile = profiles
        .create_conversation_profile(
            "projects/p",
            ConversationProfile {
                display_name: "support".into(),
                language_code: "en-US".into(),
                human_agent_assistant_config: Some(HumanAgentAssistantConfig {
                    human_agent_suggestion_config: Some(SuggestionConfig {
                        feature_configs: vec![
                            feature(FeatureType::ArticleSuggestion),
                            feature(FeatureType::Faq),
                            feature(FeatureType::SmartReply),
                        ],
                        ..Default::default()
                    }),
                    ..Default::default()
                }),
                ..Default::default()
            },
        )
        .await
        .expect("profile created");
    common::conversation_on(conversations, &profile.name).await
}

fn text(words: &str) -> TextInput {
    TextInput {
        text: words.into(),
        language_code: "en-US".into(),
    }
}

#[tokio::test]
async fn every_unary_rpc_over_both_transports() {
    let emu = start().await;
    for transport in [Transport::Grpc, Transport::Rest] {
        let (conversations, participants) = clients(&emu, transport.clone()).await;
        let conversation = conversation(&conversations).await;

        let caller = common::participant(&participants, &conversation.name, Role::EndUser).await;
        assert!(
            caller
                .name
                .starts_with(&format!("{}/participants/", conversation.name)),
            "{transport:?}: {}",
            caller.name
        );
        let agent = common::participant(&participants, &conversation.name, Role::HumanAgent).await;

        let read = participants.get_participant(&caller.name).await.unwrap();
        assert_eq!(read, caller, "{transport:?}");

        let listed: Vec<Participant> = participants
            .list_participants(&conversation.name)
            .set_page_size(1)
            .by_item()
            .try_collect()
            .await
            .expect("participants listed");
        let names: Vec<&str> = listed.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, [caller.name.as_str(), agent.name.as_str()]);

        let updated = participants
            .update_participant(
                Participant {
                    name: caller.name.clone(),
                    sip_recording_media_label: "caller-leg".into(),
                    ..Default::default()
                },
                FieldMask {
                    paths: vec!["sip_recording_media_label".into()],
                },
            )
            .await
            .expect("participant updated");
        assert_eq!(updated.sip_recording_media_label, "caller-leg");
        assert_eq!(
            updated.role,
            Role::EndUser as i32,
            "the mask keeps the role"
        );

        let answer = participants
            .analyze_content(&caller.name, text("my parcel never arrived"))
            .await
            .expect("content analyzed");
        let message = answer.message.expect("the turn's message");
        assert_eq!(message.content, "my parcel never arrived");
        assert_eq!(message.participant, caller.name);

        let messages: Vec<Message> = conversations
            .list_messages(&conversation.name)
            .by_item()
            .try_collect()
            .await
            .unwrap();
        assert_eq!(messages.len(), 1, "{transport:?}: {messages:?}");
        assert_eq!(messages[0].content, "my parcel never arrived");
        assert_eq!(messages[0].participant_role, Role::EndUser as i32);

        // The Suggest* RPCs answer from the conversation's messages.
        participants
            .suggest_articles(&agent.name)
            .await
            .expect("articles");
        participants
            .suggest_faq_answers(&agent.name)
            .await
            .expect("faq answers");
        participants
            .suggest_smart_replies(&agent.name)
            .await
            .expect("smart replies");
        participants
            .suggest_knowledge_assist()
            .set_parent(&agent.name)
            .await
            .expect("knowledge assist");

        let missing = participants
            .get_participant(format!("{}/participants/nobody", conversation.name))
            .await
            .unwrap_err();
        assert_eq!(missing.code(), Code::NotFound, "{transport:?}: {missing}");
    }
}

#[tokio::test]
async fn a_retried_analyze_content_adds_its_message_once() {
    let emu = start().await;
    for transport in [Transport::Grpc, Transport::Rest] {
        let (conversations, participants) = clients(&emu, transport.clone()).await;
        let conversation = conversation(&conversations).await;
        let caller = common::participant(&participants, &conversation.name, Role::EndUser).await;
        // The first attempt adds the message, then its answer is lost: the retry must not add
        // it again.
        emu.set_faults(
            FaultPlan::new()
                .fail_next(1)
                .code(dialogflow_types::rpc::Code::Unavailable)
                .mode(FaultMode::After)
                .methods(["AnalyzeContent"]),
        );
        let answer = participants
            .analyze_content(&caller.name, text("hello twice?"))
            .with_retry(RetryPolicy::default().with_initial_backoff(Duration::from_millis(1)))
            .await
            .expect("the retry succeeds");
        assert_eq!(answer.message.unwrap().content, "hello twice?");
        let messages: Vec<Message> = conversations
            .list_messages(&conversation.name)
            .by_item()
            .try_collect()
            .await
            .unwrap();
        assert_eq!(messages.len(), 1, "{transport:?}: {messages:?}");
        emu.set_faults(FaultPlan::new());

        // Two attempts reached the emulator: the second was answered from the request id the
        // client generated for both.
        let attempts = emu
            .recorded_requests()
            .iter()
            .filter(|r| r.method.ends_with("/AnalyzeContent"))
            .count();
        assert_eq!(attempts, 2, "{transport:?}");
        emu.clear_recorded_requests();
    }
}

#[tokio::test]
async fn streaming_is_refused_over_rest_before_any_request() {
    let emu = start().await;
    let (_, participants) = clients(&emu, Transport::Rest).await;
    emu.clear_recorded_requests();
    let err = participants
        .streaming_analyze_content()
        .set_participant("projects/p/conversations/c/participants/a")
        .set_config(Config::TextConfig(InputTextConfig {
            language_code: "en-US".into(),
        }))
        .await
        .unwrap_err();
    assert_eq!(err.code(), Code::Unimplemented, "{err}");
    assert!(err.message().contains("gRPC only"), "{err}");
    assert!(err.message().contains("StreamingAnalyzeContent"), "{err}");
    assert!(emu.recorded_requests().is_empty());
}

#[tokio::test]
async fn a_first_request_without_a_config_is_refused_before_sending() {
    let emu = start().await;
    let (_, participants) = clients(&emu, Transport::Grpc).await;
    emu.clear_recorded_requests();
    let err = participants
        .streaming_analyze_content()
        .set_participant("projects/p/conversations/c/participants/a")
        .await
        .unwrap_err();
    assert_eq!(err.code(), Code::InvalidArgument);
    assert_eq!(err.kind(), ErrorKind::Request);
    assert!(
        err.message().contains("`audio_config` or `text_config`"),
        "{err}"
    );
    let err = participants
        .streaming_analyze_content()
        .set_config(Config::TextConfig(InputTextConfig::default()))
        .send_all(futures::stream::empty())
        .await
        .unwrap_err();
    assert!(err.message().contains("`participant`"), "{err}");
    assert!(emu.recorded_requests().is_empty());
}
