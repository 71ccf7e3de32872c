//! REST response decoding never panics: a 2xx body decodes as one of the response messages
//! (chosen by the first byte), any other status maps the body to an `Error`. The input format
//! and the checks live in `dialogflow_transport::fuzzing`, shared with the corpus replay test.
//!
//! Input: `[selector, status_hi, status_lo, body...]`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = dialogflow_transport::fuzzing::fuzz_one(data);
});
