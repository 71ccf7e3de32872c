//! What the emulator needs to know about message shapes, read once from the descriptor set in
//! `dialogflow-types`: field names and types (to turn query parameters into typed JSON), enum
//! value names (to check enum query parameters), and each field's `google.api.field_behavior`
//! (which [`crate::contract`] enforces on every request).

use std::collections::HashMap;
use std::sync::OnceLock;

use dialogflow_types::google::api::FieldBehavior;
use prost::Message as _;
use prost_types::field_descriptor_proto::{Label, Type};
use prost_types::{DescriptorProto, FileDescriptorSet};
use serde_json::Value;

use crate::error::ApiError;

#[derive(Debug)]
pub(crate) struct Field {
    pub(crate) name: String,
    pub(crate) json_name: String,
    pub(crate) kind: Type,
    /// Full name of the message or enum type, without the leading dot.
    pub(crate) type_name: String,
    pub(crate) repeated: bool,
    /// The field's `google.api.field_behavior` values (numbers of `google.api.FieldBehavior`).
    pub(crate) behaviors: Vec<i32>,
}

impl Field {
    /// Whether the field carries this behaviour.
    pub(crate) fn has(&self, behavior: FieldBehavior) -> bool {
        self.behaviors.contains(&(behavior as i32))
    }
}

#[derive(Debug, Default)]
pub(crate) struct MessageInfo {
    pub(crate) fields: Vec<Field>,
    /// A synthesized `map<K, V>` entry type (fields `key` and `value`).
    pub(crate) map_entry: bool,
}

// Just enough of descriptor.proto to reach `FieldOptions.(google.api.field_behavior)`, an
// extension that `prost_types` drops. Decoded from the same bytes as the `prost_types` set, so
// files, messages and fields come in the same order in both.
#[derive(Clone, PartialEq, prost::Message)]
struct BehaviorSet {
    #[prost(message, repeated, tag = "1")]
    file: Vec<BehaviorFile>,
}

#[derive(Clone, PartialEq, prost::Message)]
struct BehaviorFile {
    #[prost(message, repeated, tag = "4")]
    message_type: Vec<BehaviorMessage>,
}

#[derive(Clone, PartialEq, prost::Message)]
struct BehaviorMessage {
    #[prost(message, repeated, tag = "2")]
    field: Vec<BehaviorField>,
    #[prost(message, repeated, tag = "3")]
    nested_type: Vec<BehaviorMessage>,
}

#[derive(Clone, PartialEq, prost::Message)]
struct BehaviorField {
    #[prost(message, optional, tag = "8")]
    options: Option<BehaviorOptions>,
}

#[derive(Clone, PartialEq, prost::Message)]
struct BehaviorOptions {
    /// The `google.api.field_behavior` extension number (packed or not on the wire).
    #[prost(int32, repeated, tag = "1052")]
    field_behavior: Vec<i32>,
}

#[derive(Debug, Default)]
pub(crate) struct Schema {
    messages: HashMap<String, MessageInfo>,
    enums: HashMap<String, HashMap<String, i32>>,
}

/// The schema of every message in the crate's descriptor set.
pub(crate) fn schema() -> &'static Schema {
    static SCHEMA: OnceLock<Schema> = OnceLock::new();
    SCHEMA.get_or_init(|| {
        let bytes = dialogflow_types::FILE_DESCRIPTOR_SET;
        let set = FileDescriptorSet::decode(bytes).unwrap_or_default();
        let behaviors = BehaviorSet::decode(bytes).unwrap_or_default();
        let mut schema = Schema::default();
        for (i, file) in set.file.iter().enumerate() {
            let package = file.package();
            let extra = behaviors.file.get(i);
            for (j, m) in file.message_type.iter().enumerate() {
                schema.add_message(package, m, extra.and_then(|f| f.message_type.get(j)));
            }
            for e in &file.enum_type {
                schema.add_enum(&format!("{package}.{}", e.name()), e);
            }
        }
        schema
    })
}

fn well_known_scalar(type_name: &str) -> bool {
    matches!(
        type_name,
        "google.protobuf.Timestamp"
            | "google.protobuf.Duration"
            | "google.protobuf.FieldMask"
            | "google.protobuf.StringValue"
            | "google.protobuf.BytesValue"
            | "google.protobuf.Int32Value"
            | "google.protobuf.Int64Value"
            | "google.protobuf.UInt32Value"
            | "google.protobuf.UInt64Value"
            | "google.protobuf.BoolValue"
            | "google.protobuf.FloatValue"
            | "google.protobuf.DoubleValue"
    )
}

