//! A custom retry strategy is consulted after every failed attempt, with the error (its kind)
//! and the RPC's idempotency, against the emulator over loopback.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use dialogflow_conversations::retry::{BackoffStrategy, RetryContext, RetryStrategy};
use dialogflow_conversations::{ClientOptions, Code, ConversationsClient, Error, ErrorKind};
use dialogflow_emulator::{Emulator, FaultMode, FaultPlan};
use dialogflow_types::v2::Conversation;

/// What the strategy was shown: RPC, attempt, code, kind, idempotent.
type Seen = (&'static str, u32, Code, ErrorKind, bool);

/// Retries up to three attempts and records what it was shown.
#[derive(Debug, Clone, Default)]
struct Recording {
    seen: Arc<Mutex<Vec<Seen>>>,
}

impl RetryStrategy for Recording {
    fn should_retry(&self, context: &RetryContext, error: &Error) -> bool {
        self.seen.lock().unwrap().push((
            context.rpc.name(),
            context.attempt,
            error.code(),
            error.kind(),
            context.rpc.idempotent(),
        ));
        context.attempt < 3
    }
}

#[derive(Debug)]
struct NoWait;

impl BackoffStrategy for NoWait {
    fn delay(&self, _: &RetryContext, _: &Error) -> Duration {
        Duration::from_millis(1)
    }
}

#[tokio::test]
async fn the_strategy_sees_kind_and_idempotency() {
    let emu = Emulator::builder().seed(3).start().await.unwrap();
    let recording = Recording::default();
    let client = ConversationsClient::from_options(
        ClientOptions::new()
            .with_emulator_host(emu.host())
            .with_retry(recording.clone())
            .with_backoff(NoWait),
    )
    .await
    .unwrap();
    let created = client
        .create_conversation(
            "projects/p1",
            Conversation {
                conversation_profile: "projects/p1/conversationProfiles/prof-1".into(),
                ..Default::default()
            },
        )
        .await
        .unwrap();

    emu.set_faults(
        FaultPlan::new()
            .fail_fraction(1.0)
            .mode(FaultMode::Before)
            .seed(5)
            .methods([
                "GetConversation",
                "CompleteConversation",
                "CreateConversation",
            ]),
    );
    let err = client.get_conversation(&created.name).await.unwrap_err();
    assert_eq!(err.code(), Code::Unavailable);
    client
        .complete_conversation(&created.name)
        .await
        .unwrap_err();
    client
        .create_conversation("projects/p1", Conversation::default())
        .await
        .unwrap_err();
    let seen = recording.seen.lock().unwrap().clone();
    let of = |rpc: &str| -> Vec<_> { seen.iter().filter(|s| s.0 == rpc).cloned().collect() };
    let get = of("GetConversation");
    assert_eq!(get.len(), 3, "{seen:?}");
    assert_eq!(
        get.iter().map(|s| s.1).collect::<Vec<_>>(),
        [1, 2, 3],
        "attempt numbers"
    );
    assert!(
        get.iter()
            .all(|s| s.2 == Code::Unavailable && s.3 == ErrorKind::Status && s.4)
    );
    // A POST is not idempotent; CreateConversation is, once the client chose its id.
    assert!(of("CompleteConversation").iter().all(|s| !s.4), "{seen:?}");
    let create = of("CreateConversation");
    assert_eq!(create.len(), 3, "{seen:?}");
    assert!(create.iter().all(|s| s.4), "{seen:?}");
}

#[tokio::test]
async fn a_refused_connection_is_a_failure_before_sending() {
    // Nothing listens on port 1 of loopback.
    let recording = Recording::default();
    let client = ConversationsClient::from_options(
        ClientOptions::new()
            .with_emulator_host("127.0.0.1:1")
            .with_retry(recording.clone())
            .with_backoff(NoWait),
    )
    .await
    .unwrap();
    let err = client
        .get_conversation("projects/p/conversations/c")
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Connect);
    let seen = recording.seen.lock().unwrap().clone();
    assert_eq!(seen.len(), 3, "{seen:?}");
    assert!(
        seen.iter()
            .all(|s| s.3 == ErrorKind::Connect && s.3.before_sending())
    );
}
