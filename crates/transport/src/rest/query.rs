//! Request fields as URL query parameters, written from the request's proto3 JSON object
//! (what is left of it once the path and body fields are taken out).
//!
//! A field becomes `jsonName=value`; a field of a nested message `outer.inner=value`; a
//! repeated field one parameter per element; a map entry `field.key=value`. Unset fields are
//! not in the JSON, so they are not written. Names and values are percent-encoded.

use dialogflow_types::http::percent_encode;
use serde_json::{Map, Value};

/// Appends the fields of `object` to `out`, a query string or a URL ending in one (parameters
/// are `&`-separated; none before an empty `out` or a final `?`).
pub(crate) fn write_query(object: &Map<String, Value>, out: &mut String) {
    let mut name = String::new();
    write_fields(object, &mut name, out);
}

/// Appends one top-level member of the request, `key` (a JSON name) and its value.
pub(crate) fn write_member(key: &str, value: &Value, out: &mut String) {
    let mut name = String::from(key);
    write_value(value, &mut name, out);
}

/// Writes the members of `object` under the dotted prefix in `name` (empty at the top).
fn write_fields(object: &Map<String, Value>, name: &mut String, out: &mut String) {
    for (key, value) in object {
        let len = name.len();
        if len > 0 {
            name.push('.');
        }
        name.push_str(key);
        write_value(value, name, out);
        name.truncate(len);
    }
}

/// Writes one value: a parameter per scalar, per element of an array, per member of an object.
fn write_value(value: &Value, name: &mut String, out: &mut String) {
    let text = match value {
        Value::Null => return,
        Value::Array(items) => {
            for item in items {
                write_value(item, name, out);
            }
            return;
        }
        Value::Object(object) => return write_fields(object, name, out),
        Value::String(text) => text.as_str(),
        Value::Bool(true) => "true",
        Value::Bool(false) => "false",
        Value::Number(n) => {
            start(name, out);
            // A number's JSON text needs no escaping.
            out.push_str(&n.to_string());
            return;
        }
    };
    start(name, out);
    percent_encode(text, false, out);
}

/// Starts the parameter `name=`; the caller appends the encoded value.
fn start(name: &str, out: &mut String) {
    if !(out.is_empty() || out.ends_with('?')) {
        out.push('&');
    }
    percent_encode(name, false, out);
    out.push('=');
}

/// Whether a dotted JSON field path (`statelessConversation.parent`) names the same field
/// as a dotted proto field path (`stateless_conversation.parent`).
pub(super) fn same_path(json: &str, proto: &str) -> bool {
    let mut json = json.bytes();
    let mut proto = proto.bytes();
    loop {
        match (proto.next(), json.next()) {
            (None, None) => return true,
            (Some(b'_'), Some(j)) => match proto.next() {
                Some(p) if p.to_ascii_uppercase() == j => {}
                _ => return false,
            },
            (Some(p), Some(j)) if p == j => {}
            _ => return false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn query(value: Value) -> String {
        let mut out = String::new();
        write_query(value.as_object().unwrap(), &mut out);
        out
    }

    #[test]
    fn fields_become_parameters() {
        let r = json!({
            "pageSize": 7,
            "ratio": 0.5,
            "tags": ["a b", "c&d"],
            "labels": {"k=1": "-3"},
            "unset": null,
            "statelessConversation": {"parent": "projects/p", "flag": true},
        });
        assert_eq!(
            query(r),
            "labels.k%3D1=-3&pageSize=7&ratio=0.5&statelessConversation.flag=true\
             &statelessConversation.parent=projects%2Fp&tags=a%20b&tags=c%26d"
        );
    }

    #[test]
    fn appends_after_what_is_there() {
        let mut out = String::from("/v2/x?a=1");
        write_query(json!({"b": false}).as_object().unwrap(), &mut out);
        assert_eq!(out, "/v2/x?a=1&b=false");
        let mut out = String::from("/v2/x?");
        write_query(json!({"f": "NaN"}).as_object().unwrap(), &mut out);
        assert_eq!(out, "/v2/x?f=NaN");
        let mut out = String::from("/v2/x?");
        write_query(&Map::new(), &mut out);
        assert_eq!(out, "/v2/x?");
    }

    #[test]
    fn json_and_proto_paths() {
        assert!(same_path("name", "name"));
        assert!(same_path(
            "statelessConversation.parent",
            "stateless_conversation.parent"
        ));
        assert!(!same_path(
            "statelessConversation",
            "stateless_conversation.parent"
        ));
        assert!(!same_path("pageSize", "page_token"));
        assert!(!same_path("page", "page_size"));
        assert!(!same_path("pageSize", "page"));
    }
}
