//! [`Error`]: what one attempt of an RPC returns when it fails, whichever wire carried it.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use dialogflow_types::protobuf::Any;
use dialogflow_types::rpc::{
    BadRequest, DebugInfo, ErrorInfo, Help, LocalizedMessage, PreconditionFailure, QuotaFailure,
    RequestInfo, ResourceInfo, RetryInfo, Status,
};
use prost::Name;

use crate::Code;

/// Longest piece of a non-JSON error body kept in an error message, in bytes.
const BODY_EXCERPT_LIMIT: usize = 200;

/// Where an [`Error`] came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The server answered with an error status (gRPC status or REST error response).
    Status,
    /// No connection could be made (DNS, TCP connect, proxy tunnel).
    Connect,
    /// The TLS handshake failed or TLS could not be configured.
    Tls,
    /// The attempt ran out of time (the attempt timeout of [`CallOptions`](crate::CallOptions)).
    Timeout,
    /// Reading or writing the connection failed after it was made.
    Io,
    /// The response could not be decoded.
    Decode,
    /// The request could not be encoded or sent as asked (bad metadata, no route for a name).
    Request,
    /// The credentials source failed to give headers.
    Auth,
    /// The transport is misconfigured (bad URL, bad certificate or key).
    Config,
    /// The transport does not implement this RPC.
    Unimplemented,
}

/// One decoded entry of `google.rpc.Status.details`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ErrorDetail {
    /// Why the error happened: a reason, a domain and metadata.
    ErrorInfo(ErrorInfo),
    /// Which fields of the request were wrong.
    BadRequest(BadRequest),
    /// How long to wait before retrying.
    RetryInfo(RetryInfo),
    /// Which quota checks failed.
    QuotaFailure(QuotaFailure),
    /// Which preconditions failed.
    PreconditionFailure(PreconditionFailure),
    /// The resource the error is about.
    ResourceInfo(ResourceInfo),
    /// The server-side request id, for support.
    RequestInfo(RequestInfo),
    /// Links to documentation.
    Help(Help),
    /// The error message in a given locale.
    LocalizedMessage(LocalizedMessage),
    /// Server debugging information.
    DebugInfo(DebugInfo),
    /// A detail of another type, in its binary form.
    Other(Any),
    /// A detail that came as JSON (REST) with a `@type` this crate does not know, kept verbatim.
    OtherJson(serde_json::Value),
}

impl ErrorDetail {
    /// Decodes a packed detail; types that are not error details, or that do not decode, are kept
    /// as [`ErrorDetail::Other`].
    pub fn from_any(any: Any) -> ErrorDetail {
        fn try_unpack<M: Name + Default>(
            any: &Any,
            wrap: fn(M) -> ErrorDetail,
        ) -> Option<ErrorDetail> {
            if any.is::<M>() {
                any.unpack::<M>().ok().map(wrap)
            } else {
                None
            }
        }
        let decoded = try_unpack(&any, ErrorDetail::ErrorInfo)
            .or_else(|| try_unpack(&any, ErrorDetail::BadRequest))
            .or_else(|| try_unpack(&any, ErrorDetail::RetryInfo))
            .or_else(|| try_unpack(&any, ErrorDetail::QuotaFailure))
            .or_else(|| try_unpack(&any, ErrorDetail::PreconditionFailure))
            .or_else(|| try_unpack(&any, ErrorDetail::ResourceInfo))
            .or_else(|| try_unpack(&any, ErrorDetail::RequestInfo))
            .or_else(|| try_unpack(&any, ErrorDetail::Help))
            .or_else(|| try_unpack(&any, ErrorDetail::LocalizedMessage))
            .or_else(|| try_unpack(&any, ErrorDetail::DebugInfo));
        decoded.unwrap_or(ErrorDetail::Other(any))
    }

    /// Decodes a detail in its proto3 JSON form (`{"@type": ..., ...}`); never fails: what cannot
    /// be decoded is kept as [`ErrorDetail::OtherJson`].
    pub fn from_json(value: serde_json::Value) -> ErrorDetail {
        match serde_json::from_value::<Any>(value.clone()) {
            Ok(any) => ErrorDetail::from_any(any),
            Err(_) => ErrorDetail::OtherJson(value),
        }
    }

