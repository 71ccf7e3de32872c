//! The API's contract, enforced on every request before its handler runs, from one place for
//! every RPC of every service in the descriptor set:
//!
//! * fields marked `google.api.field_behavior = REQUIRED` must be set — at the top level, and
//!   inside every message that is present (each element of a repeated field, each map value);
//!   `OUTPUT_ONLY` fields, and everything under them, are ignored, as Google ignores them;
//! * the documented limits of [`limits::TABLE`] (lengths, item counts, ranges, page and
//!   context sizes);
//! * the `google.api.http` bindings: the routing field must fit one of the method's path
//!   templates, so gRPC refuses the names REST cannot even route.
//!
//! The request is written to its proto3 JSON form and walked with the descriptor: proto3 JSON
//! leaves out fields holding their default, so "absent" there is "not set". Both surfaces call
//! [`check`] through `service::serve`; the handlers keep their more specific checks (name
//! formats, enum values) behind it.

pub(crate) mod limits;

use std::collections::HashMap;
use std::sync::OnceLock;

use dialogflow_types::google::api::FieldBehavior;
use dialogflow_types::http::{self, MethodBindings};
use dialogflow_types::rpc::Code;
use prost_types::field_descriptor_proto::Type;
use serde::Serialize;
use serde_json::Value;

use crate::error::{ApiError, clip};
use crate::schema::{Field, schema};
use limits::{Limit, Row};

/// At most this many violations are reported for one request.
const MAX_VIOLATIONS: usize = 10;

/// Checks a request of the RPC `method` (gRPC path or full name) against the contract.
pub(crate) fn check<Req: Serialize>(method: &str, request: &Req) -> Result<(), ApiError> {
    let bindings = http::method(method).ok_or_else(|| {
        ApiError::new(
            Code::Unimplemented,
            format!("the descriptor set has no method {method}"),
        )
    })?;
    let value = serde_json::to_value(request).map_err(|e| {
        ApiError::new(
            Code::Internal,
            format!("could not write the request as JSON: {e}"),
        )
    })?;
    check_json(bindings, &value)
}

/// [`check`] on a request already in its proto3 JSON form.
pub(crate) fn check_json(bindings: &MethodBindings, value: &Value) -> Result<(), ApiError> {
    let mut out = Vec::new();
    walk(&bindings.input_type, value, "", None, &mut out);
    out.truncate(MAX_VIOLATIONS);
    if !out.is_empty() {
        return Err(ApiError::violations(out));
    }
    check_binding(bindings, value)
}

/// One field of a message, as the walk needs it.
#[derive(Debug)]
struct Rule {
    field: &'static Field,
    required: bool,
    /// The message walked inside the value (the field's type, or a map's value type).
    inner: Option<String>,
    map: bool,
    limit: Option<&'static Row>,
}

/// The walk's view of every message: only fields that are required, limited, or lead to a
/// message holding such fields. Output-only fields are left out.
fn rules() -> &'static HashMap<String, Vec<Rule>> {
    static RULES: OnceLock<HashMap<String, Vec<Rule>>> = OnceLock::new();
    RULES.get_or_init(|| {
        let schema = schema();
        let mut all: HashMap<String, Vec<Rule>> = HashMap::new();
        for (name, info) in schema.messages() {
            let rules = info
                .fields
                .iter()
                .filter(|f| !f.has(FieldBehavior::OutputOnly))
                .map(|field| {
                    let mut inner = None;
                    let mut map = false;
                    if field.kind == Type::Message
                        && !field.type_name.starts_with("google.protobuf.")
                    {
                        match schema.message(&field.type_name) {
                            Some(entry) if entry.map_entry => {
                                map = true;
                                inner = entry
                                    .fields
                                    .iter()
                                    .find(|f| f.name == "value")
                                    .filter(|v| {
                                        v.kind == Type::Message
                                            && !v.type_name.starts_with("google.protobuf.")
                                    })
                                    .map(|v| v.type_name.clone());
                            }
                            _ => inner = Some(field.type_name.clone()),
                        }
                    }
                    Rule {
                        field,
                        required: field.has(FieldBehavior::Required),
                        inner,
                        map,
                        limit: limits::limit_of(&format!("{name}.{}", field.name)),
                    }
                })
                .collect();
            all.insert(name.clone(), rules);
        }
        // Keep only what matters: a field is kept if it is required or limited, or leads to a
        // message that keeps a field. Repeat until nothing changes (types may nest in cycles).
        let mut relevant: HashMap<String, bool> = HashMap::new();
        loop {
            let mut changed = false;
            for (name, rules) in &all {
                if relevant.get(name) == Some(&true) {
                    continue;
                }
                let now = rules.iter().any(|r| {
                    r.required
                        || r.limit.is_some()
                        || r.inner
                            .as_ref()
                            .is_some_and(|m| relevant.get(m) == Some(&true))
                });
                if now {
                    relevant.insert(name.clone(), true);
                    changed = true;
                }
            }
            if !changed {
                break;
            }
        }
        for rules in all.values_mut() {
            rules.retain(|r| {
                r.required
                    || r.limit.is_some()
                    || r.inner
                        .as_ref()
                        .is_some_and(|m| relevant.get(m) == Some(&true))
            });
        }
        all.retain(|_, rules| !rules.is_empty());
        all
    })
}

