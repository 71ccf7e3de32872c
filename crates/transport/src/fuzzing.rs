//! Entry points shared by the fuzz targets and the tests that replay their corpora. Not part
//! of the public API.

use serde::de::DeserializeOwned;

use crate::Error;

fn decode_json<T: DeserializeOwned>(body: &[u8]) -> Result<T, Error> {
    crate::error::decode_json_body(body)
}

/// Decodes a REST response the way the REST transport does: a 2xx status decodes `body` as the
/// response message of the RPC chosen by `selector` (modulo the number of RPCs), any other
/// status maps the body to an [`Error`]. Returns whether it decoded; must never panic.
pub fn decode_rest_response(selector: u8, status: u16, body: &[u8]) -> Result<(), Error> {
    use dialogflow_types::{location, longrunning, v2};
    if !(200..300).contains(&status) {
        let err = Error::from_http_response(status, body);
        // Exercise the rest of the error's surface too.
        let _ = (err.to_string(), err.to_status(), err.retry_delay());
        return Err(err);
    }
    match selector % 16 {
        0 => decode_json::<v2::Conversation>(body).map(drop),
        1 => decode_json::<v2::ListConversationsResponse>(body).map(drop),
        2 => decode_json::<v2::IngestContextReferencesResponse>(body).map(drop),
        3 => decode_json::<v2::ListMessagesResponse>(body).map(drop),
        4 => decode_json::<v2::SuggestConversationSummaryResponse>(body).map(drop),
        5 => decode_json::<v2::GenerateStatelessSummaryResponse>(body).map(drop),
        6 => decode_json::<v2::GenerateStatelessSuggestionResponse>(body).map(drop),
        7 => decode_json::<v2::SearchKnowledgeResponse>(body).map(drop),
        8 => decode_json::<v2::GenerateSuggestionsResponse>(body).map(drop),
        9 => decode_json::<longrunning::Operation>(body).map(drop),
        10 => decode_json::<longrunning::ListOperationsResponse>(body).map(drop),
        11 => decode_json::<location::Location>(body).map(drop),
        12 => decode_json::<location::ListLocationsResponse>(body).map(drop),
        13 => decode_json::<dialogflow_types::rpc::Status>(body).map(drop),
        14 => crate::error::decode_empty_body(body),
        _ => decode_json::<serde_json::Value>(body).map(drop),
    }
}

/// The fuzz target's body: input `[selector, status_hi, status_lo, body...]`; shorter inputs are
/// ignored (`None`).
pub fn fuzz_one(data: &[u8]) -> Option<Result<(), Error>> {
    let [selector, hi, lo, body @ ..] = data else {
        return None;
    };
    Some(decode_rest_response(
        *selector,
        u16::from_be_bytes([*hi, *lo]),
        body,
    ))
}
