//! Replays the cargo-fuzz seed corpus `fuzz/corpus/types_json/` through the check the fuzz
//! target runs (`dialogflow_types::fuzzing::check_json`), so an ordinary `cargo test` on stable
//! covers it too. Seeds named `*_ok` must decode, seeds named `*_err` must be rejected; every
//! seed must not panic. A few hostile inputs too large to keep in the repository are built here.

use std::fs;
use std::path::Path;

use dialogflow_types::fuzzing::{Outcome, TYPES, check_json, selector};

fn corpus() -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/corpus/types_json");
    let mut files: Vec<_> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
        .map(|f| {
            let path = f.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            (name, fs::read(&path).unwrap())
        })
        .collect();
    files.sort();
    files
}

fn input(type_name: &str, body: &[u8]) -> Vec<u8> {
    let mut data = vec![selector(type_name).unwrap_or_else(|| panic!("{type_name} not fuzzed"))];
    data.extend_from_slice(body);
    data
}

#[test]
fn replay_fuzz_corpus() {
    let files = corpus();
    assert!(files.len() >= 20, "only {} seeds", files.len());
    let mut wrong = Vec::new();
    for (name, data) in &files {
        let outcome = std::panic::catch_unwind(|| check_json(data))
            .unwrap_or_else(|_| panic!("{name} panicked"));
        let expected = if name.ends_with("_ok") {
            outcome.is_decoded()
        } else if name.ends_with("_err") {
            matches!(&outcome, Outcome::Rejected { error, .. } if !error.is_empty())
        } else {
            true
        };
        if !expected {
            wrong.push(format!("{name}: {outcome:?}"));
        }
    }
    assert!(
        wrong.is_empty(),
        "unexpected outcomes:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn every_type_is_seeded_with_a_valid_example() {
    let files = corpus();
    for (index, (type_name, _)) in TYPES.iter().enumerate() {
        let seeded = files
            .iter()
            .any(|(name, data)| name.ends_with("_ok") && data.first() == Some(&(index as u8)));
        assert!(seeded, "no valid seed for {type_name}");
    }
}

#[test]
fn deep_nesting_is_an_error_not_a_stack_overflow() {
    for depth in [129, 10_000, 1_000_000] {
        for (type_name, open) in [
            ("google.protobuf.Struct", "{\"a\":"),
            ("google.protobuf.Struct", "{\"a\":["),
            ("google.cloud.dialogflow.v2.Conversation", "{\"x\":"),
            (
                "google.protobuf.Any",
                "{\"@type\":\"type.googleapis.com/google.protobuf.Any\",\"value\":",
            ),
        ] {
            let body = open.repeat(depth);
            let outcome = check_json(&input(type_name, body.as_bytes()));
            let Outcome::Rejected { error, .. } = outcome else {
                panic!("{type_name} nested {depth} deep: {outcome:?}");
            };
            assert!(
                error.contains("recursion limit") || error.contains("EOF"),
                "{type_name} nested {depth} deep: {error}"
            );
        }
    }
}

#[test]
fn ten_megabyte_strings_decode_and_round_trip() {
    let big = "x".repeat(10 << 20);
    let body = format!(r#"{{"name":"{big}","conversationProfile":"{big}"}}"#);
    let outcome = check_json(&input(
        "google.cloud.dialogflow.v2.Conversation",
        body.as_bytes(),
    ));
    assert!(outcome.is_decoded(), "{outcome:?}");

    let escaped = "\\u00e9".repeat(1 << 20);
    let body = format!(r#"{{"code":13,"message":"{escaped}"}}"#);
    let outcome = check_json(&input("google.rpc.Status", body.as_bytes()));
    assert!(outcome.is_decoded(), "{outcome:?}");
}

#[test]
fn invalid_utf8_anywhere_is_rejected() {
    let valid = br#"{"name":"projects/p/conversations/c","conversationProfile":"x"}"#;
    for at in 0..valid.len() {
        let mut body = valid.to_vec();
        body[at] = 0xFF;
        let outcome = check_json(&input("google.cloud.dialogflow.v2.Conversation", &body));
        assert!(!outcome.is_decoded(), "0xFF at {at}: {outcome:?}");
    }
}

#[test]
fn out_of_range_numbers_are_rejected() {
    for (type_name, body) in [
        ("google.rpc.Status", r#"{"code":2147483648}"#),
        ("google.rpc.Status", r#"{"code":-2147483649}"#),
        ("google.rpc.Status", r#"{"code":1.5}"#),
        ("google.rpc.Status", r#"{"code":1e400}"#),
        (
            "google.cloud.dialogflow.v2.Conversation",
            r#"{"startTime":"0000-12-31T23:59:59Z"}"#,
        ),
        (
            "google.cloud.dialogflow.v2.Conversation",
            r#"{"startTime":"2024-01-01T00:00:00.0000000001Z"}"#,
        ),
        (
            "google.cloud.dialogflow.v2.Conversation",
            r#"{"lifecycleState":-2147483649}"#,
        ),
        (
            "google.protobuf.Any",
            r#"{"@type":"type.googleapis.com/google.protobuf.Duration","value":"-315576000001s"}"#,
        ),
    ] {
        let outcome = check_json(&input(type_name, body.as_bytes()));
        assert!(!outcome.is_decoded(), "{body}: {outcome:?}");
    }
}

/// A few thousand deterministic mutations of the seeds (bytes flipped, cut, spliced), on stable.
#[test]
fn mutated_seeds_never_panic() {
    let seeds: Vec<Vec<u8>> = corpus()
        .into_iter()
        .map(|(_, data)| data)
        .filter(|d| d.len() < 4096)
        .collect();
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let mut decoded = 0;
    for _ in 0..5000 {
        let mut data = seeds[(next() as usize) % seeds.len()].clone();
        for _ in 0..1 + next() % 4 {
            if data.len() < 2 {
                break;
            }
            let at = 1 + (next() as usize) % (data.len() - 1);
            match next() % 5 {
                0 => data[at] = next() as u8,
                1 => data.truncate(at),
                2 => data.insert(at, b"{}[]\",:\\0-e9"[(next() % 12) as usize]),
                3 => data[0] = next() as u8,
                _ => {
                    let other = &seeds[(next() as usize) % seeds.len()];
                    let from = (next() as usize) % other.len().max(1);
                    data.splice(at..at, other[from..].iter().copied().take(24));
                }
            }
        }
        let outcome = std::panic::catch_unwind(|| check_json(&data))
            .unwrap_or_else(|_| panic!("panicked on {:?}", String::from_utf8_lossy(&data)));
        decoded += usize::from(outcome.is_decoded());
    }
    // The mutations must not all be trivially rejected, or the test proves little.
    assert!(decoded > 100, "only {decoded} mutated inputs decoded");
}
