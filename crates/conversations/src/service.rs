//! What the clients of every service share: a transport of the service's trait over a
//! [`Connection`], and the policy layer (retry strategy, backoff, overall deadline, metadata)
//! every call goes through. Each client struct (`ConversationsClient`,
//! `ConversationProfilesClient`, ...) is an `Arc` of a [`ClientCore`] of its transport trait.

use std::fmt;
use std::future::Future;
use std::sync::{Arc, LazyLock};

use dialogflow_runtime::retry::{self, BackoffStrategy, RetryPolicy, RetryStrategy};
use dialogflow_runtime::streaming::{
    RequestSender, RequestStream, ResponseReceiver, StreamCounts, StreamTrace,
};
use dialogflow_runtime::{
    CallOptions, ConfigError, Connection, CustomTransport, Error, RequestOptions, RpcInfo,
    Transport,
};
use dialogflow_transport::Rpc;
use futures::stream::BoxStream;
use tokio::time::Instant;
use tracing::Instrument as _;

/// The backoff when neither the call, its retry strategy nor the client names one.
static DEFAULT_BACKOFF: LazyLock<RetryPolicy> = LazyLock::new(RetryPolicy::default);

/// A client of one service, as [`ClientBuilder`](crate::ClientBuilder) builds it.
///
/// Implemented by every client of this crate; not meant to be implemented elsewhere.
pub trait ServiceClient: Sized {
    /// The service's transport trait object, e.g. `dyn ConversationsTransport`.
    type Transport: ?Sized + Send + Sync + 'static;

    /// A client over `connection`, sharing its credentials and its connection pool.
    fn from_connection(connection: &Connection) -> Result<Self, ConfigError>;

    /// A client over a transport object (the mock, say), with the default policies.
    fn from_transport(transport: Arc<Self::Transport>) -> Self;
}

/// A service's transport trait object, made from either wire (implemented, generated, for
/// `dyn <Service>Transport`).
pub(crate) trait ServiceTransport: Send + Sync + fmt::Debug + 'static {
    /// The trait's name, for errors: `ConversationsTransport`.
    const NAME: &'static str;

    /// The gRPC transport as this trait object.
    #[cfg(feature = "grpc")]
    fn grpc(transport: dialogflow_transport::GrpcTransport) -> Arc<Self>;

    /// The REST transport as this trait object.
    #[cfg(feature = "rest")]
    fn rest(transport: dialogflow_transport::RestTransport) -> Arc<Self>;
}

/// A transport and the connection it came from, with the policy layer.
#[derive(Debug)]
pub(crate) struct ClientCore<T: ?Sized> {
    transport: Arc<T>,
    connection: Connection,
}

impl<T: ServiceTransport + ?Sized> ClientCore<T> {
    /// Over a transport object, with a custom connection around it (default policies).
    pub(crate) fn from_transport(transport: Arc<T>) -> Self {
        let connection = Connection::custom(CustomTransport::new(transport.clone()));
        ClientCore {
            transport,
            connection,
        }
    }

    /// Over `connection`'s wire, shared pool and credentials.
    pub(crate) fn from_connection(connection: &Connection) -> Result<Self, ConfigError> {
        Ok(ClientCore {
            transport: make_transport::<T>(connection)?,
            connection: connection.clone(),
        })
    }

    /// The transport calls go through.
    pub(crate) fn transport(&self) -> &Arc<T> {
        &self.transport
    }

    /// The connection the client was made from.
    pub(crate) fn connection(&self) -> &Connection {
        &self.connection
    }

