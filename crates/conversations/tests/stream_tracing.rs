//! The `dialogflow.stream` span of `StreamingAnalyzeContent`, seen by a capturing subscriber,
//! against the in-process emulator over loopback: one span per stream, with the RPC, the
//! messages sent and received and the final code, recorded when the stream ends, however it
//! ends (normally, with the server's error, dropped by the caller, refused by the REST wire).
#![cfg(all(feature = "grpc", feature = "rest", feature = "participants"))]

mod common;

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use dialogflow_conversations::{Code, ConversationsClient, ParticipantsClient, Transport};
use dialogflow_emulator::{Emulator, EmulatorHandle};
use dialogflow_types::v2::participant::Role;
use dialogflow_types::v2::streaming_analyze_content_request::{Config, Input};
use dialogflow_types::v2::*;

/// One span the subscriber saw: its name and its fields as text, as last recorded.
#[derive(Debug, Clone, Default)]
struct SeenSpan {
    name: String,
    fields: BTreeMap<String, String>,
}

/// A subscriber that keeps the spans of this workspace's crates, by id.
#[derive(Debug, Default)]
struct Capture {
    spans: Mutex<BTreeMap<u64, SeenSpan>>,
    next: AtomicU64,
}

impl Capture {
    /// The spans named `name`, in the order they were opened.
    fn spans(&self, name: &str) -> Vec<SeenSpan> {
        self.spans
            .lock()
            .unwrap()
            .values()
            .filter(|s| s.name == name)
            .cloned()
            .collect()
    }
}

struct Fields<'a>(&'a mut BTreeMap<String, String>);

impl tracing::field::Visit for Fields<'_> {
    fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
        self.0.insert(
            field.name().to_string(),
            format!("{value:?}").replace('"', ""),
        );
    }
}

