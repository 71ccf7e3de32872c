//! The data file's layout (format version 2): a redb database with one table per kind of
//! record, each record encoded as a small protobuf row.
//!
//! | table | key | value |
//! |---|---|---|
//! | `meta` | `"format"` | [`FORMAT_MARKER`] |
//! | `meta` | `"state"` | [`MetaRow`]: page-token secret, last sequence number, clock reading |
//! | `conversations` | creation sequence | [`ConversationRow`]: the conversation without its messages |
//! | `messages` | (conversation sequence, message sequence) | [`MessageRow`] |
//! | `operations` | creation sequence | `google.longrunning.Operation` |
//! | `profiles` | profile name | nothing (the names strict mode accepts) |
//! | `profile_records` | creation sequence | `ConversationProfile` |
//! | `profile_operations` | operation name | [`PendingRow`]: a running suggestion-feature operation |
//! | `analyze_answers` | (conversation sequence, answer sequence) | [`AnswerRow`]: the first answer of an `AnalyzeContent` with a `request_id` |
//!
//! The last three tables came after the first files of format 2; a file without them reads as
//! one with no stored profile contents, no running operations and no remembered
//! `AnalyzeContent` answers (its profile names stay registered), and they are created on the
//! first write, so the format marker is unchanged. Participants are part of the conversation
//! row.
//!
//! A change to the state becomes a list of [`Change`]s, each touching one key; a batch of them
//! is written in one transaction, so a crash leaves the file at the end of some batch.

use std::path::Path;

use dialogflow_types::longrunning::Operation;
use dialogflow_types::v2::{Conversation, Message, Participant};
use prost::Message as _;
use redb::{Database, ReadableTable, ReadableTableMetadata, TableDefinition};

use crate::error::Error;
use crate::state::{
    AnswerRecord, ConversationRecord, MessageRecord, PendingChange, PendingProfileOperation, State,
};
use dialogflow_types::v2::ConversationProfile;
use dialogflow_types::v2::human_agent_assistant_config::SuggestionFeatureConfig;

/// What the `format` entry of the `meta` table holds in a file this version wrote.
pub(crate) const FORMAT_MARKER: &[u8] = b"dialogflow-emulator data file, format 2";

const META: TableDefinition<'_, &str, &[u8]> = TableDefinition::new("meta");
const CONVERSATIONS: TableDefinition<'_, u64, &[u8]> = TableDefinition::new("conversations");
const MESSAGES: TableDefinition<'_, (u64, u64), &[u8]> = TableDefinition::new("messages");
const OPERATIONS: TableDefinition<'_, u64, &[u8]> = TableDefinition::new("operations");
const PROFILES: TableDefinition<'_, &str, ()> = TableDefinition::new("profiles");
const PROFILE_RECORDS: TableDefinition<'_, u64, &[u8]> = TableDefinition::new("profile_records");
const PENDING: TableDefinition<'_, &str, &[u8]> = TableDefinition::new("profile_operations");
const ANSWERS: TableDefinition<'_, (u64, u64), &[u8]> = TableDefinition::new("analyze_answers");

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

/// Writes a batch of changes in one transaction and, if `durable`, waits for the disk.
pub(crate) fn write(db: &Database, changes: &[Change], durable: bool) -> Result<(), String> {
    let mut txn = db.begin_write().map_err(|e| e.to_string())?;
    txn.set_durability(if durable {
        redb::Durability::Immediate
    } else {
        redb::Durability::Eventual
    });
    {
        let err = |e: redb::Error| e.to_string();
        let mut meta = txn.open_table(META).map_err(|e| err(e.into()))?;
        let mut conversations = txn.open_table(CONVERSATIONS).map_err(|e| err(e.into()))?;
        let mut messages = txn.open_table(MESSAGES).map_err(|e| err(e.into()))?;
        let mut operations = txn.open_table(OPERATIONS).map_err(|e| err(e.into()))?;
        let mut profiles = txn.open_table(PROFILES).map_err(|e| err(e.into()))?;
        let mut records = txn.open_table(PROFILE_RECORDS).map_err(|e| err(e.into()))?;
        let mut pending = txn.open_table(PENDING).map_err(|e| err(e.into()))?;
        let mut answers = txn.open_table(ANSWERS).map_err(|e| err(e.into()))?;
        if meta.get("format").map_err(|e| err(e.into()))?.is_none() {
            meta.insert("format", FORMAT_MARKER)
                .map_err(|e| err(e.into()))?;
        }
        for change in changes {
            let done = match change {
                Change::Meta(row) => meta.insert("state", row.as_slice()).map(drop),
                Change::Conversation {
                    seq,
                    row: Some(row),
                } => conversations.insert(*seq, row.as_slice()).map(drop),
                Change::Conversation { seq, row: None } => conversations
                    .remove(*seq)
                    .map(drop)
                    .and_then(|_| messages.retain_in((*seq, 0)..=(*seq, u64::MAX), |_, _| false))
                    .and_then(|_| answers.retain_in((*seq, 0)..=(*seq, u64::MAX), |_, _| false)),
                Change::Message {
                    conversation,
                    seq,
                    row,
                } => messages
                    .insert((*conversation, *seq), row.as_slice())
                    .map(drop),
                Change::Operation {
                    seq,
                    row: Some(row),
                } => operations.insert(*seq, row.as_slice()).map(drop),
                Change::Operation { seq, row: None } => operations.remove(*seq).map(drop),
                Change::Profile {
                    name,
                    present: true,
                } => profiles.insert(name.as_str(), ()).map(drop),
                Change::Profile {
                    name,
                    present: false,
                } => profiles.remove(name.as_str()).map(drop),
                Change::ProfileRecord {
                    seq,
                    row: Some(row),
                } => records.insert(*seq, row.as_slice()).map(drop),
                Change::ProfileRecord { seq, row: None } => records.remove(*seq).map(drop),
                Change::Pending {
                    name,
                    row: Some(row),
                } => pending.insert(name.as_str(), row.as_slice()).map(drop),
                Change::Pending { name, row: None } => pending.remove(name.as_str()).map(drop),
                Change::Answer {
                    conversation,
                    seq,
                    row,
                } => answers
                    .insert((*conversation, *seq), row.as_slice())
                    .map(drop),
            };
            done.map_err(|e| err(e.into()))?;
        }
    }
    txn.commit().map_err(|e| e.to_string())
}

