//! `google.protobuf.Any`: packing and unpacking typed messages, and the registry that gives an
//! `Any` its proto3 JSON form.
//!
//! In JSON an `Any` is written as the packed message's own JSON object with an extra `"@type"`
//! member, or, for the well-known types that are not JSON objects, as
//! `{"@type": "...", "value": <json>}`. Both directions need to know the packed type, so the
//! crate keeps a registry of every message it defines (generated at build time). Writing or
//! reading an `Any` whose type is not in the registry fails with a clear error.
//!
//! ```
//! use dialogflow_types::protobuf::Any;
//! use dialogflow_types::rpc::ErrorInfo;
//!
//! let info = ErrorInfo { reason: "RATE_LIMITED".into(), domain: "googleapis.com".into(), ..Default::default() };
//! let any = Any::pack(&info);
//! assert_eq!(any.type_url, "type.googleapis.com/google.rpc.ErrorInfo");
//! assert_eq!(any.unpack::<ErrorInfo>().unwrap(), info);
//!
//! let json = serde_json::to_value(&any).unwrap();
//! assert_eq!(json["@type"], "type.googleapis.com/google.rpc.ErrorInfo");
//! assert_eq!(json["reason"], "RATE_LIMITED");
//! ```

use std::fmt;

use prost::Name;

use crate::json::{JsonCodec, json_codec};

use crate::protobuf::Any;

/// What went wrong while packing, unpacking or translating an [`Any`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum AnyError {
    /// The type named by the URL is not one this crate defines.
    UnknownType {
        /// The `type_url` (or JSON `@type`) that was given.
        type_url: String,
    },
    /// `unpack` was asked for a different type than the one packed.
    TypeMismatch {
        /// The full name of the requested type.
        expected: String,
        /// The `type_url` found in the `Any`.
        found: String,
    },
    /// The packed bytes are not a valid encoding of the named type.
    Decode {
        /// The `type_url` of the `Any`.
        type_url: String,
        /// What the protobuf decoder reported.
        reason: String,
    },
    /// The JSON form is not valid for the named type, or lacks `@type`.
    Json {
        /// The `@type` of the JSON object, empty when it was missing.
        type_url: String,
        /// What the JSON decoder reported.
        reason: String,
    },
}

impl fmt::Display for AnyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AnyError::UnknownType { type_url } => write!(
                f,
                "google.protobuf.Any holds type {type_url:?}, which dialogflow-types does not know"
            ),
            AnyError::TypeMismatch { expected, found } => {
                write!(f, "google.protobuf.Any holds {found:?}, not {expected}")
            }
            AnyError::Decode { type_url, reason } => {
                write!(
                    f,
                    "google.protobuf.Any of type {type_url:?} does not decode: {reason}"
                )
            }
            AnyError::Json { type_url, reason } if type_url.is_empty() => {
                write!(f, "google.protobuf.Any in JSON: {reason}")
            }
            AnyError::Json { type_url, reason } => {
                write!(
                    f,
                    "google.protobuf.Any of type {type_url:?} in JSON: {reason}"
                )
            }
        }
    }
}

impl std::error::Error for AnyError {}

/// The full type name in a type URL: the part after the last `/`.
///
/// ```
/// assert_eq!(dialogflow_types::any::type_name("type.googleapis.com/google.rpc.Status"), "google.rpc.Status");
/// ```
pub fn type_name(type_url: &str) -> &str {
    type_url.rsplit('/').next().unwrap_or(type_url)
}

/// Whether the registry knows the type named by `type_url` (a full URL or a bare type name).
///
/// ```
/// assert!(dialogflow_types::any::is_known("type.googleapis.com/google.rpc.BadRequest"));
/// assert!(!dialogflow_types::any::is_known("type.googleapis.com/acme.Unheard"));
/// ```
pub fn is_known(type_url: &str) -> bool {
    lookup(type_url).is_some()
}

