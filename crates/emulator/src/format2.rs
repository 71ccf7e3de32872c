//! Reading data files of format 2, a redb store with one table per kind of record, so that
//! they can be converted to the current format (the rows are those of [`crate::store`]).
//!
//! | table | key | value |
//! |---|---|---|
//! | `meta` | `"format"` / `"state"` | [`FORMAT_MARKER`] / [`crate::store::MetaRow`] |
//! | `conversations` | creation sequence | [`crate::store::ConversationRow`] |
//! | `messages` | (conversation, message sequence) | [`crate::store::MessageRow`] |
//! | `operations` | creation sequence | `google.longrunning.Operation` |
//! | `profiles` | profile name | nothing |
//! | `profile_records` | creation sequence | `ConversationProfile` |
//! | `profile_operations` | operation name | [`crate::store::PendingRow`] |
//! | `analyze_answers` | (conversation, answer sequence) | [`crate::store::AnswerRow`] |
//!
//! The last three tables came later within format 2; a file without them has none of those
//! records.

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use redb::{Database, ReadableTable, TableDefinition, TableHandle};

use crate::error::Error;
use crate::state::State;
use crate::store::{Change, Counts, Replay};

/// The first bytes of every redb database.
pub(crate) const MAGIC: &[u8] = b"redb\x1A\x0A\xA9\x0D\x0A";
/// What the `format` entry of the `meta` table holds in a file of format 2.
const FORMAT_MARKER: &[u8] = b"dialogflow-emulator data file, format 2";

const META: TableDefinition<'_, &str, &[u8]> = TableDefinition::new("meta");
const CONVERSATIONS: TableDefinition<'_, u64, &[u8]> = TableDefinition::new("conversations");
const MESSAGES: TableDefinition<'_, (u64, u64), &[u8]> = TableDefinition::new("messages");
const OPERATIONS: TableDefinition<'_, u64, &[u8]> = TableDefinition::new("operations");
const PROFILES: TableDefinition<'_, &str, ()> = TableDefinition::new("profiles");
const PROFILE_RECORDS: TableDefinition<'_, u64, &[u8]> = TableDefinition::new("profile_records");
const PENDING: TableDefinition<'_, &str, &[u8]> = TableDefinition::new("profile_operations");
const ANSWERS: TableDefinition<'_, (u64, u64), &[u8]> = TableDefinition::new("analyze_answers");

/// A format-2 file's state (`None` for a store with no tables: nothing was ever written) and
/// whether redb had to repair it (it had not been closed cleanly).
pub(crate) type Read = (Option<(State, Counts)>, bool);

/// Opens a format-2 file read-only in spirit (redb may repair an unclean file) and reads it.
pub(crate) fn read(path: &Path) -> Result<Read, Error> {
    let damaged = |reason: String| Error::DataFile {
        path: path.display().to_string(),
        reason,
    };
    let repaired = Arc::new(AtomicBool::new(false));
    let read = quietly(|| {
        let flag = repaired.clone();
        let db = Database::builder()
            .set_repair_callback(move |_| flag.store(true, Ordering::Relaxed))
            .open(path)
            .map_err(|e| match e {
                redb::DatabaseError::DatabaseAlreadyOpen => {
                    damaged("another emulator (or another program) has it open".into())
                }
                e => damaged(format!("a format-2 store that cannot be opened: {e}")),
            })?;
        read_tables(&db).map_err(damaged)
    })
    .map_err(|what| damaged(format!("damaged, the store gave up reading it: {what}")))??;
    Ok((read, repaired.load(Ordering::Relaxed)))
}

