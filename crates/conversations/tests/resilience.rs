//! Fault campaigns through the client against the emulator's fault injection, over loopback:
//! 30% UNAVAILABLE before and after the change is applied, latency past the deadline, dropped
//! connections, and a restart from the data file. Every loop is bounded; every test stays well
//! under 30 s on a 2-core machine.
#![cfg(all(feature = "grpc", feature = "rest"))]

use std::collections::HashSet;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use dialogflow_conversations::endpoint::EnvMap;
use dialogflow_conversations::{
    Code, ConversationsClient, Error, RequestOptions, RetryPolicy, Transport,
};
use dialogflow_emulator::{Emulator, EmulatorHandle, FaultMode, FaultPlan};
use dialogflow_types::v2::{Conversation, CreateConversationRequest};
use futures::StreamExt;

const PROFILE: &str = "projects/p1/conversationProfiles/prof-1";
const PARENT: &str = "projects/p1";
/// Calls in flight at once in the campaigns (the backoff sleeps dominate a sequential run).
const IN_FLIGHT: usize = 32;

async fn client(emu: &EmulatorHandle, transport: Transport) -> ConversationsClient {
    ConversationsClient::builder()
        .with_environment(EnvMap::new().with("DIALOGFLOW_EMULATOR_HOST", emu.host()))
        .with_transport(transport)
        .build()
        .await
        .expect("client builds")
}

fn create_request(id: &str) -> CreateConversationRequest {
    CreateConversationRequest {
        parent: PARENT.into(),
        conversation: Some(Conversation {
            conversation_profile: PROFILE.into(),
            ..Default::default()
        }),
        conversation_id: id.into(),
    }
}

fn fault_plan(mode: FaultMode, seed: u64) -> FaultPlan {
    FaultPlan::new()
        .fail_fraction(0.3)
        .mode(mode)
        .seed(seed)
        .methods(["CreateConversation"])
}

/// How a batch of creations ended.
#[derive(Debug, Default)]
struct Tally {
    created: usize,
    already_exists: usize,
    /// Ids acknowledged by the service: created, or reported as existing.
    acknowledged: Vec<String>,
}

/// Creates `ids` through `client`, `IN_FLIGHT` at a time. With explicit ids the documented
/// outcomes are success, or `ALREADY_EXISTS` when a retry follows an attempt whose response was
/// lost (the retry module's docs: only client-generated ids turn that into a success). Anything
/// else fails the test.
async fn create_all(client: &ConversationsClient, ids: Vec<String>) -> Tally {
    let results: Vec<(String, Result<Conversation, Error>)> =
        futures::stream::iter(ids.into_iter().map(|id| {
            let client = client.clone();
            async move {
                let r = client
                    .request(create_request(&id))
                    .with_options(RequestOptions::new())
                    .await;
                (id, r)
            }
        }))
        .buffer_unordered(IN_FLIGHT)
        .collect()
        .await;
    let mut tally = Tally::default();
    for (id, result) in results {
        match result {
            Ok(c) => {
                assert_eq!(c.name, format!("{PARENT}/conversations/{id}"));
                tally.created += 1;
            }
            Err(e) if e.code() == Code::AlreadyExists => tally.already_exists += 1,
            Err(e) => panic!("{id}: undocumented outcome {e}"),
        }
        tally.acknowledged.push(id);
    }
    tally
}

