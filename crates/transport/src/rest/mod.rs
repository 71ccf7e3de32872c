//! The REST transport: hyper 1 with a pooled client, rustls, proto3 JSON and the API's HTTP
//! bindings.

mod query;
mod request;

use std::time::Duration;

use bytes::Bytes;
use http::header::{CONTENT_TYPE, HeaderValue};
use http_body_util::{BodyExt as _, Full};
use hyper_util::client::legacy::Client;
use hyper_util::rt::{TokioExecutor, TokioTimer};
use serde::Serialize;

use crate::config::TransportConfig;
use crate::error::{decode_empty_body, decode_json_body};
use crate::metadata::{HeaderContext, Routed, Wire};
use crate::net::{ALPN_REST, Connector, endpoint_uri, find_error};
#[allow(unused_imports)]
use crate::rpc_table::types::*;
use crate::{CallOptions, Code, ConversationsTransport, Error, ErrorKind};

/// The transport over REST: HTTP/1.1 or HTTP/2 (chosen by ALPN) with JSON bodies.
///
/// Requests follow the API's `google.api.http` bindings: the binding whose path template fits the
/// request's routing field, the body as proto3 JSON, other set fields as query parameters.
/// Responses are asked for with enums as numbers (`$alt=json;enum-encoding=int`), so values this
/// build does not know survive. Connections are pooled and shared by all clones of the transport's
/// `Arc`.
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
    client: Client<Connector, Full<Bytes>>,
    base: String,
    headers: HeaderContext,
}

impl std::fmt::Debug for RestTransport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RestTransport")
            .field("endpoint", &self.base)
            .field("auth", &self.headers.auth)
            .finish_non_exhaustive()
    }
}

impl RestTransport {
    /// Builds the transport; no connection is made until the first call.
    ///
    /// Fails when the endpoint URL, the certificates or the proxy URL are not valid.
    pub fn new(config: TransportConfig) -> Result<RestTransport, Error> {
        let endpoint = endpoint_uri(&config)?;
        let connector = Connector::new(&config, &endpoint, ALPN_REST)?;
        let mut builder = Client::builder(TokioExecutor::new());
        builder
            .pool_idle_timeout(Duration::from_secs(90))
            .pool_timer(TokioTimer::new())
            .timer(TokioTimer::new())
            .http2_keep_alive_interval(config.keep_alive_interval)
            .http2_keep_alive_while_idle(true);
        let client = builder.build(connector);
        let base = format!(
            "{}://{}",
            endpoint.scheme_str().unwrap_or("https"),
            endpoint.authority().map(|a| a.as_str()).unwrap_or_default()
        );
        let headers = HeaderContext::new(
            Wire::Rest,
            config.user_agent.as_deref(),
            config.quota_project.clone(),
            config.auth.clone(),
        )?;
        Ok(RestTransport {
            client,
            base,
            headers,
        })
    }

    async fn call<R, T>(&self, request: R, options: &CallOptions) -> Result<T, Error>
    where
        R: Routed + Serialize + Send + Sync,
        T: RestResponse,
    {
        options.bound(self.attempt::<R, T>(&request, options)).await
    }

    async fn attempt<R, T>(&self, request: &R, options: &CallOptions) -> Result<T, Error>
    where
        R: Routed + Serialize + Send + Sync,
        T: RestResponse,
    {
        let rest = request::build(request, &self.base)?;
        let headers = self.headers.headers(request, options).await?;
        let mut builder = http::Request::builder()
            .method(rest.method.as_str())
            .uri(rest.url);
        if let Some(h) = builder.headers_mut() {
            *h = headers;
            // No `accept`: `$alt=json` in the query asks for JSON already.
            if rest.body.is_some() {
                h.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
            }
        }
        let body = Full::new(Bytes::from(rest.body.unwrap_or_default()));
        let http_request = builder.body(body).map_err(|e| {
            Error::with_cause(
                Code::InvalidArgument,
                ErrorKind::Request,
                format!("{}: cannot build the HTTP request", R::RPC),
                e,
            )
        })?;
        tracing::debug!(rpc = %R::RPC, uri = %http_request.uri(), "REST attempt");
        let response = self
            .client
            .request(http_request)
            .await
            .map_err(|e| client_error(R::RPC.name(), e))?;
        let status = response.status().as_u16();
        let body = response
            .into_body()
            .collect()
            .await
            .map_err(|e| {
                Error::with_cause(
                    Code::Unavailable,
                    ErrorKind::Io,
                    format!("{}: reading the response body failed", R::RPC),
                    e,
                )
            })?
            .to_bytes();
        if (200..300).contains(&status) {
            T::decode(&body).map_err(|e| e.with_http_status(status))
        } else {
            Err(Error::from_http_response(status, &body))
        }
    }
}

/// Maps a failure of hyper-util's client: our connector's errors come back as they were.
fn client_error(rpc: &str, err: hyper_util::client::legacy::Error) -> Error {
    if let Some(ours) = find_error(&err) {
        return ours.clone();
    }
    let kind = if err.is_connect() {
        ErrorKind::Connect
    } else {
        ErrorKind::Io
    };
    Error::with_cause(
        Code::Unavailable,
        kind,
        format!("{rpc}: the HTTP exchange failed"),
        err,
    )
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

macro_rules! json_responses {
    ($($t:ty),* $(,)?) => {
        $(impl RestResponse for $t {
            fn decode(body: &[u8]) -> Result<$t, Error> {
                decode_json_body(body)
            }
        })*
    };
}

json_responses!(
    Conversation,
    ListConversationsResponse,
    IngestContextReferencesResponse,
    ListMessagesResponse,
    SuggestConversationSummaryResponse,
    GenerateStatelessSummaryResponse,
    GenerateStatelessSuggestionResponse,
    SearchKnowledgeResponse,
    GenerateSuggestionsResponse,
    Operation,
    ListOperationsResponse,
    Location,
    ListLocationsResponse,
);

macro_rules! rest_impl {
    ($(($method:ident, $variant:ident, $service:literal, $req:tt, $resp:tt, $doc:literal),)*) => {
        #[async_trait::async_trait]
        impl ConversationsTransport for RestTransport {
            $(
                async fn $method(&self, request: $req, options: &CallOptions) -> Result<$resp, Error> {
                    self.call(request, options).await
                }
            )*
        }
    };
}

crate::rpc_table::for_each_rpc!(rest_impl);
