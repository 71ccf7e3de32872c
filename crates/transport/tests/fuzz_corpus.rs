//! Replays the cargo-fuzz seed corpus (`fuzz/corpus/transport_*`) through the entry point the
//! fuzz target runs, so an ordinary `cargo test` on stable covers it too.

use std::fs;
use std::path::Path;

use dialogflow_transport::Code;
use dialogflow_transport::fuzzing::fuzz_one;

#[test]
fn replay_fuzz_corpus() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/corpus");
    let mut replayed = 0;
    for dir in fs::read_dir(&corpus).unwrap_or_else(|e| panic!("reading {}: {e}", corpus.display()))
    {
        let dir = dir.unwrap().path();
        let Some(target) = dir.file_name().and_then(|n| n.to_str()).map(str::to_owned) else {
            continue;
        };
        if !target.starts_with("transport_") {
            continue; // another crate's fuzz target
        }
        for file in fs::read_dir(&dir).unwrap() {
            let file = file.unwrap().path();
            let data = fs::read(&file).unwrap();
            let name = file.file_name().unwrap().to_string_lossy().to_string();
            let outcome = std::panic::catch_unwind(|| fuzz_one(&data));
            let outcome = outcome.unwrap_or_else(|_| panic!("{} panicked", file.display()));
            // The named seeds also say what they should give.
            if let Some(outcome) = outcome {
                if name.ends_with("_ok")
                    || name == "conversation_unknown_enum"
                    || name == "empty_object"
                {
                    assert!(outcome.is_ok(), "{name}: {outcome:?}");
                }
                if let Err(err) = &outcome {
                    assert!(!err.to_string().contains('\n'), "{name}: {err}");
                    let expected = match name.as_str() {
                        "error_not_found" => Some(Code::NotFound),
                        "error_bad_request" => Some(Code::InvalidArgument),
                        "error_unknown_detail" => Some(Code::AlreadyExists),
                        "error_html" | "error_empty" => Some(Code::Unavailable),
                        "error_truncated" => Some(Code::Internal),
                        "error_array" => Some(Code::PermissionDenied),
                        _ => None,
                    };
                    if let Some(code) = expected {
                        assert_eq!(err.code(), code, "{name}: {err}");
                    }
                }
            }
            replayed += 1;
        }
    }
    assert!(replayed >= 10, "only {replayed} corpus files replayed");
}

/// A few thousand deterministic mutations of the seeds (bytes flipped, cut, spliced), on stable.
#[test]
fn mutated_seeds_never_panic() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/corpus/transport_rest_decode");
    let seeds: Vec<Vec<u8>> = fs::read_dir(&dir)
        .unwrap()
        .map(|f| fs::read(f.unwrap().path()).unwrap())
        .collect();
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for _ in 0..5000 {
        let mut data = seeds[(next() as usize) % seeds.len()].clone();
        for _ in 0..1 + next() % 4 {
            if data.is_empty() {
                break;
            }
            let at = (next() as usize) % data.len();
            match next() % 4 {
                0 => data[at] = next() as u8,
                1 => data.truncate(at),
                2 => data.insert(at, b"{}[]\",:\\0"[(next() % 9) as usize]),
                _ => {
                    let other = &seeds[(next() as usize) % seeds.len()];
                    let from = (next() as usize) % other.len().max(1);
                    data.splice(at..at, other[from..].iter().copied().take(16));
                }
            }
        }
        let outcome = std::panic::catch_unwind(|| fuzz_one(&data));
        assert!(outcome.is_ok(), "panicked on {data:?}");
    }
}
