//! The `Participants` service: participants stored per conversation (create, get, list, update),
//! with `AnalyzeContent` and the suggestions in [`super::analyze`] and [`super::assist`], and the
//! stream in [`super::streaming`].

use std::sync::Arc;

use dialogflow_types::v2::{
    AnalyzeContentRequest, AnalyzeContentResponse, CreateParticipantRequest, GetParticipantRequest,
    ListParticipantsRequest, ListParticipantsResponse, StreamingAnalyzeContentRequest,
    StreamingAnalyzeContentResponse, SuggestArticlesRequest, SuggestArticlesResponse,
    SuggestFaqAnswersRequest, SuggestFaqAnswersResponse, SuggestKnowledgeAssistRequest,
    SuggestKnowledgeAssistResponse, SuggestSmartRepliesRequest, SuggestSmartRepliesResponse,
    UpdateParticipantRequest,
};

#[allow(unused_imports)]
use super::*;
use crate::generated::ParticipantsService;
use crate::grpc::{Inbound, Outbound};

/// The fields of `Participant` an update mask may name.
const UPDATABLE: &[&str] = &[
    "sip_recording_media_label",
    "obfuscated_external_user_id",
    "documents_metadata_filters",
    "agent_desktop_source",
];

/// Splits a participant name (`<conversation>/participants/<id>`) into its conversation.
pub(crate) fn participant_conversation<'a>(
    field: &str,
    name: &'a str,
) -> Result<&'a str, ApiError> {
    if name.is_empty() {
        return Err(ApiError::required(field));
    }
    let bad = || {
        ApiError::invalid(
            field,
            format!(
                "expected `projects/<project>[/locations/<location>]/conversations/<id>/participants/<id>`, got {name:?}"
            ),
        )
    };
    let (conversation, id) = name.rsplit_once("/participants/").ok_or_else(bad)?;
    if !names::valid_segment(id) {
        return Err(bad());
    }
    names::check_conversation(field, conversation).map_err(|_| bad())?;
    Ok(conversation)
}

/// The refusal of a change to a completed conversation.
pub(crate) fn completed(conversation: &str) -> ApiError {
    ApiError::new(
        Code::FailedPrecondition,
        format!(
            "conversation `{conversation}` is completed and takes no more participants or messages"
        ),
    )
    .with_info("CONVERSATION_COMPLETED", conversation)
}

/// A role a participant may have: HUMAN_AGENT, AUTOMATED_AGENT or END_USER.
fn check_role(field: &str, role: i32) -> Result<(), ApiError> {
    match Role::try_from(role) {
        Ok(Role::HumanAgent | Role::AutomatedAgent | Role::EndUser) => Ok(()),
        Ok(Role::Unspecified) => Err(ApiError::invalid(
            field,
            "is required: HUMAN_AGENT, AUTOMATED_AGENT or END_USER",
        )),
        Err(_) => Err(ApiError::invalid(
            field,
            format!("{role} is not a role; use HUMAN_AGENT, AUTOMATED_AGENT or END_USER"),
        )),
    }
}

fn check_agent_desktop_source(field: &str, value: i32) -> Result<(), ApiError> {
    use dialogflow_types::v2::participant::AgentDesktopSource;
    AgentDesktopSource::try_from(value)
        .map(drop)
        .map_err(|_| ApiError::invalid(field, format!("{value} is not an agent desktop source")))
}

impl Core {
    /// The stored participant `name` and its conversation's record (read-only).
    pub(crate) fn participant(&self, field: &str, name: &str) -> Result<Participant, ApiError> {
        let conversation = participant_conversation(field, name)?;
        let (state, _) = self.lock();
        let record = state
            .conversation(conversation)
            .ok_or_else(|| ApiError::not_found("conversation", conversation))?;
        record
            .participants
            .iter()
            .find(|p| p.name == name)
            .cloned()
            .ok_or_else(|| ApiError::not_found("participant", name))
    }
}

impl ParticipantsService for Core {
    fn create_participant(&self, req: CreateParticipantRequest) -> Result<Participant, ApiError> {
        names::check_conversation("parent", &req.parent)?;
        let input = req
            .participant
            .ok_or_else(|| ApiError::required("participant"))?;
        check_role("participant.role", input.role)?;
        check_agent_desktop_source(
            "participant.agent_desktop_source",
            input.agent_desktop_source,
        )?;
        let id = self.new_id('p');
        let (mut state, _) = self.lock();
        let record = state
            .conversation_mut(&req.parent)
            .ok_or_else(|| ApiError::not_found("conversation", &req.parent))?;
        if record.end_micros.is_some() {
            return Err(completed(&req.parent));
        }
        // The name is always generated; a name in the input is ignored, like output-only fields.
        let participant = Participant {
            name: format!("{}/participants/{id}", req.parent),
            ..input
        };
        record.participants.push(participant.clone());
        Ok(participant)
    }

