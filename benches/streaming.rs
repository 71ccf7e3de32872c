//! StreamingAnalyzeContent against the in-process emulator over loopback (gRPC only: the method
//! has no REST binding). One iteration is one stream: the first request (participant and a
//! LINEAR16 audio config), then 10 s of 16 kHz audio in 100 ms chunks (100 requests of 3,200
//! bytes), written with the emulator's audio convention (`dialogflow_emulator::audio`) so that
//! it hears an utterance about every 0.6 s and answers with about one response per chunk
//! (interim and final transcripts, then each turn's message); then half-close, and every
//! response read. The cases, all sending the same requests:
//!
//! * `raw_tonic`: the generated tonic stub (`participants_client::ParticipantsClient`) on its own
//!   `Channel`, the requests as a `futures` stream, no metadata, no deadline: the baseline;
//! * `raw_tonic_wire`: the same with what the client sends on the wire besides the messages
//!   (`x-goog-request-params: participant=...`, `x-goog-api-client`, a 220 s `grpc-timeout`);
//! * `raw_tonic_channel`: the bare stub fed through a tokio channel of 8 requests by a second
//!   task, the baseline of the client's sender/receiver form;
//! * `transport`: `GrpcTransport::streaming_analyze_content` (the stream's 220 s deadline);
//! * `facade`: `ParticipantsClient::streaming_analyze_content()...send_all(requests)`;
//! * `facade_sender`: the same builder awaited for its `RequestSender` / `ResponseReceiver`,
//!   sending and reading at once.
//!
//! The emulator runs on a runtime of its own (one worker thread); the client runs on a
//! current-thread runtime on the bench's main thread, so all of its work, the HTTP/2
//! connection's task included, happens on that thread. The groups:
//!
//! * `streaming_analyze_content/grpc/x1`: wall time of a stream; criterion's throughput is
//!   chunks per second;
//! * `streaming_analyze_content/grpc/x1_cpu`: the CPU time the client's thread used per stream
//!   (from `/proc/thread-self/schedstat`), so "time" is client CPU and the throughput is chunks
//!   per client CPU-second; divide the time by 100 for the CPU per chunk.
//!
//! ```sh
//! cargo bench -p dialogflow-benches --bench streaming -- --warm-up-time 1 --measurement-time 5
//! ```

use std::hint::black_box;
use std::sync::Arc;
use std::time::Duration;

use criterion::{BenchmarkGroup, Criterion, Throughput, criterion_group, criterion_main};
use dialogflow_conversations::streaming::{RequestStream, StreamCounts};
use dialogflow_conversations::{ParticipantsClient, Transport};
use dialogflow_emulator::{Emulator, EmulatorHandle, audio};
use dialogflow_transport::{CallOptions, GrpcTransport, ParticipantsTransport, TransportConfig};
use dialogflow_types::v2::conversations_client::ConversationsClient as RawConversations;
use dialogflow_types::v2::participant::Role;
use dialogflow_types::v2::participants_client::ParticipantsClient as RawStub;
use dialogflow_types::v2::streaming_analyze_content_request::{Config, Input};
use dialogflow_types::v2::{
    AudioEncoding, Conversation, CreateConversationRequest, CreateParticipantRequest,
    InputAudioConfig, Participant, StreamingAnalyzeContentRequest, StreamingAnalyzeContentResponse,
};
use futures::StreamExt as _;
use futures::stream::BoxStream;
use tokio::runtime::Runtime;
use tonic::transport::Channel;

const RATE: i32 = 16_000;
/// 100 ms of 16 kHz LINEAR16 mono: 1,600 samples of 2 bytes.
const CHUNK_BYTES: usize = RATE as usize / 10 * 2;
/// Chunks per stream: 10 s of audio.
const CHUNKS: usize = 100;
/// The buffer of the channel-fed baseline, the client's default for its sender.
const BUFFER: usize = 8;
/// The stream deadline the client applies by default (the service config's 220 s).
const DEADLINE: Duration = Duration::from_secs(220);

/// The emulator, on its own runtime, and one client of each kind on the main thread's.
struct Setup {
    rt: Runtime,
    _emulator: EmulatorHandle,
    /// Declared after the emulator so that it is dropped after it.
    _server_rt: Runtime,
    participant: String,
    chunks: Arc<Vec<Vec<u8>>>,
    /// How many responses a stream of these chunks gets (checked on every stream).
    responses: usize,
    raw_tonic: RawStub<Channel>,
    transport: Arc<dyn ParticipantsTransport>,
    facade: ParticipantsClient,
}