impl tracing::Subscriber for Capture {
    fn enabled(&self, metadata: &tracing::Metadata<'_>) -> bool {
        metadata.target().starts_with("dialogflow")
    }
    fn new_span(&self, attrs: &tracing::span::Attributes<'_>) -> tracing::span::Id {
        let id = self.next.fetch_add(1, Ordering::Relaxed) + 1;
        let mut span = SeenSpan {
            name: attrs.metadata().name().to_string(),
            fields: BTreeMap::new(),
        };
        attrs.record(&mut Fields(&mut span.fields));
        self.spans.lock().unwrap().insert(id, span);
        tracing::span::Id::from_u64(id)
    }
    fn record(&self, id: &tracing::span::Id, values: &tracing::span::Record<'_>) {
        if let Some(span) = self.spans.lock().unwrap().get_mut(&id.into_u64()) {
            values.record(&mut Fields(&mut span.fields));
        }
    }
    fn record_follows_from(&self, _: &tracing::span::Id, _: &tracing::span::Id) {}
    fn event(&self, _: &tracing::Event<'_>) {}
    fn enter(&self, _: &tracing::span::Id) {}
    fn exit(&self, _: &tracing::span::Id) {}
}

/// The emulator, a gRPC and a REST client of it, and an END_USER participant.
struct Setup {
    emulator: EmulatorHandle,
    grpc: ParticipantsClient,
    rest: ParticipantsClient,
    caller: String,
}

async fn setup() -> Setup {
    let emulator = Emulator::builder().seed(3).start().await.unwrap();
    let grpc = common::connection(&emulator, Transport::Grpc).await;
    let rest = common::connection(&emulator, Transport::Rest).await;
    let conversations = ConversationsClient::from_connection(&grpc).unwrap();
    let conversation = common::conversation_on(&conversations, common::PROFILE).await;
    let grpc = ParticipantsClient::from_connection(&grpc).unwrap();
    let caller = common::participant(&grpc, &conversation.name, Role::EndUser)
        .await
        .name;
    Setup {
        emulator,
        grpc,
        rest: ParticipantsClient::from_connection(&rest).unwrap(),
        caller,
    }
}

fn text(turn: &str) -> StreamingAnalyzeContentRequest {
    StreamingAnalyzeContentRequest {
        input: Some(Input::InputText(turn.into())),
        ..Default::default()
    }
}

fn text_config() -> Config {
    Config::TextConfig(InputTextConfig {
        language_code: "en-US".into(),
    })
}

/// The one `dialogflow.stream` span captured, checked for the RPC's name and a duration.
fn the_stream_span(capture: &Capture) -> SeenSpan {
    let spans = capture.spans("dialogflow.stream");
    assert_eq!(spans.len(), 1, "{spans:#?}");
    let span = spans.into_iter().next().unwrap();
    assert_eq!(span.fields["method"], "StreamingAnalyzeContent", "{span:?}");
    assert!(span.fields.contains_key("latency_ms"), "{span:?}");
    span
}

#[tokio::test]
async fn a_stream_that_ends_normally_records_its_counts_and_ok() {
    let s = setup().await;
    let capture = Arc::new(Capture::default());
    let _guard = tracing::subscriber::set_default(capture.clone());

    let mut responses = s
        .grpc
        .streaming_analyze_content()
        .set_participant(&s.caller)
        .set_config(text_config())
        .send_all(futures::stream::iter([
            text("my order has not arrived"),
            text("can you send a replacement"),
        ]))
        .await
        .unwrap();
    let mut received = 0;
    while let Some(response) = responses.next().await {
        response.unwrap();
        received += 1;
        // Nothing is recorded before the end.
        assert!(
            !capture.spans("dialogflow.stream")[0]
                .fields
                .contains_key("code")
        );
    }
    assert!(received >= 2, "{received}");

    let span = the_stream_span(&capture);
    assert_eq!(span.fields["code"], "OK", "{span:?}");
    // The first request (the config) and the two turns.
    assert_eq!(span.fields["sent"], "3", "{span:?}");
    assert_eq!(span.fields["received"], received.to_string(), "{span:?}");
    drop(responses);
    assert_eq!(the_stream_span(&capture).fields["code"], "OK");
    s.emulator.shutdown().await.unwrap();
}

#[tokio::test]
async fn a_stream_the_server_refuses_records_the_servers_code() {
    let s = setup().await;
    let capture = Arc::new(Capture::default());
    let _guard = tracing::subscriber::set_default(capture.clone());

    let missing = format!("{}x", s.caller);
    let opened = s
        .grpc
        .streaming_analyze_content()
        .set_participant(&missing)
        .set_config(text_config())
        .await;
    // The refusal comes when the stream opens or as its first response, depending on when
    // the server sends its status; the span records it either way.
    let code = match opened {
        Err(e) => e.code(),
        Ok((_sender, mut responses)) => responses.next().await.unwrap().unwrap_err().code(),
    };
    assert_eq!(code, Code::NotFound);
    let span = the_stream_span(&capture);
    assert_eq!(span.fields["code"], "NOT_FOUND", "{span:?}");
    assert_eq!(span.fields["received"], "0", "{span:?}");
    s.emulator.shutdown().await.unwrap();
}

#[tokio::test]
async fn a_stream_dropped_by_the_caller_records_cancelled() {
    let s = setup().await;
    let capture = Arc::new(Capture::default());
    let _guard = tracing::subscriber::set_default(capture.clone());

    let (sender, mut responses) = s
        .grpc
        .streaming_analyze_content()
        .set_participant(&s.caller)
        .set_config(text_config())
        .await
        .unwrap();
    sender.send(text("hello there")).await.unwrap();
    // A final transcript, then the message: read one, then give up on the call.
    responses.next().await.unwrap().unwrap();
    assert!(
        !capture.spans("dialogflow.stream")[0]
            .fields
            .contains_key("code")
    );
    drop(responses);
    drop(sender);

    let span = the_stream_span(&capture);
    assert_eq!(span.fields["code"], "CANCELLED", "{span:?}");
    assert_eq!(span.fields["received"], "1", "{span:?}");
    assert_eq!(span.fields["sent"], "2", "{span:?}");
    s.emulator.shutdown().await.unwrap();
}

#[tokio::test]
async fn a_stream_over_rest_records_the_refusal_of_the_wire() {
    let s = setup().await;
    let capture = Arc::new(Capture::default());
    let _guard = tracing::subscriber::set_default(capture.clone());

    let err = s
        .rest
        .streaming_analyze_content()
        .set_participant(&s.caller)
        .set_config(text_config())
        .send_all(futures::stream::iter([text("hello")]))
        .await
        .unwrap_err();
    let span = the_stream_span(&capture);
    assert_eq!(span.fields["code"], err.code().as_str(), "{span:?}");
    assert_ne!(err.code(), Code::Ok);
    assert_eq!(span.fields["received"], "0", "{span:?}");
    s.emulator.shutdown().await.unwrap();
}

#[tokio::test]
async fn unary_calls_keep_their_call_spans_and_open_no_stream_span() {
    let s = setup().await;
    let capture = Arc::new(Capture::default());
    let _guard = tracing::subscriber::set_default(capture.clone());

    s.grpc.get_participant(&s.caller).await.unwrap();
    assert!(capture.spans("dialogflow.stream").is_empty());
    let calls = capture.spans("dialogflow.call");
    assert_eq!(calls.len(), 1, "{calls:#?}");
    assert_eq!(calls[0].fields["method"], "GetParticipant");
    assert_eq!(calls[0].fields["code"], "OK");
    assert_eq!(calls[0].fields["attempts"], "1");
    s.emulator.shutdown().await.unwrap();
}
