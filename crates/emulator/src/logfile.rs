//! The data file, format 3: an append-only log of the state's changes.
//!
//! ```text
//! "dialogflow-emulator data file, format 3\n"     the header (MAGIC)
//! [len: u32 LE][crc32: u32 LE][Batch, len bytes]   one write
//! [len: u32 LE][crc32: u32 LE][Batch, len bytes]   the next write
//! ...
//! ```
//!
//! Each write is one frame: a protobuf [`Batch`] of [`Change`]s (the rows of
//! [`crate::store`]) behind its length and checksum. A write is appended and `fdatasync`ed
//! before its changes are acknowledged, so a change costs one frame of its own size and a
//! single flush, whatever the file already holds. Reading replays the frames in order.
//!
//! **Space ahead.** The file is extended in steps of [`EXTENT`] bytes of zeros, written and
//! synced once, so an append overwrites space the file already has and its `fdatasync` has no
//! file size to record. A header of eight zero bytes ends the frames: what follows is unused.
//!
//! **Crashes.** Only the last frame can be unfinished, and it was never acknowledged: one that
//! runs past the end of the file, whose checksum fails with nothing but zeros after it, or
//! whose header never reached the disk (zeros, then the rest of a frame) is cut off, back to
//! the frame before it. A frame that fails its checksum with more frames after it is damage,
//! not a crash, and is refused. A clean shutdown appends a frame marked `closed`; a file whose
//! last frame is not so marked was not closed cleanly.
//!
//! **Compaction.** Rows that a later change replaced stay in the file. Reading a file counts
//! the bytes its state still needs (its live rows); once the file is twice that plus a floor
//! ([`GROWTH_FLOOR`] unless set), the next write is a snapshot of the whole state instead,
//! written to a new file that replaces the old one by a rename, so a crash leaves one file or
//! the other whole. Between rewrites every appended byte counts as live, so the rewrites cost,
//! over time, at most about twice the bytes appended. Converting an older file and starting on
//! a file that is mostly replaced rows take the same path.

