//! GetConversation against the emulator over loopback, through both surfaces: gRPC with a raw
//! tonic stub and REST with a plain keep-alive HTTP/1.1 connection.
//!
//! `cargo bench -p dialogflow-benches --bench emulator -- --warm-up-time 1 --measurement-time 3`

use std::hint::black_box;

use bytes::Bytes;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use dialogflow_emulator::Emulator;
use dialogflow_types::v2::conversations_client::ConversationsClient;
use dialogflow_types::v2::{Conversation, CreateConversationRequest, GetConversationRequest};
use http_body_util::{BodyExt, Empty};
use hyper_util::rt::TokioIo;

const CONCURRENCY: usize = 32;

async fn connect(endpoint: String) -> ConversationsClient<tonic::transport::Channel> {
    let channel = tonic::transport::Channel::from_shared(endpoint)
        .expect("endpoint")
        .connect()
        .await
        .expect("connect");
    ConversationsClient::new(channel)
}

fn get_conversation(c: &mut Criterion) {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    let (emulator, name) = rt.block_on(async {
        let emulator = Emulator::builder().seed(1).start().await.expect("emulator");
        let mut client = connect(emulator.endpoint()).await;
        let made = client
            .create_conversation(CreateConversationRequest {
                parent: "projects/bench".into(),
                conversation: Some(Conversation {
                    conversation_profile: "projects/bench/conversationProfiles/p".into(),
                    ..Default::default()
                }),
                conversation_id: "bench-conv".into(),
            })
            .await
            .expect("create")
            .into_inner();
        (emulator, made.name)
    });

    let grpc = rt.block_on(async { connect(emulator.endpoint()).await });
    let path = format!("/v2/{name}");
    let rest = rt.block_on(async {
        let stream = tokio::net::TcpStream::connect(emulator.local_addr())
            .await
            .expect("tcp");
        stream.set_nodelay(true).expect("nodelay");
        let (sender, conn) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
            .await
            .expect("handshake");
        tokio::spawn(conn);
        sender
    });
    let rest = std::sync::Arc::new(tokio::sync::Mutex::new(rest));

    let mut group = c.benchmark_group("emulator_get_conversation");
    group.throughput(Throughput::Elements(1));
    group.bench_function("grpc", |b| {
        let mut client = grpc.clone();
        b.iter(|| {
            rt.block_on(async {
                let r = client
                    .get_conversation(GetConversationRequest { name: name.clone() })
                    .await
                    .expect("get");
                black_box(r.into_inner());
            })
        })
    });
    group.bench_function("rest_http1", |b| {
        b.iter(|| {
            rt.block_on(async {
                let mut sender = rest.lock().await;
                let req = hyper::Request::builder()
                    .uri(path.as_str())
                    .header("host", "localhost")
                    .body(Empty::<Bytes>::new())
                    .expect("request");
                sender.ready().await.expect("ready");
                let resp = sender.send_request(req).await.expect("response");
                assert_eq!(resp.status(), 200);
                black_box(resp.into_body().collect().await.expect("body").to_bytes());
            })
        })
    });

    // Many calls in flight at once: gRPC multiplexed on one HTTP/2 connection, REST on
    // CONCURRENCY keep-alive HTTP/1.1 connections.
    group.throughput(Throughput::Elements(CONCURRENCY as u64));
    group.bench_function(format!("grpc_x{CONCURRENCY}"), |b| {
        b.iter(|| {
            rt.block_on(async {
                let calls = (0..CONCURRENCY).map(|_| {
                    let mut client = grpc.clone();
                    let name = name.clone();
                    tokio::spawn(async move {
                        client
                            .get_conversation(GetConversationRequest { name })
                            .await
                            .expect("get")
                    })
                });
                for call in calls.collect::<Vec<_>>() {
                    black_box(call.await.expect("join"));
                }
            })
        })
    });
    let senders = rt.block_on(async {
        let mut senders = Vec::new();
        for _ in 0..CONCURRENCY {
            let stream = tokio::net::TcpStream::connect(emulator.local_addr())
                .await
                .expect("tcp");
            stream.set_nodelay(true).expect("nodelay");
            let (sender, conn) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
                .await
                .expect("handshake");
            tokio::spawn(conn);
            senders.push(std::sync::Arc::new(tokio::sync::Mutex::new(sender)));
        }
        senders
    });
    group.bench_function(format!("rest_http1_x{CONCURRENCY}"), |b| {
        b.iter(|| {
            rt.block_on(async {
                let calls = senders.iter().map(|s| {
                    let s = s.clone();
                    let path = path.clone();
                    tokio::spawn(async move {
                        let mut sender = s.lock().await;
                        let req = hyper::Request::builder()
                            .uri(path.as_str())
                            .header("host", "localhost")
                            .body(Empty::<Bytes>::new())
                            .expect("request");
                        sender.ready().await.expect("ready");
                        let resp = sender.send_request(req).await.expect("response");
                        resp.into_body().collect().await.expect("body").to_bytes()
                    })
                });
                for call in calls.collect::<Vec<_>>() {
                    black_box(call.await.expect("join"));
                }
            })
        })
    });
    group.finish();
    rt.block_on(async { emulator.shutdown().await.expect("shutdown") });
}

criterion_group!(benches, get_conversation);
criterion_main!(benches);
