//! The REST surface of the API as data: every RPC's `google.api.http` bindings, read from the
//! descriptor set this crate was built from, and the path templates they use.
//!
//! Both a REST client (to build a request) and a REST server (to route one) use this table, so
//! the HTTP mapping lives in `proto/` and nowhere else.
//!
//! ```
//! use dialogflow_types::http::{self, HttpMethod};
//!
//! let get = http::method("google.cloud.dialogflow.v2.Conversations.GetConversation").unwrap();
//! assert_eq!(get.grpc_path, "/google.cloud.dialogflow.v2.Conversations/GetConversation");
//!
//! // Pick the binding whose template fits the request's routing field.
//! let name = "projects/p1/locations/europe-west1/conversations/c 1";
//! let rule = get.rules.iter().find(|r| r.template.expand(name).is_some()).unwrap();
//! assert_eq!(rule.method, HttpMethod::Get);
//! assert_eq!(rule.template.field(), "name");
//! assert_eq!(
//!     rule.template.expand(name).unwrap(),
//!     "/v2/projects/p1/locations/europe-west1/conversations/c%201"
//! );
//!
//! // And the other way round, as a server routes a path.
//! assert_eq!(
//!     rule.template.matches("/v2/projects/p1/locations/europe-west1/conversations/c%201").unwrap(),
//!     name
//! );
//! ```

use std::fmt;
use std::sync::OnceLock;

use prost::Message;

use crate::google::api::{HttpRule as HttpRuleProto, http_rule::Pattern};

/// The HTTP verb of a binding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum HttpMethod {
    /// `GET`
    Get,
    /// `POST`
    Post,
    /// `PUT`
    Put,
    /// `PATCH`
    Patch,
    /// `DELETE`
    Delete,
}

impl HttpMethod {
    /// The verb as written on the wire, e.g. `"GET"`.
    pub fn as_str(self) -> &'static str {
        match self {
            HttpMethod::Get => "GET",
            HttpMethod::Post => "POST",
            HttpMethod::Put => "PUT",
            HttpMethod::Patch => "PATCH",
            HttpMethod::Delete => "DELETE",
        }
    }
}

impl fmt::Display for HttpMethod {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One way to call an RPC over HTTP: a verb, a path template and where the body comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HttpRule {
    /// The HTTP verb.
    pub method: HttpMethod,
    /// The URL path template, with one variable bound to a request field.
    pub template: PathTemplate,
    /// `None`: no body (every other field goes in the query string); `Some("*")`: the whole
    /// request message is the body; `Some(field)`: that field of the request is the body.
    pub body: Option<String>,
}

/// An RPC with its HTTP bindings, in the order the API lists them (primary first).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MethodBindings {
    /// The gRPC path, e.g. `/google.cloud.dialogflow.v2.Conversations/GetConversation`.
    pub grpc_path: String,
    /// The full service name, e.g. `google.cloud.dialogflow.v2.Conversations`.
    pub service: String,
    /// The method name, e.g. `GetConversation`.
    pub method: String,
    /// The full name of the request message, e.g. `google.cloud.dialogflow.v2.GetConversationRequest`.
    pub input_type: String,
    /// The full name of the response message.
    pub output_type: String,
    /// The HTTP bindings; empty when the RPC has none.
    pub rules: Vec<HttpRule>,
}

impl MethodBindings {
    /// The full method name, e.g. `google.cloud.dialogflow.v2.Conversations.GetConversation`.
    pub fn full_name(&self) -> String {
        format!("{}.{}", self.service, self.method)
    }

    /// The first binding whose template accepts `routing_value` (the value of the request
    /// field the templates bind, e.g. the `name` of a GetConversation request).
    pub fn rule_for(&self, routing_value: &str) -> Option<&HttpRule> {
        self.rules
            .iter()
            .find(|r| r.template.accepts(routing_value))
    }
}

/// Every RPC of the services in this crate's descriptor set, with its HTTP bindings.
pub fn methods() -> &'static [MethodBindings] {
    static METHODS: OnceLock<Vec<MethodBindings>> = OnceLock::new();
    METHODS.get_or_init(|| read_methods(crate::FILE_DESCRIPTOR_SET))
}

