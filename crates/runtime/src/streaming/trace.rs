//! The `dialogflow.stream` span: one per streaming call, recorded when the call ends.

use tokio::time::Instant;

use super::StreamCounts;
use crate::Code;

/// The trace of one streaming call: a `dialogflow.stream` span with the fields `method` (the
/// RPC), `sent` and `received` (the messages each way), `code` (how the call ended) and
/// `latency_ms` (from opening to the end).
///
/// `method` is set when the span opens; the others when the call ends, once:
/// [`finish`](Self::finish) records them, and a [`ResponseReceiver`](super::ResponseReceiver)
/// that carries the trace ([`with_trace`](super::ResponseReceiver::with_trace)) finishes it
/// when the server ends the call (`OK` or the error's code) or when it is dropped before
/// that (`CANCELLED`: the caller gave up on the call). No request or response content is
/// recorded.
///
/// ```
/// use dialogflow_runtime::Code;
/// use dialogflow_runtime::streaming::{StreamCounts, StreamTrace};
///
/// let counts = StreamCounts::new();
/// let trace = StreamTrace::open("StreamingAnalyzeContent", counts.clone());
/// counts.add_sent();
/// trace.finish(Code::Ok); // sent=1 received=0 code="OK"
/// ```
#[derive(Debug)]
pub struct StreamTrace {
    span: tracing::Span,
    counts: StreamCounts,
    start: Instant,
}

impl StreamTrace {
    /// Opens the span of a stream of the RPC `method`, whose messages `counts` counts.
    pub fn open(method: &'static str, counts: StreamCounts) -> StreamTrace {
        let span = tracing::info_span!(
            "dialogflow.stream",
            method,
            sent = tracing::field::Empty,
            received = tracing::field::Empty,
            code = tracing::field::Empty,
            latency_ms = tracing::field::Empty,
        );
        StreamTrace {
            span,
            counts,
            start: Instant::now(),
        }
    }

    /// The span, to run the opening of the call in (so the transport's events nest in it).
    pub fn span(&self) -> &tracing::Span {
        &self.span
    }

    /// Records how the call ended: `code`, the counts so far and the time since it opened.
    pub fn finish(self, code: Code) {
        let span = &self.span;
        span.record("sent", self.counts.sent());
        span.record("received", self.counts.received());
        span.record("code", code.as_str());
        span.record("latency_ms", self.start.elapsed().as_millis() as u64);
    }
}
