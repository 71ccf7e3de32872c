//! `AnalyzeContent`: a participant's turn becomes a message of the conversation, and the
//! answer carries the virtual agent's reply and the suggestions the conversation's profile asks
//! for. The streaming form ([`super::streaming`]) goes through the same [`Core::analyze_turn`].
//!
//! * Input: text (`text_input.text`), an event (the message's content is the event's name) or
//!   audio (transcribed by [`crate::recognizer`]; all its utterances joined by one space;
//!   audio without speech adds nothing and answers an empty response).
//! * Reply: when the participant is END_USER and the conversation's stored profile has an
//!   `automated_agent_config.agent`, the virtual agent answers `You said: <text>` (for an event:
//!   `Event <name> received.`); the reply is also appended to the conversation as a message of
//!   the AUTOMATED_AGENT participant (created if the conversation has none) and is returned as
//!   `reply_text` and as `automated_agent_reply` (type FINAL, with a `detect_intent_response`
//!   whose `query_result` holds the query and the reply).
//! * Suggestions: for each feature (ARTICLE_SUGGESTION, FAQ, SMART_REPLY, KNOWLEDGE_ASSIST) of
//!   the profile's `human_agent_suggestion_config`, one entry of
//!   `human_agent_suggestion_results`, and of `end_user_suggestion_config`, one of
//!   `end_user_suggestion_results`, in the configured order, built as the Suggest* RPCs build
//!   them with the new message as `latest_message` and their default context size. Other
//!   feature types are skipped. Without a stored profile there are none.
//! * `request_id`: the first answer to each `(participant, request_id)` is kept (in the data
//!   file too); a repeat returns it and appends nothing.

use dialogflow_types::v2::analyze_content_request::Input;
use dialogflow_types::v2::automated_agent_reply::AutomatedAgentReplyType;
use dialogflow_types::v2::suggestion_feature::Type as FeatureType;
use dialogflow_types::v2::suggestion_result::SuggestionResponse;
use dialogflow_types::v2::{
    AnalyzeContentRequest, AnalyzeContentResponse, AutomatedAgentReply, ConversationProfile,
    DetectIntentResponse, QueryResult, SuggestArticlesRequest, SuggestFaqAnswersRequest,
    SuggestKnowledgeAssistRequest, SuggestSmartRepliesRequest, SuggestionResult,
};

use super::assist::{self, Context};
use super::participants::{completed, participant_conversation};
#[allow(unused_imports)]
use super::*;
use crate::state::AnswerRecord;

/// One turn of a participant, from any input.
#[derive(Debug, Clone, Default)]
pub(crate) struct Turn {
    /// The message's content.
    pub(crate) content: String,
    pub(crate) language_code: String,
    /// Set for an event: the virtual agent acknowledges the event.
    pub(crate) event: bool,
}

/// The default language of messages.
const DEFAULT_LANGUAGE: &str = "en-US";

pub(super) fn analyze_content(
    core: &Core,
    req: AnalyzeContentRequest,
) -> Result<AnalyzeContentResponse, ApiError> {
    participant_conversation("participant", &req.participant)?;
    let turn = match req.input {
        None => {
            return Err(ApiError::invalid(
                "input",
                "one of `text_input`, `audio_input`, `event_input` or `suggestion_input` is required",
            ));
        }
        Some(Input::TextInput(t)) => {
            if t.text.trim().is_empty() {
                return Err(ApiError::required("text_input.text"));
            }
            Turn {
                content: t.text,
                language_code: t.language_code,
                event: false,
            }
        }
        Some(Input::EventInput(e)) => {
            if e.name.trim().is_empty() {
                return Err(ApiError::required("event_input.name"));
            }
            Turn {
                content: e.name,
                language_code: e.language_code,
                event: true,
            }
        }
        Some(Input::AudioInput(a)) => {
            let config = a
                .config
                .ok_or_else(|| ApiError::required("audio_input.config"))?;
            let rate = super::streaming::check_audio_config("audio_input.config", &config)?;
            if a.audio.is_empty() {
                return Err(ApiError::required("audio_input.audio"));
            }
            let text = crate::audio::transcribe(&a.audio, rate).join(" ");
            if text.is_empty() {
                // Nothing was said: nothing to add.
                core.participant("participant", &req.participant)?;
                return Ok(AnalyzeContentResponse::default());
            }
            Turn {
                content: text,
                language_code: config.language_code,
                event: false,
            }
        }
        Some(Input::SuggestionInput(_)) => {
            return Err(ApiError::invalid(
                "suggestion_input",
                "the emulator does not serve suggestion input; send text, audio or an event",
            ));
        }
    };
    core.analyze_turn(&req.participant, turn, &req.request_id)
}

