//! Replays the seed corpus of the `client_stream_first_request` fuzz target
//! (`fuzz/corpus/client_stream_first_request/`) through the same checks the target runs, so that
//! an ordinary `cargo test` on stable covers them too.
#![cfg(feature = "participants")]

use std::path::Path;

use dialogflow_conversations::fuzzing::check_stream_first_request;

#[test]
fn replay_client_stream_first_request_corpus() {
    let dir =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/corpus/client_stream_first_request");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.is_file())
        .collect();
    files.sort();
    assert!(
        files.len() >= 8,
        "only {} seeds in {}",
        files.len(),
        dir.display()
    );
    for file in files {
        let data = std::fs::read(&file).unwrap();
        let outcome = std::panic::catch_unwind(|| check_stream_first_request(&data));
        assert!(outcome.is_ok(), "check failed for {}", file.display());
    }
}
