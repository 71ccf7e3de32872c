//! Property checks shared by the cargo-fuzz target `types_json` (`fuzz/fuzz_targets/types_json.rs`)
//! and the corpus replay test (`tests/fuzz_corpus.rs`), so the two cannot drift apart.
//!
//! Not part of the supported API: it is public only so that the fuzz crate can call it.
//! A check panics when a property does not hold, which is what a fuzzer reports.
//!
//! Input: `[selector, json...]`. The selector (modulo [`TYPES`]`.len()`) picks the message type;
//! the rest is decoded as that type's proto3 JSON form with `serde_json::from_slice`, as a REST
//! client does with a response body. Properties:
//!
//! * decoding never panics, whatever the bytes (invalid UTF-8, deep nesting, huge numbers);
//! * whatever decodes re-encodes to JSON without error, and that JSON decodes to the same
//!   value (and re-encodes to the same JSON: the encoder's output is a fixed point);
//! * whatever decodes also survives a protobuf binary round trip unchanged.

use std::fmt::Debug;

use prost::Message;
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::{location, longrunning, protobuf, rpc, v2};

/// What one input gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The input was empty (no selector byte).
    Empty,
    /// The body decoded as the selected type and every round trip held.
    Decoded {
        /// The selected type's full protobuf name.
        type_name: &'static str,
    },
    /// The body did not decode; the decoder's error message.
    Rejected {
        /// The selected type's full protobuf name.
        type_name: &'static str,
        /// The error the JSON decoder reported.
        error: String,
    },
}

impl Outcome {
    /// Whether the body decoded.
    pub fn is_decoded(&self) -> bool {
        matches!(self, Outcome::Decoded { .. })
    }
}

type Check = fn(&[u8]) -> Result<(), String>;

/// The message types the target decodes, in selector order: the response messages of every RPC
/// (and of the mixins), `google.rpc.Status`, and a few that the client or the emulator reads
/// on their own (`Message`, `Any`, `Struct`, `CreateConversationRequest`).
pub const TYPES: &[(&str, Check)] = &[
    (
        "google.cloud.dialogflow.v2.Conversation",
        check::<v2::Conversation>,
    ),
    (
        "google.cloud.dialogflow.v2.ListConversationsResponse",
        check::<v2::ListConversationsResponse>,
    ),
    (
        "google.cloud.dialogflow.v2.ListMessagesResponse",
        check::<v2::ListMessagesResponse>,
    ),
    (
        "google.longrunning.Operation",
        check::<longrunning::Operation>,
    ),
    ("google.rpc.Status", check::<rpc::Status>),
    (
        "google.cloud.dialogflow.v2.SearchKnowledgeResponse",
        check::<v2::SearchKnowledgeResponse>,
    ),
    (
        "google.cloud.dialogflow.v2.IngestContextReferencesResponse",
        check::<v2::IngestContextReferencesResponse>,
    ),
    (
        "google.cloud.dialogflow.v2.SuggestConversationSummaryResponse",
        check::<v2::SuggestConversationSummaryResponse>,
    ),
    (
        "google.cloud.dialogflow.v2.GenerateStatelessSummaryResponse",
        check::<v2::GenerateStatelessSummaryResponse>,
    ),
    (
        "google.cloud.dialogflow.v2.GenerateStatelessSuggestionResponse",
        check::<v2::GenerateStatelessSuggestionResponse>,
    ),
    (
        "google.cloud.dialogflow.v2.GenerateSuggestionsResponse",
        check::<v2::GenerateSuggestionsResponse>,
    ),
    (
        "google.longrunning.ListOperationsResponse",
        check::<longrunning::ListOperationsResponse>,
    ),
    (
        "google.cloud.location.Location",
        check::<location::Location>,
    ),
    (
        "google.cloud.location.ListLocationsResponse",
        check::<location::ListLocationsResponse>,
    ),
    ("google.cloud.dialogflow.v2.Message", check::<v2::Message>),
    ("google.protobuf.Any", check::<protobuf::Any>),
    ("google.protobuf.Struct", check::<protobuf::Struct>),
    (
        "google.cloud.dialogflow.v2.CreateConversationRequest",
        check::<v2::CreateConversationRequest>,
    ),
];

/// The selector byte that picks `type_name` in [`TYPES`], for building inputs.
pub fn selector(type_name: &str) -> Option<u8> {
    TYPES
        .iter()
        .position(|(name, _)| *name == type_name)
        .map(|i| i as u8)
}

/// The fuzz target's body. Panics when a property does not hold.
pub fn check_json(data: &[u8]) -> Outcome {
    let [selector, body @ ..] = data else {
        return Outcome::Empty;
    };
    let (type_name, check) = TYPES[*selector as usize % TYPES.len()];
    match check(body) {
        Ok(()) => Outcome::Decoded { type_name },
        Err(error) => Outcome::Rejected { type_name, error },
    }
}

/// Decodes `body` as `M`; on success checks the round trips (panicking when one fails).
fn check<M>(body: &[u8]) -> Result<(), String>
where
    M: Message + Default + Serialize + DeserializeOwned + PartialEq + Debug,
{
    let decoded: M = serde_json::from_slice(body).map_err(|e| e.to_string())?;

    // JSON: encode, decode, compare; the second encoding must equal the first.
    let json = serde_json::to_vec(&decoded)
        .unwrap_or_else(|e| panic!("decoded {decoded:?} but cannot re-encode it: {e}"));
    let again: M = serde_json::from_slice(&json).unwrap_or_else(|e| {
        panic!(
            "re-encoded JSON does not decode: {e}\njson: {}",
            String::from_utf8_lossy(&json)
        )
    });
    let json_again = serde_json::to_vec(&again).expect("re-encodes");
    let (first, second): (serde_json::Value, serde_json::Value) = (
        serde_json::from_slice(&json).expect("valid JSON"),
        serde_json::from_slice(&json_again).expect("valid JSON"),
    );
    assert_eq!(
        first, second,
        "JSON encoding is not a fixed point of decode∘encode"
    );
    // `PartialEq` says NaN != NaN, and compares an `Any` by its bytes, which differ between two
    // encodings of the same message holding a map (maps are `HashMap`s, encoded in iteration
    // order). The JSON comparison above covers both cases.
    let json_only = has_nan(&first) || has_any(&first);
    if decoded != again && !json_only {
        panic!("JSON round trip changed the value:\n  {decoded:?}\n  {again:?}");
    }

    // Binary: whatever JSON can express must survive the protobuf encoding too.
    let bytes = decoded.encode_to_vec();
    let from_binary = M::decode(bytes.as_slice())
        .unwrap_or_else(|e| panic!("binary encoding of {decoded:?} does not decode: {e}"));
    if from_binary != decoded && !json_only {
        panic!("binary round trip changed the value:\n  {decoded:?}\n  {from_binary:?}");
    }
    Ok(())
}

/// Whether the JSON holds a `"NaN"` string (how proto3 JSON writes a NaN float).
fn has_nan(value: &serde_json::Value) -> bool {
    match value {
        serde_json::Value::String(s) => s == "NaN",
        serde_json::Value::Array(items) => items.iter().any(has_nan),
        serde_json::Value::Object(members) => members.values().any(has_nan),
        _ => false,
    }
}

/// Whether the JSON holds an `Any` (an object with an `"@type"` member).
fn has_any(value: &serde_json::Value) -> bool {
    match value {
        serde_json::Value::Array(items) => items.iter().any(has_any),
        serde_json::Value::Object(members) => {
            members.contains_key("@type") || members.values().any(has_any)
        }
        _ => false,
    }
}