fn setup() -> Setup {
    let server_rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .expect("server runtime");
    let emulator = server_rt
        .block_on(Emulator::builder().seed(1).start())
        .expect("emulator");
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("client runtime");
    let endpoint = emulator.endpoint();
    let (raw_tonic, participant, transport, facade) = rt.block_on(async {
        let channel = Channel::from_shared(endpoint.clone())
            .expect("endpoint")
            .connect()
            .await
            .expect("connect");
        let conversation = RawConversations::new(channel.clone())
            .create_conversation(CreateConversationRequest {
                parent: "projects/bench".into(),
                conversation: Some(Conversation {
                    conversation_profile: "projects/bench/conversationProfiles/p".into(),
                    ..Default::default()
                }),
                conversation_id: "streaming".into(),
            })
            .await
            .expect("create conversation")
            .into_inner();
        let mut stub = RawStub::new(channel);
        let participant = stub
            .create_participant(CreateParticipantRequest {
                parent: conversation.name,
                participant: Some(Participant {
                    role: Role::EndUser.into(),
                    ..Default::default()
                }),
            })
            .await
            .expect("create participant")
            .into_inner()
            .name;
        let transport: Arc<dyn ParticipantsTransport> = Arc::new(
            GrpcTransport::new(TransportConfig::new(endpoint.clone())).expect("grpc transport"),
        );
        let facade = ParticipantsClient::builder()
            .with_emulator_host(emulator.host())
            .with_transport(Transport::Grpc)
            .build()
            .await
            .expect("facade");
        (stub, participant, transport, facade)
    });
    let chunks = Arc::new(audio_chunks());
    let mut s = Setup {
        rt,
        _emulator: emulator,
        _server_rt: server_rt,
        participant,
        chunks,
        responses: 0,
        raw_tonic,
        transport,
        facade,
    };
    s.responses = s.rt.block_on(self::raw_tonic(&s));
    assert!(
        s.responses >= CHUNKS / 2,
        "the emulator answered a stream with {} responses only",
        s.responses
    );
    s
}

/// `CHUNKS` chunks of audio: one utterance after another (the text, then 300 ms of silence).
fn audio_chunks() -> Vec<Vec<u8>> {
    let utterance = audio::encode_utterance("please check my order status", RATE as u32);
    let audio: Vec<u8> = utterance
        .iter()
        .copied()
        .cycle()
        .take(CHUNKS * CHUNK_BYTES)
        .collect();
    audio.chunks(CHUNK_BYTES).map(<[u8]>::to_vec).collect()
}

/// The first request of a stream: the participant and the audio config.
fn first_request(participant: &str) -> StreamingAnalyzeContentRequest {
    StreamingAnalyzeContentRequest {
        participant: participant.into(),
        config: Some(audio_config()),
        ..Default::default()
    }
}

fn audio_config() -> Config {
    Config::AudioConfig(InputAudioConfig {
        audio_encoding: AudioEncoding::Linear16.into(),
        sample_rate_hertz: RATE,
        language_code: "en-US".into(),
        ..Default::default()
    })
}

/// The audio requests of one stream, each made (and its chunk copied) as the wire takes it.
fn audio_requests(
    chunks: &Arc<Vec<Vec<u8>>>,
) -> impl futures::Stream<Item = StreamingAnalyzeContentRequest> + Send + 'static {
    let chunks = chunks.clone();
    futures::stream::iter(0..CHUNKS).map(move |i| StreamingAnalyzeContentRequest {
        input: Some(Input::InputAudio(chunks[i].clone())),
        ..Default::default()
    })
}

/// Every request of one stream, the first included.
fn all_requests(s: &Setup) -> BoxStream<'static, StreamingAnalyzeContentRequest> {
    futures::stream::once(std::future::ready(first_request(&s.participant)))
        .chain(audio_requests(&s.chunks))
        .boxed()
}

async fn drain_tonic(mut responses: tonic::Streaming<StreamingAnalyzeContentResponse>) -> usize {
    let mut n = 0;
    while let Some(response) = responses.message().await.expect("response") {
        black_box(response);
        n += 1;
    }
    n
}

async fn drain(
    mut responses: dialogflow_conversations::streaming::ResponseReceiver<
        StreamingAnalyzeContentResponse,
    >,
) -> usize {
    let mut n = 0;
    while let Some(response) = responses.next().await {
        black_box(response.expect("response"));
        n += 1;
    }
    n
}

async fn raw_tonic(s: &Setup) -> usize {
    let mut stub = s.raw_tonic.clone();
    let responses = stub
        .streaming_analyze_content(all_requests(s))
        .await
        .expect("open")
        .into_inner();
    drain_tonic(responses).await
}

