//! The service's behaviour, independent of the wire: one method per RPC, each taking the
//! request message and returning the response message or an [`ApiError`].
//!
//! Both surfaces (gRPC and REST) call these, so they cannot disagree.

use std::collections::HashMap;
use std::sync::{Mutex, MutexGuard};

use dialogflow_types::location::{
    GetLocationRequest, ListLocationsRequest, ListLocationsResponse, Location,
};
use dialogflow_types::longrunning::{
    CancelOperationRequest, GetOperationRequest, ListOperationsRequest, ListOperationsResponse,
    Operation, operation,
};
use dialogflow_types::protobuf::{Any, Empty, Timestamp};
use dialogflow_types::rpc::{self, Code};
use dialogflow_types::v2::conversation::context_reference::UpdateMode;
use dialogflow_types::v2::conversation::context_reference::context_content::ContentFormat;
use dialogflow_types::v2::conversation::{ConversationStage, LifecycleState};
use dialogflow_types::v2::generate_suggestions_response::GeneratorSuggestionAnswer;
use dialogflow_types::v2::participant::Role;
use dialogflow_types::v2::search_knowledge_answer::{AnswerSource, AnswerType};
use dialogflow_types::v2::{
    CompleteConversationRequest, Conversation, CreateConversationRequest, FreeFormSuggestion,
    GenerateStatelessSuggestionRequest, GenerateStatelessSuggestionResponse,
    GenerateStatelessSummaryRequest, GenerateStatelessSummaryResponse, GenerateSuggestionsRequest,
    GenerateSuggestionsResponse, GeneratorSuggestion, GetConversationRequest,
    IngestContextReferencesRequest, IngestContextReferencesResponse, ListConversationsRequest,
    ListConversationsResponse, ListMessagesRequest, ListMessagesResponse, Message, Participant,
    SearchKnowledgeAnswer, SearchKnowledgeRequest, SearchKnowledgeResponse,
    SuggestConversationSummaryRequest, SuggestConversationSummaryResponse, SummarySuggestion,
    generate_stateless_summary_response, generator, generator_suggestion, message_entry,
    suggest_conversation_summary_response, summary_suggestion,
};

use crate::clock::{Clock, micros_of_timestamp, timestamp_of_micros};
use crate::error::ApiError;
use crate::names::{self, Parent};
use crate::rng::SplitMix64;
use crate::state::{ConversationRecord, MessageRecord, State, complete};
use crate::tokens;

/// Page size used when a request leaves it at 0.
pub(crate) const DEFAULT_PAGE_SIZE: usize = 100;
/// Largest page a request gets, whatever it asks for.
pub(crate) const MAX_PAGE_SIZE: usize = 1000;

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

/// The model version the emulator's deterministic summaries report.
pub(crate) const MODEL_VERSION: &str = "emulator-extractive-1";

/// The state, the clock and the id generator: everything an RPC needs.
#[derive(Debug)]
pub(crate) struct Core {
    state: Mutex<State>,
    pub(crate) clock: Clock,
    rng: Mutex<SplitMix64>,
    strict_profiles: bool,
}

fn page_size(value: i32) -> Result<usize, ApiError> {
    match value {
        v if v < 0 => Err(ApiError::invalid(
            "page_size",
            format!("must not be negative, got {v}"),
        )),
        0 => Ok(DEFAULT_PAGE_SIZE),
        v => Ok((v as usize).min(MAX_PAGE_SIZE)),
    }
}

