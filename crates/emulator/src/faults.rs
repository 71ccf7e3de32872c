//! Fault injection: failing, delaying or cutting off calls so that clients can test how they
//! retry and recover.

use std::sync::Mutex;
use std::time::Duration;

use dialogflow_types::rpc::Code;

use crate::rng::SplitMix64;

/// When an injected failure happens relative to the call's own work.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum FaultMode {
    /// The call fails before it reads or changes any state.
    #[default]
    Before,
    /// The call runs and applies its change, then its response is replaced by the failure, as
    /// when the network loses a reply: a retry then sees the effect of the first attempt.
    After,
}

/// What to do to the calls a client makes. The default plan injects nothing.
///
/// Build one with the chained methods:
///
/// ```
/// use dialogflow_emulator::{FaultMode, FaultPlan};
/// use dialogflow_types::rpc::Code;
///
/// // The next two CreateConversation calls apply their change but lose their reply.
/// let plan = FaultPlan::new()
///     .fail_next(2)
///     .mode(FaultMode::After)
///     .code(Code::Unavailable)
///     .methods(["CreateConversation"]);
/// assert_eq!(plan.fail_next_count(), 2);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct FaultPlan {
    fail_next: u32,
    fail_fraction: f64,
    code: Code,
    mode: FaultMode,
    latency: Duration,
    drop_connection: bool,
    methods: Vec<String>,
    seed: u64,
    stream_fail_after: Option<u32>,
    stream_fail_streams: Option<u32>,
    stream_latency: Duration,
}

impl Default for FaultPlan {
    fn default() -> Self {
        FaultPlan {
            fail_next: 0,
            fail_fraction: 0.0,
            code: Code::Unavailable,
            mode: FaultMode::Before,
            latency: Duration::ZERO,
            drop_connection: false,
            methods: Vec::new(),
            seed: 0,
            stream_fail_after: None,
            stream_fail_streams: None,
            stream_latency: Duration::ZERO,
        }
    }
}

impl FaultPlan {
    /// A plan that injects nothing; add faults with the other methods.
    pub fn new() -> Self {
        Self::default()
    }

    /// Fails the next `n` matching calls, then lets calls through.
    pub fn fail_next(mut self, n: u32) -> Self {
        self.fail_next = n;
        self
    }

    /// Fails each matching call with probability `fraction` (clamped to 0..=1), drawn from a
    /// generator seeded with [`seed`](Self::seed), so a run is repeatable.
    pub fn fail_fraction(mut self, fraction: f64) -> Self {
        self.fail_fraction = if fraction.is_nan() {
            0.0
        } else {
            fraction.clamp(0.0, 1.0)
        };
        self
    }

    /// The code injected failures carry (UNAVAILABLE unless set).
    pub fn code(mut self, code: Code) -> Self {
        self.code = code;
        self
    }

    /// Whether failures happen before or after the call's work.
    pub fn mode(mut self, mode: FaultMode) -> Self {
        self.mode = mode;
        self
    }

    /// Delays every matching call by `latency` before it is handled.
    pub fn latency(mut self, latency: Duration) -> Self {
        self.latency = latency;
        self
    }

    /// Makes injected failures close the client's connection abruptly instead of answering
    /// with an error.
    pub fn drop_connection(mut self, drop: bool) -> Self {
        self.drop_connection = drop;
        self
    }

    /// Limits the plan to these methods. Each entry matches a full gRPC path
    /// (`/google.cloud.dialogflow.v2.Conversations/GetConversation`) or just the method name
    /// (`GetConversation`). Empty means every method.
    pub fn methods<I, S>(mut self, methods: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.methods = methods.into_iter().map(Into::into).collect();
        self
    }

    /// The seed of the generator behind [`fail_fraction`](Self::fail_fraction).
    pub fn seed(mut self, seed: u64) -> Self {
        self.seed = seed;
        self
    }

    /// Breaks each matching stream (`StreamingAnalyzeContent`) after it has sent `responses`
    /// responses: it ends with the plan's [`code`](Self::code) (UNAVAILABLE unless set), or,
    /// with [`drop_connection`](Self::drop_connection), its connection is closed abruptly.
    /// Every stream opened while the plan is in force is hit, unless
    /// [`stream_fail_streams`](Self::stream_fail_streams) limits how many.
    pub fn stream_fail_after(mut self, responses: u32) -> Self {
        self.stream_fail_after = Some(responses);
        self
    }

    /// Limits [`stream_fail_after`](Self::stream_fail_after) to the next `streams` matching
    /// streams; later ones run undisturbed.
    pub fn stream_fail_streams(mut self, streams: u32) -> Self {
        self.stream_fail_streams = Some(streams);
        self
    }

    /// Delays every response of matching streams by `latency` before it is sent.
    pub fn stream_latency(mut self, latency: Duration) -> Self {
        self.stream_latency = latency;
        self
    }

    /// After how many responses matching streams break, if they do.
    pub fn stream_fail_after_value(&self) -> Option<u32> {
        self.stream_fail_after
    }

