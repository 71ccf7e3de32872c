//! The policy layer: retries with exponential backoff and full jitter, under an overall deadline.
//!
//! Every RPC of a client goes through [`run`], which makes attempts through
//! the transport until one succeeds, the [`RetryStrategy`] says stop, or the
//! deadline would pass; between attempts it sleeps what the [`BackoffStrategy`]
//! says. [`RetryPolicy`] implements both and is the default.
//!
//! # Your own policy
//!
//! A strategy sees the whole [`Error`] (its code, its [`ErrorKind`], its details) and, in the
//! [`RetryContext`], the RPC (its [`RpcInfo`], idempotency included), the attempt number and
//! the time spent. For instance, retry anything that failed before the request was sent, and
//! `UNAVAILABLE` only when repeating the call is harmless:
//!
//! ```
//! use dialogflow_runtime::retry::{RetryContext, RetryStrategy};
//! use dialogflow_runtime::{Code, Error};
//!
//! #[derive(Debug)]
//! struct Careful;
//!
//! impl RetryStrategy for Careful {
//!     fn should_retry(&self, context: &RetryContext, error: &Error) -> bool {
//!         context.attempt < 5
//!             && (error.kind().before_sending()
//!                 || (error.code() == Code::Unavailable && context.rpc.idempotent()))
//!     }
//! }
//! ```
//!
//! # Defaults
//!
//! [`RetryPolicy::default`] is the policy of Google's service config for the
//! Dialogflow services: retry `UNAVAILABLE` only, first backoff 100 ms,
//! multiplied by 1.3 after each attempt up to 60 s, and stop retrying 60 s after
//! the first attempt started. The `Operations` and `Locations` mixin calls have no
//! retry by default, as in Google's clients.
//!
//! # Backoff
//!
//! Before retry *n* the client sleeps a uniformly random time in
//! `[0, min(max_backoff, initial_backoff × multiplierⁿ⁻¹))` ("full jitter"), so
//! that many clients failing together do not retry together. When the server's
//! error carries a `google.rpc.RetryInfo`, its `retry_delay` is used instead
//! (not jittered: the server asked for it). When the sleep would end after the
//! deadline, the client does not sleep at all: it returns the last error at
//! once, unchanged (its code is still the server's, e.g. `UNAVAILABLE`).
//!
//! Each attempt gets as its timeout what is left of the deadline.
//!
//! # Calls that are not idempotent
//!
//! A retry after a *lost response* repeats a request the server may already
//! have carried out. For reads (`Get*`, `List*`, `Search*`, `Generate*`,
//! `Suggest*`) that is harmless. `CompleteConversation` is idempotent on the
//! server (completing a completed conversation returns it). `IngestContextReferences`
//! replaces the references it names, so repeating it gives the same state.
//!
//! `CreateConversation` is the one call where a retry could do harm: without
//! a `conversation_id` the server picks a fresh id on each attempt, so a retry
//! after a lost response would create a *second* conversation. The client
//! therefore makes it idempotent: when retries are enabled for the call and the
//! request has no `conversation_id`, the client fills one in (see
//! [`new_conversation_id`]) before the first attempt, so every attempt names
//! the same conversation. If a retry then fails with `ALREADY_EXISTS` (the
//! lost attempt did succeed), the client fetches that conversation and returns
//! it. Turn this off with [`ClientOptions::with_generated_conversation_ids(false)`](crate::ClientOptions::with_generated_conversation_ids):
//! `CreateConversation` without an id is then never retried.
//!
//! # Tracing
//!
//! [`run`] opens a `dialogflow.call` span per call (fields `method`,
//! `attempts`, `code`, `latency_ms`) and a `dialogflow.attempt` span per attempt
//! (`attempt`, `code`, `latency_ms`). No request body, header or token is ever
//! recorded. Streaming calls are not retried and do not come here: each has a
//! `dialogflow.stream` span instead ([`StreamTrace`](crate::streaming::StreamTrace)).

use std::fmt;
use std::future::Future;
use std::time::Duration;

use tokio::time::Instant;
use tracing::Instrument;

use crate::{Code, Error, ErrorKind, RpcInfo};

mod policy;

pub use policy::{Backoff, RetryPolicy, new_conversation_id};

/// What a [`RetryStrategy`] or [`BackoffStrategy`] is told about the call, after a failed
/// attempt.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub struct RetryContext {
    /// The RPC. Its [`idempotent`](RpcInfo::idempotent) is whether repeating this call is
    /// harmless: the RPC's own (AIP-194), or made so by the client (a `CreateConversation`
    /// with a client-generated id).
    pub rpc: RpcInfo,
    /// The number of the attempt that failed: 1 for the first.
    pub attempt: u32,
    /// The time since the first attempt started.
    pub elapsed: Duration,
}

impl RetryContext {
    /// The context of failed attempt `attempt` of `rpc`, `elapsed` after the first started.
    pub fn new(rpc: RpcInfo, attempt: u32, elapsed: Duration) -> RetryContext {
        RetryContext {
            rpc,
            attempt,
            elapsed,
        }
    }
}

/// Decides whether a failed attempt is tried again.
///
/// [`run`] asks it after every failed attempt, with the error and the [`RetryContext`]; the
/// call's deadline still bounds everything. [`RetryPolicy`] is the default implementation.
pub trait RetryStrategy: Send + Sync + fmt::Debug {
    /// Whether to make another attempt after `error`.
    fn should_retry(&self, context: &RetryContext, error: &Error) -> bool;

    /// How long after the first attempt started retries may go on (`None`: only the call's
    /// deadline bounds them).
    fn total_timeout(&self) -> Option<Duration> {
        None
    }

