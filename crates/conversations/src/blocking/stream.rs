//! The two halves of a streaming call, blocking: the async ones run on the client's runtime.

use std::fmt;
use std::sync::Arc;

use dialogflow_runtime::streaming::{RequestSender, ResponseReceiver, StreamCounts};
use dialogflow_transport::Error;
use tokio::runtime::Runtime;

/// The request side of a streaming call, blocking: [`RequestSender`] run on the client's
/// runtime. Dropping it (or [`close`](Self::close)) ends the request side.
pub struct StreamSender<T> {
    inner: RequestSender<T>,
    rt: Arc<Runtime>,
}

impl<T: Send + 'static> StreamSender<T> {
    pub(crate) fn new(inner: RequestSender<T>, rt: Arc<Runtime>) -> Self {
        StreamSender { inner, rt }
    }

    /// Queues one request, waiting while the buffer is full; fails when the call has ended
    /// (the receiver has the reason).
    pub fn send(&self, request: T) -> Result<(), Error> {
        self.rt.block_on(self.inner.send(request))
    }

    /// Ends the request side (half-close).
    pub fn close(self) {}

    /// How many requests and responses went each way so far.
    pub fn counts(&self) -> &StreamCounts {
        self.inner.counts()
    }
}

impl<T> fmt::Debug for StreamSender<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("blocking::StreamSender")
            .field("inner", &self.inner)
            .finish_non_exhaustive()
    }
}

/// The responses of a streaming call, blocking: an iterator over [`ResponseReceiver`] run
/// on the client's runtime. Each `next` waits for a response; the iterator ends with the call,
/// after at most one error. Dropping it cancels the call.
pub struct StreamReceiver<T> {
    inner: ResponseReceiver<T>,
    rt: Arc<Runtime>,
}

impl<T: Send + 'static> StreamReceiver<T> {
    pub(crate) fn new(inner: ResponseReceiver<T>, rt: Arc<Runtime>) -> Self {
        StreamReceiver { inner, rt }
    }

    /// How many requests and responses went each way so far.
    pub fn counts(&self) -> &StreamCounts {
        self.inner.counts()
    }
}

impl<T: Send + 'static> Iterator for StreamReceiver<T> {
    type Item = Result<T, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        self.rt.block_on(self.inner.next())
    }
}

impl<T> fmt::Debug for StreamReceiver<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("blocking::StreamReceiver")
            .field("inner", &self.inner)
            .finish_non_exhaustive()
    }
}
