//! The gRPC transport: tonic over one shared HTTP/2 connection, with rustls.

use std::future::Future as _;
use std::marker::PhantomData;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use http::uri::PathAndQuery;
use prost::Message as _;
use tonic_prost::ProstCodec;

use crate::config::TransportConfig;
use crate::metadata::{HeaderContext, Routed, Wire};
use crate::{CallOptions, Code, Error, ErrorKind};
use dialogflow_runtime::net::{ALPN_GRPC, Connector, endpoint_uri, find_error};
use dialogflow_runtime::pool::{Pool, PoolConfig};
use dialogflow_runtime::streaming::{RequestStream, ResponseReceiver};
use futures::StreamExt as _;
use futures::stream::Stream;

/// The transport over gRPC (tonic).
///
/// All calls share one HTTP/2 connection, made lazily on the first call and remade when it
/// breaks. TLS (rustls) unless the configuration says plaintext, HTTP/2 keep-alive pings when
/// configured, and no limit on message sizes, as Google's own clients configure. Cloning is
/// cheap and shares the connection.
///
/// ```no_run
/// use std::sync::Arc;
/// use dialogflow_transport::{CallOptions, ConversationsTransport, GrpcTransport, TransportConfig};
/// use dialogflow_types::v2::ListConversationsRequest;
///
/// # async fn demo() -> Result<(), dialogflow_transport::Error> {
/// let transport: Arc<dyn ConversationsTransport> =
///     Arc::new(GrpcTransport::new(TransportConfig::new("https://dialogflow.googleapis.com"))?);
/// let request = ListConversationsRequest { parent: "projects/my-project".into(), ..Default::default() };
/// let page = transport.list_conversations(request, &CallOptions::new()).await?;
/// # let _ = page; Ok(()) }
/// ```
#[derive(Clone)]
pub struct GrpcTransport {
    pool: Pool<tonic::body::Body>,
    endpoint: String,
    headers: HeaderContext,
}

impl std::fmt::Debug for GrpcTransport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GrpcTransport")
            .field("endpoint", &self.endpoint)
            .field("auth", &self.headers.auth)
            .finish_non_exhaustive()
    }
}

impl GrpcTransport {
    /// A transport over the pool and credentials of `connection`, shared with every other
    /// client and transport made from it (on gRPC, one HTTP/2 connection for all of them).
    ///
    /// Fails when the connection has no configuration (a custom transport) or when the
    /// endpoint URL, the certificates or the proxy URL are not valid.
    pub fn from_connection(
        connection: &dialogflow_runtime::Connection,
    ) -> Result<GrpcTransport, Error> {
        let config = connection.config().ok_or_else(|| {
            Error::local(
                Code::InvalidArgument,
                ErrorKind::Config,
                "the connection is made for a custom transport: it has no endpoint to connect to",
            )
        })?;
        let pool = connection.pool::<tonic::body::Body>(|| {
            let origin = endpoint_uri(config)?;
            let connector = Connector::new(config, &origin, ALPN_GRPC)?;
            Pool::new(
                connector,
                origin,
                PoolConfig {
                    h2_only: true,
                    keep_alive_interval: config.keep_alive_interval,
                },
            )
        })?;
        let headers = HeaderContext::new(
            Wire::Grpc,
            config.user_agent.as_deref(),
            config.quota_project.clone(),
            config.auth.clone(),
        )?;
        Ok(GrpcTransport {
            pool,
            endpoint: config.endpoint.clone(),
            headers,
        })
    }

    /// Builds the transport; the connection is made on the first call.
    ///
    /// Must be called within a tokio runtime. Fails when the endpoint URL, the certificates or
    /// the proxy URL are not valid.
    pub fn new(config: TransportConfig) -> Result<GrpcTransport, Error> {
        let origin = endpoint_uri(&config)?;
        let connector = Connector::new(&config, &origin, ALPN_GRPC)?;
        let headers = HeaderContext::new(
            Wire::Grpc,
            config.user_agent.as_deref(),
            config.quota_project.clone(),
            config.auth.clone(),
        )?;
        // One HTTP/2 connection, multiplexed, remade when it breaks (the pool the REST
        // transport uses too). tonic only encodes and decodes the messages; no tonic channel
        // (and its request queue and timer layers) sits in between.
        let pool = Pool::new(
            connector,
            origin,
            PoolConfig {
                h2_only: true,
                keep_alive_interval: config.keep_alive_interval,
            },
        )?;
        Ok(GrpcTransport {
            pool,
            endpoint: config.endpoint.clone(),
            headers,
        })
    }

