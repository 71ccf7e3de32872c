//! The gRPC surface: tonic service implementations over the shared [`Core`].
//!
//! Recording and fault injection happen in front of these, in the connection layer, so the
//! handlers here only translate between tonic and the core, through `Core::serve` (which
//! holds every request to the API's contract first).

use std::sync::{Arc, OnceLock};

use dialogflow_types::location::locations_server::{Locations, LocationsServer};
use dialogflow_types::longrunning::operations_server::{Operations, OperationsServer};
use dialogflow_types::v2::conversations_server::{Conversations, ConversationsServer};
use dialogflow_types::{location, longrunning, protobuf, v2};
use tonic::server::NamedService;
use tonic::{Request, Response, Status};

use crate::service::Core;

/// The tonic services sharing one core.
#[derive(Debug, Clone)]
pub(crate) struct GrpcApi(pub(crate) Arc<Core>);

/// `create_conversation` → `CreateConversation`: a handler's name as the RPC's.
fn rpc_name(snake: &str) -> String {
    snake
        .split('_')
        .map(|word| {
            let mut chars = word.chars();
            chars
                .next()
                .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect()
}

macro_rules! rpcs {
    ($trait:ident for $server:ident { $($method:ident($req:ty) -> $resp:ty;)* }) => {
        #[tonic::async_trait]
        impl $trait for GrpcApi {
            $(
                async fn $method(&self, request: Request<$req>) -> Result<Response<$resp>, Status> {
                    static RPC: OnceLock<String> = OnceLock::new();
                    let rpc = RPC.get_or_init(|| {
                        format!(
                            "{}.{}",
                            <$server<GrpcApi> as NamedService>::NAME,
                            rpc_name(stringify!($method))
                        )
                    });
                    self.0
                        .serve(rpc, request.into_inner(), Core::$method)
                        .map(Response::new)
                        .map_err(Status::from)
                }
            )*
        }
    };
}

rpcs!(Conversations for ConversationsServer {
    create_conversation(v2::CreateConversationRequest) -> v2::Conversation;
    list_conversations(v2::ListConversationsRequest) -> v2::ListConversationsResponse;
    get_conversation(v2::GetConversationRequest) -> v2::Conversation;
    complete_conversation(v2::CompleteConversationRequest) -> v2::Conversation;
    ingest_context_references(v2::IngestContextReferencesRequest) -> v2::IngestContextReferencesResponse;
    list_messages(v2::ListMessagesRequest) -> v2::ListMessagesResponse;
    suggest_conversation_summary(v2::SuggestConversationSummaryRequest) -> v2::SuggestConversationSummaryResponse;
    generate_stateless_summary(v2::GenerateStatelessSummaryRequest) -> v2::GenerateStatelessSummaryResponse;
    generate_stateless_suggestion(v2::GenerateStatelessSuggestionRequest) -> v2::GenerateStatelessSuggestionResponse;
    search_knowledge(v2::SearchKnowledgeRequest) -> v2::SearchKnowledgeResponse;
    generate_suggestions(v2::GenerateSuggestionsRequest) -> v2::GenerateSuggestionsResponse;
});

rpcs!(Operations for OperationsServer {
    list_operations(longrunning::ListOperationsRequest) -> longrunning::ListOperationsResponse;
    get_operation(longrunning::GetOperationRequest) -> longrunning::Operation;
    cancel_operation(longrunning::CancelOperationRequest) -> protobuf::Empty;
});

rpcs!(Locations for LocationsServer {
    list_locations(location::ListLocationsRequest) -> location::ListLocationsResponse;
    get_location(location::GetLocationRequest) -> location::Location;
});

/// The router for all three services.
pub(crate) fn routes(core: Arc<Core>) -> tonic::service::Routes {
    let api = GrpcApi(core);
    tonic::service::Routes::new(ConversationsServer::new(api.clone()))
        .add_service(OperationsServer::new(api.clone()))
        .add_service(LocationsServer::new(api))
}
