//! [`RetryPolicy`]: the default retry and backoff strategy, from Google's service config.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use super::{BackoffStrategy, RetryContext, RetryStrategy};
use crate::{Code, Error};

/// When and how often to retry a failed call.
///
/// ```
/// use std::time::Duration;
/// use dialogflow_runtime::retry::RetryPolicy;
/// use dialogflow_runtime::Code;
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
    /// The service config's policy for the Dialogflow services (see the module docs).
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

impl RetryPolicy {
    /// The ceiling of the delay before retry `retry` (1 for the first), before jitter.
    fn ceiling(&self, retry: u32) -> Duration {
        let mut ceiling = self.initial_backoff.min(self.max_backoff);
        for _ in 1..retry.min(1000) {
            ceiling = ceiling.mul_f64(self.multiplier).min(self.max_backoff);
        }
        ceiling
    }
}

/// The retryable codes and the attempt limit decide; the error's kind and the RPC's
/// idempotency do not (the service config retries `UNAVAILABLE` for every RPC, and the client
/// makes `CreateConversation` safe to repeat).
impl RetryStrategy for RetryPolicy {
    fn should_retry(&self, context: &RetryContext, error: &Error) -> bool {
        self.is_retryable(error.code()) && self.max_attempts.is_none_or(|max| context.attempt < max)
    }

    fn total_timeout(&self) -> Option<Duration> {
        self.total_timeout
    }

    fn retries_enabled(&self) -> bool {
        RetryPolicy::retries_enabled(self)
    }

    fn backoff(&self) -> Option<&dyn BackoffStrategy> {
        Some(self)
    }
}

/// The server's `RetryInfo` delay when there is one and the policy honours it; otherwise a
/// uniformly random delay below the ceiling of this retry (the same sequence as
/// [`RetryPolicy::backoff`] for a seeded policy).
impl BackoffStrategy for RetryPolicy {
    fn delay(&self, context: &RetryContext, error: &Error) -> Duration {
        if self.honor_retry_info
            && let Some(delay) = error.retry_delay()
        {
            return delay;
        }
        let retry = context.attempt.max(1);
        // The n-th draw of a SplitMix64 stream is a function of the seed and n alone.
        let seed = match self.jitter_seed {
            Some(seed) => {
                seed.wrapping_add(0x9E37_79B9_7F4A_7C15u64.wrapping_mul(u64::from(retry - 1)))
            }
            None => random_seed(),
        };
        self.ceiling(retry)
            .mul_f64(SplitMix64::new(seed).next_f64())
    }
}
