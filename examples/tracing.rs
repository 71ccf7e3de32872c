//! Seeing what the library did, with `tracing-subscriber`: one span per call and one per
//! stream, printed as each one closes.
//!
//! ```sh
//! cargo run --example tracing                                        # calls and streams
//! RUST_LOG=dialogflow_runtime=info cargo run --example tracing       # calls and streams, no attempts
//! ```
//!
//! The library records, and never prints by itself; a program that wants to see the spans
//! installs a subscriber. This one uses `tracing-subscriber`'s `fmt` layer alone (no
//! `env-filter`: its `Targets` filter reads `RUST_LOG`-style directives such as
//! `dialogflow_runtime=debug`):
//!
//! ```toml
//! tracing-subscriber = { version = "0.3", default-features = false, features = ["fmt"] }
//! ```
//!
//! What it prints (the spans' target is `dialogflow_runtime`):
//!
//! * `dialogflow.call` (level INFO), one per RPC call: `method`, `attempts`, `code`,
//!   `latency_ms` (from the first attempt to the answer, backoff included);
//! * `dialogflow.attempt` (DEBUG), inside it, one per attempt: `attempt` (1, 2, ...), `code`,
//!   `latency_ms`; a retry also logs a `retrying` event with the delay;
//! * `dialogflow.stream` (INFO), one per streaming call (`StreamingAnalyzeContent`):
//!   `method`, `sent` and `received` (messages each way), `code` (`OK`, the server's error, or
//!   `CANCELLED` when the caller dropped the responses first), `latency_ms`.
//!
//! No request body, header or token is ever recorded.

use std::error::Error;
use std::str::FromStr;

use dialogflow_conversations::{
    ClientOptions, Code, Connection, ConversationsClient, ParticipantsClient, Transport,
};
use dialogflow_emulator::{Emulator, EmulatorHandle, FaultPlan};
use dialogflow_types::v2::participant::Role;
use dialogflow_types::v2::streaming_analyze_content_request::{Config, Input};
use dialogflow_types::v2::{
    Conversation, InputTextConfig, Participant, StreamingAnalyzeContentRequest,
};
use tracing_subscriber::filter::Targets;
use tracing_subscriber::fmt::format::FmtSpan;
use tracing_subscriber::layer::SubscriberExt as _;
use tracing_subscriber::util::SubscriberInitExt as _;

/// The spans printed when `RUST_LOG` is not set: calls, attempts and streams.
const DEFAULT_FILTER: &str = "dialogflow_runtime=debug";

#[tokio::main]
async fn main() -> Result<(), Box<dyn Error>> {
    let directives = std::env::var("RUST_LOG").unwrap_or_else(|_| DEFAULT_FILTER.into());
    let filter = Targets::from_str(&directives)
        .map_err(|e| format!("RUST_LOG={directives:?} is not a list of target=level: {e}"))?;
    tracing_subscriber::registry()
        .with(
            tracing_subscriber::fmt::layer()
                // A span's fields are complete when it closes: print it then.
                .with_span_events(FmtSpan::CLOSE)
                .with_target(false),
        )
        .with(filter)
        .init();

    let emulator = Emulator::builder().start().await?;
    demo(&emulator).await?;
    emulator.shutdown().await?;
    Ok(())
}

/// A few calls and a stream against `emulator`: one created conversation, one call that is
/// retried, one that fails, one stream.
async fn demo(emulator: &EmulatorHandle) -> Result<(), Box<dyn Error>> {
    let connection = Connection::new(
        ClientOptions::new()
            .with_emulator_host(emulator.host())
            .with_transport(Transport::Grpc),
    )
    .await?;
    let conversations = ConversationsClient::from_connection(&connection)?;
    let participants = ParticipantsClient::from_connection(&connection)?;

    // One call, one attempt.
    let conversation = conversations
        .create_conversation(
            "projects/tracing-demo",
            Conversation {
                conversation_profile: "projects/tracing-demo/conversationProfiles/p1".into(),
                ..Default::default()
            },
        )
        .await?;

    // The emulator fails the next GetConversation with UNAVAILABLE: two attempts, one call.
    emulator.set_faults(FaultPlan::new().fail_next(1).methods(["GetConversation"]));
    conversations.get_conversation(&conversation.name).await?;

    // A call that fails for good: NOT_FOUND is not retried.
    let missing = format!("{}-missing", conversation.name);
    let err = conversations.get_conversation(&missing).await.unwrap_err();
    assert_eq!(err.code(), Code::NotFound);

    // A stream: its first request and two typed turns, then the half-close.
    let caller = participants
        .create_participant(
            &conversation.name,
            Participant {
                role: Role::EndUser.into(),
                ..Default::default()
            },
        )
        .await?;
    let turns =
        ["where is my parcel", "it is order 4711"].map(|text| StreamingAnalyzeContentRequest {
            input: Some(Input::InputText(text.into())),
            ..Default::default()
        });
    let mut responses = participants
        .streaming_analyze_content()
        .set_participant(&caller.name)
        .set_config(Config::TextConfig(InputTextConfig {
            language_code: "en-US".into(),
        }))
        .send_all(futures::stream::iter(turns))
        .await?;
    while let Some(response) = responses.next().await {
        response?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::io::Write;
    use std::sync::{Arc, Mutex};

    use super::*;

    /// What the fmt layer writes, kept in memory.
    #[derive(Clone, Default)]
    struct Output(Arc<Mutex<Vec<u8>>>);

    impl Write for Output {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(bytes);
            Ok(bytes.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    /// The lines `main` prints, under the default filter: each call and the stream with the
    /// fields this file's documentation lists.
    #[tokio::test]
    async fn the_spans_the_documentation_promises() {
        let output = Output::default();
        let writer = output.clone();
        let subscriber = tracing_subscriber::registry()
            .with(
                tracing_subscriber::fmt::layer()
                    .with_span_events(FmtSpan::CLOSE)
                    .with_target(false)
                    .with_ansi(false)
                    .with_writer(move || writer.clone()),
            )
            .with(Targets::from_str(DEFAULT_FILTER).unwrap());
        let _guard = tracing::subscriber::set_default(subscriber);

        let emulator = Emulator::builder().start().await.unwrap();
        demo(&emulator).await.unwrap();
        emulator.shutdown().await.unwrap();

        let text = String::from_utf8(output.0.lock().unwrap().clone()).unwrap();
        let has = |needle: &str| text.lines().any(|l| l.contains(needle));
        assert!(
            has(r#"dialogflow.call{method="CreateConversation" attempts=1 code="OK""#),
            "{text}"
        );
        assert!(
            has(r#"dialogflow.call{method="GetConversation" attempts=2 code="OK""#),
            "{text}"
        );
        assert!(
            has(r#"dialogflow.attempt{attempt=1 code="UNAVAILABLE""#),
            "{text}"
        );
        assert!(has("retrying"), "{text}");
        assert!(
            has(r#"dialogflow.call{method="GetConversation" attempts=1 code="NOT_FOUND""#),
            "{text}"
        );
        // The first request and two turns; each turn answers a final transcript and a message.
        assert!(
            has(
                r#"dialogflow.stream{method="StreamingAnalyzeContent" sent=3 received=4 code="OK""#
            ),
            "{text}"
        );
    }
}
