//! Fuzzes the emulator's REST request handling (routing by the HTTP bindings, query
//! parameters, JSON bodies, the service's validation) without a network.
//! Input: `VERB PATH?QUERY\nBODY`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (head, body) = text.split_once('\n').unwrap_or((&text, ""));
    let (verb, path) = head.split_once(' ').unwrap_or(("GET", head));
    let (status, _) = dialogflow_emulator::fuzzing::rest_call(verb, path, body.as_bytes());
    assert!((200..600).contains(&status));
});
