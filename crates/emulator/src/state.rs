//! The in-memory state both surfaces share, in a form that serializes to the data file.

use std::collections::HashMap;

use dialogflow_types::longrunning::{Operation, operation};
use dialogflow_types::protobuf::Any;
use dialogflow_types::v2::human_agent_assistant_config::SuggestionFeatureConfig;
use dialogflow_types::v2::{Conversation, ConversationProfile, Message, Participant};
use prost::{Message as _, Name};
use serde::{Deserialize, Serialize};

use crate::tracked::{TrackedMap, TrackedSet};

/// One conversation and what hangs off it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct ConversationRecord {
    /// `projects/p` or `projects/p/locations/l`: the collection it was created in.
    pub(crate) parent: String,
    pub(crate) conversation: Conversation,
    /// Start time in microseconds, kept as a number for the lifecycle sweep.
    pub(crate) start_micros: i64,
    /// End time in microseconds once completed.
    #[serde(default)]
    pub(crate) end_micros: Option<i64>,
    #[serde(default)]
    pub(crate) participants: Vec<Participant>,
    /// Messages in creation order (oldest first).
    #[serde(default)]
    pub(crate) messages: Vec<MessageRecord>,
    /// The first answer of each `AnalyzeContent` that carried a `request_id`, in the order
    /// they were given (format 1 never had them).
    #[serde(skip)]
    pub(crate) answers: Vec<AnswerRecord>,
}

/// The answer an `AnalyzeContent` call with a `request_id` gave, kept so that a repeat of the
/// same `(participant, request_id)` returns it and changes nothing.
#[derive(Debug, Clone)]
pub(crate) struct AnswerRecord {
    /// Position in the global creation sequence (the data file's key).
    pub(crate) seq: u64,
    pub(crate) participant: String,
    pub(crate) request_id: String,
    pub(crate) response: dialogflow_types::v2::AnalyzeContentResponse,
}

/// One message with its position in the global creation sequence.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct MessageRecord {
    pub(crate) seq: u64,
    pub(crate) micros: i64,
    pub(crate) message: Message,
}

/// Everything the emulator knows. Sequences give a total creation order that pagination
/// resumes from, so inserts during a listing never shift what later pages contain.
#[derive(Debug, Default, Serialize, Deserialize)]
pub(crate) struct State {
    /// Format version of the data file.
    pub(crate) version: u32,
    /// Key of the page-token seal; persisted so tokens survive a restart.
    pub(crate) secret: u64,
    /// Last sequence number handed out.
    pub(crate) seq: u64,
    /// The clock's reading when the state was saved, in microseconds.
    #[serde(default)]
    pub(crate) saved_at_micros: i64,
    /// Conversations by creation sequence.
    #[serde(default)]
    pub(crate) conversations: TrackedMap<u64, ConversationRecord>,
    /// Long-running operations by creation sequence.
    #[serde(default)]
    pub(crate) operations: TrackedMap<u64, Operation>,
    /// Conversation profiles registered for strict mode.
    #[serde(default)]
    pub(crate) profiles: TrackedSet<String>,
    /// Conversation profiles by creation sequence.
    #[serde(skip)]
    pub(crate) profile_records: TrackedMap<u64, ConversationProfile>,
    #[serde(skip)]
    pub(crate) profile_index: HashMap<String, u64>,
    /// The running Set/ClearSuggestionFeatureConfig operations, by operation name.
    #[serde(skip)]
    pub(crate) pending_profile_operations: TrackedMap<String, PendingProfileOperation>,
    #[serde(skip)]
    pub(crate) conversation_index: HashMap<String, u64>,
    #[serde(skip)]
    pub(crate) operation_index: HashMap<String, u64>,
    /// Earliest time at which a conversation changes by itself (auto-complete or purge).
    #[serde(skip)]
    pub(crate) next_deadline: Option<i64>,
    /// How many of each conversation's messages (by conversation sequence) the data file holds
    /// already: messages are only ever appended, so a change writes just the new ones.
    #[serde(skip)]
    pub(crate) stored_messages: HashMap<u64, usize>,
    /// The same for each conversation's stored `AnalyzeContent` answers.
    #[serde(skip)]
    pub(crate) stored_answers: HashMap<u64, usize>,
}

/// What a running suggestion-feature operation will do to its profile when it completes.
#[derive(Debug, Clone)]
pub(crate) struct PendingProfileOperation {
    pub(crate) profile: String,
    /// When it completes, in microseconds of the emulator's clock.
    pub(crate) due_micros: i64,
    pub(crate) change: PendingChange,
}

/// The change of a suggestion-feature operation.
#[derive(Debug, Clone)]
pub(crate) enum PendingChange {
    /// Adds or replaces the config of its feature type for the role.
    Set {
        role: i32,
        config: SuggestionFeatureConfig,
    },
    /// Removes the config of a feature type for the role.
    Clear { role: i32, feature: i32 },
}

/// Conversations complete by themselves this long after they start.
pub(crate) const AUTO_COMPLETE_MICROS: i64 = 24 * 3600 * 1_000_000;
/// Completed conversations are purged this long after they end.
pub(crate) const PURGE_MICROS: i64 = 30 * 24 * 3600 * 1_000_000;

impl State {
    pub(crate) fn next_seq(&mut self) -> u64 {
        self.seq += 1;
        self.seq
    }

