//! `StreamingAnalyzeContent` through `ParticipantsClient` against the in-process emulator over
//! gRPC: order, half-close, cancel by drop, the deadline, a server error mid-stream, a slow
//! consumer, a long audio stream, the routing header, and the long-call helper across the
//! emulator's stream limit and dropped connections.
#![cfg(all(feature = "grpc", feature = "participants"))]

mod common;

use std::time::Duration;

use dialogflow_conversations::streaming::ResponseReceiver;
use dialogflow_conversations::{Code, ConversationsClient, ParticipantsClient, Transport};
use dialogflow_emulator::{Emulator, EmulatorHandle, FaultPlan, audio};
use dialogflow_types::v2::participant::Role;
use dialogflow_types::v2::streaming_analyze_content_request::{Config, Input};
use dialogflow_types::v2::streaming_recognition_result::MessageType;
use dialogflow_types::v2::*;
use futures::{StreamExt, TryStreamExt};
use proptest::prelude::*;

const RATE: i32 = 16_000;

async fn start(limit: Duration) -> EmulatorHandle {
    Emulator::builder()
        .seed(5)
        .stream_limit(limit)
        .start()
        .await
        .expect("emulator starts")
}

/// The clients of one connection to the emulator, and an END_USER participant of a new
/// conversation.
async fn setup(emu: &EmulatorHandle) -> (ConversationsClient, ParticipantsClient, Participant) {
    let connection = common::connection(emu, Transport::Grpc).await;
    let conversations = ConversationsClient::from_connection(&connection).unwrap();
    let participants = ParticipantsClient::from_connection(&connection).unwrap();
    let conversation = common::conversation_on(&conversations, common::PROFILE).await;
    let caller = common::participant(&participants, &conversation.name, Role::EndUser).await;
    (conversations, participants, caller)
}

fn text_first(participant: &str) -> StreamingAnalyzeContentRequest {
    StreamingAnalyzeContentRequest {
        participant: participant.into(),
        config: Some(Config::TextConfig(InputTextConfig {
            language_code: "en-US".into(),
        })),
        ..Default::default()
    }
}

fn audio_first(participant: &str) -> StreamingAnalyzeContentRequest {
    StreamingAnalyzeContentRequest {
        participant: participant.into(),
        config: Some(Config::AudioConfig(InputAudioConfig {
            audio_encoding: AudioEncoding::Linear16.into(),
            sample_rate_hertz: RATE,
            language_code: "en-US".into(),
            ..Default::default()
        })),
        ..Default::default()
    }
}

fn input(input: Input) -> StreamingAnalyzeContentRequest {
    StreamingAnalyzeContentRequest {
        input: Some(input),
        ..Default::default()
    }
}

/// The final transcripts among `responses`.
fn finals(responses: &[StreamingAnalyzeContentResponse]) -> Vec<String> {
    responses
        .iter()
        .filter_map(|r| r.recognition_result.as_ref())
        .filter(|r| r.is_final && r.message_type == MessageType::Transcript as i32)
        .map(|r| r.transcript.clone())
        .collect()
}

/// `audio` cut into chunks of 100 ms.
fn chunks(audio: &[u8]) -> Vec<StreamingAnalyzeContentRequest> {
    audio
        .chunks(RATE as usize / 10 * 2)
        .map(|c| input(Input::InputAudio(c.to_vec())))
        .collect()
}

async fn drain(
    receiver: &mut ResponseReceiver<StreamingAnalyzeContentResponse>,
) -> Result<Vec<StreamingAnalyzeContentResponse>, dialogflow_conversations::Error> {
    let mut out = Vec::new();
    while let Some(r) = receiver.next().await {
        out.push(r?);
    }
    Ok(out)
}

#[tokio::test]
async fn text_turns_come_back_in_order_and_half_close_ends_the_call() {
    let emu = start(Duration::from_secs(180)).await;
    let (conversations, participants, caller) = setup(&emu).await;
    let (sender, mut receiver) = participants
        .streaming_analyze_content()
        .set_participant(&caller.name)
        .set_config(Config::TextConfig(InputTextConfig {
            language_code: "en-US".into(),
        }))
        .await
        .expect("stream opens");
    let turns = ["my parcel is late", "it was due on monday", "order 4417"];
    for turn in turns {
        sender
            .send(input(Input::InputText(turn.into())))
            .await
            .unwrap();
    }
    drop(sender); // half-close
    let responses = drain(&mut receiver).await.expect("the call ends normally");
    assert_eq!(finals(&responses), turns);
    // Each final transcript is followed by the response with its message.
    let messages: Vec<&str> = responses
        .iter()
        .filter_map(|r| r.message.as_ref())
        .map(|m| m.content.as_str())
        .collect();
    assert_eq!(messages, turns);
    assert_eq!(receiver.counts().sent(), 4, "the config and three turns");
    assert_eq!(receiver.counts().received(), responses.len() as u64);

    let conversation = caller.name.rsplit_once("/participants/").unwrap().0;
    let listed: Vec<Message> = conversations
        .list_messages(conversation)
        .by_item()
        .try_collect()
        .await
        .unwrap();
    let mut contents: Vec<&str> = listed.iter().map(|m| m.content.as_str()).collect();
    contents.sort_unstable();
    let mut want = turns.to_vec();
    want.sort_unstable();
    assert_eq!(contents, want);

    // The stream sent the participant as its routing header, and nothing else.
    let recorded = emu.recorded_requests();
    let stream = recorded
        .iter()
        .find(|r| r.method.ends_with("/StreamingAnalyzeContent"))
        .expect("the stream was recorded");
    let params = stream.header("x-goog-request-params").unwrap_or_default();
    assert!(params.starts_with("participant="), "{params}");
    assert!(!params.contains('&'), "{params}");
}

