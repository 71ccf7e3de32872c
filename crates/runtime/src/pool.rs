//! The connections of one transport to its one origin, on hyper's connection API.
//!
//! A transport talks to a single endpoint, so there is nothing to look up: HTTP/2 is one
//! connection, multiplexed, shared by every call and remade when it breaks; HTTP/1.1 keeps a
//! stack of idle connections and takes the most recently used one. This replaces a general
//! pooled client keyed by origin, whose per-call bookkeeping (hashing the key, building the
//! `host` header, a task per request to return the connection) cost more than the rest of the
//! transport.
//!
//! HTTP/2 is compiled only with the `http2` feature (which `grpc` turns on); without it the
//! pool speaks HTTP/1.1 alone, as a REST-only build needs.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use http::header::{HOST, HeaderValue};
use http::uri::Authority;
#[cfg(feature = "http2")]
use http::uri::Scheme;
use http::{Request, Response, Uri};
use hyper::body::{Body, Incoming};
use hyper::client::conn::http1;
#[cfg(feature = "http2")]
use hyper::client::conn::http2;
#[cfg(feature = "http2")]
use hyper_util::rt::{TokioExecutor, TokioTimer};
use tower_service::Service as _;

use crate::net::{Conn, Connector};
use crate::{Code, Error, ErrorKind};

/// How long an idle HTTP/1.1 connection may wait for its next request before it is closed
/// rather than reused (servers close idle connections too; reusing one as it closes fails).
const IDLE_TIMEOUT: Duration = Duration::from_secs(90);

/// How many idle HTTP/1.1 connections are kept; more are closed as they come back.
const MAX_IDLE: usize = 256;

/// What the pool is told at construction.
#[derive(Debug, Clone)]
pub struct PoolConfig {
    /// HTTP/2 even without ALPN (gRPC over plaintext). Needs the `http2` feature.
    pub h2_only: bool,
    /// HTTP/2 keep-alive pings: the interval (`None`: off).
    pub keep_alive_interval: Option<Duration>,
}

/// The connections to one origin. Cloning shares them.
pub struct Pool<B> {
    inner: Arc<Inner<B>>,
}

impl<B> Clone for Pool<B> {
    fn clone(&self) -> Self {
        Pool {
            inner: self.inner.clone(),
        }
    }
}

impl<B> std::fmt::Debug for Pool<B> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pool")
            .field("origin", &self.inner.origin)
            .finish_non_exhaustive()
    }
}

struct Inner<B> {
    connector: Connector,
    /// The endpoint, e.g. `https://dialogflow.googleapis.com`.
    origin: Uri,
    authority: Authority,
    /// `host` for HTTP/1.1 requests: the endpoint's authority, as given.
    host: HeaderValue,
    #[cfg(feature = "http2")]
    h2: H2Config,
    idle: Mutex<Idle<B>>,
}

/// What the pool needs for HTTP/2.
#[cfg(feature = "http2")]
struct H2Config {
    /// The endpoint's scheme, which HTTP/2 sends as a pseudo header.
    scheme: Scheme,
    only: bool,
    /// Whether a new connection may turn out to be HTTP/2 (then concurrent callers wait for
    /// one connection instead of each making their own).
    maybe: bool,
    builder: http2::Builder<TokioExecutor>,
    /// Held while an HTTP/2 connection is being made.
    connecting: tokio::sync::Mutex<()>,
}

struct Idle<B> {
    /// The HTTP/2 connection, once made.
    #[cfg(feature = "http2")]
    h2: Option<http2::SendRequest<B>>,
    /// Idle HTTP/1.1 connections, the most recently returned last.
    h1: VecDeque<(http1::SendRequest<B>, Instant)>,
}

/// A connection ready for one request.
enum Sender<B> {
    H1(http1::SendRequest<B>),
    #[cfg(feature = "http2")]
    H2(http2::SendRequest<B>),
}

/// Holds an HTTP/1.1 connection while its response body is read, and hands it back to the
/// pool when dropped. Empty for HTTP/2.
pub struct Lease<B> {
    held: Option<(http1::SendRequest<B>, Arc<Inner<B>>)>,
}

impl<B> std::fmt::Debug for Lease<B> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lease")
            .field("http1", &self.held.is_some())
            .finish()
    }
}

impl<B> Drop for Lease<B> {
    fn drop(&mut self) {
        if let Some((sender, inner)) = self.held.take() {
            // A connection whose response was not read to the end is closed by hyper; the
            // readiness check at checkout drops it then.
            let now = Instant::now();
            let mut idle = inner.lock();
            // The oldest idle connections are closed once they have waited too long, so that a
            // lightly used pool does not keep sockets open it will not use. (A pool nobody
            // uses keeps its idle connections until the server closes them or the transport
            // is dropped; a connection the server closed is never used again.)
            while idle
                .h1
                .front()
                .is_some_and(|(_, since)| now.duration_since(*since) >= IDLE_TIMEOUT)
            {
                idle.h1.pop_front();
            }
            if idle.h1.len() < MAX_IDLE && !sender.is_closed() {
                idle.h1.push_back((sender, now));
            }
        }
    }
}

