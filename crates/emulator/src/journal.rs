//! Group commit: whoever writes takes everything queued, appends it as one write, waits for
//! the disk once, and then tells every waiter whose changes were in it.
//!
//! Callers queue their changes while they still hold the state's lock, so the queue is in the
//! order the state changed, and each queued batch gets the next ticket number. Then, with the
//! state's lock released, a caller tries to take the file: if no one is writing, it writes the
//! queue itself, with no thread to wake on the way there or back (the common case when calls
//! come one at a time). If someone is, the caller waits; the writer looks at the queue again
//! once it lets the file go and, if more arrived meanwhile, hands it to the committer thread, so
//! that a caller's answer waits for one write at most beyond its own. Everything that arrives
//! while a write is under way shares the next flush. A caller answers its client only once its
//! ticket is reported done.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, TryLockError};
use std::thread::JoinHandle;

use tokio::sync::watch;

use crate::logfile::LogFile;
use crate::store::Change;

/// How far the writes got.
#[derive(Debug, Clone, Default)]
struct Progress {
    /// Every ticket up to this one is on disk.
    done: u64,
    /// Set once a write failed: nothing after `done` will be written.
    failure: Option<Arc<str>>,
}

#[derive(Debug, Default)]
struct Queue {
    /// A snapshot of the whole state, to replace the file with (a compaction); the changes
    /// queued before it are part of it, and `changes` are those made after it.
    snapshot: Option<Vec<Change>>,
    changes: Vec<Change>,
    /// The ticket of the newest batch queued.
    last: u64,
    /// The committer is to write what is left, mark the file closed and stop.
    stop: bool,
}

impl Queue {
    fn is_empty(&self) -> bool {
        self.changes.is_empty() && self.snapshot.is_none()
    }
}

#[derive(Debug)]
struct Inner {
    queue: Mutex<Queue>,
    /// Wakes the committer: the queue has changes no writer will take, or it is to stop.
    work: Condvar,
    /// The file; `None` once closed.
    log: Mutex<Option<LogFile>>,
    progress: Mutex<Progress>,
    progress_changed: Condvar,
    progress_tx: watch::Sender<Progress>,
    /// The writer asks for a snapshot: the file has grown enough for a compaction.
    compact: AtomicBool,
}

/// The queue, the file and the committer thread.
#[derive(Debug)]
pub(crate) struct Journal {
    inner: Arc<Inner>,
    thread: Mutex<Option<JoinHandle<()>>>,
}

fn locked<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl Journal {
    /// Takes the file and starts the committer; the file is closed when the journal is.
    pub(crate) fn start(log: LogFile) -> Result<Journal, std::io::Error> {
        let inner = Arc::new(Inner {
            queue: Mutex::default(),
            work: Condvar::new(),
            compact: AtomicBool::new(log.wants_compaction()),
            log: Mutex::new(Some(log)),
            progress: Mutex::default(),
            progress_changed: Condvar::new(),
            progress_tx: watch::Sender::new(Progress::default()),
        });
        let thread = std::thread::Builder::new()
            .name("emulator-committer".into())
            .spawn({
                let inner = inner.clone();
                move || commit_loop(&inner)
            })?;
        Ok(Journal {
            inner,
            thread: Mutex::new(Some(thread)),
        })
    }

    /// Queues changes (call with the state locked, and only with some) and returns the ticket
    /// to wait for.
    pub(crate) fn enqueue(&self, changes: Vec<Change>) -> u64 {
        let mut queue = locked(&self.inner.queue);
        queue.changes.extend(changes);
        queue.last += 1;
        queue.last
    }

    /// The newest ticket queued: waiting for it waits for everything queued so far (what a
    /// caller with no changes of its own waits for: another caller may have queued them).
    pub(crate) fn newest(&self) -> u64 {
        locked(&self.inner.queue).last
    }

    /// Whether the writer wants the next changes as a snapshot of the whole state.
    pub(crate) fn wants_snapshot(&self) -> bool {
        self.inner.compact.load(Ordering::Relaxed)
    }

    /// Queues a snapshot of the whole state (call with the state locked), which replaces the
    /// file and everything queued before it; returns the ticket to wait for.
    pub(crate) fn enqueue_snapshot(&self, snapshot: Vec<Change>) -> u64 {
        let mut queue = locked(&self.inner.queue);
        self.inner.compact.store(false, Ordering::Relaxed);
        queue.changes.clear();
        queue.snapshot = Some(snapshot);
        queue.last += 1;
        queue.last
    }

    /// Writes what is queued now, on this thread, unless a write is under way (its writer then
    /// sees to what was queued). Call after [`enqueue`](Self::enqueue), without the state's
    /// lock; it blocks for one write and flush.
    pub(crate) fn write_queued(&self) {
        let inner = &self.inner;
        let mut log = match inner.log.try_lock() {
            Ok(log) => log,
            Err(TryLockError::Poisoned(e)) => e.into_inner(),
            Err(TryLockError::WouldBlock) => return,
        };
        if let Some(log) = log.as_mut() {
            write_batch(inner, log);
        }
        drop(log);
        // Changes queued while this thread held the file: their callers found it taken and
        // are waiting for someone to write them.
        if !locked(&inner.queue).is_empty() {
            inner.work.notify_one();
        }
    }

    /// Waits (asynchronously) until `ticket` is on disk.
    pub(crate) async fn wait(&self, ticket: u64) -> Result<(), Arc<str>> {
        let mut rx = self.inner.progress_tx.subscribe();
        let progress = rx
            .wait_for(|p| p.done >= ticket || p.failure.is_some())
            .await
            .map(|p| p.clone())
            .unwrap_or_else(|_| locked(&self.inner.progress).clone());
        verdict(&progress, ticket)
    }

    /// Waits (blocking the thread) until `ticket` is on disk.
    pub(crate) fn wait_blocking(&self, ticket: u64) -> Result<(), Arc<str>> {
        let mut progress = locked(&self.inner.progress);
        while progress.done < ticket && progress.failure.is_none() {
            progress = self
                .inner
                .progress_changed
                .wait(progress)
                .unwrap_or_else(|e| e.into_inner());
        }
        verdict(&progress, ticket)
    }

    /// Writes what is queued, marks the file as closed cleanly, stops the committer and closes
    /// the file. Idempotent.
    pub(crate) fn close(&self) {
        locked(&self.inner.queue).stop = true;
        self.inner.work.notify_one();
        if let Some(thread) = locked(&self.thread).take() {
            let _ = thread.join();
        }
    }
}

