//! The AnalyzeContent cases of the e2e bench (`e2e.rs` has the shared helpers): one text
//! turn per call through the bare stubs, the stubs with the wire content, the transport and
//! the facade, over gRPC and REST.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use bytes::Bytes;
use criterion::{BenchmarkGroup, Criterion};
use dialogflow_conversations::ParticipantsClient;
use dialogflow_emulator::{Emulator, EmulatorHandle};
use dialogflow_transport::{
    CallOptions, GrpcTransport, ParticipantsTransport, RestTransport, TransportConfig,
};
use dialogflow_types::v2::conversations_client::ConversationsClient as RawStub;
use dialogflow_types::v2::participant::Role;
use dialogflow_types::v2::participants_client::ParticipantsClient as RawParticipants;
use dialogflow_types::v2::{
    AnalyzeContentRequest, AnalyzeContentResponse, Conversation, CreateConversationRequest,
    CreateParticipantRequest, Participant, TextInput, analyze_content_request,
};
use http_body_util::{BodyExt, Full};
use hyper_util::client::legacy::Client as HyperClient;
use hyper_util::client::legacy::connect::HttpConnector;
use tokio::runtime::Runtime;
use tonic::transport::Channel;

use super::{PARENT, bench_case, wire_headers};

/// How many conversations (one END_USER participant each) the AnalyzeContent calls take turns
/// on. The emulator keeps the answer of every call that carries a `request_id` and looks each
/// new id up among its conversation's answers, one by one: spread over this many
/// conversations, a run leaves a few dozen answers in each, so the lookup stays short and
/// the cases that run last pay no more than the first.
const PARTICIPANTS: usize = 1024;

/// The AnalyzeContent cases' emulator and clients.
struct Analyze {
    rt: Runtime,
    _emulator: EmulatorHandle,
    base: String,
    participants: Vec<String>,
    turn: AtomicUsize,
    raw_tonic: RawParticipants<Channel>,
    raw_hyper: HyperClient<HttpConnector, Full<Bytes>>,
    grpc: Arc<dyn ParticipantsTransport>,
    rest: Arc<dyn ParticipantsTransport>,
    facade_grpc: ParticipantsClient,
    facade_rest: ParticipantsClient,
}

impl Analyze {
    /// The participant of the next call, and the call's number.
    fn next(&self) -> (String, usize) {
        let n = self.turn.fetch_add(1, Ordering::Relaxed);
        (self.participants[n % PARTICIPANTS].clone(), n)
    }
}

fn analyze_setup() -> Analyze {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    let (emulator, raw_tonic, participants) = rt.block_on(async {
        let emulator = Emulator::builder().seed(1).start().await.expect("emulator");
        let channel = Channel::from_shared(emulator.endpoint())
            .expect("endpoint")
            .connect()
            .await
            .expect("connect");
        let conversations = RawStub::new(channel.clone());
        let participants = RawParticipants::new(channel);
        let mut made = tokio::task::JoinSet::new();
        for i in 0..PARTICIPANTS {
            let (mut conversations, mut participants) =
                (conversations.clone(), participants.clone());
            made.spawn(async move {
                let conversation = conversations
                    .create_conversation(CreateConversationRequest {
                        parent: PARENT.into(),
                        conversation: Some(Conversation {
                            conversation_profile: "projects/bench/conversationProfiles/p".into(),
                            ..Default::default()
                        }),
                        conversation_id: format!("analyze-{i:04}"),
                    })
                    .await
                    .expect("create conversation")
                    .into_inner();
                let participant = participants
                    .create_participant(CreateParticipantRequest {
                        parent: conversation.name,
                        participant: Some(Participant {
                            role: Role::EndUser.into(),
                            ..Default::default()
                        }),
                    })
                    .await
                    .expect("create participant")
                    .into_inner();
                (i, participant.name)
            });
        }
        let mut names = vec![String::new(); PARTICIPANTS];
        while let Some(done) = made.join_next().await {
            let (i, name) = done.expect("join");
            names[i] = name;
        }
        (emulator, participants, names)
    });
    let endpoint = emulator.endpoint();
    let raw_hyper = super::raw_hyper();
    let (grpc, rest, facade_grpc, facade_rest) = rt.block_on(async {
        let config = || TransportConfig::new(endpoint.clone());
        let grpc: Arc<dyn ParticipantsTransport> =
            Arc::new(GrpcTransport::new(config()).expect("grpc transport"));
        let rest: Arc<dyn ParticipantsTransport> =
            Arc::new(RestTransport::new(config()).expect("rest transport"));
        let (facade_grpc, facade_rest) = super::facades(&emulator.host()).await;
        (grpc, rest, facade_grpc, facade_rest)
    });
    Analyze {
        rt,
        _emulator: emulator,
        base: endpoint,
        participants,
        turn: AtomicUsize::new(0),
        raw_tonic,
        raw_hyper,
        grpc,
        rest,
        facade_grpc,
        facade_rest,
    }
}

/// The text turn every AnalyzeContent call sends.
fn turn_text() -> TextInput {
    TextInput {
        text: "hello, I would like to check the status of my order".into(),
        language_code: "en-US".into(),
    }
}

