//! The policy layer: retries with exponential backoff and full jitter, under an overall deadline.
//!
//! Every RPC of the client goes through [`run`], which makes attempts through
//! the transport until one succeeds, an error is not retryable, the attempts
//! run out, or the deadline would pass.
//!
//! # Defaults
//!
//! [`RetryPolicy::default`] is the policy of Google's service config for the
//! Conversations service: retry `UNAVAILABLE` only, first backoff 100 ms,
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
//! it. Turn this off with `ClientOptions::with_generated_conversation_ids(false)`:
//! `CreateConversation` without an id is then never retried.
//!
//! # Tracing
//!
//! [`run`] opens a `dialogflow.call` span per call (fields `method`,
//! `attempts`, `code`, `latency_ms`) and a `dialogflow.attempt` span per attempt
//! (`attempt`, `code`, `latency_ms`). No request body, header or token is ever
//! recorded.

use std::future::Future;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use dialogflow_transport::{Code, Error, ErrorKind};
use tokio::time::Instant;
use tracing::Instrument;

/// When and how often to retry a failed call.
///
/// ```
/// use std::time::Duration;
/// use dialogflow_conversations::retry::RetryPolicy;
/// use dialogflow_transport::Code;
///
/// let policy = RetryPolicy::default()
///     .with_retryable_codes([Code::Unavailable, Code::ResourceExhausted])
///     .with_max_attempts(5)
///     .with_total_timeout(Some(Duration::from_secs(10)));
/// assert!(policy.is_retryable(Code::ResourceExhausted));
/// assert!(!RetryPolicy::none().is_retryable(Code::Unavailable));
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct RetryPolicy {
    retryable_codes: Vec<Code>,
    initial_backoff: Duration,
    multiplier: f64,
    max_backoff: Duration,
    total_timeout: Option<Duration>,
    max_attempts: Option<u32>,
    honor_retry_info: bool,
    jitter_seed: Option<u64>,
}

impl Default for RetryPolicy {
    /// The service config's policy for Conversations (see the module docs).
    fn default() -> Self {
        RetryPolicy {
            retryable_codes: vec![Code::Unavailable],
            initial_backoff: Duration::from_millis(100),
            multiplier: 1.3,
            max_backoff: Duration::from_secs(60),
            total_timeout: Some(Duration::from_secs(60)),
            max_attempts: None,
            honor_retry_info: true,
            jitter_seed: None,
        }
    }
}

impl RetryPolicy {
    /// No retries: one attempt, whatever the error.
    pub fn none() -> Self {
        RetryPolicy {
            retryable_codes: Vec::new(),
            max_attempts: Some(1),
            total_timeout: None,
            ..RetryPolicy::default()
        }
    }

    /// Sets the codes that are retried.
    pub fn with_retryable_codes(mut self, codes: impl IntoIterator<Item = Code>) -> Self {
        self.retryable_codes = codes.into_iter().collect();
        self
    }

    /// Sets the first backoff.
    pub fn with_initial_backoff(mut self, initial: Duration) -> Self {
        self.initial_backoff = initial;
        self
    }

    /// Sets the factor by which the backoff grows after each attempt (values below 1 are taken as 1).
    pub fn with_multiplier(mut self, multiplier: f64) -> Self {
        self.multiplier = if multiplier.is_finite() && multiplier >= 1.0 {
            multiplier
        } else {
            1.0
        };
        self
    }

    /// Sets the largest backoff.
    pub fn with_max_backoff(mut self, max: Duration) -> Self {
        self.max_backoff = max;
        self
    }

    /// Sets how long after the first attempt started retries may go on (`None`: no limit but the call's deadline).
    pub fn with_total_timeout(mut self, total: Option<Duration>) -> Self {
        self.total_timeout = total;
        self
    }

    /// Sets the largest number of attempts, the first one included (at least 1).
    pub fn with_max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = Some(attempts.max(1));
        self
    }

    /// Sets whether a server's `RetryInfo` delay replaces the computed backoff (default: yes).
    pub fn with_honor_retry_info(mut self, honor: bool) -> Self {
        self.honor_retry_info = honor;
        self
    }

    /// Seeds the jitter, for reproducible delays in tests (default: random per call).
    pub fn with_jitter_seed(mut self, seed: u64) -> Self {
        self.jitter_seed = Some(seed);
        self
    }

    /// The codes that are retried.
    pub fn retryable_codes(&self) -> &[Code] {
        &self.retryable_codes
    }

    /// Whether an error with this code is retried.
    pub fn is_retryable(&self, code: Code) -> bool {
        self.retryable_codes.contains(&code)
    }

    /// The first backoff.
    pub fn initial_backoff(&self) -> Duration {
        self.initial_backoff
    }

    /// The backoff growth factor.
    pub fn multiplier(&self) -> f64 {
        self.multiplier
    }

    /// The largest backoff.
    pub fn max_backoff(&self) -> Duration {
        self.max_backoff
    }

    /// How long after the first attempt retries may go on.
    pub fn total_timeout(&self) -> Option<Duration> {
        self.total_timeout
    }

    /// The largest number of attempts, if limited.
    pub fn max_attempts(&self) -> Option<u32> {
        self.max_attempts
    }

    /// Whether any retry can happen at all.
    pub fn retries_enabled(&self) -> bool {
        !self.retryable_codes.is_empty() && self.max_attempts != Some(1)
    }

    /// The sequence of jittered backoffs this policy produces.
    pub fn backoff(&self) -> Backoff {
        Backoff {
            ceiling: self.initial_backoff.min(self.max_backoff),
            multiplier: self.multiplier,
            max: self.max_backoff,
            seed: self.jitter_seed,
            rng: None,
        }
    }
}

