//! Unit-testing your own code with `MockConversationsTransport`: no network, no emulator.
//!
//! ```sh
//! cargo run --example mock_unit_test                      # the logic against a canned backend
//! cargo test -p dialogflow-examples --example mock_unit_test   # the unit tests below
//! ```
//!
//! The "application code" is [`close_if_idle`]: it completes a conversation nobody has
//! written in for a while. It takes a [`ConversationsClient`], so production code passes a
//! real client and the tests pass one built over the mock:
//!
//! ```toml
//! [dev-dependencies]
//! dialogflow-conversations = { version = "0.1", features = ["mock"] }
//! ```
//!
//! `ConversationsClient::from_transport(Arc::new(mock))` keeps the client's default retry
//! policy and timeout; `ConversationsClient::builder().with_custom_transport(..)` sets
//! others (see `unavailable_is_retried_by_the_client`). The mock sees one call per
//! *attempt*, so a retried call meets the mock more than once.
//!
//! Code that waits on a long-running operation is mocked the same way (`mock_operation.rs`
//! shows how), and so is code that streams (`mock_streaming.rs`).

use std::sync::Arc;
use std::time::{Duration, SystemTime};

use dialogflow_conversations::{Code, ConversationsClient, Error, MockConversationsTransport};
use dialogflow_types::protobuf::Timestamp;
use dialogflow_types::v2::conversation::LifecycleState;
use dialogflow_types::v2::{Conversation, ListMessagesRequest, ListMessagesResponse, Message};

// ---------------------------------------------------------------------------------------------
// Application code.
// ---------------------------------------------------------------------------------------------

/// Completes the conversation `name` if its last activity (its latest message, or its start
/// when it has none) is at least `idle_for` before `now`. Returns whether it completed it.
///
/// A conversation that does not exist (any more) or is already completed is left alone and
/// is not an error; every other error is returned to the caller.
pub async fn close_if_idle(
    client: &ConversationsClient,
    name: &str,
    idle_for: Duration,
    now: SystemTime,
) -> Result<bool, Error> {
    let conversation = match client.get_conversation(name).await {
        Ok(c) => c,
        Err(e) if e.code() == Code::NotFound => return Ok(false),
        Err(e) => return Err(e),
    };
    if conversation.lifecycle_state == LifecycleState::Completed as i32 {
        return Ok(false);
    }

    // Messages come newest first: one page of one message is the latest.
    let request = ListMessagesRequest {
        parent: name.to_string(),
        page_size: 1,
        ..Default::default()
    };
    let page = client.request(request).await?;
    let latest = page.messages.into_iter().next();
    let last_activity = latest
        .and_then(|m| m.create_time)
        .or(conversation.start_time)
        .and_then(|t| SystemTime::try_from(t).ok());
    let idle = match last_activity {
        Some(t) => now.duration_since(t).unwrap_or_default() >= idle_for,
        None => true, // no timestamps at all: nothing says it is active
    };
    if !idle {
        return Ok(false);
    }

    match client.complete_conversation(name).await {
        Ok(_) => Ok(true),
        // Deleted between the two calls: nothing to close.
        Err(e) if e.code() == Code::NotFound => Ok(false),
        Err(e) => Err(e),
    }
}

// ---------------------------------------------------------------------------------------------
// `cargo run --example mock_unit_test`: the same logic against a canned backend.
// ---------------------------------------------------------------------------------------------

const IDLE_FOR: Duration = Duration::from_secs(15 * 60);

/// A conversation as the backend would return it.
fn conversation(name: &str, state: LifecycleState, started: SystemTime) -> Conversation {
    Conversation {
        name: name.to_string(),
        lifecycle_state: state as i32,
        start_time: Some(Timestamp::from(started)),
        ..Default::default()
    }
}

/// A page holding one message, written at `at`.
fn latest_message(parent: &str, at: SystemTime) -> ListMessagesResponse {
    ListMessagesResponse {
        messages: vec![Message {
            name: format!("{parent}/messages/m1"),
            content: "Is anyone there?".into(),
            create_time: Some(Timestamp::from(at)),
            ..Default::default()
        }],
        next_page_token: String::new(),
    }
}

