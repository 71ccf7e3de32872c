//! StreamingAnalyzeContent over real loopback with tonic's generated client: order of the
//! responses, text, audio and DTMF, single utterance, half-close, errors, the stream limit,
//! faults mid-stream, cancellation and backpressure.

mod common;

use std::time::{Duration, Instant};

use common::*;
use dialogflow_emulator::{Emulator, EmulatorHandle, FaultPlan, audio};
use dialogflow_types::v2::participant::Role;
use dialogflow_types::v2::participants_client::ParticipantsClient;
use dialogflow_types::v2::streaming_analyze_content_request::{Config, Input};
use dialogflow_types::v2::streaming_recognition_result::MessageType;
use dialogflow_types::v2::*;
use futures::SinkExt as _;
use futures::channel::mpsc;
use tonic::Code;

type Responses = tonic::Streaming<StreamingAnalyzeContentResponse>;

/// A conversation with an END_USER participant; the participant's name.
async fn participant(emu: &EmulatorHandle) -> (String, String) {
    let mut c = conversations(emu).await;
    let conv = create(&mut c, "projects/p1/locations/global", "")
        .await
        .name;
    let p = ParticipantsClient::new(channel(emu).await)
        .create_participant(CreateParticipantRequest {
            parent: conv.clone(),
            participant: Some(Participant {
                role: Role::EndUser as i32,
                ..Default::default()
            }),
        })
        .await
        .unwrap()
        .into_inner();
    (conv, p.name)
}

fn text_config(participant: &str) -> StreamingAnalyzeContentRequest {
    StreamingAnalyzeContentRequest {
        participant: participant.into(),
        config: Some(Config::TextConfig(InputTextConfig {
            language_code: "en-US".into(),
        })),
        ..Default::default()
    }
}