    /// Wraps a request with the call's metadata and timeout.
    async fn request<R: Routed>(
        &self,
        request: R,
        options: &CallOptions,
    ) -> Result<tonic::Request<R>, Error> {
        tracing::trace!(rpc = %R::RPC, "gRPC attempt starts");
        let metadata = self.metadata(&request.routing_fields(), options).await?;
        let mut grpc_request = tonic::Request::new(request);
        *grpc_request.metadata_mut() = metadata;
        Ok(grpc_request)
    }

    /// The metadata of a call: the headers of `request` (routing, credentials, the caller's)
    /// and the timeout as `grpc-timeout`.
    async fn metadata(
        &self,
        routing: &crate::metadata::RoutingFields<'_>,
        options: &CallOptions,
    ) -> Result<tonic::metadata::MetadataMap, Error> {
        let mut headers = self.headers.headers(routing, options).await?;
        if let Some(timeout) = options.timeout {
            headers.insert(GRPC_TIMEOUT, grpc_timeout(timeout));
        }
        Ok(tonic::metadata::MetadataMap::from_headers(headers))
    }

    /// tonic's codec over the pooled connection, once the connection is ready for `rpc`.
    async fn ready(
        &self,
        rpc: crate::Rpc,
    ) -> Result<tonic::client::Grpc<Pool<tonic::body::Body>>, Error> {
        let mut grpc =
            tonic::client::Grpc::with_origin(self.pool.clone(), self.pool.origin().clone())
                .max_decoding_message_size(usize::MAX)
                .max_encoding_message_size(usize::MAX);
        grpc.ready().await.map_err(|e| {
            Error::with_cause(
                Code::Unavailable,
                ErrorKind::Io,
                format!("{rpc}: the connection is not ready"),
                e,
            )
        })?;
        Ok(grpc)
    }

    /// One attempt of a unary RPC (the generated trait implementations call this): tonic's
    /// codec over the pooled connection, the RPC's path from its `Rpc` value.
    pub(crate) async fn unary<R, T>(&self, request: R, options: &CallOptions) -> Result<T, Error>
    where
        R: Routed + prost::Message + Send + Sync + 'static,
        T: prost::Message + Default + Send + 'static,
    {
        // The timeout bounds the whole attempt: credentials, connecting, the call.
        crate::deadline::bound(options, async {
            let request = self.request(request, options).await?;
            let mut grpc = self.ready(R::RPC).await?;
            let path = PathAndQuery::from_static(R::RPC.grpc_path());
            let outcome = grpc
                .unary(request, path, ProstCodec::<R, T>::default())
                .await;
            outcome_of(R::RPC, outcome)
        })
        .await
    }
}

// Only the services with a streaming RPC call these.
#[cfg_attr(not(feature = "participants"), allow(dead_code))]
impl GrpcTransport {
    /// One bidirectional streaming call (the generated trait implementations call this): the
    /// first request decides the routing header, the rest follow as the caller sends them.
    ///
    /// The options' timeout bounds the whole stream: it is sent as `grpc-timeout` and enforced
    /// here, on the responses. Dropping the receiver ends the request side too, so the call
    /// is reset (`RST_STREAM`) and the server sees it cancelled.
    pub(crate) async fn bidi<R, T>(
        &self,
        requests: RequestStream<R>,
        options: &CallOptions,
    ) -> Result<ResponseReceiver<T>, Error>
    where
        R: Routed + prost::Message + Send + Sync + Unpin + 'static,
        T: prost::Message + Default + Send + 'static,
    {
        let deadline = options.timeout.map(|t| tokio::time::Instant::now() + t);
        let counts = requests.counts().clone();
        let mut requests = requests;
        let first = requests.next().await.ok_or_else(|| {
            Error::local(
                Code::InvalidArgument,
                ErrorKind::Request,
                format!(
                    "{}: the request stream ended before its first request",
                    R::RPC
                ),
            )
        })?;
        // The call's end, seen by the request side: when the receiver is dropped, so is
        // `call_alive`, and the request stream stops.
        let (call_alive, call_ended) = tokio::sync::oneshot::channel::<()>();
        let opening = async {
            let metadata = self.metadata(&first.routing_fields(), options).await?;
            let outgoing = Outgoing {
                first: Some(first),
                rest: requests,
                call_ended,
                ended: false,
            };
            let mut grpc_request = tonic::Request::new(outgoing);
            *grpc_request.metadata_mut() = metadata;
            let mut grpc = self.ready(R::RPC).await?;
            let path = PathAndQuery::from_static(R::RPC.grpc_path());
            let outcome = grpc
                .streaming(grpc_request, path, StreamCodec::<R, T>(PhantomData))
                .await;
            outcome_of(R::RPC, outcome)
        };
        let timeout = options.timeout.unwrap_or_default();
        let responses = match deadline {
            Some(at) => tokio::time::timeout_at(at, opening)
                .await
                .unwrap_or_else(|_| Err(stream_timeout(R::RPC, timeout)))?,
            None => opening.await?,
        };
        let responses = Responses {
            inner: Some(responses),
            deadline: deadline.map(|at| Box::pin(tokio::time::sleep_until(at))),
            rpc: R::RPC,
            timeout,
            call_alive: Some(call_alive),
        };
        Ok(ResponseReceiver::new(responses.boxed(), counts))
    }
}