async fn raw_tonic_wire(s: &Setup) -> usize {
    let mut stub = s.raw_tonic.clone();
    let mut request = tonic::Request::new(all_requests(s));
    let metadata = request.metadata_mut();
    let params = format!("participant={}", s.participant);
    metadata.insert(
        "x-goog-api-client",
        "gl-rust/1.88.0 gccl/0.1.0 gax/0.1.0 grpc/0.14"
            .parse()
            .expect("header"),
    );
    metadata.insert("x-goog-request-params", params.parse().expect("header"));
    request.set_timeout(DEADLINE);
    let responses = stub
        .streaming_analyze_content(request)
        .await
        .expect("open")
        .into_inner();
    drain_tonic(responses).await
}

async fn raw_tonic_channel(s: &Setup) -> usize {
    let mut stub = s.raw_tonic.clone();
    let (tx, mut rx) = tokio::sync::mpsc::channel(BUFFER);
    let requests = futures::stream::poll_fn(move |cx| rx.poll_recv(cx));
    let first = first_request(&s.participant);
    let mut audio = Box::pin(audio_requests(&s.chunks));
    let send = async move {
        tx.send(first).await.expect("send");
        while let Some(request) = audio.next().await {
            tx.send(request).await.expect("send");
        }
    };
    let receive = async {
        let responses = stub
            .streaming_analyze_content(requests)
            .await
            .expect("open")
            .into_inner();
        drain_tonic(responses).await
    };
    let ((), n) = futures::join!(send, receive);
    n
}

async fn transport(s: &Setup) -> usize {
    let requests = RequestStream::from_stream(all_requests(s), StreamCounts::new());
    let options = CallOptions::new().with_timeout(DEADLINE);
    let responses = s
        .transport
        .streaming_analyze_content(requests, &options)
        .await
        .expect("open");
    drain(responses).await
}

async fn facade(s: &Setup) -> usize {
    let responses = s
        .facade
        .streaming_analyze_content()
        .set_participant(s.participant.clone())
        .set_config(audio_config())
        .send_all(audio_requests(&s.chunks))
        .await
        .expect("open");
    drain(responses).await
}

async fn facade_sender(s: &Setup) -> usize {
    let (sender, receiver) = s
        .facade
        .streaming_analyze_content()
        .set_participant(s.participant.clone())
        .set_config(audio_config())
        .await
        .expect("open");
    let mut audio = Box::pin(audio_requests(&s.chunks));
    let send = async move {
        while let Some(request) = audio.next().await {
            sender.send(request).await.expect("send");
        }
    };
    let ((), n) = futures::join!(send, drain(receiver));
    n
}

/// One stream of `case`, checked: every case gets the same responses.
fn stream_once<F>(s: &Setup, case: F)
where
    F: AsyncFn(&Setup) -> usize,
{
    let n = s.rt.block_on(case(s));
    assert_eq!(
        n, s.responses,
        "a stream got a different number of responses"
    );
}

/// The CPU time the calling thread has used so far (the kernel's scheduler statistics, in
/// nanoseconds), or `None` where the kernel does not give it.
fn thread_cpu() -> Option<Duration> {
    let text = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let nanos = text.split_whitespace().next()?.parse().ok()?;
    Some(Duration::from_nanos(nanos))
}

fn bench_cases(
    group: &mut BenchmarkGroup<'_, criterion::measurement::WallTime>,
    s: &Setup,
    cpu: bool,
) {
    macro_rules! case {
        ($name:ident) => {
            if cpu {
                group.bench_function(stringify!($name), |b| {
                    b.iter_custom(|iters| {
                        let start = thread_cpu().expect("thread CPU time");
                        for _ in 0..iters {
                            stream_once(s, $name);
                        }
                        thread_cpu().expect("thread CPU time") - start
                    })
                });
            } else {
                group.bench_function(stringify!($name), |b| b.iter(|| stream_once(s, $name)));
            }
        };
    }
    case!(raw_tonic);
    case!(raw_tonic_wire);
    case!(raw_tonic_channel);
    case!(transport);
    case!(facade);
    case!(facade_sender);
}

fn streaming_analyze_content(c: &mut Criterion) {
    let s = setup();
    for cpu in [false, true] {
        let mut group = c.benchmark_group(if cpu {
            "streaming_analyze_content/grpc/x1_cpu"
        } else {
            "streaming_analyze_content/grpc/x1"
        });
        group.throughput(Throughput::Elements(CHUNKS as u64));
        if !cpu || thread_cpu().is_some() {
            bench_cases(&mut group, &s, cpu);
        } else {
            eprintln!("no /proc/thread-self/schedstat: the client CPU cases are skipped");
        }
        group.finish();
    }
}

criterion_group!(benches, streaming_analyze_content);
criterion_main!(benches);