    /// Rebuilds the name indexes (after loading from a file).
    pub(crate) fn reindex(&mut self) {
        self.conversation_index = self
            .conversations
            .iter()
            .map(|(seq, r)| (r.conversation.name.clone(), *seq))
            .collect();
        self.operation_index = self
            .operations
            .iter()
            .map(|(seq, o)| (o.name.clone(), *seq))
            .collect();
        self.profile_index = self
            .profile_records
            .iter()
            .map(|(seq, p)| (p.name.clone(), *seq))
            .collect();
        self.next_deadline = Some(i64::MIN);
    }

    pub(crate) fn conversation(&self, name: &str) -> Option<&ConversationRecord> {
        self.conversation_index
            .get(name)
            .and_then(|seq| self.conversations.get(seq))
    }

    pub(crate) fn conversation_mut(&mut self, name: &str) -> Option<&mut ConversationRecord> {
        let seq = *self.conversation_index.get(name)?;
        self.conversations.get_mut(&seq)
    }

    pub(crate) fn profile(&self, name: &str) -> Option<&ConversationProfile> {
        self.profile_index
            .get(name)
            .and_then(|seq| self.profile_records.get(seq))
    }

    /// Stores a profile, new or replaced, and registers its name (strict mode).
    pub(crate) fn put_profile(&mut self, profile: ConversationProfile) {
        let seq = match self.profile_index.get(&profile.name) {
            Some(seq) => *seq,
            None => {
                let seq = self.next_seq();
                self.profile_index.insert(profile.name.clone(), seq);
                seq
            }
        };
        self.profiles.insert(profile.name.clone());
        self.profile_records.insert(seq, profile);
    }

    /// Forgets a profile; whether it existed.
    pub(crate) fn remove_profile(&mut self, name: &str) -> bool {
        let Some(seq) = self.profile_index.remove(name) else {
            return false;
        };
        self.profile_records.remove(&seq);
        self.profiles.remove(&name.to_string());
        true
    }

    /// Completes the suggestion-feature operations due by `now`: the change reaches the
    /// profile and the operation answers the profile. A cancelled one (already done) or one
    /// whose profile was deleted changes nothing.
    fn settle_profile_operations(&mut self, now: i64) {
        let due: Vec<String> = self
            .pending_profile_operations
            .iter()
            .filter(|(_, p)| p.due_micros <= now)
            .map(|(name, _)| name.clone())
            .collect();
        for name in due {
            let Some(pending) = self.pending_profile_operations.remove(&name) else {
                continue;
            };
            let Some(seq) = self.operation_index.get(&name).copied() else {
                continue;
            };
            if self.operations.get(&seq).is_none_or(|op| op.done) {
                continue;
            }
            let stored = self.profile(&pending.profile).cloned();
            let result = match stored {
                Some(mut profile) => {
                    crate::service::apply_profile_change(&mut profile, &pending.change);
                    profile.update_time =
                        Some(crate::clock::timestamp_of_micros(pending.due_micros));
                    self.put_profile(profile.clone());
                    operation::Result::Response(Any {
                        type_url: ConversationProfile::type_url(),
                        value: profile.encode_to_vec(),
                    })
                }
                None => operation::Result::Error(dialogflow_types::rpc::Status {
                    code: dialogflow_types::rpc::Code::NotFound as i32,
                    message: format!("conversation profile `{}` was deleted", pending.profile),
                    details: Vec::new(),
                }),
            };
            if let Some(op) = self.operations.get_mut(&seq) {
                op.done = true;
                op.result = Some(result);
            }
        }
    }

    pub(crate) fn note_deadline(&mut self, at: i64) {
        self.next_deadline = Some(self.next_deadline.map_or(at, |d| d.min(at)));
    }

    /// Applies the lifecycle rules up to `now`: auto-completes conversations older than a
    /// day and purges those completed more than 30 days ago. Cheap when nothing is due.
    pub(crate) fn sweep(&mut self, now: i64) {
        if !self.pending_profile_operations.is_empty() {
            self.settle_profile_operations(now);
        }
        match self.next_deadline {
            Some(d) if d <= now => {}
            _ => return,
        }
        // A read-only pass first: only the records that actually change are written through
        // the tracked map (and so to the data file).
        let mut next: Option<i64> = None;
        let mut due_completion = Vec::new();
        let mut purge = Vec::new();
        for (seq, record) in self.conversations.iter() {
            let end = match record.end_micros {
                Some(end) => end,
                None => {
                    let due = record.start_micros.saturating_add(AUTO_COMPLETE_MICROS);
                    if due > now {
                        next = Some(next.map_or(due, |n: i64| n.min(due)));
                        continue;
                    }
                    due_completion.push((*seq, due));
                    due
                }
            };
            let purge_at = end.saturating_add(PURGE_MICROS);
            if purge_at <= now {
                purge.push(*seq);
            } else {
                next = Some(next.map_or(purge_at, |n: i64| n.min(purge_at)));
            }
        }
        for (seq, due) in due_completion {
            if let Some(record) = self.conversations.get_mut(&seq) {
                complete(record, due);
            }
        }
        for seq in purge {
            if let Some(r) = self.conversations.remove(&seq) {
                self.conversation_index.remove(&r.conversation.name);
            }
        }
        self.next_deadline = next;
    }
}

/// Marks a conversation COMPLETED at `at` (microseconds); does nothing if it already is.
pub(crate) fn complete(record: &mut ConversationRecord, at: i64) {
    if record.end_micros.is_some() {
        return;
    }
    record.end_micros = Some(at);
    record.conversation.lifecycle_state =
        dialogflow_types::v2::conversation::LifecycleState::Completed as i32;
    record.conversation.end_time = Some(crate::clock::timestamp_of_micros(at));
}
