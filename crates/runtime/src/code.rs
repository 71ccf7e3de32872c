//! The canonical `google.rpc.Code` values and their HTTP mapping.

use std::fmt;

/// A canonical error code of Google APIs (`google.rpc.Code`), shared by the gRPC and REST wires.
///
/// ```
/// use dialogflow_runtime::Code;
///
/// assert_eq!(Code::NotFound.as_str(), "NOT_FOUND");
/// assert_eq!(Code::from_http_status(404), Code::NotFound);
/// assert_eq!(Code::NotFound.http_status(), 404);
/// assert_eq!(Code::from_i32(5), Code::NotFound);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Code {
    /// Not an error: the call succeeded.
    Ok = 0,
    /// The caller cancelled the operation.
    Cancelled = 1,
    /// An error that fits no other code, or whose code was not understood.
    Unknown = 2,
    /// The request is malformed, whatever the state of the system.
    InvalidArgument = 3,
    /// The deadline expired before the operation could finish.
    DeadlineExceeded = 4,
    /// The named resource does not exist.
    NotFound = 5,
    /// The resource the call tried to create exists already.
    AlreadyExists = 6,
    /// The caller is not allowed to do this.
    PermissionDenied = 7,
    /// A quota or other resource ran out.
    ResourceExhausted = 8,
    /// The system is not in the state the operation needs.
    FailedPrecondition = 9,
    /// The operation was aborted, usually by a concurrency conflict.
    Aborted = 10,
    /// A value was past the valid range.
    OutOfRange = 11,
    /// The operation is not implemented or not supported.
    Unimplemented = 12,
    /// An invariant of the server broke.
    Internal = 13,
    /// The service is unavailable for now; retrying may help.
    Unavailable = 14,
    /// Unrecoverable data loss or corruption.
    DataLoss = 15,
    /// The request lacks valid credentials.
    Unauthenticated = 16,
}

impl Code {
    /// Every code, in numeric order.
    pub const ALL: [Code; 17] = [
        Code::Ok,
        Code::Cancelled,
        Code::Unknown,
        Code::InvalidArgument,
        Code::DeadlineExceeded,
        Code::NotFound,
        Code::AlreadyExists,
        Code::PermissionDenied,
        Code::ResourceExhausted,
        Code::FailedPrecondition,
        Code::Aborted,
        Code::OutOfRange,
        Code::Unimplemented,
        Code::Internal,
        Code::Unavailable,
        Code::DataLoss,
        Code::Unauthenticated,
    ];