/// A backend with four conversations in `projects/demo`:
/// `idle` (last message 2 h ago), `active` (last message 1 min ago),
/// `done` (completed) and `gone` (NOT_FOUND).
fn canned_backend(now: SystemTime) -> MockConversationsTransport {
    let hours = move |h: u64| now - Duration::from_secs(h * 3600);
    let mut mock = MockConversationsTransport::new();
    mock.expect_get_conversation().returning(move |request, _| {
        let id = request.name.rsplit('/').next().unwrap_or_default();
        match id {
            "idle" | "active" => Ok(conversation(
                &request.name,
                LifecycleState::InProgress,
                hours(3),
            )),
            "done" => Ok(conversation(
                &request.name,
                LifecycleState::Completed,
                hours(5),
            )),
            _ => Err(Error::new(
                Code::NotFound,
                format!("conversation {} not found", request.name),
            )),
        }
    });
    mock.expect_list_messages().returning(move |request, _| {
        let at = if request.parent.ends_with("/idle") {
            hours(2)
        } else {
            now - Duration::from_secs(60)
        };
        Ok(latest_message(&request.parent, at))
    });
    mock.expect_complete_conversation().returning(|request, _| {
        Ok(Conversation {
            name: request.name,
            lifecycle_state: LifecycleState::Completed as i32,
            ..Default::default()
        })
    });
    mock
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let now = SystemTime::now();
    let client = ConversationsClient::from_transport(Arc::new(canned_backend(now)));
    println!(
        "close_if_idle over the mock transport ({}), idle after {} min:",
        client.transport_name(),
        IDLE_FOR.as_secs() / 60
    );
    for id in ["idle", "active", "done", "gone"] {
        let name = format!("projects/demo/conversations/{id}");
        let closed = close_if_idle(&client, &name, IDLE_FOR, now).await?;
        println!(
            "  {name:<36} -> {}",
            if closed { "completed" } else { "left alone" }
        );
    }
    println!(
        "\nNow run its unit tests: cargo test -p dialogflow-examples --example mock_unit_test"
    );
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// The unit tests: expectations (which calls, with what, how often) and canned answers.
// ---------------------------------------------------------------------------------------------

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicU32, Ordering};

    use dialogflow_conversations::RetryPolicy;

    use super::*;

    const NAME: &str = "projects/p/conversations/c1";

    fn now() -> SystemTime {
        SystemTime::UNIX_EPOCH + Duration::from_secs(1_750_000_000)
    }

    fn ago(d: Duration) -> SystemTime {
        now() - d
    }

    fn in_progress() -> Conversation {
        conversation(
            NAME,
            LifecycleState::InProgress,
            ago(Duration::from_secs(3 * 3600)),
        )
    }

    /// Expects exactly one GetConversation of `NAME`, answered with `answer`.
    fn expect_get(mock: &mut MockConversationsTransport, answer: Result<Conversation, Error>) {
        mock.expect_get_conversation()
            .withf(|request, _options| request.name == NAME)
            .times(1)
            .return_once(move |_, _| answer);
    }

    /// Expects exactly one ListMessages of `NAME` asking for one message, answered with `page`.
    fn expect_latest(mock: &mut MockConversationsTransport, page: ListMessagesResponse) {
        mock.expect_list_messages()
            .withf(|request, _options| request.parent == NAME && request.page_size == 1)
            .times(1)
            .return_once(move |_, _| Ok(page));
    }

    fn client(mock: MockConversationsTransport) -> ConversationsClient {
        ConversationsClient::from_transport(Arc::new(mock))
    }

    #[tokio::test]
    async fn completes_a_conversation_idle_for_too_long() {
        let mut mock = MockConversationsTransport::new();
        expect_get(&mut mock, Ok(in_progress()));
        expect_latest(
            &mut mock,
            latest_message(NAME, ago(Duration::from_secs(3600))),
        );
        mock.expect_complete_conversation()
            .withf(|request, _| request.name == NAME)
            .times(1)
            .returning(|request, _| {
                Ok(Conversation {
                    name: request.name,
                    lifecycle_state: LifecycleState::Completed as i32,
                    ..Default::default()
                })
            });

        assert!(
            close_if_idle(&client(mock), NAME, IDLE_FOR, now())
                .await
                .unwrap()
        );
        // Dropping the mock checks the `times(..)` counts.
    }

    #[tokio::test]
    async fn leaves_an_active_conversation_alone() {
        let mut mock = MockConversationsTransport::new();
        expect_get(&mut mock, Ok(in_progress()));
        expect_latest(
            &mut mock,
            latest_message(NAME, ago(Duration::from_secs(60))),
        );
        mock.expect_complete_conversation().never();

        assert!(
            !close_if_idle(&client(mock), NAME, IDLE_FOR, now())
                .await
                .unwrap()
        );
    }

    #[tokio::test]
    async fn without_messages_the_start_time_counts() {
        let mut mock = MockConversationsTransport::new();
        // Started 5 minutes ago, nobody has written yet: not idle.
        expect_get(
            &mut mock,
            Ok(conversation(
                NAME,
                LifecycleState::InProgress,
                ago(Duration::from_secs(300)),
            )),
        );
        expect_latest(&mut mock, ListMessagesResponse::default());
        mock.expect_complete_conversation().never();

        assert!(
            !close_if_idle(&client(mock), NAME, IDLE_FOR, now())
                .await
                .unwrap()
        );
    }

    #[tokio::test]
    async fn a_missing_conversation_is_not_an_error() {
        let mut mock = MockConversationsTransport::new();
        expect_get(
            &mut mock,
            Err(Error::new(
                Code::NotFound,
                format!("conversation {NAME} not found"),
            )),
        );
        mock.expect_list_messages().never();
        mock.expect_complete_conversation().never();

        assert!(
            !close_if_idle(&client(mock), NAME, IDLE_FOR, now())
                .await
                .unwrap()
        );
    }

    #[tokio::test]
    async fn a_completed_conversation_is_left_alone() {
        let mut mock = MockConversationsTransport::new();
        expect_get(
            &mut mock,
            Ok(conversation(
                NAME,
                LifecycleState::Completed,
                ago(Duration::from_secs(7200)),
            )),
        );
        mock.expect_list_messages().never();
        mock.expect_complete_conversation().never();

        assert!(
            !close_if_idle(&client(mock), NAME, IDLE_FOR, now())
                .await
                .unwrap()
        );
    }

    #[tokio::test]
    async fn a_conversation_deleted_before_completion_is_not_an_error() {
        let mut mock = MockConversationsTransport::new();
        expect_get(&mut mock, Ok(in_progress()));
        expect_latest(
            &mut mock,
            latest_message(NAME, ago(Duration::from_secs(3600))),
        );
        mock.expect_complete_conversation()
            .times(1)
            .returning(|request, _| {
                Err(Error::new(
                    Code::NotFound,
                    format!("{} not found", request.name),
                ))
            });

        assert!(
            !close_if_idle(&client(mock), NAME, IDLE_FOR, now())
                .await
                .unwrap()
        );
    }

    #[tokio::test]
    async fn other_errors_reach_the_caller() {
        let mut mock = MockConversationsTransport::new();
        expect_get(
            &mut mock,
            Err(Error::new(
                Code::PermissionDenied,
                "the caller may not read conversations",
            )),
        );

        let err = close_if_idle(&client(mock), NAME, IDLE_FOR, now())
            .await
            .unwrap_err();
        assert_eq!(err.code(), Code::PermissionDenied);
        assert!(err.message().contains("may not read"), "{err}");
    }

    /// The client's retry policy runs above the transport: an UNAVAILABLE from the mock is
    /// retried, and the application code never sees it. A policy with short backoffs keeps
    /// the test fast (the default waits 100 ms and more between attempts).
    #[tokio::test]
    async fn unavailable_is_retried_by_the_client() {
        let attempts = Arc::new(AtomicU32::new(0));
        let mut mock = MockConversationsTransport::new();
        let seen = attempts.clone();
        mock.expect_get_conversation()
            .times(2)
            .returning(move |_, _| {
                if seen.fetch_add(1, Ordering::SeqCst) == 0 {
                    Err(Error::new(Code::Unavailable, "connection reset"))
                } else {
                    Ok(in_progress())
                }
            });
        expect_latest(
            &mut mock,
            latest_message(NAME, ago(Duration::from_secs(60))),
        );

        let client = ConversationsClient::builder()
            .with_custom_transport(Arc::new(mock))
            .with_retry(
                RetryPolicy::default()
                    .with_initial_backoff(Duration::from_millis(1))
                    .with_max_backoff(Duration::from_millis(5))
                    .with_max_attempts(3),
            )
            .build()
            .await
            .unwrap();
        assert!(!close_if_idle(&client, NAME, IDLE_FOR, now()).await.unwrap());
        assert_eq!(attempts.load(Ordering::SeqCst), 2);
    }

    /// Without retries, the UNAVAILABLE reaches the caller after one attempt.
    #[tokio::test]
    async fn without_retries_unavailable_reaches_the_caller() {
        let mut mock = MockConversationsTransport::new();
        mock.expect_get_conversation()
            .times(1)
            .returning(|_, _| Err(Error::new(Code::Unavailable, "connection reset")));

        let client = ConversationsClient::builder()
            .with_custom_transport(Arc::new(mock))
            .with_retry(RetryPolicy::none())
            .build()
            .await
            .unwrap();
        let err = close_if_idle(&client, NAME, IDLE_FOR, now())
            .await
            .unwrap_err();
        assert_eq!(err.code(), Code::Unavailable);
    }

    /// The calls come in order: read, list, complete. `mockall::Sequence` comes from the
    /// client crate's re-export (feature `mock`), the same version the mock is made with.
    #[tokio::test]
    async fn calls_come_in_order() {
        use dialogflow_conversations::mockall::{Sequence, predicate};

        let mut mock = MockConversationsTransport::new();
        let mut order = Sequence::new();
        mock.expect_get_conversation()
            .withf(|request, _| request.name == NAME)
            .times(1)
            .in_sequence(&mut order)
            .returning(|_, _| Ok(in_progress()));
        mock.expect_list_messages()
            .times(1)
            .in_sequence(&mut order)
            .returning(|request, _| {
                Ok(latest_message(
                    &request.parent,
                    ago(Duration::from_secs(3600)),
                ))
            });
        mock.expect_complete_conversation()
            .with(
                predicate::function(
                    |r: &dialogflow_conversations::types::v2::CompleteConversationRequest| {
                        r.name == NAME
                    },
                ),
                predicate::always(),
            )
            .times(1)
            .in_sequence(&mut order)
            .returning(|request, _| {
                Ok(Conversation {
                    name: request.name,
                    lifecycle_state: LifecycleState::Completed as i32,
                    ..Default::default()
                })
            });
        assert!(
            close_if_idle(&client(mock), NAME, IDLE_FOR, now())
                .await
                .unwrap()
        );
    }

    /// The other way to keep retries fast: the client's default policy (retry UNAVAILABLE
    /// for up to 60 s) on Tokio's paused clock, which jumps over the backoff sleeps. The
    /// mock fails every attempt; the error reaches the caller once the 60 s have passed on
    /// the test's clock, after many attempts, while almost no real time goes by.
    #[tokio::test(start_paused = true)]
    async fn default_retries_on_a_paused_clock() {
        let attempts = Arc::new(AtomicU32::new(0));
        let seen = attempts.clone();
        let mut mock = MockConversationsTransport::new();
        mock.expect_get_conversation().returning(move |_, _| {
            seen.fetch_add(1, Ordering::SeqCst);
            Err(Error::new(Code::Unavailable, "connection reset"))
        });
        let real = std::time::Instant::now();
        let virtual_start = tokio::time::Instant::now();
        let err = close_if_idle(&client(mock), NAME, IDLE_FOR, now())
            .await
            .unwrap_err();
        assert_eq!(err.code(), Code::Unavailable);
        assert!(attempts.load(Ordering::SeqCst) > 5, "{attempts:?}");
        let on_the_clock = virtual_start.elapsed();
        assert!(on_the_clock >= Duration::from_secs(30), "{on_the_clock:?}");
        assert!(on_the_clock <= Duration::from_secs(61), "{on_the_clock:?}");
        // Generous: the point is "not a minute".
        assert!(
            real.elapsed() < Duration::from_secs(15),
            "{:?}",
            real.elapsed()
        );
    }

    /// `main`'s canned backend gives the answers `main` prints.
    #[tokio::test]
    async fn the_canned_backend_of_main() {
        let client = client(canned_backend(now()));
        let mut results = Vec::new();
        for id in ["idle", "active", "done", "gone"] {
            let name = format!("projects/demo/conversations/{id}");
            results.push(
                close_if_idle(&client, &name, IDLE_FOR, now())
                    .await
                    .unwrap(),
            );
        }
        assert_eq!(results, [true, false, false, false]);
    }
}