/// Whether a proto3 JSON value means "not set".
fn unset(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::String(s) => s.is_empty(),
        Value::Array(a) => a.is_empty(),
        Value::Number(n) => n.as_f64() == Some(0.0),
        Value::Bool(b) => !b,
        // An empty object is a message that is present, every field at its default (an empty
        // map is the caller's concern: it knows which fields are maps).
        Value::Object(_) => false,
    }
}

fn join(path: &str, name: &str) -> String {
    if path.is_empty() {
        name.to_string()
    } else {
        format!("{path}.{name}")
    }
}

/// Walks `value` (a `message` in proto3 JSON) and collects violations. `only` replaces the
/// message's own REQUIRED fields (see [`Limit::RequiredWithin`]).
fn walk(
    message: &str,
    value: &Value,
    path: &str,
    only: Option<&[&str]>,
    out: &mut Vec<(String, String)>,
) {
    let Value::Object(object) = value else {
        return;
    };
    let get = |f: &Field| {
        object
            .get(&f.json_name)
            .or_else(|| object.get(&f.name))
            .filter(|v| !unset(v))
    };
    for name in only.unwrap_or_default() {
        if let Some(f) = schema().field(message, name)
            && get(f).is_none()
        {
            let here = join(path, name);
            out.push((here.clone(), missing(f, &here)));
        }
    }
    let Some(rules) = rules().get(message) else {
        return;
    };
    for rule in rules {
        if out.len() >= MAX_VIOLATIONS {
            return;
        }
        let f = rule.field;
        let here = join(path, &f.name);
        let found = get(f).filter(|v| !(rule.map && v.as_object().is_some_and(|m| m.is_empty())));
        let required = only.is_none() && rule.required;
        let Some(v) = found else {
            if required {
                out.push((here.clone(), missing(f, &here)));
            }
            continue;
        };
        let mut nested_only = None;
        if let Some(row) = rule.limit {
            if let Limit::RequiredWithin(list) = row.limit {
                nested_only = Some(list);
            } else {
                check_limit(row, v, &here, out);
            }
        }
        let Some(inner) = &rule.inner else { continue };
        match v {
            Value::Object(entries) if rule.map => {
                for (key, item) in entries {
                    walk(inner, item, &format!("{here}[{key}]"), None, out);
                }
            }
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    walk(inner, item, &format!("{here}[{i}]"), None, out);
                }
            }
            _ => walk(inner, v, &here, nested_only, out),
        }
    }
}

/// What to say about a required field left unset: for a message, which of its fields it needs;
/// for an enum, which values it takes.
fn missing(field: &Field, path: &str) -> String {
    let schema = schema();
    let base = "is required but was not set";
    match field.kind {
        Type::Message => {
            let needs: Vec<String> = schema
                .message(&field.type_name)
                .map(|m| {
                    m.fields
                        .iter()
                        .filter(|f| f.has(FieldBehavior::Required))
                        .map(|f| format!("`{path}.{}`", f.name))
                        .collect()
                })
                .unwrap_or_default();
            if needs.is_empty() {
                format!("{base} (a {})", field.type_name)
            } else {
                format!(
                    "{base} (a {} with {} set)",
                    field.type_name,
                    needs.join(" and ")
                )
            }
        }
        Type::Enum => format!(
            "{base} (one of {})",
            schema.enum_names(&field.type_name).join(", ")
        ),
        _ => base.to_string(),
    }
}

