//! Fuzzes the client's check of the first `StreamingAnalyzeContent` request (protobuf bytes
//! or a request built from the input), directly and through the public stream builder; the
//! checks live in `dialogflow_conversations::fuzzing` so that the corpus replay test
//! (`crates/conversations/tests/fuzz_corpus.rs`) runs the same ones.
#![no_main]

use dialogflow_conversations::fuzzing::check_stream_first_request;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| check_stream_first_request(data));