impl Core {
    pub(crate) fn new(state: State, clock: Clock, seed: u64, strict_profiles: bool) -> Self {
        Core {
            state: Mutex::new(state),
            clock,
            rng: Mutex::new(SplitMix64::new(seed)),
            strict_profiles,
        }
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

    /// Serializes the state for the data file.
    pub(crate) fn snapshot_json(&self) -> Result<Vec<u8>, serde_json::Error> {
        let (mut state, now) = self.lock();
        state.saved_at_micros = now;
        serde_json::to_vec(&*state)
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

    // ----- Conversations -----

    pub(crate) fn create_conversation(
        &self,
        req: CreateConversationRequest,
    ) -> Result<Conversation, ApiError> {
        let parent = names::parse_parent("parent", &req.parent)?;
        let Some(input) = req.conversation else {
            return Err(ApiError::required("conversation"));
        };
        if input.conversation_profile.is_empty() {
            return Err(ApiError::required("conversation.conversation_profile"));
        }
        names::check_profile(
            "conversation.conversation_profile",
            &input.conversation_profile,
        )?;
        if !req.conversation_id.is_empty() && !names::valid_conversation_id(&req.conversation_id) {
            return Err(ApiError::invalid(
                "conversation_id",
                format!(
                    "must start with a letter, hold only letters, digits, `_` and `-`, and be 3 to 64 characters long; got {:?}",
                    req.conversation_id
                ),
            ));
        }
        let stage = input.conversation_stage;
        if ConversationStage::try_from(stage).is_err() {
            return Err(ApiError::invalid(
                "conversation.conversation_stage",
                format!("unknown stage {stage}"),
            ));
        }
        let (mut state, now) = self.lock();
        if self.strict_profiles && !state.profiles.contains(&input.conversation_profile) {
            return Err(ApiError::new(
                Code::NotFound,
                format!(
                    "conversation profile `{}` not found (the emulator runs in strict profile mode; register it first)",
                    input.conversation_profile
                ),
            )
            .with_info("NOT_FOUND", &input.conversation_profile));
        }
        let parent_name = parent.to_name();
        let id = if req.conversation_id.is_empty() {
            loop {
                let id = self.new_id('c');
                if !state
                    .conversation_index
                    .contains_key(&format!("{parent_name}/conversations/{id}"))
                {
                    break id;
                }
            }
        } else {
            req.conversation_id.clone()
        };
        let name = format!("{parent_name}/conversations/{id}");
        if state.conversation_index.contains_key(&name) {
            return Err(ApiError::new(
                Code::AlreadyExists,
                format!("conversation `{name}` already exists"),
            )
            .with_info("ALREADY_EXISTS", &name));
        }
        // Output-only fields in the input are ignored, as the API documents.
        let conversation = Conversation {
            name: name.clone(),
            lifecycle_state: LifecycleState::InProgress as i32,
            conversation_profile: input.conversation_profile,
            start_time: Some(timestamp_of_micros(now)),
            conversation_stage: if stage == ConversationStage::Unspecified as i32 {
                ConversationStage::HumanAssistStage as i32
            } else {
                stage
            },
            ..Default::default()
        };
        let seq = state.next_seq();
        state.conversations.insert(
            seq,
            ConversationRecord {
                parent: parent_name,
                conversation: conversation.clone(),
                start_micros: now,
                end_micros: None,
                participants: Vec::new(),
                messages: Vec::new(),
            },
        );
        state.conversation_index.insert(name, seq);
        state.note_deadline(now + crate::state::AUTO_COMPLETE_MICROS);
        Ok(conversation)
    }

    pub(crate) fn get_conversation(
        &self,
        req: GetConversationRequest,
    ) -> Result<Conversation, ApiError> {
        names::check_conversation("name", &req.name)?;
        let (state, _) = self.lock();
        state
            .conversation(&req.name)
            .map(|r| r.conversation.clone())
            .ok_or_else(|| ApiError::not_found("conversation", &req.name))
    }

    pub(crate) fn complete_conversation(
        &self,
        req: CompleteConversationRequest,
    ) -> Result<Conversation, ApiError> {
        names::check_conversation("name", &req.name)?;
        let (mut state, now) = self.lock();
        let record = state
            .conversation_mut(&req.name)
            .ok_or_else(|| ApiError::not_found("conversation", &req.name))?;
        complete(record, now);
        let conversation = record.conversation.clone();
        state.note_deadline(now + crate::state::PURGE_MICROS);
        Ok(conversation)
    }

    pub(crate) fn list_conversations(
        &self,
        req: ListConversationsRequest,
    ) -> Result<ListConversationsResponse, ApiError> {
        let parent = names::parse_parent("parent", &req.parent)?.to_name();
        let filter = parse_lifecycle_filter(&req.filter)?;
        let size = page_size(req.page_size)?;
        let (state, _) = self.lock();
        let fp = tokens::query_fingerprint(&format!("conversations:{parent}"), &req.filter);
        let after = tokens::decode(state.secret, fp, &req.page_token)?.unwrap_or(0);
        let mut conversations = Vec::new();
        let mut last = 0;
        let mut next_page_token = String::new();
        let matches = state
            .conversations
            .range(after.saturating_add(1)..)
            .filter(|(_, r)| r.parent == parent)
            .filter(|(_, r)| {
                filter.is_none_or(|(eq, want)| (r.conversation.lifecycle_state == want) == eq)
            });
        for (seq, record) in matches {
            if conversations.len() == size {
                // There is at least one more: resume after the last one returned.
                next_page_token = tokens::encode(state.secret, fp, last);
                break;
            }
            conversations.push(record.conversation.clone());
            last = *seq;
        }
        Ok(ListConversationsResponse {
            conversations,
            next_page_token,
        })
    }

    pub(crate) fn ingest_context_references(
        &self,
        req: IngestContextReferencesRequest,
    ) -> Result<IngestContextReferencesResponse, ApiError> {
        names::check_conversation("conversation", &req.conversation)?;
        if req.context_references.is_empty() {
            return Err(ApiError::required("context_references"));
        }
        for (key, reference) in &req.context_references {
            let field = format!("context_references[{key}]");
            if key.is_empty() {
                return Err(ApiError::invalid(&field, "the key must not be empty"));
            }
            if reference.context_contents.is_empty() {
                return Err(ApiError::required(&format!("{field}.context_contents")));
            }
            for (i, content) in reference.context_contents.iter().enumerate() {
                let cfield = format!("{field}.context_contents[{i}]");
                if content.content.is_empty() {
                    return Err(ApiError::required(&format!("{cfield}.content")));
                }
                match ContentFormat::try_from(content.content_format) {
                    Ok(ContentFormat::Json) | Ok(ContentFormat::PlainText) => {}
                    _ => {
                        return Err(ApiError::invalid(
                            &format!("{cfield}.content_format"),
                            "must be JSON or PLAIN_TEXT",
                        ));
                    }
                }
            }
            match UpdateMode::try_from(reference.update_mode) {
                Ok(UpdateMode::Append) | Ok(UpdateMode::Overwrite) => {}
                _ => {
                    return Err(ApiError::invalid(
                        &format!("{field}.update_mode"),
                        "must be APPEND or OVERWRITE",
                    ));
                }
            }
        }
        let (mut state, now) = self.lock();
        let record = state
            .conversation_mut(&req.conversation)
            .ok_or_else(|| ApiError::not_found("conversation", &req.conversation))?;
        let stamp = timestamp_of_micros(now);
        let ingested = &mut record.conversation.ingested_context_references;
        let mut keys: Vec<_> = req.context_references.into_iter().collect();
        keys.sort_by(|a, b| a.0.cmp(&b.0));
        for (key, mut incoming) in keys {
            for content in &mut incoming.context_contents {
                content.ingestion_time = Some(stamp);
            }
            if incoming.language_code.is_empty() {
                incoming.language_code = "en-US".into();
            }
            match ingested.get_mut(&key) {
                Some(existing) if incoming.update_mode == UpdateMode::Append as i32 => {
                    existing.context_contents.extend(incoming.context_contents);
                    existing.update_mode = incoming.update_mode;
                    existing.language_code = incoming.language_code;
                }
                Some(existing) => {
                    let created = existing.create_time;
                    *existing = incoming;
                    existing.create_time = created;
                }
                None => {
                    incoming.create_time = Some(stamp);
                    ingested.insert(key, incoming);
                }
            }
        }
        Ok(IngestContextReferencesResponse {
            ingested_context_references: ingested.clone(),
        })
    }

    pub(crate) fn list_messages(
        &self,
        req: ListMessagesRequest,
    ) -> Result<ListMessagesResponse, ApiError> {
        names::check_conversation("parent", &req.parent)?;
        let filter = parse_message_filter(&req.filter)?;
        let size = page_size(req.page_size)?;
        let (state, _) = self.lock();
        let record = state
            .conversation(&req.parent)
            .ok_or_else(|| ApiError::not_found("conversation", &req.parent))?;
        let fp = tokens::query_fingerprint(&format!("messages:{}", req.parent), &req.filter);
        let before = tokens::decode(state.secret, fp, &req.page_token)?.unwrap_or(u64::MAX);
        let mut messages = Vec::new();
        let mut last_seq = 0;
        let mut next_page_token = String::new();
        // Newest first: walk the creation order backwards from the resume point.
        for m in record
            .messages
            .iter()
            .rev()
            .filter(|m| m.seq < before)
            .filter(|m| filter.iter().all(|p| p.matches(m.micros)))
        {
            if messages.len() == size {
                next_page_token = tokens::encode(state.secret, fp, last_seq);
                break;
            }
            messages.push(m.message.clone());
            last_seq = m.seq;
        }
        Ok(ListMessagesResponse {
            messages,
            next_page_token,
        })
    }

    pub(crate) fn suggest_conversation_summary(
        &self,
        req: SuggestConversationSummaryRequest,
    ) -> Result<SuggestConversationSummaryResponse, ApiError> {
        names::check_conversation("conversation", &req.conversation)?;
        if req.context_size < 0 {
            return Err(ApiError::invalid("context_size", "must not be negative"));
        }
        let (state, _) = self.lock();
        let record = state
            .conversation(&req.conversation)
            .ok_or_else(|| ApiError::not_found("conversation", &req.conversation))?;
        let context = context_window(
            &record.messages,
            &req.latest_message,
            req.context_size,
            &req.conversation,
        )?;
        let latest = context
            .last()
            .map(|m| m.message.name.clone())
            .unwrap_or_default();
        let turns: Vec<(i32, &str)> = context
            .iter()
            .map(|m| (m.message.participant_role, m.message.content.as_str()))
            .collect();
        let sections = summarize(&turns);
        let context_size = context.len() as i32;
        drop(state);
        let project = answer_record_parent(&req.conversation);
        Ok(SuggestConversationSummaryResponse {
            summary: Some(suggest_conversation_summary_response::Summary {
                text: summary_text(&sections),
                text_sections: sections.iter().cloned().collect(),
                sorted_text_sections: sections
                    .iter()
                    .map(|(section, summary)| {
                        suggest_conversation_summary_response::summary::SummarySection {
                            section: section.clone(),
                            summary: summary.clone(),
                        }
                    })
                    .collect(),
                answer_record: format!("{project}/answerRecords/{}", self.new_id('a')),
                baseline_model_version: MODEL_VERSION.into(),
            }),
            latest_message: latest,
            context_size,
        })
    }

    pub(crate) fn generate_stateless_summary(
        &self,
        req: GenerateStatelessSummaryRequest,
    ) -> Result<GenerateStatelessSummaryResponse, ApiError> {
        let Some(conversation) = req.stateless_conversation else {
            return Err(ApiError::required("stateless_conversation"));
        };
        names::parse_parent("stateless_conversation.parent", &conversation.parent)?;
        if req.conversation_profile.is_none() {
            return Err(ApiError::required("conversation_profile"));
        }
        if conversation.messages.is_empty() {
            return Err(ApiError::required("stateless_conversation.messages"));
        }
        if req.max_context_size < 0 {
            return Err(ApiError::invalid(
                "max_context_size",
                "must not be negative",
            ));
        }
        let mut messages: &[Message] = &conversation.messages;
        if !req.latest_message.is_empty() {
            let pos = messages
                .iter()
                .position(|m| m.name == req.latest_message)
                .ok_or_else(|| {
                    ApiError::invalid(
                        "latest_message",
                        format!(
                            "`{}` is not among stateless_conversation.messages",
                            req.latest_message
                        ),
                    )
                })?;
            messages = &messages[..=pos];
        }
        if req.max_context_size > 0 {
            let n = req.max_context_size as usize;
            messages = &messages[messages.len().saturating_sub(n)..];
        }
        let turns: Vec<(i32, &str)> = messages
            .iter()
            .map(|m| (m.participant_role, m.content.as_str()))
            .collect();
        let sections = summarize(&turns);
        Ok(GenerateStatelessSummaryResponse {
            summary: Some(generate_stateless_summary_response::Summary {
                text: summary_text(&sections),
                text_sections: sections.into_iter().collect(),
                baseline_model_version: MODEL_VERSION.into(),
            }),
            latest_message: messages.last().map(|m| m.name.clone()).unwrap_or_default(),
            context_size: messages.len() as i32,
        })
    }

    pub(crate) fn generate_stateless_suggestion(
        &self,
        req: GenerateStatelessSuggestionRequest,
    ) -> Result<GenerateStatelessSuggestionResponse, ApiError> {
        names::parse_location("parent", &req.parent)?;
        use dialogflow_types::v2::generate_stateless_suggestion_request::GeneratorResource;
        let summarization = match &req.generator_resource {
            None => return Err(ApiError::required("generator")),
            Some(GeneratorResource::GeneratorName(name)) => {
                if names::parse_child("generator_name", name, "generators")
                    .map(|(p, _)| p.location.is_none())
                    .unwrap_or(true)
                {
                    return Err(ApiError::invalid(
                        "generator_name",
                        format!(
                            "expected `projects/<project>/locations/<location>/generators/<id>`, got {name:?}"
                        ),
                    ));
                }
                false
            }
            Some(GeneratorResource::Generator(g)) => {
                matches!(g.context, Some(generator::Context::SummarizationContext(_)))
            }
        };
        let entries = req
            .conversation_context
            .map(|c| c.message_entries)
            .unwrap_or_default();
        let turns: Vec<(i32, &str)> = entries
            .iter()
            .map(|e| (entry_role(e.role), e.text.as_str()))
            .collect();
        let suggestion = if summarization {
            generator_suggestion::Suggestion::SummarySuggestion(summary_suggestion_of(&turns))
        } else {
            let refs: Vec<(&str, &str)> = req
                .context_references
                .iter()
                .flat_map(|(k, r)| {
                    r.context_contents
                        .iter()
                        .map(move |c| (k.as_str(), c.content.as_str()))
                })
                .collect();
            generator_suggestion::Suggestion::FreeFormSuggestion(free_form(&turns, &refs))
        };
        Ok(GenerateStatelessSuggestionResponse {
            generator_suggestion: Some(GeneratorSuggestion {
                suggestion: Some(suggestion),
                ..Default::default()
            }),
        })
    }

    pub(crate) fn search_knowledge(
        &self,
        req: SearchKnowledgeRequest,
    ) -> Result<SearchKnowledgeResponse, ApiError> {
        // The conversation-level binding fills `conversation`, the others `parent`.
        if req.parent.is_empty() && req.conversation.is_empty() {
            return Err(ApiError::required("parent"));
        }
        if !req.parent.is_empty() {
            names::parse_parent("parent", &req.parent)?;
        }
        let query = req
            .query
            .as_ref()
            .map(|q| q.text.trim())
            .unwrap_or_default();
        if query.is_empty() {
            return Err(ApiError::required("query.text"));
        }
        if req.conversation_profile.is_empty() {
            return Err(ApiError::required("conversation_profile"));
        }
        names::check_profile("conversation_profile", &req.conversation_profile)?;
        if req.session_id.is_empty() {
            return Err(ApiError::required("session_id"));
        }
        if !req.conversation.is_empty() {
            names::check_conversation("conversation", &req.conversation)?;
        }
        let terms = keywords(query);
        let (state, _) = self.lock();
        // Documents searched: the named conversation's ingested references, or those of every
        // conversation under the parent.
        let mut docs: Vec<(String, String, String)> = Vec::new(); // (conversation, key, content)
        let mut add = |r: &ConversationRecord| {
            let mut keys: Vec<_> = r.conversation.ingested_context_references.iter().collect();
            keys.sort_by(|a, b| a.0.cmp(b.0));
            for (key, reference) in keys {
                for content in &reference.context_contents {
                    docs.push((
                        r.conversation.name.clone(),
                        key.clone(),
                        content.content.clone(),
                    ));
                }
            }
        };
        if !req.conversation.is_empty() {
            let r = state
                .conversation(&req.conversation)
                .ok_or_else(|| ApiError::not_found("conversation", &req.conversation))?;
            add(r);
        } else {
            for r in state
                .conversations
                .values()
                .filter(|r| r.parent == req.parent)
            {
                add(r);
            }
        }
        drop(state);
        let mut scored: Vec<(usize, usize, String, String, String)> = docs
            .into_iter()
            .enumerate()
            .filter_map(|(i, (conv, key, content))| {
                let words = keywords(&content);
                let score = terms.iter().filter(|t| words.contains(t)).count();
                (score > 0).then(|| {
                    let snippet = best_sentence(&content, &terms);
                    (score, i, conv, key, snippet)
                })
            })
            .collect();
        scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        let project = if req.parent.is_empty() {
            answer_record_parent(&req.conversation)
        } else {
            req.parent.clone()
        };
        let answers = scored
            .into_iter()
            .take(3)
            .map(|(_, _, conv, key, snippet)| SearchKnowledgeAnswer {
                answer: snippet.clone(),
                answer_type: AnswerType::Faq as i32,
                answer_sources: vec![AnswerSource {
                    title: key.clone(),
                    uri: format!("{conv}#contextReferences/{key}"),
                    snippet,
                    metadata: None,
                }],
                answer_record: format!("{project}/answerRecords/{}", self.new_id('a')),
            })
            .collect();
        Ok(SearchKnowledgeResponse {
            answers,
            rewritten_query: terms.join(" "),
            search_knowledge_debug_info: None,
        })
    }

    pub(crate) fn generate_suggestions(
        &self,
        req: GenerateSuggestionsRequest,
    ) -> Result<GenerateSuggestionsResponse, ApiError> {
        names::check_conversation("conversation", &req.conversation)?;
        let (state, _) = self.lock();
        let record = state
            .conversation(&req.conversation)
            .ok_or_else(|| ApiError::not_found("conversation", &req.conversation))?;
        let context = context_window(&record.messages, &req.latest_message, 0, &req.conversation)?;
        let turns: Vec<(i32, &str)> = context
            .iter()
            .map(|m| (m.message.participant_role, m.message.content.as_str()))
            .collect();
        let refs: Vec<(String, String)> = {
            let mut keys: Vec<_> = record
                .conversation
                .ingested_context_references
                .iter()
                .collect();
            keys.sort_by(|a, b| a.0.cmp(b.0));
            keys.into_iter()
                .flat_map(|(k, r)| {
                    r.context_contents
                        .iter()
                        .map(move |c| (k.clone(), c.content.clone()))
                })
                .collect()
        };
        let latest = context
            .last()
            .map(|m| m.message.name.clone())
            .unwrap_or_default();
        let summary = summary_suggestion_of(&turns);
        let refs: Vec<(&str, &str)> = refs.iter().map(|(k, c)| (k.as_str(), c.as_str())).collect();
        let free = free_form(&turns, &refs);
        drop(state);
        let location_parent = answer_record_parent(&req.conversation);
        let answer = |suggestion, generator: &str| GeneratorSuggestionAnswer {
            generator_suggestion: Some(GeneratorSuggestion {
                suggestion: Some(suggestion),
                ..Default::default()
            }),
            source_generator: format!("{location_parent}/generators/{generator}"),
            answer_record: format!("{location_parent}/answerRecords/{}", self.new_id('a')),
        };
        Ok(GenerateSuggestionsResponse {
            generator_suggestion_answers: vec![
                answer(
                    generator_suggestion::Suggestion::SummarySuggestion(summary),
                    "emulator-summarization",
                ),
                answer(
                    generator_suggestion::Suggestion::FreeFormSuggestion(free),
                    "emulator-free-form",
                ),
            ],
            latest_message: latest,
        })
    }

    // ----- messages added from outside the API -----

    pub(crate) fn add_message(
        &self,
        conversation_name: &str,
        role: Role,
        text: &str,
    ) -> Result<Message, ApiError> {
        names::check_conversation("conversation", conversation_name)?;
        if role == Role::Unspecified {
            return Err(ApiError::invalid("role", "must not be ROLE_UNSPECIFIED"));
        }
        if text.is_empty() {
            return Err(ApiError::required("text"));
        }
        let participant_id = self.new_id('p');
        let message_id = self.new_id('m');
        let (mut state, now) = self.lock();
        let seq = state.next_seq();
        let record = state
            .conversation_mut(conversation_name)
            .ok_or_else(|| ApiError::not_found("conversation", conversation_name))?;
        if record.end_micros.is_some() {
            return Err(ApiError::new(
                Code::FailedPrecondition,
                format!(
                    "conversation `{conversation_name}` is completed and takes no more messages"
                ),
            )
            .with_info("CONVERSATION_COMPLETED", conversation_name));
        }
        let participant = match record.participants.iter().find(|p| p.role == role as i32) {
            Some(p) => p.name.clone(),
            None => {
                let name = format!("{conversation_name}/participants/{participant_id}");
                record.participants.push(Participant {
                    name: name.clone(),
                    role: role as i32,
                    ..Default::default()
                });
                name
            }
        };
        let stamp = timestamp_of_micros(now);
        let message = Message {
            name: format!("{conversation_name}/messages/{message_id}"),
            content: text.to_string(),
            language_code: "en-US".into(),
            participant,
            participant_role: role as i32,
            create_time: Some(stamp),
            send_time: Some(stamp),
            ..Default::default()
        };
        record.messages.push(MessageRecord {
            seq,
            micros: now,
            message: message.clone(),
        });
        Ok(message)
    }

    // ----- Operations -----

    pub(crate) fn create_operation(
        &self,
        parent: &str,
        metadata: Option<Any>,
    ) -> Result<Operation, ApiError> {
        let parent = names::parse_parent("parent", parent)?;
        let id = self.new_id('o');
        let name = format!("{}/operations/{id}", parent.to_name());
        let op = Operation {
            name: name.clone(),
            metadata,
            done: false,
            result: None,
        };
        let (mut state, _) = self.lock();
        let seq = state.next_seq();
        state.operations.insert(seq, op.clone());
        state.operation_index.insert(name, seq);
        Ok(op)
    }

    pub(crate) fn finish_operation(
        &self,
        name: &str,
        result: Result<Any, rpc::Status>,
    ) -> Result<Operation, ApiError> {
        let (mut state, _) = self.lock();
        let seq = *state
            .operation_index
            .get(name)
            .ok_or_else(|| ApiError::not_found("operation", name))?;
        let op = state
            .operations
            .get_mut(&seq)
            .ok_or_else(|| ApiError::not_found("operation", name))?;
        op.done = true;
        op.result = Some(match result {
            Ok(any) => operation::Result::Response(any),
            Err(status) => operation::Result::Error(status),
        });
        Ok(op.clone())
    }

    pub(crate) fn list_operations(
        &self,
        req: ListOperationsRequest,
    ) -> Result<ListOperationsResponse, ApiError> {
        let parent = names::parse_parent("name", &req.name)?.to_name();
        let filter = match req.filter.replace(' ', "").as_str() {
            "" => None,
            "done=true" => Some(true),
            "done=false" => Some(false),
            _ => {
                return Err(ApiError::invalid(
                    "filter",
                    format!(
                        "the emulator understands only `done=true` and `done=false`, got {:?}",
                        req.filter
                    ),
                ));
            }
        };
        let size = page_size(req.page_size)?;
        let (state, _) = self.lock();
        let fp = tokens::query_fingerprint(&format!("operations:{parent}"), &req.filter);
        let after = tokens::decode(state.secret, fp, &req.page_token)?.unwrap_or(0);
        let prefix = format!("{parent}/operations/");
        let mut operations = Vec::new();
        let mut last = 0;
        let mut next_page_token = String::new();
        for (seq, op) in state
            .operations
            .range(after.saturating_add(1)..)
            .filter(|(_, op)| op.name.starts_with(&prefix))
            .filter(|(_, op)| filter.is_none_or(|d| op.done == d))
        {
            if operations.len() == size {
                next_page_token = tokens::encode(state.secret, fp, last);
                break;
            }
            operations.push(op.clone());
            last = *seq;
        }
        Ok(ListOperationsResponse {
            operations,
            next_page_token,
            unreachable: Vec::new(),
        })
    }

    pub(crate) fn get_operation(&self, req: GetOperationRequest) -> Result<Operation, ApiError> {
        names::parse_child("name", &req.name, "operations")?;
        let (state, _) = self.lock();
        state
            .operation_index
            .get(&req.name)
            .and_then(|seq| state.operations.get(seq))
            .cloned()
            .ok_or_else(|| ApiError::not_found("operation", &req.name))
    }

    pub(crate) fn cancel_operation(&self, req: CancelOperationRequest) -> Result<Empty, ApiError> {
        names::parse_child("name", &req.name, "operations")?;
        let (mut state, _) = self.lock();
        let seq = *state
            .operation_index
            .get(&req.name)
            .ok_or_else(|| ApiError::not_found("operation", &req.name))?;
        if let Some(op) = state.operations.get_mut(&seq)
            && !op.done
        {
            op.done = true;
            op.result = Some(operation::Result::Error(rpc::Status {
                code: Code::Cancelled as i32,
                message: "the operation was cancelled".into(),
                details: Vec::new(),
            }));
        }
        Ok(Empty {})
    }

    // ----- Locations -----

    pub(crate) fn list_locations(
        &self,
        req: ListLocationsRequest,
    ) -> Result<ListLocationsResponse, ApiError> {
        let parent = names::parse_parent("name", &req.name)?;
        if parent.location.is_some() {
            return Err(ApiError::invalid(
                "name",
                format!("expected `projects/<project>`, got {:?}", req.name),
            ));
        }
        if !req.filter.trim().is_empty() {
            return Err(ApiError::invalid(
                "filter",
                "the emulator does not filter locations; leave it empty",
            ));
        }
        let size = page_size(req.page_size)?;
        let secret = self.lock().0.secret;
        let fp = tokens::query_fingerprint(&format!("locations:{}", req.name), &req.filter);
        let start = tokens::decode(secret, fp, &req.page_token)?.unwrap_or(0) as usize;
        let all: Vec<Location> = LOCATIONS
            .iter()
            .map(|(id, display)| location(&parent, id, display))
            .collect();
        let end = (start + size).min(all.len());
        let locations = all.get(start.min(all.len())..end).unwrap_or(&[]).to_vec();
        let next_page_token = if end < all.len() {
            tokens::encode(secret, fp, end as u64)
        } else {
            String::new()
        };
        Ok(ListLocationsResponse {
            locations,
            next_page_token,
        })
    }

    pub(crate) fn get_location(&self, req: GetLocationRequest) -> Result<Location, ApiError> {
        let parent = names::parse_location("name", &req.name)?;
        let id = parent.location.as_deref().unwrap_or_default();
        LOCATIONS
            .iter()
            .find(|(l, _)| *l == id)
            .map(|(l, display)| location(&parent, l, display))
            .ok_or_else(|| ApiError::not_found("location", &req.name))
    }
}

fn location(parent: &Parent, id: &str, display: &str) -> Location {
    Location {
        name: format!("projects/{}/locations/{id}", parent.project),
        location_id: id.to_string(),
        display_name: display.to_string(),
        labels: HashMap::new(),
        metadata: None,
    }
}

/// `projects/p` or `projects/p/locations/l` of a conversation name: where answer records and
/// generators of the emulator live.
fn answer_record_parent(conversation: &str) -> String {
    conversation
        .split_once("/conversations/")
        .map(|(p, _)| p.to_string())
        .unwrap_or_else(|| conversation.to_string())
}

/// The messages a summary looks at: oldest first, ending at `latest` (or the newest), at most
/// `size` of them when `size > 0`.
fn context_window<'a>(
    messages: &'a [MessageRecord],
    latest: &str,
    size: i32,
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
    let start = if size > 0 {
        end.saturating_sub(size as usize)
    } else {
        0
    };
    Ok(&messages[start..end])
}

fn entry_role(role: i32) -> i32 {
    match message_entry::Role::try_from(role) {
        Ok(message_entry::Role::HumanAgent) => Role::HumanAgent as i32,
        Ok(message_entry::Role::AutomatedAgent) => Role::AutomatedAgent as i32,
        Ok(message_entry::Role::EndUser) => Role::EndUser as i32,
        _ => Role::Unspecified as i32,
    }
}

/// The first sentence of a text: up to the first `.`, `!` or `?` that ends a word.
pub(crate) fn first_sentence(text: &str) -> &str {
    let text = text.trim();
    let bytes = text.as_bytes();
    for (i, b) in bytes.iter().enumerate() {
        if matches!(b, b'.' | b'!' | b'?')
            && bytes.get(i + 1).is_none_or(|n| n.is_ascii_whitespace())
        {
            return &text[..=i];
        }
    }
    text
}

/// The extractive summary: for each side of the conversation, the first sentence of each of
/// its messages, in order. Sections are `customer` (END_USER), `agent` (HUMAN_AGENT and
/// AUTOMATED_AGENT) and `other` (no role), in that order, each present only if non-empty.
pub(crate) fn summarize(turns: &[(i32, &str)]) -> Vec<(String, String)> {
    let mut sections: Vec<(String, String)> = Vec::new();
    for name in ["customer", "agent", "other"] {
        let parts: Vec<&str> = turns
            .iter()
            .filter(|(role, _)| section_of(*role) == name)
            .map(|(_, text)| first_sentence(text))
            .filter(|s| !s.is_empty())
            .collect();
        if !parts.is_empty() {
            sections.push((name.to_string(), parts.join(" ")));
        }
    }
    sections
}

fn section_of(role: i32) -> &'static str {
    match Role::try_from(role) {
        Ok(Role::EndUser) => "customer",
        Ok(Role::HumanAgent) | Ok(Role::AutomatedAgent) => "agent",
        _ => "other",
    }
}

