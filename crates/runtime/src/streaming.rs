//! The pieces of a bidirectional streaming call, independent of any service or wire.
//!
//! A call is a pair: a [`RequestSender`] that the caller writes requests into, and a
//! [`ResponseReceiver`] that yields the server's responses in order.
//!
//! * **Backpressure.** Requests go through a bounded buffer: when the network or the server is
//!   slower than the caller, [`RequestSender::send`] waits instead of letting memory grow.
//! * **Half-close.** Dropping the sender (or [`RequestSender::close`]) ends the request side;
//!   the server then finishes its answers.
//! * **Cancel.** Dropping the receiver ends the call at once (over HTTP/2, a `RST_STREAM`).
//! * **Accounting.** Both halves share a [`StreamCounts`]; an error on a broken stream says how
//!   many messages went each way, so the caller knows what may need sending again.
//! * **Tracing.** A [`StreamTrace`] carried by the receiver records a `dialogflow.stream` span
//!   (the RPC, the messages each way, the final code, the duration) when the call ends.
//!
//! ```
//! # tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(async {
//! use futures::StreamExt;
//! use dialogflow_runtime::streaming::{RequestSender, StreamCounts};
//!
//! let counts = StreamCounts::new();
//! let (sender, mut requests) = RequestSender::<u32>::channel(4, counts.clone());
//! sender.send(7).await.unwrap();
//! drop(sender); // half-close
//! assert_eq!(requests.next().await, Some(7));
//! assert_eq!(requests.next().await, None);
//! assert_eq!(counts.sent(), 1);
//! # });
//! ```

use std::fmt;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::task::{Context, Poll};

use futures::StreamExt as _;
use futures::stream::{BoxStream, Stream};

use crate::{Code, Error, ErrorKind};

mod trace;

pub use trace::StreamTrace;

/// How many messages a streaming call has sent and received so far.
///
/// Cheap to clone; every clone sees the same counts.
#[derive(Debug, Clone, Default)]
pub struct StreamCounts {
    inner: Arc<Counts>,
}

#[derive(Debug, Default)]
struct Counts {
    sent: AtomicU64,
    received: AtomicU64,
}

impl StreamCounts {
    /// Counts at zero.
    pub fn new() -> Self {
        Self::default()
    }

    /// Requests handed to the wire so far.
    pub fn sent(&self) -> u64 {
        self.inner.sent.load(Ordering::Relaxed)
    }

    /// Responses received so far.
    pub fn received(&self) -> u64 {
        self.inner.received.load(Ordering::Relaxed)
    }

    /// Notes one request handed to the wire.
    pub fn add_sent(&self) {
        self.inner.sent.fetch_add(1, Ordering::Relaxed);
    }

    /// Notes one response received.
    pub fn add_received(&self) {
        self.inner.received.fetch_add(1, Ordering::Relaxed);
    }

    /// `error`, with a note of how far the stream got, for a stream that broke.
    pub fn broken(&self, error: Error) -> Error {
        let note = format!(
            "the stream broke after {} request(s) sent and {} response(s) received",
            self.sent(),
            self.received()
        );
        error.with_context(note)
    }
}

/// The caller's half of a streaming call's request side.
///
/// ```
/// # tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(async {
/// use dialogflow_runtime::streaming::{RequestSender, StreamCounts};
///
/// let (sender, requests) = RequestSender::<&str>::channel(1, StreamCounts::new());
/// drop(requests); // the call ended
/// let err = sender.send("late").await.unwrap_err();
/// assert!(err.message().contains("ended"), "{err}");
/// # });
/// ```
pub struct RequestSender<T> {
    tx: tokio::sync::mpsc::Sender<T>,
    counts: StreamCounts,
}

impl<T> fmt::Debug for RequestSender<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RequestSender")
            .field("capacity", &self.tx.capacity())
            .field("counts", &self.counts)
            .finish()
    }
}

impl<T: Send + 'static> RequestSender<T> {
    /// A sender with room for `buffer` requests (at least 1), and the stream of what it sends,
    /// which a transport hands to the wire. The stream ends when the sender is dropped.
    pub fn channel(buffer: usize, counts: StreamCounts) -> (RequestSender<T>, RequestStream<T>) {
        let (tx, mut rx) = tokio::sync::mpsc::channel(buffer.max(1));
        (
            RequestSender {
                tx,
                counts: counts.clone(),
            },
            RequestStream {
                first: None,
                inner: futures::stream::poll_fn(move |cx| rx.poll_recv(cx)).boxed(),
                counts,
            },
        )
    }

    /// Queues one request, waiting while the buffer is full.
    ///
    /// Fails when the call has already ended (the server answered with an error, the
    /// receiver was dropped, or the deadline passed); the receiver has the reason.
    pub async fn send(&self, request: T) -> Result<(), Error> {
        self.tx.send(request).await.map_err(|_| {
            Error::local(
                Code::Cancelled,
                ErrorKind::Request,
                format!(
                    "the streaming call has ended, so the request was not sent ({} sent before \
                     it; the response receiver has the reason)",
                    self.counts.sent()
                ),
            )
        })
    }

    /// Ends the request side (half-close). Dropping the sender does the same.
    pub fn close(self) {}

    /// The call's counts.
    pub fn counts(&self) -> &StreamCounts {
        &self.counts
    }
}

