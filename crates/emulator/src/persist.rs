//! The optional data file: opening it (creating, migrating or recovering it as needed), and
//! turning each change of the state into rows that the committer writes.
//!
//! Format 2 (this version) is a redb database laid out as [`crate::store`] describes. Format 1
//! (earlier versions) was the whole state as one JSON document; such a file is converted once,
//! at start, and the original kept beside it as `<file>.v1.json`.

use std::fmt;
use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use redb::Database;

use crate::error::Error;
use crate::journal::Journal;
use crate::service::Core;
use crate::state::State;
use crate::store::{self, Change};

/// The data-file format this version writes.
pub(crate) const VERSION: u32 = 2;
/// The JSON format of earlier versions, still read (and converted).
const JSON_VERSION: u32 = 1;
/// The first bytes of every redb database.
const REDB_MAGIC: &[u8] = b"redb\x1A\x0A\xA9\x0D\x0A";

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
            write!(
                f,
                "; converted from format {v} (JSON) to format {VERSION}, the original kept as {}",
                backup_path(&self.path).display()
            )?;
        }
        if self.recovered {
            write!(
                f,
                "; it had not been closed cleanly and was recovered to its last complete change"
            )?;
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

fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".v1.json");
    PathBuf::from(name)
}

enum Kind {
    Missing,
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
    if head.starts_with(REDB_MAGIC) {
        return Ok(Kind::Redb);
    }
    if head.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{') {
        return Ok(Kind::Json);
    }
    Err(data_file_error(
        path,
        format!(
            "not an emulator data file: it starts with {:?}, neither a format-{VERSION} store \
             (redb) nor a format-{JSON_VERSION} JSON document",
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

/// Converts a format-1 file in place: the new store is written beside it and renamed over it
/// only once complete, so a crash here leaves the JSON file as it was.
fn migrate(path: &Path, state: &State) -> Result<(), Error> {
    let io = |what: &str, e| Error::io(format!("{what} while converting {}", path.display()), e);
    let backup = backup_path(path);
    std::fs::copy(path, &backup).map_err(|e| io("keeping a copy of the JSON file", e))?;
    std::fs::File::open(&backup)
        .and_then(|f| f.sync_all())
        .map_err(|e| io("syncing the copy", e))?;
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(format!(".v2-{}", std::process::id()));
    let tmp = PathBuf::from(tmp);
    let _ = std::fs::remove_file(&tmp);
    let db = Database::create(&tmp)
        .map_err(|e| data_file_error(&tmp, format!("cannot create the new store: {e}")))?;
    store::write(&db, &store::all_changes(state), true)
        .map_err(|e| data_file_error(&tmp, format!("cannot write the new store: {e}")))?;
    drop(db);
    std::fs::rename(&tmp, path).map_err(|e| io("replacing the JSON file", e))?;
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        let _ = std::fs::File::open(dir).and_then(|d| d.sync_all());
    }
    Ok(())
}

/// Runs `f`, turning a panic into an error without printing it: redb asserts on some damaged
/// files, and a damaged file deserves a clear error, not a panic message. The panic hook is
/// process-wide, so the swap is serialized and only panics on this thread are silenced.
pub(crate) fn quietly<T>(f: impl FnOnce() -> T + std::panic::UnwindSafe) -> Result<T, String> {
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

/// Opens a format-2 file, recovering it if it was not closed cleanly, and reads the state.
/// An open store, the state it held (`None` when new), and whether it had to be recovered.
type Opened = (Database, Option<(State, store::Counts)>, bool);

fn open_store(path: &Path) -> Result<Opened, Error> {
    let recovered = Arc::new(AtomicBool::new(false));
    let opened = quietly(|| {
        let flag = recovered.clone();
        let db = Database::builder()
            .set_repair_callback(move |_| flag.store(true, Ordering::Relaxed))
            .create(path)
            .map_err(|e| match e {
                redb::DatabaseError::DatabaseAlreadyOpen => {
                    data_file_error(path, "another emulator (or another program) has it open")
                }
                e => data_file_error(path, format!("damaged, cannot be opened: {e}")),
            })?;
        let state = store::read(&db, path)?;
        Ok::<_, Error>((db, state))
    });
    let (db, state) = opened.map_err(|what| {
        data_file_error(
            path,
            format!("damaged, the store gave up reading it: {what}"),
        )
    })??;
    Ok((db, state, recovered.load(Ordering::Relaxed)))
}

impl Persistence {
    /// Opens (or creates) the data file and reads the state it holds (`None` for a new file).
    pub(crate) fn open(
        path: PathBuf,
        write_through: bool,
    ) -> Result<(Persistence, Option<State>, DataFileReport), Error> {
        let started = Instant::now();
        let kind = sniff(&path)?;
        let mut migrated_from = None;
        if let Kind::Json = kind {
            let state = load_json(&path)?;
            migrate(&path, &state)?;
            migrated_from = Some(JSON_VERSION);
        }
        let (db, loaded, recovered) = open_store(&path)?;
        let journal = Journal::start(db)
            .map_err(|e| Error::io("starting the data file's committer thread", e))?;
        let counts = loaded.as_ref().map(|(_, c)| c);
        let report = DataFileReport {
            path: path.clone(),
            created: matches!(kind, Kind::Missing) || loaded.is_none(),
            migrated_from,
            recovered,
            conversations: counts.map_or(0, |c| c.conversations),
            messages: counts.map_or(0, |c| c.messages),
            operations: counts.map_or(0, |c| c.operations),
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

    /// Queues the state's changes since the last call; returns the ticket to wait for.
    /// `clock` also records the clock's reading when nothing else changed.
    fn queue(&self, core: &Core, clock: bool) -> u64 {
        let (mut state, now) = core.lock();
        let changes = changes_of(&mut state, now, clock);
        self.journal.enqueue(changes)
    }

    fn failed(&self, reason: Arc<str>) -> Error {
        data_file_error(
            &self.path,
            format!("the change was made in memory but could not be written: {reason}"),
        )
    }

    /// Writes the state's changes, if there are any, and waits until they are on disk; with
    /// none it returns at once (a read that only aged the state, say).
    pub(crate) async fn commit_if_changed(&self, core: &Core) -> Result<(), Error> {
        let ticket = {
            let (mut state, now) = core.lock();
            let changes = changes_of(&mut state, now, false);
            if changes.is_empty() {
                return Ok(());
            }
            self.journal.enqueue(changes)
        };
        self.journal.wait(ticket).await.map_err(|e| self.failed(e))
    }

    /// Writes the state's changes and waits until they are on disk.
    pub(crate) async fn commit(&self, core: &Core, clock: bool) -> Result<(), Error> {
        let ticket = self.queue(core, clock);
        self.journal.wait(ticket).await.map_err(|e| self.failed(e))
    }

    /// [`commit`](Self::commit), blocking the calling thread.
    pub(crate) fn commit_blocking(&self, core: &Core, clock: bool) -> Result<(), Error> {
        let ticket = self.queue(core, clock);
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