use std::fs::{File, OpenOptions};
use std::io::{BufReader, BufWriter, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use fs4::fs_std::FileExt as _;
use prost::Message as _;

use crate::error::Error;
use crate::state::State;
use crate::store::{Change, Counts, Replay};

/// The first bytes of every file of this format.
pub(crate) const MAGIC: &[u8] = b"dialogflow-emulator data file, format 3\n";
/// What every emulator data file of format 3 and later starts with.
pub(crate) const PREFIX: &[u8] = b"dialogflow-emulator data file, format ";
/// A frame larger than this is not one the emulator wrote.
const MAX_FRAME: u32 = 1 << 30;
/// The payload a snapshot puts in one frame, at most (one row may exceed it).
const SNAPSHOT_FRAME: usize = 1 << 20;
/// How much space the file gains at a time, zero-filled ahead of the frames.
const EXTENT: u64 = 1 << 20;
/// How much the file grows at least before a compaction is due, unless the emulator is told
/// otherwise.
pub(crate) const GROWTH_FLOOR: u64 = 16 << 20;

/// One write: the changes it carries, in the order they were made.
#[derive(Clone, PartialEq, prost::Message)]
struct Batch {
    #[prost(message, repeated, tag = "1")]
    entries: Vec<Entry>,
    /// The last write of a clean shutdown.
    #[prost(bool, tag = "2")]
    closed: bool,
}

/// One [`Change`], flattened: `kind` says which, and which of the other fields it uses.
#[derive(Clone, PartialEq, prost::Message)]
struct Entry {
    #[prost(uint32, tag = "1")]
    kind: u32,
    /// The key's sequence number (the conversation's, for messages and answers).
    #[prost(uint64, tag = "2")]
    seq: u64,
    /// A message's or an answer's own sequence number.
    #[prost(uint64, tag = "3")]
    child: u64,
    /// The key, for records keyed by name.
    #[prost(string, tag = "4")]
    name: String,
    /// The row; absent for a removal.
    #[prost(bytes = "vec", optional, tag = "5")]
    row: Option<Vec<u8>>,
}

const META: u32 = 1;
const CONVERSATION: u32 = 2;
const MESSAGE: u32 = 3;
const OPERATION: u32 = 4;
const PROFILE: u32 = 5;
const PROFILE_RECORD: u32 = 6;
const PENDING: u32 = 7;
const ANSWER: u32 = 8;

impl From<Change> for Entry {
    fn from(change: Change) -> Entry {
        let entry = |kind, seq, row| Entry {
            kind,
            seq,
            row,
            ..Default::default()
        };
        match change {
            Change::Meta(row) => entry(META, 0, Some(row)),
            Change::Conversation { seq, row } => entry(CONVERSATION, seq, row),
            Change::Message {
                conversation,
                seq,
                row,
            } => Entry {
                child: seq,
                ..entry(MESSAGE, conversation, Some(row))
            },
            Change::Answer {
                conversation,
                seq,
                row,
            } => Entry {
                child: seq,
                ..entry(ANSWER, conversation, Some(row))
            },
            Change::Operation { seq, row } => entry(OPERATION, seq, row),
            Change::ProfileRecord { seq, row } => entry(PROFILE_RECORD, seq, row),
            Change::Profile { name, present } => Entry {
                name,
                ..entry(PROFILE, 0, present.then(Vec::new))
            },
            Change::Pending { name, row } => Entry {
                name,
                ..entry(PENDING, 0, row)
            },
        }
    }
}

impl TryFrom<Entry> for Change {
    type Error = String;

    fn try_from(e: Entry) -> Result<Change, String> {
        let row = |row: Option<Vec<u8>>| {
            row.ok_or_else(|| format!("a change of kind {} without its row", e.kind))
        };
        Ok(match e.kind {
            META => Change::Meta(row(e.row)?),
            CONVERSATION => Change::Conversation {
                seq: e.seq,
                row: e.row,
            },
            MESSAGE => Change::Message {
                conversation: e.seq,
                seq: e.child,
                row: row(e.row)?,
            },
            ANSWER => Change::Answer {
                conversation: e.seq,
                seq: e.child,
                row: row(e.row)?,
            },
            OPERATION => Change::Operation {
                seq: e.seq,
                row: e.row,
            },
            PROFILE_RECORD => Change::ProfileRecord {
                seq: e.seq,
                row: e.row,
            },
            PROFILE => Change::Profile {
                name: e.name,
                present: e.row.is_some(),
            },
            PENDING => Change::Pending {
                name: e.name,
                row: e.row,
            },
            other => {
                return Err(format!(
                    "a change of unknown kind {other} (written by a newer version?)"
                ));
            }
        })
    }
}

/// Appends one frame holding `entries` to `out`.
fn push_frame(out: &mut Vec<u8>, entries: Vec<Entry>, closed: bool) {
    let batch = Batch { entries, closed };
    let start = out.len();
    out.extend_from_slice(&[0; 8]);
    batch
        .encode(out)
        .expect("a Vec grows to fit whatever is encoded into it");
    let len = (out.len() - start - 8) as u32;
    let crc = crc32fast::hash(&out[start + 8..]);
    out[start..start + 4].copy_from_slice(&len.to_le_bytes());
    out[start + 4..start + 8].copy_from_slice(&crc.to_le_bytes());
}

/// What opening a file found besides its state.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct Recovery {
    /// The last write was not marked as a clean shutdown's.
    pub(crate) unclean: bool,
    /// Bytes of an unfinished last write, cut off.
    pub(crate) torn_bytes: u64,
    /// The file was rewritten at start because most of it was replaced rows.
    pub(crate) compacted: bool,
}

/// An open file, the state it held (`None` if none yet) and what recovery found.
pub(crate) type Opened = (LogFile, Option<(State, Counts)>, Recovery);

/// The open data file, locked against other processes, positioned at its end.
#[derive(Debug)]
pub(crate) struct LogFile {
    path: PathBuf,
    file: File,
    /// The end of the frames: where the next frame goes.
    len: u64,
    /// The file's length: zeros from `len` to here.
    allocated: u64,
    /// A compaction is due once the file is this long.
    compact_at: u64,
    /// How much the file grows at least between compactions.
    floor: u64,
    /// A reused buffer for frames.
    buf: Vec<u8>,
}

fn in_use(path: &Path) -> Error {
    data_file_error(path, "another emulator (or another program) has it open")
}

fn data_file_error(path: &Path, reason: impl Into<String>) -> Error {
    Error::DataFile {
        path: path.display().to_string(),
        reason: reason.into(),
    }
}

fn sync_parent(path: &Path) {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        // Makes the rename durable; not every platform can open a directory, and then the
        // rename is as durable as that platform makes it.
        let _ = File::open(dir).and_then(|d| d.sync_all());
    }
}

/// The length at which a file whose state needs `live` bytes is due for a compaction: the
/// replaced rows take as much as the state, and at least `floor`.
fn compact_at(live: u64, floor: u64) -> u64 {
    live.saturating_mul(2).saturating_add(floor)
}

