//! The records of the data file and the changes that carry them, whatever the file's format.
//!
//! Each kind of record is encoded as a small protobuf row. A change to the state becomes a list
//! of [`Change`]s, each touching one key; the data file (format 3, [`crate::logfile`]) appends
//! them, and reading a file replays them in order through [`Replay`]. Format 2 (a redb store,
//! [`crate::format2`]) held the same rows in tables, one table per kind of record:
//!
//! | kind | key | row |
//! |---|---|---|
//! | scalars | – | [`MetaRow`]: page-token secret, last sequence number, clock reading |
//! | conversation | creation sequence | [`ConversationRow`]: the conversation without its messages, with its participants |
//! | message | (conversation sequence, message sequence) | [`MessageRow`] |
//! | operation | creation sequence | `google.longrunning.Operation` |
//! | profile name | name | nothing (the names strict mode accepts) |
//! | profile | creation sequence | `ConversationProfile` |
//! | running profile operation | operation name | [`PendingRow`] |
//! | remembered answer | (conversation sequence, answer sequence) | [`AnswerRow`]: the first answer of an `AnalyzeContent` with a `request_id` |

use std::collections::{BTreeMap, BTreeSet, HashMap};

use dialogflow_types::longrunning::Operation;
use dialogflow_types::v2::{Conversation, Message, Participant};
use prost::Message as _;

use crate::state::{
    AnswerRecord, ConversationRecord, MessageRecord, PendingChange, PendingProfileOperation, State,
};
use dialogflow_types::v2::ConversationProfile;
use dialogflow_types::v2::human_agent_assistant_config::SuggestionFeatureConfig;

/// The answer of an `AnalyzeContent` call that carried a `request_id` (its sequence number is
/// in the key).
#[derive(Clone, PartialEq, prost::Message)]
pub(crate) struct AnswerRow {
    #[prost(string, tag = "1")]
    pub(crate) participant: String,
    #[prost(string, tag = "2")]
    pub(crate) request_id: String,
    #[prost(message, optional, tag = "3")]
    pub(crate) response: Option<dialogflow_types::v2::AnalyzeContentResponse>,
}

/// A running suggestion-feature operation: what it changes and when it completes.
#[derive(Clone, PartialEq, prost::Message)]
pub(crate) struct PendingRow {
    #[prost(string, tag = "1")]
    pub(crate) profile: String,
    #[prost(int64, tag = "2")]
    pub(crate) due_micros: i64,
    /// `true` for Set (with `config`), `false` for Clear (with `feature`).
    #[prost(bool, tag = "3")]
    pub(crate) set: bool,
    #[prost(int32, tag = "4")]
    pub(crate) role: i32,
    #[prost(int32, tag = "5")]
    pub(crate) feature: i32,
    #[prost(message, optional, tag = "6")]
    pub(crate) config: Option<SuggestionFeatureConfig>,
}

impl PendingRow {
    pub(crate) fn of(p: &PendingProfileOperation) -> Self {
        let mut row = PendingRow {
            profile: p.profile.clone(),
            due_micros: p.due_micros,
            ..Default::default()
        };
        match &p.change {
            PendingChange::Set { role, config } => {
                row.set = true;
                row.role = *role;
                row.config = Some(config.clone());
            }
            PendingChange::Clear { role, feature } => {
                row.role = *role;
                row.feature = *feature;
            }
        }
        row
    }

    fn into_pending(self) -> PendingProfileOperation {
        let change = if self.set {
            PendingChange::Set {
                role: self.role,
                config: self.config.unwrap_or_default(),
            }
        } else {
            PendingChange::Clear {
                role: self.role,
                feature: self.feature,
            }
        };
        PendingProfileOperation {
            profile: self.profile,
            due_micros: self.due_micros,
            change,
        }
    }
}

/// The scalars of the state.
#[derive(Clone, PartialEq, prost::Message)]
pub(crate) struct MetaRow {
    #[prost(uint64, tag = "1")]
    pub(crate) secret: u64,
    #[prost(uint64, tag = "2")]
    pub(crate) seq: u64,
    #[prost(int64, tag = "3")]
    pub(crate) saved_at_micros: i64,
}

