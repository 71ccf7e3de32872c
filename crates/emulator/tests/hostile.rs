//! Hostile input to the emulator over loopback: truncated and malformed gRPC frames, invalid
//! UTF-8 in names (REST path, gRPC string fields), deep JSON nesting, huge strings and bodies,
//! giant page sizes. Each must give a clear error (a gRPC status or a JSON error body, with a
//! message of bounded size), never a panic, and the emulator must go on serving afterwards.
//! Every size and loop here is bounded; every connection is to 127.0.0.1.

mod common;

use std::time::{Duration, Instant};

use bytes::Bytes;
use common::{PROFILE, conversations, create, http, start, status_details};
use dialogflow_emulator::EmulatorHandle;
use dialogflow_types::v2::{
    Conversation, CreateConversationRequest, GetConversationRequest, ListConversationsRequest,
};
use http::HeaderMap;
use http_body_util::{BodyExt, Full};
use hyper_util::rt::{TokioExecutor, TokioIo};
use prost::Message as _;
use serde_json::Value;

const GET: &str = "/google.cloud.dialogflow.v2.Conversations/GetConversation";
const CREATE: &str = "/google.cloud.dialogflow.v2.Conversations/CreateConversation";
/// Errors may quote the input, but not all of a huge one.
const MAX_ERROR_MESSAGE: usize = 4096;

/// What a raw gRPC call gave: HTTP status, `grpc-status`, `grpc-message`, response body bytes.
#[derive(Debug)]
struct RawGrpc {
    http: u16,
    code: Option<i32>,
    message: String,
    body: Bytes,
}

fn grpc_field(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get(name)
        .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned())
}

/// Sends `payload` as the whole request body of a gRPC call (the caller builds the framing) on
/// a fresh HTTP/2 connection.
async fn raw_grpc(emulator: &EmulatorHandle, path: &str, payload: Vec<u8>) -> RawGrpc {
    let stream = tokio::net::TcpStream::connect(emulator.local_addr())
        .await
        .expect("tcp");
    let (mut sender, conn) =
        hyper::client::conn::http2::handshake(TokioExecutor::new(), TokioIo::new(stream))
            .await
            .expect("h2 handshake");
    tokio::spawn(conn);
    let req = hyper::Request::builder()
        .method("POST")
        .uri(format!("http://{}{path}", emulator.local_addr()))
        .header("content-type", "application/grpc")
        .header("te", "trailers")
        .body(Full::new(Bytes::from(payload)))
        .unwrap();
    let resp = tokio::time::timeout(Duration::from_secs(10), sender.send_request(req))
        .await
        .expect("the emulator answers within 10 s")
        .expect("response");
    let http = resp.status().as_u16();
    let headers = resp.headers().clone();
    let collected = tokio::time::timeout(Duration::from_secs(10), resp.into_body().collect())
        .await
        .expect("the body ends within 10 s")
        .expect("body");
    let trailers = collected.trailers().cloned().unwrap_or_default();
    let body = collected.to_bytes();
    // A trailers-only response carries the status in the headers.
    let code = grpc_field(&trailers, "grpc-status")
        .or_else(|| grpc_field(&headers, "grpc-status"))
        .and_then(|c| c.parse().ok());
    let message = grpc_field(&trailers, "grpc-message")
        .or_else(|| grpc_field(&headers, "grpc-message"))
        .unwrap_or_default();
    RawGrpc {
        http,
        code,
        message,
        body,
    }
}

/// A gRPC length-prefixed message: uncompressed flag, big-endian length, bytes.
fn frame(declared_len: u32, bytes: &[u8]) -> Vec<u8> {
    let mut out = vec![0u8];
    out.extend_from_slice(&declared_len.to_be_bytes());
    out.extend_from_slice(bytes);
    out
}

fn create_request(id: &str) -> CreateConversationRequest {
    CreateConversationRequest {
        parent: "projects/p1".into(),
        conversation: Some(Conversation {
            conversation_profile: PROFILE.into(),
            ..Default::default()
        }),
        conversation_id: id.into(),
    }
}

