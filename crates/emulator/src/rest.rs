//! The REST surface: requests routed by the API's `google.api.http` bindings (read from the
//! descriptor set by `dialogflow_types::http`), proto3 JSON both ways, and Google's JSON error
//! shape.

use dialogflow_types::http::{self, HttpMethod, HttpRule, MethodBindings};
use dialogflow_types::rpc::Code;
use std::borrow::Cow;

use percent_encoding::percent_decode_str;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use crate::error::ApiError;
use crate::generated::{Server, invoke};
use crate::schema::schema;

/// A request matched to an RPC.
#[derive(Debug, Clone)]
pub(crate) struct Route {
    pub(crate) bindings: &'static MethodBindings,
    pub(crate) rule: &'static HttpRule,
    /// The decoded value of the path variable.
    pub(crate) value: String,
}

/// Matches an HTTP verb and path (percent-encoded, without the query) to an RPC.
pub(crate) fn route(method: &::http::Method, path: &str) -> Result<Route, ApiError> {
    let verb = match *method {
        ::http::Method::GET => Some(HttpMethod::Get),
        ::http::Method::POST => Some(HttpMethod::Post),
        ::http::Method::PUT => Some(HttpMethod::Put),
        ::http::Method::PATCH => Some(HttpMethod::Patch),
        ::http::Method::DELETE => Some(HttpMethod::Delete),
        _ => None,
    };
    if let Some((bindings, rule, value)) = verb.and_then(|v| http::route(v, path)) {
        return Ok(Route {
            bindings,
            rule,
            value,
        });
    }
    // Say whether the path exists under another verb: that is the likelier mistake.
    let other = http::methods().iter().find_map(|m| {
        m.rules
            .iter()
            .find(|r| r.template.matches(path).is_some())
            .map(|r| (m, r.method))
    });
    Err(match other {
        Some((m, verb)) => ApiError::new(
            Code::NotFound,
            format!("{method} is not served on {path}; {} uses {verb}", m.method),
        ),
        None => ApiError::new(
            Code::NotFound,
            format!("no API method is bound to {method} {path}"),
        ),
    })
}

/// Query parameters every Google REST endpoint accepts and that are not request fields.
const SYSTEM_PARAMS: &[&str] = &[
    "$alt",
    "alt",
    "$fields",
    "fields",
    "key",
    "access_token",
    "oauth_token",
    "prettyPrint",
    "$prettyPrint",
    "quotaUser",
    "$quotaUser",
    "callback",
    "$callback",
    "upload_protocol",
    "uploadType",
    "$.xgafv",
    "$userProject",
    "userProject",
];

/// A decoded query parameter: borrowed from the query string when it had no escape.
pub(crate) type Param<'q> = (Cow<'q, str>, Cow<'q, str>);

/// Decodes a query string into `(name, value)` pairs (`+` is a space).
pub(crate) fn parse_query(query: &str) -> Result<Vec<Param<'_>>, ApiError> {
    fn decode(s: &str) -> Result<Cow<'_, str>, ApiError> {
        let bad = || {
            ApiError::new(
                Code::InvalidArgument,
                "the query string is not valid percent-encoded UTF-8",
            )
        };
        if s.contains('+') {
            let spaced = s.replace('+', " ");
            let decoded = percent_decode_str(&spaced)
                .decode_utf8()
                .map_err(|_| bad())?;
            return Ok(Cow::Owned(decoded.into_owned()));
        }
        if !s.contains('%') {
            return Ok(Cow::Borrowed(s));
        }
        percent_decode_str(s).decode_utf8().map_err(|_| bad())
    }
    query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            Ok((decode(k)?, decode(v)?))
        })
        .collect()
}

