//! The service's behaviour, independent of the wire: [`Core`] implements the generated server
//! trait of each service (`crate::generated`), one method per RPC, each taking the request
//! message and returning the response message or an [`ApiError`].
//!
//! Both surfaces (gRPC and REST) call these through [`serve`], so they cannot disagree.

mod analyze;
mod assist;
mod conversations;
mod locations;
mod operations;
mod participants;
mod profiles;
pub(crate) mod streaming;

pub(crate) use profiles::apply_profile_change;
mod suggestions;

use std::collections::HashMap;
use std::sync::{Mutex, MutexGuard};

use dialogflow_types::location::{
    GetLocationRequest, ListLocationsRequest, ListLocationsResponse, Location,
};
use dialogflow_types::longrunning::{
    CancelOperationRequest, GetOperationRequest, ListOperationsRequest, ListOperationsResponse,
    Operation, operation,
};
use dialogflow_types::protobuf::{Any, Empty};
use dialogflow_types::rpc::{self, Code};
use dialogflow_types::v2::conversation::context_reference::UpdateMode;
use dialogflow_types::v2::conversation::context_reference::context_content::ContentFormat;
use dialogflow_types::v2::conversation::{ConversationStage, LifecycleState};
use dialogflow_types::v2::generate_suggestions_response::GeneratorSuggestionAnswer;
use dialogflow_types::v2::participant::Role;
use dialogflow_types::v2::search_knowledge_answer::{AnswerSource, AnswerType};
use dialogflow_types::v2::{
    CompleteConversationRequest, Conversation, CreateConversationRequest,
    GenerateStatelessSuggestionRequest, GenerateStatelessSuggestionResponse,
    GenerateStatelessSummaryRequest, GenerateStatelessSummaryResponse, GenerateSuggestionsRequest,
    GenerateSuggestionsResponse, GeneratorSuggestion, GetConversationRequest,
    IngestContextReferencesRequest, IngestContextReferencesResponse, ListConversationsRequest,
    ListConversationsResponse, ListMessagesRequest, ListMessagesResponse, Message, Participant,
    SearchKnowledgeAnswer, SearchKnowledgeRequest, SearchKnowledgeResponse,
    SuggestConversationSummaryRequest, SuggestConversationSummaryResponse,
    generate_stateless_summary_response, generator, generator_suggestion, message_entry,
    suggest_conversation_summary_response,
};

use crate::clock::{Clock, timestamp_of_micros};
use crate::error::ApiError;
use crate::generated::{
    ConversationProfilesService, ConversationsService, LocationsService, OperationsService,
};
use crate::names::{self, Parent};
use crate::rng::SplitMix64;
use crate::state::{ConversationRecord, MessageRecord, State, complete};
use crate::tokens;

/// The fixed list of locations every project has in the emulator: `(id, display name)`.
pub const LOCATIONS: &[(&str, &str)] = &[
    ("global", "Global"),
    ("us-central1", "Iowa"),
    ("us-east1", "South Carolina"),
    ("us-west1", "Oregon"),
    ("europe-west1", "Belgium"),
    ("europe-west2", "London"),
    ("europe-west3", "Frankfurt"),
    ("asia-northeast1", "Tokyo"),
    ("asia-south1", "Mumbai"),
    ("australia-southeast1", "Sydney"),
    ("northamerica-northeast1", "Montréal"),
];

/// How long a suggestion-feature operation runs unless the builder says otherwise.
pub(crate) const DEFAULT_OPERATION_DELAY: std::time::Duration = std::time::Duration::from_secs(1);

/// The model version the emulator's deterministic summaries report.
pub(crate) const MODEL_VERSION: &str = "emulator-extractive-1";

/// The state, the clock and the id generator: everything an RPC needs.
#[derive(Debug)]
pub(crate) struct Core {
    state: Mutex<State>,
    pub(crate) clock: Clock,
    rng: Mutex<SplitMix64>,
    strict_profiles: bool,
    /// How long a suggestion-feature operation runs, on the emulator's clock.
    operation_delay: std::time::Duration,
    /// The longest a `StreamingAnalyzeContent` stream may last.
    pub(crate) stream_limit: std::time::Duration,
    /// Counts of streams.
    pub(crate) streams: streaming::StreamStats,
    /// The fault plan and the data file, for streams (set once the server is built).
    pub(crate) hooks: std::sync::OnceLock<streaming::Hooks>,
}

/// The size a window field (`page_size`, `context_size`...) of request type `R` asks for, by
/// the documented limits ([`crate::contract::limits`]): its default for 0, its maximum at most.
fn window<R: prost::Name>(field: &str, value: i32) -> usize {
    crate::contract::limits::window(&format!("{}.{field}", R::full_name()), value)
}

use crate::filter::{parse_lifecycle_filter, parse_message_filter};
use crate::search::{best_sentence, keywords};
use crate::summary::{free_form, summarize, summary_suggestion_of, summary_text};

