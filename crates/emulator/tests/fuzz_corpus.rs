//! Replays the `emulator_rest`, `emulator_profiles_rest` and `emulator_participants_rest` fuzz
//! corpora (and a few built-in cases) on stable: every input must give a well-formed answer,
//! never a panic, and the profile scripts must pass every check of
//! `fuzzing::check_profiles_script`.

use std::path::PathBuf;

use dialogflow_emulator::fuzzing::{
    ScriptReport, check_profiles_script, participants_rest_call, rest_call,
};

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
    let files = corpus_files("emulator_rest");
    assert!(!files.is_empty(), "the emulator_rest corpus is empty");
    for path in files {
        run(&std::fs::read(path).unwrap());
    }
}

/// The files of `fuzz/corpus/<target>/`, sorted; a missing directory fails the test.
fn corpus_files(target: &str) -> Vec<PathBuf> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../fuzz/corpus")
        .join(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.is_file())
        .collect();
    files.sort();
    files
}

/// Runs one profile script, failing the test with the file name and the broken check.
fn script(name: &str, data: &[u8]) -> ScriptReport {
    check_profiles_script(data).unwrap_or_else(|broken| panic!("{name}: {broken}"))
}

#[test]
fn profiles_corpus_passes_every_check_and_reaches_every_action() {
    let files = corpus_files("emulator_profiles_rest");
    assert!(files.len() >= 5, "only {} seed files", files.len());
    let mut total = ScriptReport::default();
    for path in files {
        let report = script(&path.display().to_string(), &std::fs::read(&path).unwrap());
        for (action, (ok, failed)) in report.answers {
            let entry = total.answers.entry(action).or_default();
            entry.0 += ok;
            entry.1 += failed;
        }
    }
    // The seeds are worth mutating only if each request action both succeeds (reaching the
    // service's behaviour) and fails (reaching its validation) somewhere in the corpus.
    for action in ['c', 'g', 'l', 'u', 'd', 's', 'x', 'o', 'L', 'k'] {
        let (ok, failed) = total.answers.get(&action).copied().unwrap_or_default();
        assert!(ok > 0, "no seed line `{action}` is answered 200: {total:?}");
        assert!(failed > 0, "no seed line `{action}` is refused: {total:?}");
    }
    assert!(
        total
            .answers
            .get(&'r')
            .is_some_and(|&(_, failed)| failed > 0)
    );
}

#[test]
fn profiles_builtin_scripts() {
    // A whole life: create, set, the clock passing the operation's end (the second listing
    // of done operations holds it), clear, read.
    let report = script(
        "set then clear",
        b"c projects/p\ns $P\nt 30\nL projects/p filter=done%3Dtrue\nt 31\nL projects/p filter=done%3Dtrue\nx $P\nt 61\no $O",
    );
    assert_eq!(report.answers[&'s'], (1, 0));
    assert_eq!(report.answers[&'L'], (2, 0));
    // Nothing remembered yet: the placeholders stand for names that do not exist.
    let report = script(
        "placeholders",
        b"g $P\no $O\nk $O\ns $P\nl projects/p pageToken=$T",
    );
    assert_eq!(report.answers[&'g'], (0, 1));
    assert_eq!(report.answers[&'o'], (0, 1));
    assert_eq!(report.answers[&'k'], (0, 1));
    assert_eq!(report.answers[&'s'], (0, 1));
    assert_eq!(report.answers[&'l'], (1, 0));
    // Hostile lines: empty, lone letters, invalid UTF-8, huge clock moves, odd verbs.
    for case in [
        &b""[..],
        b"\n\n\n",
        b"c",
        b"t 99999999999999999999999\nt -5\nt x",
        b"\xff\xfe\xfd\n\x00\x01\x02",
        b"r\nr X\nr GET\nr GET /\nr  /v2/projects/p/operations",
        b"c projects/p {\"displayName\":\"a\"}\ns $P {\"participantRole\":1e400}",
        b"c projects/p/locations/l\ns $P\nk $O\nk $O\nt 3600\no $O\nL projects/p/locations/l pageSize=0",
        b"u $P updateMask=%%% {}\nl projects/p pageSize=99999999999",
    ] {
        script(&format!("{case:?}"), case);
    }
    // A script longer than the step limit stops at the limit.
    let long = "g projects/p/conversationProfiles/x\n".repeat(100);
    assert_eq!(script("long", long.as_bytes()).answers[&'g'], (0, 64));
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