/// A conversation record without its messages (they have their own table).
#[derive(Clone, PartialEq, prost::Message)]
pub(crate) struct ConversationRow {
    #[prost(string, tag = "1")]
    pub(crate) parent: String,
    #[prost(message, optional, tag = "2")]
    pub(crate) conversation: Option<Conversation>,
    #[prost(int64, tag = "3")]
    pub(crate) start_micros: i64,
    #[prost(int64, optional, tag = "4")]
    pub(crate) end_micros: Option<i64>,
    #[prost(message, repeated, tag = "5")]
    pub(crate) participants: Vec<Participant>,
}

/// One message of a conversation (its sequence number is in the key).
#[derive(Clone, PartialEq, prost::Message)]
pub(crate) struct MessageRow {
    #[prost(int64, tag = "1")]
    pub(crate) micros: i64,
    #[prost(message, optional, tag = "2")]
    pub(crate) message: Option<Message>,
}

/// One key's new value (or its removal), in the order the state changed.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Change {
    /// The scalars ([`MetaRow`]).
    Meta(Vec<u8>),
    /// A conversation's row; `None` removes it and all its messages.
    Conversation { seq: u64, row: Option<Vec<u8>> },
    /// A message appended to a conversation.
    Message {
        conversation: u64,
        seq: u64,
        row: Vec<u8>,
    },
    /// An operation; `None` removes it.
    Operation { seq: u64, row: Option<Vec<u8>> },
    /// A conversation profile registered (`true`) or forgotten.
    Profile { name: String, present: bool },
    /// A conversation profile's contents; `None` removes them.
    ProfileRecord { seq: u64, row: Option<Vec<u8>> },
    /// A running suggestion-feature operation ([`PendingRow`]); `None` once it is over.
    Pending { name: String, row: Option<Vec<u8>> },
    /// An `AnalyzeContent` answer remembered for its `request_id` ([`AnswerRow`]).
    Answer {
        conversation: u64,
        seq: u64,
        row: Vec<u8>,
    },
}

/// The rows of one conversation record: its own, those of its messages from `from` on and
/// those of its remembered answers from `answers_from` on.
pub(crate) fn conversation_changes(
    seq: u64,
    record: &ConversationRecord,
    (from, answers_from): (usize, usize),
    out: &mut Vec<Change>,
) {
    let row = ConversationRow {
        parent: record.parent.clone(),
        conversation: Some(record.conversation.clone()),
        start_micros: record.start_micros,
        end_micros: record.end_micros,
        participants: record.participants.clone(),
    };
    out.push(Change::Conversation {
        seq,
        row: Some(row.encode_to_vec()),
    });
    for m in record.messages.iter().skip(from) {
        let row = MessageRow {
            micros: m.micros,
            message: Some(m.message.clone()),
        };
        out.push(Change::Message {
            conversation: seq,
            seq: m.seq,
            row: row.encode_to_vec(),
        });
    }
    for a in record.answers.iter().skip(answers_from) {
        let row = AnswerRow {
            participant: a.participant.clone(),
            request_id: a.request_id.clone(),
            response: Some(a.response.clone()),
        };
        out.push(Change::Answer {
            conversation: seq,
            seq: a.seq,
            row: row.encode_to_vec(),
        });
    }
}

/// The row of the state's scalars.
pub(crate) fn meta_change(state: &State) -> Change {
    Change::Meta(
        MetaRow {
            secret: state.secret,
            seq: state.seq,
            saved_at_micros: state.saved_at_micros,
        }
        .encode_to_vec(),
    )
}

/// Every row of a whole state, for writing a new file (the migration from format 1).
pub(crate) fn all_changes(state: &State) -> Vec<Change> {
    let mut out = vec![meta_change(state)];
    for (seq, record) in state.conversations.iter() {
        conversation_changes(*seq, record, (0, 0), &mut out);
    }
    for (seq, op) in state.operations.iter() {
        out.push(Change::Operation {
            seq: *seq,
            row: Some(op.encode_to_vec()),
        });
    }
    for name in state.profiles.iter() {
        out.push(Change::Profile {
            name: name.clone(),
            present: true,
        });
    }
    for (seq, profile) in state.profile_records.iter() {
        out.push(Change::ProfileRecord {
            seq: *seq,
            row: Some(profile.encode_to_vec()),
        });
    }
    for (name, pending) in state.pending_profile_operations.iter() {
        out.push(Change::Pending {
            name: name.clone(),
            row: Some(PendingRow::of(pending).encode_to_vec()),
        });
    }
    out
}

