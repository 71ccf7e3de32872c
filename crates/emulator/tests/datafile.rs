//! The data file: conversion of format-1 (JSON) and format-2 (redb) files, recovery of a file
//! that was not closed or whose last write was cut short, the batched mode, and clear errors
//! for damaged or foreign files.

mod common;

use std::path::{Path, PathBuf};
use std::time::{Duration, UNIX_EPOCH};

use common::*;
use dialogflow_emulator::{Emulator, EmulatorHandle, Error};
use dialogflow_types::longrunning::GetOperationRequest;
use dialogflow_types::longrunning::operations_client::OperationsClient;
use dialogflow_types::v2::conversation::LifecycleState;
use dialogflow_types::v2::participant::Role;
use dialogflow_types::v2::{GetConversationRequest, ListMessagesRequest};

/// A file written by the previous version (format 1): two conversations (one completed, one
/// with two messages), an operation and a strict-mode profile.
const FORMAT_1: &str = include_str!("fixtures/data-file-format-1.json");
/// The clock reading saved in that file, in microseconds.
const FORMAT_1_SAVED_AT: u64 = 1_795_861_653_318_660;

fn temp(name: &str) -> PathBuf {
    let p = std::env::temp_dir().join(format!(
        "dialogflow-emulator-datafile-{name}-{}.db",
        std::process::id()
    ));
    remove(&p);
    p
}

fn remove(path: &Path) {
    let _ = std::fs::remove_file(path);
    let _ = std::fs::remove_file(backup(path));
    let _ = std::fs::remove_file(backup_2(path));
}

fn backup_2(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".v2.redb");
    PathBuf::from(name)
}

fn backup(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".v1.json");
    PathBuf::from(name)
}

async fn open(path: &Path) -> Result<EmulatorHandle, Error> {
    Emulator::builder()
        .clock_start(UNIX_EPOCH + Duration::from_micros(FORMAT_1_SAVED_AT))
        .strict_profiles(true)
        .data_file(path)
        .start()
        .await
}

#[tokio::test]
async fn a_format_1_file_is_converted_once_and_keeps_everything() {
    let path = temp("convert");
    std::fs::write(&path, FORMAT_1).unwrap();
    let emu = open(&path).await.unwrap();
    let report = emu.data_file_report().unwrap().clone();
    assert_eq!(report.migrated_from, Some(1));
    assert_eq!((report.conversations, report.messages), (2, 2));
    assert_eq!(report.operations, 1);
    assert!(!report.recovered && !report.created);
    assert!(
        report.to_string().contains("converted from format 1"),
        "{report}"
    );
    assert_eq!(std::fs::read_to_string(backup(&path)).unwrap(), FORMAT_1);

    let check = |emu: EmulatorHandle| async move {
        let mut c = conversations(&emu).await;
        let messages = c
            .list_messages(ListMessagesRequest {
                parent: "projects/p1/conversations/kept-a".into(),
                ..Default::default()
            })
            .await
            .unwrap()
            .into_inner()
            .messages;
        let texts: Vec<_> = messages.iter().map(|m| m.content.as_str()).collect();
        assert_eq!(texts, ["how can I help?", "hello there"]);
        let b = c
            .get_conversation(GetConversationRequest {
                name: "projects/p1/locations/europe-west1/conversations/kept-b".into(),
            })
            .await
            .unwrap()
            .into_inner();
        assert_eq!(b.lifecycle_state, LifecycleState::Completed as i32);
        let mut ops = OperationsClient::new(channel(&emu).await);
        ops.get_operation(GetOperationRequest {
            name: "projects/p1/operations/oreq9t85s5n3sfzcl".into(),
        })
        .await
        .unwrap();
        // The registered profile came along: strict mode accepts it.
        create(&mut c, "projects/p1", "").await;
        emu.shutdown().await.unwrap();
    };
    check(emu).await;

    let emu = open(&path).await.unwrap();
    let report = emu.data_file_report().unwrap().clone();
    assert_eq!(report.migrated_from, None);
    assert_eq!(report.conversations, 3);
    check(emu).await;
    remove(&path);
}