/// Looks an RPC up by its gRPC path (`/pkg.Service/Method`) or full name (`pkg.Service.Method`).
pub fn method(name: &str) -> Option<&'static MethodBindings> {
    methods().iter().find(|m| {
        m.grpc_path == name
            || name
                .strip_prefix(m.service.as_str())
                .and_then(|rest| rest.strip_prefix('.'))
                == Some(m.method.as_str())
    })
}

/// Finds the RPC and binding that serve an HTTP request, and the value of the templated field.
///
/// `path` is the URL path without the query string, still percent-encoded.
pub fn route(
    method: HttpMethod,
    path: &str,
) -> Option<(&'static MethodBindings, &'static HttpRule, String)> {
    methods().iter().find_map(|m| {
        m.rules
            .iter()
            .filter(|r| r.method == method)
            .find_map(|r| r.template.matches(path).map(|value| (m, r, value)))
    })
}

// Just enough of descriptor.proto to reach `MethodOptions.(google.api.http)`, which
// prost_types does not keep because it is an extension.
#[derive(Clone, PartialEq, Message)]
struct FileSet {
    #[prost(message, repeated, tag = "1")]
    file: Vec<File>,
}

#[derive(Clone, PartialEq, Message)]
struct File {
    #[prost(string, optional, tag = "2")]
    package: Option<String>,
    #[prost(message, repeated, tag = "6")]
    service: Vec<Service>,
}

#[derive(Clone, PartialEq, Message)]
struct Service {
    #[prost(string, optional, tag = "1")]
    name: Option<String>,
    #[prost(message, repeated, tag = "2")]
    method: Vec<Method>,
}

#[derive(Clone, PartialEq, Message)]
struct Method {
    #[prost(string, optional, tag = "1")]
    name: Option<String>,
    #[prost(string, optional, tag = "2")]
    input_type: Option<String>,
    #[prost(string, optional, tag = "3")]
    output_type: Option<String>,
    #[prost(message, optional, tag = "4")]
    options: Option<MethodOptions>,
}

#[derive(Clone, PartialEq, Message)]
struct MethodOptions {
    /// The `google.api.http` extension number.
    #[prost(message, optional, tag = "72295728")]
    http: Option<HttpRuleProto>,
}

fn read_methods(descriptor_set: &[u8]) -> Vec<MethodBindings> {
    // The set is produced by this crate's build script; a failure here is a build defect, and
    // an empty table makes every lookup fail visibly rather than panicking.
    let set = FileSet::decode(descriptor_set).unwrap_or_default();
    let mut out = Vec::new();
    for file in &set.file {
        let package = file.package.as_deref().unwrap_or_default();
        for service in &file.service {
            let service_name = format!("{package}.{}", service.name.as_deref().unwrap_or_default());
            for m in &service.method {
                let method = m.name.clone().unwrap_or_default();
                let mut rules = Vec::new();
                if let Some(http) = m.options.as_ref().and_then(|o| o.http.as_ref()) {
                    push_rule(http, &mut rules);
                    for extra in &http.additional_bindings {
                        push_rule(extra, &mut rules);
                    }
                }
                out.push(MethodBindings {
                    grpc_path: format!("/{service_name}/{method}"),
                    service: service_name.clone(),
                    method,
                    input_type: m
                        .input_type
                        .as_deref()
                        .unwrap_or_default()
                        .trim_start_matches('.')
                        .to_string(),
                    output_type: m
                        .output_type
                        .as_deref()
                        .unwrap_or_default()
                        .trim_start_matches('.')
                        .to_string(),
                    rules,
                });
            }
        }
    }
    out
}

fn push_rule(rule: &HttpRuleProto, out: &mut Vec<HttpRule>) {
    let (method, path) = match &rule.pattern {
        Some(Pattern::Get(p)) => (HttpMethod::Get, p),
        Some(Pattern::Post(p)) => (HttpMethod::Post, p),
        Some(Pattern::Put(p)) => (HttpMethod::Put, p),
        Some(Pattern::Patch(p)) => (HttpMethod::Patch, p),
        Some(Pattern::Delete(p)) => (HttpMethod::Delete, p),
        Some(Pattern::Custom(_)) | None => return,
    };
    if let Ok(template) = PathTemplate::parse(path) {
        out.push(HttpRule {
            method,
            template,
            body: (!rule.body.is_empty()).then(|| rule.body.clone()),
        });
    }
}

