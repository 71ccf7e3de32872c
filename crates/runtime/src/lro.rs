//! Long-running operations: a typed view of `google.longrunning.Operation` and a poller
//! that waits on one.
//!
//! An RPC annotated with `google.longrunning.operation_info` answers at once with an
//! [`Operation`] whose result (`R`) and progress metadata (`M`) arrive later, packed in
//! `google.protobuf.Any`. [`Operation`] unpacks them into their declared types and refuses a
//! type it did not expect; [`Poller`] asks the service again, on a [`PollingPolicy`], until the
//! operation is done or the policy's deadline passes.
//!
//! The poller is service-agnostic: it needs only something that can get and cancel an
//! operation by name ([`OperationSource`]), which every generated client provides through its
//! `Operations` mixin.
//!
//! ```
//! use std::time::Duration;
//! use dialogflow_runtime::lro::PollingPolicy;
//!
//! let policy = PollingPolicy::new()
//!     .with_initial_delay(Duration::from_millis(500))
//!     .with_multiplier(2.0)
//!     .with_max_delay(Duration::from_secs(10))
//!     .with_deadline(Duration::from_secs(300));
//! assert_eq!(policy.delay(0), Duration::from_millis(500));
//! assert_eq!(policy.delay(1), Duration::from_secs(1));
//! assert_eq!(policy.delay(10), Duration::from_secs(10));
//! ```

use std::fmt;
use std::marker::PhantomData;
use std::sync::Arc;
use std::time::Duration;

use dialogflow_types::longrunning::{self, operation};
use dialogflow_types::protobuf::Any;
use futures::future::BoxFuture;
use futures::stream::{self, Stream};
use prost::{Message, Name};

use crate::{Code, Error, ErrorKind};

/// What a poller needs from a client: the `Operations` mixin's `GetOperation` and
/// `CancelOperation`, each with the client's own retries and credentials.
///
/// Generated clients implement it; a test can implement it over a script of answers.
pub trait OperationSource: Send + Sync + 'static {
    /// Fetches the operation's latest state.
    fn get_operation(
        &self,
        name: String,
    ) -> BoxFuture<'static, Result<longrunning::Operation, Error>>;
    /// Asks the service to cancel the operation (best effort, as the API defines it).
    fn cancel_operation(&self, name: String) -> BoxFuture<'static, Result<(), Error>>;
}

/// A `google.longrunning.Operation` whose result is an `R` and whose metadata is an `M`.
///
/// The raw operation is kept whole; the typed accessors unpack on each call and fail, rather
/// than return an empty value, when the packed type is not the declared one.
pub struct Operation<R, M> {
    raw: longrunning::Operation,
    types: PhantomData<fn() -> (R, M)>,
}

impl<R, M> Clone for Operation<R, M> {
    fn clone(&self) -> Self {
        Operation {
            raw: self.raw.clone(),
            types: PhantomData,
        }
    }
}

impl<R, M> fmt::Debug for Operation<R, M> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Operation")
            .field("name", &self.raw.name)
            .field("done", &self.raw.done)
            .field("result", &std::any::type_name::<R>())
            .field("metadata", &std::any::type_name::<M>())
            .finish()
    }
}

impl<R, M> Operation<R, M>
where
    R: Message + Name + Default,
    M: Message + Name + Default,
{
    /// Wraps an operation as the service returned it.
    pub fn new(raw: longrunning::Operation) -> Self {
        Operation {
            raw,
            types: PhantomData,
        }
    }

    /// The operation's name, by which it can be polled, resumed or cancelled.
    pub fn name(&self) -> &str {
        &self.raw.name
    }

    /// Whether the operation has finished, with a result or an error.
    pub fn done(&self) -> bool {
        self.raw.done
    }

    /// The latest progress metadata, `None` when the service sent none.
    ///
    /// An `Any` holding another type than `M` is an error naming both types.
    pub fn metadata(&self) -> Result<Option<M>, Error> {
        self.raw
            .metadata
            .as_ref()
            .map(|any| unpack::<M>(any, &self.raw.name, "metadata"))
            .transpose()
    }

    /// The outcome: `None` while running, then the typed result or the operation's error
    /// (its `google.rpc.Status` as an [`Error`], details included).
    pub fn result(&self) -> Option<Result<R, Error>> {
        if !self.raw.done {
            return None;
        }
        Some(match &self.raw.result {
            Some(operation::Result::Response(any)) => unpack::<R>(any, &self.raw.name, "result"),
            Some(operation::Result::Error(status)) => Err(Error::from_status(status.clone())),
            None => Err(Error::local(
                Code::Internal,
                ErrorKind::Decode,
                format!(
                    "operation {:?} is done but carries neither a result nor an error",
                    self.raw.name
                ),
            )),
        })
    }

    /// The raw operation.
    pub fn raw(&self) -> &longrunning::Operation {
        &self.raw
    }

    /// The raw operation, by value.
    pub fn into_raw(self) -> longrunning::Operation {
        self.raw
    }
}

