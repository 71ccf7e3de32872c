//! Errors: the API errors both surfaces return, and the errors of the library itself.

use std::fmt;

use dialogflow_types::protobuf::Any;
use dialogflow_types::rpc::{self, BadRequest, Code, ErrorInfo, bad_request::FieldViolation};
use prost::Message as _;

/// The longest text (in bytes) an error repeats back from a request: longer values are cut, so
/// that a huge invalid input never becomes a huge error (or HTTP/2 trailers a client refuses).
const MAX_QUOTED: usize = 512;

/// `text` cut to [`MAX_QUOTED`] bytes on a character boundary, saying how much was left out.
pub(crate) fn clip(text: &str) -> String {
    if text.len() <= MAX_QUOTED {
        return text.to_string();
    }
    let mut end = MAX_QUOTED;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}… ({} bytes in all)", &text[..end], text.len())
}

/// The domain written into the `ErrorInfo` details this emulator attaches.
pub(crate) const ERROR_DOMAIN: &str = "dialogflow-emulator";

/// An API error as the service reports it: a canonical code, a message and typed details.
///
/// It becomes a gRPC status (with `grpc-status-details-bin`) on the gRPC surface and Google's
/// JSON error object on the REST surface.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ApiError {
    pub(crate) code: Code,
    pub(crate) message: String,
    pub(crate) details: Vec<Any>,
}

impl ApiError {
    pub(crate) fn new(code: Code, message: impl Into<String>) -> Self {
        ApiError {
            code,
            message: clip(&message.into()),
            details: Vec::new(),
        }
    }

    /// INVALID_ARGUMENT naming `field`, with a `BadRequest` detail.
    pub(crate) fn invalid(field: &str, description: impl Into<String>) -> Self {
        let description = clip(&description.into());
        let violation = FieldViolation {
            field: field.to_string(),
            description: description.clone(),
            ..Default::default()
        };
        ApiError {
            code: Code::InvalidArgument,
            message: format!("invalid argument `{field}`: {description}"),
            details: vec![Any::pack(&BadRequest {
                field_violations: vec![violation],
            })],
        }
    }

    /// INVALID_ARGUMENT naming every field in `list` (`(field, description)` pairs, at least
    /// one), with one `BadRequest` field violation each.
    pub(crate) fn violations(list: Vec<(String, String)>) -> Self {
        if let [(field, description)] = list.as_slice() {
            return Self::invalid(field, description.as_str());
        }
        let violations: Vec<FieldViolation> = list
            .iter()
            .map(|(field, description)| FieldViolation {
                field: field.clone(),
                description: clip(description),
                ..Default::default()
            })
            .collect();
        let message = list
            .iter()
            .map(|(field, description)| format!("`{field}`: {}", clip(description)))
            .collect::<Vec<_>>()
            .join("; ");
        ApiError {
            code: Code::InvalidArgument,
            message: clip(&format!("invalid arguments {message}")),
            details: vec![Any::pack(&BadRequest {
                field_violations: violations,
            })],
        }
    }

    /// A required field that was left empty.
    pub(crate) fn required(field: &str) -> Self {
        Self::invalid(field, "is required but was not set")
    }

    pub(crate) fn not_found(what: &str, name: &str) -> Self {
        Self::new(Code::NotFound, format!("{what} `{name}` not found")).with_info("NOT_FOUND", name)
    }

    /// Adds an `ErrorInfo` detail with the given reason (and the resource in its metadata).
    pub(crate) fn with_info(mut self, reason: &str, resource: &str) -> Self {
        let mut info = ErrorInfo {
            reason: reason.to_string(),
            domain: ERROR_DOMAIN.to_string(),
            ..Default::default()
        };
        if !resource.is_empty() {
            info.metadata.insert("resource".into(), clip(resource));
        }
        self.details.push(Any::pack(&info));
        self
    }

    /// The `google.rpc.Status` carrying this error.
    pub(crate) fn to_status_proto(&self) -> rpc::Status {
        rpc::Status {
            code: self.code as i32,
            message: self.message.clone(),
            details: self.details.clone(),
        }
    }

    /// The HTTP status that Google's REST surface uses for this code.
    pub(crate) fn http_status(&self) -> u16 {
        http_status_for(self.code)
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.code.as_str_name(), self.message)
    }
}

impl ApiError {
    /// The error a gRPC status carries (what tonic reports for a request stream the client
    /// reset, or a message that did not decode), details left out.
    pub(crate) fn from_status(status: &tonic::Status) -> Self {
        let code = Code::try_from(status.code() as i32).unwrap_or(Code::Unknown);
        ApiError::new(code, status.message())
    }
}

impl From<ApiError> for tonic::Status {
    fn from(e: ApiError) -> Self {
        let details = e.to_status_proto().encode_to_vec();
        tonic::Status::with_details(
            tonic::Code::from_i32(e.code as i32),
            e.message,
            details.into(),
        )
    }
}

/// The HTTP status Google maps each canonical code to.
pub(crate) fn http_status_for(code: Code) -> u16 {
    match code {
        Code::Ok => 200,
        Code::Cancelled => 499,
        Code::Unknown => 500,
        Code::InvalidArgument => 400,
        Code::DeadlineExceeded => 504,
        Code::NotFound => 404,
        Code::AlreadyExists => 409,
        Code::PermissionDenied => 403,
        Code::Unauthenticated => 401,
        Code::ResourceExhausted => 429,
        Code::FailedPrecondition => 400,
        Code::Aborted => 409,
        Code::OutOfRange => 400,
        Code::Unimplemented => 501,
        Code::Internal => 500,
        Code::Unavailable => 503,
        Code::DataLoss => 500,
    }
}

/// What can go wrong when starting, driving or stopping an emulator through this library.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Binding a listener, reading a file or writing the data file failed.
    #[error("I/O error while {context}: {source}")]
    Io {
        /// What the emulator was doing.
        context: String,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
    /// The TLS material could not be read or used.
    #[error("TLS configuration: {0}")]
    Tls(String),
    /// An option was invalid (for example a fault fraction outside 0..=1).
    #[error("invalid emulator option: {0}")]
    Config(String),
    /// The data file exists but does not hold a state this emulator can load.
    #[error("data file {path}: {reason}")]
    DataFile {
        /// The file that was read.
        path: String,
        /// Why it could not be loaded.
        reason: String,
    },
    /// A handle operation was refused the way the API would refuse it (for example adding a
    /// message to a conversation that does not exist).
    #[error("{code:?}: {message}")]
    Api {
        /// The canonical `google.rpc.Code` of the refusal.
        code: Code,
        /// What was wrong.
        message: String,
    },
}

impl From<ApiError> for Error {
    fn from(e: ApiError) -> Self {
        Error::Api {
            code: e.code,
            message: e.message,
        }
    }
}

impl Error {
    pub(crate) fn io(context: impl Into<String>, source: std::io::Error) -> Self {
        Error::Io {
            context: context.into(),
            source,
        }
    }
}
