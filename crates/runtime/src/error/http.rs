//! Reading REST bodies: error responses into [`Error`], and the service-agnostic checks of
//! success bodies that every REST wire needs.

use super::{Error, ErrorDetail, ErrorKind};
use crate::Code;

/// Longest piece of a non-JSON error body kept in an error message, in bytes.
const BODY_EXCERPT_LIMIT: usize = 200;

impl Error {
    /// Maps a REST error response: the HTTP status and the body.
    ///
    /// A JSON body of the form `{"error": {"code", "message", "status", "details"}}` gives the
    /// code named by `status` (or the HTTP status when it is missing), the message and the decoded
    /// details. Any other body (an HTML page from a proxy, an empty body, cut-off JSON) gives the
    /// code of the HTTP status and a message holding the start of the body. Never panics.
    pub fn from_http_response(http_status: u16, body: &[u8]) -> Error {
        let err = match serde_json::from_slice::<serde_json::Value>(body) {
            Ok(value) => match rest_status(value) {
                Some(err) => err,
                None => non_json_error(http_status, body),
            },
            Err(_) => non_json_error(http_status, body),
        };
        err.with_http_status(http_status)
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
/// cut at a character boundary after about 200 bytes. Wires use it to quote a body they could
/// not read.
pub fn body_excerpt(body: &[u8]) -> String {
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

/// Decodes a successful REST response body as proto3 JSON; a body that does not decode gives
/// `INTERNAL` of kind [`ErrorKind::Decode`], quoting the start of the body.
pub fn decode_json_body<T: serde::de::DeserializeOwned>(body: &[u8]) -> Result<T, Error> {
    serde_json::from_slice(body).map_err(|e| json_body_error(body, e))
}

/// The error for a successful REST response body that did not decode as its message: `INTERNAL`
/// of kind [`ErrorKind::Decode`], quoting the start of the body, with `cause` as the source.
pub fn json_body_error(body: &[u8], cause: serde_json::Error) -> Error {
    Error::with_cause(
        Code::Internal,
        ErrorKind::Decode,
        format!(
            "the response body is not the expected JSON message ({})",
            body_excerpt(body)
        ),
        cause,
    )
}

/// Checks a successful REST response whose message is `google.protobuf.Empty`: an empty body or
/// any JSON object.
pub fn decode_empty_body(body: &[u8]) -> Result<(), Error> {
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
    use std::time::Duration;

    use super::*;

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