/// A file written by the previous version (format 2, a redb store), made with its program over
/// REST: a stored conversation profile and a registered one (strict mode), conversation
/// `kept-a` with two participants and two messages (one from an `AnalyzeContent` with request
/// id `req-1`), completed conversation `kept-b` and a running operation.
const FORMAT_2: &[u8] = include_bytes!("fixtures/data-file-format-2.redb");

#[tokio::test]
async fn a_format_2_file_is_converted_once_and_keeps_everything() {
    let path = temp("convert-2");
    std::fs::write(&path, FORMAT_2).unwrap();
    let start = || {
        Emulator::builder()
            .strict_profiles(true)
            .data_file(&path)
            .start()
    };
    let emu = start().await.unwrap();
    let report = emu.data_file_report().unwrap().clone();
    assert_eq!(report.migrated_from, Some(2), "{report}");
    assert_eq!(
        (report.conversations, report.messages, report.operations),
        (2, 2, 1)
    );
    assert!(!report.recovered && !report.created, "{report}");
    assert!(
        report
            .to_string()
            .contains("converted from format 2 (redb)"),
        "{report}"
    );
    assert_eq!(std::fs::read(backup_2(&path)).unwrap(), FORMAT_2);

    let check = |emu: EmulatorHandle| async move {
        let addr = emu.local_addr();
        let a = "/v2/projects/p2/conversations/kept-a";
        let (status, messages) = http(addr, "GET", &format!("{a}/messages"), None).await;
        assert_eq!(status, 200, "{messages}");
        let texts: Vec<_> = messages["messages"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m["content"].as_str().unwrap().to_string())
            .collect();
        assert_eq!(texts, ["how can I help?", "hello there"]);
        let (_, participants) = http(addr, "GET", &format!("{a}/participants"), None).await;
        assert_eq!(participants["participants"].as_array().unwrap().len(), 2);
        // The remembered answer: the same request id gives the same message, nothing added.
        let analyze = format!("{a}/participants/p889l9f8n40o1vxa1:analyzeContent");
        let body =
            r#"{"textInput":{"text":"hello there","languageCode":"en-US"},"requestId":"req-1"}"#;
        let (status, answer) = http(addr, "POST", &analyze, Some(body)).await;
        assert_eq!(status, 200, "{answer}");
        assert_eq!(
            answer["message"]["name"],
            format!("projects/p2/conversations/kept-a/messages/m8v89hmo3gav34q4p")
        );
        let b = "/v2/projects/p2/locations/europe-west1/conversations/kept-b";
        let (_, b) = http(addr, "GET", b, None).await;
        assert_eq!(b["lifecycleState"], "COMPLETED");
        let profile = "/v2/projects/p2/conversationProfiles/pd3i710usm4wsy78n";
        let (status, profile) = http(addr, "GET", profile, None).await;
        assert_eq!(
            (status, &profile["displayName"]),
            (200, &"stored profile".into())
        );
        let op = "/v2/projects/p2/operations/o46160n5pv1xuedm6";
        let (status, op) = http(addr, "GET", op, None).await;
        assert_eq!(status, 200, "{op}");
        // The registered profile came along: strict mode accepts it.
        let (status, created) = http(
            addr,
            "POST",
            "/v2/projects/p2/conversations",
            Some(r#"{"conversationProfile":"projects/p2/conversationProfiles/registered"}"#),
        )
        .await;
        assert_eq!(status, 200, "{created}");
        emu.shutdown().await.unwrap();
    };
    check(emu).await;

    let emu = start().await.unwrap();
    let report = emu.data_file_report().unwrap().clone();
    assert_eq!(report.migrated_from, None, "{report}");
    assert_eq!((report.conversations, report.messages), (3, 2), "{report}");
    emu.shutdown().await.unwrap();
    remove(&path);
}

#[tokio::test]
async fn a_file_left_open_is_recovered_and_reported() {
    let path = temp("left-open");
    let copy = temp("left-open-copy");
    let emu = Emulator::builder().data_file(&path).start().await.unwrap();
    assert!(emu.data_file_report().unwrap().created);
    let mut c = conversations(&emu).await;
    for id in ["one-1", "two-2", "three-3"] {
        create(&mut c, "projects/p1", id).await;
    }
    emu.add_message("projects/p1/conversations/two-2", Role::EndUser, "hi")
        .unwrap();
    // What a crash leaves: the file as it is while the emulator has it open.
    std::fs::copy(&path, &copy).unwrap();
    emu.shutdown().await.unwrap();

    let emu = Emulator::builder().data_file(&copy).start().await.unwrap();
    let report = emu.data_file_report().unwrap().clone();
    assert!(report.recovered, "{report}");
    assert!(report.to_string().contains("recovered"), "{report}");
    assert_eq!((report.conversations, report.messages), (3, 1));
    emu.shutdown().await.unwrap();
    let emu = Emulator::builder().data_file(&copy).start().await.unwrap();
    assert!(!emu.data_file_report().unwrap().recovered);
    emu.shutdown().await.unwrap();
    remove(&path);
    remove(&copy);
}

#[tokio::test]
async fn the_batched_mode_writes_on_request_not_per_change() {
    let path = temp("batched");
    let copy = temp("batched-copy");
    let emu = Emulator::builder()
        .data_file(&path)
        .persist_every(Duration::from_secs(3600))
        .start()
        .await
        .unwrap();
    let mut c = conversations(&emu).await;
    create(&mut c, "projects/p1", "batched-1").await;
    assert_eq!(count_in_copy(&path, &copy).await, 0);
    emu.persist().unwrap();
    assert_eq!(count_in_copy(&path, &copy).await, 1);
    emu.shutdown().await.unwrap();
    remove(&copy);
    remove(&path);
}

/// How many conversations a copy of the file (what a crash would leave) holds.
async fn count_in_copy(path: &Path, copy: &Path) -> usize {
    std::fs::copy(path, copy).unwrap();
    let emu = Emulator::builder().data_file(copy).start().await.unwrap();
    let n = emu.conversation_count();
    emu.shutdown().await.unwrap();
    n
}

async fn refused(path: &Path) -> String {
    let err = Emulator::builder()
        .data_file(path)
        .start()
        .await
        .expect_err("the file is refused");
    let text = err.to_string();
    println!("{text}");
    assert!(matches!(err, Error::DataFile { .. }), "{text}");
    assert!(text.contains(&path.display().to_string()), "{text}");
    text
}

#[tokio::test]
async fn damaged_or_foreign_files_get_a_clear_error() {
    let path = temp("damaged");

    std::fs::write(&path, b"PK\x03\x04 a zip archive, say").unwrap();
    let e = refused(&path).await;
    assert!(e.contains("not an emulator data file"), "{e}");

    std::fs::write(&path, b"{oops").unwrap();
    let e = refused(&path).await;
    assert!(e.contains("not an emulator state"), "{e}");

    let future = FORMAT_1.replacen("\"version\":1", "\"version\":9", 1);
    std::fs::write(&path, future).unwrap();
    let e = refused(&path).await;
    assert!(e.contains("version 9"), "{e}");

    // A redb database some other program wrote.
    remove(&path);
    {
        let db = redb::Database::create(&path).unwrap();
        let txn = db.begin_write().unwrap();
        let def: redb::TableDefinition<'_, u64, u64> = redb::TableDefinition::new("theirs");
        txn.open_table(def).unwrap().insert(1, 2).unwrap();
        txn.commit().unwrap();
    }
    let e = refused(&path).await;
    assert!(e.contains("not one the emulator wrote"), "{e}");

    // A data file of a format this version does not know.
    std::fs::write(&path, b"dialogflow-emulator data file, format 9\n...").unwrap();
    let e = refused(&path).await;
    assert!(e.contains("format 9"), "{e}");

    // One of ours with a byte changed in an early write: damage, not a crash.
    remove(&path);
    let bytes = written(&path, 50).await;
    let mut flipped = bytes.clone();
    flipped[HEADER + 20] ^= 0x40;
    std::fs::write(&path, &flipped).unwrap();
    let e = refused(&path).await;
    assert!(e.contains("fails its checksum"), "{e}");
    assert!(e.contains("damaged"), "{e}");

    // Its header changed.
    let mut header = bytes.clone();
    header[5] = b'X';
    std::fs::write(&path, &header).unwrap();
    let e = refused(&path).await;
    assert!(e.contains("not an emulator data file"), "{e}");
    remove(&path);
}

/// The length of a format-3 file's header.
const HEADER: usize = "dialogflow-emulator data file, format 3\n".len();

/// Where each write (frame) of a format-3 file starts (a 4-byte length, a 4-byte checksum and
/// the payload), and where the frames end: at eight zero bytes (the zero-filled space ahead)
/// or the end of the file.
fn frames(bytes: &[u8]) -> (Vec<usize>, usize) {
    let mut starts = Vec::new();
    let mut at = HEADER;
    while at + 8 <= bytes.len() && bytes[at..at + 8] != [0; 8] {
        starts.push(at);
        let len = u32::from_le_bytes(bytes[at..at + 4].try_into().unwrap()) as usize;
        at += 8 + len;
    }
    assert!(at <= bytes.len());
    (starts, at)
}

/// The bytes of a data file after `n` conversations were created in it (one write each) and
/// the emulator shut down.
async fn written(path: &Path, n: usize) -> Vec<u8> {
    let emu = Emulator::builder().data_file(path).start().await.unwrap();
    let mut c = conversations(&emu).await;
    for i in 0..n {
        create(&mut c, "projects/p1", &format!("conv-{i}")).await;
    }
    emu.shutdown().await.unwrap();
    std::fs::read(path).unwrap()
}

#[tokio::test]
async fn a_write_cut_short_is_cut_off_and_reported() {
    let path = temp("torn");
    let bytes = written(&path, 20).await;
    let (starts, end) = frames(&bytes);
    assert_eq!(
        starts.len(),
        23,
        "the start's write, 20 creates, the shutdown's write and the close"
    );
    assert!(
        bytes[end..].iter().all(|b| *b == 0),
        "zeros after the frames"
    );
    let last = starts[22];
    let middle = starts[10] + 8 + (starts[11] - starts[10] - 8) / 2;
    // What a crash in the middle of a write can leave, and how many frames are then complete.
    let cut = |at: usize| bytes[..at].to_vec();
    let with = |range: std::ops::Range<usize>, value: u8| {
        let mut b = bytes.clone();
        b[range].fill(value);
        b
    };
    let cases = [
        ("the file ends inside the last write", cut(end - 3), 22),
        ("the file ends inside a middle write", cut(middle), 10),
        ("the file ends inside the first header", cut(HEADER + 5), 0),
        (
            "the last write's end never reached the disk",
            with(end - 3..end, 0),
            22,
        ),
        (
            "the last write's start never reached the disk",
            with(last..last + 8, 0),
            22,
        ),
        (
            "the last write's blocks hold garbage",
            with(end - 6..end, 0xA5),
            22,
        ),
    ];
    for (what, damaged, complete) in cases {
        std::fs::write(&path, &damaged).unwrap();
        let emu = Emulator::builder().data_file(&path).start().await.unwrap();
        let report = emu.data_file_report().unwrap().clone();
        assert!(report.recovered, "{what}: {report}");
        assert!(report.torn_bytes > 0, "{what}: {report}");
        assert!(
            report
                .to_string()
                .contains("bytes of an unfinished write cut off"),
            "{what}: {report}"
        );
        // Every complete write is kept: the start's, then one per create (the shutdown's write
        // and the close add none).
        let kept = emu.conversation_count();
        assert_eq!(
            kept,
            (complete as usize).saturating_sub(1).min(20),
            "{what}: {report}"
        );
        emu.shutdown().await.unwrap();
        // The cut was made durable: the next start finds a clean file with the same content.
        let emu = Emulator::builder().data_file(&path).start().await.unwrap();
        let report = emu.data_file_report().unwrap().clone();
        assert!(
            !report.recovered && report.torn_bytes == 0,
            "{what}: {report}"
        );
        assert_eq!(emu.conversation_count(), kept, "{what}");
        emu.shutdown().await.unwrap();
        remove(&path);
    }
}

/// An emulator on `path` (compacting after `compact_after` bytes) with ten conversations.
async fn ten_conversations(path: &Path, compact_after: u64) -> EmulatorHandle {
    let emu = Emulator::builder()
        .data_file(path)
        .compact_after(compact_after)
        .start()
        .await
        .unwrap();
    let mut c = conversations(&emu).await;
    for i in 0..10 {
        create(&mut c, "projects/p1", &format!("kept-{i}")).await;
    }
    emu
}

#[tokio::test]
async fn a_growing_file_is_compacted_while_running_and_at_start() {
    let path = temp("compact");
    // The bytes of its frames (the file has zero-filled space after them).
    let file_len = || frames(&std::fs::read(&path).unwrap()).1 as u64;
    // Every clock change rewrites the state's row: all but the last copy are replaced rows.
    let emu = ten_conversations(&path, 4096).await;
    let live = file_len();
    let mut largest = 0;
    for _ in 0..1000 {
        emu.advance_clock(Duration::from_secs(1));
        largest = largest.max(file_len());
    }
    let now = emu.now();
    // Without compaction the file would hold 1000 more rows of the state (~35 KB).
    assert!(
        largest < 2 * (live + 200) + 4096 + 100,
        "the file grew to {largest} bytes (live state {live} bytes)"
    );
    emu.shutdown().await.unwrap();
    let emu = Emulator::builder().data_file(&path).start().await.unwrap();
    assert_eq!(emu.conversation_count(), 10);
    assert!(emu.now().seconds >= now.seconds);
    emu.shutdown().await.unwrap();

    // Without compaction while running, the start rewrites a file of mostly replaced rows.
    remove(&path);
    let emu = ten_conversations(&path, u64::MAX / 4).await;
    for _ in 0..1000 {
        emu.advance_clock(Duration::from_secs(1));
    }
    emu.shutdown().await.unwrap();
    let before = file_len();
    let emu = Emulator::builder()
        .data_file(&path)
        .compact_after(4096)
        .start()
        .await
        .unwrap();
    let report = emu.data_file_report().unwrap().clone();
    assert!(report.compacted && !report.recovered, "{report}");
    assert!(report.to_string().contains("compacted"), "{report}");
    assert_eq!(report.conversations, 10);
    assert!(
        file_len() < before / 4,
        "{before} bytes before, {} after",
        file_len()
    );
    emu.shutdown().await.unwrap();
    remove(&path);
}

#[tokio::test]
async fn a_second_emulator_on_the_same_file_is_refused() {
    let path = temp("in-use");
    let first = Emulator::builder().data_file(&path).start().await.unwrap();
    let e = refused(&path).await;
    assert!(e.contains("has it open"), "{e}");
    first.shutdown().await.unwrap();
    // Once the first lets go, the file opens.
    let second = Emulator::builder().data_file(&path).start().await.unwrap();
    assert!(!second.data_file_report().unwrap().recovered);
    second.shutdown().await.unwrap();
    remove(&path);
}
