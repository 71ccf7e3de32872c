//! Replays the `emulator_rest` and `emulator_participants_rest` fuzz corpora (and a few
//! built-in cases) on stable: every input must give a well-formed answer, never a panic.

use dialogflow_emulator::fuzzing::{participants_rest_call, rest_call};

type Call = fn(&str, &str, &[u8]) -> (u16, Vec<u8>);

/// Splits a corpus entry as the fuzz target does: `VERB PATH\nBODY`.
fn run(data: &[u8]) {
    run_with(rest_call, data);
}

fn run_with(call: Call, data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let (head, body) = text.split_once('\n').unwrap_or((&text, ""));
    let (verb, path) = head.split_once(' ').unwrap_or(("GET", head));
    let (status, out) = call(verb, path, body.as_bytes());
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

#[test]
fn participants_corpus() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../fuzz/corpus/emulator_participants_rest");
    let entries: Vec<_> = std::fs::read_dir(&dir)
        .expect("the corpus exists")
        .flatten()
        .collect();
    assert!(entries.len() >= 10, "{} seeds", entries.len());
    let mut ok = 0;
    for entry in entries {
        let data = std::fs::read(entry.path()).unwrap();
        run_with(participants_rest_call, &data);
        let text = String::from_utf8_lossy(&data);
        let (head, body) = text.split_once('\n').unwrap_or((&text, ""));
        let (verb, path) = head.split_once(' ').unwrap_or(("GET", head));
        if participants_rest_call(verb, path, body.as_bytes()).0 == 200 {
            ok += 1;
        }
    }
    // The seeds reach the handlers: most of them succeed on the prepared state.
    assert!(ok >= 7, "{ok} seeds succeeded");
}