/// tonic's prost codec, with a request buffer sized so that batches seldom copy it.
///
/// When requests come faster than the connection sends them, tonic encodes them into one
/// buffer until it holds the yield threshold, then hands that much to the connection as one
/// batch; the buffer's spare room takes the next requests. While a batch is still being sent
/// the buffer is shared with it, so a request that finds no room left makes tonic allocate a
/// new buffer and copy in what the current batch holds so far. With tonic's defaults (8 KiB
/// growing, 32 KiB batches), or a 64 KiB buffer with 32 KiB batches, that copy came with
/// nearly every batch (about 26 KB each time, 2.3 KB per 3.2 KB audio request). Batches of
/// 16 KiB in a 64 KiB buffer fit three to a buffer, and the fourth copies only the few
/// kilobytes the third left over. (HTTP/2 sends at most 16 KiB per DATA frame by default,
/// so smaller batches add no frames.) Measured in docs/PERFORMANCE.md.
struct StreamCodec<R, T>(PhantomData<(R, T)>);

/// The first capacity of a stream's request buffer: three batches and a request.
const STREAM_BUFFER: usize = 64 * 1024;
/// The size at which tonic hands a batch of requests to the connection.
const STREAM_YIELD: usize = 16 * 1024;

impl<R, T> tonic::codec::Codec for StreamCodec<R, T>
where
    R: prost::Message + Send + 'static,
    T: prost::Message + Default + Send + 'static,
{
    type Encode = R;
    type Decode = T;
    type Encoder = <ProstCodec<R, T> as tonic::codec::Codec>::Encoder;
    type Decoder = <ProstCodec<R, T> as tonic::codec::Codec>::Decoder;

    fn encoder(&mut self) -> Self::Encoder {
        let settings = tonic::codec::BufferSettings::new(STREAM_BUFFER, STREAM_YIELD);
        ProstCodec::<R, T>::raw_encoder(settings)
    }

    fn decoder(&mut self) -> Self::Decoder {
        ProstCodec::<R, T>::default().decoder()
    }
}

/// The request side of a bidirectional call: the first request (taken from the stream for its
/// routing header), then the rest, until the call ends.
///
/// A hand-written stream rather than `once(first).chain(rest).take_until(ended)`: each layer
/// of those adapters moves every request (a message of a kilobyte or more) once more.
struct Outgoing<R> {
    first: Option<R>,
    rest: RequestStream<R>,
    /// Resolves (with an error) when the responses' side is dropped.
    call_ended: tokio::sync::oneshot::Receiver<()>,
    /// Set once `call_ended` has resolved (it must not be polled again).
    ended: bool,
}

impl<R: Unpin> Stream for Outgoing<R> {
    type Item = R;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<R>> {
        let this = self.get_mut();
        // A look at the call's end that registers no waker (an atomic load)...
        if this.ended
            || !matches!(
                this.call_ended.try_recv(),
                Err(tokio::sync::oneshot::error::TryRecvError::Empty)
            )
        {
            // The call is over: send nothing more.
            this.ended = true;
            this.first = None;
            return Poll::Ready(None);
        }
        if let Some(first) = this.first.take() {
            return Poll::Ready(Some(first));
        }
        match Pin::new(&mut this.rest).poll_next(cx) {
            Poll::Pending => {
                // ...and, while waiting for the caller, a waker for the end of the call.
                if Pin::new(&mut this.call_ended).poll(cx).is_ready() {
                    this.ended = true;
                    return Poll::Ready(None);
                }
                Poll::Pending
            }
            ready => ready,
        }
    }
}