/// The emulator still serves: a fresh conversation can be created and read over both surfaces.
async fn still_serves(emulator: &EmulatorHandle, id: &str) {
    let mut client = conversations(emulator).await;
    let made = create(&mut client, "projects/p1", id).await;
    let got = client
        .get_conversation(GetConversationRequest {
            name: made.name.clone(),
        })
        .await
        .expect("get after hostile input")
        .into_inner();
    assert_eq!(got.name, made.name);
    let (status, body) = http(
        emulator.local_addr(),
        "GET",
        &format!("/v2/{}", made.name),
        None,
    )
    .await;
    assert_eq!(status, 200, "{body}");
}

/// The JSON error body of a REST error: status code matches, message present and bounded.
fn assert_rest_error(status: u16, body: &Value, expected_status: &[u16], what: &str) {
    assert!(
        expected_status.contains(&status),
        "{what}: HTTP {status}, body {}",
        truncate(&body.to_string())
    );
    let message = body["error"]["message"].as_str().unwrap_or_else(|| {
        panic!(
            "{what}: no error.message in {}",
            truncate(&body.to_string())
        )
    });
    assert!(!message.is_empty(), "{what}: empty message");
    assert!(
        message.len() <= MAX_ERROR_MESSAGE,
        "{what}: error message of {} bytes",
        message.len()
    );
    assert_eq!(body["error"]["code"], status, "{what}");
}

fn truncate(s: &str) -> String {
    s.chars().take(300).collect()
}

/// Peak resident memory of this process (Linux), in MiB; `None` elsewhere.
fn peak_rss_mib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024)
}

#[tokio::test]
async fn truncated_protobuf_over_grpc_is_an_error() {
    let emulator = start().await;
    let bytes = create_request("truncated-1").encode_to_vec();
    // Cut inside every field: the declared frame length matches what is sent, the message is
    // simply incomplete.
    for cut in [1, 3, bytes.len() / 2, bytes.len() - 1] {
        let truncated = &bytes[..cut];
        let r = raw_grpc(&emulator, CREATE, frame(truncated.len() as u32, truncated)).await;
        assert_eq!(r.http, 200, "{r:?}");
        let code = r.code.expect("grpc-status");
        assert!(code != 0, "cut at {cut}: {r:?}");
        assert!(!r.message.is_empty(), "cut at {cut}: no grpc-message");
        assert!(
            r.body.is_empty(),
            "cut at {cut}: a message came back: {r:?}"
        );
    }
    assert_eq!(
        emulator.conversation_count(),
        0,
        "a truncated request created something"
    );
    still_serves(&emulator, "after-truncated").await;
}

#[tokio::test]
async fn malformed_grpc_frames_are_errors() {
    let emulator = start().await;
    let valid = GetConversationRequest {
        name: "projects/p1/conversations/nope".into(),
    }
    .encode_to_vec();
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("frame declares more bytes than sent", frame(1000, &valid)),
        ("only half a frame header", vec![0, 0, 0]),
        (
            "4 GiB declared, 10 bytes sent",
            frame(u32::MAX, &valid[..10]),
        ),
        ("compressed flag without grpc-encoding", {
            let mut f = frame(valid.len() as u32, &valid);
            f[0] = 1;
            f
        }),
        ("unknown flag byte", {
            let mut f = frame(valid.len() as u32, &valid);
            f[0] = 0x80;
            f
        }),
        ("wire type 7 (invalid)", frame(2, &[0x0F, 0x00])),
        ("length-delimited field running past the end", {
            let body = [0x0A, 0x7F, b'a', b'b'];
            frame(body.len() as u32, &body)
        }),
        ("varint of 11 bytes", {
            let body = [
                0x08, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01,
            ];
            frame(body.len() as u32, &body)
        }),
    ];
    for (what, payload) in cases {
        let started = Instant::now();
        let r = raw_grpc(&emulator, GET, payload).await;
        let code = r
            .code
            .unwrap_or_else(|| panic!("{what}: no grpc-status: {r:?}"));
        assert!(code != 0, "{what}: {r:?}");
        assert!(!r.message.is_empty(), "{what}: no grpc-message");
        assert!(
            started.elapsed() < Duration::from_secs(5),
            "{what}: took {:?}",
            started.elapsed()
        );
        eprintln!("{what}: grpc-status {code}, {}", r.message);
    }
    if let Some(peak) = peak_rss_mib() {
        assert!(
            peak < 1024,
            "peak RSS {peak} MiB after a 4 GiB frame header"
        );
    }
    still_serves(&emulator, "after-frames").await;
}

