//! What the runtime knows of an RPC without knowing its service: [`RpcInfo`], its
//! [`Streaming`] kind, and the routing fields of a request ([`RoutingFields`],
//! [`request_params`]).

use std::time::Duration;

use dialogflow_types::http as http_rules;

use crate::Code;

/// A service-agnostic description of one RPC: what the retry layer and the wires need to know.
///
/// The generated `Rpc` enum of `dialogflow-transport` gives one for each of its values
/// (`Rpc::info`), from the RPC records of `proto/` and the service config.
///
/// ```
/// use std::time::Duration;
/// use dialogflow_runtime::{Code, RpcInfo, Streaming};
///
/// const GET: RpcInfo = RpcInfo::new("GetThing", "example.v1.Things", true)
///     .with_default_timeout(Duration::from_secs(30))
///     .with_retryable_codes(&[Code::Unavailable]);
/// assert!(GET.idempotent());
/// assert_eq!(GET.streaming(), Streaming::Unary);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct RpcInfo {
    name: &'static str,
    service: &'static str,
    idempotent: bool,
    default_timeout: Duration,
    retryable_codes: &'static [Code],
    streaming: Streaming,
}

impl RpcInfo {
    /// A unary RPC with a 60 s default timeout and no retryable codes.
    pub const fn new(name: &'static str, service: &'static str, idempotent: bool) -> RpcInfo {
        RpcInfo {
            name,
            service,
            idempotent,
            default_timeout: Duration::from_secs(60),
            retryable_codes: &[],
            streaming: Streaming::Unary,
        }
    }

    /// Sets whether repeating the call is harmless: a client that makes a call safe to repeat
    /// (a client-generated id) says so to the retry strategy this way.
    pub const fn with_idempotent(mut self, idempotent: bool) -> RpcInfo {
        self.idempotent = idempotent;
        self
    }

    /// Sets the timeout the service config gives a call.
    pub const fn with_default_timeout(mut self, timeout: Duration) -> RpcInfo {
        self.default_timeout = timeout;
        self
    }

    /// Sets the codes the service config retries.
    pub const fn with_retryable_codes(mut self, codes: &'static [Code]) -> RpcInfo {
        self.retryable_codes = codes;
        self
    }

    /// Sets how requests and responses flow.
    pub const fn with_streaming(mut self, streaming: Streaming) -> RpcInfo {
        self.streaming = streaming;
        self
    }

    /// The method name, e.g. `GetConversation`.
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// The full service name, e.g. `google.cloud.dialogflow.v2.Conversations`.
    pub const fn service(&self) -> &'static str {
        self.service
    }

    /// Whether repeating the call is harmless (AIP-194: GET, PUT and DELETE bindings).
    pub const fn idempotent(&self) -> bool {
        self.idempotent
    }

    /// The timeout the service config gives a call.
    pub const fn default_timeout(&self) -> Duration {
        self.default_timeout
    }

    /// The codes the service config retries (empty: no retry by default).
    pub const fn retryable_codes(&self) -> &'static [Code] {
        self.retryable_codes
    }

    /// How requests and responses flow.
    pub const fn streaming(&self) -> Streaming {
        self.streaming
    }
}

impl std::fmt::Display for RpcInfo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name)
    }
}

/// How the requests and responses of an RPC flow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Streaming {
    /// One request, one response.
    Unary,
    /// One request, a stream of responses.
    Server,
    /// A stream of requests, one response.
    Client,
    /// Streams both ways.
    Bidi,
}

/// The routing fields of one request (one or two), held without allocating.
#[derive(Debug, Clone, Copy)]
pub struct RoutingFields<'a> {
    pairs: [(&'static str, &'a str); 2],
    len: usize,
}

impl<'a> From<[(&'static str, &'a str); 0]> for RoutingFields<'a> {
    fn from(_: [(&'static str, &'a str); 0]) -> Self {
        RoutingFields {
            pairs: [("", ""); 2],
            len: 0,
        }
    }
}

impl<'a> From<[(&'static str, &'a str); 1]> for RoutingFields<'a> {
    fn from([first]: [(&'static str, &'a str); 1]) -> Self {
        RoutingFields {
            pairs: [first, ("", "")],
            len: 1,
        }
    }
}

impl<'a> From<[(&'static str, &'a str); 2]> for RoutingFields<'a> {
    fn from(pairs: [(&'static str, &'a str); 2]) -> Self {
        RoutingFields { pairs, len: 2 }
    }
}

impl<'a> std::ops::Deref for RoutingFields<'a> {
    type Target = [(&'static str, &'a str)];
    fn deref(&self) -> &Self::Target {
        &self.pairs[..self.len]
    }
}

/// The value of `x-goog-request-params` for a request: every routing field that is set, as
/// `field=value` pairs joined by `&`, values percent-encoded except for `/` (as Google's
/// Python client does). Empty when no routing field is set.
pub fn request_params(fields: &[(&str, &str)]) -> String {
    // Room for every pair without escapes; escaping is rare in resource names.
    let room = fields.iter().map(|(f, v)| f.len() + v.len() + 2).sum();
    let mut out = String::with_capacity(room);
    for (field, value) in fields.iter().filter(|(_, v)| !v.is_empty()) {
        if !out.is_empty() {
            out.push('&');
        }
        out.push_str(field);
        out.push('=');
        http_rules::percent_encode(value, true, &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_params_encode_values_but_not_slashes() {
        let fields = RoutingFields::from([("name", "projects/p/conversations/c 1"), ("x", "")]);
        assert_eq!(fields.len(), 2);
        assert_eq!(
            request_params(&fields),
            "name=projects/p/conversations/c%201"
        );
        let fields = RoutingFields::from([("a", "1&b=2"), ("c", "3")]);
        assert_eq!(request_params(&fields), "a=1%26b%3D2&c=3");
        assert_eq!(request_params(&RoutingFields::from([])), "");
    }
}
