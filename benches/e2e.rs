//! End-to-end calls against the in-process emulator over loopback: GetConversation and
//! ListConversations (page_size = 10), one call at a time and 64 in flight, and AnalyzeContent
//! (a text turn), one call at a time, through
//!
//! * `raw_tonic`: a bare tonic stub on its own channel (the gRPC baseline);
//! * `raw_hyper`: a bare hyper-util pooled HTTP/1.1 client, hand-built URL, the JSON response
//!   decoded into the typed message (the REST baseline);
//! * `raw_tonic_wire` / `raw_hyper_wire` (GetConversation, AnalyzeContent): the same baselines
//!   sending, built by hand, what the facade sends on the wire (routing and client headers,
//!   `grpc-timeout`, `$alt`; for AnalyzeContent also a `request_id`), to tell the wire
//!   contract's cost from the library's;
//! * `transport`: `GrpcTransport` / `RestTransport` from `dialogflow-transport` (one attempt);
//! * `facade`: `ConversationsClient` / `ParticipantsClient` from `dialogflow-conversations`
//!   (policy layer, retries on, the service config's deadline: 60 s, 220 s for AnalyzeContent,
//!   which also gets a generated `request_id`).
//!
//! StreamingAnalyzeContent has its own bench, `streaming.rs`.
//!
//! Each group holds one RPC on one wire at one concurrency, so the baseline sits next to what
//! it is the baseline of. Quick run (a few minutes on 2 cores):
//!
//! ```sh
//! cargo bench -p dialogflow-benches --bench e2e -- --warm-up-time 1 --measurement-time 2
//! ```
//!
//! Filter with a group name, e.g. `-- get_conversation/grpc`.

use std::hint::black_box;
use std::sync::Arc;

use bytes::Bytes;
use criterion::{BenchmarkGroup, Criterion, Throughput, criterion_group, criterion_main};
use dialogflow_conversations::{
    ClientBuilder, ConversationsClient, RequestOptions, ServiceClient, Transport,
};
use dialogflow_emulator::{Emulator, EmulatorHandle};
use dialogflow_transport::{
    CallOptions, ConversationsTransport, GrpcTransport, RestTransport, TransportConfig,
};
use dialogflow_types::v2::conversations_client::ConversationsClient as RawStub;
use dialogflow_types::v2::{
    Conversation, CreateConversationRequest, GetConversationRequest, ListConversationsRequest,
    ListConversationsResponse,
};
use http_body_util::{BodyExt, Empty};
use hyper_util::client::legacy::Client as HyperClient;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioExecutor;
use tokio::runtime::Runtime;
use tonic::transport::Channel;

#[path = "e2e_analyze.rs"]
mod analyze;

const IN_FLIGHT: usize = 64;
const PARENT: &str = "projects/bench";
const PAGE_SIZE: i32 = 10;

/// A client of `C` per wire on the emulator at `host` (`host:port`): gRPC, then REST.
async fn facades<C: ServiceClient>(host: &str) -> (C, C) {
    let facade = |transport| {
        ClientBuilder::<C>::for_client()
            .with_emulator_host(host)
            .with_transport(transport)
            .build()
    };
    let grpc = facade(Transport::Grpc).await.expect("facade over gRPC");
    let rest = facade(Transport::Rest).await.expect("facade over REST");
    (grpc, rest)
}

/// The raw REST baseline's client: hyper's pooled client over plain TCP, with `TCP_NODELAY`
/// as the transport sets it.
fn raw_hyper<B>() -> HyperClient<HttpConnector, B>
where
    B: hyper::body::Body + Send + 'static,
    B::Data: Send,
{
    let mut connector = HttpConnector::new();
    connector.set_nodelay(true);
    HyperClient::builder(TokioExecutor::new()).build(connector)
}

/// Everything the cases share: one emulator, one client of each kind.
struct Setup {
    rt: Runtime,
    _emulator: EmulatorHandle,
    name: String,
    base: String,
    raw_tonic: RawStub<Channel>,
    raw_hyper: HyperClient<HttpConnector, Empty<Bytes>>,
    grpc: Arc<dyn ConversationsTransport>,
    rest: Arc<dyn ConversationsTransport>,
    facade_grpc: ConversationsClient,
    facade_rest: ConversationsClient,
}

