//! Support code for the proto3 JSON mapping that the generated `serde` implementations call.
//!
//! Most users never name anything here: serialize messages with `serde_json` directly, or
//! through [`JsonCodec`], whose code is compiled once, in this crate.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserializer, Visitor};
use serde::ser::Serializer;
use serde::{Deserialize, Serialize};

/// An enum value as it travels in proto3 JSON: by name when this build knows the number, by
/// number otherwise.
///
/// Generated code uses it for every enum field, so that a number added to the API after this
/// build (for example a new lifecycle state sent by a newer server as
/// `"lifecycleState": 7`) decodes, is kept in the message's `i32` field, and is written back
/// unchanged. Names that the enum does not define are rejected with an error that lists the
/// expected names.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct OpenEnum<T>(pub i32, PhantomData<T>);

impl<T> fmt::Debug for OpenEnum<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("OpenEnum").field(&self.0).finish()
    }
}

impl<T> OpenEnum<T> {
    /// Wraps a number. Never fails; the `Result` matches the shape generated code expects.
    #[allow(clippy::result_unit_err)]
    pub fn from_number(value: i32) -> Result<Self, ()> {
        Ok(OpenEnum(value, PhantomData))
    }
}

impl<T> Serialize for OpenEnum<T>
where
    T: TryFrom<i32> + Serialize,
{
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if ENUMS_AS_NUMBERS.get() {
            return serializer.serialize_i32(self.0);
        }
        match T::try_from(self.0) {
            Ok(known) => known.serialize(serializer),
            Err(_) => serializer.serialize_i32(self.0),
        }
    }
}

thread_local! {
    static ENUMS_AS_NUMBERS: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Runs `write` with every enum field of a message written by number instead of by name, on
/// this thread: the form Google's REST endpoints answer in when asked for
/// `$alt=json;enum-encoding=int`. Decoding accepts both forms at all times.
///
#[cfg_attr(feature = "conversations", doc = "```")]
#[cfg_attr(not(feature = "conversations"), doc = "```ignore")]
/// use dialogflow_types::json::with_enums_as_numbers;
/// use dialogflow_types::v2::Conversation;
///
/// let c = Conversation { lifecycle_state: 2, ..Default::default() };
/// assert_eq!(serde_json::to_string(&c).unwrap(), r#"{"lifecycleState":"COMPLETED"}"#);
/// let numbers = with_enums_as_numbers(|| serde_json::to_string(&c)).unwrap();
/// assert_eq!(numbers, r#"{"lifecycleState":2}"#);
/// ```
pub fn with_enums_as_numbers<R>(write: impl FnOnce() -> R) -> R {
    /// Puts the previous setting back, even if `write` panics.
    struct Restore(bool);
    impl Drop for Restore {
        fn drop(&mut self) {
            ENUMS_AS_NUMBERS.set(self.0);
        }
    }
    let _restore = Restore(ENUMS_AS_NUMBERS.replace(true));
    write()
}

impl<'de, T> Deserialize<'de> for OpenEnum<T>
where
    T: Deserialize<'de> + Into<i32>,
{
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct OpenVisitor<T>(PhantomData<T>);

        impl<'de, T> Visitor<'de> for OpenVisitor<T>
        where
            T: Deserialize<'de> + Into<i32>,
        {
            type Value = OpenEnum<T>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an enum value name or a 32-bit number")
            }

            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
                i32::try_from(v)
                    .map(|n| OpenEnum(n, PhantomData))
                    .map_err(|_| E::invalid_value(de::Unexpected::Signed(v), &self))
            }

            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
                i32::try_from(v)
                    .map(|n| OpenEnum(n, PhantomData))
                    .map_err(|_| E::invalid_value(de::Unexpected::Unsigned(v), &self))
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                let known = T::deserialize(de::value::StrDeserializer::<E>::new(v))?;
                Ok(OpenEnum(known.into(), PhantomData))
            }
        }

        deserializer.deserialize_any(OpenVisitor(PhantomData))
    }
}

/// A message's proto3 JSON form as bytes, through functions compiled once, in this crate.
///
/// `serde_json::to_vec` and `serde_json::from_slice` are generic: every crate that calls them on
/// a message compiles that message's JSON code again (and everything it contains). Every
/// message of this crate implements `JsonCodec` with plain functions instead, so a crate that
/// moves messages as JSON (the REST transport, the `Any` registry) links to one copy.
///
#[cfg_attr(feature = "conversations", doc = "```")]
#[cfg_attr(not(feature = "conversations"), doc = "```ignore")]
/// use dialogflow_types::json::JsonCodec;
/// use dialogflow_types::v2::Conversation;
///
/// let c = Conversation { name: "projects/p/conversations/c".into(), ..Default::default() };
/// let json = c.encode_json().unwrap();
/// assert_eq!(json, br#"{"name":"projects/p/conversations/c"}"#);
/// assert_eq!(Conversation::decode_json(&json).unwrap(), c);
/// ```
pub trait JsonCodec: Sized {
    /// The message as proto3 JSON (enums by name, unless inside [`with_enums_as_numbers`]).
    /// Fails only for a value that has no JSON form (a timestamp out of range, say).
    fn encode_json(&self) -> Result<Vec<u8>, serde_json::Error>;

    /// The message read from proto3 JSON.
    fn decode_json(json: &[u8]) -> Result<Self, serde_json::Error>;
}

/// Implements [`JsonCodec`] for messages with `serde_json`, once, here (the generated `Any`
/// registry lists every message).
macro_rules! json_codec {
    ($($(#[$cfg:meta])* $message:ty;)*) => {
        $(
            $(#[$cfg])*
            impl $crate::json::JsonCodec for $message {
                fn encode_json(&self) -> Result<Vec<u8>, serde_json::Error> {
                    serde_json::to_vec(self)
                }

                fn decode_json(json: &[u8]) -> Result<Self, serde_json::Error> {
                    serde_json::from_slice(json)
                }
            }
        )*
    };
}
pub(crate) use json_codec;