/// The suggestion results of one role's config, over the messages before `upto`.
fn suggestion_results(
    core: &Core,
    record: &ConversationRecord,
    upto: usize,
    configs: Option<&dialogflow_types::v2::human_agent_assistant_config::SuggestionConfig>,
) -> Vec<SuggestionResult> {
    let Some(config) = configs else {
        return Vec::new();
    };
    let conversation = &record.conversation.name;
    let records = answer_record_parent(conversation);
    let new_record = || format!("{records}/answerRecords/{}", core.new_id('a'));
    let mut out = Vec::new();
    for feature in &config.feature_configs {
        let kind = feature.suggestion_feature.as_ref().map_or(0, |f| f.r#type);
        let size = match FeatureType::try_from(kind) {
            Ok(FeatureType::ArticleSuggestion) => {
                window::<SuggestArticlesRequest>("context_size", 0)
            }
            Ok(FeatureType::Faq) => window::<SuggestFaqAnswersRequest>("context_size", 0),
            Ok(FeatureType::SmartReply) => window::<SuggestSmartRepliesRequest>("context_size", 0),
            Ok(FeatureType::KnowledgeAssist) => {
                window::<SuggestKnowledgeAssistRequest>("context_size", 0)
            }
            _ => continue,
        };
        let start = upto.saturating_sub(size);
        let cx = Context {
            record,
            window: &record.messages[start..upto],
            new_record: &new_record,
        };
        let response = match FeatureType::try_from(kind) {
            Ok(FeatureType::ArticleSuggestion) => {
                SuggestionResponse::SuggestArticlesResponse(assist::articles(&cx))
            }
            Ok(FeatureType::Faq) => {
                SuggestionResponse::SuggestFaqAnswersResponse(assist::faq_answers(&cx))
            }
            Ok(FeatureType::SmartReply) => {
                SuggestionResponse::SuggestSmartRepliesResponse(assist::smart_replies(&cx, ""))
            }
            _ => SuggestionResponse::SuggestKnowledgeAssistResponse(assist::knowledge_assist(&cx)),
        };
        out.push(SuggestionResult {
            suggestion_response: Some(response),
        });
    }
    out
}

/// The virtual agent's reply to a turn.
fn reply_to(turn: &Turn) -> String {
    if turn.event {
        format!("Event {} received.", turn.content)
    } else {
        format!("You said: {}", turn.content)
    }
}

impl Core {
    /// Adds `turn` as a message of `participant` and answers what follows from it (see the
    /// module's documentation). A non-empty `request_id` already answered for this participant
    /// returns the first answer and changes nothing.
    pub(crate) fn analyze_turn(
        &self,
        participant: &str,
        turn: Turn,
        request_id: &str,
    ) -> Result<AnalyzeContentResponse, ApiError> {
        let conversation = participant_conversation("participant", participant)?.to_string();
        let message_id = self.new_id('m');
        let (mut state, now) = self.lock();
        let record = state
            .conversation(&conversation)
            .ok_or_else(|| ApiError::not_found("conversation", &conversation))?;
        let role = record
            .participants
            .iter()
            .find(|p| p.name == participant)
            .map(|p| p.role)
            .ok_or_else(|| ApiError::not_found("participant", participant))?;
        if !request_id.is_empty()
            && let Some(answer) = record
                .answers
                .iter()
                .find(|a| a.participant == participant && a.request_id == request_id)
        {
            return Ok(answer.response.clone());
        }
        if record.end_micros.is_some() {
            return Err(completed(&conversation));
        }
        let profile: Option<ConversationProfile> = state
            .profile(&record.conversation.conversation_profile)
            .cloned();
        let message_seq = state.next_seq();
        let reply_seq = state.next_seq();
        let answer_seq = state.next_seq();
        let record = state
            .conversation_mut(&conversation)
            .ok_or_else(|| ApiError::not_found("conversation", &conversation))?;
        let stamp = timestamp_of_micros(now);
        let language_code = if turn.language_code.is_empty() {
            DEFAULT_LANGUAGE.to_string()
        } else {
            turn.language_code.clone()
        };
        let message = Message {
            name: format!("{conversation}/messages/{message_id}"),
            content: turn.content.clone(),
            language_code: language_code.clone(),
            participant: participant.to_string(),
            participant_role: role,
            create_time: Some(stamp),
            send_time: Some(stamp),
            ..Default::default()
        };
        record.messages.push(MessageRecord {
            seq: message_seq,
            micros: now,
            message: message.clone(),
        });
        let upto = record.messages.len();
        let mut response = AnalyzeContentResponse {
            message: Some(message),
            ..Default::default()
        };
        let agent = profile
            .as_ref()
            .and_then(|p| p.automated_agent_config.as_ref())
            .is_some_and(|a| !a.agent.is_empty());
        if agent && role == Role::EndUser as i32 {
            let reply = reply_to(&turn);
            let agent_participant = match record
                .participants
                .iter()
                .find(|p| p.role == Role::AutomatedAgent as i32)
            {
                Some(p) => p.name.clone(),
                None => {
                    let name = format!("{conversation}/participants/{}", self.new_id('p'));
                    record.participants.push(Participant {
                        name: name.clone(),
                        role: Role::AutomatedAgent as i32,
                        ..Default::default()
                    });
                    name
                }
            };
            record.messages.push(MessageRecord {
                seq: reply_seq,
                micros: now,
                message: Message {
                    name: format!("{conversation}/messages/{}", self.new_id('m')),
                    content: reply.clone(),
                    language_code: language_code.clone(),
                    participant: agent_participant,
                    participant_role: Role::AutomatedAgent as i32,
                    create_time: Some(stamp),
                    send_time: Some(stamp),
                    ..Default::default()
                },
            });
            response.reply_text = reply.clone();
            response.automated_agent_reply = Some(AutomatedAgentReply {
                detect_intent_response: Some(DetectIntentResponse {
                    response_id: format!("r{message_id}"),
                    query_result: Some(QueryResult {
                        query_text: turn.content.clone(),
                        language_code: language_code.clone(),
                        fulfillment_text: reply,
                        ..Default::default()
                    }),
                    ..Default::default()
                }),
                automated_agent_reply_type: AutomatedAgentReplyType::Final as i32,
                ..Default::default()
            });
        }
        if let Some(assistant) = profile
            .as_ref()
            .and_then(|p| p.human_agent_assistant_config.as_ref())
        {
            // The window ends at the participant's message, not the agent's reply.
            let record: &ConversationRecord = record;
            response.human_agent_suggestion_results = suggestion_results(
                self,
                record,
                upto,
                assistant.human_agent_suggestion_config.as_ref(),
            );
            response.end_user_suggestion_results = suggestion_results(
                self,
                record,
                upto,
                assistant.end_user_suggestion_config.as_ref(),
            );
        }
        let record = state
            .conversation_mut(&conversation)
            .ok_or_else(|| ApiError::not_found("conversation", &conversation))?;
        if !request_id.is_empty() {
            record.answers.push(AnswerRecord {
                seq: answer_seq,
                participant: participant.to_string(),
                request_id: request_id.to_string(),
                response: response.clone(),
            });
        }
        Ok(response)
    }
}