/// How much was read: the counts the start reports.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct Counts {
    pub(crate) conversations: usize,
    pub(crate) messages: usize,
    pub(crate) operations: usize,
}

/// Builds a state by applying changes in the order they were made (reading a data file).
#[derive(Debug, Default)]
pub(crate) struct Replay {
    meta: Option<MetaRow>,
    conversations: BTreeMap<u64, ConversationRecord>,
    operations: BTreeMap<u64, Operation>,
    profiles: BTreeSet<String>,
    records: BTreeMap<u64, ConversationProfile>,
    pending: BTreeMap<String, PendingProfileOperation>,
    sizes: Sizes,
}

/// What each row of the state takes in a file, to tell how much of a file is still needed.
#[derive(Debug, Default)]
struct Sizes {
    by_key: HashMap<SizeKey, u64>,
    live: u64,
}

/// A row's key; a conversation's messages and answers count under `Children`.
#[derive(Debug, PartialEq, Eq, Hash)]
enum SizeKey {
    Meta,
    Conversation(u64),
    Children(u64),
    Operation(u64),
    Profile(String),
    Record(u64),
    Pending(String),
}

/// What a change takes in a file besides its row (its kind, keys and framing), about.
const CHANGE_OVERHEAD: u64 = 16;

impl Sizes {
    fn set(&mut self, key: SizeKey, size: Option<u64>) {
        let old = match size {
            Some(size) => self.by_key.insert(key, size),
            None => self.by_key.remove(&key),
        };
        self.live = self.live - old.unwrap_or(0) + size.unwrap_or(0);
    }

    fn add(&mut self, key: SizeKey, size: u64) {
        *self.by_key.entry(key).or_default() += size;
        self.live += size;
    }

    fn note(&mut self, change: &Change) {
        let size = |row: &[u8]| row.len() as u64 + CHANGE_OVERHEAD;
        match change {
            Change::Meta(row) => self.set(SizeKey::Meta, Some(size(row))),
            Change::Conversation { seq, row } => {
                if row.is_none() {
                    self.set(SizeKey::Children(*seq), None);
                }
                self.set(SizeKey::Conversation(*seq), row.as_deref().map(size));
            }
            Change::Message {
                conversation, row, ..
            }
            | Change::Answer {
                conversation, row, ..
            } => self.add(SizeKey::Children(*conversation), size(row)),
            Change::Operation { seq, row } => {
                self.set(SizeKey::Operation(*seq), row.as_deref().map(size))
            }
            Change::Profile { name, present } => self.set(
                SizeKey::Profile(name.clone()),
                present.then(|| size(name.as_bytes())),
            ),
            Change::ProfileRecord { seq, row } => {
                self.set(SizeKey::Record(*seq), row.as_deref().map(size))
            }
            Change::Pending { name, row } => {
                self.set(SizeKey::Pending(name.clone()), row.as_deref().map(size))
            }
        }
    }
}

fn decode<T: prost::Message + Default>(row: &[u8], what: impl Fn() -> String) -> Result<T, String> {
    T::decode(row).map_err(|e| format!("{} does not decode: {e}", what()))
}