/// What reading a format-2 file found.
#[derive(Debug, Default)]
pub(crate) struct Counts {
    pub(crate) conversations: usize,
    pub(crate) messages: usize,
    pub(crate) operations: usize,
}

/// Reads the whole state from an open format-2 file. `Ok(None)` for a file with no tables
/// yet (a new, empty database).
pub(crate) fn read(db: &Database, path: &Path) -> Result<Option<(State, Counts)>, Error> {
    let damaged = |reason: String| Error::DataFile {
        path: path.display().to_string(),
        reason,
    };
    let txn = db
        .begin_read()
        .map_err(|e| damaged(format!("cannot read it: {e}")))?;
    let meta = match txn.open_table(META) {
        Ok(t) => t,
        Err(redb::TableError::TableDoesNotExist(_)) => {
            let tables = txn.list_tables().map(|t| t.count()).unwrap_or(0);
            if tables == 0 {
                return Ok(None);
            }
            return Err(damaged(
                "a redb database, but not one the emulator wrote (it has no `meta` table)".into(),
            ));
        }
        Err(e) => return Err(damaged(format!("cannot open its `meta` table: {e}"))),
    };
    let format = meta
        .get("format")
        .map_err(|e| damaged(format!("cannot read its format marker: {e}")))?;
    match format.as_ref().map(|v| v.value()) {
        Some(marker) if marker == FORMAT_MARKER => {}
        Some(other) => {
            return Err(damaged(format!(
                "unsupported format marker {:?} (this version reads {:?})",
                String::from_utf8_lossy(other),
                String::from_utf8_lossy(FORMAT_MARKER)
            )));
        }
        None => return Err(damaged("it has no format marker".into())),
    }
    let row = meta
        .get("state")
        .map_err(|e| damaged(format!("cannot read the `state` entry: {e}")))?
        .ok_or_else(|| damaged("the `state` entry is missing".into()))?;
    let m = MetaRow::decode(row.value())
        .map_err(|e| damaged(format!("the `state` entry does not decode: {e}")))?;
    let mut state = State {
        version: crate::persist::VERSION,
        secret: m.secret,
        seq: m.seq,
        saved_at_micros: m.saved_at_micros,
        ..Default::default()
    };
    let mut counts = Counts::default();
    let table_err = |table: &str, e: redb::Error| damaged(format!("table `{table}`: {e}"));

    let mut conversations = std::collections::BTreeMap::new();
    let t = txn
        .open_table(CONVERSATIONS)
        .map_err(|e| table_err("conversations", e.into()))?;
    for entry in t.iter().map_err(|e| table_err("conversations", e.into()))? {
        let (k, v) = entry.map_err(|e| table_err("conversations", e.into()))?;
        let seq = k.value();
        let row = ConversationRow::decode(v.value())
            .map_err(|e| damaged(format!("conversation row {seq} does not decode: {e}")))?;
        let conversation = row
            .conversation
            .ok_or_else(|| damaged(format!("conversation row {seq} has no conversation")))?;
        conversations.insert(
            seq,
            ConversationRecord {
                parent: row.parent,
                conversation,
                start_micros: row.start_micros,
                end_micros: row.end_micros,
                participants: row.participants,
                messages: Vec::new(),
                answers: Vec::new(),
            },
        );
    }
    let t = txn
        .open_table(MESSAGES)
        .map_err(|e| table_err("messages", e.into()))?;
    counts.messages = t.len().map_err(|e| table_err("messages", e.into()))? as usize;
    for entry in t.iter().map_err(|e| table_err("messages", e.into()))? {
        let (k, v) = entry.map_err(|e| table_err("messages", e.into()))?;
        let (owner, seq) = k.value();
        let row = MessageRow::decode(v.value())
            .map_err(|e| damaged(format!("message row ({owner}, {seq}) does not decode: {e}")))?;
        let message = row
            .message
            .ok_or_else(|| damaged(format!("message row ({owner}, {seq}) has no message")))?;
        let record = conversations.get_mut(&owner).ok_or_else(|| {
            damaged(format!(
                "message row ({owner}, {seq}) belongs to no stored conversation"
            ))
        })?;
        record.messages.push(MessageRecord {
            seq,
            micros: row.micros,
            message,
        });
    }
    // A table added within format 2: a file written before it has none.
    match txn.open_table(ANSWERS) {
        Ok(t) => {
            for entry in t
                .iter()
                .map_err(|e| table_err("analyze_answers", e.into()))?
            {
                let (k, v) = entry.map_err(|e| table_err("analyze_answers", e.into()))?;
                let (owner, seq) = k.value();
                let row = AnswerRow::decode(v.value()).map_err(|e| {
                    damaged(format!("answer row ({owner}, {seq}) does not decode: {e}"))
                })?;
                let record = conversations.get_mut(&owner).ok_or_else(|| {
                    damaged(format!(
                        "answer row ({owner}, {seq}) belongs to no stored conversation"
                    ))
                })?;
                record.answers.push(AnswerRecord {
                    seq,
                    participant: row.participant,
                    request_id: row.request_id,
                    response: row.response.unwrap_or_default(),
                });
            }
        }
        Err(redb::TableError::TableDoesNotExist(_)) => {}
        Err(e) => return Err(table_err("analyze_answers", e.into())),
    }
    counts.conversations = conversations.len();
    state.stored_messages = conversations
        .iter()
        .map(|(seq, r)| (*seq, r.messages.len()))
        .collect();
    state.stored_answers = conversations
        .iter()
        .map(|(seq, r)| (*seq, r.answers.len()))
        .collect();
    state.conversations = conversations.into();

    let mut operations = std::collections::BTreeMap::new();
    let t = txn
        .open_table(OPERATIONS)
        .map_err(|e| table_err("operations", e.into()))?;
    for entry in t.iter().map_err(|e| table_err("operations", e.into()))? {
        let (k, v) = entry.map_err(|e| table_err("operations", e.into()))?;
        let seq = k.value();
        let op = Operation::decode(v.value())
            .map_err(|e| damaged(format!("operation row {seq} does not decode: {e}")))?;
        operations.insert(seq, op);
    }
    counts.operations = operations.len();
    state.operations = operations.into();

    let mut profiles = std::collections::BTreeSet::new();
    let t = txn
        .open_table(PROFILES)
        .map_err(|e| table_err("profiles", e.into()))?;
    for entry in t.iter().map_err(|e| table_err("profiles", e.into()))? {
        let (k, _) = entry.map_err(|e| table_err("profiles", e.into()))?;
        profiles.insert(k.value().to_string());
    }
    state.profiles = profiles.into();

    // Tables added within format 2: a file written before them has neither.
    let mut records = std::collections::BTreeMap::new();
    match txn.open_table(PROFILE_RECORDS) {
        Ok(t) => {
            for entry in t
                .iter()
                .map_err(|e| table_err("profile_records", e.into()))?
            {
                let (k, v) = entry.map_err(|e| table_err("profile_records", e.into()))?;
                let seq = k.value();
                let profile = ConversationProfile::decode(v.value())
                    .map_err(|e| damaged(format!("profile row {seq} does not decode: {e}")))?;
                records.insert(seq, profile);
            }
        }
        Err(redb::TableError::TableDoesNotExist(_)) => {}
        Err(e) => return Err(table_err("profile_records", e.into())),
    }
    state.profile_records = records.into();
    let mut pending = std::collections::BTreeMap::new();
    match txn.open_table(PENDING) {
        Ok(t) => {
            for entry in t
                .iter()
                .map_err(|e| table_err("profile_operations", e.into()))?
            {
                let (k, v) = entry.map_err(|e| table_err("profile_operations", e.into()))?;
                let name = k.value().to_string();
                let row = PendingRow::decode(v.value()).map_err(|e| {
                    damaged(format!("pending operation row {name} does not decode: {e}"))
                })?;
                pending.insert(name, row.into_pending());
            }
        }
        Err(redb::TableError::TableDoesNotExist(_)) => {}
        Err(e) => return Err(table_err("profile_operations", e.into())),
    }
    state.pending_profile_operations = pending.into();
    state.reindex();
    Ok(Some((state, counts)))
}
