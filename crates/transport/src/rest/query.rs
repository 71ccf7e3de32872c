//! Request fields as URL query parameters, written straight from a message's proto3 JSON
//! serde form (no intermediate JSON value).
//!
//! A message field becomes `jsonName=value`; a field of a nested message `outer.inner=value`;
//! a repeated field one parameter per element; a map entry `field.key=value`. Unset fields
//! are not written (the generated `Serialize` impls leave them out). Names and values are
//! percent-encoded.

use std::fmt::{self, Write as _};

use dialogflow_types::http::percent_encode;
use serde::Serialize;
use serde::ser::{self, Impossible};

/// Why a message could not be written as query parameters.
#[derive(Debug)]
pub(crate) struct QueryError(String);

impl fmt::Display for QueryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for QueryError {}

impl ser::Error for QueryError {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        QueryError(msg.to_string())
    }
}

fn unsupported<T>(what: &str) -> Result<T, QueryError> {
    Err(QueryError(format!(
        "{what} cannot be written as a query parameter"
    )))
}

/// Appends the fields of `message` to `out`, a query string or a URL ending in one
/// (parameters are `&`-separated; none before an empty `out` or a final `?`), leaving out
/// the fields named in `skip` (dotted proto field paths, e.g. `name` or
/// `stateless_conversation.parent`: the fields that go in the path or the body).
pub(crate) fn write_query<T: Serialize + ?Sized>(
    message: &T,
    skip: &[&str],
    out: &mut String,
) -> Result<(), QueryError> {
    // The request is a field with no name: only a message may stand there.
    message.serialize(Param {
        out,
        skip,
        name: "",
    })
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

/// The fields of one message being written.
pub(crate) struct Fields<'a> {
    out: &'a mut String,
    skip: &'a [&'a str],
    /// The dotted JSON path of this message inside the request (`None` at the top).
    prefix: Option<&'a str>,
}

impl ser::SerializeStruct for Fields<'_> {
    type Ok = ();
    type Error = QueryError;

    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), QueryError> {
        let nested;
        let name = match self.prefix {
            None => key,
            Some(prefix) => {
                nested = format!("{prefix}.{key}");
                nested.as_str()
            }
        };
        if self.skip.iter().any(|s| same_path(name, s)) {
            return Ok(());
        }
        value.serialize(Param {
            out: &mut *self.out,
            skip: self.skip,
            name,
        })
    }

    fn end(self) -> Result<(), QueryError> {
        Ok(())
    }
}

/// Writes one field's value under its dotted name.
struct Param<'a> {
    out: &'a mut String,
    skip: &'a [&'a str],
    name: &'a str,
}

impl Param<'_> {
    /// Starts `name=`; the caller appends the encoded value. The request itself (no name) is
    /// not a parameter.
    fn start(&mut self) -> Result<(), QueryError> {
        if self.name.is_empty() {
            return Err(not_a_message());
        }
        if !(self.out.is_empty() || self.out.ends_with('?')) {
            self.out.push('&');
        }
        percent_encode(self.name, false, self.out);
        self.out.push('=');
        Ok(())
    }

    fn text(mut self, value: &str) -> Result<(), QueryError> {
        self.start()?;
        percent_encode(value, false, self.out);
        Ok(())
    }

    /// A value whose text needs no escaping (numbers, booleans).
    fn plain(mut self, value: impl fmt::Display) -> Result<(), QueryError> {
        self.start()?;
        write!(self.out, "{value}").map_err(|_| QueryError("formatting failed".into()))
    }
}

macro_rules! plain_values {
    ($($method:ident: $t:ty),*) => {
        $(fn $method(self, v: $t) -> Result<(), QueryError> { self.plain(v) })*
    };
}

impl<'a> ser::Serializer for Param<'a> {
    type Ok = ();
    type Error = QueryError;
    type SerializeSeq = Repeated<'a>;
    type SerializeTuple = Impossible<(), QueryError>;
    type SerializeTupleStruct = Impossible<(), QueryError>;
    type SerializeTupleVariant = Impossible<(), QueryError>;
    type SerializeMap = Entries<'a>;
    type SerializeStruct = Fields<'a>;
    type SerializeStructVariant = Impossible<(), QueryError>;