impl Schema {
    fn add_message(&mut self, scope: &str, m: &DescriptorProto, extra: Option<&BehaviorMessage>) {
        let full = format!("{scope}.{}", m.name());
        let info = MessageInfo {
            fields: m
                .field
                .iter()
                .enumerate()
                .map(|(i, f)| Field {
                    name: f.name().to_string(),
                    json_name: f.json_name.clone().unwrap_or_else(|| f.name().to_string()),
                    kind: f.r#type(),
                    type_name: f.type_name().trim_start_matches('.').to_string(),
                    repeated: f.label() == Label::Repeated,
                    behaviors: extra
                        .and_then(|e| e.field.get(i))
                        .and_then(|f| f.options.as_ref())
                        .map(|o| o.field_behavior.clone())
                        .unwrap_or_default(),
                })
                .collect(),
            map_entry: m.options.as_ref().is_some_and(|o| o.map_entry()),
        };
        for (i, nested) in m.nested_type.iter().enumerate() {
            self.add_message(&full, nested, extra.and_then(|e| e.nested_type.get(i)));
        }
        for e in &m.enum_type {
            self.add_enum(&format!("{full}.{}", e.name()), e);
        }
        self.messages.insert(full, info);
    }

    fn add_enum(&mut self, full: &str, e: &prost_types::EnumDescriptorProto) {
        self.enums.insert(
            full.to_string(),
            e.value
                .iter()
                .map(|v| (v.name().to_string(), v.number()))
                .collect(),
        );
    }

    pub(crate) fn message(&self, name: &str) -> Option<&MessageInfo> {
        self.messages.get(name)
    }

    /// Every message, by full name.
    pub(crate) fn messages(&self) -> impl Iterator<Item = (&String, &MessageInfo)> {
        self.messages.iter()
    }

    /// The names of an enum's values other than the zero (unspecified) one, sorted by number.
    pub(crate) fn enum_names(&self, name: &str) -> Vec<&str> {
        let mut values: Vec<(&String, &i32)> = self
            .enums
            .get(name)
            .map(|v| v.iter().filter(|(_, n)| **n != 0).collect())
            .unwrap_or_default();
        values.sort_by_key(|(name, n)| (**n, name.as_str()));
        values.into_iter().map(|(name, _)| name.as_str()).collect()
    }

    /// Finds a field by its proto name or its JSON name.
    pub(crate) fn field<'a>(&'a self, message: &str, key: &str) -> Option<&'a Field> {
        self.message(message)?
            .fields
            .iter()
            .find(|f| f.name == key || f.json_name == key)
    }

    /// Converts one query-parameter value to the JSON the field expects. `None` means the
    /// value is the field's default, which proto3 treats as unset.
    pub(crate) fn query_value(
        &self,
        param: &str,
        field: &Field,
        raw: &str,
    ) -> Result<Option<Value>, ApiError> {
        if raw.is_empty() {
            return Ok(None);
        }
        let bad = |what: &str| {
            ApiError::invalid(
                param,
                format!("query parameter expects {what}, got {raw:?}"),
            )
        };
        let v = match field.kind {
            Type::String | Type::Bytes => Value::from(raw),
            Type::Bool => match raw {
                "true" | "1" => Value::Bool(true),
                "false" | "0" => return Ok(None),
                _ => return Err(bad("`true` or `false`")),
            },
            Type::Int32 | Type::Sint32 | Type::Sfixed32 => {
                Value::from(raw.parse::<i32>().map_err(|_| bad("a 32-bit integer"))?)
            }
            Type::Uint32 | Type::Fixed32 => Value::from(
                raw.parse::<u32>()
                    .map_err(|_| bad("an unsigned 32-bit integer"))?,
            ),
            Type::Int64 | Type::Sint64 | Type::Sfixed64 => {
                raw.parse::<i64>().map_err(|_| bad("a 64-bit integer"))?;
                Value::from(raw)
            }
            Type::Uint64 | Type::Fixed64 => {
                raw.parse::<u64>()
                    .map_err(|_| bad("an unsigned 64-bit integer"))?;
                Value::from(raw)
            }
            Type::Float | Type::Double => {
                let f = raw.parse::<f64>().map_err(|_| bad("a number"))?;
                serde_json::Number::from_f64(f)
                    .map(Value::Number)
                    .unwrap_or_else(|| Value::from(raw))
            }
            Type::Enum => {
                let values = self.enums.get(&field.type_name);
                if let Ok(n) = raw.parse::<i32>() {
                    Value::from(n)
                } else if values.is_some_and(|v| v.contains_key(raw)) {
                    Value::from(raw)
                } else {
                    let mut names: Vec<&String> =
                        values.map(|v| v.keys().collect()).unwrap_or_default();
                    names.sort();
                    return Err(bad(&format!(
                        "an enum value name or number (one of {})",
                        names
                            .iter()
                            .map(|s| s.as_str())
                            .collect::<Vec<_>>()
                            .join(", ")
                    )));
                }
            }
            Type::Message if well_known_scalar(&field.type_name) => Value::from(raw),
            _ => {
                return Err(ApiError::invalid(
                    param,
                    "this field cannot be set from a query parameter",
                ));
            }
        };
        Ok(Some(v))
    }
}