/// The full names of every type an `Any` can carry through JSON, in sorted order.
pub fn known_types() -> impl Iterator<Item = &'static str> {
    ANY_TYPES.iter().map(|t| t.full_name)
}

impl Any {
    /// Packs a message, with the `type.googleapis.com/` URL prefix that Google APIs use.
    pub fn pack<M: Name>(message: &M) -> Any {
        Any {
            type_url: M::type_url(),
            value: message.encode_to_vec(),
        }
    }

    /// Unpacks the message if it is of type `M`.
    pub fn unpack<M: Name + Default>(&self) -> Result<M, AnyError> {
        if !self.is::<M>() {
            return Err(AnyError::TypeMismatch {
                expected: M::full_name(),
                found: self.type_url.clone(),
            });
        }
        M::decode(self.value.as_slice()).map_err(|e| AnyError::Decode {
            type_url: self.type_url.clone(),
            reason: e.to_string(),
        })
    }

    /// Whether the packed message is of type `M` (compares full type names, any URL prefix).
    pub fn is<M: Name>(&self) -> bool {
        let name = type_name(&self.type_url);
        name.len() == M::PACKAGE.len() + 1 + M::NAME.len()
            && name.starts_with(M::PACKAGE)
            && name[M::PACKAGE.len()..].starts_with('.')
            && name.ends_with(M::NAME)
    }

    /// The full type name of the packed message, e.g. `google.rpc.ErrorInfo`.
    pub fn type_name(&self) -> &str {
        type_name(&self.type_url)
    }
}

/// One entry of the registry: how to move a packed type between its binary and JSON forms.
pub(crate) struct AnyType {
    pub(crate) full_name: &'static str,
    /// Well-known types whose JSON is not an object travel as `{"@type", "value"}`.
    pub(crate) well_known: bool,
    pub(crate) to_json: fn(&[u8]) -> Result<serde_json::Value, String>,
    pub(crate) from_json: fn(serde_json::Value) -> Result<Vec<u8>, String>,
}

pub(crate) fn lookup(type_url: &str) -> Option<&'static AnyType> {
    let name = type_name(type_url);
    ANY_TYPES
        .binary_search_by(|t| t.full_name.cmp(name))
        .ok()
        .map(|i| &ANY_TYPES[i])
}

// Both directions go through the message's JSON bytes and `JsonCodec`, so that each message's
// JSON code is compiled for one reader and one writer only (not also for `serde_json::Value`).
// The generic parts stay small: what does not depend on `T` is in plain functions.
fn to_json<T: prost::Message + Default + JsonCodec>(
    bytes: &[u8],
) -> Result<serde_json::Value, String> {
    json_value(T::decode(bytes).map_err(describe)?.encode_json())
}

fn from_json<T: prost::Message + JsonCodec>(value: serde_json::Value) -> Result<Vec<u8>, String> {
    let json = serde_json::to_vec(&value).map_err(describe)?;
    Ok(T::decode_json(&json).map_err(describe)?.encode_to_vec())
}

fn json_value(json: Result<Vec<u8>, serde_json::Error>) -> Result<serde_json::Value, String> {
    serde_json::from_slice(&json.map_err(describe)?).map_err(describe)
}

fn describe(e: impl fmt::Display) -> String {
    e.to_string()
}

include!("generated/any_registry.rs");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registry_is_sorted_and_unique() {
        assert!(
            ANY_TYPES
                .windows(2)
                .all(|w| w[0].full_name < w[1].full_name)
        );
    }

    #[test]
    fn registry_covers_the_packages() {
        for name in [
            "google.cloud.dialogflow.v2.Conversation",
            "google.cloud.dialogflow.v2.Conversation.ContextReference",
            "google.longrunning.Operation",
            "google.cloud.location.Location",
            "google.rpc.RetryInfo",
            "google.protobuf.Duration",
        ] {
            assert!(is_known(name), "{name} missing from the registry");
        }
    }
}