#[tokio::test]
async fn invalid_utf8_in_a_grpc_string_field_is_an_error() {
    let emulator = start().await;
    // GetConversationRequest { name (field 1, length-delimited) = b"projects/p1/conversations/\xFF\xFE" }
    let mut name = b"projects/p1/conversations/".to_vec();
    name.extend_from_slice(&[0xFF, 0xFE]);
    let mut body = vec![0x0A, name.len() as u8];
    body.extend_from_slice(&name);
    let r = raw_grpc(&emulator, GET, frame(body.len() as u32, &body)).await;
    let code = r.code.expect("grpc-status");
    assert!(code != 0, "{r:?}");
    assert!(!r.message.is_empty());
    eprintln!("invalid UTF-8 name: grpc-status {code}, {}", r.message);

    // The same in CreateConversation's conversation_id (field 3) and parent (field 1).
    let valid = create_request("utf8-probe").encode_to_vec();
    let mut bad = valid.clone();
    let at = bad
        .windows(b"utf8-probe".len())
        .position(|w| w == b"utf8-probe")
        .unwrap();
    bad[at] = 0xC0; // an overlong-encoding lead byte: never valid UTF-8
    let r = raw_grpc(&emulator, CREATE, frame(bad.len() as u32, &bad)).await;
    assert!(r.code.is_some_and(|c| c != 0), "{r:?}");
    assert_eq!(emulator.conversation_count(), 0);
    still_serves(&emulator, "after-utf8").await;
}

