//! Replays the cargo-fuzz seed corpus (`fuzz/corpus/paths_*`) through the same checks
//! the fuzz targets run, so an ordinary `cargo test` on stable covers them too.

use std::fs;
use std::path::Path;

use dialogflow_paths::fuzzing::{Family, check_family};

#[test]
fn replay_fuzz_corpus() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/corpus");
    let mut replayed = 0;
    let mut targets = Vec::new();
    for dir in fs::read_dir(&corpus).unwrap_or_else(|e| panic!("reading {}: {e}", corpus.display()))
    {
        let dir = dir.unwrap().path();
        let Some(target) = dir.file_name().and_then(|n| n.to_str()).map(str::to_owned) else {
            continue;
        };
        if !target.starts_with("paths_") {
            continue; // another crate's fuzz target
        }
        let family = Family::from_target_name(&target)
            .unwrap_or_else(|| panic!("corpus directory {target} has no matching fuzzing::Family"));
        for file in fs::read_dir(&dir).unwrap() {
            let file = file.unwrap().path();
            let data = fs::read(&file).unwrap();
            let outcome = std::panic::catch_unwind(|| check_family(family, &data));
            assert!(outcome.is_ok(), "check failed for {}", file.display());
            replayed += 1;
        }
        targets.push(target);
    }
    targets.sort();
    let mut expected: Vec<_> = Family::ALL
        .iter()
        .map(|f| f.target_name().to_owned())
        .collect();
    expected.sort();
    assert_eq!(targets, expected, "every family needs a corpus directory");
    assert!(replayed >= 50, "only {replayed} corpus files found");
}
