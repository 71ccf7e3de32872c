//! The optional data file: opening it (creating, converting or recovering it as needed), and
//! turning each change of the state into rows that the committer writes.
//!
//! Format 3 (this version) is an append-only log, laid out as [`crate::logfile`] describes.
//! Earlier formats are converted once, at start, and the original kept beside the file:
//! format 1 (the whole state as one JSON document) as `<file>.v1.json`, format 2 (a redb store,
//! [`crate::format2`]) as `<file>.v2.redb`.

use std::fmt;
use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::error::Error;
use crate::format2;
use crate::journal::Journal;
use crate::logfile::{self, LogFile};
use crate::service::Core;
use crate::state::State;
use crate::store::{self, Change};

/// The data-file format this version writes.
pub(crate) const VERSION: u32 = 3;
/// The JSON format of the first versions, still read (and converted).
const JSON_VERSION: u32 = 1;
/// The redb format of the versions before this one, still read (and converted).
const REDB_VERSION: u32 = 2;

/// What the emulator found in its data file when it started.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct DataFileReport {
    /// The data file.
    pub path: PathBuf,
    /// There was no file (or an empty one): a new one was made.
    pub created: bool,
    /// The file was in this older format and has been converted to the current one.
    pub migrated_from: Option<u32>,
    /// The file had not been closed cleanly (the emulator was killed or the machine stopped):
    /// it was checked and brought back to its last complete change.
    pub recovered: bool,
    /// Bytes of an unfinished last write (one never acknowledged) that recovery cut off.
    pub torn_bytes: u64,
    /// The file was rewritten at start without the rows later changes had replaced.
    pub compacted: bool,
    /// Conversations loaded.
    pub conversations: usize,
    /// Messages loaded, over all conversations.
    pub messages: usize,
    /// Long-running operations loaded.
    pub operations: usize,
    /// How long opening, checking, converting and reading the file took.
    pub load_time: Duration,
}

impl fmt::Display for DataFileReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "data file {}: ", self.path.display())?;
        if self.created {
            write!(f, "created")?;
        } else {
            write!(
                f,
                "loaded {} conversations, {} messages, {} operations",
                self.conversations, self.messages, self.operations
            )?;
        }
        write!(f, " in {:.3} s", self.load_time.as_secs_f64())?;
        if let Some(v) = self.migrated_from {
            let kind = if v == JSON_VERSION { "JSON" } else { "redb" };
            write!(
                f,
                "; converted from format {v} ({kind}) to format {VERSION}, the original kept as {}",
                backup_path(&self.path, v).display()
            )?;
        }
        if self.recovered {
            write!(
                f,
                "; it had not been closed cleanly and was recovered to its last complete change"
            )?;
            if self.torn_bytes > 0 {
                write!(
                    f,
                    " ({} bytes of an unfinished write cut off)",
                    self.torn_bytes
                )?;
            }
        }
        if self.compacted {
            write!(f, "; compacted (rewritten without replaced rows)")?;
        }
        Ok(())
    }
}

/// The open data file and how changes reach it.
#[derive(Debug)]
pub(crate) struct Persistence {
    pub(crate) path: PathBuf,
    /// Write (and wait for) every change before its answer is sent; otherwise only on the
    /// period, on request and at shutdown.
    pub(crate) write_through: bool,
    journal: Journal,
}

fn data_file_error(path: &Path, reason: impl Into<String>) -> Error {
    Error::DataFile {
        path: path.display().to_string(),
        reason: reason.into(),
    }
}

/// Where the original of a converted file of format `version` is kept.
fn backup_path(path: &Path, version: u32) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(if version == JSON_VERSION {
        ".v1.json"
    } else {
        ".v2.redb"
    });
    PathBuf::from(name)
}

enum Kind {
    Missing,
    Log,
    Redb,
    Json,
}

fn sniff(path: &Path) -> Result<Kind, Error> {
    let mut head = Vec::with_capacity(64);
    match std::fs::File::open(path) {
        Ok(f) => f
            .take(64)
            .read_to_end(&mut head)
            .map_err(|e| Error::io(format!("reading the data file {}", path.display()), e))?,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Kind::Missing),
        Err(e) => {
            return Err(Error::io(
                format!("reading the data file {}", path.display()),
                e,
            ));
        }
    };
    if head.is_empty() {
        return Ok(Kind::Missing);
    }
    if head.starts_with(logfile::MAGIC) {
        return Ok(Kind::Log);
    }
    if let Some(rest) = head.strip_prefix(logfile::PREFIX) {
        let version = String::from_utf8_lossy(rest);
        return Err(data_file_error(
            path,
            format!(
                "an emulator data file of format {}, which this version does not read (it \
                 reads formats {JSON_VERSION} to {VERSION})",
                version.lines().next().unwrap_or_default()
            ),
        ));
    }
    if head.starts_with(format2::MAGIC) {
        return Ok(Kind::Redb);
    }
    if head.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{') {
        return Ok(Kind::Json);
    }
    Err(data_file_error(
        path,
        format!(
            "not an emulator data file: it starts with {:?}, which is neither a format-{VERSION} \
             log, a format-{REDB_VERSION} redb store nor a format-{JSON_VERSION} JSON document",
            String::from_utf8_lossy(&head[..head.len().min(16)])
        ),
    ))
}