    /// The code's name as written in the protobuf definition and in REST error bodies.
    pub const fn as_str(self) -> &'static str {
        match self {
            Code::Ok => "OK",
            Code::Cancelled => "CANCELLED",
            Code::Unknown => "UNKNOWN",
            Code::InvalidArgument => "INVALID_ARGUMENT",
            Code::DeadlineExceeded => "DEADLINE_EXCEEDED",
            Code::NotFound => "NOT_FOUND",
            Code::AlreadyExists => "ALREADY_EXISTS",
            Code::PermissionDenied => "PERMISSION_DENIED",
            Code::ResourceExhausted => "RESOURCE_EXHAUSTED",
            Code::FailedPrecondition => "FAILED_PRECONDITION",
            Code::Aborted => "ABORTED",
            Code::OutOfRange => "OUT_OF_RANGE",
            Code::Unimplemented => "UNIMPLEMENTED",
            Code::Internal => "INTERNAL",
            Code::Unavailable => "UNAVAILABLE",
            Code::DataLoss => "DATA_LOSS",
            Code::Unauthenticated => "UNAUTHENTICATED",
        }
    }

    /// The numeric value (as carried by `google.rpc.Status.code` and `grpc-status`).
    pub const fn as_i32(self) -> i32 {
        self as i32
    }

    /// The code for a number; numbers outside `0..=16` give [`Code::Unknown`].
    pub const fn from_i32(value: i32) -> Code {
        if value >= 0 && value < 17 {
            Code::ALL[value as usize]
        } else {
            Code::Unknown
        }
    }

    /// The code named `name` (e.g. `"NOT_FOUND"`), if it is one.
    pub fn from_name(name: &str) -> Option<Code> {
        Code::ALL.iter().copied().find(|c| c.as_str() == name)
    }

    /// The HTTP status Google's REST surface uses for this code.
    pub const fn http_status(self) -> u16 {
        match self {
            Code::Ok => 200,
            Code::Cancelled => 499,
            Code::Unknown => 500,
            Code::InvalidArgument => 400,
            Code::DeadlineExceeded => 504,
            Code::NotFound => 404,
            Code::AlreadyExists => 409,
            Code::PermissionDenied => 403,
            Code::ResourceExhausted => 429,
            Code::FailedPrecondition => 400,
            Code::Aborted => 409,
            Code::OutOfRange => 400,
            Code::Unimplemented => 501,
            Code::Internal => 500,
            Code::Unavailable => 503,
            Code::DataLoss => 500,
            Code::Unauthenticated => 401,
        }
    }

    /// The code for an HTTP status when the response carried no `google.rpc.Status`.
    ///
    /// Follows Google's published mapping; several codes share a status, so this picks the
    /// usual one (409 is [`Code::Aborted`], 500 is [`Code::Internal`]). Other 4xx statuses give
    /// [`Code::FailedPrecondition`], other 5xx statuses [`Code::Internal`], 2xx [`Code::Ok`],
    /// anything else [`Code::Unknown`].
    pub const fn from_http_status(status: u16) -> Code {
        match status {
            200..=299 => Code::Ok,
            400 => Code::InvalidArgument,
            401 => Code::Unauthenticated,
            403 => Code::PermissionDenied,
            404 => Code::NotFound,
            409 => Code::Aborted,
            416 => Code::OutOfRange,
            429 => Code::ResourceExhausted,
            499 => Code::Cancelled,
            500 => Code::Internal,
            501 => Code::Unimplemented,
            502 | 503 => Code::Unavailable,
            504 => Code::DeadlineExceeded,
            405..=499 => Code::FailedPrecondition,
            505..=599 => Code::Internal,
            _ => Code::Unknown,
        }
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<i32> for Code {
    fn from(value: i32) -> Code {
        Code::from_i32(value)
    }
}

impl From<Code> for i32 {
    fn from(code: Code) -> i32 {
        code.as_i32()
    }
}

impl From<dialogflow_types::rpc::Code> for Code {
    fn from(code: dialogflow_types::rpc::Code) -> Code {
        Code::from_i32(code as i32)
    }
}

impl From<Code> for dialogflow_types::rpc::Code {
    fn from(code: Code) -> dialogflow_types::rpc::Code {
        dialogflow_types::rpc::Code::try_from(code.as_i32())
            .unwrap_or(dialogflow_types::rpc::Code::Unknown)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_names_round_trip() {
        for (i, code) in Code::ALL.iter().enumerate() {
            assert_eq!(code.as_i32(), i as i32);
            assert_eq!(Code::from_i32(i as i32), *code);
            assert_eq!(Code::from_name(code.as_str()), Some(*code));
            let proto: dialogflow_types::rpc::Code = (*code).into();
            assert_eq!(proto.as_str_name(), code.as_str());
            assert_eq!(Code::from(proto), *code);
        }
        assert_eq!(Code::from_i32(-1), Code::Unknown);
        assert_eq!(Code::from_i32(17), Code::Unknown);
        assert_eq!(Code::from_name("nope"), None);
    }

    #[test]
    fn http_mapping() {
        let table = [
            (400, Code::InvalidArgument),
            (401, Code::Unauthenticated),
            (403, Code::PermissionDenied),
            (404, Code::NotFound),
            (409, Code::Aborted),
            (429, Code::ResourceExhausted),
            (499, Code::Cancelled),
            (500, Code::Internal),
            (501, Code::Unimplemented),
            (503, Code::Unavailable),
            (504, Code::DeadlineExceeded),
            (418, Code::FailedPrecondition),
            (507, Code::Internal),
            (302, Code::Unknown),
            (200, Code::Ok),
        ];
        for (status, code) in table {
            assert_eq!(Code::from_http_status(status), code, "{status}");
        }
        for code in Code::ALL {
            // Every code maps to a status that maps back to a code with the same status.
            let status = code.http_status();
            assert_eq!(Code::from_http_status(status).http_status(), status);
        }
        assert_eq!(Code::NotFound.to_string(), "NOT_FOUND");
    }
}
