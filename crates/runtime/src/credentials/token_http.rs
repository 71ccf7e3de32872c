//! One HTTP/1.1 exchange with a token endpoint (Google's OAuth endpoint or the metadata
//! server), over the crate's own connection layer ([`crate::net`]: TCP, proxy tunnel,
//! rustls with *ring*), and the reading of the JSON token it answers.
//!
//! Token requests are rare (about one an hour per credentials), so each one makes its own
//! connection and closes it: no pool, no keep-alive.

use std::time::{Duration, Instant};

use http::header::{HOST, HeaderValue};
use http::{Request, StatusCode, Uri};
use hyper::body::Body as _;
use tower_service::Service as _;

use super::auth_error;
use super::token_cache::Token;
use crate::Error;
use crate::config::{ProxyMode, TransportConfig};
use crate::net::Connector;

/// The largest answer read from a token endpoint.
const MAX_BODY: usize = 256 * 1024;
/// How much of an error answer is quoted in an error message.
const EXCERPT: usize = 300;
/// The lifetime assumed when a token answer does not give `expires_in`.
const DEFAULT_LIFETIME: Duration = Duration::from_secs(3600);

/// What a token endpoint answered.
pub(super) struct Reply {
    pub(super) status: StatusCode,
    pub(super) body: Vec<u8>,
}

/// Sends `request` (its URI absolute: `http://` or `https://`) and reads the whole answer,
/// all within `limit`. `what` names the endpoint in error messages ("the token endpoint
/// https://oauth2.googleapis.com/token", say). Failures to connect or to exchange are
/// transient errors ([`Code::Unavailable`](crate::Code::Unavailable)).
pub(super) async fn exchange(
    mut request: Request<String>,
    proxy: ProxyMode,
    limit: Duration,
    what: &str,
) -> Result<Reply, Error> {
    let uri = request.uri().clone();
    let (scheme, authority) = match (uri.scheme_str(), uri.authority()) {
        (Some(s @ ("http" | "https")), Some(a)) => (s, a.clone()),
        _ => {
            return Err(auth_error(
                format!("{what}: the URL must start with http:// or https:// and name a host"),
                false,
            ));
        }
    };
    // HTTP/1.1 sends the path and query on the request line, the authority as `Host`.
    let origin: Uri = uri
        .path_and_query()
        .map(|p| p.as_str())
        .unwrap_or("/")
        .parse()
        .map_err(|_| auth_error(format!("{what}: the URL's path is not valid"), false))?;
    *request.uri_mut() = origin;
    let host = HeaderValue::from_str(authority.as_str())
        .map_err(|_| auth_error(format!("{what}: the URL's host is not valid"), false))?;
    request.headers_mut().insert(HOST, host);

    let config = TransportConfig::new(format!("{scheme}://{authority}")).with_proxy(proxy);
    let base: Uri = config
        .endpoint
        .parse()
        .map_err(|_| auth_error(format!("{what}: the URL is not valid"), false))?;
    let mut connector = Connector::new(&config, &base, &[b"http/1.1"])
        .map_err(|e| auth_error(format!("{what}: {e}"), false))?;

    let work = async move {
        let conn = connector
            .call(base)
            .await
            .map_err(|e| auth_error(format!("cannot reach {what}: {}", with_causes(&e)), true))?;
        let (mut sender, connection) = hyper::client::conn::http1::handshake(conn)
            .await
            .map_err(|e| auth_error(format!("cannot talk HTTP/1.1 to {what}: {e}"), true))?;
        let driver = tokio::spawn(async move {
            // The exchange below reports any failure of the connection.
            let _ = connection.await;
        });
        let result = async {
            let response = sender
                .send_request(request)
                .await
                .map_err(|e| auth_error(format!("no answer from {what}: {e}"), true))?;
            let status = response.status();
            let mut body = response.into_body();
            let mut bytes = Vec::new();
            while let Some(frame) =
                std::future::poll_fn(|cx| std::pin::Pin::new(&mut body).poll_frame(cx)).await
            {
                let frame = frame.map_err(|e| {
                    auth_error(format!("the answer of {what} was cut short: {e}"), true)
                })?;
                if let Ok(data) = frame.into_data() {
                    bytes.extend_from_slice(&data);
                    if bytes.len() > MAX_BODY {
                        return Err(auth_error(
                            format!("the answer of {what} is larger than {MAX_BODY} bytes"),
                            false,
                        ));
                    }
                }
            }
            Ok(Reply {
                status,
                body: bytes,
            })
        }
        .await;
        driver.abort();
        result
    };
    tokio::time::timeout(limit, work).await.unwrap_or_else(|_| {
        Err(auth_error(
            format!("{what} did not answer within {} s", limit.as_secs()),
            true,
        ))
    })
}