/// Reads a format-1 file (the whole state as JSON).
fn load_json(path: &Path) -> Result<State, Error> {
    let bytes = std::fs::read(path)
        .map_err(|e| Error::io(format!("reading the data file {}", path.display()), e))?;
    let state: State = serde_json::from_slice(&bytes).map_err(|e| {
        data_file_error(
            path,
            format!("a JSON document, but not an emulator state: {e}"),
        )
    })?;
    if state.version != JSON_VERSION {
        return Err(data_file_error(
            path,
            format!(
                "a JSON document of format version {}, but JSON files have version {JSON_VERSION}",
                state.version
            ),
        ));
    }
    Ok(state)
}

/// Converts a file of an older format in place: its original is copied beside it first, and
/// the new file replaces it only once complete, so a crash here leaves the original as it was.
fn convert(
    path: &Path,
    version: u32,
    state: Option<&State>,
    compact_after: u64,
) -> Result<(), Error> {
    let io = |what: &str, e| Error::io(format!("{what} while converting {}", path.display()), e);
    let backup = backup_path(path, version);
    std::fs::copy(path, &backup).map_err(|e| io("keeping a copy of the original", e))?;
    std::fs::File::open(&backup)
        .and_then(|f| f.sync_all())
        .map_err(|e| io("syncing the copy", e))?;
    let snapshot = state.map(store::all_changes).unwrap_or_default();
    LogFile::create(path, snapshot, compact_after, true)?;
    Ok(())
}

impl Persistence {
    /// Opens (or creates) the data file and reads the state it holds (`None` for a new file).
    pub(crate) fn open(
        path: PathBuf,
        write_through: bool,
        compact_after: u64,
    ) -> Result<(Persistence, Option<State>, DataFileReport), Error> {
        let started = Instant::now();
        let kind = sniff(&path)?;
        let mut migrated_from = None;
        let mut repaired = false;
        match kind {
            Kind::Missing => {
                LogFile::create(&path, Vec::new(), compact_after, true)?;
            }
            Kind::Json => {
                let state = load_json(&path)?;
                convert(&path, JSON_VERSION, Some(&state), compact_after)?;
                migrated_from = Some(JSON_VERSION);
            }
            Kind::Redb => {
                let (loaded, was_repaired) = format2::read(&path)?;
                convert(
                    &path,
                    REDB_VERSION,
                    loaded.as_ref().map(|(s, _)| s),
                    compact_after,
                )?;
                migrated_from = Some(REDB_VERSION);
                repaired = was_repaired;
            }
            Kind::Log => {}
        }
        let (log, loaded, recovery) = LogFile::open(&path, compact_after)?;
        let journal = Journal::start(log)
            .map_err(|e| Error::io("starting the data file's committer thread", e))?;
        let counts = loaded.as_ref().map(|(_, c)| *c).unwrap_or_default();
        let report = DataFileReport {
            path: path.clone(),
            created: matches!(kind, Kind::Missing) || loaded.is_none(),
            migrated_from,
            recovered: repaired || recovery.unclean || recovery.torn_bytes > 0,
            torn_bytes: recovery.torn_bytes,
            compacted: recovery.compacted,
            conversations: counts.conversations,
            messages: counts.messages,
            operations: counts.operations,
            load_time: started.elapsed(),
        };
        tracing::info!("dialogflow-emulator: {report}");
        let persistence = Persistence {
            path,
            write_through,
            journal,
        };
        Ok((persistence, loaded.map(|(state, _)| state), report))
    }

    /// Queues the state's changes since the last call (or, when the file is due for a
    /// compaction, the whole state); returns the ticket to wait for, `None` when nothing
    /// changed and `clock` is not set.
    fn queue(&self, core: &Core, clock: bool) -> Option<u64> {
        let (mut state, now) = core.lock();
        let changes = changes_of(&mut state, now, clock);
        if self.journal.wants_snapshot() && !changes.is_empty() {
            return Some(self.journal.enqueue_snapshot(store::all_changes(&state)));
        }
        if changes.is_empty() {
            return None;
        }
        Some(self.journal.enqueue(changes))
    }

