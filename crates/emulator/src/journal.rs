//! Group commit: one committer thread appends whatever changes are queued as one write, waits
//! for the disk once, and then tells every waiter whose changes were in it.
//!
//! Callers queue their changes while they still hold the state's lock, so the queue is in the
//! order the state changed, and each queued batch gets the next ticket number. The committer
//! takes the whole queue at once: everything that arrived while it was busy with the previous
//! transaction shares the next fsync. A caller answers its client only once the committer has
//! reported its ticket done.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::thread::JoinHandle;

use tokio::sync::watch;

use crate::logfile::LogFile;
use crate::store::Change;

/// How far the committer got.
#[derive(Debug, Clone, Default)]
struct Progress {
    /// Every ticket up to this one is on disk.
    done: u64,
    /// Set once a transaction failed: nothing after `done` will be written.
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
    stop: bool,
}

#[derive(Debug)]
struct Inner {
    queue: Mutex<Queue>,
    work: Condvar,
    progress: Mutex<Progress>,
    progress_changed: Condvar,
    progress_tx: watch::Sender<Progress>,
    /// The committer asks for a snapshot: the file has grown enough for a compaction.
    compact: AtomicBool,
}

/// The committer and its queue.
#[derive(Debug)]
pub(crate) struct Journal {
    inner: Arc<Inner>,
    thread: Mutex<Option<JoinHandle<()>>>,
}

fn locked<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl Journal {
    /// Starts the committer; it owns the file from now on and closes it when stopped.
    pub(crate) fn start(log: LogFile) -> Result<Journal, std::io::Error> {
        let inner = Arc::new(Inner {
            queue: Mutex::default(),
            work: Condvar::new(),
            progress: Mutex::default(),
            progress_changed: Condvar::new(),
            progress_tx: watch::Sender::new(Progress::default()),
            compact: AtomicBool::new(log.wants_compaction()),
        });
        let thread = std::thread::Builder::new()
            .name("emulator-committer".into())
            .spawn({
                let inner = inner.clone();
                move || commit_loop(&inner, log)
            })?;
        Ok(Journal {
            inner,
            thread: Mutex::new(Some(thread)),
        })
    }

    /// Queues changes (call with the state locked) and returns the ticket to wait for. With no
    /// changes it returns the newest ticket: a caller whose change another caller already
    /// queued waits for that one.
    pub(crate) fn enqueue(&self, changes: Vec<Change>) -> u64 {
        let mut queue = locked(&self.inner.queue);
        if !changes.is_empty() {
            queue.changes.extend(changes);
            queue.last += 1;
            self.inner.work.notify_one();
        }
        queue.last
    }

    /// The newest ticket queued: waiting for it waits for everything queued so far.
    pub(crate) fn newest(&self) -> u64 {
        locked(&self.inner.queue).last
    }

    /// Whether the committer wants the next changes as a snapshot of the whole state.
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
        self.inner.work.notify_one();
        queue.last
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

fn commit_loop(inner: &Inner, mut log: LogFile) {
    // After a failed write nothing more is written: later batches may build on the lost one,
    // and the file is better left at its last good write. Waiters then get the error.
    let mut failed = false;
    loop {
        let (snapshot, batch, ticket) = {
            let mut queue = locked(&inner.queue);
            let idle = |q: &Queue| q.changes.is_empty() && q.snapshot.is_none();
            while (idle(&queue) || failed) && !queue.stop {
                queue.changes.clear();
                queue.snapshot = None;
                queue = inner.work.wait(queue).unwrap_or_else(|e| e.into_inner());
            }
            if idle(&queue) || failed {
                break;
            }
            (
                queue.snapshot.take(),
                std::mem::take(&mut queue.changes),
                queue.last,
            )
        };
        let result = write(&mut log, snapshot, batch);
        if log.wants_compaction() {
            inner.compact.store(true, Ordering::Relaxed);
        }
        let mut progress = locked(&inner.progress);
        match result {
            Ok(()) => progress.done = ticket,
            Err(e) => {
                tracing::error!("dialogflow-emulator: writing the data file failed: {e}");
                progress.failure = Some(Arc::from(e));
                failed = true;
            }
        }
        let snapshot = progress.clone();
        drop(progress);
        inner.progress_changed.notify_all();
        inner.progress_tx.send_replace(snapshot);
    }
    if !failed && let Err(e) = log.append(Vec::new(), true) {
        tracing::error!("dialogflow-emulator: marking the data file as closed failed: {e}");
    }
    drop(log);
    // Whoever queues after this point waits for nothing: tell them the file is closed.
    let mut progress = locked(&inner.progress);
    if progress.failure.is_none() {
        progress.failure = Some(Arc::from("the data file is closed (the emulator stopped)"));
    }
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
