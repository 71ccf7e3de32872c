//! The REST transport: hyper 1 over the crate's connection pool, rustls, proto3 JSON and the
//! API's HTTP bindings.

mod query;
pub(crate) mod request;

use bytes::Bytes;
use dialogflow_types::http::HttpMethod;
use dialogflow_types::json::JsonCodec;
use http::header::{CONTENT_TYPE, HeaderValue};
use http::uri::PathAndQuery;
use http::{Method, Uri};
use http_body_util::{BodyExt as _, Full};

use crate::config::TransportConfig;
use crate::error::decode_empty_body;
use crate::metadata::{HeaderContext, Routed, RoutingFields, Wire};
use crate::{CallOptions, Code, Error, ErrorKind};
use dialogflow_runtime::net::{ALPN_REST, Connector, endpoint_uri};
use dialogflow_runtime::pool::{Pool, PoolConfig};

/// The answer of the REST transport to a streaming RPC, before any network I/O: the API
/// binds streaming methods to gRPC only.
// Only the services with a streaming RPC call it.
#[cfg_attr(not(feature = "participants"), allow(dead_code))]
pub(crate) fn grpc_only(rpc: crate::Rpc) -> Error {
    Error::local(
        Code::Unimplemented,
        ErrorKind::Unimplemented,
        format!(
            "{}/{} is a streaming method that Google serves over gRPC only (it has no REST \
             binding); nothing was sent. Build the client with the gRPC transport \
             (Transport::Grpc, cargo feature `grpc`) to call it",
            rpc.service(),
            rpc.name()
        ),
    )
}

/// The transport over REST: HTTP/1.1 or HTTP/2 (chosen by ALPN) with JSON bodies.
///
/// Requests follow the API's `google.api.http` bindings: the binding whose path template fits the
/// request's routing field, the body as proto3 JSON, other set fields as query parameters.
/// Responses are asked for with enums as numbers (`$alt=json;enum-encoding=int`), so values this
/// build does not know survive. Connections are kept for reuse and shared by all clones of the
/// transport's `Arc`: one multiplexed connection when ALPN picks HTTP/2, otherwise idle
/// HTTP/1.1 connections, the most recently used first.
///
/// ```no_run
/// use std::sync::Arc;
/// use dialogflow_transport::{CallOptions, ConversationsTransport, RestTransport, TransportConfig};
/// use dialogflow_types::v2::GetConversationRequest;
///
/// # async fn demo() -> Result<(), dialogflow_transport::Error> {
/// let transport: Arc<dyn ConversationsTransport> =
///     Arc::new(RestTransport::new(TransportConfig::new("http://127.0.0.1:8080"))?);
/// let request = GetConversationRequest { name: "projects/p/conversations/c".into() };
/// let conversation = transport.get_conversation(request, &CallOptions::new()).await?;
/// # let _ = conversation; Ok(()) }
/// ```
#[derive(Clone)]
pub struct RestTransport {
    pool: Pool<Full<Bytes>>,
    endpoint: String,
    headers: HeaderContext,
}

impl std::fmt::Debug for RestTransport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RestTransport")
            .field("endpoint", &self.endpoint)
            .field("auth", &self.headers.auth)
            .finish_non_exhaustive()
    }
}

impl RestTransport {
    /// A transport over the pool and credentials of `connection`, shared with every other
    /// client and transport made from it (on gRPC, one HTTP/2 connection for all of them).
    ///
    /// Fails when the connection has no configuration (a custom transport) or when the
    /// endpoint URL, the certificates or the proxy URL are not valid.
    pub fn from_connection(
        connection: &dialogflow_runtime::Connection,
    ) -> Result<RestTransport, Error> {
        let config = connection.config().ok_or_else(|| {
            Error::local(
                Code::InvalidArgument,
                ErrorKind::Config,
                "the connection is made for a custom transport: it has no endpoint to connect to",
            )
        })?;
        let pool = connection.pool::<Full<Bytes>>(|| {
            let origin = endpoint_uri(config)?;
            let connector = Connector::new(config, &origin, ALPN_REST)?;
            Pool::new(
                connector,
                origin,
                PoolConfig {
                    h2_only: false,
                    keep_alive_interval: config.keep_alive_interval,
                },
            )
        })?;
        let headers = HeaderContext::new(
            Wire::Rest,
            config.user_agent.as_deref(),
            config.quota_project.clone(),
            config.auth.clone(),
        )?;
        Ok(RestTransport {
            pool,
            endpoint: config.endpoint.clone(),
            headers,
        })
    }