/// Unpacks `any` as a `T`, or says which type was expected and which one came.
fn unpack<T: Message + Name + Default>(any: &Any, operation: &str, role: &str) -> Result<T, Error> {
    any.unpack::<T>().map_err(|e| {
        Error::with_cause(
            Code::Internal,
            ErrorKind::Decode,
            format!("operation {operation:?}: the {role} cannot be read: {e}"),
            e,
        )
    })
}

/// How often, and for how long, a [`Poller`] asks about an operation.
///
/// The n-th wait (from 0) is `initial_delay * multiplier^n`, capped at `max_delay`. Once
/// `deadline` has passed since polling began, the poller stops with a `DEADLINE_EXCEEDED`
/// error; the operation itself keeps running and can be resumed from its name.
#[derive(Debug, Clone, PartialEq)]
pub struct PollingPolicy {
    initial_delay: Duration,
    multiplier: f64,
    max_delay: Duration,
    deadline: Option<Duration>,
}

impl Default for PollingPolicy {
    /// 1 s, doubling, at most 30 s apart, for at most 10 minutes.
    fn default() -> Self {
        PollingPolicy {
            initial_delay: Duration::from_secs(1),
            multiplier: 2.0,
            max_delay: Duration::from_secs(30),
            deadline: Some(Duration::from_secs(600)),
        }
    }
}

impl PollingPolicy {
    /// The default policy: 1 s, doubling, at most 30 s apart, for at most 10 minutes.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets the first wait, before the first poll.
    pub fn with_initial_delay(mut self, delay: Duration) -> Self {
        self.initial_delay = delay;
        self
    }

    /// Sets the growth of each wait over the previous one (values below 1 are read as 1).
    pub fn with_multiplier(mut self, multiplier: f64) -> Self {
        self.multiplier = if multiplier.is_finite() && multiplier >= 1.0 {
            multiplier
        } else {
            1.0
        };
        self
    }

    /// Sets the longest wait between two polls.
    pub fn with_max_delay(mut self, delay: Duration) -> Self {
        self.max_delay = delay;
        self
    }

    /// Sets how long the poller keeps asking (`None`: until the operation is done).
    pub fn with_deadline(mut self, deadline: impl Into<Option<Duration>>) -> Self {
        self.deadline = deadline.into();
        self
    }

    /// The wait before poll number `attempt` (from 0).
    pub fn delay(&self, attempt: u32) -> Duration {
        let factor = self.multiplier.powi(attempt.min(64) as i32);
        let secs = self.initial_delay.as_secs_f64() * factor;
        if !secs.is_finite() || secs >= self.max_delay.as_secs_f64() {
            self.max_delay
        } else {
            Duration::from_secs_f64(secs).min(self.max_delay)
        }
    }

    /// How long the poller keeps asking.
    pub fn deadline(&self) -> Option<Duration> {
        self.deadline
    }
}

/// One step of a [`Poller`]: still running (with the latest metadata), or finished.
#[derive(Debug)]
pub enum Progress<R, M> {
    /// The operation is running; its latest metadata, if the service sent any.
    Running(Option<M>),
    /// The operation finished: its result, or its error.
    Done(Result<R, Error>),
}

/// Waits on one long-running operation.
///
/// Made by a client from the operation its RPC returned, or from a name with
/// [`Poller::resume`] (say, after a restart). [`until_done`](Poller::until_done) returns the
/// result; [`next`](Poller::next) or [`progress`](Poller::progress) give each step for those
/// who show progress.
pub struct Poller<R, M> {
    source: Arc<dyn OperationSource>,
    name: String,
    policy: PollingPolicy,
    latest: Option<Operation<R, M>>,
    attempt: u32,
    started: Option<tokio::time::Instant>,
    finished: bool,
}

impl<R, M> fmt::Debug for Poller<R, M> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Poller")
            .field("name", &self.name)
            .field("policy", &self.policy)
            .field("attempt", &self.attempt)
            .field("finished", &self.finished)
            .finish()
    }
}

