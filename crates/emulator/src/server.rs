//! Listeners and connections: one port speaks gRPC (HTTP/2, `application/grpc`) and REST
//! (HTTP/1.1 or HTTP/2, JSON), with optional TLS. Every API call passes through here first to
//! be recorded and to meet the fault plan.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use bytes::Bytes;
use http::{HeaderMap, Request, Response, StatusCode, header};
use http_body_util::{BodyExt, Full, Limited};
use hyper::body::Incoming;
use hyper_util::rt::{TokioExecutor, TokioIo};
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::TcpListener;
use tokio::sync::{Notify, watch};
use tokio::task::JoinSet;
use tonic::body::Body;
use tower::ServiceExt as _;

use crate::error::ApiError;
use crate::faults::{FaultMode, Faults};
use crate::persist::Persistence;
use crate::rest;
use crate::service::Core;
use crate::{RecordedRequest, Surface, admin};

/// The largest REST request body accepted.
const MAX_BODY: usize = 16 * 1024 * 1024;
/// How many recorded requests are kept (the oldest are dropped first).
pub(crate) const MAX_RECORDED: usize = 100_000;

type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// What every connection shares.
#[derive(Debug)]
pub(crate) struct Shared {
    pub(crate) core: Arc<Core>,
    pub(crate) faults: Arc<Faults>,
    pub(crate) recorded: Mutex<VecDeque<Recorded>>,
    pub(crate) routes: tonic::service::Routes,
    pub(crate) persistence: Option<Persistence>,
}

/// RPCs that change state; with write-through persistence their changes reach the data file
/// before the answer is sent. (Changes made by any other call are written too, but a caller
/// whose change another caller already queued waits for it only here.)
fn mutates(method: &str) -> bool {
    matches!(
        method.rsplit('/').next(),
        Some(
            "CreateConversation"
                | "CompleteConversation"
                | "IngestContextReferences"
                | "CancelOperation"
                | "CreateConversationProfile"
                | "UpdateConversationProfile"
                | "DeleteConversationProfile"
                | "SetSuggestionFeatureConfig"
                | "ClearSuggestionFeatureConfig"
                | "CreateParticipant"
                | "UpdateParticipant"
                | "AnalyzeContent"
        )
    )
}

/// One API call as kept in the log: a single block of text (one allocation per call, however
/// many headers), expanded into a [`RecordedRequest`] only when someone asks for it.
#[derive(Debug)]
pub(crate) struct Recorded {
    surface: Surface,
    /// `method`, `http_method` and `path`, then one `name:value` per header, each line ended
    /// by `\n` (header names hold no `:` and values no line break).
    text: Box<str>,
}

impl Recorded {
    fn new(
        method: &str,
        surface: Surface,
        http_method: &str,
        path: &str,
        headers: &HeaderMap,
    ) -> Recorded {
        let size = method.len()
            + http_method.len()
            + path.len()
            + 3
            + headers
                .iter()
                .map(|(k, v)| k.as_str().len() + v.len() + 2)
                .sum::<usize>();
        let mut text = String::with_capacity(size);
        for line in [method, http_method, path] {
            text.push_str(line);
            text.push('\n');
        }
        for (name, value) in headers {
            text.push_str(name.as_str());
            text.push(':');
            // Not UTF-8: kept with replacement characters; a line break cannot occur.
            match value.to_str() {
                Ok(ascii) => text.push_str(ascii),
                Err(_) => text.push_str(&String::from_utf8_lossy(value.as_bytes())),
            }
            text.push('\n');
        }
        Recorded {
            surface,
            text: text.into_boxed_str(),
        }
    }

    /// The call as the public type.
    pub(crate) fn to_request(&self) -> RecordedRequest {
        let mut lines = self.text.lines();
        let mut next = || lines.next().unwrap_or_default().to_string();
        let (method, http_method, path) = (next(), next(), next());
        let headers = lines
            .map(|line| {
                let (name, value) = line.split_once(':').unwrap_or((line, ""));
                (name.to_string(), value.to_string())
            })
            .collect();
        RecordedRequest {
            method,
            surface: self.surface,
            http_method,
            path,
            headers,
        }
    }
}

impl Shared {
    fn record(
        &self,
        method: &str,
        surface: Surface,
        http_method: &str,
        path: &str,
        headers: &HeaderMap,
    ) {
        let entry = Recorded::new(method, surface, http_method, path, headers);
        let mut recorded = self.recorded.lock().unwrap_or_else(|e| e.into_inner());
        if recorded.len() >= MAX_RECORDED {
            recorded.pop_front();
        }
        recorded.push_back(entry);
    }

    /// With write-through persistence, writes the state's changes to the data file and waits
    /// until they are on disk; the caller answers its client only after that.
    pub(crate) async fn changed(&self, clock: bool) -> Result<(), crate::Error> {
        match self.persistence.as_ref().filter(|p| p.write_through) {
            Some(p) => p.commit(&self.core, clock).await,
            None => Ok(()),
        }
    }

