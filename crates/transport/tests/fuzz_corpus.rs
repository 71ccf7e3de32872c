//! Replays the cargo-fuzz seed corpus (`fuzz/corpus/transport_*`) through the entry point the
//! fuzz target runs, so an ordinary `cargo test` on stable covers it too.

use std::fs;
use std::path::Path;

use dialogflow_transport::fuzzing::{check_rest_request, fuzz_one};
use dialogflow_transport::{Code, Error};

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
        let run: fn(&[u8]) -> Option<Result<(), Error>> = match target.as_str() {
            "transport_rest_decode" => fuzz_one,
            "transport_rest_request" => build_rest_request,
            other if other.starts_with("transport_") => panic!("no replay for fuzz target {other}"),
            _ => continue, // another crate's fuzz target
        };
        for file in fs::read_dir(&dir).unwrap() {
            let file = file.unwrap().path();
            let data = fs::read(&file).unwrap();
            let name = file.file_name().unwrap().to_string_lossy().to_string();
            let outcome = std::panic::catch_unwind(|| run(&data));
            let outcome = outcome.unwrap_or_else(|_| panic!("{} panicked", file.display()));
            if target == "transport_rest_request" {
                // The seeds are real requests: each decodes, and its name says whether it builds.
                let outcome = outcome.unwrap_or_else(|| panic!("{name}: does not decode"));
                if name.ends_with("_err") {
                    let err = outcome.expect_err(&name);
                    assert_eq!(err.code(), Code::InvalidArgument, "{name}: {err}");
                } else {
                    outcome.unwrap_or_else(|e| panic!("{name}: {e}"));
                }
                replayed += 1;
                continue;
            }
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

/// The `transport_rest_request` target's body: the REST request built from a request message,
/// checked, and decoded back by the emulator's REST side.
fn build_rest_request(data: &[u8]) -> Option<Result<(), Error>> {
    check_rest_request(data, Some(&dialogflow_emulator::fuzzing::rest_decode))
}

fn seeds(target: &str) -> Vec<Vec<u8>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../fuzz/corpus")
        .join(target);
    fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
        .map(|f| fs::read(f.unwrap().path()).unwrap())
        .collect()
}

/// A few thousand deterministic mutations of the seeds (bytes flipped, cut, spliced), on stable.
#[test]
fn mutated_seeds_never_panic() {
    mutate_seeds(
        &seeds("transport_rest_decode"),
        b"{}[]\",:\\0",
        5000,
        fuzz_one,
    );
}

/// The same for the request builder: mutated protobuf bytes, any selector.
#[test]
fn mutated_request_seeds_pass_the_checks() {
    mutate_seeds(
        &seeds("transport_rest_request"),
        b"\x00\x08\x0a\x12/%.:? ",
        3000,
        build_rest_request,
    );
}

fn mutate_seeds(
    seeds: &[Vec<u8>],
    inserts: &[u8],
    rounds: usize,
    run: fn(&[u8]) -> Option<Result<(), Error>>,
) {
    assert!(!seeds.is_empty());
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for _ in 0..rounds {
        let mut data = seeds[(next() as usize) % seeds.len()].clone();
        for _ in 0..1 + next() % 4 {
            if data.is_empty() {
                break;
            }
            let at = (next() as usize) % data.len();
            match next() % 4 {
                0 => data[at] = next() as u8,
                1 => data.truncate(at),
                2 => data.insert(at, inserts[(next() as usize) % inserts.len()]),
                _ => {
                    let other = &seeds[(next() as usize) % seeds.len()];
                    let from = (next() as usize) % other.len().max(1);
                    data.splice(at..at, other[from..].iter().copied().take(16));
                }
            }
        }
        let outcome = std::panic::catch_unwind(|| run(&data));
        assert!(outcome.is_ok(), "panicked on {data:?}");
    }
}
