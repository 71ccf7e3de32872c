//! Fuzzes the emulator's REST handling of the Participants RPCs (routing, query parameters,
//! JSON bodies, the contract check and the handlers: participants, AnalyzeContent with its
//! recognizer and suggestions, the Suggest* RPCs) on a state that holds a conversation with a
//! stored profile and two participants, without a network.
//! Input: `VERB PATH?QUERY\nBODY`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (head, body) = text.split_once('\n').unwrap_or((&text, ""));
    let (verb, path) = head.split_once(' ').unwrap_or(("GET", head));
    let (status, out) =
        dialogflow_emulator::fuzzing::participants_rest_call(verb, path, body.as_bytes());
    assert!((200..600).contains(&status));
    // Every answer but a refused HTTP verb has a JSON body (the corpus replay in
    // crates/emulator/tests/fuzz_corpus.rs parses it).
    assert!(status == 405 || out.first() == Some(&b'{'));
});
