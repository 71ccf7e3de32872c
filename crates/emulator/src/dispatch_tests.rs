//! The generated dispatch over a server that overrides one RPC: that RPC is served on both
//! wires, every other one answers `UNIMPLEMENTED` naming itself, and the API's contract is
//! checked before any trait method runs.

use std::sync::Arc;

use dialogflow_types::location::GetLocationRequest;
use dialogflow_types::location::locations_server::Locations;
use dialogflow_types::longrunning::GetOperationRequest;
use dialogflow_types::longrunning::operations_server::Operations;
use dialogflow_types::rpc::Code;
use dialogflow_types::v2::conversations_server::Conversations;
use dialogflow_types::v2::{Conversation, GetConversationRequest, ListConversationsRequest};
use serde_json::Value;

use crate::error::ApiError;
use crate::generated::{
    ConversationProfilesService, ConversationsService, LocationsService, OperationsService,
    ParticipantsService,
};
use crate::grpc::GrpcApi;

/// Serves `GetConversation` only, echoing the name; everything else is the generated default.
struct OneRpc;

impl ConversationsService for OneRpc {
    fn get_conversation(&self, request: GetConversationRequest) -> Result<Conversation, ApiError> {
        Ok(Conversation {
            name: request.name,
            ..Default::default()
        })
    }
}

impl OperationsService for OneRpc {}
impl ConversationProfilesService for OneRpc {}
impl ParticipantsService for OneRpc {}
impl LocationsService for OneRpc {}

const CONVERSATION: &str = "projects/p/conversations/c";

fn grpc() -> GrpcApi<OneRpc> {
    GrpcApi(Arc::new(OneRpc))
}

/// A REST call through the routing and the generated table: the HTTP status and JSON body.
fn rest(path: &str) -> (u16, Value) {
    let route = match crate::rest::route(&http::Method::GET, path) {
        Ok(route) => route,
        Err(e) => panic!("{path} is not routed: {}", e.message),
    };
    let (status, body) = crate::rest::serve(&OneRpc, &route, None, None, b"");
    let body = serde_json::from_slice(&body).unwrap_or(Value::Null);
    (status, body)
}

/// Asserts a gRPC status is `UNIMPLEMENTED` naming `rpc` (`Service/Method`).
fn assert_unimplemented(status: &tonic::Status, rpc: &str) {
    assert_eq!(status.code(), tonic::Code::Unimplemented, "{status:?}");
    assert!(status.message().ends_with(rpc), "{status:?}");
}

/// Asserts a REST answer is Google's `UNIMPLEMENTED` error naming `rpc`.
fn assert_rest_unimplemented((status, body): (u16, Value), rpc: &str) {
    assert_eq!(status, 501, "{body}");
    assert_eq!(body["error"]["status"], "UNIMPLEMENTED", "{body}");
    let message = body["error"]["message"].as_str().unwrap_or_default();
    assert!(message.ends_with(rpc), "{body}");
}

#[tokio::test]
async fn an_overridden_rpc_is_served_on_both_wires() {
    let got = grpc()
        .get_conversation(tonic::Request::new(GetConversationRequest {
            name: CONVERSATION.into(),
        }))
        .await
        .map(tonic::Response::into_inner);
    assert_eq!(got.map(|c| c.name).ok().as_deref(), Some(CONVERSATION));

    let (status, body) = rest(&format!("/v2/{CONVERSATION}"));
    assert_eq!((status, &body["name"]), (200, &Value::from(CONVERSATION)));
}

#[tokio::test]
async fn rpcs_left_to_the_default_answer_unimplemented_on_both_wires() {
    let api = grpc();
    let list = api
        .list_conversations(tonic::Request::new(ListConversationsRequest {
            parent: "projects/p".into(),
            ..Default::default()
        }))
        .await;
    let rpc = "google.cloud.dialogflow.v2.Conversations/ListConversations";
    assert_unimplemented(&list.err().unwrap_or_else(|| panic!("{rpc} answered")), rpc);
    assert_rest_unimplemented(rest("/v2/projects/p/conversations"), rpc);

    let operation = api
        .get_operation(tonic::Request::new(GetOperationRequest {
            name: "projects/p/operations/o".into(),
        }))
        .await;
    let rpc = "google.longrunning.Operations/GetOperation";
    assert_unimplemented(
        &operation.err().unwrap_or_else(|| panic!("{rpc} answered")),
        rpc,
    );
    assert_rest_unimplemented(rest("/v2/projects/p/operations/o"), rpc);

    let location = api
        .get_location(tonic::Request::new(GetLocationRequest {
            name: "projects/p/locations/global".into(),
        }))
        .await;
    let rpc = "google.cloud.location.Locations/GetLocation";
    assert_unimplemented(
        &location.err().unwrap_or_else(|| panic!("{rpc} answered")),
        rpc,
    );
    assert_rest_unimplemented(rest("/v2/projects/p/locations/global"), rpc);
}

#[tokio::test]
async fn the_contract_is_checked_before_the_default_body() {
    // `name` is required: the request never reaches the (unimplemented) trait method.
    let status = grpc()
        .get_operation(tonic::Request::new(GetOperationRequest::default()))
        .await
        .err()
        .map(|s| s.code());
    assert_eq!(status, Some(tonic::Code::InvalidArgument));
    let e = crate::generated::invoke(
        &OneRpc,
        dialogflow_types::http::method("google.longrunning.Operations.GetOperation")
            .unwrap_or_else(|| panic!("GetOperation is not in the descriptor set")),
        serde_json::json!({}),
        false,
    )
    .err()
    .map(|e| e.code);
    assert_eq!(e, Some(Code::InvalidArgument));
}
