//! Replays the `emulator_rest` fuzz corpus (and a few built-in cases) on stable: every input
//! must give a well-formed answer, never a panic.

use dialogflow_emulator::fuzzing::rest_call;

/// Splits a corpus entry as the fuzz target does: `VERB PATH\nBODY`.
fn run(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let (head, body) = text.split_once('\n').unwrap_or((&text, ""));
    let (verb, path) = head.split_once(' ').unwrap_or(("GET", head));
    let (status, out) = rest_call(verb, path, body.as_bytes());
    assert!((200..600).contains(&status));
    if status != 405 {
        let v: serde_json::Value = serde_json::from_slice(&out).expect("JSON answer");
        if status != 200 {
            assert_eq!(v["error"]["code"], status);
        }
    }
}

#[test]
fn builtin_cases() {
    for case in [
        &b"POST /v2/projects/p/conversations\n{\"conversationProfile\":\"projects/p/conversationProfiles/x\"}"[..],
        b"POST /v2/projects/p/conversations?conversationId=\xff\n{}",
        b"GET /v2/projects/p/conversations?pageSize=-5&filter=%%%",
        b"POST /v2/projects/p/suggestions:generateStatelessSummary\n{\"statelessConversation\":{\"messages\":[{}]}}",
        b"POST /v2/projects/p/locations/l/statelessSuggestion:generate\n{\"generator\":{\"summarizationContext\":{}}}",
        b"GET /v2/projects/p/locations?$alt=json;enum-encoding=int",
        b"BREW /v2/pot\n",
        b"",
        b"GET /v2/projects/p/conversations/c/messages?filter=create_time%20%3E%20%22x%22",
        b"POST /v2/projects/p/conversations\n{\"conversation\":{\"a\":[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]}}",
    ] {
        run(case);
    }
}

#[test]
fn corpus() {
    let dir =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/corpus/emulator_rest");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return;
    };
    for entry in entries.flatten() {
        run(&std::fs::read(entry.path()).unwrap());
    }
}