fn read_tables(db: &Database) -> Result<Option<(State, Counts)>, String> {
    let txn = db
        .begin_read()
        .map_err(|e| format!("cannot read it: {e}"))?;
    let tables: Vec<String> = txn
        .list_tables()
        .map_err(|e| format!("cannot list its tables: {e}"))?
        .map(|t| t.name().to_string())
        .collect();
    if tables.is_empty() {
        return Ok(None);
    }
    if !tables.iter().any(|t| t == META.name()) {
        return Err(
            "a redb database, but not one the emulator wrote (it has no `meta` table)".into(),
        );
    }
    let meta = txn
        .open_table(META)
        .map_err(|e| format!("cannot open its `meta` table: {e}"))?;
    let format = meta
        .get("format")
        .map_err(|e| format!("cannot read its format marker: {e}"))?;
    match format.as_ref().map(|v| v.value()) {
        Some(marker) if marker == FORMAT_MARKER => {}
        Some(other) => {
            return Err(format!(
                "unsupported format marker {:?} (expected {:?})",
                String::from_utf8_lossy(other),
                String::from_utf8_lossy(FORMAT_MARKER)
            ));
        }
        None => return Err("it has no format marker".into()),
    }
    let mut replay = Replay::default();
    let state = meta
        .get("state")
        .map_err(|e| format!("cannot read the `state` entry: {e}"))?
        .ok_or("the `state` entry is missing")?;
    replay.apply(Change::Meta(state.value().to_vec()))?;

    // Conversations before their messages and answers; every table in key order.
    let has = |t: &str| tables.iter().any(|n| n == t);
    let table_err = |t: &str, e: redb::Error| format!("table `{t}`: {e}");
    macro_rules! each {
        ($def:expr, |$k:ident, $v:ident| $change:expr) => {
            if has($def.name()) {
                let name = $def.name();
                let table = txn
                    .open_table($def)
                    .map_err(|e| table_err(name, e.into()))?;
                for entry in table.iter().map_err(|e| table_err(name, e.into()))? {
                    let (k, v) = entry.map_err(|e| table_err(name, e.into()))?;
                    let ($k, $v) = (k.value(), v.value());
                    replay.apply($change)?;
                }
            }
        };
    }
    each!(CONVERSATIONS, |seq, row| Change::Conversation {
        seq,
        row: Some(row.to_vec()),
    });
    each!(MESSAGES, |key, row| Change::Message {
        conversation: key.0,
        seq: key.1,
        row: row.to_vec(),
    });
    each!(ANSWERS, |key, row| Change::Answer {
        conversation: key.0,
        seq: key.1,
        row: row.to_vec(),
    });
    each!(OPERATIONS, |seq, row| Change::Operation {
        seq,
        row: Some(row.to_vec()),
    });
    each!(PROFILES, |name, _unit| Change::Profile {
        name: name.to_string(),
        present: true,
    });
    each!(PROFILE_RECORDS, |seq, row| Change::ProfileRecord {
        seq,
        row: Some(row.to_vec()),
    });
    each!(PENDING, |name, row| Change::Pending {
        name: name.to_string(),
        row: Some(row.to_vec()),
    });
    replay.finish().map(Some)
}

/// Runs `f`, turning a panic into an error without printing it: redb asserts on some damaged
/// files, and a damaged file deserves a clear error, not a panic message. The panic hook is
/// process-wide, so the swap is serialized and only panics on this thread are silenced.
fn quietly<T>(f: impl FnOnce() -> T + std::panic::UnwindSafe) -> Result<T, String> {
    static HOOK: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _serial = HOOK.lock().unwrap_or_else(|e| e.into_inner());
    let me = std::thread::current().id();
    let previous: Arc<dyn Fn(&std::panic::PanicHookInfo<'_>) + Send + Sync> =
        Arc::from(std::panic::take_hook());
    let others = previous.clone();
    std::panic::set_hook(Box::new(move |info| {
        if std::thread::current().id() != me {
            others(info);
        }
    }));
    let result = std::panic::catch_unwind(f);
    drop(std::panic::take_hook());
    std::panic::set_hook(Box::new(move |info| previous(info)));
    result.map_err(|panic| {
        panic
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default()
    })
}