fn summary_text(sections: &[(String, String)]) -> String {
    sections
        .iter()
        .map(|(s, t)| format!("{s}: {t}"))
        .collect::<Vec<_>>()
        .join("\n")
}

fn summary_suggestion_of(turns: &[(i32, &str)]) -> SummarySuggestion {
    SummarySuggestion {
        summary_sections: summarize(turns)
            .into_iter()
            .map(|(section, summary)| summary_suggestion::SummarySection { section, summary })
            .collect(),
    }
}

/// The free-form suggestion: acknowledges the customer's latest message and, when an ingested
/// reference shares words with it, quotes the best matching sentence.
fn free_form(turns: &[(i32, &str)], refs: &[(&str, &str)]) -> FreeFormSuggestion {
    let last_customer = turns
        .iter()
        .rev()
        .find(|(r, _)| *r == Role::EndUser as i32)
        .map(|(_, t)| first_sentence(t))
        .unwrap_or("");
    if last_customer.is_empty() {
        return FreeFormSuggestion {
            response: "No customer message yet.".into(),
        };
    }
    let terms = keywords(last_customer);
    let best = refs
        .iter()
        .map(|(key, content)| {
            let words = keywords(content);
            (
                terms.iter().filter(|t| words.contains(t)).count(),
                *key,
                *content,
            )
        })
        .filter(|(score, _, _)| *score > 0)
        .max_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(a.1)));
    let response = match best {
        Some((_, key, content)) => format!(
            "Customer said: \"{last_customer}\" Relevant reference `{key}`: {}",
            best_sentence(content, &terms)
        ),
        None => format!("Customer said: \"{last_customer}\""),
    };
    FreeFormSuggestion { response }
}