    fn get_participant(&self, req: GetParticipantRequest) -> Result<Participant, ApiError> {
        self.participant("name", &req.name)
    }

    fn list_participants(
        &self,
        req: ListParticipantsRequest,
    ) -> Result<ListParticipantsResponse, ApiError> {
        names::check_conversation("parent", &req.parent)?;
        let size = window::<ListParticipantsRequest>("page_size", req.page_size);
        let (state, _) = self.lock();
        let record = state
            .conversation(&req.parent)
            .ok_or_else(|| ApiError::not_found("conversation", &req.parent))?;
        let fp = tokens::query_fingerprint(&format!("participants:{}", req.parent), "");
        // Participants are only ever appended: a position is a stable resume point.
        let start = tokens::decode(state.secret, fp, &req.page_token)?.unwrap_or(0) as usize;
        let rest = record.participants.get(start..).unwrap_or_default();
        let participants: Vec<Participant> = rest.iter().take(size).cloned().collect();
        let next_page_token = if rest.len() > size {
            tokens::encode(state.secret, fp, (start + size) as u64)
        } else {
            String::new()
        };
        Ok(ListParticipantsResponse {
            participants,
            next_page_token,
        })
    }

    fn update_participant(&self, req: UpdateParticipantRequest) -> Result<Participant, ApiError> {
        let input = req
            .participant
            .ok_or_else(|| ApiError::required("participant"))?;
        let conversation = participant_conversation("participant.name", &input.name)?.to_string();
        let mask = req.update_mask.unwrap_or_default();
        if mask.paths.is_empty() {
            return Err(ApiError::required("update_mask"));
        }
        for path in &mask.paths {
            if path == "role" {
                return Err(ApiError::invalid(
                    "update_mask",
                    "`role` is immutable: a participant keeps the role it was created with",
                ));
            }
            if !UPDATABLE.contains(&path.as_str()) {
                return Err(ApiError::invalid(
                    "update_mask",
                    format!(
                        "`{path}` is not an updatable field of Participant (updatable: {})",
                        UPDATABLE.join(", ")
                    ),
                ));
            }
        }
        check_agent_desktop_source(
            "participant.agent_desktop_source",
            input.agent_desktop_source,
        )?;
        let (mut state, _) = self.lock();
        let record = state
            .conversation_mut(&conversation)
            .ok_or_else(|| ApiError::not_found("conversation", &conversation))?;
        let stored = record
            .participants
            .iter_mut()
            .find(|p| p.name == input.name)
            .ok_or_else(|| ApiError::not_found("participant", &input.name))?;
        for path in &mask.paths {
            match path.as_str() {
                "sip_recording_media_label" => {
                    stored.sip_recording_media_label = input.sip_recording_media_label.clone()
                }
                "obfuscated_external_user_id" => {
                    stored.obfuscated_external_user_id = input.obfuscated_external_user_id.clone()
                }
                "documents_metadata_filters" => {
                    stored.documents_metadata_filters = input.documents_metadata_filters.clone()
                }
                _ => stored.agent_desktop_source = input.agent_desktop_source,
            }
        }
        Ok(stored.clone())
    }

    fn analyze_content(
        &self,
        req: AnalyzeContentRequest,
    ) -> Result<AnalyzeContentResponse, ApiError> {
        super::analyze::analyze_content(self, req)
    }

    fn streaming_analyze_content(
        self: Arc<Self>,
        requests: Inbound<StreamingAnalyzeContentRequest>,
    ) -> Result<Outbound<StreamingAnalyzeContentResponse>, ApiError> {
        Ok(super::streaming::start(self, requests))
    }

    fn suggest_articles(
        &self,
        req: SuggestArticlesRequest,
    ) -> Result<SuggestArticlesResponse, ApiError> {
        super::assist::suggest_articles(self, req)
    }

    fn suggest_faq_answers(
        &self,
        req: SuggestFaqAnswersRequest,
    ) -> Result<SuggestFaqAnswersResponse, ApiError> {
        super::assist::suggest_faq_answers(self, req)
    }

    fn suggest_smart_replies(
        &self,
        req: SuggestSmartRepliesRequest,
    ) -> Result<SuggestSmartRepliesResponse, ApiError> {
        super::assist::suggest_smart_replies(self, req)
    }

    fn suggest_knowledge_assist(
        &self,
        req: SuggestKnowledgeAssistRequest,
    ) -> Result<SuggestKnowledgeAssistResponse, ApiError> {
        super::assist::suggest_knowledge_assist(self, req)
    }
}