    /// The retry strategy of a call: the call's own, else the client's; an RPC for which the
    /// service config retries nothing (the mixins) is not retried by default.
    pub(crate) fn policy<'a>(
        &'a self,
        rpc: Rpc,
        options: &'a RequestOptions,
    ) -> &'a dyn RetryStrategy {
        match options.retry() {
            Some(p) => p.as_ref(),
            None if rpc.retryable_codes().is_empty() => {
                self.connection.retry_when_unlisted().as_ref()
            }
            None => self.connection.retry().as_ref(),
        }
    }

    /// The backoff of a call: the call's own, its retry strategy's, the client's, the client's
    /// retry strategy's, or the default policy's, in that order.
    fn backoff<'a>(
        &'a self,
        retry: &'a dyn RetryStrategy,
        options: &'a RequestOptions,
    ) -> &'a dyn BackoffStrategy {
        options
            .backoff()
            .map(|b| b.as_ref())
            .or_else(|| retry.backoff())
            .or_else(|| self.connection.backoff().map(|b| b.as_ref()))
            .or_else(|| self.connection.retry().backoff())
            .unwrap_or(&*DEFAULT_BACKOFF)
    }

    /// The options of one attempt or stream, without a timeout: the client's metadata, then
    /// the call's, and the call's billing project.
    fn call_options(&self, options: &RequestOptions) -> CallOptions {
        let mut call = CallOptions::new();
        call.metadata = self
            .connection
            .metadata()
            .iter()
            .chain(options.metadata().iter())
            .cloned()
            .collect();
        call.user_project = options.user_project().map(str::to_owned);
        call
    }

    /// Runs one RPC of a request builder under the policy layer.
    pub(crate) async fn execute<Req, Resp, F, Fut>(
        &self,
        rpc: Rpc,
        request: Req,
        options: RequestOptions,
        send: F,
    ) -> Result<Resp, Error>
    where
        Req: Clone,
        F: Fn(Arc<T>, Req, CallOptions) -> Fut,
        Fut: Future<Output = Result<Resp, Error>>,
    {
        let policy = self.policy(rpc, &options);
        self.call(rpc.info(), policy, request, &options, send).await
    }

    /// Runs one RPC under the policy layer. Not an `async fn`: it hands back the policy
    /// layer's future itself, one nesting level (and one move of the response) fewer.
    pub(crate) fn call<'a, Req, Resp, F, Fut>(
        &'a self,
        rpc: RpcInfo,
        policy: &'a dyn RetryStrategy,
        request: Req,
        options: &'a RequestOptions,
        send: F,
    ) -> impl Future<Output = Result<Resp, Error>> + 'a
    where
        Req: Clone + 'a,
        Resp: 'a,
        F: Fn(Arc<T>, Req, CallOptions) -> Fut + 'a,
        Fut: Future<Output = Result<Resp, Error>> + 'a,
    {
        let timeout = options.timeout().or(self.connection.timeout());
        let deadline = timeout.map(|t| Instant::now() + t);
        let backoff = self.backoff(policy, options);
        retry::run(policy, backoff, rpc, deadline, move |attempt| {
            let mut call = self.call_options(options);
            call.timeout = attempt.timeout;
            // `retry::run` stops waiting for the attempt when its timeout passes.
            call.timeout_enforced_by_caller = true;
            send(self.transport.clone(), request.clone(), call)
        })
    }
}

// Only the clients of services with a streaming RPC use these.
#[cfg_attr(not(feature = "participants"), allow(dead_code))]
impl<T: ServiceTransport + ?Sized> ClientCore<T> {
    /// The options of one streaming call: its timeout bounds the whole stream (the call's,
    /// else the client's, else the service config's); no retry applies.
    fn stream_options(&self, rpc: Rpc, options: &RequestOptions) -> CallOptions {
        let mut call = self.call_options(options);
        call.timeout = Some(
            options
                .timeout()
                .or(self.connection.timeout())
                .unwrap_or(rpc.default_timeout()),
        );
        call
    }