const STOP_WORDS: &[&str] = &[
    "the", "and", "for", "are", "but", "not", "you", "your", "with", "this", "that", "was", "have",
    "has", "can", "what", "how", "why", "who", "our", "from", "they", "them", "its", "it's",
    "into",
];

/// The search terms of a text: lowercase words of 3 or more letters or digits, minus common
/// English stop words, deduplicated in order of first appearance.
pub(crate) fn keywords(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for word in text
        .split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
        .filter(|w| w.chars().count() >= 3 && !STOP_WORDS.contains(&w.as_str()))
    {
        if !out.contains(&word) {
            out.push(word);
        }
    }
    out
}

/// The sentence of `content` sharing the most terms with the query (the first one on ties).
fn best_sentence(content: &str, terms: &[String]) -> String {
    let mut best = ("", 0usize);
    let mut rest = content.trim();
    while !rest.is_empty() {
        let sentence = first_sentence(rest);
        let words = keywords(sentence);
        let score = terms.iter().filter(|t| words.contains(t)).count();
        if score > best.1 || best.0.is_empty() {
            best = (sentence, score);
        }
        rest = rest[sentence.len()..].trim_start();
    }
    best.0.to_string()
}

/// `lifecycle_state = "COMPLETED"` (or `!=`, quotes optional): `(equal, state)`.
fn parse_lifecycle_filter(filter: &str) -> Result<Option<(bool, i32)>, ApiError> {
    let f = filter.trim();
    if f.is_empty() {
        return Ok(None);
    }
    let bad = || {
        ApiError::invalid(
            "filter",
            format!(
                "only `lifecycle_state = \"IN_PROGRESS\"` or `lifecycle_state = \"COMPLETED\"` (or `!=`) is supported, got {filter:?}"
            ),
        )
    };
    let rest = f
        .strip_prefix("lifecycle_state")
        .ok_or_else(bad)?
        .trim_start();
    let (eq, value) = if let Some(v) = rest.strip_prefix("!=") {
        (false, v)
    } else if let Some(v) = rest.strip_prefix('=') {
        (true, v)
    } else {
        return Err(bad());
    };
    let value = value.trim();
    let value = value
        .strip_prefix('"')
        .and_then(|v| v.strip_suffix('"'))
        .unwrap_or(value);
    let state = LifecycleState::from_str_name(value).ok_or_else(bad)?;
    Ok(Some((eq, state as i32)))
}