/// The request of one AnalyzeContent call; `request_id` empty for the bare baselines.
fn analyze_request(participant: String, request_id: String) -> AnalyzeContentRequest {
    AnalyzeContentRequest {
        participant,
        request_id,
        input: Some(analyze_content_request::Input::TextInput(turn_text())),
        ..Default::default()
    }
}

/// A request id for the `_wire` baselines and the transport, as long as the facade's
/// generated ones (27 characters), unique per call.
fn wire_request_id(n: usize) -> String {
    format!("r{n:026}")
}

fn check_answer(answer: &AnalyzeContentResponse) {
    assert!(answer.message.is_some(), "AnalyzeContent gave no message");
}

/// The raw REST baseline of a POST: the request's JSON (its path field left out) as the body.
async fn hyper_post<T: serde::de::DeserializeOwned>(
    client: &HyperClient<HttpConnector, Full<Bytes>>,
    url: String,
    mut headers: http::HeaderMap,
    body: Vec<u8>,
) -> T {
    headers.insert(
        http::header::CONTENT_TYPE,
        http::HeaderValue::from_static("application/json"),
    );
    let mut request = http::Request::new(Full::new(Bytes::from(body)));
    *request.method_mut() = http::Method::POST;
    *request.uri_mut() = url.parse().expect("uri");
    *request.headers_mut() = headers;
    let resp = client.request(request).await.expect("response");
    assert_eq!(resp.status(), 200);
    let body = resp.into_body().collect().await.expect("body").to_bytes();
    serde_json::from_slice(&body).expect("JSON")
}

/// The project's two layers on one wire, AnalyzeContent: the transport (given a request id,
/// so that it sends what the facade sends), then the facade.
fn analyze_layers(
    group: &mut BenchmarkGroup<'_, criterion::measurement::WallTime>,
    s: &Arc<Analyze>,
    transport: &Arc<dyn ParticipantsTransport>,
    facade: &ParticipantsClient,
) {
    bench_case(group, &s.rt, "transport", false, || {
        let t = transport.clone();
        let (participant, n) = s.next();
        let req = analyze_request(participant, wire_request_id(n));
        async move {
            let answer = t
                .analyze_content(req, &CallOptions::new())
                .await
                .expect("analyze");
            check_answer(&answer);
            answer
        }
    });
    bench_case(group, &s.rt, "facade", false, || {
        let client = facade.clone();
        let (participant, _) = s.next();
        async move {
            let answer = client
                .analyze_content(participant, turn_text())
                .await
                .expect("analyze");
            check_answer(&answer);
            answer
        }
    });
}

/// AnalyzeContent, one call at a time (`x1` only: every call adds a message and an answer to
/// the emulator's state, so 64 in flight would grow it by gigabytes over a run).
pub(crate) fn analyze_content(c: &mut Criterion) {
    let s = Arc::new(analyze_setup());

    let mut group = c.benchmark_group("analyze_content/grpc/x1");
    let stub = s.raw_tonic.clone();
    bench_case(&mut group, &s.rt, "raw_tonic", false, || {
        let mut stub = stub.clone();
        let (participant, _) = s.next();
        let req = analyze_request(participant, String::new());
        async move {
            let answer = stub
                .analyze_content(req)
                .await
                .expect("analyze")
                .into_inner();
            check_answer(&answer);
            answer
        }
    });
    bench_case(&mut group, &s.rt, "raw_tonic_wire", false, || {
        let mut stub = stub.clone();
        let (participant, n) = s.next();
        let headers = wire_headers("grpc/0.14", &format!("participant={participant}"));
        let mut req = tonic::Request::new(analyze_request(participant, wire_request_id(n)));
        *req.metadata_mut() = tonic::metadata::MetadataMap::from_headers(headers);
        req.set_timeout(std::time::Duration::from_secs(220));
        async move {
            let answer = stub
                .analyze_content(req)
                .await
                .expect("analyze")
                .into_inner();
            check_answer(&answer);
            answer
        }
    });
    analyze_layers(&mut group, &s, &s.grpc, &s.facade_grpc);
    group.finish();

    let mut group = c.benchmark_group("analyze_content/rest/x1");
    // The participant is in the URL; the body holds the rest of the request.
    let body = |request_id: String| {
        serde_json::to_vec(&analyze_request(String::new(), request_id)).expect("JSON")
    };
    bench_case(&mut group, &s.rt, "raw_hyper", false, || {
        let client = s.raw_hyper.clone();
        let (participant, _) = s.next();
        let url = format!("{}/v2/{participant}:analyzeContent", s.base);
        let body = body(String::new());
        async move {
            let answer: AnalyzeContentResponse =
                hyper_post(&client, url, http::HeaderMap::new(), body).await;
            check_answer(&answer);
            answer
        }
    });
    bench_case(&mut group, &s.rt, "raw_hyper_wire", false, || {
        let client = s.raw_hyper.clone();
        let (participant, n) = s.next();
        let url = format!(
            "{}/v2/{participant}:analyzeContent?$alt=json;enum-encoding=int",
            s.base
        );
        let headers = wire_headers("rest/1", &format!("participant={participant}"));
        let body = body(wire_request_id(n));
        async move {
            let answer: AnalyzeContentResponse = hyper_post(&client, url, headers, body).await;
            check_answer(&answer);
            answer
        }
    });
    analyze_layers(&mut group, &s, &s.rest, &s.facade_rest);
    group.finish();
}