    /// Packs the detail back into an `Any`; [`ErrorDetail::OtherJson`] gives `None`.
    pub fn to_any(&self) -> Option<Any> {
        Some(match self {
            ErrorDetail::ErrorInfo(m) => Any::pack(m),
            ErrorDetail::BadRequest(m) => Any::pack(m),
            ErrorDetail::RetryInfo(m) => Any::pack(m),
            ErrorDetail::QuotaFailure(m) => Any::pack(m),
            ErrorDetail::PreconditionFailure(m) => Any::pack(m),
            ErrorDetail::ResourceInfo(m) => Any::pack(m),
            ErrorDetail::RequestInfo(m) => Any::pack(m),
            ErrorDetail::Help(m) => Any::pack(m),
            ErrorDetail::LocalizedMessage(m) => Any::pack(m),
            ErrorDetail::DebugInfo(m) => Any::pack(m),
            ErrorDetail::Other(any) => any.clone(),
            ErrorDetail::OtherJson(_) => return None,
        })
    }

    /// The full protobuf type name of the detail, e.g. `google.rpc.ErrorInfo`.
    pub fn type_name(&self) -> String {
        match self {
            ErrorDetail::OtherJson(value) => value
                .get("@type")
                .and_then(|t| t.as_str())
                .map(|t| dialogflow_types::any::type_name(t).to_owned())
                .unwrap_or_default(),
            ErrorDetail::Other(any) => any.type_name().to_owned(),
            other => other
                .to_any()
                .map(|a| a.type_name().to_owned())
                .unwrap_or_default(),
        }
    }
}

type Source = Arc<dyn std::error::Error + Send + Sync + 'static>;

#[derive(Clone)]
struct Inner {
    code: Code,
    message: String,
    details: Vec<ErrorDetail>,
    http_status: Option<u16>,
    kind: ErrorKind,
    source: Option<Source>,
}

/// The error of one attempt of an RPC, from either wire.
///
/// It carries the canonical [`Code`], the message, the decoded error details, the HTTP status
/// when there was one, what kind of failure it was ([`ErrorKind`]) and, for local failures, the
/// underlying cause through [`std::error::Error::source`].
///
/// ```
/// use dialogflow_transport::{Code, Error};
///
/// let err = Error::new(Code::NotFound, r#"conversation "projects/p/conversations/x" not found"#)
///     .with_http_status(404);
/// assert_eq!(err.code(), Code::NotFound);
/// assert_eq!(
///     err.to_string(),
///     r#"NOT_FOUND: conversation "projects/p/conversations/x" not found (HTTP 404)"#
/// );
/// ```
#[derive(Clone)]
pub struct Error {
    inner: Box<Inner>,
}

impl Error {
    /// An error with a code and a message, as a server would return it.
    pub fn new(code: Code, message: impl Into<String>) -> Error {
        Error {
            inner: Box::new(Inner {
                code,
                message: message.into(),
                details: Vec::new(),
                http_status: None,
                kind: if code == Code::Unimplemented {
                    ErrorKind::Unimplemented
                } else {
                    ErrorKind::Status
                },
                source: None,
            }),
        }
    }

    /// The error a transport returns for an RPC it does not implement.
    pub fn unimplemented(rpc: &str) -> Error {
        Error::new(
            Code::Unimplemented,
            format!("{rpc} is not implemented by this transport"),
        )
    }

    /// A local failure of a given kind, with its cause.
    pub fn with_cause<E>(code: Code, kind: ErrorKind, message: impl Into<String>, cause: E) -> Error
    where
        E: Into<Box<dyn std::error::Error + Send + Sync + 'static>>,
    {
        let mut err = Error::new(code, message);
        err.inner.kind = kind;
        err.inner.source = Some(Arc::from(cause.into()));
        err
    }

    /// A local failure of a given kind, without an underlying cause.
    pub fn local(code: Code, kind: ErrorKind, message: impl Into<String>) -> Error {
        let mut err = Error::new(code, message);
        err.inner.kind = kind;
        err
    }