    /// Whether this strategy can ever retry. A client uses it to skip work that only retries
    /// need (generating a request id); `true` unless the strategy knows better.
    fn retries_enabled(&self) -> bool {
        true
    }

    /// The backoff that goes with this strategy, if it has its own; `None` leaves the client's.
    fn backoff(&self) -> Option<&dyn BackoffStrategy> {
        None
    }
}

/// Decides how long to wait before the next attempt.
///
/// [`RetryPolicy`] is the default implementation: exponential backoff with full jitter,
/// or the delay a server's `RetryInfo` asks for.
pub trait BackoffStrategy: Send + Sync + fmt::Debug {
    /// The sleep before the attempt that follows failed attempt `context.attempt`.
    fn delay(&self, context: &RetryContext, error: &Error) -> Duration;
}

/// What [`run`] tells each attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Attempt {
    /// 1 for the first attempt, 2 for the first retry, ...
    pub number: u32,
    /// What is left of the deadline, to use as the attempt's timeout.
    pub timeout: Option<Duration>,
}

/// `fut` inside `span` when a subscriber wants the span, `fut` alone otherwise (no wrapper
/// to enter and leave on every poll).
fn in_span<F: Future>(
    fut: F,
    span: &tracing::Span,
) -> futures::future::Either<F, tracing::instrument::Instrumented<F>> {
    if span.is_disabled() {
        futures::future::Either::Left(fut)
    } else {
        futures::future::Either::Right(fut.instrument(span.clone()))
    }
}

/// Runs `attempt` under `retry` and `backoff` until it succeeds, fails for good, or the
/// deadline would pass. See the [module docs](self).
///
/// `rpc` names the call in traces and is shown to the strategies. `deadline` is the call's
/// overall deadline; the strategy's total timeout,
/// counted from now, may shorten it. On giving up, the last error is returned
/// as it was. When the deadline cuts a retry short, the error that caused the
/// retry is returned (not the cut attempt's `DEADLINE_EXCEEDED`); a first
/// attempt cut by the deadline gives `DEADLINE_EXCEEDED`.
pub async fn run<T, F, Fut>(
    retry: &dyn RetryStrategy,
    backoff: &dyn BackoffStrategy,
    rpc: RpcInfo,
    deadline: Option<Instant>,
    mut attempt: F,
) -> Result<T, Error>
where
    F: FnMut(Attempt) -> Fut,
    Fut: Future<Output = Result<T, Error>>,
{
    let start = Instant::now();
    let method = rpc.name();
    let deadline = match (deadline, retry.total_timeout().map(|t| start + t)) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    };
    let call_span = tracing::info_span!(
        "dialogflow.call",
        method,
        attempts = tracing::field::Empty,
        code = tracing::field::Empty,
        latency_ms = tracing::field::Empty,
    );
    let result = async move {
        let mut number = 0u32;
        let mut last_error: Option<Error> = None;
        loop {
            number += 1;
            let now = Instant::now();
            let remaining = deadline.map(|d| d.saturating_duration_since(now));
            if remaining == Some(Duration::ZERO) {
                if let Some(previous) = last_error.take() {
                    return (number - 1, Err(previous));
                }
                return (
                    number - 1,
                    Err(Error::local(
                        Code::DeadlineExceeded,
                        ErrorKind::Timeout,
                        format!("{method}: the deadline passed before an attempt could start"),
                    )),
                );
            }
            let attempt_span = tracing::debug_span!(
                "dialogflow.attempt",
                attempt = number,
                code = tracing::field::Empty,
                latency_ms = tracing::field::Empty,
            );
            let fut = attempt(Attempt {
                number,
                timeout: remaining,
            });
            let outcome = match remaining {
                Some(r) => in_span(tokio::time::timeout(r, fut), &attempt_span)
                    .await
                    .unwrap_or_else(|_| Err(Error::timeout(r))),
                None => in_span(fut, &attempt_span).await,
            };
            let code = match &outcome {
                Ok(_) => Code::Ok,
                Err(e) => e.code(),
            };
            attempt_span.record("code", code.as_str());
            attempt_span.record("latency_ms", now.elapsed().as_millis() as u64);
            let mut err = match outcome {
                Ok(v) => return (number, Ok(v)),
                Err(e) => e,
            };
            // An attempt cut short by the overall deadline says less than the
            // failure that made us retry: report that one.
            let cut_by_deadline = err.is_timeout()
                && remaining.is_some_and(|r| now.elapsed() + Duration::from_millis(1) >= r);
            if cut_by_deadline {
                if let Some(previous) = last_error.take() {
                    err = previous;
                }
                return (number, Err(err));
            }
            let context = RetryContext::new(rpc, number, start.elapsed());
            if !retry.should_retry(&context, &err) {
                return (number, Err(err));
            }
            let delay = backoff.delay(&context, &err);
            if let Some(d) = deadline
                && Instant::now() + delay >= d
            {
                tracing::debug!(parent: &attempt_span, ?delay, "the next retry would pass the deadline");
                return (number, Err(err));
            }
            tracing::debug!(parent: &attempt_span, ?delay, code = err.code().as_str(), "retrying");
            last_error = Some(err);
            tokio::time::sleep(delay).await;
        }
    };
    let (attempts, result) = in_span(result, &call_span).await;
    call_span.record("attempts", attempts);
    call_span.record(
        "code",
        match &result {
            Ok(_) => Code::Ok.as_str(),
            Err(e) => e.code().as_str(),
        },
    );
    call_span.record("latency_ms", start.elapsed().as_millis() as u64);
    result
}

#[cfg(test)]
mod tests;