/// The requests of a streaming call, as the stream a transport sends: those a
/// [`RequestSender`] queued, or those of any stream ([`from_stream`](Self::from_stream)).
/// Each request the wire takes from it counts as sent.
pub struct RequestStream<T> {
    /// A request to yield before those of `inner`.
    first: Option<T>,
    inner: BoxStream<'static, T>,
    counts: StreamCounts,
}

impl<T> RequestStream<T> {
    /// The requests of `requests`, counted in `counts` as the wire takes them.
    ///
    /// ```
    /// # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
    /// use futures::StreamExt;
    /// use dialogflow_runtime::streaming::{RequestStream, StreamCounts};
    ///
    /// let counts = StreamCounts::new();
    /// let requests = RequestStream::from_stream(futures::stream::iter([1, 2, 3]).boxed(), counts.clone());
    /// assert_eq!(requests.collect::<Vec<_>>().await, [1, 2, 3]);
    /// assert_eq!(counts.sent(), 3);
    /// # });
    /// ```
    pub fn from_stream(requests: BoxStream<'static, T>, counts: StreamCounts) -> Self {
        RequestStream {
            first: None,
            inner: requests,
            counts,
        }
    }

    /// `first`, then the requests of `rest`, counted in `counts` as the wire takes them.
    ///
    /// The same as [`from_stream`](Self::from_stream) over `once(first).chain(rest)`, without
    /// the two adapters (and the box around them) that every request would pass through.
    ///
    /// ```
    /// # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
    /// use futures::StreamExt;
    /// use dialogflow_runtime::streaming::{RequestStream, StreamCounts};
    ///
    /// let rest = futures::stream::iter([2, 3]).boxed();
    /// let requests = RequestStream::with_first(1, rest, StreamCounts::new());
    /// assert_eq!(requests.collect::<Vec<_>>().await, [1, 2, 3]);
    /// # });
    /// ```
    pub fn with_first(first: T, rest: BoxStream<'static, T>, counts: StreamCounts) -> Self {
        RequestStream {
            first: Some(first),
            inner: rest,
            counts,
        }
    }

    /// The call's counts.
    pub fn counts(&self) -> &StreamCounts {
        &self.counts
    }
}

impl<T> fmt::Debug for RequestStream<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RequestStream")
            .field("counts", &self.counts)
            .finish()
    }
}

impl<T: Unpin> Stream for RequestStream<T> {
    type Item = T;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<T>> {
        if let Some(first) = self.first.take() {
            self.counts.add_sent();
            return Poll::Ready(Some(first));
        }
        let polled = self.inner.as_mut().poll_next(cx);
        if let Poll::Ready(Some(_)) = &polled {
            self.counts.add_sent();
        }
        polled
    }
}

/// The server's responses of a streaming call, in order.
///
/// Yields each response, then `None` when the server ends the call normally, or one error
/// (with the counts of the stream so far) when it does not. Dropping it cancels the call.
pub struct ResponseReceiver<T> {
    inner: BoxStream<'static, Result<T, Error>>,
    counts: StreamCounts,
    ended: bool,
    /// Finished (and taken) when the call ends, or on drop.
    trace: Option<StreamTrace>,
}

impl<T> fmt::Debug for ResponseReceiver<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ResponseReceiver")
            .field("counts", &self.counts)
            .field("ended", &self.ended)
            .finish()
    }
}

impl<T: Send + 'static> ResponseReceiver<T> {
    /// Wraps a transport's response stream; `counts` are the call's, shared with its sender.
    pub fn new(inner: BoxStream<'static, Result<T, Error>>, counts: StreamCounts) -> Self {
        ResponseReceiver {
            inner,
            counts,
            ended: false,
            trace: None,
        }
    }

    /// The receiver, recording `trace` when the call ends: `OK` when the server ends it
    /// normally, the error's code when it breaks, `CANCELLED` when the receiver is dropped
    /// before either. See [`StreamTrace`].
    pub fn with_trace(mut self, trace: StreamTrace) -> Self {
        self.trace = Some(trace);
        self
    }

    /// The next response, `None` at the end of the call.
    pub async fn next(&mut self) -> Option<Result<T, Error>> {
        futures::StreamExt::next(self).await
    }

    /// The call's counts.
    pub fn counts(&self) -> &StreamCounts {
        &self.counts
    }
}

impl<T> Stream for ResponseReceiver<T> {
    type Item = Result<T, Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        if self.ended {
            return Poll::Ready(None);
        }
        match self.inner.as_mut().poll_next(cx) {
            Poll::Ready(Some(Ok(response))) => {
                self.counts.add_received();
                Poll::Ready(Some(Ok(response)))
            }
            Poll::Ready(Some(Err(error))) => {
                // One error ends the call; nothing follows it.
                self.end(error.code());
                Poll::Ready(Some(Err(self.counts.broken(error))))
            }
            Poll::Ready(None) => {
                self.end(Code::Ok);
                Poll::Ready(None)
            }
            Poll::Pending => Poll::Pending,
        }
    }
}

impl<T> ResponseReceiver<T> {
    /// Notes the end of the call, with `code`, in the receiver and its trace.
    fn end(&mut self, code: Code) {
        self.ended = true;
        if let Some(trace) = self.trace.take() {
            trace.finish(code);
        }
    }
}

impl<T> Drop for ResponseReceiver<T> {
    fn drop(&mut self) {
        // Dropped before the server ended the call: the caller cancelled it.
        if let Some(trace) = self.trace.take() {
            trace.finish(Code::Cancelled);
        }
    }
}

#[cfg(test)]
mod tests;
