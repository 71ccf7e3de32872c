//! The one list of RPCs the transports serve. Every per-RPC item of the crate (the trait
//! methods, [`Rpc`](crate::Rpc), the forwarding impls, the wire implementations) is generated
//! from it, so adding an RPC is one line here plus its routing and its wire code.

/// Calls `$callback!` with the table of RPCs:
/// `(method, Variant, "package.Service", RequestType, ResponseType, "doc")`.
macro_rules! for_each_rpc {
    ($callback:ident) => {
        $callback! {
            (create_conversation, CreateConversation, "google.cloud.dialogflow.v2.Conversations",
                CreateConversationRequest, Conversation,
                "Creates a conversation with a conversation profile."),
            (list_conversations, ListConversations, "google.cloud.dialogflow.v2.Conversations",
                ListConversationsRequest, ListConversationsResponse,
                "Lists one page of the conversations of a project or location."),
            (get_conversation, GetConversation, "google.cloud.dialogflow.v2.Conversations",
                GetConversationRequest, Conversation,
                "Gets one conversation by name."),
            (complete_conversation, CompleteConversation, "google.cloud.dialogflow.v2.Conversations",
                CompleteConversationRequest, Conversation,
                "Marks a conversation as completed."),
            (ingest_context_references, IngestContextReferences, "google.cloud.dialogflow.v2.Conversations",
                IngestContextReferencesRequest, IngestContextReferencesResponse,
                "Adds context references to a conversation."),
            (list_messages, ListMessages, "google.cloud.dialogflow.v2.Conversations",
                ListMessagesRequest, ListMessagesResponse,
                "Lists one page of the messages of a conversation."),
            (suggest_conversation_summary, SuggestConversationSummary, "google.cloud.dialogflow.v2.Conversations",
                SuggestConversationSummaryRequest, SuggestConversationSummaryResponse,
                "Suggests a summary of a conversation."),
            (generate_stateless_summary, GenerateStatelessSummary, "google.cloud.dialogflow.v2.Conversations",
                GenerateStatelessSummaryRequest, GenerateStatelessSummaryResponse,
                "Summarises messages given in the request, without a stored conversation."),
            (generate_stateless_suggestion, GenerateStatelessSuggestion, "google.cloud.dialogflow.v2.Conversations",
                GenerateStatelessSuggestionRequest, GenerateStatelessSuggestionResponse,
                "Runs a generator on context given in the request, without a stored conversation."),
            (search_knowledge, SearchKnowledge, "google.cloud.dialogflow.v2.Conversations",
                SearchKnowledgeRequest, SearchKnowledgeResponse,
                "Searches the knowledge bases of a conversation profile."),
            (generate_suggestions, GenerateSuggestions, "google.cloud.dialogflow.v2.Conversations",
                GenerateSuggestionsRequest, GenerateSuggestionsResponse,
                "Generates suggestions for a conversation from its generators."),
            (get_operation, GetOperation, "google.longrunning.Operations",
                GetOperationRequest, Operation,
                "Gets the latest state of a long-running operation (`Operations` mixin)."),
            (list_operations, ListOperations, "google.longrunning.Operations",
                ListOperationsRequest, ListOperationsResponse,
                "Lists one page of long-running operations (`Operations` mixin)."),
            (cancel_operation, CancelOperation, "google.longrunning.Operations",
                CancelOperationRequest, (),
                "Asks the server to cancel a long-running operation (`Operations` mixin)."),
            (get_location, GetLocation, "google.cloud.location.Locations",
                GetLocationRequest, Location,
                "Gets information about a location (`Locations` mixin)."),
            (list_locations, ListLocations, "google.cloud.location.Locations",
                ListLocationsRequest, ListLocationsResponse,
                "Lists one page of the locations of a project (`Locations` mixin)."),
        }
    };
}

pub(crate) use for_each_rpc;

/// The request and response types named in the table (imported by the modules that expand it:
/// the table holds bare names, which mockall's macro needs).
pub(crate) mod types {
    pub(crate) use dialogflow_types::location::{
        GetLocationRequest, ListLocationsRequest, ListLocationsResponse, Location,
    };
    pub(crate) use dialogflow_types::longrunning::{
        CancelOperationRequest, GetOperationRequest, ListOperationsRequest, ListOperationsResponse,
        Operation,
    };
    pub(crate) use dialogflow_types::v2::{
        CompleteConversationRequest, Conversation, CreateConversationRequest,
        GenerateStatelessSuggestionRequest, GenerateStatelessSuggestionResponse,
        GenerateStatelessSummaryRequest, GenerateStatelessSummaryResponse,
        GenerateSuggestionsRequest, GenerateSuggestionsResponse, GetConversationRequest,
        IngestContextReferencesRequest, IngestContextReferencesResponse, ListConversationsRequest,
        ListConversationsResponse, ListMessagesRequest, ListMessagesResponse,
        SearchKnowledgeRequest, SearchKnowledgeResponse, SuggestConversationSummaryRequest,
        SuggestConversationSummaryResponse,
    };
}