/// One predicate of a ListMessages filter, on microseconds since the epoch.
#[derive(Debug, Clone, Copy)]
struct TimePredicate {
    op: Op,
    micros: i64,
    /// `create_time` compares at millisecond accuracy.
    millis: bool,
}

#[derive(Debug, Clone, Copy)]
enum Op {
    Lt,
    Le,
    Gt,
    Ge,
    Eq,
}

impl TimePredicate {
    fn matches(&self, micros: i64) -> bool {
        let (lhs, rhs) = if self.millis {
            (micros.div_euclid(1000), self.micros.div_euclid(1000))
        } else {
            (micros, self.micros)
        };
        match self.op {
            Op::Lt => lhs < rhs,
            Op::Le => lhs <= rhs,
            Op::Gt => lhs > rhs,
            Op::Ge => lhs >= rhs,
            Op::Eq => lhs == rhs,
        }
    }
}

/// Predicates on `create_time` / `create_time_epoch_microseconds` joined by `AND`.
fn parse_message_filter(filter: &str) -> Result<Vec<TimePredicate>, ApiError> {
    let f = filter.trim();
    if f.is_empty() {
        return Ok(Vec::new());
    }
    let mut out = Vec::new();
    for clause in f.split(" AND ") {
        let clause = clause.trim();
        let (field, rest, millis) = if let Some(r) =
            clause.strip_prefix("create_time_epoch_microseconds")
        {
            ("create_time_epoch_microseconds", r, false)
        } else if let Some(r) = clause.strip_prefix("create_time") {
            ("create_time", r, true)
        } else {
            return Err(ApiError::invalid(
                "filter",
                format!(
                    "only `create_time` and `create_time_epoch_microseconds` can be filtered on, got {clause:?}"
                ),
            ));
        };
        let rest = rest.trim_start();
        let (op, value) = [
            (">=", Op::Ge),
            ("<=", Op::Le),
            (">", Op::Gt),
            ("<", Op::Lt),
            ("=", Op::Eq),
        ]
        .iter()
        .find_map(|(s, op)| rest.strip_prefix(s).map(|v| (*op, v.trim())))
        .ok_or_else(|| {
            ApiError::invalid(
                "filter",
                format!("expected one of > >= < <= = after `{field}` in {clause:?}"),
            )
        })?;
        let value = value
            .strip_prefix('"')
            .and_then(|v| v.strip_suffix('"'))
            .unwrap_or(value);
        let micros = if millis {
            let t = Timestamp::parse_rfc3339(value)
                .map_err(|e| ApiError::invalid("filter", format!("`create_time` value: {e}")))?;
            micros_of_timestamp(&t)
        } else {
            value.parse::<i64>().map_err(|_| {
                ApiError::invalid(
                    "filter",
                    format!("`create_time_epoch_microseconds` needs an integer, got {value:?}"),
                )
            })?
        };
        out.push(TimePredicate { op, micros, millis });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_and_keywords() {
        assert_eq!(first_sentence("Hi there. How are you?"), "Hi there.");
        assert_eq!(first_sentence("v1.2 is out"), "v1.2 is out");
        assert_eq!(
            keywords("The Refund, the refund policy!"),
            vec!["refund", "policy"]
        );
    }

    #[test]
    fn filters() {
        assert_eq!(
            parse_lifecycle_filter("lifecycle_state = \"COMPLETED\"").unwrap(),
            Some((true, 2))
        );
        assert_eq!(
            parse_lifecycle_filter("lifecycle_state!=IN_PROGRESS").unwrap(),
            Some((false, 1))
        );
        assert!(parse_lifecycle_filter("name = \"x\"").is_err());
        assert!(parse_lifecycle_filter("lifecycle_state = \"DONE\"").is_err());
        let p = parse_message_filter(
            "create_time_epoch_microseconds > 5 AND create_time <= \"1970-01-01T00:00:00.010Z\"",
        )
        .unwrap();
        assert_eq!(p.len(), 2);
        assert!(p[0].matches(6) && !p[0].matches(5));
        assert!(p[1].matches(10_999) && !p[1].matches(11_000));
        assert!(parse_message_filter("create_time ~ 3").is_err());
    }

    #[test]
    fn summary_sections() {
        let turns = [
            (Role::EndUser as i32, "My order is late. It was due Monday."),
            (Role::HumanAgent as i32, "Sorry about that! Let me check."),
            (Role::EndUser as i32, "Thanks"),
        ];
        let s = summarize(&turns);
        assert_eq!(
            s,
            vec![
                (
                    "customer".to_string(),
                    "My order is late. Thanks".to_string()
                ),
                ("agent".to_string(), "Sorry about that!".to_string()),
            ]
        );
    }
}