/// Reads into `buf` until it is full or the input ends; returns how much was read.
fn read_up_to(reader: &mut impl Read, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut got = 0;
    while got < buf.len() {
        match reader.read(&mut buf[got..])? {
            0 => break,
            n => got += n,
        }
    }
    Ok(got)
}

/// Reads the rest of the input and returns how far into it the last non-zero byte lies (0 when
/// it is all zeros).
fn nonzero_extent(reader: &mut impl Read) -> std::io::Result<u64> {
    let mut buf = vec![0u8; 64 << 10];
    let (mut read, mut extent) = (0u64, 0u64);
    loop {
        let n = reader.read(&mut buf)?;
        if n == 0 {
            return Ok(extent);
        }
        if let Some(last) = buf[..n].iter().rposition(|b| *b != 0) {
            extent = read + last as u64 + 1;
        }
        read += n as u64;
    }
}

/// Removes new files that a rewrite left unfinished when its process died (`<file>.new-<pid>`);
/// call with the data file locked, so that no live process is writing one.
fn remove_unfinished_rewrites(path: &Path) {
    let (Some(dir), Some(name)) = (path.parent(), path.file_name()) else {
        return;
    };
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    let mut prefix = name.to_owned();
    prefix.push(".new-");
    let prefix = prefix.to_string_lossy().into_owned();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        if entry.file_name().to_string_lossy().starts_with(&prefix) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

impl LogFile {
    /// Writes a new file holding `snapshot` beside `path` and renames it over `path` once it
    /// is complete and on disk: a crash leaves the old file (or none) in place.
    /// With `closed`, the last frame is marked as a clean shutdown's (a converted file, which
    /// no emulator had open).
    pub(crate) fn create(
        path: &Path,
        snapshot: Vec<Change>,
        floor: u64,
        closed: bool,
    ) -> Result<LogFile, Error> {
        let mut tmp = path.as_os_str().to_owned();
        tmp.push(format!(".new-{}", std::process::id()));
        let tmp = PathBuf::from(tmp);
        let io = |what: &str, e| Error::io(format!("{what} {}", tmp.display()), e);
        let file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(true)
            .open(&tmp)
            .map_err(|e| io("creating", e))?;
        if !file.try_lock_exclusive().map_err(|e| io("locking", e))? {
            return Err(in_use(&tmp));
        }
        let mut out = BufWriter::with_capacity(1 << 20, &file);
        out.write_all(MAGIC).map_err(|e| io("writing", e))?;
        let mut len = MAGIC.len() as u64;
        let mut frame = Vec::new();
        let mut entries = Vec::new();
        let mut size = 0;
        let mut changes = snapshot.into_iter().peekable();
        while let Some(change) = changes.next() {
            let entry = Entry::from(change);
            size += entry.encoded_len();
            entries.push(entry);
            let last = changes.peek().is_none();
            if size >= SNAPSHOT_FRAME || last {
                frame.clear();
                push_frame(&mut frame, std::mem::take(&mut entries), last && closed);
                out.write_all(&frame).map_err(|e| io("writing", e))?;
                len += frame.len() as u64;
                size = 0;
            }
        }
        out.flush().map_err(|e| io("writing", e))?;
        drop(out);
        file.sync_all().map_err(|e| io("syncing", e))?;
        std::fs::rename(&tmp, path).map_err(|e| {
            Error::io(
                format!("renaming {} to {}", tmp.display(), path.display()),
                e,
            )
        })?;
        sync_parent(path);
        Ok(LogFile {
            path: path.to_path_buf(),
            file,
            len,
            allocated: len,
            compact_at: compact_at(len, floor),
            floor,
            buf: Vec::new(),
        })
    }

    /// Opens an existing file of this format, reads the state it holds (`None` if it holds
    /// none yet), cuts off an unfinished last write and, if most of the file is replaced rows,
    /// rewrites it.
    pub(crate) fn open(path: &Path, floor: u64) -> Result<Opened, Error> {
        let damaged = |reason: String| data_file_error(path, reason);
        let io = |what: &str, e| Error::io(format!("{what} the data file {}", path.display()), e);
        let file = OpenOptions::new()
            .read(true)
            .write(true)
            .open(path)
            .map_err(|e| io("opening", e))?;
        if !file.try_lock_exclusive().map_err(|e| io("locking", e))? {
            return Err(in_use(path));
        }
        remove_unfinished_rewrites(path);
        let file_len = file.metadata().map_err(|e| io("reading", e))?.len();
        let mut reader = BufReader::with_capacity(1 << 20, &file);
        let mut head = vec![0; MAGIC.len()];
        reader
            .read_exact(&mut head)
            .map_err(|_| damaged("shorter than its header".into()))?;
        if head != MAGIC {
            return Err(damaged(format!(
                "its header is {:?}, expected {:?}",
                String::from_utf8_lossy(&head).trim_end(),
                String::from_utf8_lossy(MAGIC).trim_end()
            )));
        }

        let mut replay = Replay::default();
        let mut recovery = Recovery {
            unclean: true,
            ..Recovery::default()
        };
        let mut at = MAGIC.len() as u64;
        let mut frames = 0u64;
        let mut payload = Vec::new();
        while at < file_len {
            let left = file_len - at;
            let mut header = [0u8; 8];
            let got = read_up_to(&mut reader, &mut header).map_err(|e| io("reading", e))?;
            if header == [0; 8] {
                // The end of the frames (or of the file).
                let rest = nonzero_extent(&mut reader).map_err(|e| io("reading", e))?;
                if rest > 0 {
                    // A write whose first bytes never reached the disk.
                    recovery.torn_bytes = 8 + rest;
                }
                break;
            }
            let len = u32::from_le_bytes(header[..4].try_into().expect("4 bytes"));
            let crc = u32::from_le_bytes(header[4..].try_into().expect("4 bytes"));
            let end = at + 8 + u64::from(len);
            if got < 8 || end > file_len {
                // Runs past the end: the write was cut short.
                recovery.torn_bytes = left;
                break;
            }
            if len > MAX_FRAME {
                return Err(damaged(format!(
                    "the write at byte {at} claims {len} bytes, more than the emulator writes"
                )));
            }
            payload.resize(len as usize, 0);
            reader
                .read_exact(&mut payload)
                .map_err(|e| io("reading", e))?;
            if crc32fast::hash(&payload) != crc {
                let rest = nonzero_extent(&mut reader).map_err(|e| io("reading", e))?;
                if rest == 0 {
                    recovery.torn_bytes = 8 + u64::from(len);
                    break;
                }
                return Err(damaged(format!(
                    "the write at byte {at} of {file_len} fails its checksum, and more follows \
                     it: the file is damaged (not a write cut short by a crash)"
                )));
            }
            let batch = Batch::decode(payload.as_slice())
                .map_err(|e| damaged(format!("the write at byte {at} does not decode: {e}")))?;
            recovery.unclean = !batch.closed;
            for entry in batch.entries {
                let change = Change::try_from(entry)
                    .map_err(|e| damaged(format!("the write at byte {at}: {e}")))?;
                replay
                    .apply(change)
                    .map_err(|e| damaged(format!("the write at byte {at}: {e}")))?;
            }
            frames += 1;
            at = end;
        }
        drop(reader);
        if frames == 0 {
            // A new file (or one whose first write never finished): nothing to recover.
            recovery.unclean = false;
        }
        let mut allocated = file_len;
        if recovery.torn_bytes > 0 {
            // Cut off with the space ahead; the next append makes new space.
            file.set_len(at)
                .map_err(|e| io("cutting the unfinished write off", e))?;
            file.sync_all().map_err(|e| io("syncing", e))?;
            allocated = at;
        }
        let live = replay.live_bytes();
        let loaded = if replay.is_empty() {
            None
        } else {
            Some(replay.finish().map_err(damaged)?)
        };
        let mut log = LogFile {
            path: path.to_path_buf(),
            file,
            len: at,
            allocated,
            compact_at: compact_at(live, floor),
            floor,
            buf: Vec::new(),
        };
        log.file
            .seek(SeekFrom::Start(at))
            .map_err(|e| io("seeking in", e))?;
        if let Some((state, _)) = &loaded
            && log.wants_compaction()
        {
            log.replace(crate::store::all_changes(state))?;
            recovery.compacted = true;
        }
        Ok((log, loaded, recovery))
    }

    /// Appends `changes` as one frame (marked as a clean shutdown's if `closed`) and waits
    /// until it is on disk.
    pub(crate) fn append(&mut self, changes: Vec<Change>, closed: bool) -> std::io::Result<()> {
        self.buf.clear();
        push_frame(
            &mut self.buf,
            changes.into_iter().map(Entry::from).collect(),
            closed,
        );
        let end = self.len + self.buf.len() as u64;
        // Keep eight zero bytes after the last frame: they mark the end.
        if end + 8 > self.allocated {
            self.extend(end + 8)?;
        }
        self.file.write_all(&self.buf)?;
        self.len = end;
        self.file.sync_data()
    }

    /// Writes zeros from the end of the file to past `needed`, in whole extents, and syncs
    /// them with the file's new length.
    fn extend(&mut self, needed: u64) -> std::io::Result<()> {
        let target = needed.div_ceil(EXTENT) * EXTENT;
        let zeros = vec![0u8; 64 << 10];
        self.file.seek(SeekFrom::Start(self.allocated))?;
        let mut at = self.allocated;
        while at < target {
            let n = (target - at).min(zeros.len() as u64) as usize;
            self.file.write_all(&zeros[..n])?;
            at += n as u64;
        }
        self.file.sync_all()?;
        self.allocated = target;
        self.file.seek(SeekFrom::Start(self.len))?;
        Ok(())
    }

    /// Whether the file has grown enough since its last rewrite for a compaction.
    pub(crate) fn wants_compaction(&self) -> bool {
        self.len >= self.compact_at
    }

    /// Replaces the file by a new one holding `snapshot` (the whole state).
    pub(crate) fn replace(&mut self, snapshot: Vec<Change>) -> Result<(), Error> {
        let (before, started) = (self.len, std::time::Instant::now());
        // The new file is positioned at its end, where it was written up to.
        *self = LogFile::create(&self.path, snapshot, self.floor, false)?;
        tracing::info!(
            "dialogflow-emulator: data file {} compacted from {before} to {} bytes in {:.3} s",
            self.path.display(),
            self.len,
            started.elapsed().as_secs_f64()
        );
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_of_change_survives_a_frame() {
        let changes = vec![
            Change::Meta(vec![1, 2]),
            Change::Conversation {
                seq: 3,
                row: Some(vec![4]),
            },
            Change::Conversation { seq: 5, row: None },
            Change::Message {
                conversation: 3,
                seq: 6,
                row: vec![7],
            },
            Change::Answer {
                conversation: 3,
                seq: 8,
                row: vec![9],
            },
            Change::Operation {
                seq: 10,
                row: Some(vec![11]),
            },
            Change::Operation { seq: 12, row: None },
            Change::Profile {
                name: "projects/p/conversationProfiles/a".into(),
                present: true,
            },
            Change::Profile {
                name: "projects/p/conversationProfiles/b".into(),
                present: false,
            },
            Change::ProfileRecord {
                seq: 13,
                row: Some(vec![14]),
            },
            Change::ProfileRecord { seq: 15, row: None },
            Change::Pending {
                name: "projects/p/operations/o".into(),
                row: Some(vec![16]),
            },
            Change::Pending {
                name: "projects/p/operations/q".into(),
                row: None,
            },
        ];
        let mut frame = Vec::new();
        push_frame(
            &mut frame,
            changes.iter().cloned().map(Entry::from).collect(),
            true,
        );
        let len = u32::from_le_bytes(frame[..4].try_into().unwrap()) as usize;
        let crc = u32::from_le_bytes(frame[4..8].try_into().unwrap());
        assert_eq!(len, frame.len() - 8);
        assert_eq!(crc, crc32fast::hash(&frame[8..]));
        let batch = Batch::decode(&frame[8..]).unwrap();
        assert!(batch.closed);
        let back: Vec<Change> = batch
            .entries
            .into_iter()
            .map(|e| Change::try_from(e).unwrap())
            .collect();
        assert_eq!(back, changes);
    }

    #[test]
    fn an_unknown_kind_or_a_missing_row_is_an_error() {
        let unknown = Entry {
            kind: 99,
            ..Default::default()
        };
        let e = Change::try_from(unknown).unwrap_err();
        assert!(e.contains("unknown kind 99"), "{e}");
        let rowless = Entry {
            kind: MESSAGE,
            ..Default::default()
        };
        let e = Change::try_from(rowless).unwrap_err();
        assert!(e.contains("without its row"), "{e}");
    }

    #[test]
    fn a_message_of_no_stored_conversation_is_named() {
        let mut replay = Replay::default();
        let row = crate::store::MessageRow {
            micros: 1,
            message: Some(Default::default()),
        };
        let e = replay
            .apply(Change::Message {
                conversation: 41,
                seq: 42,
                row: row.encode_to_vec(),
            })
            .unwrap_err();
        assert_eq!(e, "message row (41, 42) belongs to no stored conversation");
    }
}