    /// The attempt ran out of time after `timeout`.
    pub fn timeout(timeout: Duration) -> Error {
        Error::local(
            Code::DeadlineExceeded,
            ErrorKind::Timeout,
            format!("the attempt timed out after {timeout:?}"),
        )
    }

    /// The server's `google.rpc.Status`, with its details decoded.
    pub fn from_status(status: Status) -> Error {
        let mut err = Error::new(Code::from_i32(status.code), status.message);
        err.inner.kind = ErrorKind::Status;
        err.inner.details = status
            .details
            .into_iter()
            .map(ErrorDetail::from_any)
            .collect();
        err
    }

    /// The error as a `google.rpc.Status` (details that came as unknown JSON are left out).
    pub fn to_status(&self) -> Status {
        Status {
            code: self.code().as_i32(),
            message: self.message().to_owned(),
            details: self
                .details()
                .iter()
                .filter_map(ErrorDetail::to_any)
                .collect(),
        }
    }

    /// Maps a REST error response: the HTTP status and the body.
    ///
    /// A JSON body of the form `{"error": {"code", "message", "status", "details"}}` gives the
    /// code named by `status` (or the HTTP status when it is missing), the message and the decoded
    /// details. Any other body (an HTML page from a proxy, an empty body, cut-off JSON) gives the
    /// code of the HTTP status and a message holding the start of the body. Never panics.
    pub fn from_http_response(http_status: u16, body: &[u8]) -> Error {
        let mut err = match serde_json::from_slice::<serde_json::Value>(body) {
            Ok(value) => match rest_status(value) {
                Some(err) => err,
                None => non_json_error(http_status, body),
            },
            Err(_) => non_json_error(http_status, body),
        };
        err.inner.http_status = Some(http_status);
        err
    }

    /// Adds details to the error.
    pub fn with_details(mut self, details: impl IntoIterator<Item = ErrorDetail>) -> Error {
        self.inner.details.extend(details);
        self
    }

    /// Records the HTTP status of the response that carried the error.
    pub fn with_http_status(mut self, status: u16) -> Error {
        self.inner.http_status = Some(status);
        self
    }

    /// The canonical code.
    pub fn code(&self) -> Code {
        self.inner.code
    }

    /// The message, as the server or the local failure gave it.
    pub fn message(&self) -> &str {
        &self.inner.message
    }

    /// The decoded error details.
    pub fn details(&self) -> &[ErrorDetail] {
        &self.inner.details
    }

    /// The HTTP status of the response, when the error came from an HTTP response (REST).
    pub fn http_status(&self) -> Option<u16> {
        self.inner.http_status
    }

    /// What kind of failure this is.
    pub fn kind(&self) -> ErrorKind {
        self.inner.kind
    }

    /// Whether the attempt ran out of time locally.
    pub fn is_timeout(&self) -> bool {
        self.inner.kind == ErrorKind::Timeout
    }

    /// Whether the error was returned by the server (as opposed to a local failure).
    pub fn is_status(&self) -> bool {
        self.inner.kind == ErrorKind::Status
    }

    /// The first `ErrorInfo` detail.
    pub fn error_info(&self) -> Option<&ErrorInfo> {
        self.details().iter().find_map(|d| match d {
            ErrorDetail::ErrorInfo(m) => Some(m),
            _ => None,
        })
    }

    /// The first `BadRequest` detail.
    pub fn bad_request(&self) -> Option<&BadRequest> {
        self.details().iter().find_map(|d| match d {
            ErrorDetail::BadRequest(m) => Some(m),
            _ => None,
        })
    }

    /// The first `ResourceInfo` detail.
    pub fn resource_info(&self) -> Option<&ResourceInfo> {
        self.details().iter().find_map(|d| match d {
            ErrorDetail::ResourceInfo(m) => Some(m),
            _ => None,
        })
    }