#[tokio::test]
async fn invalid_utf8_in_a_rest_path_is_an_error() {
    let emulator = start().await;
    for path in [
        "/v2/projects/%FF/conversations/c1",
        "/v2/projects/p1/conversations/%C0%AF",
        "/v2/projects/p1/conversations/%ED%A0%80", // an encoded surrogate
        "/v2/projects/p1/conversations/c1%00",
        "/v2/projects/p1/conversations/%",
        "/v2/projects/p1/conversations?pageToken=%FF",
        "/v2/projects/p1/conversations?filter=%FF%FE",
    ] {
        let (status, body) = http(emulator.local_addr(), "GET", path, None).await;
        assert_rest_error(status, &body, &[400, 404], path);
    }
    let (status, body) = http(
        emulator.local_addr(),
        "POST",
        "/v2/projects/p1/conversations?conversationId=%FFbad",
        Some(&format!(r#"{{"conversationProfile":"{PROFILE}"}}"#)),
    )
    .await;
    assert_rest_error(status, &body, &[400], "conversationId=%FF");
    assert_eq!(emulator.conversation_count(), 0);
    still_serves(&emulator, "after-rest-utf8").await;
}

#[tokio::test]
async fn invalid_utf8_in_a_rest_body_is_an_error() {
    let emulator = start().await;
    let mut body = format!(r#"{{"conversationProfile":"{PROFILE}","name":"x"#).into_bytes();
    body.extend_from_slice(&[0xFF, 0xFE]);
    body.extend_from_slice(b"\"}");
    let stream = tokio::net::TcpStream::connect(emulator.local_addr())
        .await
        .unwrap();
    let (status, json) = common::http_over(
        stream,
        "POST",
        "/v2/projects/p1/conversations?conversationId=utf8-body",
        Some(("application/json", &body)),
        &[],
    )
    .await;
    assert_rest_error(status, &json, &[400], "invalid UTF-8 body");
    assert_eq!(emulator.conversation_count(), 0);
    still_serves(&emulator, "after-body-utf8").await;
}

#[tokio::test]
async fn deep_json_nesting_is_an_error() {
    let emulator = start().await;
    for depth in [200, 10_000, 100_000] {
        for (what, body) in [
            ("arrays", "[".repeat(depth)),
            ("unknown member", r#"{"x":"#.repeat(depth)),
            (
                "closed unknown member",
                format!(
                    r#"{{"conversationProfile":"{PROFILE}",{}1{}}}"#,
                    r#""x":{"y":"#.repeat(depth),
                    "}".repeat(depth)
                ),
            ),
        ] {
            let (status, json) = http(
                emulator.local_addr(),
                "POST",
                "/v2/projects/p1/conversations?conversationId=deep-json",
                Some(&body),
            )
            .await;
            assert_rest_error(status, &json, &[400], &format!("{what} x{depth}"));
        }
    }
    assert_eq!(emulator.conversation_count(), 0);
    still_serves(&emulator, "after-deep-json").await;
}

#[tokio::test]
async fn huge_strings_are_errors_with_bounded_messages() {
    let emulator = start().await;
    let huge = "a".repeat(10 << 20);

    // gRPC: a 10 MiB conversation_id through a tonic stub (the client does not limit it).
    let mut client = conversations(&emulator).await;
    let status = client
        .create_conversation(create_request(&huge))
        .await
        .expect_err("a 10 MiB conversation id");
    assert_ne!(status.code(), tonic::Code::Ok);
    assert!(
        status.message().len() <= MAX_ERROR_MESSAGE,
        "gRPC error message of {} bytes",
        status.message().len()
    );
    eprintln!(
        "10 MiB conversation_id over gRPC: {:?}, {}",
        status.code(),
        truncate(status.message())
    );

    // REST: a 10 MiB conversation profile in the JSON body (under the 16 MiB body limit): a
    // clean INVALID_ARGUMENT. (Its message quotes the whole value back: see
    // `huge_values_are_not_quoted_back_whole` below.)
    let body = format!(r#"{{"conversationProfile":"{huge}"}}"#);
    let (status, json) = http(
        emulator.local_addr(),
        "POST",
        "/v2/projects/p1/conversations?conversationId=huge-profile",
        Some(&body),
    )
    .await;
    assert_eq!(status, 400, "{}", truncate(&json.to_string()));
    assert_eq!(json["error"]["status"], "INVALID_ARGUMENT");
    eprintln!(
        "10 MiB conversationProfile over REST: HTTP {status}, error body of {} bytes",
        json.to_string().len()
    );

    // REST: a 17 MiB body, over the limit.
    let body = format!(r#"{{"conversationProfile":"{}"}}"#, "c".repeat(17 << 20));
    let (status, json) = http(
        emulator.local_addr(),
        "POST",
        "/v2/projects/p1/conversations?conversationId=over-limit",
        Some(&body),
    )
    .await;
    assert_rest_error(status, &json, &[400, 413], "17 MiB body");

    // REST: a 1 MiB name in the path (written by hand: the `http` crate refuses such URIs):
    // refused with a 4xx or a closed connection, never a hang.
    let outcome = tokio::time::timeout(Duration::from_secs(10), async {
        use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
        let mut stream = tokio::net::TcpStream::connect(emulator.local_addr())
            .await
            .unwrap();
        let request = format!(
            "GET /v2/projects/p1/conversations/{} HTTP/1.1\r\nhost: localhost\r\n\r\n",
            "d".repeat(1 << 20)
        );
        // The server may close the connection before it has read everything.
        let _ = stream.write_all(request.as_bytes()).await;
        let mut head = vec![0u8; 64];
        let n = stream.read(&mut head).await.unwrap_or(0);
        let head = String::from_utf8_lossy(&head[..n]).into_owned();
        head.split(' ').nth(1).and_then(|s| s.parse::<u16>().ok())
    })
    .await
    .expect("answered or closed within 10 s");
    if let Some(status) = outcome {
        assert!((400..500).contains(&status), "1 MiB path: HTTP {status}");
    }
    eprintln!("1 MiB REST path: {outcome:?}");

    assert_eq!(emulator.conversation_count(), 0);
    if let Some(peak) = peak_rss_mib() {
        assert!(peak < 2048, "peak RSS {peak} MiB");
    }
    still_serves(&emulator, "after-huge").await;
}

#[tokio::test]
async fn giant_and_invalid_page_sizes() {
    let emulator = start().await;
    let mut client = conversations(&emulator).await;
    for i in 0..5 {
        create(&mut client, "projects/p1", &format!("page-{i}")).await;
    }
    // gRPC: i32::MAX is clamped (to 1000), not an allocation of that many slots.
    let page = client
        .list_conversations(ListConversationsRequest {
            parent: "projects/p1".into(),
            page_size: i32::MAX,
            ..Default::default()
        })
        .await
        .expect("giant page size is clamped")
        .into_inner();
    assert_eq!(page.conversations.len(), 5);
    let status = client
        .list_conversations(ListConversationsRequest {
            parent: "projects/p1".into(),
            page_size: i32::MIN,
            ..Default::default()
        })
        .await
        .expect_err("negative page size");
    assert_eq!(status.code(), tonic::Code::InvalidArgument, "{status:?}");

    // REST.
    let addr = emulator.local_addr();
    let (status, body) = http(
        addr,
        "GET",
        "/v2/projects/p1/conversations?pageSize=2147483647",
        None,
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["conversations"].as_array().map(Vec::len), Some(5));
    for query in [
        "pageSize=2147483648",
        "pageSize=99999999999999999999999",
        "pageSize=-1",
        "pageSize=1e3",
        "pageSize=ten",
        "pageSize=%FF",
    ] {
        let (status, body) = http(
            addr,
            "GET",
            &format!("/v2/projects/p1/conversations?{query}"),
            None,
        )
        .await;
        assert_rest_error(status, &body, &[400], query);
    }
    let (status, body) = http(
        addr,
        "GET",
        "/v2/projects/p1/conversations/page-0/messages?pageSize=2147483647",
        None,
    )
    .await;
    assert_eq!(status, 200, "{body}");
    still_serves(&emulator, "after-page-size").await;
}

/// Many hostile requests in a row on one HTTP/2 connection and on fresh HTTP/1.1 connections:
/// the server neither leaks tasks into a stall nor stops answering.
#[tokio::test]
async fn a_burst_of_garbage_then_normal_service() {
    let emulator = start().await;
    let started = Instant::now();
    for i in 0u32..200 {
        let garbage: Vec<u8> = (0..(i % 64))
            .map(|j| (i.wrapping_mul(31) ^ j.wrapping_mul(7)) as u8)
            .collect();
        let r = raw_grpc(&emulator, CREATE, frame(garbage.len() as u32, &garbage)).await;
        assert!(r.code.is_some(), "{r:?}");
    }
    for i in 0..100 {
        let (status, _) = http(
            emulator.local_addr(),
            "POST",
            "/v2/projects/p1/conversations",
            Some(&"{".repeat(i * 10 + 1)),
        )
        .await;
        assert_eq!(status, 400);
    }
    assert!(
        started.elapsed() < Duration::from_secs(30),
        "{:?}",
        started.elapsed()
    );
    still_serves(&emulator, "after-burst").await;
}

/// Invalid values that reach validation must not be quoted back whole. Today the emulator does:
/// over gRPC a 3 MiB name (just under tonic's 4 MiB decoding limit) goes into `grpc-message`
/// and the `grpc-status-details-bin` trailer, and the client's HTTP/2 layer refuses the 3 MiB
/// of trailers (`GOAWAY ENHANCE_YOUR_CALM "too_many_continuations"`), so the caller sees an h2
/// protocol error instead of INVALID_ARGUMENT; over REST a 10 MiB `conversationProfile` comes
/// back in a 10 MiB error message. The emulator now cuts quoted values to 512 bytes.
#[tokio::test]
async fn huge_values_are_not_quoted_back_whole() {
    let emulator = start().await;
    let mut client = conversations(&emulator).await;
    // gRPC: a 3 MiB name (under tonic's 4 MiB decoding limit, so it reaches validation).
    let three = "b".repeat(3 << 20);
    let status = client
        .get_conversation(GetConversationRequest {
            name: format!("projects/p1/conversations/{three}"),
        })
        .await
        .expect_err("a 3 MiB name");
    assert!(
        matches!(
            status.code(),
            tonic::Code::InvalidArgument | tonic::Code::NotFound
        ),
        "{status:?}"
    );
    assert!(status.message().len() <= MAX_ERROR_MESSAGE);
    let details = status_details(&status);
    assert!(details.message.len() <= MAX_ERROR_MESSAGE);

    let body = format!(r#"{{"conversationProfile":"{}"}}"#, "a".repeat(10 << 20));
    let (status, json) = http(
        emulator.local_addr(),
        "POST",
        "/v2/projects/p1/conversations?conversationId=huge-profile",
        Some(&body),
    )
    .await;
    assert_rest_error(status, &json, &[400], "10 MiB conversationProfile");
    still_serves(&emulator, "after-huge-name").await;
}