async fn explicit_ids_campaign(transport: Transport, tag: &str) {
    const PER_MODE: usize = 500;
    let emu = Emulator::builder().seed(3).start().await.expect("emulator");
    let client = client(&emu, transport).await;
    let started = Instant::now();

    emu.set_faults(fault_plan(FaultMode::Before, 11));
    let ids: Vec<String> = (0..PER_MODE).map(|i| format!("{tag}-before-{i}")).collect();
    let before = create_all(&client, ids).await;
    // A fault before the change leaves nothing behind, so a retry never meets ALREADY_EXISTS.
    assert_eq!(before.created, PER_MODE, "{before:?}");
    assert_eq!(emu.conversation_count(), PER_MODE);

    emu.set_faults(fault_plan(FaultMode::After, 12));
    let ids: Vec<String> = (0..PER_MODE).map(|i| format!("{tag}-after-{i}")).collect();
    let after = create_all(&client, ids).await;
    assert_eq!(after.created + after.already_exists, PER_MODE);
    // About 30% of first attempts lose their response; nearly all of those then meet
    // ALREADY_EXISTS. Expect a fair share, not an exact figure.
    assert!(
        (PER_MODE / 10..PER_MODE / 2).contains(&after.already_exists),
        "{} ALREADY_EXISTS out of {PER_MODE}",
        after.already_exists
    );

    emu.set_faults(FaultPlan::new());
    // None lost, none duplicated: exactly the ids asked for, each once.
    let names: HashSet<String> = emu.conversations().into_iter().map(|c| c.name).collect();
    assert_eq!(emu.conversation_count(), 2 * PER_MODE);
    assert_eq!(names.len(), 2 * PER_MODE);
    for id in before.acknowledged.iter().chain(&after.acknowledged) {
        assert!(
            names.contains(&format!("{PARENT}/conversations/{id}")),
            "{id} lost"
        );
    }
    eprintln!(
        "{tag}: {} calls in {:?}; after-mode: {} created, {} ALREADY_EXISTS",
        2 * PER_MODE,
        started.elapsed(),
        after.created,
        after.already_exists
    );
    emu.shutdown().await.expect("shutdown");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn thirty_percent_unavailable_explicit_ids_grpc() {
    explicit_ids_campaign(Transport::Grpc, "grpc").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn thirty_percent_unavailable_explicit_ids_rest() {
    explicit_ids_campaign(Transport::Rest, "rest").await;
}

/// Without an id the client generates one, and a retry that meets ALREADY_EXISTS returns the
/// conversation: every call succeeds, and each created exactly one conversation.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn thirty_percent_unavailable_generated_ids_never_duplicate() {
    const CALLS: usize = 1000;
    let emu = Emulator::builder().seed(4).start().await.expect("emulator");
    let started = Instant::now();
    for (transport, mode, seed) in [
        (Transport::Grpc, FaultMode::After, 21),
        (Transport::Rest, FaultMode::Before, 22),
    ] {
        let client = client(&emu, transport).await;
        emu.set_faults(fault_plan(mode, seed));
        let made: Vec<Conversation> = futures::stream::iter((0..CALLS / 2).map(|_| {
            let client = client.clone();
            async move {
                client
                    .create_conversation(
                        PARENT,
                        Conversation {
                            conversation_profile: PROFILE.into(),
                            ..Default::default()
                        },
                    )
                    .await
                    .expect("a creation with a generated id always ends in success")
            }
        }))
        .buffer_unordered(IN_FLIGHT)
        .collect()
        .await;
        let distinct: HashSet<_> = made.iter().map(|c| c.name.clone()).collect();
        assert_eq!(distinct.len(), CALLS / 2);
    }
    emu.set_faults(FaultPlan::new());
    assert_eq!(emu.conversation_count(), CALLS, "lost or duplicated");
    eprintln!("generated ids: {CALLS} calls in {:?}", started.elapsed());
}

/// Injected latency above the deadline: DEADLINE_EXCEEDED, within 10% of the deadline.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn latency_past_the_deadline_is_deadline_exceeded_on_time() {
    const DEADLINE: Duration = Duration::from_millis(800);
    let emu = Emulator::builder().seed(5).start().await.expect("emulator");
    for transport in [Transport::Grpc, Transport::Rest] {
        let name = format!("{transport:?}");
        let client = client(&emu, transport).await;
        let made = client
            .create_conversation(
                PARENT,
                Conversation {
                    conversation_profile: PROFILE.into(),
                    ..Default::default()
                },
            )
            .await
            .expect("create");
        // Warm the connection so the measurement is the deadline, not the handshake.
        client.get_conversation(&made.name).await.expect("get");
        emu.set_faults(
            FaultPlan::new()
                .latency(Duration::from_secs(5))
                .methods(["GetConversation"]),
        );
        for options in [
            RequestOptions::new().with_timeout(DEADLINE),
            // The same with retries off: the deadline alone must end the call.
            RequestOptions::new()
                .with_timeout(DEADLINE)
                .with_retry(RetryPolicy::none()),
        ] {
            let started = Instant::now();
            let err = client
                .request(dialogflow_types::v2::GetConversationRequest {
                    name: made.name.clone(),
                })
                .with_options(options)
                .await
                .expect_err("the emulator sleeps past the deadline");
            let elapsed = started.elapsed();
            assert_eq!(err.code(), Code::DeadlineExceeded, "{name}: {err}");
            // A floor of the deadline itself (timers never fire early) and a ceiling of +10%.
            assert!(
                elapsed >= DEADLINE && elapsed <= DEADLINE + DEADLINE / 10,
                "{name}: ended after {elapsed:?} for a deadline of {DEADLINE:?}"
            );
            eprintln!("{name}: DEADLINE_EXCEEDED after {elapsed:?} (deadline {DEADLINE:?})");
        }
        emu.set_faults(FaultPlan::new());
        // The server is still busy sleeping for the abandoned calls; new calls go through.
        client.get_conversation(&made.name).await.expect("get");
    }
}

