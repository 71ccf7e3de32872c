//! Entry points for fuzz targets, their corpus-replay tests and property tests; not a stable
//! API.

use crate::clock::Clock;
use crate::service::Core;
use crate::state::State;

/// Runs one REST request (verb, path with optional query, body) through routing, request
/// decoding and the service on a fresh in-memory state, and returns the HTTP status and
/// JSON body the emulator would send.
pub fn rest_call(method: &str, path_and_query: &str, body: &[u8]) -> (u16, Vec<u8>) {
    Session::default().rest_call(method, path_and_query, body)
}

/// Runs one REST request like [`rest_call`], on a state that already holds what the
/// Participants RPCs need (see [`Session::with_participants`]), so that their handlers run
/// beyond NOT_FOUND.
pub fn participants_rest_call(method: &str, path_and_query: &str, body: &[u8]) -> (u16, Vec<u8>) {
    Session::with_participants().rest_call(method, path_and_query, body)
}

/// The conversation [`Session::with_participants`] makes.
pub const CONVERSATION: &str = "projects/p/conversations/conv1";
/// Its END_USER participant.
pub const END_USER: &str = "projects/p/conversations/conv1/participants/user";
/// Its HUMAN_AGENT participant.
pub const HUMAN_AGENT: &str = "projects/p/conversations/conv1/participants/agent";

/// An in-memory emulator without a listener whose state lasts from call to call, for
/// property tests that need conversations to exist.
#[derive(Debug)]
pub struct Session {
    core: Core,
}

impl Default for Session {
    fn default() -> Self {
        Session {
            core: Core::new(
                State {
                    version: crate::persist::VERSION,
                    ..Default::default()
                },
                Clock::new(None),
                0,
                false,
            ),
        }
    }
}

impl Session {
    /// A session holding a stored profile `projects/p/conversationProfiles/…` with a virtual
    /// agent and every suggestion feature the emulator answers, the conversation
    /// [`CONVERSATION`] using it, with one ingested context reference (`faq`), and its
    /// participants [`END_USER`] and [`HUMAN_AGENT`].
    pub fn with_participants() -> Session {
        use crate::generated::{ConversationProfilesService, ConversationsService};
        use dialogflow_types::v2::human_agent_assistant_config::{
            SuggestionConfig, SuggestionFeatureConfig,
        };
        use dialogflow_types::v2::participant::Role;
        use dialogflow_types::v2::suggestion_feature::Type;
        use dialogflow_types::v2::*;
        let session = Session::default();
        let feature = |t: Type| SuggestionFeatureConfig {
            suggestion_feature: Some(SuggestionFeature { r#type: t as i32 }),
            ..Default::default()
        };
        let features = |list: &[Type]| SuggestionConfig {
            feature_configs: list.iter().map(|t| feature(*t)).collect(),
            ..Default::default()
        };
        let profile = session
            .core
            .create_conversation_profile(CreateConversationProfileRequest {
                parent: "projects/p".into(),
                conversation_profile: Some(ConversationProfile {
                    display_name: "fuzz".into(),
                    automated_agent_config: Some(AutomatedAgentConfig {
                        agent: "projects/p/locations/global/agent".into(),
                        ..Default::default()
                    }),
                    human_agent_assistant_config: Some(HumanAgentAssistantConfig {
                        human_agent_suggestion_config: Some(features(&[
                            Type::ArticleSuggestion,
                            Type::Faq,
                            Type::KnowledgeAssist,
                        ])),
                        end_user_suggestion_config: Some(features(&[Type::SmartReply])),
                        ..Default::default()
                    }),
                    ..Default::default()
                }),
            })
            .expect("a valid profile");
        session
            .core
            .create_conversation(CreateConversationRequest {
                parent: "projects/p".into(),
                conversation: Some(Conversation {
                    conversation_profile: profile.name,
                    ..Default::default()
                }),
                conversation_id: "conv1".into(),
            })
            .expect("a valid conversation");
        use conversation::context_reference::context_content::ContentFormat;
        use conversation::context_reference::{ContextContent, UpdateMode};
        session
            .core
            .ingest_context_references(IngestContextReferencesRequest {
                conversation: CONVERSATION.into(),
                context_references: [(
                    "faq".to_string(),
                    conversation::ContextReference {
                        context_contents: vec![ContextContent {
                            content: "Refunds take five days. Shipping is free.".into(),
                            content_format: ContentFormat::PlainText as i32,
                            ..Default::default()
                        }],
                        update_mode: UpdateMode::Append as i32,
                        ..Default::default()
                    },
                )]
                .into(),
            })
            .expect("a valid reference");
        {
            let (mut state, _) = session.core.lock();
            let record = state
                .conversation_mut(CONVERSATION)
                .expect("the conversation exists");
            for (name, role) in [(END_USER, Role::EndUser), (HUMAN_AGENT, Role::HumanAgent)] {
                record.participants.push(Participant {
                    name: name.into(),
                    role: role as i32,
                    ..Default::default()
                });
            }
        }
        session
    }

    /// Runs one REST request (verb, path with optional query, body) through routing,
    /// request decoding, the contract check and the service, and returns the HTTP status
    /// and JSON body the emulator would send.
    pub fn rest_call(&self, method: &str, path_and_query: &str, body: &[u8]) -> (u16, Vec<u8>) {
        let Ok(method) = http::Method::from_bytes(method.as_bytes()) else {
            return (405, Vec::new());
        };
        let (path, query) = match path_and_query.split_once('?') {
            Some((p, q)) => (p, Some(q)),
            None => (path_and_query, None),
        };
        match crate::rest::route(&method, path) {
            Ok(route) => {
                crate::rest::serve(&self.core, &route, query, Some("application/json"), body)
            }
            Err(e) => crate::rest::error_response(&e),
        }
    }

    /// Adds a message from the end user (`customer`) or a human agent, as
    /// `EmulatorHandle::add_message` does; the error is the API error's text.
    pub fn add_message(
        &self,
        conversation: &str,
        customer: bool,
        text: &str,
    ) -> Result<(), String> {
        let role = if customer {
            dialogflow_types::v2::participant::Role::EndUser
        } else {
            dialogflow_types::v2::participant::Role::HumanAgent
        };
        self.core
            .add_message(conversation, role, text)
            .map(|_| ())
            .map_err(|e| e.to_string())
    }
}

/// Decodes one REST request (verb, path with optional query, JSON body) the way the REST
/// surface does before it calls the service: routing by the HTTP bindings, the `$alt`
/// parameter, the path variable, the query parameters and the body. Returns the gRPC path
/// of the RPC it routes to (`/google.cloud.dialogflow.v2.Conversations/GetConversation`)
/// and the request message as proto3 JSON, or the error it would answer with
/// (`"NOT_FOUND: ..."`). Runs no RPC.
pub fn rest_decode(
    method: &str,
    path_and_query: &str,
    body: &[u8],
) -> Result<(String, serde_json::Value), String> {
    let method = http::Method::from_bytes(method.as_bytes())
        .map_err(|_| format!("not an HTTP method: {method:?}"))?;
    let (path, query) = path_and_query
        .split_once('?')
        .unwrap_or((path_and_query, ""));
    let decoded = (|| {
        let route = crate::rest::route(&method, path)?;
        let params = crate::rest::parse_query(query)?;
        crate::rest::enums_as_numbers(&params)?;
        let request = crate::rest::request_json(&route, &params, body)?;
        Ok((route.bindings.grpc_path.clone(), request))
    })();
    decoded.map_err(|e: crate::error::ApiError| format!("{}: {}", e.code.as_str_name(), e.message))
}
