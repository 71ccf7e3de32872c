//! proto3 JSON decoding of the response types never panics, and whatever decodes re-encodes and
//! decodes to the same value (JSON and binary). Input: `[selector, json...]`; the selector picks
//! the type. The checks live in `dialogflow_types::fuzzing`, shared with the corpus replay test
//! `crates/types/tests/fuzz_corpus.rs`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = dialogflow_types::fuzzing::check_json(data);
});
