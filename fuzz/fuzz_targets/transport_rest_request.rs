//! Building a REST request from a request message never panics, and what it builds is sound:
//! an error is INVALID_ARGUMENT with a message; a URL is a path and query that routes back to
//! the same RPC; a body is a JSON object; and the emulator's REST side decodes the request back
//! into the original message. The input format and the checks live in
//! `dialogflow_transport::fuzzing::check_rest_request`, shared with the corpus replay test
//! `crates/transport/tests/fuzz_corpus.rs`.
//!
//! Input: `[selector, request message in protobuf binary...]`; the selector picks the RPC.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = dialogflow_transport::fuzzing::check_rest_request(
        data,
        Some(&dialogflow_emulator::fuzzing::rest_decode),
    );
});