/// A path template of the form `/v2/{field=projects/*/conversations/*}/messages:verb`: literal
/// segments around exactly one variable, whose pattern is made of literals and `*`, and an
/// optional custom verb.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PathTemplate {
    text: String,
    prefix: Vec<String>,
    field: String,
    pattern: Vec<Option<String>>,
    suffix: Vec<String>,
    verb: Option<String>,
}

/// Why a path template could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TemplateError {
    template: String,
    reason: &'static str,
}

impl fmt::Display for TemplateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "path template {:?}: {}", self.template, self.reason)
    }
}

impl std::error::Error for TemplateError {}

impl PathTemplate {
    /// Reads a template; only the single-variable shape the API uses is accepted.
    pub fn parse(template: &str) -> Result<PathTemplate, TemplateError> {
        let err = |reason| TemplateError {
            template: template.to_string(),
            reason,
        };
        let rest = template
            .strip_prefix('/')
            .ok_or_else(|| err("does not start with '/'"))?;
        let open = rest.find('{').ok_or_else(|| err("has no {variable}"))?;
        let close = rest
            .find('}')
            .ok_or_else(|| err("has an unclosed {variable}"))?;
        if close < open || rest[close + 1..].contains('{') {
            return Err(err("must have exactly one {variable}"));
        }
        let before = &rest[..open];
        let inner = &rest[open + 1..close];
        let mut after = &rest[close + 1..];
        let mut verb = None;
        if let Some(colon) = after.rfind(':') {
            verb = Some(after[colon + 1..].to_string());
            after = &after[..colon];
        }
        let prefix: Vec<String> = before
            .strip_suffix('/')
            .map(|b| b.split('/').map(str::to_string).collect())
            .unwrap_or_default();
        if !before.is_empty() && !before.ends_with('/') {
            return Err(err("a variable must fill whole segments"));
        }
        let suffix: Vec<String> = match after.strip_prefix('/') {
            Some(a) => a.split('/').map(str::to_string).collect(),
            None if after.is_empty() => Vec::new(),
            None => return Err(err("a variable must fill whole segments")),
        };
        let (field, pattern) = inner.split_once('=').unwrap_or((inner, "*"));
        if field.is_empty() || pattern.contains("**") {
            return Err(err("unsupported variable"));
        }
        let pattern = pattern
            .split('/')
            .map(|s| (s != "*").then(|| s.to_string()))
            .collect();
        if prefix
            .iter()
            .chain(&suffix)
            .any(|s| s.is_empty() || s.contains('*'))
        {
            return Err(err(
                "literal segments must be non-empty and have no wildcard",
            ));
        }
        Ok(PathTemplate {
            text: template.to_string(),
            prefix,
            field: field.to_string(),
            pattern,
            suffix,
            verb,
        })
    }

    /// The request field the variable binds, e.g. `name` or `stateless_conversation.parent`.
    pub fn field(&self) -> &str {
        &self.field
    }

    /// The custom verb after the final `:`, e.g. `complete`.
    pub fn verb(&self) -> Option<&str> {
        self.verb.as_deref()
    }

    /// Whether a field value fits the variable's pattern: every `*` a non-empty segment other
    /// than `.` and `..` (dot segments, which URL normalisation in proxies and URL libraries
    /// removes, so the request would reach another resource).
    pub fn accepts(&self, value: &str) -> bool {
        let mut parts = value.split('/');
        let ok = self.pattern.iter().all(|p| match (p, parts.next()) {
            (_, None) => false,
            (None, Some(seg)) => fits_wildcard(seg),
            (Some(lit), Some(seg)) => lit == seg,
        });
        ok && parts.next().is_none()
    }

    /// Builds the URL path for a field value, percent-encoding each segment; `None` when the
    /// value does not fit the pattern.
    pub fn expand(&self, value: &str) -> Option<String> {
        let mut out = String::with_capacity(self.text.len() + value.len());
        self.expand_into(value, &mut out).then_some(out)
    }