    /// How many more streams [`stream_fail_after`](Self::stream_fail_after) will break
    /// (`None`: all of them).
    pub fn stream_fail_streams_value(&self) -> Option<u32> {
        self.stream_fail_streams
    }

    /// The latency added to each response of a stream.
    pub fn stream_latency_value(&self) -> Duration {
        self.stream_latency
    }

    /// How many of the next calls will still fail.
    pub fn fail_next_count(&self) -> u32 {
        self.fail_next
    }

    /// The fraction of calls that fail.
    pub fn fail_fraction_value(&self) -> f64 {
        self.fail_fraction
    }

    /// The code of injected failures.
    pub fn code_value(&self) -> Code {
        self.code
    }

    /// Before or after the call's work.
    pub fn mode_value(&self) -> FaultMode {
        self.mode
    }

    /// The added latency.
    pub fn latency_value(&self) -> Duration {
        self.latency
    }

    /// Whether failures cut the connection.
    pub fn drops_connection(&self) -> bool {
        self.drop_connection
    }

    /// The method filter (empty: all methods).
    pub fn method_filter(&self) -> &[String] {
        &self.methods
    }

    /// Whether the plan injects anything at all.
    pub fn is_active(&self) -> bool {
        self.fail_next > 0 || self.fail_fraction > 0.0 || !self.latency.is_zero()
    }

    fn applies_to(&self, method: &str) -> bool {
        self.methods.is_empty()
            || self.methods.iter().any(|m| {
                m == method || method.rsplit('/').next() == Some(m.trim_start_matches('/'))
            })
    }
}

/// What the server does to one call.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Decision {
    pub(crate) latency: Duration,
    /// `Some` if the call fails.
    pub(crate) fail: Option<(Code, FaultMode, bool)>,
}

/// What the server does to one stream: the delay before each response, and the break after
/// some number of responses (`(after, code, drop the connection)`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct StreamDecision {
    pub(crate) latency: Duration,
    pub(crate) fail_after: Option<(u32, Code, bool)>,
}

/// The plan in force and the generator it draws from.
#[derive(Debug)]
pub(crate) struct Faults {
    inner: Mutex<(FaultPlan, SplitMix64)>,
}

impl Faults {
    pub(crate) fn new(plan: FaultPlan) -> Self {
        let rng = SplitMix64::new(plan.seed);
        Faults {
            inner: Mutex::new((plan, rng)),
        }
    }

    pub(crate) fn set(&self, plan: FaultPlan) {
        let rng = SplitMix64::new(plan.seed);
        *self.inner.lock().unwrap_or_else(|e| e.into_inner()) = (plan, rng);
    }

    pub(crate) fn get(&self) -> FaultPlan {
        self.inner
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .0
            .clone()
    }

    /// Decides the fate of one call to `method` (its full gRPC path).
    pub(crate) fn decide(&self, method: &str) -> Decision {
        let mut guard = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        let (plan, rng) = &mut *guard;
        if !plan.is_active() || !plan.applies_to(method) {
            return Decision {
                latency: Duration::ZERO,
                fail: None,
            };
        }
        let fail = if plan.fail_next > 0 {
            plan.fail_next -= 1;
            true
        } else {
            plan.fail_fraction > 0.0 && rng.next_f64() < plan.fail_fraction
        };
        Decision {
            latency: plan.latency,
            fail: fail.then_some((plan.code, plan.mode, plan.drop_connection)),
        }
    }
}

impl Faults {
    /// Decides the fate of one stream of `method` (its full gRPC path), at its start.
    pub(crate) fn decide_stream(&self, method: &str) -> StreamDecision {
        let mut guard = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        let (plan, _) = &mut *guard;
        if !plan.applies_to(method) {
            return StreamDecision {
                latency: Duration::ZERO,
                fail_after: None,
            };
        }
        let fail_after = match (plan.stream_fail_after, plan.stream_fail_streams) {
            (Some(_), Some(0)) | (None, _) => None,
            (Some(k), left) => {
                plan.stream_fail_streams = left.map(|n| n - 1);
                Some((k, plan.code, plan.drop_connection))
            }
        };
        StreamDecision {
            latency: plan.stream_latency,
            fail_after,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_n_and_filter() {
        let f = Faults::new(FaultPlan::new().fail_next(2).methods(["GetConversation"]));
        let get = "/google.cloud.dialogflow.v2.Conversations/GetConversation";
        let list = "/google.cloud.dialogflow.v2.Conversations/ListConversations";
        assert!(f.decide(list).fail.is_none());
        assert!(f.decide(get).fail.is_some());
        assert!(f.decide(get).fail.is_some());
        assert!(f.decide(get).fail.is_none());
    }

    #[test]
    fn fraction_is_seeded() {
        let run = || {
            let f = Faults::new(FaultPlan::new().fail_fraction(0.5).seed(9));
            (0..64)
                .map(|_| f.decide("/x/Y").fail.is_some())
                .collect::<Vec<_>>()
        };
        let a = run();
        assert_eq!(a, run());
        let failures = a.iter().filter(|x| **x).count();
        assert!((16..48).contains(&failures), "{failures}");
    }
}