    fn failed(&self, reason: Arc<str>) -> Error {
        data_file_error(
            &self.path,
            format!("the change was made in memory but could not be written: {reason}"),
        )
    }

    /// Queues the state's changes (see [`queue`](Self::queue)) and, the state unlocked,
    /// writes them unless a write is under way; returns the ticket to wait for.
    fn queue_and_write(&self, core: &Core, clock: bool) -> Option<u64> {
        let ticket = self.queue(core, clock)?;
        self.journal.write_queued();
        Some(ticket)
    }

    /// The ticket that covers the state's changes, written or queued by this call or already
    /// queued by another.
    fn ticket(&self, core: &Core, clock: bool) -> u64 {
        self.queue_and_write(core, clock)
            .unwrap_or_else(|| self.journal.newest())
    }

    /// Writes the state's changes, if there are any, and waits until they are on disk; with
    /// none it returns at once (a read that only aged the state, say). The write may happen
    /// on the calling thread, which it then blocks for one flush of the disk.
    pub(crate) async fn commit_if_changed(&self, core: &Core) -> Result<(), Error> {
        match self.queue_and_write(core, false) {
            Some(ticket) => self.journal.wait(ticket).await.map_err(|e| self.failed(e)),
            None => Ok(()),
        }
    }

    /// Writes the state's changes and waits until they are on disk (with none, waits for
    /// what is already queued). Like [`commit_if_changed`](Self::commit_if_changed), it may
    /// write on the calling thread.
    pub(crate) async fn commit(&self, core: &Core, clock: bool) -> Result<(), Error> {
        let ticket = self.ticket(core, clock);
        self.journal.wait(ticket).await.map_err(|e| self.failed(e))
    }

    /// [`commit`](Self::commit), blocking the calling thread.
    pub(crate) fn commit_blocking(&self, core: &Core, clock: bool) -> Result<(), Error> {
        let ticket = self.ticket(core, clock);
        self.journal
            .wait_blocking(ticket)
            .map_err(|e| self.failed(e))
    }

    /// Closes the file after writing what is already queued (not the state's other changes).
    pub(crate) fn stop(&self) {
        self.journal.close();
    }

    /// Writes what is left and closes the file.
    pub(crate) fn close(&self, core: &Core) -> Result<(), Error> {
        let done = self.commit_blocking(core, true);
        self.journal.close();
        done
    }
}

/// The rows that changed in `state` since the last call, oldest change first.
fn changes_of(state: &mut State, now: i64, clock: bool) -> Vec<Change> {
    let mut out = Vec::new();
    for seq in state.conversations.take_changed() {
        match state.conversations.get(&seq) {
            Some(record) => {
                let mut from = state.stored_messages.get(&seq).copied().unwrap_or(0);
                let mut answers_from = state.stored_answers.get(&seq).copied().unwrap_or(0);
                if from > record.messages.len() || answers_from > record.answers.len() {
                    // Messages and answers are only ever appended; if that ever changes,
                    // rewrite them all.
                    out.push(Change::Conversation { seq, row: None });
                    from = 0;
                    answers_from = 0;
                }
                store::conversation_changes(seq, record, (from, answers_from), &mut out);
                state.stored_messages.insert(seq, record.messages.len());
                state.stored_answers.insert(seq, record.answers.len());
            }
            None => {
                out.push(Change::Conversation { seq, row: None });
                state.stored_messages.remove(&seq);
                state.stored_answers.remove(&seq);
            }
        }
    }
    for seq in state.operations.take_changed() {
        let row = state
            .operations
            .get(&seq)
            .map(prost::Message::encode_to_vec);
        out.push(Change::Operation { seq, row });
    }
    for name in state.profiles.take_changed() {
        let present = state.profiles.contains(&name);
        out.push(Change::Profile { name, present });
    }
    for seq in state.profile_records.take_changed() {
        let row = state
            .profile_records
            .get(&seq)
            .map(prost::Message::encode_to_vec);
        out.push(Change::ProfileRecord { seq, row });
    }
    for name in state.pending_profile_operations.take_changed() {
        let row = state
            .pending_profile_operations
            .get(&name)
            .map(|p| prost::Message::encode_to_vec(&store::PendingRow::of(p)));
        out.push(Change::Pending { name, row });
    }
    if !out.is_empty() || clock {
        state.saved_at_micros = now;
        out.push(store::meta_change(state));
    }
    out
}