/// An error's message followed by its causes' (a refused connection says so).
fn with_causes(error: &Error) -> String {
    let mut text = error.message().to_string();
    let mut cause = std::error::Error::source(error);
    while let Some(c) = cause {
        let part = c.to_string();
        if !text.contains(&part) {
            text.push_str(": ");
            text.push_str(&part);
        }
        cause = c.source();
    }
    text
}

/// Whether an HTTP status from a token endpoint is worth trying again later.
pub(super) fn is_transient(status: StatusCode) -> bool {
    status.is_server_error()
        || status == StatusCode::TOO_MANY_REQUESTS
        || status == StatusCode::REQUEST_TIMEOUT
}

/// The start of an answer's body, as text, for error messages (error answers carry no
/// token, only the endpoint's explanation such as `{"error": "invalid_grant", ...}`).
pub(super) fn excerpt(body: &[u8]) -> String {
    let text = String::from_utf8_lossy(body);
    let text = text.trim();
    if text.is_empty() {
        return "an empty body".to_string();
    }
    let mut cut: String = text.chars().take(EXCERPT).collect();
    if cut.len() < text.len() {
        cut.push_str("...");
    }
    format!("{cut:?}")
}

/// Reads a successful OAuth token answer: a JSON object with a string `access_token`, and
/// optionally `expires_in` (seconds) and `token_type` (`Bearer` when absent).
///
/// The body of a successful answer holds a token, so errors describe it without quoting it.
pub(super) fn read_token(reply: &Reply, what: &str) -> Result<Token, Error> {
    let expected = "a JSON object with a string \"access_token\"";
    let json: serde_json::Value = serde_json::from_slice(&reply.body).map_err(|_| {
        auth_error(
            format!(
                "{what} answered {} with {} bytes that are not JSON; expected {expected}",
                reply.status,
                reply.body.len()
            ),
            false,
        )
    })?;
    let Some(token) = json.get("access_token").and_then(|t| t.as_str()) else {
        let fields = match json.as_object() {
            Some(o) => format!(
                "an object with the fields {:?}",
                o.keys().map(String::as_str).collect::<Vec<_>>()
            ),
            None => "JSON that is not an object".to_string(),
        };
        return Err(auth_error(
            format!("{what} answered {fields}; expected {expected}"),
            false,
        ));
    };
    let lifetime = match json.get("expires_in") {
        None | Some(serde_json::Value::Null) => DEFAULT_LIFETIME,
        Some(v) => match v.as_u64() {
            Some(secs) => Duration::from_secs(secs),
            None => {
                return Err(auth_error(
                    format!(
                        "{what} answered an \"expires_in\" of {v}; expected a whole number of seconds"
                    ),
                    false,
                ));
            }
        },
    };
    let token_type = json
        .get("token_type")
        .and_then(|t| t.as_str())
        .filter(|t| !t.is_empty())
        .unwrap_or("Bearer");
    // "bearer" and "Bearer" mean the same; send the usual spelling.
    let token_type = if token_type.eq_ignore_ascii_case("bearer") {
        "Bearer"
    } else {
        token_type
    };
    let mut header = HeaderValue::from_str(&format!("{token_type} {token}")).map_err(|_| {
        auth_error(
            format!("{what} answered a token that is not a valid header value"),
            false,
        )
    })?;
    header.set_sensitive(true);
    Ok(Token::new(header, Instant::now(), lifetime))
}

/// The error for an answer that is not a success: the status and an excerpt of the body.
pub(super) fn status_error(reply: &Reply, what: &str, expected: &str) -> Error {
    auth_error(
        format!(
            "{what} answered HTTP {} with {}; expected 200 and {expected}",
            reply.status,
            excerpt(&reply.body)
        ),
        is_transient(reply.status),
    )
}