    /// After a call that is not meant to change anything: writes (and waits for) whatever
    /// it changed all the same, such as conversations the lifecycle rules completed or purged
    /// on the way. Nothing to write, nothing to wait for.
    pub(crate) async fn maybe_changed(&self) -> Result<(), crate::Error> {
        match self.persistence.as_ref().filter(|p| p.write_through) {
            Some(p) => p.commit_if_changed(&self.core).await,
            None => Ok(()),
        }
    }

    /// [`changed`](Self::changed) for callers outside the runtime's tasks (it blocks).
    pub(crate) fn after_change(&self) -> Result<(), crate::Error> {
        match self.persistence.as_ref().filter(|p| p.write_through) {
            Some(p) => p.commit_blocking(&self.core, false),
            None => Ok(()),
        }
    }

    /// [`after_change`](Self::after_change) that also records the clock's reading.
    pub(crate) fn after_clock_change(&self) -> Result<(), crate::Error> {
        match self.persistence.as_ref().filter(|p| p.write_through) {
            Some(p) => p.commit_blocking(&self.core, true),
            None => Ok(()),
        }
    }
}

fn injected(code: dialogflow_types::rpc::Code, method: &str) -> ApiError {
    ApiError::new(
        code,
        format!("injected by the emulator's fault plan (call to {method})"),
    )
    .with_info("EMULATOR_INJECTED_FAULT", "")
}

pub(crate) fn json_response(status: u16, body: Vec<u8>) -> Response<Body> {
    let mut resp = Response::new(Body::new(Full::new(Bytes::from(body))));
    *resp.status_mut() = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    resp.headers_mut().insert(
        header::CONTENT_TYPE,
        header::HeaderValue::from_static("application/json; charset=utf-8"),
    );
    resp
}

fn grpc_error(e: ApiError) -> Response<Body> {
    tonic::Status::from(e).into_http::<Body>()
}

/// Reads a whole request body, up to [`MAX_BODY`].
pub(crate) async fn read_body(body: Incoming) -> Result<Bytes, ApiError> {
    Limited::new(body, MAX_BODY)
        .collect()
        .await
        .map(|c| c.to_bytes())
        .map_err(|e| {
            ApiError::new(
                dialogflow_types::rpc::Code::InvalidArgument,
                format!("could not read the request body (at most {MAX_BODY} bytes): {e}"),
            )
        })
}

async fn handle(
    shared: Arc<Shared>,
    kill: Arc<Notify>,
    req: Request<Incoming>,
) -> Result<Response<Body>, BoxError> {
    let path = req.uri().path().to_string();
    if path.starts_with("/emulator/") {
        return Ok(admin::handle(&shared, req).await);
    }
    let is_grpc = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|ct| ct.starts_with("application/grpc"));
    let (method, route) = if is_grpc {
        (path.clone(), None)
    } else {
        match rest::route(req.method(), &path) {
            Ok(route) => (route.bindings.grpc_path.clone(), Some(route)),
            Err(e) => {
                let (status, body) = rest::error_response(&e);
                return Ok(json_response(status, body));
            }
        }
    };
    let surface = if is_grpc {
        Surface::Grpc
    } else {
        Surface::Rest
    };
    shared.record(
        &method,
        surface,
        req.method().as_str(),
        &path,
        req.headers(),
    );

    let decision = shared.faults.decide(&method);
    if !decision.latency.is_zero() {
        tokio::time::sleep(decision.latency).await;
    }
    let fail = |code, drop| -> Result<Response<Body>, BoxError> {
        if drop {
            kill.notify_one();
            return Err("connection dropped by the emulator's fault plan".into());
        }
        let e = injected(code, &method);
        Ok(if is_grpc {
            grpc_error(e)
        } else {
            let (status, body) = rest::error_response(&e);
            json_response(status, body)
        })
    };
    if let Some((code, FaultMode::Before, drop)) = decision.fail {
        return fail(code, drop);
    }

    let response = match route {
        // Streams find the connection's kill switch here (the fault plan may cut it).
        None => match crate::service::streaming::CONNECTION
            .scope(kill.clone(), shared.routes.clone().oneshot(req))
            .await
        {
            Ok(r) => r,
            Err(never) => match never {},
        },
        Some(route) => {
            let query = req.uri().query().map(str::to_string);
            let content_type = req
                .headers()
                .get(header::CONTENT_TYPE)
                .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned());
            let (status, body) = match read_body(req.into_body()).await {
                Ok(body) => rest::serve(
                    &*shared.core,
                    &route,
                    query.as_deref(),
                    content_type.as_deref(),
                    &body,
                ),
                Err(e) => rest::error_response(&e),
            };
            json_response(status, body)
        }
    };
    let written = if mutates(&method) {
        shared.changed(false).await
    } else {
        shared.maybe_changed().await
    };
    if let Err(e) = written {
        // The client must not take the change for saved.
        let e = ApiError::new(dialogflow_types::rpc::Code::Internal, e.to_string());
        return Ok(if is_grpc {
            grpc_error(e)
        } else {
            let (status, body) = rest::error_response(&e);
            json_response(status, body)
        });
    }
    if let Some((code, FaultMode::After, drop)) = decision.fail {
        drop_response(response);
        return fail(code, drop);
    }
    Ok(response)
}