impl<B> Inner<B> {
    fn lock(&self) -> MutexGuard<'_, Idle<B>> {
        self.idle.lock().unwrap_or_else(|e| e.into_inner())
    }
}

impl<B> Pool<B>
where
    B: Body + Send + Unpin + 'static,
    B::Data: Send,
    B::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
{
    /// A pool for `origin` (scheme and authority), connecting through `connector`.
    pub fn new(connector: Connector, origin: Uri, config: PoolConfig) -> Result<Self, Error> {
        let bad = || {
            Error::local(
                Code::InvalidArgument,
                ErrorKind::Config,
                format!("the endpoint {origin} needs a scheme and a host"),
            )
        };
        // Checked on every build; only HTTP/2 sends it.
        #[cfg_attr(not(feature = "http2"), allow(unused_variables))]
        let scheme = origin.scheme().cloned().ok_or_else(bad)?;
        let authority = origin.authority().cloned().ok_or_else(bad)?;
        let host = HeaderValue::from_str(authority.as_str()).map_err(|_| bad())?;
        #[cfg(feature = "http2")]
        let h2 = {
            let mut builder = http2::Builder::new(TokioExecutor::new());
            builder
                .timer(TokioTimer::new())
                .keep_alive_interval(config.keep_alive_interval)
                .keep_alive_timeout(Duration::from_secs(20))
                .keep_alive_while_idle(true);
            H2Config {
                scheme,
                only: config.h2_only,
                maybe: config.h2_only || connector.is_tls(),
                builder,
                connecting: tokio::sync::Mutex::new(()),
            }
        };
        #[cfg(not(feature = "http2"))]
        if config.h2_only {
            return Err(Error::local(
                Code::InvalidArgument,
                ErrorKind::Config,
                format!(
                    "the connection to {origin} must be HTTP/2, which this build leaves out \
                     (turn on the `http2` feature of dialogflow-runtime)"
                ),
            ));
        }
        Ok(Pool {
            inner: Arc::new(Inner {
                connector,
                origin,
                authority,
                host,
                #[cfg(feature = "http2")]
                h2,
                idle: Mutex::new(Idle {
                    #[cfg(feature = "http2")]
                    h2: None,
                    h1: VecDeque::new(),
                }),
            }),
        })
    }

    /// The endpoint the pool connects to (scheme and authority), for tonic's stubs.
    pub fn origin(&self) -> &Uri {
        &self.inner.origin
    }

    /// Sends `request` on a pooled connection or a new one. The URI may be absolute (its
    /// scheme and authority are the pool's) or a path and query alone.
    ///
    /// A request that never left because its pooled connection had closed is sent again on
    /// another; any other failure is returned (`UNAVAILABLE`).
    pub async fn send(
        &self,
        mut request: Request<B>,
    ) -> Result<(Response<Incoming>, Lease<B>), Error> {
        // A pooled connection may have closed since it was last used; the request is then
        // handed back unsent. Bounded, in case connections keep closing under us.
        let mut resends = 0;
        loop {
            let (sender, reused) = self.checkout().await?;
            let outcome = match sender {
                #[cfg(feature = "http2")]
                Sender::H2(mut sender) => {
                    self.absolute_form(request.uri_mut());
                    match sender.try_send_request(request).await {
                        Ok(response) => return Ok((response, Lease { held: None })),
                        Err(e) => e,
                    }
                }
                Sender::H1(mut sender) => {
                    origin_form(request.uri_mut());
                    request
                        .headers_mut()
                        .entry(HOST)
                        .or_insert_with(|| self.inner.host.clone());
                    match sender.try_send_request(request).await {
                        Ok(response) => {
                            let held = Some((sender, self.inner.clone()));
                            return Ok((response, Lease { held }));
                        }
                        Err(e) => e,
                    }
                }
            };
            let mut failed = outcome;
            match failed.take_message() {
                Some(unsent) if reused && resends < 3 => {
                    resends += 1;
                    request = unsent;
                }
                _ => return Err(send_error(failed.into_error(), &self.inner.authority)),
            }
        }
    }

    /// A pooled connection that is still open (`true`), or a new one (`false`).
    async fn checkout(&self) -> Result<(Sender<B>, bool), Error> {
        loop {
            let candidate = {
                let mut idle = self.inner.lock();
                #[cfg(feature = "http2")]
                if let Some(h2) = &idle.h2 {
                    if !h2.is_closed() {
                        return Ok((Sender::H2(h2.clone()), true));
                    }
                    idle.h2 = None;
                }
                idle.h1.pop_back()
            };
            let Some((mut sender, since)) = candidate else {
                break;
            };
            // Ready: the connection has finished its previous exchange and is still open.
            if since.elapsed() < IDLE_TIMEOUT && sender.ready().await.is_ok() {
                return Ok((Sender::H1(sender), true));
            }
        }
        self.connect().await.map(|sender| (sender, false))
    }

    async fn connect(&self) -> Result<Sender<B>, Error> {
        let inner = &*self.inner;
        // One HTTP/2 connection serves everyone: callers arriving while it is being made wait
        // for it.
        #[cfg(feature = "http2")]
        let _connecting = if inner.h2.maybe {
            let guard = inner.h2.connecting.lock().await;
            if let Some(h2) = inner.lock().h2.as_ref().filter(|h2| !h2.is_closed()) {
                return Ok(Sender::H2(h2.clone()));
            }
            Some(guard)
        } else {
            None
        };
        let conn: Conn = inner.connector.clone().call(inner.origin.clone()).await?;
        #[cfg(feature = "http2")]
        if inner.h2.only || conn.is_h2() {
            let (sender, connection) = inner
                .h2
                .builder
                .handshake(conn)
                .await
                .map_err(handshake_error)?;
            tokio::spawn(async move {
                if let Err(e) = connection.await {
                    tracing::debug!(error = %e, "HTTP/2 connection ended");
                }
            });
            inner.lock().h2 = Some(sender.clone());
            return Ok(Sender::H2(sender));
        }
        let (sender, connection) = http1::handshake(conn).await.map_err(handshake_error)?;
        tokio::spawn(async move {
            if let Err(e) = connection.await {
                tracing::debug!(error = %e, "HTTP/1.1 connection ended");
            }
        });
        Ok(Sender::H1(sender))
    }

    /// Gives a path-only URI the pool's scheme and authority (HTTP/2 sends them as pseudo
    /// headers).
    #[cfg(feature = "http2")]
    fn absolute_form(&self, uri: &mut Uri) {
        if uri.scheme().is_some() {
            return;
        }
        let mut parts = std::mem::take(uri).into_parts();
        parts.scheme = Some(self.inner.h2.scheme.clone());
        parts.authority = Some(self.inner.authority.clone());
        // Scheme, authority and a path: the parts always make a URI.
        if let Ok(absolute) = Uri::from_parts(parts) {
            *uri = absolute;
        }
    }
}