    /// The delay the server asked for before a retry (from a `RetryInfo` detail).
    pub fn retry_delay(&self) -> Option<Duration> {
        self.details().iter().find_map(|d| match d {
            ErrorDetail::RetryInfo(RetryInfo {
                retry_delay: Some(delay),
            }) => Duration::try_from(*delay).ok(),
            _ => None,
        })
    }
}

/// Reads `{"error": {...}}` (or a one-element array of it, as some front ends send).
fn rest_status(value: serde_json::Value) -> Option<Error> {
    let value = match value {
        serde_json::Value::Array(mut items) if items.len() == 1 => items.pop()?,
        other => other,
    };
    let serde_json::Value::Object(mut top) = value else {
        return None;
    };
    let serde_json::Value::Object(mut error) = top.remove("error")? else {
        return None;
    };
    let http_code = error
        .get("code")
        .and_then(|c| c.as_u64())
        .and_then(|c| u16::try_from(c).ok());
    let code = error
        .get("status")
        .and_then(|s| s.as_str())
        .and_then(Code::from_name)
        .or_else(|| http_code.map(Code::from_http_status))
        .unwrap_or(Code::Unknown);
    let message = match error.remove("message") {
        Some(serde_json::Value::String(s)) => s,
        Some(serde_json::Value::Null) | None => String::new(),
        Some(other) => other.to_string(),
    };
    let details = match error.remove("details") {
        Some(serde_json::Value::Array(items)) => {
            items.into_iter().map(ErrorDetail::from_json).collect()
        }
        _ => Vec::new(),
    };
    Some(Error::new(code, message).with_details(details))
}

fn non_json_error(http_status: u16, body: &[u8]) -> Error {
    let code = Code::from_http_status(http_status);
    let code = if code == Code::Ok {
        Code::Unknown
    } else {
        code
    };
    let excerpt = body_excerpt(body);
    let message = if excerpt.is_empty() {
        format!("the server answered HTTP {http_status} with an empty body")
    } else {
        format!(
            "the server answered HTTP {http_status} with a body that is not a JSON error: {excerpt}"
        )
    };
    Error::new(code, message)
}