/// Connections dropped mid-run: later calls reconnect and succeed.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dropped_connections_reconnect() {
    let emu = Emulator::builder().seed(6).start().await.expect("emulator");
    for (transport, tag) in [(Transport::Grpc, "grpc"), (Transport::Rest, "rest")] {
        let client = client(&emu, transport).await;
        let mut names = Vec::new();
        for i in 0..10 {
            let c = client
                .request(create_request(&format!("{tag}-drop-{i}")))
                .with_options(RequestOptions::new())
                .await
                .expect("create");
            names.push(c.name);
        }
        // 30% of GetConversation calls drop their connection, 30 calls in all: each call ends
        // (success, retried on a new connection, or an error), none hangs. A dropped connection
        // is UNAVAILABLE on both wires, so the default policy retries it and every call succeeds.
        emu.set_faults(
            FaultPlan::new()
                .fail_fraction(0.3)
                .drop_connection(true)
                .seed(31)
                .methods(["GetConversation"]),
        );
        let mut during = (0, Vec::new());
        for i in 0..30 {
            let started = Instant::now();
            match client
                .request(dialogflow_types::v2::GetConversationRequest {
                    name: names[i % names.len()].clone(),
                })
                .with_options(RequestOptions::new().with_timeout(Duration::from_secs(10)))
                .await
            {
                Ok(_) => during.0 += 1,
                Err(e) => {
                    assert!(matches!(e.code(), Code::Unavailable), "{tag}: {e}");
                    during.1.push(e.code().as_str());
                }
            }
            assert!(started.elapsed() < Duration::from_secs(10));
        }
        emu.set_faults(FaultPlan::new());
        assert_eq!(during.0, 30, "{tag}: errors during drops {:?}", during.1);
        // After the drops: every call succeeds, on new connections.
        for name in &names {
            client
                .get_conversation(name)
                .await
                .expect("after reconnect");
        }
        let fresh = client
            .request(create_request(&format!("{tag}-after-drops")))
            .with_options(RequestOptions::new())
            .await
            .expect("create after reconnect");
        assert!(fresh.name.ends_with("-after-drops"));
        eprintln!(
            "{tag}: during drops {} of 30 ok, errors {:?}; afterwards all ok",
            during.0, during.1
        );
    }
}

fn temp_data_file(tag: &str) -> PathBuf {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    std::env::temp_dir().join(format!(
        "dialogflow-resilience-{tag}-{}-{nanos}.json",
        std::process::id()
    ))
}

/// The emulator restarted from its data file: everything acknowledged before is there after.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn restart_from_data_file_keeps_everything_acknowledged() {
    const CALLS: usize = 200;
    let path = temp_data_file("restart");
    let emu = Emulator::builder()
        .seed(7)
        .data_file(&path)
        .faults(fault_plan(FaultMode::After, 41))
        .start()
        .await
        .expect("emulator");
    let grpc = client(&emu, Transport::Grpc).await;
    let ids: Vec<String> = (0..CALLS).map(|i| format!("persist-{i}")).collect();
    let tally = create_all(&grpc, ids).await;
    assert_eq!(tally.acknowledged.len(), CALLS);
    // Complete a few too: a later change must survive as well.
    emu.set_faults(FaultPlan::new());
    let completed: Vec<String> = tally.acknowledged.iter().take(20).cloned().collect();
    for id in &completed {
        grpc.complete_conversation(format!("{PARENT}/conversations/{id}"))
            .await
            .expect("complete");
    }
    emu.shutdown().await.expect("shutdown");
    drop(grpc);

    let emu = Emulator::builder()
        .seed(8)
        .data_file(&path)
        .start()
        .await
        .expect("restart from the data file");
    assert_eq!(emu.conversation_count(), CALLS);
    let rest = Arc::new(client(&emu, Transport::Rest).await);
    for id in &tally.acknowledged {
        let c = rest
            .get_conversation(format!("{PARENT}/conversations/{id}"))
            .await
            .unwrap_or_else(|e| panic!("{id} acknowledged before the restart, gone after: {e}"));
        let done = completed.contains(id);
        assert_eq!(
            c.lifecycle_state
                == dialogflow_types::v2::conversation::LifecycleState::Completed as i32,
            done,
            "{id}"
        );
    }
    emu.shutdown().await.expect("shutdown");
    let _ = std::fs::remove_file(&path);
}