impl<R, M> Poller<R, M>
where
    R: Message + Name + Default + Send + 'static,
    M: Message + Name + Default + Send + 'static,
{
    /// A poller for an operation the service just returned.
    pub fn new(source: Arc<dyn OperationSource>, first: Operation<R, M>) -> Self {
        Poller {
            source,
            name: first.name().to_owned(),
            policy: PollingPolicy::default(),
            latest: Some(first),
            attempt: 0,
            started: None,
            finished: false,
        }
    }

    /// A poller for an operation known only by its name.
    pub fn resume(source: Arc<dyn OperationSource>, name: impl Into<String>) -> Self {
        Poller {
            source,
            name: name.into(),
            policy: PollingPolicy::default(),
            latest: None,
            attempt: 0,
            started: None,
            finished: false,
        }
    }

    /// Sets the polling policy.
    pub fn with_policy(mut self, policy: PollingPolicy) -> Self {
        self.policy = policy;
        self
    }

    /// The operation's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The operation as last seen, if it has been seen. It stays readable after the poller
    /// finished, so after a `DEADLINE_EXCEEDED` from the polling policy it is the running
    /// operation the last poll saw.
    pub fn latest(&self) -> Option<&Operation<R, M>> {
        self.latest.as_ref()
    }

    /// The latest metadata, if any was seen (an error if it is not an `M`); like
    /// [`latest`](Self::latest), still there after the polling deadline.
    pub fn metadata(&self) -> Result<Option<M>, Error> {
        match &self.latest {
            Some(op) => op.metadata(),
            None => Ok(None),
        }
    }

    /// Asks the service to cancel the operation. The poller then sees it finish with
    /// `CANCELLED` (or with its result, if it finished first).
    pub async fn cancel(&self) -> Result<(), Error> {
        self.source.cancel_operation(self.name.clone()).await
    }

    /// The next step: polls once (after the policy's wait, unless the operation is already
    /// known and not yet reported) and returns what it saw; `None` after the operation
    /// finished. A failed poll or a passed deadline finishes the poller with that error.
    pub async fn next(&mut self) -> Option<Progress<R, M>> {
        if self.finished {
            return None;
        }
        let started = *self.started.get_or_insert_with(tokio::time::Instant::now);
        // The operation the RPC returned is reported first, without a poll.
        if self.attempt == 0 && self.latest.is_some() {
            self.attempt = 1;
        } else {
            let wait = match self.attempt {
                0 => Duration::ZERO,
                n => self.policy.delay(n - 1),
            };
            if let Some(deadline) = self.policy.deadline
                && started.elapsed() + wait > deadline
            {
                self.finished = true;
                return Some(Progress::Done(Err(Error::local(
                    Code::DeadlineExceeded,
                    ErrorKind::Timeout,
                    format!(
                        "operation {:?} was not done after polling for {:?} (the polling \
                             policy's deadline); it may still finish: resume it by name",
                        self.name,
                        started.elapsed()
                    ),
                ))));
            }
            tokio::time::sleep(wait).await;
            self.attempt = self.attempt.saturating_add(1);
            match self.source.get_operation(self.name.clone()).await {
                Ok(raw) => self.latest = Some(Operation::new(raw)),
                Err(e) => {
                    self.finished = true;
                    return Some(Progress::Done(Err(e)));
                }
            }
        }
        // The step is read from the operation kept as `latest`, without copying it.
        let op = self.latest.as_ref()?;
        let step = match op.result() {
            Some(outcome) => Progress::Done(outcome),
            None => match op.metadata() {
                Ok(metadata) => Progress::Running(metadata),
                Err(e) => Progress::Done(Err(e)),
            },
        };
        self.finished = matches!(step, Progress::Done(_));
        Some(step)
    }

    /// Polls until the operation finishes; its result, or the first error.
    pub async fn until_done(mut self) -> Result<R, Error> {
        while let Some(step) = self.next().await {
            if let Progress::Done(outcome) = step {
                return outcome;
            }
        }
        Err(Error::local(
            Code::FailedPrecondition,
            ErrorKind::Config,
            format!("operation {:?}: the poller had already finished", self.name),
        ))
    }

    /// Each step as a stream, ending after the operation finishes.
    pub fn progress(self) -> impl Stream<Item = Progress<R, M>> + Send + Unpin {
        Box::pin(stream::unfold(self, |mut poller| async move {
            let step = poller.next().await?;
            Some((step, poller))
        }))
    }
}

#[cfg(test)]
mod tests;