fn setup() -> Setup {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    let (emulator, raw_tonic, name) = rt.block_on(async {
        let emulator = Emulator::builder().seed(1).start().await.expect("emulator");
        let channel = Channel::from_shared(emulator.endpoint())
            .expect("endpoint")
            .connect()
            .await
            .expect("connect");
        let mut stub = RawStub::new(channel);
        let mut name = String::new();
        // 30 conversations, so that a page of 10 is full and has a next page token.
        for i in 0..30 {
            let made = stub
                .create_conversation(CreateConversationRequest {
                    parent: PARENT.into(),
                    conversation: Some(Conversation {
                        conversation_profile: "projects/bench/conversationProfiles/p".into(),
                        ..Default::default()
                    }),
                    conversation_id: format!("bench-{i:02}"),
                })
                .await
                .expect("create")
                .into_inner();
            name = made.name;
        }
        (emulator, stub, name)
    });
    let endpoint = emulator.endpoint();
    let raw_hyper = raw_hyper();
    let (grpc, rest, facade_grpc, facade_rest) = rt.block_on(async {
        let grpc: Arc<dyn ConversationsTransport> = Arc::new(
            GrpcTransport::new(TransportConfig::new(endpoint.clone())).expect("grpc transport"),
        );
        let rest: Arc<dyn ConversationsTransport> = Arc::new(
            RestTransport::new(TransportConfig::new(endpoint.clone())).expect("rest transport"),
        );
        let (facade_grpc, facade_rest) = facades(&emulator.host()).await;
        (grpc, rest, facade_grpc, facade_rest)
    });
    Setup {
        rt,
        base: endpoint,
        _emulator: emulator,
        name,
        raw_tonic,
        raw_hyper,
        grpc,
        rest,
        facade_grpc,
        facade_rest,
    }
}

fn list_request() -> ListConversationsRequest {
    ListConversationsRequest {
        parent: PARENT.into(),
        page_size: PAGE_SIZE,
        ..Default::default()
    }
}

fn check_page(page: &ListConversationsResponse) {
    assert_eq!(page.conversations.len(), PAGE_SIZE as usize);
    assert!(!page.next_page_token.is_empty());
}

/// The raw REST baseline: a hand-built URL, no headers but `host`, the body decoded into `T`.
async fn hyper_get<T: serde::de::DeserializeOwned>(
    client: &HyperClient<HttpConnector, Empty<Bytes>>,
    url: &str,
) -> T {
    let resp = client
        .get(url.parse().expect("uri"))
        .await
        .expect("response");
    assert_eq!(resp.status(), 200);
    let body = resp.into_body().collect().await.expect("body").to_bytes();
    serde_json::from_slice(&body).expect("JSON")
}

/// The raw REST baseline again, with what the API asks every call to carry on the wire (the
/// `$alt` parameter, `x-goog-api-client`, `x-goog-request-params`, `user-agent`), built by
/// hand once: the difference to `raw_hyper` is what the wire contract costs, the difference
/// from here to `facade` is what the library's code costs.
async fn hyper_get_wire<T: serde::de::DeserializeOwned>(
    client: &HyperClient<HttpConnector, Empty<Bytes>>,
    url: &str,
    headers: http::HeaderMap,
) -> T {
    let mut request = http::Request::new(Empty::new());
    *request.uri_mut() = url.parse().expect("uri");
    *request.headers_mut() = headers;
    let resp = client.request(request).await.expect("response");
    assert_eq!(resp.status(), 200);
    let body = resp.into_body().collect().await.expect("body").to_bytes();
    serde_json::from_slice(&body).expect("JSON")
}

/// The headers the project's transports send, written out by hand for the `_wire` baselines.
fn wire_headers(wire: &str, params: &str) -> http::HeaderMap {
    let mut headers = http::HeaderMap::new();
    let api_client = format!("gl-rust/1.88.0 gccl/0.1.0 gax/0.1.0 {wire}");
    headers.insert("x-goog-api-client", api_client.parse().expect("header"));
    headers.insert("x-goog-request-params", params.parse().expect("header"));
    if wire == "rest/1" {
        headers.insert("user-agent", "dialogflow-rs/0.1.0".parse().expect("header"));
    }
    headers
}

/// Runs `call` once per iteration, or `IN_FLIGHT` copies of it concurrently (spawned tasks).
fn bench_case<F, Fut, T>(
    group: &mut BenchmarkGroup<'_, criterion::measurement::WallTime>,
    rt: &Runtime,
    id: &str,
    concurrent: bool,
    call: F,
) where
    F: Fn() -> Fut,
    Fut: Future<Output = T> + Send + 'static,
    T: Send + 'static,
{
    if concurrent {
        group.throughput(Throughput::Elements(IN_FLIGHT as u64));
        group.bench_function(id, |b| {
            b.iter(|| {
                rt.block_on(async {
                    let tasks: Vec<_> = (0..IN_FLIGHT).map(|_| tokio::spawn(call())).collect();
                    for task in tasks {
                        black_box(task.await.expect("join"));
                    }
                })
            })
        });
    } else {
        group.throughput(Throughput::Elements(1));
        group.bench_function(id, |b| b.iter(|| black_box(rt.block_on(call()))));
    }
}

