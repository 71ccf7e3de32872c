//! A blocking client, for programs without an async runtime (like `reqwest::blocking`).
//!
//! [`ConversationsClient`] owns a single-threaded Tokio runtime and runs each
//! call of the async client on it to completion. Pagers become iterators.
//!
//! Do not use it from inside an async runtime: blocking a runtime's thread on
//! another runtime panics (use the async client there).
//!
//! ```no_run
//! use dialogflow_conversations::blocking::ConversationsClient;
//!
//! # fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! let client = ConversationsClient::new()?;
//! for conversation in client.list_conversations("projects/my-project") {
//!     println!("{}", conversation?.name);
//! }
//! # Ok(()) }
//! ```

use std::collections::HashMap;
use std::fmt;
use std::sync::Arc;

use dialogflow_transport::{ConversationsTransport, Error};
use dialogflow_types::location::{GetLocationRequest, Location};
use dialogflow_types::longrunning::{CancelOperationRequest, GetOperationRequest, Operation};
use dialogflow_types::v2::conversation::ContextReference;
use dialogflow_types::v2::{
    CompleteConversationRequest, Conversation, CreateConversationRequest,
    GenerateStatelessSuggestionRequest, GenerateStatelessSuggestionResponse,
    GenerateStatelessSummaryRequest, GenerateStatelessSummaryResponse, GenerateSuggestionsRequest,
    GenerateSuggestionsResponse, GetConversationRequest, IngestContextReferencesRequest,
    IngestContextReferencesResponse, ListConversationsRequest, ListMessagesRequest,
    SearchKnowledgeRequest, SearchKnowledgeResponse, SuggestConversationSummaryRequest,
    SuggestConversationSummaryResponse,
};
use tokio::runtime::Runtime;

use crate::builder::ClientBuilder;
use crate::client::RequestOptions;
use crate::error::ConfigError;
use crate::options::ClientOptions;
use crate::pager::{self, PagedRequest, PagedResponse};

/// The blocking form of [`crate::ConversationsClient`]; cloning is cheap.
#[derive(Clone)]
pub struct ConversationsClient {
    client: crate::ConversationsClient,
    rt: Arc<Runtime>,
}

impl fmt::Debug for ConversationsClient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("blocking::ConversationsClient")
            .field("client", &self.client)
            .finish_non_exhaustive()
    }
}

fn runtime() -> Result<Runtime, ConfigError> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| ConfigError::Transport {
            message: format!("cannot start the blocking client's runtime: {e}"),
        })
}

impl ConversationsClient {
    /// ADC, default endpoint, gRPC (or `DIALOGFLOW_EMULATOR_HOST`), as
    /// [`crate::ConversationsClient::new`].
    pub fn new() -> Result<Self, ConfigError> {
        Self::from_builder(ClientBuilder::new())
    }

    /// A client from options.
    pub fn from_options(options: ClientOptions) -> Result<Self, ConfigError> {
        Self::from_builder(ClientBuilder::from_options(options))
    }

    /// A client from a builder (all of [`crate::ConversationsClient::builder`]'s settings).
    pub fn from_builder(builder: ClientBuilder) -> Result<Self, ConfigError> {
        let rt = runtime()?;
        let client = rt.block_on(builder.build())?;
        Ok(ConversationsClient {
            client,
            rt: Arc::new(rt),
        })
    }

    /// A client over any transport (the mock, say).
    pub fn from_transport(transport: Arc<dyn ConversationsTransport>) -> Result<Self, ConfigError> {
        let rt = runtime()?;
        let client = crate::ConversationsClient::from_transport(transport);
        Ok(ConversationsClient {
            client,
            rt: Arc::new(rt),
        })
    }

    /// The async client underneath.
    pub fn async_client(&self) -> &crate::ConversationsClient {
        &self.client
    }

    fn pager<Req, Resp: PagedResponse>(&self, pager: pager::Pager<Req, Resp>) -> Pager<Req, Resp> {
        Pager {
            pager,
            rt: self.rt.clone(),
            buffered: Vec::new().into_iter(),
        }
    }

    /// Creates a conversation under `parent`.
    pub fn create_conversation(
        &self,
        parent: impl Into<String>,
        conversation: Conversation,
    ) -> Result<Conversation, Error> {
        self.rt
            .block_on(self.client.create_conversation(parent, conversation))
    }

    /// Creates a conversation, with the whole request and per-call options.
    pub fn create_conversation_with_options(
        &self,
        request: CreateConversationRequest,
        options: RequestOptions,
    ) -> Result<Conversation, Error> {
        self.rt.block_on(
            self.client
                .create_conversation_with_options(request, options),
        )
    }

    /// Lists the conversations of `parent`, as an iterator of items.
    pub fn list_conversations(&self, parent: impl Into<String>) -> ConversationsPager {
        self.pager(self.client.list_conversations(parent))
    }

    /// Lists conversations with the whole request and per-call options.
    pub fn list_conversations_with_options(
        &self,
        request: ListConversationsRequest,
        options: RequestOptions,
    ) -> ConversationsPager {
        self.pager(
            self.client
                .list_conversations_with_options(request, options),
        )
    }