    /// Opens a bidirectional stream with `first` as its first request: the sender of the
    /// later requests (holding up to `buffer`) and the receiver of the responses. Never
    /// retried: a stream cannot be replayed blindly.
    pub(crate) async fn open_stream<Req, Resp, F, Fut>(
        &self,
        rpc: Rpc,
        first: Req,
        options: RequestOptions,
        buffer: usize,
        open: F,
    ) -> Result<(RequestSender<Req>, ResponseReceiver<Resp>), Error>
    where
        Req: Send + 'static,
        Resp: Send + 'static,
        F: FnOnce(Arc<T>, RequestStream<Req>, CallOptions) -> Fut,
        Fut: Future<Output = Result<ResponseReceiver<Resp>, Error>>,
    {
        let counts = StreamCounts::new();
        let trace = StreamTrace::open(rpc.name(), counts.clone());
        let (sender, requests) = RequestSender::channel(buffer, counts);
        // The buffer holds at least one request, and nothing has been taken from it yet.
        sender.send(first).await?;
        let call = self.stream_options(rpc, &options);
        let receiver = traced(trace, open(self.transport.clone(), requests, call)).await?;
        Ok((sender, receiver))
    }

    /// Opens a bidirectional stream with `first`, then every request of `rest` as the wire
    /// takes them; the request side ends with `rest`.
    pub(crate) async fn stream_all<Req, Resp, F, Fut>(
        &self,
        rpc: Rpc,
        first: Req,
        rest: BoxStream<'static, Req>,
        options: RequestOptions,
        open: F,
    ) -> Result<ResponseReceiver<Resp>, Error>
    where
        Req: Send + 'static,
        Resp: Send + 'static,
        F: FnOnce(Arc<T>, RequestStream<Req>, CallOptions) -> Fut,
        Fut: Future<Output = Result<ResponseReceiver<Resp>, Error>>,
    {
        let counts = StreamCounts::new();
        let trace = StreamTrace::open(rpc.name(), counts.clone());
        let requests = RequestStream::with_first(first, rest, counts);
        let call = self.stream_options(rpc, &options);
        traced(trace, open(self.transport.clone(), requests, call)).await
    }
}

/// Opens a stream inside its `dialogflow.stream` span, and hands the span to the receiver,
/// which records the end of the call; a stream that fails to open records its error now.
/// Every stream of every client passes here (see [`StreamTrace`]).
#[cfg_attr(not(feature = "participants"), allow(dead_code))]
async fn traced<Resp, Fut>(
    trace: StreamTrace,
    opening: Fut,
) -> Result<ResponseReceiver<Resp>, Error>
where
    Resp: Send + 'static,
    Fut: Future<Output = Result<ResponseReceiver<Resp>, Error>>,
{
    match opening.instrument(trace.span().clone()).await {
        Ok(receiver) => Ok(receiver.with_trace(trace)),
        Err(error) => {
            trace.finish(error.code());
            Err(error)
        }
    }
}

/// The transport of `connection` for the service of `T`.
fn make_transport<T: ServiceTransport + ?Sized>(
    connection: &Connection,
) -> Result<Arc<T>, ConfigError> {
    #[cfg(any(feature = "grpc", feature = "rest"))]
    let err = |e: Error| ConfigError::Transport {
        message: e.to_string(),
    };
    match connection.transport() {
        #[cfg(feature = "grpc")]
        Transport::Grpc => Ok(T::grpc(
            dialogflow_transport::GrpcTransport::from_connection(connection).map_err(err)?,
        )),
        #[cfg(not(feature = "grpc"))]
        Transport::Grpc => Err(ConfigError::TransportNotCompiled {
            transport: "gRPC",
            feature: "grpc",
        }),
        #[cfg(feature = "rest")]
        Transport::Rest => Ok(T::rest(
            dialogflow_transport::RestTransport::from_connection(connection).map_err(err)?,
        )),
        #[cfg(not(feature = "rest"))]
        Transport::Rest => Err(ConfigError::TransportNotCompiled {
            transport: "REST",
            feature: "rest",
        }),
        Transport::Custom(custom) => custom.get::<T>().ok_or_else(|| ConfigError::Transport {
            message: format!(
                "the custom transport is an Arc<{}>, not an Arc<dyn {}>",
                custom.type_name(),
                T::NAME
            ),
        }),
        _ => Err(ConfigError::Transport {
            message: format!(
                "the {} transport is not known to this client",
                connection.transport().name()
            ),
        }),
    }
}