impl Core {
    pub(crate) fn new(state: State, clock: Clock, seed: u64, strict_profiles: bool) -> Self {
        Core {
            state: Mutex::new(state),
            clock,
            rng: Mutex::new(SplitMix64::new(seed)),
            strict_profiles,
            operation_delay: DEFAULT_OPERATION_DELAY,
            stream_limit: streaming::DEFAULT_STREAM_LIMIT,
            streams: Default::default(),
            hooks: std::sync::OnceLock::new(),
        }
    }

    /// Sets the longest a stream may last.
    pub(crate) fn with_stream_limit(mut self, limit: std::time::Duration) -> Self {
        self.stream_limit = limit;
        self
    }

    /// Sets how long suggestion-feature operations run.
    pub(crate) fn with_operation_delay(mut self, delay: std::time::Duration) -> Self {
        self.operation_delay = delay;
        self
    }

    pub(crate) fn operation_delay_micros(&self) -> i64 {
        i64::try_from(self.operation_delay.as_micros()).unwrap_or(i64::MAX)
    }

    /// Locks the state and brings it up to date with the clock.
    pub(crate) fn lock(&self) -> (MutexGuard<'_, State>, i64) {
        let now = self.clock.now_micros();
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        state.sweep(now);
        (state, now)
    }

    fn new_id(&self, prefix: char) -> String {
        self.rng
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .id(prefix)
    }

    pub(crate) fn register_profile(&self, name: &str) -> Result<(), ApiError> {
        names::check_profile("conversation_profile", name)?;
        self.lock().0.profiles.insert(name.to_string());
        Ok(())
    }

    pub(crate) fn conversation_count(&self) -> usize {
        self.lock().0.conversations.len()
    }

    pub(crate) fn conversations(&self) -> Vec<Conversation> {
        self.lock()
            .0
            .conversations
            .values()
            .map(|r| r.conversation.clone())
            .collect()
    }
}

/// The one door of every RPC on both surfaces: the request must meet the API's contract
/// ([`crate::contract`]: required fields, documented limits, HTTP bindings) before `handler`
/// (a method of a generated server trait, implemented by [`Core`]) sees it. `method` is the gRPC
/// path or the full name of the RPC.
pub(crate) fn serve<S: ?Sized, Req, Resp>(
    server: &S,
    method: &str,
    request: Req,
    handler: impl FnOnce(&S, Req) -> Result<Resp, ApiError>,
) -> Result<Resp, ApiError>
where
    Req: serde::Serialize,
{
    crate::contract::check(method, &request)?;
    handler(server, request)
}

/// The location the emulator answers in for a project-level name: `global`, the default
/// location of Dialogflow.
pub(crate) const DEFAULT_LOCATION: &str = "global";

/// `projects/p` or `projects/p/locations/l` of a conversation name: where the emulator's answer
/// records live (both patterns exist for `AnswerRecord`).
pub(crate) fn answer_record_parent(conversation: &str) -> String {
    conversation
        .split_once("/conversations/")
        .map(|(p, _)| p.to_string())
        .unwrap_or_else(|| conversation.to_string())
}

/// `projects/p/locations/l` of a conversation name, `global` for a project-level one: where the
/// emulator's generators live (`Generator` has only the location-level pattern).
pub(crate) fn generator_parent(conversation: &str) -> String {
    let parent = answer_record_parent(conversation);
    if parent.contains("/locations/") {
        parent
    } else {
        format!("{parent}/locations/{DEFAULT_LOCATION}")
    }
}

/// The messages a summary looks at: oldest first, ending at `latest` (or the newest), at most
/// `size` of them.
pub(crate) fn context_window<'a>(
    messages: &'a [MessageRecord],
    latest: &str,
    size: usize,
    conversation: &str,
) -> Result<&'a [MessageRecord], ApiError> {
    let mut end = messages.len();
    if !latest.is_empty() {
        let owner = names::message_conversation("latest_message", latest)?;
        if owner != conversation {
            return Err(ApiError::invalid(
                "latest_message",
                format!("`{latest}` does not belong to `{conversation}`"),
            ));
        }
        end = messages
            .iter()
            .position(|m| m.message.name == latest)
            .ok_or_else(|| ApiError::not_found("message", latest))?
            + 1;
    }
    let start = end.saturating_sub(size);
    Ok(&messages[start..end])
}

pub(crate) fn entry_role(role: i32) -> i32 {
    match message_entry::Role::try_from(role) {
        Ok(message_entry::Role::HumanAgent) => Role::HumanAgent as i32,
        Ok(message_entry::Role::AutomatedAgent) => Role::AutomatedAgent as i32,
        Ok(message_entry::Role::EndUser) => Role::EndUser as i32,
        _ => Role::Unspecified as i32,
    }
}