    plain_values!(
        serialize_bool: bool, serialize_i8: i8, serialize_i16: i16, serialize_i32: i32,
        serialize_i64: i64, serialize_u8: u8, serialize_u16: u16, serialize_u32: u32,
        serialize_u64: u64
    );

    fn serialize_f32(self, v: f32) -> Result<(), QueryError> {
        self.serialize_f64(f64::from(v))
    }

    fn serialize_f64(self, v: f64) -> Result<(), QueryError> {
        match v {
            v if v.is_nan() => self.text("NaN"),
            f64::INFINITY => self.text("Infinity"),
            f64::NEG_INFINITY => self.text("-Infinity"),
            v => self.plain(v),
        }
    }

    fn serialize_char(self, v: char) -> Result<(), QueryError> {
        self.text(v.encode_utf8(&mut [0; 4]))
    }

    fn serialize_str(self, v: &str) -> Result<(), QueryError> {
        self.text(v)
    }

    fn serialize_bytes(self, _: &[u8]) -> Result<(), QueryError> {
        unsupported("raw bytes (proto3 JSON writes bytes as base64 text)")
    }

    fn serialize_none(self) -> Result<(), QueryError> {
        Ok(())
    }

    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), QueryError> {
        value.serialize(self)
    }

    fn serialize_unit(self) -> Result<(), QueryError> {
        Ok(())
    }

    fn serialize_unit_struct(self, _: &'static str) -> Result<(), QueryError> {
        Ok(())
    }

    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<(), QueryError> {
        self.text(variant)
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), QueryError> {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<(), QueryError> {
        unsupported("an enum variant with data")
    }

    fn serialize_seq(self, _: Option<usize>) -> Result<Repeated<'a>, QueryError> {
        Ok(Repeated {
            out: self.out,
            skip: self.skip,
            name: self.name,
        })
    }

    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, QueryError> {
        unsupported("a tuple")
    }

    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, QueryError> {
        unsupported("a tuple")
    }

    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, QueryError> {
        unsupported("an enum variant with data")
    }

    fn serialize_map(self, _: Option<usize>) -> Result<Entries<'a>, QueryError> {
        if self.name.is_empty() {
            return Err(not_a_message());
        }
        Ok(Entries {
            out: self.out,
            skip: self.skip,
            name: self.name,
            key: None,
        })
    }

    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Fields<'a>, QueryError> {
        Ok(Fields {
            out: self.out,
            skip: self.skip,
            prefix: (!self.name.is_empty()).then_some(self.name),
        })
    }

    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, QueryError> {
        unsupported("an enum variant with data")
    }
}

/// A repeated field: one parameter per element.
pub(crate) struct Repeated<'a> {
    out: &'a mut String,
    skip: &'a [&'a str],
    name: &'a str,
}

impl ser::SerializeSeq for Repeated<'_> {
    type Ok = ();
    type Error = QueryError;

    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), QueryError> {
        value.serialize(Param {
            out: &mut *self.out,
            skip: self.skip,
            name: self.name,
        })
    }

    fn end(self) -> Result<(), QueryError> {
        Ok(())
    }
}

/// A map field: one `field.key=value` parameter per entry.
pub(crate) struct Entries<'a> {
    out: &'a mut String,
    skip: &'a [&'a str],
    name: &'a str,
    key: Option<String>,
}

impl ser::SerializeMap for Entries<'_> {
    type Ok = ();
    type Error = QueryError;

    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), QueryError> {
        let mut name = format!("{}.", self.name);
        key.serialize(KeyText(&mut name))?;
        self.key = Some(name);
        Ok(())
    }

    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), QueryError> {
        let name = self
            .key
            .take()
            .ok_or_else(|| QueryError("a map value came without its key".into()))?;
        value.serialize(Param {
            out: &mut *self.out,
            skip: self.skip,
            name: &name,
        })
    }

    fn end(self) -> Result<(), QueryError> {
        Ok(())
    }
}

/// Writes a map key (a string, integer or boolean in proto3) as text.
struct KeyText<'a>(&'a mut String);

macro_rules! key_values {
    ($($method:ident: $t:ty),*) => {
        $(fn $method(self, v: $t) -> Result<(), QueryError> {
            write!(self.0, "{v}").map_err(|_| QueryError("formatting failed".into()))
        })*
    };
}