fn audio_config(participant: &str, single_utterance: bool) -> StreamingAnalyzeContentRequest {
    StreamingAnalyzeContentRequest {
        participant: participant.into(),
        config: Some(Config::AudioConfig(InputAudioConfig {
            audio_encoding: AudioEncoding::Linear16 as i32,
            sample_rate_hertz: 16_000,
            language_code: "en-US".into(),
            single_utterance,
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

/// Opens a stream; the sender stays open until dropped (half-close).
async fn open(
    emu: &EmulatorHandle,
    first: StreamingAnalyzeContentRequest,
) -> (mpsc::Sender<StreamingAnalyzeContentRequest>, Responses) {
    let (mut tx, rx) = mpsc::channel(4);
    tx.send(first).await.unwrap();
    let responses = ParticipantsClient::new(channel(emu).await)
        .streaming_analyze_content(rx)
        .await
        .expect("stream opens")
        .into_inner();
    (tx, responses)
}

/// A compact view of a response: `I:` interim, `F:` final, `E` end of single utterance,
/// `D:` DTMF digits, `M:` a message.
fn view(r: &StreamingAnalyzeContentResponse) -> String {
    if let Some(rr) = &r.recognition_result {
        return match MessageType::try_from(rr.message_type) {
            Ok(MessageType::EndOfSingleUtterance) => "E".into(),
            Ok(MessageType::DtmfDigits) => format!("D:{}", rr.transcript),
            _ if rr.is_final => format!("F:{}", rr.transcript),
            _ => format!("I:{}", rr.transcript),
        };
    }
    format!(
        "M:{}",
        r.message.as_ref().map_or("", |m| m.content.as_str())
    )
}

/// Every response until the stream ends, and how it ended.
async fn drain(mut responses: Responses) -> (Vec<String>, Result<(), tonic::Status>) {
    let mut out = Vec::new();
    loop {
        match responses.message().await {
            Ok(Some(r)) => out.push(view(&r)),
            Ok(None) => return (out, Ok(())),
            Err(e) => return (out, Err(e)),
        }
    }
}

async fn message_count(emu: &EmulatorHandle, conv: &str) -> usize {
    let mut c = conversations(emu).await;
    let mut token = String::new();
    let mut n = 0;
    loop {
        let page = c
            .list_messages(ListMessagesRequest {
                parent: conv.into(),
                page_size: 1000,
                page_token: token,
                ..Default::default()
            })
            .await
            .unwrap()
            .into_inner();
        n += page.messages.len();
        token = page.next_page_token;
        if token.is_empty() {
            return n;
        }
    }
}

#[tokio::test]
async fn text_turns_in_order_then_half_close() {
    let emu = start().await;
    let (conv, p) = participant(&emu).await;
    let (mut tx, responses) = open(&emu, text_config(&p)).await;
    tx.send(input(Input::InputText("hello  there".into())))
        .await
        .unwrap();
    tx.send(input(Input::InputText("bye".into())))
        .await
        .unwrap();
    drop(tx);
    let (seen, end) = drain(responses).await;
    assert_eq!(seen, ["F:hello there", "M:hello there", "F:bye", "M:bye"]);
    end.unwrap();
    assert_eq!(message_count(&emu, &conv).await, 2);
    assert_eq!(emu.streams_cancelled(), 0);
}

#[tokio::test]
async fn audio_interim_then_final_whatever_the_chunks() {
    let emu = start().await;
    let (_, p) = participant(&emu).await;
    let (mut tx, responses) = open(&emu, audio_config(&p, false)).await;
    let mut pcm = audio::encode_utterance("book a flight", 16_000);
    // No trailing silence: the half-close finalises it.
    pcm.extend(audio::encode_text("to Paris", 16_000));
    for chunk in pcm.chunks(3_200) {
        tx.send(input(Input::InputAudio(chunk.to_vec())))
            .await
            .unwrap();
    }
    drop(tx);
    let (seen, end) = drain(responses).await;
    end.unwrap();
    assert_eq!(
        seen,
        [
            "I:book",
            "I:book a",
            "F:book a flight",
            "M:book a flight",
            "I:to",
            "F:to Paris",
            "M:to Paris"
        ]
    );
}

#[tokio::test]
async fn single_utterance_ends_the_stream_and_dtmf_is_digits() {
    let emu = start().await;
    let (conv, p) = participant(&emu).await;
    let (mut tx, responses) = open(&emu, audio_config(&p, true)).await;
    let mut pcm = audio::encode_utterance("yes", 16_000);
    pcm.extend(audio::encode_utterance("ignored", 16_000));
    tx.send(input(Input::InputAudio(pcm))).await.unwrap();
    // The sender stays open: the emulator ends the stream by itself.
    let (seen, end) = drain(responses).await;
    end.unwrap();
    assert_eq!(seen, ["F:yes", "E", "M:yes"]);
    drop(tx);

    let (mut tx, responses) = open(&emu, text_config(&p)).await;
    tx.send(input(Input::InputDtmf(TelephonyDtmfEvents {
        dtmf_events: vec![
            TelephonyDtmf::DtmfOne as i32,
            TelephonyDtmf::DtmfTwo as i32,
            TelephonyDtmf::DtmfPound as i32,
        ],
    })))
    .await
    .unwrap();
    drop(tx);
    let (seen, end) = drain(responses).await;
    end.unwrap();
    assert_eq!(seen, ["D:12#", "M:12#"]);
    assert_eq!(message_count(&emu, &conv).await, 2);
}

#[tokio::test]
async fn bad_requests_name_the_field() {
    let emu = start().await;
    let (conv, p) = participant(&emu).await;
    let cases: Vec<(Vec<StreamingAnalyzeContentRequest>, Code, &str)> = vec![
        (
            vec![StreamingAnalyzeContentRequest {
                participant: p.clone(),
                ..Default::default()
            }],
            Code::InvalidArgument,
            "audio_config",
        ),
        (
            vec![StreamingAnalyzeContentRequest {
                participant: String::new(),
                ..text_config("")
            }],
            Code::InvalidArgument,
            "participant",
        ),
        (
            vec![text_config(&format!("{conv}/participants/ghost"))],
            Code::NotFound,
            "ghost",
        ),
        (
            vec![text_config(&p), text_config(&p)],
            Code::InvalidArgument,
            "text_config",
        ),
        (
            vec![{
                let mut r = audio_config(&p, false);
                if let Some(Config::AudioConfig(a)) = &mut r.config {
                    a.sample_rate_hertz = 0;
                }
                r
            }],
            Code::InvalidArgument,
            "audio_config.sample_rate_hertz",
        ),
        (
            vec![text_config(&p), input(Input::InputAudio(vec![0; 320]))],
            Code::InvalidArgument,
            "input_audio",
        ),
    ];
    for (requests, code, needle) in cases {
        let mut requests = requests.into_iter();
        let (mut tx, responses) = open(&emu, requests.next().unwrap()).await;
        for r in requests {
            let _ = tx.send(r).await;
        }
        let (seen, end) = drain(responses).await;
        let e = end.expect_err("the stream fails");
        assert_eq!(e.code(), code, "{e:?}");
        assert!(e.message().contains(needle), "{needle}: {e:?}");
        assert!(seen.is_empty(), "{seen:?}");
        drop(tx);
    }
}

#[tokio::test]
async fn the_stream_limit_ends_with_out_of_range_after_what_was_final() {
    let emu = Emulator::builder()
        .stream_limit(Duration::from_millis(400))
        .start()
        .await
        .unwrap();
    let (_, p) = participant(&emu).await;
    let (mut tx, responses) = open(&emu, text_config(&p)).await;
    tx.send(input(Input::InputText("quick".into())))
        .await
        .unwrap();
    let started = Instant::now();
    let (seen, end) = drain(responses).await;
    assert!(started.elapsed() >= Duration::from_millis(300));
    assert_eq!(seen, ["F:quick", "M:quick"]);
    let e = end.unwrap_err();
    assert_eq!(e.code(), Code::OutOfRange, "{e:?}");
    assert_eq!(
        e.message(),
        "Exceeded maximum allowed stream duration of 0.4 seconds."
    );
    drop(tx);

    // Audio counts by its own duration: 3 s of audio against a 2 s limit, sent at once.
    let emu = Emulator::builder()
        .stream_limit(Duration::from_secs(2))
        .start()
        .await
        .unwrap();
    let (_, p) = participant(&emu).await;
    let (mut tx, responses) = open(&emu, audio_config(&p, false)).await;
    let mut pcm = audio::encode_utterance("first", 16_000);
    pcm.extend(audio::silence(Duration::from_secs(3), 16_000));
    pcm.extend(audio::encode_utterance("never heard", 16_000));
    for chunk in pcm.chunks(3_200) {
        if tx
            .send(input(Input::InputAudio(chunk.to_vec())))
            .await
            .is_err()
        {
            break;
        }
    }
    let (seen, end) = drain(responses).await;
    assert_eq!(seen, ["F:first", "M:first"]);
    assert_eq!(end.unwrap_err().code(), Code::OutOfRange);
}

#[tokio::test]
async fn faults_mid_stream() {
    let emu = start().await;
    let (_, p) = participant(&emu).await;
    let turns = |tx: mpsc::Sender<StreamingAnalyzeContentRequest>| async move {
        let mut tx = tx;
        for t in ["one", "two", "three"] {
            let _ = tx.send(input(Input::InputText(t.into()))).await;
        }
    };
    // An error after k responses, for the next stream only.
    emu.set_faults(FaultPlan::new().stream_fail_after(3).stream_fail_streams(1));
    let (tx, responses) = open(&emu, text_config(&p)).await;
    turns(tx).await;
    let (seen, end) = drain(responses).await;
    assert_eq!(seen, ["F:one", "M:one", "F:two"]);
    let e = end.unwrap_err();
    assert_eq!(e.code(), Code::Unavailable);
    assert!(e.message().contains("after 3 responses"), "{e:?}");
    let (tx, responses) = open(&emu, text_config(&p)).await;
    turns(tx).await;
    assert_eq!(
        drain(responses).await.0.len(),
        6,
        "the next stream is undisturbed"
    );

    // A dropped connection: the stream breaks without a status from the emulator.
    emu.set_faults(FaultPlan::new().stream_fail_after(1).drop_connection(true));
    let (tx, responses) = open(&emu, text_config(&p)).await;
    turns(tx).await;
    let (seen, end) = drain(responses).await;
    assert_eq!(seen, ["F:one"]);
    let e = end.unwrap_err();
    assert!(!e.message().contains("injected"), "{e:?}");

    // Latency before every response.
    emu.set_faults(FaultPlan::new().stream_latency(Duration::from_millis(60)));
    let (tx, responses) = open(&emu, text_config(&p)).await;
    let started = Instant::now();
    turns(tx).await;
    let (seen, end) = drain(responses).await;
    end.unwrap();
    assert_eq!(seen.len(), 6);
    assert!(started.elapsed() >= Duration::from_millis(360));
}

async fn wait_for(what: impl Fn() -> bool) -> bool {
    let deadline = Instant::now() + Duration::from_secs(5);
    while !what() {
        if Instant::now() > deadline {
            return false;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    true
}

/// One gRPC message frame.
fn grpc_frame(message: &impl prost::Message) -> bytes::Bytes {
    let body = message.encode_to_vec();
    let mut out = vec![0u8];
    out.extend_from_slice(&(body.len() as u32).to_be_bytes());
    out.extend_from_slice(&body);
    out.into()
}

#[tokio::test]
async fn a_reset_stream_is_seen_as_cancelled() {
    use http_body_util::{BodyExt as _, StreamBody};
    use hyper::body::Frame;
    let emu = start().await;
    let (_, p) = participant(&emu).await;
    // A raw HTTP/2 client, so that the test controls the reset: a request body that fails
    // makes hyper send RST_STREAM.
    let tcp = tokio::net::TcpStream::connect(emu.local_addr())
        .await
        .unwrap();
    let (mut sender, conn) = hyper::client::conn::http2::handshake(
        hyper_util::rt::TokioExecutor::new(),
        hyper_util::rt::TokioIo::new(tcp),
    )
    .await
    .unwrap();
    tokio::spawn(conn);
    let (mut body_tx, body_rx) = mpsc::channel::<Result<Frame<bytes::Bytes>, std::io::Error>>(4);
    let request = hyper::Request::post(format!(
        "{}/google.cloud.dialogflow.v2.Participants/StreamingAnalyzeContent",
        emu.endpoint()
    ))
    .header("content-type", "application/grpc")
    .header("te", "trailers")
    .body(StreamBody::new(body_rx))
    .unwrap();
    body_tx
        .send(Ok(Frame::data(grpc_frame(&text_config(&p)))))
        .await
        .unwrap();
    body_tx
        .send(Ok(Frame::data(grpc_frame(&input(Input::InputText(
            "hi".into(),
        ))))))
        .await
        .unwrap();
    let mut response = sender.send_request(request).await.unwrap().into_body();
    let first = response.frame().await.unwrap().unwrap();
    assert!(first.is_data());
    assert_eq!(emu.streams_open(), 1);
    body_tx
        .send(Err(std::io::Error::other("the client gives up")))
        .await
        .unwrap();
    assert!(
        wait_for(|| emu.streams_cancelled() == 1 && emu.streams_open() == 0).await,
        "cancelled {}, open {}",
        emu.streams_cancelled(),
        emu.streams_open()
    );
    drop(response);
}

#[tokio::test]
async fn tonic_dropping_the_whole_call_ends_the_stream() {
    let emu = start().await;
    let (_, p) = participant(&emu).await;
    let (mut tx, mut responses) = open(&emu, text_config(&p)).await;
    tx.send(input(Input::InputText("hi".into()))).await.unwrap();
    assert!(responses.message().await.unwrap().is_some());
    // With tonic's client, dropping the responses alone leaves the HTTP/2 stream open while
    // the request side is; dropping both ends it (a half-close, then a reset).
    drop(responses);
    drop(tx);
    assert!(wait_for(|| emu.streams_open() == 0).await);
    // A stream that ends normally is not counted as cancelled.
    let (mut tx, responses) = open(&emu, text_config(&p)).await;
    tx.send(input(Input::InputText("bye".into())))
        .await
        .unwrap();
    drop(tx);
    drain(responses).await.1.unwrap();
    assert!(wait_for(|| emu.streams_open() == 0).await);
    assert_eq!(emu.streams_opened(), 2);
    assert!(emu.streams_cancelled() <= 1);
}

#[tokio::test]
async fn a_slow_reader_holds_the_stream_back() {
    let emu = start().await;
    let (conv, p) = participant(&emu).await;
    let (mut tx, mut responses) = open(&emu, text_config(&p)).await;
    const TURNS: usize = 2_000;
    let text = "x".repeat(2_000);
    let sender = tokio::spawn(async move {
        for _ in 0..TURNS {
            if tx
                .send(input(Input::InputText(text.clone())))
                .await
                .is_err()
            {
                break;
            }
        }
    });
    // Nobody reads: the emulator stops once the buffers are full (8 MB of responses would
    // be needed otherwise).
    tokio::time::sleep(Duration::from_millis(1_500)).await;
    let stalled = message_count(&emu, &conv).await;
    assert!(
        stalled < TURNS,
        "{stalled} turns processed without a reader"
    );
    let mut n = 0;
    while let Some(r) = responses.message().await.unwrap() {
        n += 1;
        if n == 2 * TURNS {
            assert!(r.message.is_some());
            break;
        }
    }
    sender.await.unwrap();
    assert_eq!(message_count(&emu, &conv).await, TURNS);
}

#[tokio::test]
async fn ten_minutes_of_audio_in_100_ms_chunks() {
    let emu = Emulator::builder()
        .stream_limit(Duration::from_secs(3_600))
        .start()
        .await
        .unwrap();
    let (_, p) = participant(&emu).await;
    let (mut tx, responses) = open(&emu, audio_config(&p, false)).await;
    let mut pcm = Vec::new();
    let mut said = Vec::new();
    while pcm.len() < 600 * 32_000 {
        let words = format!("turn {}", said.len());
        pcm.extend(audio::encode_utterance(&words, 16_000));
        pcm.extend(audio::silence(Duration::from_secs(2), 16_000));
        said.push(words);
    }
    let reader = tokio::spawn(drain(responses));
    for chunk in pcm.chunks(3_200) {
        tx.send(input(Input::InputAudio(chunk.to_vec())))
            .await
            .unwrap();
    }
    drop(tx);
    let (seen, end) = reader.await.unwrap();
    end.unwrap();
    let finals: Vec<_> = seen
        .iter()
        .filter_map(|s| s.strip_prefix("F:"))
        .map(str::to_string)
        .collect();
    assert_eq!(finals, said);
}

#[tokio::test]
async fn streamed_messages_are_written_before_their_response() {
    let path = std::env::temp_dir().join(format!(
        "emu-streaming-{}-{:?}.db",
        std::process::id(),
        std::time::SystemTime::now()
    ));
    let _ = std::fs::remove_file(&path);
    let emu = Emulator::builder().data_file(&path).start().await.unwrap();
    let (conv, p) = participant(&emu).await;
    let (mut tx, mut responses) = open(&emu, text_config(&p)).await;
    tx.send(input(Input::InputText("remember me".into())))
        .await
        .unwrap();
    let mut seen = Vec::new();
    while seen.len() < 2 {
        seen.push(view(&responses.message().await.unwrap().unwrap()));
    }
    assert_eq!(seen, ["F:remember me", "M:remember me"]);
    // The stream is still open and nothing shuts down gracefully.
    drop(emu);
    tokio::time::sleep(Duration::from_millis(100)).await;
    let emu = Emulator::builder().data_file(&path).start().await.unwrap();
    assert_eq!(message_count(&emu, &conv).await, 1);
    drop((tx, responses));
    emu.shutdown().await.unwrap();
    let _ = std::fs::remove_file(&path);
}

#[tokio::test]
async fn stream_faults_through_the_admin_route() {
    let emu = start().await;
    let (status, plan) = http(
        emu.local_addr(),
        "POST",
        "/emulator/v1/faults",
        Some(r#"{"streamFailAfter": 1, "streamFailStreams": 1, "code": "INTERNAL"}"#),
    )
    .await;
    assert_eq!(status, 200, "{plan}");
    assert_eq!(plan["streamFailAfter"], 1);
    assert_eq!(emu.faults().stream_fail_after_value(), Some(1));
    let (_, p) = participant(&emu).await;
    let (mut tx, responses) = open(&emu, text_config(&p)).await;
    tx.send(input(Input::InputText("one".into())))
        .await
        .unwrap();
    let (seen, end) = drain(responses).await;
    assert_eq!(seen, ["F:one"]);
    assert_eq!(end.unwrap_err().code(), Code::Internal);
    assert_eq!(emu.faults().stream_fail_streams_value(), Some(0));
}