impl Drop for Journal {
    fn drop(&mut self) {
        self.close();
    }
}

fn verdict(progress: &Progress, ticket: u64) -> Result<(), Arc<str>> {
    if progress.done >= ticket {
        return Ok(());
    }
    Err(progress
        .failure
        .clone()
        .unwrap_or_else(|| Arc::from("the change was not written")))
}

/// Takes everything queued and writes it (with the file held); returns whether there was
/// anything. After a failed write nothing more is written: later changes may build on the lost
/// ones, and the file is better left at its last good write. Waiters then get the error.
fn write_batch(inner: &Inner, log: &mut LogFile) -> bool {
    let (snapshot, batch, ticket) = {
        let mut queue = locked(&inner.queue);
        if queue.is_empty() {
            return false;
        }
        (
            queue.snapshot.take(),
            std::mem::take(&mut queue.changes),
            queue.last,
        )
    };
    if locked(&inner.progress).failure.is_some() {
        return true;
    }
    let result = write(log, snapshot, batch);
    if log.wants_compaction() {
        inner.compact.store(true, Ordering::Relaxed);
    }
    let mut progress = locked(&inner.progress);
    match result {
        Ok(()) => progress.done = ticket,
        Err(e) => {
            tracing::error!("dialogflow-emulator: writing the data file failed: {e}");
            progress.failure = Some(Arc::from(e));
        }
    }
    publish(inner, progress);
    true
}

fn publish(inner: &Inner, progress: MutexGuard<'_, Progress>) {
    let snapshot = progress.clone();
    drop(progress);
    inner.progress_changed.notify_all();
    inner.progress_tx.send_replace(snapshot);
}

/// Replaces the file with `snapshot` if there is one, then appends `batch`.
fn write(
    log: &mut LogFile,
    snapshot: Option<Vec<Change>>,
    batch: Vec<Change>,
) -> Result<(), String> {
    if let Some(snapshot) = snapshot {
        log.replace(snapshot).map_err(|e| e.to_string())?;
    }
    if batch.is_empty() {
        return Ok(());
    }
    log.append(batch, false)
        .map_err(|e| format!("appending to the data file: {e}"))
}

/// The committer: writes what callers left queued, until told to stop; then writes what is
/// left, marks the file closed cleanly and closes it.
fn commit_loop(inner: &Inner) {
    loop {
        let stop = {
            let mut queue = locked(&inner.queue);
            while queue.is_empty() && !queue.stop {
                queue = inner.work.wait(queue).unwrap_or_else(|e| e.into_inner());
            }
            queue.is_empty() && queue.stop
        };
        let mut log = locked(&inner.log);
        let Some(file) = log.as_mut() else {
            break;
        };
        if stop {
            if locked(&inner.progress).failure.is_none()
                && let Err(e) = file.append(Vec::new(), true)
            {
                tracing::error!("dialogflow-emulator: marking the data file as closed failed: {e}");
            }
            *log = None;
            break;
        }
        write_batch(inner, file);
    }
    // Whoever queues after this point waits for nothing: tell them the file is closed.
    let mut progress = locked(&inner.progress);
    if progress.failure.is_none() {
        progress.failure = Some(Arc::from("the data file is closed (the emulator stopped)"));
    }
    publish(inner, progress);
}