/// The start of a body as one line of text: invalid UTF-8 replaced, whitespace runs collapsed,
/// cut at a character boundary after about [`BODY_EXCERPT_LIMIT`] bytes.
pub(crate) fn body_excerpt(body: &[u8]) -> String {
    let head = &body[..body.len().min(BODY_EXCERPT_LIMIT * 4)];
    let text = String::from_utf8_lossy(head);
    let mut out = String::new();
    let mut truncated = body.len() > head.len();
    for word in text.split_whitespace() {
        if out.len() + word.len() + 1 > BODY_EXCERPT_LIMIT {
            let room = BODY_EXCERPT_LIMIT.saturating_sub(out.len() + 1);
            if room > 0 {
                if !out.is_empty() {
                    out.push(' ');
                }
                let mut end = room.min(word.len());
                while !word.is_char_boundary(end) {
                    end -= 1;
                }
                out.push_str(&word[..end]);
            }
            truncated = true;
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    if truncated {
        out.push('…');
    }
    out
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut d = f.debug_struct("Error");
        d.field("code", &self.inner.code)
            .field("message", &self.inner.message)
            .field("kind", &self.inner.kind);
        if !self.inner.details.is_empty() {
            d.field("details", &self.inner.details);
        }
        if let Some(status) = self.inner.http_status {
            d.field("http_status", &status);
        }
        if let Some(source) = &self.inner.source {
            d.field("source", source);
        }
        d.finish()
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code().as_str())?;
        if !self.message().is_empty() {
            f.write_str(": ")?;
            // One line, whatever the server sent.
            let mut first = true;
            for line in self.message().lines() {
                let line = line.trim();
                if line.is_empty() {
                    continue;
                }
                if !first {
                    f.write_str(" ")?;
                }
                f.write_str(line)?;
                first = false;
            }
        }
        if let Some(source) = &self.inner.source {
            let cause = source.to_string();
            if !cause.is_empty() && !self.message().contains(&cause) {
                write!(f, ": {}", cause.replace(['\n', '\r'], " "))?;
            }
        }
        if let Some(status) = self.http_status() {
            write!(f, " (HTTP {status})")?;
        }
        Ok(())
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.inner
            .source
            .as_ref()
            .map(|s| s.as_ref() as &(dyn std::error::Error + 'static))
    }
}

impl From<Status> for Error {
    fn from(status: Status) -> Error {
        Error::from_status(status)
    }
}

/// Decodes a successful REST response body as proto3 JSON.
pub(crate) fn decode_json_body<T: serde::de::DeserializeOwned>(body: &[u8]) -> Result<T, Error> {
    serde_json::from_slice(body).map_err(|e| {
        Error::with_cause(
            Code::Internal,
            ErrorKind::Decode,
            format!(
                "the response body is not the expected JSON message ({})",
                body_excerpt(body)
            ),
            e,
        )
    })
}

/// Checks a successful REST response whose message is `google.protobuf.Empty`: an empty body or
/// any JSON object.
pub(crate) fn decode_empty_body(body: &[u8]) -> Result<(), Error> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(());
    }
    match decode_json_body::<serde_json::Value>(body)? {
        serde_json::Value::Object(_) => Ok(()),
        _ => Err(Error::local(
            Code::Internal,
            ErrorKind::Decode,
            format!("expected an empty JSON object, got {}", body_excerpt(body)),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_is_one_line() {
        let err = Error::new(Code::Internal, "first\nsecond\r\n  third").with_http_status(500);
        assert_eq!(err.to_string(), "INTERNAL: first second third (HTTP 500)");
        assert_eq!(Error::new(Code::Aborted, "").to_string(), "ABORTED");
        let io = std::io::Error::new(std::io::ErrorKind::ConnectionRefused, "refused");
        let err = Error::with_cause(
            Code::Unavailable,
            ErrorKind::Connect,
            "cannot connect to h:1",
            io,
        );
        assert_eq!(
            err.to_string(),
            "UNAVAILABLE: cannot connect to h:1: refused"
        );
        assert!(std::error::Error::source(&err).is_some());
        assert_eq!(err.kind(), ErrorKind::Connect);
    }

    #[test]
    fn status_round_trip_with_details() {
        let info = ErrorInfo {
            reason: "R".into(),
            domain: "d".into(),
            ..Default::default()
        };
        let retry = RetryInfo {
            retry_delay: Some(Duration::from_millis(1500).into()),
        };
        let foreign = Any {
            type_url: "type.googleapis.com/acme.Thing".into(),
            value: vec![1, 2, 3],
        };
        let status = Status {
            code: 5,
            message: "gone".into(),
            details: vec![Any::pack(&info), Any::pack(&retry), foreign.clone()],
        };
        let err = Error::from_status(status.clone());
        assert_eq!(err.code(), Code::NotFound);
        assert_eq!(err.error_info(), Some(&info));
        assert_eq!(err.retry_delay(), Some(Duration::from_millis(1500)));
        assert_eq!(err.details()[2], ErrorDetail::Other(foreign));
        assert_eq!(err.to_status(), status);
        assert!(err.is_status());
    }

    #[test]
    fn unimplemented_names_the_rpc() {
        let err = Error::unimplemented("GetConversation");
        assert_eq!(err.code(), Code::Unimplemented);
        assert!(err.message().contains("GetConversation"));
        assert_eq!(err.kind(), ErrorKind::Unimplemented);
    }

    #[test]
    fn rest_json_error_with_details() {
        let body = br#"{"error": {"code": 404, "message": "conversation \"projects/p/conversations/x\" not found",
            "status": "NOT_FOUND", "details": [
              {"@type": "type.googleapis.com/google.rpc.ErrorInfo", "reason": "NOT_FOUND", "domain": "d", "metadata": {"k": "v"}},
              {"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "2.5s"},
              {"@type": "type.googleapis.com/acme.Unheard", "x": 1},
              {"no_type": true}
            ]}}"#;
        let err = Error::from_http_response(404, body);
        assert_eq!(err.code(), Code::NotFound);
        assert_eq!(err.http_status(), Some(404));
        assert_eq!(
            err.to_string(),
            r#"NOT_FOUND: conversation "projects/p/conversations/x" not found (HTTP 404)"#
        );
        assert_eq!(err.error_info().unwrap().metadata["k"], "v");
        assert_eq!(err.retry_delay(), Some(Duration::from_millis(2500)));
        assert_eq!(err.details().len(), 4);
        assert!(matches!(&err.details()[2], ErrorDetail::OtherJson(v) if v["x"] == 1));
        assert_eq!(err.details()[2].type_name(), "acme.Unheard");
        assert!(matches!(&err.details()[3], ErrorDetail::OtherJson(_)));
        // Unknown JSON details cannot be packed, the rest round-trips.
        assert_eq!(err.to_status().details.len(), 2);
    }

    #[test]
    fn rest_json_error_code_fallbacks() {
        // No status name: the HTTP code inside the body.
        let err =
            Error::from_http_response(500, br#"{"error": {"code": 429, "message": "slow down"}}"#);
        assert_eq!(err.code(), Code::ResourceExhausted);
        // Unknown status name and no code: the response status.
        let err =
            Error::from_http_response(503, br#"{"error": {"status": "WEIRD", "message": 7}}"#);
        assert_eq!((err.code(), err.message()), (Code::Unknown, "7"));
        // A one-element array, as some front ends send.
        let err = Error::from_http_response(
            403,
            br#"[{"error": {"status": "PERMISSION_DENIED", "message": "no"}}]"#,
        );
        assert_eq!(err.code(), Code::PermissionDenied);
        // Details that are not an array are ignored.
        let err = Error::from_http_response(
            400,
            br#"{"error": {"status": "INVALID_ARGUMENT", "details": {"a": 1}}}"#,
        );
        assert!(err.details().is_empty());
    }

    #[test]
    fn rest_odd_bodies() {
        let html =
            b"<html>\n<head><title>502 Bad Gateway</title></head>\n<body>nginx</body></html>";
        let err = Error::from_http_response(502, html);
        assert_eq!(err.code(), Code::Unavailable);
        assert_eq!(err.http_status(), Some(502));
        assert!(
            err.message().contains("<title>502 Bad Gateway</title>"),
            "{err}"
        );
        assert!(!err.to_string().contains('\n'));

        let err = Error::from_http_response(503, b"");
        assert_eq!(err.code(), Code::Unavailable);
        assert!(err.message().contains("empty body"), "{err}");

        let err = Error::from_http_response(404, br#"{"error": {"code": 404, "mess"#);
        assert_eq!(err.code(), Code::NotFound);
        assert!(err.message().contains(r#"{"error""#), "{err}");

        // JSON that is not an error object.
        let err = Error::from_http_response(500, br#"{"message": "hi"}"#);
        assert_eq!(err.code(), Code::Internal);

        // A long body is cut at a character boundary.
        let long = "é".repeat(1000);
        let err = Error::from_http_response(400, long.as_bytes());
        assert!(err.message().ends_with('…'));
        assert!(err.message().len() < 400, "{}", err.message().len());

        // Invalid UTF-8 does not break anything.
        let err = Error::from_http_response(418, &[0xff, 0xfe, b'x']);
        assert_eq!(err.code(), Code::FailedPrecondition);

        // A redirect or other non-error status without a body still gives an error code.
        assert_eq!(Error::from_http_response(302, b"").code(), Code::Unknown);
        assert_eq!(Error::from_http_response(200, b"").code(), Code::Unknown);
    }

    #[test]
    fn success_bodies() {
        assert!(decode_empty_body(b"").is_ok());
        assert!(decode_empty_body(b" {} ").is_ok());
        assert!(decode_empty_body(b"[]").is_err());
        let err =
            decode_json_body::<dialogflow_types::v2::Conversation>(b"{\"name\": 5}").unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Decode);
        // Unknown fields and unknown enum numbers are tolerated.
        let conv: dialogflow_types::v2::Conversation =
            decode_json_body(br#"{"name": "n", "lifecycleState": 99, "brandNew": {"x": 1}}"#)
                .unwrap();
        assert_eq!((conv.name.as_str(), conv.lifecycle_state), ("n", 99));
    }
}