/// The project's two layers on one wire, GetConversation: the transport alone, then the facade.
fn get_layers(
    group: &mut BenchmarkGroup<'_, criterion::measurement::WallTime>,
    s: &Setup,
    transport: &Arc<dyn ConversationsTransport>,
    facade: &ConversationsClient,
    concurrent: bool,
) {
    bench_case(group, &s.rt, "transport", concurrent, || {
        let t = transport.clone();
        let req = GetConversationRequest {
            name: s.name.clone(),
        };
        async move {
            t.get_conversation(req, &CallOptions::new())
                .await
                .expect("get")
        }
    });
    bench_case(group, &s.rt, "facade", concurrent, || {
        let client = facade.clone();
        let name = s.name.clone();
        async move { client.get_conversation(name).await.expect("get") }
    });
}

/// The project's two layers on one wire, one ListConversations page.
fn list_layers(
    group: &mut BenchmarkGroup<'_, criterion::measurement::WallTime>,
    rt: &Runtime,
    transport: &Arc<dyn ConversationsTransport>,
    facade: &ConversationsClient,
    concurrent: bool,
) {
    bench_case(group, rt, "transport", concurrent, || {
        let t = transport.clone();
        async move {
            let page = t
                .list_conversations(list_request(), &CallOptions::new())
                .await
                .expect("list");
            check_page(&page);
            page
        }
    });
    bench_case(group, rt, "facade", concurrent, || {
        let client = facade.clone();
        async move {
            let page = client
                .request(list_request())
                .with_options(RequestOptions::new())
                .await
                .expect("list");
            check_page(&page);
            page
        }
    });
}

fn get_conversation(c: &mut Criterion) {
    let s = setup();
    let get = || GetConversationRequest {
        name: s.name.clone(),
    };
    let url = format!("{}/v2/{}", s.base, s.name);
    for concurrent in [false, true] {
        let suffix = if concurrent { "x64" } else { "x1" };

        let mut group = c.benchmark_group(format!("get_conversation/grpc/{suffix}"));
        let stub = s.raw_tonic.clone();
        bench_case(&mut group, &s.rt, "raw_tonic", concurrent, || {
            let mut stub = stub.clone();
            let req = get();
            async move { stub.get_conversation(req).await.expect("get").into_inner() }
        });
        let metadata = tonic::metadata::MetadataMap::from_headers(wire_headers(
            "grpc/0.14",
            &format!("name={}", s.name),
        ));
        bench_case(&mut group, &s.rt, "raw_tonic_wire", concurrent, || {
            let mut stub = stub.clone();
            let mut req = tonic::Request::new(get());
            *req.metadata_mut() = metadata.clone();
            req.set_timeout(std::time::Duration::from_secs(60));
            async move { stub.get_conversation(req).await.expect("get").into_inner() }
        });
        get_layers(&mut group, &s, &s.grpc, &s.facade_grpc, concurrent);
        group.finish();

        let mut group = c.benchmark_group(format!("get_conversation/rest/{suffix}"));
        bench_case(&mut group, &s.rt, "raw_hyper", concurrent, || {
            let client = s.raw_hyper.clone();
            let url = url.clone();
            async move { hyper_get::<Conversation>(&client, &url).await }
        });
        let headers = wire_headers("rest/1", &format!("name={}", s.name));
        let wire_url = format!("{url}?$alt=json;enum-encoding=int");
        bench_case(&mut group, &s.rt, "raw_hyper_wire", concurrent, || {
            let client = s.raw_hyper.clone();
            let url = wire_url.clone();
            let headers = headers.clone();
            async move { hyper_get_wire::<Conversation>(&client, &url, headers).await }
        });
        get_layers(&mut group, &s, &s.rest, &s.facade_rest, concurrent);
        group.finish();
    }
}

fn list_conversations(c: &mut Criterion) {
    let s = setup();
    let url = format!("{}/v2/{PARENT}/conversations?pageSize={PAGE_SIZE}", s.base);
    for concurrent in [false, true] {
        let suffix = if concurrent { "x64" } else { "x1" };

        let mut group = c.benchmark_group(format!("list_conversations/grpc/{suffix}"));
        let stub = s.raw_tonic.clone();
        bench_case(&mut group, &s.rt, "raw_tonic", concurrent, || {
            let mut stub = stub.clone();
            async move {
                let page = stub
                    .list_conversations(list_request())
                    .await
                    .expect("list")
                    .into_inner();
                check_page(&page);
                page
            }
        });
        list_layers(&mut group, &s.rt, &s.grpc, &s.facade_grpc, concurrent);
        group.finish();

        let mut group = c.benchmark_group(format!("list_conversations/rest/{suffix}"));
        bench_case(&mut group, &s.rt, "raw_hyper", concurrent, || {
            let client = s.raw_hyper.clone();
            let url = url.clone();
            async move {
                let page = hyper_get::<ListConversationsResponse>(&client, &url).await;
                check_page(&page);
                page
            }
        });
        list_layers(&mut group, &s.rt, &s.rest, &s.facade_rest, concurrent);
        group.finish();
    }
}

criterion_group!(
    benches,
    get_conversation,
    list_conversations,
    analyze::analyze_content
);
criterion_main!(benches);