impl Replay {
    /// Applies one change; an error says which row is wrong and why.
    pub(crate) fn apply(&mut self, change: Change) -> Result<(), String> {
        self.sizes.note(&change);
        match change {
            Change::Meta(row) => {
                self.meta = Some(decode(&row, || "the state row".into())?);
            }
            Change::Conversation {
                seq,
                row: Some(row),
            } => {
                let r: ConversationRow = decode(&row, || format!("conversation row {seq}"))?;
                let conversation = r
                    .conversation
                    .ok_or_else(|| format!("conversation row {seq} has no conversation"))?;
                match self.conversations.get_mut(&seq) {
                    Some(record) => {
                        record.parent = r.parent;
                        record.conversation = conversation;
                        record.start_micros = r.start_micros;
                        record.end_micros = r.end_micros;
                        record.participants = r.participants;
                    }
                    None => {
                        self.conversations.insert(
                            seq,
                            ConversationRecord {
                                parent: r.parent,
                                conversation,
                                start_micros: r.start_micros,
                                end_micros: r.end_micros,
                                participants: r.participants,
                                messages: Vec::new(),
                                answers: Vec::new(),
                            },
                        );
                    }
                }
            }
            Change::Conversation { seq, row: None } => {
                self.conversations.remove(&seq);
            }
            Change::Message {
                conversation,
                seq,
                row,
            } => {
                let what = || format!("message row ({conversation}, {seq})");
                let r: MessageRow = decode(&row, what)?;
                let message = r
                    .message
                    .ok_or_else(|| format!("{} has no message", what()))?;
                self.owner(conversation, what)?
                    .messages
                    .push(MessageRecord {
                        seq,
                        micros: r.micros,
                        message,
                    });
            }
            Change::Answer {
                conversation,
                seq,
                row,
            } => {
                let what = || format!("answer row ({conversation}, {seq})");
                let r: AnswerRow = decode(&row, what)?;
                self.owner(conversation, what)?.answers.push(AnswerRecord {
                    seq,
                    participant: r.participant,
                    request_id: r.request_id,
                    response: r.response.unwrap_or_default(),
                });
            }
            Change::Operation { seq, row } => match row {
                Some(row) => {
                    let op = decode(&row, || format!("operation row {seq}"))?;
                    self.operations.insert(seq, op);
                }
                None => {
                    self.operations.remove(&seq);
                }
            },
            Change::Profile { name, present } => {
                if present {
                    self.profiles.insert(name);
                } else {
                    self.profiles.remove(&name);
                }
            }
            Change::ProfileRecord { seq, row } => match row {
                Some(row) => {
                    let profile = decode(&row, || format!("profile row {seq}"))?;
                    self.records.insert(seq, profile);
                }
                None => {
                    self.records.remove(&seq);
                }
            },
            Change::Pending { name, row } => match row {
                Some(row) => {
                    let p: PendingRow = decode(&row, || format!("pending operation row {name}"))?;
                    self.pending.insert(name, p.into_pending());
                }
                None => {
                    self.pending.remove(&name);
                }
            },
        }
        Ok(())
    }

    /// The conversation a message or answer row (`what`) belongs to.
    fn owner(
        &mut self,
        conversation: u64,
        what: impl Fn() -> String,
    ) -> Result<&mut ConversationRecord, String> {
        self.conversations
            .get_mut(&conversation)
            .ok_or_else(|| format!("{} belongs to no stored conversation", what()))
    }

    /// About how many bytes of a file the state applied so far needs: its rows, without those
    /// that later changes replaced or removed.
    pub(crate) fn live_bytes(&self) -> u64 {
        self.sizes.live
    }

    /// Whether no row was applied yet (a row without the state's scalars is not empty: it
    /// makes [`finish`](Self::finish) fail).
    pub(crate) fn is_empty(&self) -> bool {
        self.sizes.by_key.is_empty()
    }

    /// The state the changes built, and what it holds.
    pub(crate) fn finish(self) -> Result<(State, Counts), String> {
        let m = self
            .meta
            .ok_or("the state row (secret, sequence, clock) is missing")?;
        let mut state = State {
            version: crate::persist::VERSION,
            secret: m.secret,
            seq: m.seq,
            saved_at_micros: m.saved_at_micros,
            ..Default::default()
        };
        let counts = Counts {
            conversations: self.conversations.len(),
            messages: self.conversations.values().map(|r| r.messages.len()).sum(),
            operations: self.operations.len(),
        };
        state.stored_messages = self
            .conversations
            .iter()
            .map(|(seq, r)| (*seq, r.messages.len()))
            .collect();
        state.stored_answers = self
            .conversations
            .iter()
            .map(|(seq, r)| (*seq, r.answers.len()))
            .collect();
        state.conversations = self.conversations.into();
        state.operations = self.operations.into();
        state.profiles = self.profiles.into();
        state.profile_records = self.records.into();
        state.pending_profile_operations = self.pending.into();
        state.reindex();
        Ok((state, counts))
    }
}
