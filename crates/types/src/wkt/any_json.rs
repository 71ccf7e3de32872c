//! `google.protobuf.Any` in proto3 JSON: the packed message's JSON object plus `"@type"`, or
//! `{"@type": ..., "value": ...}` for well-known types. See [`crate::any`].

use serde::ser::{Error as _, SerializeMap};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::any::{AnyError, lookup};
use crate::protobuf::Any;

impl Any {
    /// The JSON form of this Any, through the type registry.
    pub fn to_json_value(&self) -> Result<serde_json::Value, AnyError> {
        serde_json::to_value(self).map_err(|e| AnyError::Json {
            type_url: self.type_url.clone(),
            reason: e.to_string(),
        })
    }

    /// Builds an Any from its JSON form (an object with `"@type"`), through the type registry.
    pub fn from_json_value(json: serde_json::Value) -> Result<Any, AnyError> {
        let mut object = match json {
            serde_json::Value::Object(o) => o,
            other => {
                return Err(AnyError::Json {
                    type_url: String::new(),
                    reason: format!("expected a JSON object, got {other}"),
                });
            }
        };
        let type_url = match object.remove("@type") {
            Some(serde_json::Value::String(t)) => t,
            None if object.is_empty() => return Ok(Any::default()),
            _ => {
                return Err(AnyError::Json {
                    type_url: String::new(),
                    reason: "the object has no string \"@type\" member".into(),
                });
            }
        };
        let entry = lookup(&type_url).ok_or_else(|| AnyError::UnknownType {
            type_url: type_url.clone(),
        })?;
        let body = if entry.well_known {
            object.remove("value").unwrap_or(serde_json::Value::Null)
        } else {
            serde_json::Value::Object(object)
        };
        let value = (entry.from_json)(body).map_err(|reason| AnyError::Json {
            type_url: type_url.clone(),
            reason,
        })?;
        Ok(Any { type_url, value })
    }
}

impl Serialize for Any {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if self.type_url.is_empty() && self.value.is_empty() {
            return serializer.serialize_map(Some(0))?.end();
        }
        let entry = lookup(&self.type_url).ok_or_else(|| {
            S::Error::custom(AnyError::UnknownType {
                type_url: self.type_url.clone(),
            })
        })?;
        let json = (entry.to_json)(&self.value).map_err(|reason| {
            S::Error::custom(AnyError::Decode {
                type_url: self.type_url.clone(),
                reason,
            })
        })?;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("@type", &self.type_url)?;
        match json {
            serde_json::Value::Object(fields) if !entry.well_known => {
                for (k, v) in &fields {
                    map.serialize_entry(k, v)?;
                }
            }
            other => map.serialize_entry("value", &other)?,
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for Any {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let json = serde_json::Value::deserialize(deserializer)?;
        Any::from_json_value(json).map_err(serde::de::Error::custom)
    }
}