impl ser::Serializer for KeyText<'_> {
    type Ok = ();
    type Error = QueryError;
    type SerializeSeq = Impossible<(), QueryError>;
    type SerializeTuple = Impossible<(), QueryError>;
    type SerializeTupleStruct = Impossible<(), QueryError>;
    type SerializeTupleVariant = Impossible<(), QueryError>;
    type SerializeMap = Impossible<(), QueryError>;
    type SerializeStruct = Impossible<(), QueryError>;
    type SerializeStructVariant = Impossible<(), QueryError>;

    key_values!(
        serialize_bool: bool, serialize_i8: i8, serialize_i16: i16, serialize_i32: i32,
        serialize_i64: i64, serialize_u8: u8, serialize_u16: u16, serialize_u32: u32,
        serialize_u64: u64, serialize_char: char, serialize_str: &str
    );

    fn serialize_f32(self, _: f32) -> Result<(), QueryError> {
        unsupported("a floating-point map key")
    }
    fn serialize_f64(self, _: f64) -> Result<(), QueryError> {
        unsupported("a floating-point map key")
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<(), QueryError> {
        unsupported("a bytes map key")
    }
    fn serialize_none(self) -> Result<(), QueryError> {
        unsupported("an empty map key")
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), QueryError> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), QueryError> {
        unsupported("an empty map key")
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), QueryError> {
        unsupported("an empty map key")
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<(), QueryError> {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), QueryError> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<(), QueryError> {
        unsupported("a structured map key")
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, QueryError> {
        unsupported("a structured map key")
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, QueryError> {
        unsupported("a structured map key")
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, QueryError> {
        unsupported("a structured map key")
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, QueryError> {
        unsupported("a structured map key")
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, QueryError> {
        unsupported("a structured map key")
    }
    fn serialize_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStruct, QueryError> {
        unsupported("a structured map key")
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, QueryError> {
        unsupported("a structured map key")
    }
}

fn not_a_message() -> QueryError {
    QueryError("the request is not a message".into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    struct Inner {
        parent: String,
        #[serde(skip_serializing_if = "Option::is_none")]
        flag: Option<bool>,
    }

    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    struct Request {
        name: String,
        page_size: i32,
        ratio: f64,
        tags: Vec<String>,
        labels: BTreeMap<String, i64>,
        stateless_conversation: Inner,
    }

    fn query(r: &Request, skip: &[&str]) -> String {
        let mut out = String::new();
        write_query(r, skip, &mut out).unwrap();
        out
    }

    #[test]
    fn fields_become_parameters() {
        let r = Request {
            name: "projects/p/conversations/c".into(),
            page_size: 7,
            ratio: 0.5,
            tags: vec!["a b".into(), "c&d".into()],
            labels: [("k=1".to_string(), -3)].into(),
            stateless_conversation: Inner {
                parent: "projects/p".into(),
                flag: Some(true),
            },
        };
        assert_eq!(
            query(&r, &["name"]),
            "pageSize=7&ratio=0.5&tags=a%20b&tags=c%26d&labels.k%3D1=-3\
             &statelessConversation.parent=projects%2Fp&statelessConversation.flag=true"
        );
        assert_eq!(
            query(&r, &["stateless_conversation.parent", "tags", "labels"]),
            "name=projects%2Fp%2Fconversations%2Fc&pageSize=7&ratio=0.5\
             &statelessConversation.flag=true"
        );
        // A whole nested message can be left out too.
        assert!(!query(&r, &["stateless_conversation"]).contains("stateless"));
    }

    #[test]
    fn odd_floats_and_errors() {
        #[derive(Serialize)]
        struct F {
            a: f64,
            b: f32,
        }
        let mut out = String::from("x=1");
        write_query(
            &F {
                a: f64::NAN,
                b: f32::NEG_INFINITY,
            },
            &[],
            &mut out,
        )
        .unwrap();
        assert_eq!(out, "x=1&a=NaN&b=-Infinity");

        let mut out = String::new();
        let err = write_query(&"not a message", &[], &mut out).unwrap_err();
        assert!(err.to_string().contains("not a message"), "{err}");

        #[derive(Serialize)]
        enum E {
            V(i32),
        }
        #[derive(Serialize)]
        struct WithVariant {
            e: E,
        }
        let err = write_query(&WithVariant { e: E::V(1) }, &[], &mut out).unwrap_err();
        assert!(err.to_string().contains("enum variant"), "{err}");
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