/// A number in proto3 JSON: a JSON number, or a string holding one (64-bit integers, and the
/// non-finite floats `"NaN"`, `"Infinity"`, `"-Infinity"`, which fit no range).
fn number(v: &Value) -> Option<f64> {
    match v {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.parse::<f64>().ok(),
        _ => None,
    }
}

fn check_limit(row: &Row, v: &Value, path: &str, out: &mut Vec<(String, String)>) {
    let limit = row.limit;
    if let (Value::Array(items), Limit::Chars { .. } | Limit::Bytes(_) | Limit::Range { .. }) =
        (v, limit)
    {
        for (i, item) in items.iter().enumerate() {
            check_limit(row, item, &format!("{path}[{i}]"), out);
        }
        return;
    }
    let problem = match limit {
        Limit::Chars { min, max } => v.as_str().and_then(|s| {
            let n = s.chars().count();
            (n < min || n > max).then(|| match min {
                0 => format!("must be at most {max} characters long, got {n} characters"),
                _ => format!("must be {min} to {max} characters long, got {n} characters"),
            })
        }),
        Limit::Bytes(max) => v.as_str().and_then(|s| {
            (s.len() > max).then(|| format!("must be at most {max} bytes, got {}", s.len()))
        }),
        Limit::Items(max) => {
            let n = match v {
                Value::Array(a) => a.len(),
                Value::Object(m) => m.len(),
                _ => 0,
            };
            (n > max).then(|| format!("takes at most {max} entries, got {n}"))
        }
        Limit::Range { min, max } => match number(v) {
            Some(x) if (min..=max).contains(&x) => None,
            _ => Some(format!(
                "must be between {min} and {max}, got {}",
                clip(&v.to_string())
            )),
        },
        Limit::Window { .. } => number(v)
            .filter(|x| *x < 0.0)
            .map(|x| format!("must not be negative, got {x}")),
        Limit::RequiredWithin(_) => None,
    };
    if let Some(problem) = problem {
        out.push((path.to_string(), format!("{problem} ({})", row.source)));
    }
}

/// The value of a dotted field path (proto names) in a request's JSON, or `""`.
fn routing_value<'a>(input: &str, value: &'a Value, path: &str) -> &'a str {
    let schema = schema();
    let mut message = input.to_string();
    let mut current = value;
    for segment in path.split('.') {
        let Some(field) = schema.field(&message, segment) else {
            return "";
        };
        let Some(next) = current
            .get(&field.json_name)
            .or_else(|| current.get(&field.name))
        else {
            return "";
        };
        current = next;
        message = field.type_name.clone();
    }
    current.as_str().unwrap_or("")
}

/// The pattern of a template's variable, e.g. `projects/*/locations/*`.
fn pattern_of(template: &str) -> &str {
    template
        .split_once('{')
        .and_then(|(_, rest)| rest.split_once('}'))
        .map(|(var, _)| var.split_once('=').map_or("*", |(_, p)| p))
        .unwrap_or(template)
}

/// The routing field must fit one of the method's path templates.
fn check_binding(bindings: &MethodBindings, value: &Value) -> Result<(), ApiError> {
    if bindings.rules.is_empty() {
        return Ok(());
    }
    let input = &bindings.input_type;
    if bindings.rules.iter().any(|r| {
        r.template
            .accepts(routing_value(input, value, r.template.field()))
    }) {
        return Ok(());
    }
    // Name the first routing field that was given (or the first one of all), and the patterns
    // it may take.
    let field = bindings
        .rules
        .iter()
        .map(|r| r.template.field())
        .find(|f| !routing_value(input, value, f).is_empty())
        .unwrap_or_else(|| bindings.rules[0].template.field());
    let mut patterns: Vec<String> = Vec::new();
    for rule in bindings
        .rules
        .iter()
        .filter(|r| r.template.field() == field)
    {
        let p = format!("`{}`", pattern_of(&rule.template.to_string()));
        if !patterns.contains(&p) {
            patterns.push(p);
        }
    }
    let got = routing_value(input, value, field);
    Err(ApiError::invalid(
        field,
        format!(
            "{} takes a name matching {}, got {got:?}",
            bindings.method,
            patterns.join(" or ")
        ),
    ))
}

#[cfg(test)]
mod tests;