/// Jittered exponential backoffs: each call to [`next`](Iterator::next) gives
/// the sleep before the next retry.
#[derive(Debug, Clone)]
pub struct Backoff {
    ceiling: Duration,
    multiplier: f64,
    max: Duration,
    seed: Option<u64>,
    /// Seeded on the first retry: a call that succeeds at once never pays for it.
    rng: Option<SplitMix64>,
}

impl Backoff {
    /// The upper bound of the next delay (before jitter).
    pub fn ceiling(&self) -> Duration {
        self.ceiling
    }
}

impl Iterator for Backoff {
    type Item = Duration;

    fn next(&mut self) -> Option<Duration> {
        let seed = self.seed;
        let rng = self
            .rng
            .get_or_insert_with(|| SplitMix64::new(seed.unwrap_or_else(random_seed)));
        let delay = self.ceiling.mul_f64(rng.next_f64());
        self.ceiling = self.ceiling.mul_f64(self.multiplier).min(self.max);
        Some(delay)
    }
}

/// A small, fast, seedable generator (SplitMix64); not for secrets.
#[derive(Debug, Clone)]
struct SplitMix64(u64);

impl SplitMix64 {
    fn new(seed: u64) -> Self {
        SplitMix64(seed)
    }

    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `[0, 1)`.
    fn next_f64(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// A seed that differs between calls and processes (std's per-process random keys,
/// the clock and a counter).
fn random_seed() -> u64 {
    use std::hash::{BuildHasher, Hasher};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
    if let Ok(t) = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH) {
        hasher.write_u128(t.as_nanos());
    }
    hasher.finish()
}

/// A fresh conversation id for `CreateConversation`: `c` followed by 26
/// lowercase base-32 characters (130 random bits), which fits the API's rule
/// for ids (`[a-zA-Z][a-zA-Z0-9_-]*`, 3 to 64 characters).
pub fn new_conversation_id() -> String {
    const ALPHABET: &[u8; 32] = b"abcdefghijklmnopqrstuvwxyz234567";
    let mut rng_a = SplitMix64::new(random_seed());
    let mut rng_b = SplitMix64::new(random_seed());
    let mut bits = (u128::from(rng_a.next_u64()) << 64) | u128::from(rng_b.next_u64());
    let mut extra = rng_a.next_u64();
    let mut id = String::with_capacity(27);
    id.push('c');
    for i in 0..26 {
        let v = if i < 25 {
            let v = (bits & 31) as usize;
            bits >>= 5;
            v
        } else {
            let v = (extra & 31) as usize;
            extra >>= 5;
            v
        };
        id.push(ALPHABET[v] as char);
    }
    id
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

/// Runs `attempt` under `policy` until it succeeds, fails for good, or the
/// deadline would pass. See the [module docs](self).
///
/// `deadline` is the call's overall deadline; the policy's total timeout,
/// counted from now, may shorten it. On giving up, the last error is returned
/// as it was. When the deadline cuts a retry short, the error that caused the
/// retry is returned (not the cut attempt's `DEADLINE_EXCEEDED`); a first
/// attempt cut by the deadline gives `DEADLINE_EXCEEDED`.
pub async fn run<T, F, Fut>(
    policy: &RetryPolicy,
    deadline: Option<Instant>,
    method: &'static str,
    mut attempt: F,
) -> Result<T, Error>
where
    F: FnMut(Attempt) -> Fut,
    Fut: Future<Output = Result<T, Error>>,
{
    let start = Instant::now();
    let deadline = match (deadline, policy.total_timeout.map(|t| start + t)) {
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
        let mut backoff = policy.backoff();
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
            if !policy.is_retryable(err.code()) {
                return (number, Err(err));
            }
            if policy.max_attempts.is_some_and(|max| number >= max) {
                tracing::debug!(parent: &attempt_span, "no attempts left");
                return (number, Err(err));
            }
            let server_delay = if policy.honor_retry_info {
                err.retry_delay()
            } else {
                None
            };
            let jittered = backoff.next();
            let delay = server_delay.or(jittered).unwrap_or_default();
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