/// The response side of a bidirectional call: tonic's stream, read under the stream's
/// deadline (one timer for the whole stream). It holds `call_alive`, so dropping it (the
/// receiver) ends the request side too.
///
/// A hand-written stream rather than an `unfold` over `Streaming::message` in a new
/// `timeout_at` per message: that moved each response through three futures and armed and
/// cancelled a timer for every one.
struct Responses<T> {
    /// `None` once the call has ended.
    inner: Option<tonic::Streaming<T>>,
    deadline: Option<Pin<Box<tokio::time::Sleep>>>,
    rpc: crate::Rpc,
    timeout: Duration,
    call_alive: Option<tokio::sync::oneshot::Sender<()>>,
}

impl<T> Responses<T> {
    /// Ends the call: the request side stops, the timer is released.
    fn finish(&mut self) {
        self.inner = None;
        self.deadline = None;
        self.call_alive = None;
    }
}

impl<T> Stream for Responses<T> {
    type Item = Result<T, Error>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        let Some(inner) = this.inner.as_mut() else {
            return Poll::Ready(None);
        };
        let error = match Pin::new(inner).poll_next(cx) {
            Poll::Ready(Some(Ok(response))) => return Poll::Ready(Some(Ok(response))),
            Poll::Ready(None) => {
                this.finish();
                return Poll::Ready(None);
            }
            Poll::Ready(Some(Err(status)))
                if status.code() == tonic::Code::DeadlineExceeded
                    && status.message().is_empty() =>
            {
                stream_timeout(this.rpc, this.timeout)
            }
            Poll::Ready(Some(Err(status))) => status_error(status),
            Poll::Pending => {
                let passed = this
                    .deadline
                    .as_mut()
                    .is_some_and(|deadline| deadline.as_mut().poll(cx).is_ready());
                if !passed {
                    return Poll::Pending;
                }
                stream_timeout(this.rpc, this.timeout)
            }
        };
        this.finish();
        Poll::Ready(Some(Err(error)))
    }
}

/// `DEADLINE_EXCEEDED` for a stream that outlived its timeout.
#[cfg_attr(not(feature = "participants"), allow(dead_code))]
fn stream_timeout(rpc: crate::Rpc, timeout: Duration) -> Error {
    Error::local(
        Code::DeadlineExceeded,
        ErrorKind::Timeout,
        format!("{rpc}: the stream's deadline of {timeout:?} passed"),
    )
}

const GRPC_TIMEOUT: http::HeaderName = http::HeaderName::from_static("grpc-timeout");

