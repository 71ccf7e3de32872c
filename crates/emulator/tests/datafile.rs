//! The data file: conversion of format-1 (JSON) files, recovery of a file that was not closed,
//! the batched mode, and clear errors for damaged or foreign files.

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

    // One of ours, cut short: whatever is missing, the error names the file.
    remove(&path);
    let emu = Emulator::builder().data_file(&path).start().await.unwrap();
    let mut c = conversations(&emu).await;
    for i in 0..50 {
        create(&mut c, "projects/p1", &format!("conv-{i}")).await;
    }
    emu.shutdown().await.unwrap();
    let bytes = std::fs::read(&path).unwrap();
    std::fs::write(&path, &bytes[..bytes.len() / 3]).unwrap();
    let e = refused(&path).await;
    assert!(e.contains("damaged"), "{e}");
    remove(&path);
}
