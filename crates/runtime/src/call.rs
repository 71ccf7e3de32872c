//! [`CallOptions`]: per-attempt settings.

use std::time::Duration;

use crate::{Code, Error, ErrorKind};

/// Settings for one attempt of one RPC.
///
/// Retries and overall deadlines belong to the layer above (the client facade); a transport
/// makes exactly one attempt.
///
/// ```
/// use std::time::Duration;
/// use dialogflow_runtime::CallOptions;
///
/// let options = CallOptions::new()
///     .with_timeout(Duration::from_secs(30))
///     .with_metadata("x-my-trace", "abc-123")
///     .with_user_project("billing-project");
/// assert_eq!(options.timeout, Some(Duration::from_secs(30)));
/// assert!(options.validate().is_ok());
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct CallOptions {
    /// How long the attempt may take, from sending the request to the end of the response.
    /// `None` waits as long as the server and the connection allow.
    ///
    /// On gRPC it is also sent to the server as `grpc-timeout`.
    pub timeout: Option<Duration>,
    /// Extra request headers (gRPC metadata), sent after the transport's own.
    ///
    /// Names must be lowercase ASCII tokens (`a-z`, `0-9`, `-`, `_`, `.`), not starting with
    /// `grpc-` or `:`; values must be visible ASCII (space allowed). Binary metadata (names
    /// ending in `-bin`) is not supported, because the REST wire has no form for it. A name the
    /// transport sets itself (for instance `x-goog-request-params`) replaces the transport's value.
    pub metadata: Vec<(String, String)>,
    /// The project billed for quota for this attempt (`x-goog-user-project`), overriding the
    /// quota project of the transport's configuration.
    pub user_project: Option<String>,
    /// Set when the caller itself stops waiting once [`timeout`](Self::timeout) has passed (the
    /// client's policy layer does): the transport then adds no timer of its own and only
    /// passes the timeout on (on gRPC as `grpc-timeout`). Leave it `false` when calling a
    /// transport directly.
    pub timeout_enforced_by_caller: bool,
}

impl CallOptions {
    /// Options with nothing set.
    pub fn new() -> CallOptions {
        CallOptions::default()
    }

    /// Sets the attempt timeout.
    pub fn with_timeout(mut self, timeout: Duration) -> CallOptions {
        self.timeout = Some(timeout);
        self
    }

    /// Sets or clears the attempt timeout.
    pub fn set_timeout(&mut self, timeout: Option<Duration>) -> &mut CallOptions {
        self.timeout = timeout;
        self
    }

    /// Adds one request header.
    pub fn with_metadata(
        mut self,
        name: impl Into<String>,
        value: impl Into<String>,
    ) -> CallOptions {
        self.metadata.push((name.into(), value.into()));
        self
    }

    /// Sets the quota project for this attempt.
    pub fn with_user_project(mut self, project: impl Into<String>) -> CallOptions {
        self.user_project = Some(project.into());
        self
    }

    /// Checks the caller metadata against the rules of [`CallOptions::metadata`].
    pub fn validate(&self) -> Result<(), Error> {
        for (name, value) in &self.metadata {
            validate_header(name, value)?;
        }
        Ok(())
    }
}

/// Checks one caller header.
fn validate_header(name: &str, value: &str) -> Result<(), Error> {
    let bad = |why: &str| {
        Err(Error::local(
            Code::InvalidArgument,
            ErrorKind::Request,
            format!("call metadata {name:?}: {why}"),
        ))
    };
    if name.is_empty() {
        return bad("the name is empty");
    }
    if !name
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'-' | b'_' | b'.'))
    {
        return bad("names must be lowercase ASCII letters, digits, '-', '_' or '.'");
    }
    if name.starts_with("grpc-") {
        return bad("names starting with \"grpc-\" are reserved for the gRPC protocol");
    }
    if name.ends_with("-bin") {
        return bad(
            "binary metadata (\"-bin\" names) cannot be sent over REST and is not supported",
        );
    }
    if !value.bytes().all(|b| (0x20..0x7f).contains(&b)) {
        return bad("values must be visible ASCII characters or spaces");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn metadata_rules() {
        assert!(validate_header("x-ok_1.a", "Visible ascii ~!").is_ok());
        for (name, value) in [
            ("", "v"),
            ("X-Upper", "v"),
            ("sp ace", "v"),
            ("grpc-timeout", "1S"),
            ("x-data-bin", "AAAA"),
            (":path", "/"),
            ("x-ok", "new\nline"),
            ("x-ok", "é"),
        ] {
            let err = validate_header(name, value).unwrap_err();
            assert_eq!(err.code(), Code::InvalidArgument, "{name:?} {value:?}");
            assert_eq!(err.kind(), ErrorKind::Request);
        }
        let options = CallOptions::new().with_metadata("Bad", "v");
        assert!(options.validate().is_err());
    }
}