    /// Gets a conversation.
    pub fn get_conversation(&self, name: impl Into<String>) -> Result<Conversation, Error> {
        self.rt.block_on(self.client.get_conversation(name))
    }

    /// Gets a conversation, with per-call options.
    pub fn get_conversation_with_options(
        &self,
        request: GetConversationRequest,
        options: RequestOptions,
    ) -> Result<Conversation, Error> {
        self.rt
            .block_on(self.client.get_conversation_with_options(request, options))
    }

    /// Completes a conversation.
    pub fn complete_conversation(&self, name: impl Into<String>) -> Result<Conversation, Error> {
        self.rt.block_on(self.client.complete_conversation(name))
    }

    /// Completes a conversation, with per-call options.
    pub fn complete_conversation_with_options(
        &self,
        request: CompleteConversationRequest,
        options: RequestOptions,
    ) -> Result<Conversation, Error> {
        self.rt.block_on(
            self.client
                .complete_conversation_with_options(request, options),
        )
    }

    /// Adds context references to a conversation.
    pub fn ingest_context_references(
        &self,
        conversation: impl Into<String>,
        context_references: HashMap<String, ContextReference>,
    ) -> Result<IngestContextReferencesResponse, Error> {
        self.rt.block_on(
            self.client
                .ingest_context_references(conversation, context_references),
        )
    }

    /// Adds context references, with the whole request and per-call options.
    pub fn ingest_context_references_with_options(
        &self,
        request: IngestContextReferencesRequest,
        options: RequestOptions,
    ) -> Result<IngestContextReferencesResponse, Error> {
        self.rt.block_on(
            self.client
                .ingest_context_references_with_options(request, options),
        )
    }

    /// Lists the messages of a conversation, as an iterator of items.
    pub fn list_messages(&self, parent: impl Into<String>) -> MessagesPager {
        self.pager(self.client.list_messages(parent))
    }

    /// Lists messages with the whole request and per-call options.
    pub fn list_messages_with_options(
        &self,
        request: ListMessagesRequest,
        options: RequestOptions,
    ) -> MessagesPager {
        self.pager(self.client.list_messages_with_options(request, options))
    }

    /// Suggests a summary of a conversation.
    pub fn suggest_conversation_summary(
        &self,
        conversation: impl Into<String>,
    ) -> Result<SuggestConversationSummaryResponse, Error> {
        self.rt
            .block_on(self.client.suggest_conversation_summary(conversation))
    }

    /// Suggests a summary, with the whole request and per-call options.
    pub fn suggest_conversation_summary_with_options(
        &self,
        request: SuggestConversationSummaryRequest,
        options: RequestOptions,
    ) -> Result<SuggestConversationSummaryResponse, Error> {
        self.rt.block_on(
            self.client
                .suggest_conversation_summary_with_options(request, options),
        )
    }

    /// Summarises the messages given in the request.
    pub fn generate_stateless_summary(
        &self,
        request: GenerateStatelessSummaryRequest,
    ) -> Result<GenerateStatelessSummaryResponse, Error> {
        self.rt
            .block_on(self.client.generate_stateless_summary(request))
    }

    /// Runs a generator on the context given in the request.
    pub fn generate_stateless_suggestion(
        &self,
        request: GenerateStatelessSuggestionRequest,
    ) -> Result<GenerateStatelessSuggestionResponse, Error> {
        self.rt
            .block_on(self.client.generate_stateless_suggestion(request))
    }

    /// Searches the knowledge bases of a conversation profile.
    pub fn search_knowledge(
        &self,
        request: SearchKnowledgeRequest,
    ) -> Result<SearchKnowledgeResponse, Error> {
        self.rt.block_on(self.client.search_knowledge(request))
    }

    /// Generates suggestions for a conversation.
    pub fn generate_suggestions(
        &self,
        conversation: impl Into<String>,
    ) -> Result<GenerateSuggestionsResponse, Error> {
        self.rt
            .block_on(self.client.generate_suggestions(conversation))
    }

    /// Generates suggestions, with the whole request and per-call options.
    pub fn generate_suggestions_with_options(
        &self,
        request: GenerateSuggestionsRequest,
        options: RequestOptions,
    ) -> Result<GenerateSuggestionsResponse, Error> {
        self.rt.block_on(
            self.client
                .generate_suggestions_with_options(request, options),
        )
    }

    /// Gets a long-running operation.
    pub fn get_operation(&self, name: impl Into<String>) -> Result<Operation, Error> {
        self.rt.block_on(self.client.get_operation(name))
    }

    /// Gets a long-running operation, with per-call options.
    pub fn get_operation_with_options(
        &self,
        request: GetOperationRequest,
        options: RequestOptions,
    ) -> Result<Operation, Error> {
        self.rt
            .block_on(self.client.get_operation_with_options(request, options))
    }

    /// Lists long-running operations, as an iterator of items.
    pub fn list_operations(&self, name: impl Into<String>) -> OperationsPager {
        self.pager(self.client.list_operations(name))
    }