#[tokio::test]
async fn send_all_streams_any_stream_of_requests() {
    let emu = start(Duration::from_secs(180)).await;
    let (_, participants, caller) = setup(&emu).await;
    let turns = vec!["one", "two", "three"];
    let requests =
        futures::stream::iter(turns.clone()).map(|t| input(Input::InputText(t.to_string())));
    let mut receiver = participants
        .request(text_first(&caller.name))
        .send_all(requests)
        .await
        .unwrap();
    let responses = drain(&mut receiver).await.unwrap();
    assert_eq!(finals(&responses), turns);
}

#[tokio::test]
async fn dropping_the_receiver_cancels_the_call() {
    let emu = start(Duration::from_secs(180)).await;
    let (_, participants, caller) = setup(&emu).await;
    let (sender, mut receiver) = participants
        .request(text_first(&caller.name))
        .await
        .unwrap();
    sender
        .send(input(Input::InputText("hello".into())))
        .await
        .unwrap();
    let first = receiver.next().await.unwrap().unwrap();
    assert!(first.recognition_result.is_some());
    assert_eq!(emu.streams_open(), 1);
    drop(receiver);
    // The emulator sees the stream reset, and the sender learns that the call ended.
    let seen = async {
        while emu.streams_cancelled() == 0 || emu.streams_open() != 0 {
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    };
    tokio::time::timeout(Duration::from_secs(10), seen)
        .await
        .expect("the emulator saw the reset");
    let send_fails = async {
        loop {
            if sender
                .send(input(Input::InputText("anyone?".into())))
                .await
                .is_err()
            {
                break;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    };
    tokio::time::timeout(Duration::from_secs(10), send_fails)
        .await
        .expect("the sender sees the end of the call");
}

#[tokio::test]
async fn the_deadline_ends_a_stream_that_runs_too_long() {
    let emu = start(Duration::from_secs(180)).await;
    let (_, participants, caller) = setup(&emu).await;
    let (_sender, mut receiver) = participants
        .request(text_first(&caller.name))
        .with_timeout(Duration::from_millis(300))
        .await
        .unwrap();
    // Nothing is sent and the sender stays open: only the deadline can end this.
    let err = tokio::time::timeout(Duration::from_secs(10), receiver.next())
        .await
        .expect("the deadline fired")
        .expect("an item")
        .unwrap_err();
    assert_eq!(err.code(), Code::DeadlineExceeded, "{err}");
    assert!(receiver.next().await.is_none(), "nothing after the error");
}

#[tokio::test]
async fn a_server_error_mid_stream_says_how_far_the_stream_got() {
    let emu = start(Duration::from_secs(180)).await;
    let (_, participants, caller) = setup(&emu).await;
    emu.set_faults(
        FaultPlan::new()
            .stream_fail_after(2)
            .code(dialogflow_types::rpc::Code::Internal),
    );
    let turns = ["a", "b", "c"].map(|t| input(Input::InputText(t.into())));
    let mut receiver = participants
        .request(text_first(&caller.name))
        .send_all(futures::stream::iter(turns))
        .await
        .unwrap();
    let mut received = 0;
    let err = loop {
        match receiver.next().await {
            Some(Ok(_)) => received += 1,
            Some(Err(e)) => break e,
            None => panic!("the stream ended without the injected error"),
        }
    };
    assert_eq!(received, 2);
    assert_eq!(err.code(), Code::Internal, "{err}");
    assert!(err.to_string().contains("2 response(s) received"), "{err}");
    assert!(receiver.next().await.is_none());
}

#[tokio::test]
async fn a_slow_consumer_holds_the_sender_back() {
    let emu = start(Duration::from_secs(600)).await;
    let (_, participants, caller) = setup(&emu).await;
    let (sender, receiver) = participants
        .request(text_first(&caller.name))
        .with_buffer(1)
        .await
        .unwrap();
    // Nobody reads the responses: the buffers between the caller and the emulator fill up
    // (the sender's, HTTP/2's flow-control windows, the emulator's bounded queue), and then
    // `send` waits instead of queueing without end.
    let mut accepted = 0u32;
    let blocked = loop {
        let turn = input(Input::InputText(format!(
            "turn {accepted} {}",
            "x".repeat(1000)
        )));
        match tokio::time::timeout(Duration::from_secs(2), sender.send(turn)).await {
            Ok(Ok(())) => accepted += 1,
            Ok(Err(e)) => panic!("the call ended: {e}"),
            Err(_) => break true,
        }
        if accepted > 50_000 {
            break false;
        }
    };
    assert!(blocked, "50,000 turns were accepted without anyone reading");
    assert!(accepted > 0);
    drop(receiver);
}

#[tokio::test]
async fn ten_minutes_of_audio_in_100_ms_chunks() {
    let emu = start(Duration::from_secs(15 * 60)).await;
    let (_, participants, caller) = setup(&emu).await;
    // Ten utterances, each padded with silence to a minute.
    let mut pcm = Vec::new();
    let mut said = Vec::new();
    for minute in 0..10 {
        let text = format!("minute {minute} of the call");
        let utterance = audio::encode_utterance(&text, RATE as u32);
        let pad = Duration::from_secs(60)
            - Duration::from_secs_f64(utterance.len() as f64 / (2.0 * f64::from(RATE)));
        pcm.extend(utterance);
        pcm.extend(audio::silence(pad, RATE as u32));
        said.push(text);
    }
    assert_eq!(pcm.len(), 600 * RATE as usize * 2);
    let requests = chunks(&pcm);
    assert_eq!(requests.len(), 6_000);
    let mut receiver = participants
        .request(audio_first(&caller.name))
        .send_all(futures::stream::iter(requests))
        .await
        .unwrap();
    let responses = drain(&mut receiver)
        .await
        .expect("the stream ends normally");
    assert_eq!(finals(&responses), said);
    assert_eq!(receiver.counts().sent(), 6_001);
    // Offsets are in the stream's audio time: the n-th utterance ends in its minute.
    let offsets: Vec<i64> = responses
        .iter()
        .filter_map(|r| r.recognition_result.as_ref())
        .filter(|r| r.is_final)
        .filter_map(|r| r.speech_end_offset.as_ref())
        .map(|d| d.seconds)
        .collect();
    assert_eq!(offsets.len(), 10);
    for (minute, seconds) in offsets.iter().enumerate() {
        assert_eq!(*seconds / 60, minute as i64, "{offsets:?}");
    }
}

/// Sends `utterances` as audio through a long call, under a stream limit of `limit` and with
/// `drops` streams broken after a few responses; the final transcripts and the restarts.
async fn long_call(utterances: &[String], limit: Duration, drops: u32) -> (Vec<String>, u32) {
    let emu = start(limit).await;
    let (_, participants, caller) = setup(&emu).await;
    if drops > 0 {
        emu.set_faults(
            FaultPlan::new()
                .stream_fail_after(3)
                .stream_fail_streams(drops)
                .drop_connection(true),
        );
    }
    let (sender, mut receiver) = participants
        .long_call(audio_first(&caller.name))
        .start()
        .await
        .expect("the call starts");
    let mut pcm = Vec::new();
    for u in utterances {
        pcm.extend(audio::encode_utterance(u, RATE as u32));
    }
    let requests = chunks(&pcm);
    let feeding = tokio::spawn(async move {
        for r in requests {
            sender.send(r).await.expect("the call takes the input");
        }
    });
    let mut transcripts = Vec::new();
    while let Some(response) = receiver.next().await {
        let response = response.expect("the long call survives its streams' ends");
        if let Some(r) = response.recognition_result
            && r.is_final
            && r.message_type == MessageType::Transcript as i32
        {
            transcripts.push(r.transcript);
        }
    }
    feeding.await.unwrap();
    (transcripts, receiver.restarts())
}

#[tokio::test]
async fn a_long_call_outlives_the_stream_limit_and_dropped_connections() {
    let said: Vec<String> = (0..12).map(|i| format!("utterance number {i}")).collect();
    // Each utterance is about 0.6 s of audio: a 2 s limit ends several streams mid-call.
    let (heard, restarts) = long_call(&said, Duration::from_secs(2), 2).await;
    assert_eq!(heard, said);
    assert!(restarts >= 3, "{restarts} restarts");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 6, .. ProptestConfig::default() })]

    /// Whatever the words, the limit and the drops, the final transcripts of a long call,
    /// joined, are what was said: nothing lost, nothing finalized twice.
    #[test]
    fn a_long_call_loses_and_repeats_nothing(
        words in proptest::collection::vec("[a-z]{1,8}( [a-z]{1,8}){0,3}", 1..8),
        limit_ms in 1_000u64..2_500,
        drops in 0u32..3,
    ) {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        let (heard, _) = rt.block_on(long_call(&words, Duration::from_millis(limit_ms), drops));
        prop_assert_eq!(heard.join(" | "), words.join(" | "));
    }
}