fn drop_response(_response: Response<Body>) {}

/// Resolves once shutdown has been asked for (or the sender is gone).
pub(crate) async fn stopped(rx: &mut watch::Receiver<bool>) {
    let _ = rx.wait_for(|s| *s).await;
}

/// Serves one connection until it ends, is cut by the fault plan, or shutdown completes.
async fn serve_connection<IO>(io: IO, shared: Arc<Shared>, mut shutdown: watch::Receiver<bool>)
where
    IO: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    let kill = Arc::new(Notify::new());
    let service = {
        let kill = kill.clone();
        hyper::service::service_fn(move |req| handle(shared.clone(), kill.clone(), req))
    };
    let builder = hyper_util::server::conn::auto::Builder::new(TokioExecutor::new());
    let conn = builder.serve_connection(TokioIo::new(io), service);
    tokio::pin!(conn);
    tokio::select! {
        _ = conn.as_mut() => return,
        _ = kill.notified() => return,
        _ = crate::server::stopped(&mut shutdown) => {}
    }
    conn.as_mut().graceful_shutdown();
    tokio::select! {
        _ = conn.as_mut() => {}
        _ = kill.notified() => {}
    }
}

/// Accepts connections until shutdown, then waits (a bounded time) for them to finish.
pub(crate) async fn accept_loop(
    listener: TcpListener,
    tls: Option<tokio_rustls::TlsAcceptor>,
    shared: Arc<Shared>,
    mut shutdown: watch::Receiver<bool>,
) {
    let mut conns = JoinSet::new();
    let conn_shutdown = shutdown.clone();
    loop {
        tokio::select! {
            accepted = listener.accept() => {
                let Ok((stream, _peer)) = accepted else {
                    tokio::time::sleep(Duration::from_millis(5)).await;
                    continue;
                };
                // Without this, small responses wait for delayed ACKs (~40 ms on loopback).
                let _ = stream.set_nodelay(true);
                let shared = shared.clone();
                let rx = conn_shutdown.clone();
                match tls.clone() {
                    None => {
                        conns.spawn(serve_connection(stream, shared, rx));
                    }
                    Some(acceptor) => {
                        conns.spawn(async move {
                            let handshake = tokio::time::timeout(
                                Duration::from_secs(10),
                                acceptor.accept(stream),
                            );
                            match handshake.await {
                                Ok(Ok(tls_stream)) => serve_connection(tls_stream, shared, rx).await,
                                Ok(Err(e)) => tracing::debug!("TLS handshake failed: {e}"),
                                Err(_) => tracing::debug!("TLS handshake timed out"),
                            }
                        });
                    }
                }
            }
            Some(_) = conns.join_next(), if !conns.is_empty() => {}
            _ = crate::server::stopped(&mut shutdown) => break,
        }
    }
    drop(listener);
    let drain = async { while conns.join_next().await.is_some() {} };
    if tokio::time::timeout(Duration::from_secs(5), drain)
        .await
        .is_err()
    {
        conns.abort_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recorded_calls_read_back_as_sent() {
        let mut headers = HeaderMap::new();
        headers.insert(
            "x-goog-request-params",
            "name=projects/p:x".parse().unwrap(),
        );
        headers.append("x-trace", "1".parse().unwrap());
        headers.append("x-trace", "2".parse().unwrap());
        headers.insert("x-odd", http::HeaderValue::from_bytes(b"caf\xe9").unwrap());
        headers.insert("x-empty", http::HeaderValue::from_static(""));
        let entry = Recorded::new(
            "/google.cloud.dialogflow.v2.Conversations/GetConversation",
            Surface::Rest,
            "GET",
            "/v2/projects/p/conversations/c",
            &headers,
        );
        let r = entry.to_request();
        assert_eq!(
            r.method,
            "/google.cloud.dialogflow.v2.Conversations/GetConversation"
        );
        assert_eq!((r.surface, r.http_method.as_str()), (Surface::Rest, "GET"));
        assert_eq!(r.path, "/v2/projects/p/conversations/c");
        assert_eq!(r.header("X-Goog-Request-Params"), Some("name=projects/p:x"));
        let traces: Vec<_> = r.headers.iter().filter(|(k, _)| k == "x-trace").collect();
        assert_eq!(traces.len(), 2);
        assert_eq!(r.header("x-odd"), Some("caf\u{fffd}"));
        assert_eq!(r.header("x-empty"), Some(""));
        assert_eq!(r.headers.len(), 5);
    }
}