/// Reduces an absolute URI to its path and query (HTTP/1.1 sends those; the host goes in `host`).
fn origin_form(uri: &mut Uri) {
    if uri.authority().is_none() {
        return;
    }
    *uri = match uri.path_and_query() {
        Some(path) if path.as_str() != "/" || uri.query().is_some() => Uri::from(path.clone()),
        _ => Uri::from_static("/"),
    };
}

fn handshake_error(e: hyper::Error) -> Error {
    Error::with_cause(
        Code::Unavailable,
        ErrorKind::Connect,
        "the HTTP/2 or HTTP/1.1 handshake with the endpoint failed",
        e,
    )
}

fn send_error(e: hyper::Error, authority: &Authority) -> Error {
    Error::with_cause(
        Code::Unavailable,
        ErrorKind::Io,
        format!("the HTTP exchange with {authority} failed"),
        e,
    )
}

/// The pool as a `tower` service, as tonic's stubs use it. Meant for HTTP/2 (gRPC), where
/// there is no connection to hold while the body is read.
impl<B> tower_service::Service<Request<B>> for Pool<B>
where
    B: Body + Send + Unpin + 'static,
    B::Data: Send,
    B::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
{
    type Response = Response<Incoming>;
    type Error = Error;
    type Future = std::pin::Pin<
        Box<dyn std::future::Future<Output = Result<Response<Incoming>, Error>> + Send>,
    >;

    fn poll_ready(
        &mut self,
        _cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Result<(), Error>> {
        std::task::Poll::Ready(Ok(()))
    }

    fn call(&mut self, request: Request<B>) -> Self::Future {
        let pool = self.clone();
        Box::pin(async move { pool.send(request).await.map(|(response, _lease)| response) })
    }
}

/// The pools of one [`Connection`](crate::Connection), one per request body type (one per
/// wire), made on first use so that every client made from the connection shares it.
#[derive(Default)]
pub struct PoolCache {
    pools: Mutex<Vec<Box<dyn std::any::Any + Send + Sync>>>,
}

impl std::fmt::Debug for PoolCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let pools = self.pools.lock().map(|p| p.len()).unwrap_or_default();
        f.debug_struct("PoolCache").field("pools", &pools).finish()
    }
}

impl PoolCache {
    /// The pool for bodies of type `B`, made by `make` if there is none yet.
    pub fn get_or_make<B: Send + 'static>(
        &self,
        make: impl FnOnce() -> Result<Pool<B>, Error>,
    ) -> Result<Pool<B>, Error>
    where
        Pool<B>: Send + Sync,
    {
        let mut pools = self.pools.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(pool) = pools.iter().find_map(|p| p.downcast_ref::<Pool<B>>()) {
            return Ok(pool.clone());
        }
        let pool = make()?;
        pools.push(Box::new(pool.clone()));
        Ok(pool)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origin_form_keeps_path_and_query() {
        let mut uri = Uri::from_static("http://h:1/v2/x?a=b");
        origin_form(&mut uri);
        assert_eq!(uri, "/v2/x?a=b");
        let mut uri = Uri::from_static("http://h:1");
        origin_form(&mut uri);
        assert_eq!(uri, "/");
        let mut uri = Uri::from_static("/already");
        origin_form(&mut uri);
        assert_eq!(uri, "/already");
    }
}
