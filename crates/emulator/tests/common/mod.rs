//! Shared helpers: raw tonic stubs and a plain HTTP/1.1 client, no project client involved.
#![allow(dead_code)]

pub mod assist;

use std::net::SocketAddr;

use bytes::Bytes;
use dialogflow_emulator::{Emulator, EmulatorHandle};
use dialogflow_types::v2::conversations_client::ConversationsClient;
use dialogflow_types::v2::{Conversation, CreateConversationRequest};
use http_body_util::{BodyExt, Full};
use hyper::Request;
use hyper_util::rt::TokioIo;
use serde_json::Value;
use tokio::io::{AsyncRead, AsyncWrite};
use tonic::transport::Channel;

pub const PROFILE: &str = "projects/p1/conversationProfiles/prof-1";

/// The smallest inline profile GenerateStatelessSummary accepts: the method documents
/// `language_code` and `security_settings` as the profile's required fields.
pub fn inline_profile() -> dialogflow_types::v2::ConversationProfile {
    dialogflow_types::v2::ConversationProfile {
        language_code: "en-US".into(),
        security_settings: "projects/p1/locations/global/securitySettings/s1".into(),
        ..Default::default()
    }
}

pub async fn start() -> EmulatorHandle {
    Emulator::builder()
        .seed(1)
        .start()
        .await
        .expect("emulator starts")
}

pub async fn channel(emulator: &EmulatorHandle) -> Channel {
    Channel::from_shared(emulator.endpoint())
        .unwrap()
        .connect()
        .await
        .expect("gRPC connects")
}

pub async fn conversations(emulator: &EmulatorHandle) -> ConversationsClient<Channel> {
    ConversationsClient::new(channel(emulator).await)
}

pub async fn create(
    client: &mut ConversationsClient<Channel>,
    parent: &str,
    id: &str,
) -> Conversation {
    client
        .create_conversation(CreateConversationRequest {
            parent: parent.into(),
            conversation: Some(Conversation {
                conversation_profile: PROFILE.into(),
                ..Default::default()
            }),
            conversation_id: id.into(),
        })
        .await
        .expect("create")
        .into_inner()
}

/// One HTTP/1.1 request over any stream; returns the status and the body parsed as JSON
/// (`Value::Null` when it is not JSON).
pub async fn http_over<IO>(
    io: IO,
    method: &str,
    path: &str,
    body: Option<(&str, &[u8])>,
    headers: &[(&str, &str)],
) -> (u16, Value)
where
    IO: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    let (mut sender, conn) = hyper::client::conn::http1::handshake(TokioIo::new(io))
        .await
        .expect("handshake");
    tokio::spawn(conn);
    let mut builder = Request::builder()
        .method(method)
        .uri(path)
        .header("host", "localhost");
    for (k, v) in headers {
        builder = builder.header(*k, *v);
    }
    let payload = match body {
        Some((ct, bytes)) => {
            builder = builder.header("content-type", ct);
            Bytes::copy_from_slice(bytes)
        }
        None => Bytes::new(),
    };
    let resp = sender
        .send_request(builder.body(Full::new(payload)).unwrap())
        .await
        .expect("response");
    let status = resp.status().as_u16();
    let bytes = resp.into_body().collect().await.unwrap().to_bytes();
    let json = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
    (status, json)
}

pub async fn http(addr: SocketAddr, method: &str, path: &str, body: Option<&str>) -> (u16, Value) {
    let stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    http_over(
        stream,
        method,
        path,
        body.map(|b| ("application/json", b.as_bytes())),
        &[],
    )
    .await
}

/// The `google.rpc.Status` in a tonic status's details.
pub fn status_details(status: &tonic::Status) -> dialogflow_types::rpc::Status {
    use prost::Message as _;
    dialogflow_types::rpc::Status::decode(status.details()).expect("grpc-status-details-bin")
}
