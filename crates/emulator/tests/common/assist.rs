//! Helpers of the Participants tests: a profile with a virtual agent and every suggestion
//! feature, a conversation using it, participants and requests.

use dialogflow_emulator::EmulatorHandle;
use dialogflow_types::rpc::BadRequest;
use dialogflow_types::v2::analyze_content_request::Input;
use dialogflow_types::v2::conversation::ContextReference;
use dialogflow_types::v2::conversation::context_reference::context_content::ContentFormat;
use dialogflow_types::v2::conversation::context_reference::{ContextContent, UpdateMode};
use dialogflow_types::v2::conversation_profiles_client::ConversationProfilesClient;
use dialogflow_types::v2::human_agent_assistant_config::{
    SuggestionConfig, SuggestionFeatureConfig,
};
use dialogflow_types::v2::participant::Role;
use dialogflow_types::v2::participants_client::ParticipantsClient;
use dialogflow_types::v2::suggestion_feature::Type as FeatureType;
use dialogflow_types::v2::*;
use tonic::transport::Channel;

use super::{channel, conversations, status_details};

pub async fn participants(emu: &EmulatorHandle) -> ParticipantsClient<Channel> {
    ParticipantsClient::new(channel(emu).await)
}

pub async fn add(
    c: &mut ParticipantsClient<Channel>,
    conversation: &str,
    role: Role,
) -> Participant {
    c.create_participant(CreateParticipantRequest {
        parent: conversation.into(),
        participant: Some(Participant {
            role: role as i32,
            ..Default::default()
        }),
    })
    .await
    .expect("create participant")
    .into_inner()
}

pub fn text(participant: &str, text: &str, request_id: &str) -> AnalyzeContentRequest {
    AnalyzeContentRequest {
        participant: participant.into(),
        input: Some(Input::TextInput(TextInput {
            text: text.into(),
            language_code: "en-US".into(),
        })),
        request_id: request_id.into(),
        ..Default::default()
    }
}

pub fn field_of(status: &tonic::Status) -> String {
    use prost::Message as _;
    let details = status_details(status);
    let bad = details
        .details
        .iter()
        .find(|d| d.type_url.ends_with("BadRequest"))
        .unwrap_or_else(|| panic!("no BadRequest in {status:?}"));
    BadRequest::decode(bad.value.as_slice())
        .unwrap()
        .field_violations[0]
        .field
        .clone()
}

pub fn feature(kind: FeatureType) -> SuggestionFeatureConfig {
    SuggestionFeatureConfig {
        suggestion_feature: Some(SuggestionFeature {
            r#type: kind as i32,
        }),
        ..Default::default()
    }
}

/// A stored profile with a virtual agent and every suggestion feature the emulator answers,
/// and a conversation using it with an END_USER and a HUMAN_AGENT participant.
pub async fn assisted(emu: &EmulatorHandle) -> (String, Participant, Participant) {
    let mut profiles = ConversationProfilesClient::new(channel(emu).await);
    let profile = profiles
        .create_conversation_profile(CreateConversationProfileRequest {
            parent: "projects/p1".into(),
            conversation_profile: Some(ConversationProfile {
                display_name: "assist".into(),
                automated_agent_config: Some(AutomatedAgentConfig {
                    agent: "projects/p1/locations/global/agent".into(),
                    ..Default::default()
                }),
                human_agent_assistant_config: Some(HumanAgentAssistantConfig {
                    human_agent_suggestion_config: Some(SuggestionConfig {
                        feature_configs: vec![
                            feature(FeatureType::ArticleSuggestion),
                            feature(FeatureType::Faq),
                            feature(FeatureType::KnowledgeAssist),
                        ],
                        ..Default::default()
                    }),
                    end_user_suggestion_config: Some(SuggestionConfig {
                        feature_configs: vec![feature(FeatureType::SmartReply)],
                        ..Default::default()
                    }),
                    ..Default::default()
                }),
                ..Default::default()
            }),
        })
        .await
        .unwrap()
        .into_inner();
    let mut c = conversations(emu).await;
    let conversation = c
        .create_conversation(CreateConversationRequest {
            parent: "projects/p1/locations/global".into(),
            conversation: Some(Conversation {
                conversation_profile: profile.name,
                ..Default::default()
            }),
            conversation_id: String::new(),
        })
        .await
        .unwrap()
        .into_inner()
        .name;
    c.ingest_context_references(IngestContextReferencesRequest {
        conversation: conversation.clone(),
        context_references: [(
            "refunds".to_string(),
            ContextReference {
                context_contents: vec![ContextContent {
                    content: "Refunds take five days. Shipping is free over ten euros.".into(),
                    content_format: ContentFormat::PlainText as i32,
                    ..Default::default()
                }],
                update_mode: UpdateMode::Append as i32,
                language_code: "en-US".into(),
                ..Default::default()
            },
        )]
        .into(),
    })
    .await
    .unwrap();
    let mut p = participants(emu).await;
    let user = add(&mut p, &conversation, Role::EndUser).await;
    let agent = add(&mut p, &conversation, Role::HumanAgent).await;
    (conversation, user, agent)
}