    /// Builds the transport; no connection is made until the first call.
    ///
    /// Fails when the endpoint URL, the certificates or the proxy URL are not valid.
    pub fn new(config: TransportConfig) -> Result<RestTransport, Error> {
        let endpoint = endpoint_uri(&config)?;
        let connector = Connector::new(&config, &endpoint, ALPN_REST)?;
        let pool = Pool::new(
            connector,
            endpoint,
            PoolConfig {
                h2_only: false,
                keep_alive_interval: config.keep_alive_interval,
            },
        )?;
        let headers = HeaderContext::new(
            Wire::Rest,
            config.user_agent.as_deref(),
            config.quota_project.clone(),
            config.auth.clone(),
        )?;
        Ok(RestTransport {
            pool,
            endpoint: config.endpoint.clone(),
            headers,
        })
    }

    /// One attempt of a unary RPC (the generated trait implementations call this).
    ///
    /// Only the request's JSON and the response's decoding depend on the message types; the
    /// HTTP exchange in between is one function for every RPC.
    pub(crate) async fn unary<R, T>(&self, request: R, options: &CallOptions) -> Result<T, Error>
    where
        R: Routed + JsonCodec + Send + Sync,
        T: RestResponse,
    {
        let rest = request::build(&request)?;
        let routing = request.routing_fields();
        let (status, body) =
            crate::deadline::bound(options, self.attempt(R::RPC, rest, &routing, options)).await?;
        T::decode(&body).map_err(|e| e.with_http_status(status))
    }

    /// Sends one request and reads its answer: the status and body of a 2xx answer, the
    /// answer's error otherwise.
    async fn attempt(
        &self,
        rpc: crate::Rpc,
        rest: request::RestRequest,
        routing: &RoutingFields<'_>,
        options: &CallOptions,
    ) -> Result<(u16, Bytes), Error> {
        // The path and query alone: the pool adds what the connection's protocol needs.
        let mut headers = self.headers.headers(routing, options).await?;
        // No `accept`: `$alt=json` in the query asks for JSON already.
        let body = match rest.body {
            Some(body) => {
                headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                Full::new(Bytes::from(body))
            }
            None => Full::new(Bytes::new()),
        };
        let path = PathAndQuery::from_maybe_shared(Bytes::from(rest.url)).map_err(|e| {
            Error::with_cause(
                Code::InvalidArgument,
                ErrorKind::Request,
                format!("{rpc}: cannot build the HTTP request"),
                e,
            )
        })?;
        let mut http_request = http::Request::new(body);
        *http_request.method_mut() = match rest.method {
            HttpMethod::Get => Method::GET,
            HttpMethod::Post => Method::POST,
            HttpMethod::Put => Method::PUT,
            HttpMethod::Patch => Method::PATCH,
            HttpMethod::Delete => Method::DELETE,
        };
        *http_request.uri_mut() = Uri::from(path);
        *http_request.headers_mut() = headers;
        tracing::debug!(%rpc, uri = %http_request.uri(), "REST attempt");
        let (response, lease) = self.pool.send(http_request).await?;
        let status = response.status().as_u16();
        let body = response
            .into_body()
            .collect()
            .await
            .map_err(|e| {
                Error::with_cause(
                    Code::Unavailable,
                    ErrorKind::Io,
                    format!("{rpc}: reading the response body failed"),
                    e,
                )
            })?
            .to_bytes();
        // The body is read: the connection may serve the next call.
        drop(lease);
        if (200..300).contains(&status) {
            Ok((status, body))
        } else {
            Err(Error::from_http_response(status, &body))
        }
    }
}

/// Decodes a response message from its JSON body through its [`JsonCodec`] (compiled once,
/// in dialogflow-types). The generated [`RestResponse`] implementations call it.
pub(crate) fn decode_message<T: JsonCodec>(body: &[u8]) -> Result<T, Error> {
    T::decode_json(body).map_err(|e| dialogflow_runtime::error::json_body_error(body, e))
}

/// A response message as the REST transport decodes it.
pub(crate) trait RestResponse: Sized {
    fn decode(body: &[u8]) -> Result<Self, Error>;
}

impl RestResponse for () {
    fn decode(body: &[u8]) -> Result<(), Error> {
        decode_empty_body(body)
    }
}