/// The `grpc-timeout` value for a timeout, rounded *down* to whole milliseconds (whole
/// microseconds below one): the server then stops no later than we do. Unlike tonic's own
/// microsecond value, which differs on every call, the same deadline mostly gives the same
/// text, which HPACK sends as a one-byte index instead of a new literal each time.
fn grpc_timeout(timeout: Duration) -> http::HeaderValue {
    // At most 8 digits, then a unit (the gRPC wire format).
    const MAX: u128 = 99_999_999;
    let (amount, unit) = match timeout.as_millis() {
        0 => (timeout.as_micros(), b'u'),
        ms if ms <= MAX => (ms, b'm'),
        _ if timeout.as_secs() <= MAX as u64 => (u128::from(timeout.as_secs()), b'S'),
        _ => ((u128::from(timeout.as_secs()) / 3600).min(MAX), b'H'),
    };
    let mut text = [0u8; 9];
    let mut at = text.len() - 1;
    text[at] = unit;
    let mut rest = amount;
    loop {
        at -= 1;
        text[at] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    http::HeaderValue::from_bytes(&text[at..]).unwrap_or(http::HeaderValue::from_static("1u"))
}

/// Maps the outcome of one tonic call.
fn outcome_of<T>(
    rpc: crate::Rpc,
    outcome: Result<tonic::Response<T>, tonic::Status>,
) -> Result<T, Error> {
    tracing::debug!(%rpc, ok = outcome.is_ok(), "gRPC attempt");
    outcome
        .map(tonic::Response::into_inner)
        .map_err(status_error)
}

/// Maps a tonic status: code, message and the `grpc-status-details-bin` details; failures of
/// our connector come back as they were made.
pub(crate) fn status_error(status: tonic::Status) -> Error {
    let source = std::error::Error::source(&status);
    if let Some(ours) = source.and_then(find_error) {
        return ours.clone();
    }
    if let Some(source) = source {
        // No status from the server: the connection failed or broke. (Deadlines are ours: the
        // attempt timer, not a tonic layer.)
        let (code, kind) = if find_tls_error(source) {
            (Code::Unavailable, ErrorKind::Tls)
        } else {
            match status.code() {
                // Nobody cancels an attempt but by dropping it: a broken connection.
                tonic::Code::Cancelled | tonic::Code::Unknown => (Code::Unavailable, ErrorKind::Io),
                // tonic reports a connection that broke under a stream (hyper's HTTP/2 error,
                // no status from the server) as INTERNAL "h2 protocol error"; like gRPC's own
                // libraries, call it UNAVAILABLE so that the policy layer may retry it.
                tonic::Code::Internal if chain_has::<hyper::Error>(source) => {
                    (Code::Unavailable, ErrorKind::Io)
                }
                other => (Code::from_i32(other as i32), ErrorKind::Io),
            }
        };
        return Error::with_cause(code, kind, status.message().to_owned(), source.to_string());
    }
    let code = Code::from_i32(status.code() as i32);
    let details = status.details();
    if details.is_empty() {
        return Error::new(code, status.message());
    }
    match dialogflow_types::rpc::Status::decode(details) {
        // The status line wins over a details blob that disagrees with it.
        Ok(rich) if rich.code == code.as_i32() && !rich.message.is_empty() => {
            Error::from_status(rich)
        }
        Ok(rich) => Error::new(code, status.message())
            .with_details(Error::from_status(rich).details().to_vec()),
        Err(_) => Error::new(code, status.message()),
    }
}

fn chain_has<E: std::error::Error + 'static>(err: &(dyn std::error::Error + 'static)) -> bool {
    let mut current = Some(err);
    while let Some(e) = current {
        if e.is::<E>() {
            return true;
        }
        current = e.source();
    }
    false
}

/// Whether a rustls error (a TLS alert from the peer, a handshake failure) is in the chain,
/// looking inside `io::Error`s too (their `source` skips the error they wrap).
fn find_tls_error(err: &(dyn std::error::Error + 'static)) -> bool {
    let mut current = Some(err);
    while let Some(e) = current {
        if e.is::<rustls::Error>() {
            return true;
        }
        if let Some(inner) = e
            .downcast_ref::<std::io::Error>()
            .and_then(|io| io.get_ref())
            && find_tls_error(inner)
        {
            return true;
        }
        current = e.source();
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use dialogflow_types::protobuf::Any;
    use dialogflow_types::rpc::{BadRequest, Status, bad_request::FieldViolation};

    #[test]
    fn grpc_timeout_values() {
        let text = |d| grpc_timeout(d).to_str().unwrap().to_string();
        assert_eq!(text(Duration::from_secs(60)), "60000m");
        assert_eq!(text(Duration::from_micros(59_999_999)), "59999m");
        assert_eq!(text(Duration::from_micros(999)), "999u");
        assert_eq!(text(Duration::ZERO), "0u");
        assert_eq!(text(Duration::from_millis(99_999_999)), "99999999m");
        assert_eq!(text(Duration::from_millis(100_000_000)), "100000S");
        assert_eq!(text(Duration::from_secs(100_000_000)), "27777H");
        assert_eq!(text(Duration::MAX), "99999999H");
    }

    #[test]
    fn status_with_details() {
        let bad = BadRequest {
            field_violations: vec![FieldViolation {
                field: "parent".into(),
                description: "required".into(),
                ..Default::default()
            }],
        };
        let rich = Status {
            code: 3,
            message: "parent is required".into(),
            details: vec![Any::pack(&bad)],
        };
        let status = tonic::Status::with_details(
            tonic::Code::InvalidArgument,
            "parent is required",
            rich.encode_to_vec().into(),
        );
        let err = status_error(status);
        assert_eq!(err.code(), Code::InvalidArgument);
        assert_eq!(err.bad_request(), Some(&bad));
        assert_eq!(err.http_status(), None);
        assert!(err.is_status());

        // Garbage details still give the code and message.
        let status =
            tonic::Status::with_details(tonic::Code::NotFound, "gone", vec![0xff, 0xff].into());
        let err = status_error(status);
        assert_eq!((err.code(), err.message()), (Code::NotFound, "gone"));
        assert!(err.details().is_empty());
    }
}