    /// Appends the URL path for a field value to `out`, as [`expand`](Self::expand) builds
    /// it; returns `false` (leaving `out` as it was) when the value does not fit the pattern.
    pub fn expand_into(&self, value: &str, out: &mut String) -> bool {
        let start = out.len();
        out.reserve(self.text.len() + value.len());
        for seg in &self.prefix {
            out.push('/');
            out.push_str(seg);
        }
        // One pass over the value: each segment is checked against the pattern and encoded.
        let mut parts = value.split('/');
        for pattern in &self.pattern {
            let seg = match (pattern, parts.next()) {
                (None, Some(seg)) if fits_wildcard(seg) => seg,
                (Some(lit), Some(seg)) if lit == seg => seg,
                _ => {
                    out.truncate(start);
                    return false;
                }
            };
            out.push('/');
            percent_encode(seg, false, out);
        }
        if parts.next().is_some() {
            out.truncate(start);
            return false;
        }
        for seg in &self.suffix {
            out.push('/');
            out.push_str(seg);
        }
        if let Some(verb) = &self.verb {
            out.push(':');
            out.push_str(verb);
        }
        true
    }

    /// Matches a URL path (without query, percent-encoded) and returns the decoded value of the
    /// variable.
    pub fn matches(&self, path: &str) -> Option<String> {
        let mut rest = path.strip_prefix('/')?;
        if let Some(verb) = &self.verb {
            rest = rest.strip_suffix(verb.as_str())?.strip_suffix(':')?;
        }
        let mut segments = rest.split('/');
        for literal in &self.prefix {
            if segments.next()? != literal {
                return None;
            }
        }
        let mut value = String::with_capacity(rest.len());
        for (i, pat) in self.pattern.iter().enumerate() {
            let decoded = decode_segment(segments.next()?)?;
            match pat {
                Some(lit) if *lit != *decoded => return None,
                None if !fits_wildcard(&decoded) || decoded.contains('/') => return None,
                _ => {}
            }
            if i > 0 {
                value.push('/');
            }
            value.push_str(&decoded);
        }
        for literal in &self.suffix {
            if segments.next()? != literal {
                return None;
            }
        }
        segments.next().is_none().then_some(value)
    }
}

impl fmt::Display for PathTemplate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

/// Whether a segment of a field value may stand for a `*` of a pattern: not empty, and not a
/// dot segment (`.` or `..`, which RFC 3986 and WHATWG URL normalisation remove from a path,
/// percent-encoded or not).
fn fits_wildcard(segment: &str) -> bool {
    !matches!(segment, "" | "." | "..")
}

/// Appends `value` to `out`, percent-encoding every byte but the RFC 3986 unreserved
/// characters (`A-Z a-z 0-9 - . _ ~`) and, when `keep_slash`, `/`.
///
/// ```
/// let mut out = String::new();
/// dialogflow_types::http::percent_encode("projects/p 1", true, &mut out);
/// assert_eq!(out, "projects/p%201");
/// ```
pub fn percent_encode(value: &str, keep_slash: bool, out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let kept = if keep_slash {
        &UNRESERVED_AND_SLASH
    } else {
        &UNRESERVED
    };
    let bytes = value.as_bytes();
    let mut start = 0;
    // Each run of kept bytes is copied in one go. A run is ASCII and starts at the start or
    // right after an escaped byte, so when it is not empty both its ends are character
    // boundaries.
    while let Some(run) = bytes[start..].iter().position(|&b| !kept[usize::from(b)]) {
        if run > 0 {
            out.push_str(&value[start..start + run]);
        }
        let b = bytes[start + run];
        out.push('%');
        out.push(HEX[usize::from(b >> 4)] as char);
        out.push(HEX[usize::from(b & 15)] as char);
        start += run + 1;
    }
    if start < bytes.len() {
        out.push_str(&value[start..]);
    }
}

/// The bytes [`percent_encode`] never escapes: RFC 3986 unreserved characters.
static UNRESERVED: [bool; 256] = byte_table(false);
/// The same with `/`.
static UNRESERVED_AND_SLASH: [bool; 256] = byte_table(true);

const fn byte_table(slash: bool) -> [bool; 256] {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        table[b] = c.is_ascii_alphanumeric()
            || matches!(c, b'-' | b'.' | b'_' | b'~')
            || (slash && c == b'/');
        b += 1;
    }
    table
}

/// Decodes `%XX` escapes; `None` for a malformed escape or bytes that are not UTF-8.
fn decode_segment(segment: &str) -> Option<std::borrow::Cow<'_, str>> {
    if !segment.contains('%') {
        return Some(std::borrow::Cow::Borrowed(segment));
    }
    let bytes = segment.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = segment.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok().map(std::borrow::Cow::Owned)
}

#[cfg(test)]
mod tests;