/// How the response should write enums, from `$alt`.
pub(crate) fn enums_as_numbers(params: &[Param<'_>]) -> Result<bool, ApiError> {
    let mut int = false;
    for (k, v) in params {
        if k == "$alt" || k == "alt" {
            let mut parts = v.split(';');
            if parts.next().map(str::trim) != Some("json") {
                return Err(ApiError::invalid(
                    k,
                    format!("the emulator answers only in JSON (`json`), got {v:?}"),
                ));
            }
            for p in parts {
                match p.trim() {
                    "enum-encoding=int" => int = true,
                    "enum-encoding=string" | "" => {}
                    other => {
                        return Err(ApiError::invalid(k, format!("unknown option {other:?}")));
                    }
                }
            }
        }
    }
    Ok(int)
}

/// Sets `path` (dotted field names of `message`) in `root` to `value`, creating the objects on
/// the way. Keys already present in either spelling (proto name or JSON name) are reused.
fn set_field(
    root: &mut Value,
    message: &str,
    path: &str,
    param: &str,
    value: Value,
) -> Result<(), ApiError> {
    let schema = schema();
    let mut current = root;
    let mut message = message.to_string();
    let segments: Vec<&str> = path.split('.').collect();
    for (i, segment) in segments.iter().enumerate() {
        let last = i + 1 == segments.len();
        let field = schema.field(&message, segment).ok_or_else(|| {
            ApiError::invalid(param, format!("`{segment}` is not a field of {message}"))
        })?;
        let Value::Object(map) = current else {
            return Err(ApiError::invalid(
                param,
                "conflicts with a non-object value",
            ));
        };
        let key = if map.contains_key(&field.name) {
            field.name.clone()
        } else {
            field.json_name.clone()
        };
        if last {
            if field.repeated {
                let slot = map.entry(key).or_insert_with(|| Value::Array(Vec::new()));
                match slot {
                    Value::Array(a) => a.push(value),
                    _ => return Err(ApiError::invalid(param, "conflicts with the body")),
                }
            } else {
                map.insert(key, value);
            }
            return Ok(());
        }
        if field.repeated || field.kind != prost_types::field_descriptor_proto::Type::Message {
            return Err(ApiError::invalid(
                param,
                format!("`{segment}` is not a singular message field"),
            ));
        }
        message = field.type_name.clone();
        current = map.entry(key).or_insert_with(|| Value::Object(Map::new()));
    }
    Ok(())
}

/// The JSON request message for a routed HTTP request: body per the binding, the path
/// variable, then the query parameters for the remaining fields.
pub(crate) fn request_json(
    route: &Route,
    params: &[Param<'_>],
    body: &[u8],
) -> Result<Value, ApiError> {
    let input = route.bindings.input_type.as_str();
    let parsed_body = || -> Result<Option<Value>, ApiError> {
        if body.iter().all(u8::is_ascii_whitespace) {
            return Ok(None);
        }
        serde_json::from_slice::<Value>(body)
            .map(Some)
            .map_err(|e| {
                ApiError::new(
                    Code::InvalidArgument,
                    format!("the request body is not valid JSON: {e}"),
                )
                .with_info("INVALID_JSON", "")
            })
    };
    let mut root = match route.rule.body.as_deref() {
        Some("*") => match parsed_body()? {
            None => Value::Object(Map::new()),
            Some(v @ Value::Object(_)) => v,
            Some(_) => {
                return Err(ApiError::new(
                    Code::InvalidArgument,
                    format!("the request body must be a JSON object (a {input})"),
                ));
            }
        },
        Some(field) => {
            let mut root = Value::Object(Map::new());
            if let Some(v) = parsed_body()? {
                set_field(&mut root, input, field, field, v)?;
            }
            root
        }
        None => Value::Object(Map::new()),
    };
    let path_field = route.rule.template.field();
    set_field(
        &mut root,
        input,
        path_field,
        path_field,
        Value::String(route.value.clone()),
    )?;
    let schema = schema();
    for (name, raw) in params {
        if SYSTEM_PARAMS.contains(&name.as_ref()) {
            continue;
        }
        if route.rule.body.as_deref() == Some("*") {
            return Err(ApiError::invalid(
                name,
                "this method takes every field in the body; query parameters cannot set fields",
            ));
        }
        // Resolve the dotted path to find the leaf field's type.
        let mut message = input.to_string();
        let mut leaf = None;
        for segment in name.split('.') {
            let field = schema.field(&message, segment).ok_or_else(|| {
                ApiError::invalid(
                    name,
                    format!("unknown query parameter: {input} has no field `{name}`"),
                )
            })?;
            message = field.type_name.clone();
            leaf = Some(field);
        }
        let Some(field) = leaf else { continue };
        if let Some(v) = schema.query_value(name, field, raw)? {
            set_field(&mut root, input, name, name, v)?;
        }
    }
    Ok(root)
}

/// Reads the JSON request as `Req`, runs `f` and writes its response as JSON (enums by number
/// when `int_enums`): the REST side of every RPC, called by the generated
/// [`invoke`](crate::generated::invoke).
pub(crate) fn call<Req, Resp>(
    request: Value,
    int_enums: bool,
    f: impl FnOnce(Req) -> Result<Resp, ApiError>,
) -> Result<Vec<u8>, ApiError>
where
    Req: DeserializeOwned,
    Resp: Serialize,
{
    let req: Req = serde_json::from_value(request).map_err(|e| {
        ApiError::new(
            Code::InvalidArgument,
            format!("the request does not match the method's message: {e}"),
        )
        .with_info("INVALID_REQUEST", "")
    })?;
    let resp = f(req)?;
    let write = || serde_json::to_vec(&resp);
    let written = if int_enums {
        dialogflow_types::json::with_enums_as_numbers(write)
    } else {
        write()
    };
    written.map_err(|e| ApiError::new(Code::Internal, format!("could not write the response: {e}")))
}

/// Whether a content type is JSON (`application/json`, with or without parameters, or a
/// `+json` type).
fn is_json(content_type: &str) -> bool {
    let essence = content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    essence == "application/json" || essence.ends_with("+json")
}

/// Serves one routed REST request: returns the HTTP status and the JSON body.
pub(crate) fn serve<S: Server>(
    server: &S,
    route: &Route,
    query: Option<&str>,
    content_type: Option<&str>,
    body: &[u8],
) -> (u16, Vec<u8>) {
    let result = (|| {
        let params = parse_query(query.unwrap_or(""))?;
        let int_enums = enums_as_numbers(&params)?;
        if !body.is_empty()
            && let Some(ct) = content_type.filter(|ct| !is_json(ct))
        {
            return Err(ApiError::new(
                    Code::InvalidArgument,
                    format!("the request body must be JSON (Content-Type: application/json), got Content-Type {ct:?}"),
                )
                .with_info("UNSUPPORTED_CONTENT_TYPE", ""));
        }
        let request = request_json(route, &params, body)?;
        invoke(server, route.bindings, request, int_enums)
    })();
    match result {
        Ok(body) => (200, body),
        Err(e) => error_response(&e),
    }
}

/// Google's JSON error body for an error, with its HTTP status.
pub(crate) fn error_response(e: &ApiError) -> (u16, Vec<u8>) {
    let details: Vec<Value> = e
        .details
        .iter()
        .filter_map(|d| serde_json::to_value(d).ok())
        .collect();
    let body = serde_json::json!({
        "error": {
            "code": e.http_status(),
            "message": e.message,
            "status": e.code.as_str_name(),
            "details": details,
        }
    });
    (
        e.http_status(),
        serde_json::to_vec(&body).unwrap_or_else(|_| b"{}".to_vec()),
    )
}