    /// Asks for a long-running operation to be cancelled.
    pub fn cancel_operation(&self, name: impl Into<String>) -> Result<(), Error> {
        self.rt.block_on(self.client.cancel_operation(name))
    }

    /// Cancels a long-running operation, with per-call options.
    pub fn cancel_operation_with_options(
        &self,
        request: CancelOperationRequest,
        options: RequestOptions,
    ) -> Result<(), Error> {
        self.rt
            .block_on(self.client.cancel_operation_with_options(request, options))
    }

    /// Gets a location.
    pub fn get_location(&self, name: impl Into<String>) -> Result<Location, Error> {
        self.rt.block_on(self.client.get_location(name))
    }

    /// Gets a location, with per-call options.
    pub fn get_location_with_options(
        &self,
        request: GetLocationRequest,
        options: RequestOptions,
    ) -> Result<Location, Error> {
        self.rt
            .block_on(self.client.get_location_with_options(request, options))
    }

    /// Lists locations, as an iterator of items.
    pub fn list_locations(&self, name: impl Into<String>) -> LocationsPager {
        self.pager(self.client.list_locations(name))
    }
}

/// A blocking pager: an [`Iterator`] over the items of every page, fetched as
/// it is read, with [`next_page`](Pager::next_page) for page-at-a-time use.
pub struct Pager<Req, Resp: PagedResponse> {
    pager: pager::Pager<Req, Resp>,
    rt: Arc<Runtime>,
    buffered: std::vec::IntoIter<Resp::Item>,
}

impl<Req: fmt::Debug, Resp: PagedResponse> fmt::Debug for Pager<Req, Resp> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("blocking::Pager")
            .field("pager", &self.pager)
            .finish_non_exhaustive()
    }
}

/// Blocking pages of `ListConversations`.
pub type ConversationsPager =
    Pager<ListConversationsRequest, dialogflow_types::v2::ListConversationsResponse>;
/// Blocking pages of `ListMessages`.
pub type MessagesPager = Pager<ListMessagesRequest, dialogflow_types::v2::ListMessagesResponse>;
/// Blocking pages of `ListOperations`.
pub type OperationsPager = Pager<
    dialogflow_types::longrunning::ListOperationsRequest,
    dialogflow_types::longrunning::ListOperationsResponse,
>;
/// Blocking pages of `ListLocations`.
pub type LocationsPager = Pager<
    dialogflow_types::location::ListLocationsRequest,
    dialogflow_types::location::ListLocationsResponse,
>;

impl<Req: PagedRequest, Resp: PagedResponse> Pager<Req, Resp> {
    /// Fetches the next whole page; `None` after the last one or an error.
    ///
    /// Items already buffered by the iterator are not returned again.
    pub fn next_page(&mut self) -> Option<Result<Resp, Error>> {
        self.rt.block_on(self.pager.next_page())
    }
}

impl<Req: PagedRequest, Resp: PagedResponse> Iterator for Pager<Req, Resp> {
    type Item = Result<Resp::Item, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(item) = self.buffered.next() {
                return Some(Ok(item));
            }
            match self.next_page()? {
                Ok(page) => self.buffered = page.into_items().into_iter(),
                Err(e) => return Some(Err(e)),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dialogflow_transport::CallOptions;
    use dialogflow_types::v2::ListConversationsResponse;

    /// Three pages of two conversations each.
    #[derive(Debug)]
    struct Pages;

    #[async_trait::async_trait]
    impl ConversationsTransport for Pages {
        async fn list_conversations(
            &self,
            request: ListConversationsRequest,
            _options: &CallOptions,
        ) -> Result<ListConversationsResponse, Error> {
            let page: usize = request.page_token.parse().unwrap_or(0);
            Ok(ListConversationsResponse {
                conversations: (0..2)
                    .map(|i| Conversation {
                        name: format!("{}/conversations/c{}", request.parent, page * 2 + i),
                        ..Default::default()
                    })
                    .collect(),
                next_page_token: if page < 2 {
                    (page + 1).to_string()
                } else {
                    String::new()
                },
            })
        }
    }

    #[test]
    fn pagers_are_iterators_and_page_by_page() {
        let client = ConversationsClient::from_transport(Arc::new(Pages)).unwrap();
        let names: Vec<String> = client
            .list_conversations("projects/p")
            .map(|c| c.unwrap().name)
            .collect();
        assert_eq!(names.len(), 6);
        assert_eq!(names[5], "projects/p/conversations/c5");
        let mut pager = client.list_conversations("projects/p");
        let mut pages = 0;
        while let Some(page) = pager.next_page() {
            assert_eq!(page.unwrap().conversations.len(), 2);
            pages += 1;
        }
        assert_eq!(pages, 3);
        // An RPC the transport does not serve fails cleanly.
        let err = client
            .get_conversation("projects/p/conversations/x")
            .unwrap_err();
        assert_eq!(err.code(), dialogflow_transport::Code::Unimplemented);
        assert!(format!("{client:?}").contains("blocking::ConversationsClient"));
    }
}
