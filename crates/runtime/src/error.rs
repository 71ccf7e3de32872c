//! [`Error`]: what one attempt of an RPC returns when it fails, whichever wire carried it.
//!
//! The error itself is here; the decoded `google.rpc.Status` details are in `detail.rs`, and
//! reading REST error and success bodies in `http.rs`.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use dialogflow_types::rpc::{BadRequest, ErrorInfo, ResourceInfo, RetryInfo, Status};

use crate::Code;

mod detail;
mod http;

pub use detail::ErrorDetail;
pub use http::{body_excerpt, decode_empty_body, decode_json_body, json_body_error};

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

impl ErrorKind {
    /// Whether a failure of this kind happened before any byte of the request was sent, so
    /// that the server cannot have acted on it: no connection ([`Connect`](Self::Connect)),
    /// no TLS session ([`Tls`](Self::Tls)), no credentials ([`Auth`](Self::Auth)), a request
    /// that could not be encoded ([`Request`](Self::Request)), or a misconfiguration
    /// ([`Config`](Self::Config)). Retrying those is safe even when the RPC is
    /// not idempotent.
    ///
    /// ```
    /// use dialogflow_runtime::ErrorKind;
    ///
    /// assert!(ErrorKind::Connect.before_sending());
    /// assert!(!ErrorKind::Io.before_sending());
    /// assert!(!ErrorKind::Status.before_sending());
    /// ```
    pub const fn before_sending(self) -> bool {
        matches!(
            self,
            ErrorKind::Connect
                | ErrorKind::Tls
                | ErrorKind::Auth
                | ErrorKind::Request
                | ErrorKind::Config
        )
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
/// use dialogflow_runtime::{Code, Error};
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

    /// Adds details to the error.
    pub fn with_details(mut self, details: impl IntoIterator<Item = ErrorDetail>) -> Error {
        self.inner.details.extend(details);
        self
    }

    /// Puts `context` in front of the message, keeping the code, kind and details.
    ///
    /// ```
    /// use dialogflow_runtime::{Code, Error};
    ///
    /// let err = Error::new(Code::Unavailable, "connection reset")
    ///     .with_context("after 3 requests sent");
    /// assert_eq!(err.message(), "after 3 requests sent: connection reset");
    /// assert_eq!(err.code(), Code::Unavailable);
    /// ```
    pub fn with_context(mut self, context: impl std::fmt::Display) -> Error {
        self.inner.message = format!("{context}: {}", self.inner.message);
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

#[cfg(test)]
mod tests {
    use super::*;
    use dialogflow_types::protobuf::Any;

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
}
