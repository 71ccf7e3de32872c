//! [`ConversationsClient`]: the async client.

use std::future::Future;
use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

use dialogflow_transport::{CallOptions, Code, ConversationsTransport, Error};
use dialogflow_types::location::{
    GetLocationRequest, ListLocationsRequest, ListLocationsResponse, Location,
};
use dialogflow_types::longrunning::{
    CancelOperationRequest, GetOperationRequest, ListOperationsRequest, ListOperationsResponse,
    Operation,
};
use dialogflow_types::v2::{
    CompleteConversationRequest, Conversation, CreateConversationRequest,
    GenerateStatelessSuggestionRequest, GenerateStatelessSuggestionResponse,
    GenerateStatelessSummaryRequest, GenerateStatelessSummaryResponse, GenerateSuggestionsRequest,
    GenerateSuggestionsResponse, GetConversationRequest, IngestContextReferencesRequest,
    IngestContextReferencesResponse, ListConversationsRequest, ListConversationsResponse,
    ListMessagesRequest, ListMessagesResponse, SearchKnowledgeRequest, SearchKnowledgeResponse,
    SuggestConversationSummaryRequest, SuggestConversationSummaryResponse,
};
use tokio::time::Instant;

use crate::builder::ClientBuilder;
use crate::error::ConfigError;
use crate::options::ClientOptions;
use crate::pager::{ConversationsPager, LocationsPager, MessagesPager, OperationsPager, Pager};
use crate::retry::{self, RetryPolicy};

/// Per-call settings: overall timeout, retry policy, extra headers, quota project.
///
/// Whatever is not set falls back to the client's defaults.
///
/// ```
/// use std::time::Duration;
/// use dialogflow_conversations::{RequestOptions, RetryPolicy};
///
/// let options = RequestOptions::new()
///     .with_timeout(Duration::from_secs(5))
///     .with_retry(RetryPolicy::none())
///     .with_metadata("x-trace-id", "abc");
/// assert_eq!(options.timeout(), Some(Duration::from_secs(5)));
/// ```
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RequestOptions {
    timeout: Option<Duration>,
    retry: Option<RetryPolicy>,
    metadata: Vec<(String, String)>,
    user_project: Option<String>,
}

impl RequestOptions {
    /// Options with nothing set: the client's defaults apply.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets the overall timeout of the call, retries included.
    pub fn with_timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Sets the retry policy of the call.
    pub fn with_retry(mut self, retry: RetryPolicy) -> Self {
        self.retry = Some(retry);
        self
    }

    /// Adds a request header (gRPC metadata), after the client's own.
    pub fn with_metadata(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.metadata.push((name.into(), value.into()));
        self
    }

    /// Sets the project billed for this call's quota (`x-goog-user-project`).
    pub fn with_user_project(mut self, project: impl Into<String>) -> Self {
        self.user_project = Some(project.into());
        self
    }

    /// The call's timeout, if set.
    pub fn timeout(&self) -> Option<Duration> {
        self.timeout
    }

    /// The call's retry policy, if set.
    pub fn retry(&self) -> Option<&RetryPolicy> {
        self.retry.as_ref()
    }

    /// The call's extra headers.
    pub fn metadata(&self) -> &[(String, String)] {
        &self.metadata
    }
}

/// The client of the Dialogflow v2 `Conversations` service, with its
/// `Operations` and `Locations` mixins.
///
/// Cloning is cheap: clones share the connection and the credentials.
///
/// ```no_run
/// use dialogflow_conversations::ConversationsClient;
/// use dialogflow_types::v2::Conversation;
///
/// # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
/// // ADC, the default endpoint, gRPC; or the emulator if DIALOGFLOW_EMULATOR_HOST is set.
/// let client = ConversationsClient::new().await?;
/// let profile = "projects/my-project/conversationProfiles/my-profile";
/// let conversation = client
///     .create_conversation(
///         "projects/my-project",
///         Conversation { conversation_profile: profile.into(), ..Default::default() },
///     )
///     .await?;
/// client.complete_conversation(conversation.name).await?;
/// # Ok(()) }
/// ```
#[derive(Clone, Debug)]
pub struct ConversationsClient {
    inner: Arc<Inner>,
}

#[derive(Debug)]
pub(crate) struct Inner {
    pub(crate) transport: Arc<dyn ConversationsTransport>,
    pub(crate) retry: RetryPolicy,
    pub(crate) mixin_retry: RetryPolicy,
    pub(crate) timeout: Option<Duration>,
    pub(crate) metadata: Vec<(String, String)>,
    pub(crate) generated_ids: bool,
    pub(crate) endpoint: Option<String>,
    pub(crate) transport_name: &'static str,
}

impl ConversationsClient {
    /// A client with Application Default Credentials, the default endpoint and
    /// gRPC; with `DIALOGFLOW_EMULATOR_HOST` set, the emulator at that address
    /// (plaintext, anonymous) instead.
    pub async fn new() -> Result<Self, ConfigError> {
        Self::builder().build().await
    }

    /// A builder for every option.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::new()
    }

    /// A client built from options.
    pub async fn from_options(options: ClientOptions) -> Result<Self, ConfigError> {
        ClientBuilder::from_options(options).build().await
    }

    /// A client over any transport (the mock, a wrapper, your own), with the
    /// default retry policy and timeout.
    ///
    /// ```
    /// use std::sync::Arc;
    /// use dialogflow_conversations::{Code, ConversationsClient, Error};
    /// use dialogflow_transport::MockConversationsTransport;
    /// use dialogflow_types::v2::Conversation;
    ///
    /// let mut mock = MockConversationsTransport::new();
    /// mock.expect_get_conversation()
    ///     .returning(|req, _| Ok(Conversation { name: req.name, ..Default::default() }));
    /// mock.expect_complete_conversation()
    ///     .returning(|_, _| Err(Error::new(Code::FailedPrecondition, "already completed")));
    /// let client = ConversationsClient::from_transport(Arc::new(mock));
    ///
    /// let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    /// rt.block_on(async {
    ///     let c = client.get_conversation("projects/p/conversations/c").await.unwrap();
    ///     assert_eq!(c.name, "projects/p/conversations/c");
    ///     let err = client.complete_conversation(c.name).await.unwrap_err();
    ///     assert_eq!(err.code(), Code::FailedPrecondition);
    /// });
    /// ```
    pub fn from_transport(transport: Arc<dyn ConversationsTransport>) -> Self {
        Self::from_inner(Inner {
            transport,
            retry: RetryPolicy::default(),
            mixin_retry: RetryPolicy::none(),
            timeout: Some(crate::options::DEFAULT_TIMEOUT),
            metadata: Vec::new(),
            generated_ids: true,
            endpoint: None,
            transport_name: "custom",
        })
    }

    pub(crate) fn from_inner(inner: Inner) -> Self {
        ConversationsClient {
            inner: Arc::new(inner),
        }
    }

    /// A client authenticated with a service-account key file (Python's classmethod).
    #[cfg(feature = "google-auth")]
    pub async fn from_service_account_file(
        path: impl AsRef<std::path::Path>,
    ) -> Result<Self, ConfigError> {
        let credentials = crate::Credentials::from_service_account_file(path)?;
        Self::builder().with_credentials(credentials).build().await
    }

    /// The same as [`from_service_account_file`](Self::from_service_account_file) (Python's other name).
    #[cfg(feature = "google-auth")]
    pub async fn from_service_account_json(
        path: impl AsRef<std::path::Path>,
    ) -> Result<Self, ConfigError> {
        Self::from_service_account_file(path).await
    }

    /// A client authenticated with a parsed service-account key (Python's classmethod).
    #[cfg(feature = "google-auth")]
    pub async fn from_service_account_info(info: serde_json::Value) -> Result<Self, ConfigError> {
        let credentials = crate::Credentials::from_service_account_info(info)?;
        Self::builder().with_credentials(credentials).build().await
    }

    /// The transport the client sends its calls through.
    pub fn transport(&self) -> &Arc<dyn ConversationsTransport> {
        &self.inner.transport
    }

    /// `"grpc"`, `"rest"` or `"custom"`.
    pub fn transport_name(&self) -> &'static str {
        self.inner.transport_name
    }

    /// The URL the client connects to (`None` for a custom transport).
    pub fn endpoint(&self) -> Option<&str> {
        self.inner.endpoint.as_deref()
    }

    /// The default retry policy of the Conversations calls.
    pub fn retry_policy(&self) -> &RetryPolicy {
        &self.inner.retry
    }

    fn policy<'a>(&'a self, mixin: bool, options: &'a RequestOptions) -> &'a RetryPolicy {
        match (&options.retry, mixin) {
            (Some(p), _) => p,
            (None, false) => &self.inner.retry,
            (None, true) => &self.inner.mixin_retry,
        }
    }

    /// Runs one RPC under the policy layer. Not an `async fn`: it hands back the policy
    /// layer's future itself, one nesting level (and one move of the response) fewer.
    fn call<'a, Req, Resp, F, Fut>(
        &'a self,
        method: &'static str,
        policy: &'a RetryPolicy,
        request: Req,
        options: &'a RequestOptions,
        send: F,
    ) -> impl Future<Output = Result<Resp, Error>> + 'a
    where
        Req: Clone + 'a,
        Resp: 'a,
        F: Fn(Arc<dyn ConversationsTransport>, Req, CallOptions) -> Fut + 'a,
        Fut: Future<Output = Result<Resp, Error>> + 'a,
    {
        let timeout = options.timeout.or(self.inner.timeout);
        let deadline = timeout.map(|t| Instant::now() + t);
        retry::run(policy, deadline, method, move |attempt| {
            let mut call = CallOptions::new();
            call.timeout = attempt.timeout;
            // `retry::run` stops waiting for the attempt when its timeout passes.
            call.timeout_enforced_by_caller = true;
            call.metadata = self
                .inner
                .metadata
                .iter()
                .chain(options.metadata.iter())
                .cloned()
                .collect();
            call.user_project = options.user_project.clone();
            send(self.inner.transport.clone(), request.clone(), call)
        })
    }
}

/// Generates, for each RPC, the `*_with_options(request, options)` method.
macro_rules! rpc_with_options {
    ($(($method:ident, $with:ident, $name:literal, $mixin:expr, $req:ty, $resp:ty, $doc:literal),)*) => {
        impl ConversationsClient {
            $(
                #[doc = $doc]
                ///
                /// Takes the whole request and per-call [`RequestOptions`].
                pub async fn $with(&self, request: $req, options: RequestOptions) -> Result<$resp, Error> {
                    let policy = self.policy($mixin, &options);
                    // `as_ref`: straight to the transport, not through `Arc`'s forwarding impl.
                    self.call($name, policy, request, &options, |t, r, o| async move {
                        t.as_ref().$method(r, &o).await
                    })
                    .await
                }
            )*
        }
    };
}

rpc_with_options! {
    (list_conversations, list_conversations_page_with_options, "ListConversations", false,
        ListConversationsRequest, ListConversationsResponse,
        "Fetches one page of `ListConversations` (the raw call behind the pager)."),
    (get_conversation, get_conversation_with_options, "GetConversation", false,
        GetConversationRequest, Conversation, "Gets a conversation."),
    (complete_conversation, complete_conversation_with_options, "CompleteConversation", false,
        CompleteConversationRequest, Conversation, "Completes a conversation."),
    (ingest_context_references, ingest_context_references_with_options, "IngestContextReferences", false,
        IngestContextReferencesRequest, IngestContextReferencesResponse,
        "Adds context references to a conversation."),
    (list_messages, list_messages_page_with_options, "ListMessages", false,
        ListMessagesRequest, ListMessagesResponse,
        "Fetches one page of `ListMessages` (the raw call behind the pager)."),
    (suggest_conversation_summary, suggest_conversation_summary_with_options, "SuggestConversationSummary", false,
        SuggestConversationSummaryRequest, SuggestConversationSummaryResponse,
        "Suggests a summary of a conversation."),
    (generate_stateless_summary, generate_stateless_summary_with_options, "GenerateStatelessSummary", false,
        GenerateStatelessSummaryRequest, GenerateStatelessSummaryResponse,
        "Summarises the messages given in the request."),
    (generate_stateless_suggestion, generate_stateless_suggestion_with_options, "GenerateStatelessSuggestion", false,
        GenerateStatelessSuggestionRequest, GenerateStatelessSuggestionResponse,
        "Runs a generator on the context given in the request."),
    (search_knowledge, search_knowledge_with_options, "SearchKnowledge", false,
        SearchKnowledgeRequest, SearchKnowledgeResponse,
        "Searches the knowledge bases of a conversation profile."),
    (generate_suggestions, generate_suggestions_with_options, "GenerateSuggestions", false,
        GenerateSuggestionsRequest, GenerateSuggestionsResponse,
        "Generates suggestions for a conversation."),
    (get_operation, get_operation_with_options, "GetOperation", true,
        GetOperationRequest, Operation, "Gets a long-running operation (`Operations` mixin)."),
    (list_operations, list_operations_page_with_options, "ListOperations", true,
        ListOperationsRequest, ListOperationsResponse,
        "Fetches one page of `ListOperations` (the raw call behind the pager)."),
    (cancel_operation, cancel_operation_with_options, "CancelOperation", true,
        CancelOperationRequest, (), "Asks for a long-running operation to be cancelled (`Operations` mixin)."),
    (get_location, get_location_with_options, "GetLocation", true,
        GetLocationRequest, Location, "Gets a location (`Locations` mixin)."),
    (list_locations, list_locations_page_with_options, "ListLocations", true,
        ListLocationsRequest, ListLocationsResponse,
        "Fetches one page of `ListLocations` (the raw call behind the pager)."),
}

/// Generates the lazy pager constructors.
macro_rules! pagers {
    ($(($with:ident, $page:ident, $req:ty, $pager:ty, $doc:literal),)*) => {
        impl ConversationsClient {
            $(
                #[doc = $doc]
                ///
                /// Nothing is fetched until the pager is read; the options apply to every page.
                pub fn $with(&self, request: $req, options: RequestOptions) -> $pager {
                    let client = self.clone();
                    Pager::new(
                        request,
                        Arc::new(move |r| {
                            let client = client.clone();
                            let options = options.clone();
                            Box::pin(async move { client.$page(r, options).await })
                        }),
                    )
                }
            )*
        }
    };
}

pagers! {
    (list_conversations_with_options, list_conversations_page_with_options,
        ListConversationsRequest, ConversationsPager, "Lists conversations, page by page."),
    (list_messages_with_options, list_messages_page_with_options,
        ListMessagesRequest, MessagesPager, "Lists the messages of a conversation, page by page."),
    (list_operations_with_options, list_operations_page_with_options,
        ListOperationsRequest, OperationsPager, "Lists long-running operations, page by page."),
    (list_locations_with_options, list_locations_page_with_options,
        ListLocationsRequest, LocationsPager, "Lists locations, page by page."),
}

impl ConversationsClient {
    /// Creates a conversation under `parent` (`projects/{p}` or `projects/{p}/locations/{l}`).
    ///
    /// See [the retry docs](crate::retry#calls-that-are-not-idempotent) for how
    /// a retried creation avoids duplicates.
    pub async fn create_conversation(
        &self,
        parent: impl Into<String>,
        conversation: Conversation,
    ) -> Result<Conversation, Error> {
        let request = CreateConversationRequest {
            parent: parent.into(),
            conversation: Some(conversation),
            conversation_id: String::new(),
        };
        self.create_conversation_with_options(request, RequestOptions::new())
            .await
    }

    /// Creates a conversation, with the whole request and per-call options.
    ///
    /// When retries are on and `conversation_id` is empty, the client fills in
    /// an id ([`retry::new_conversation_id`]) so that every attempt names the
    /// same conversation; if a retry meets `ALREADY_EXISTS`, an earlier attempt
    /// succeeded and that conversation is fetched and returned. With generated
    /// ids turned off, a request without an id is sent once, never retried.
    pub async fn create_conversation_with_options(
        &self,
        mut request: CreateConversationRequest,
        options: RequestOptions,
    ) -> Result<Conversation, Error> {
        let no_retry;
        let mut policy = self.policy(false, &options);
        // The name an earlier, lost attempt would have created, when the client chose the id.
        let mut generated_name = None;
        if request.conversation_id.is_empty() && policy.retries_enabled() {
            if self.inner.generated_ids {
                request.conversation_id = retry::new_conversation_id();
                generated_name = Some(format!(
                    "{}/conversations/{}",
                    request.parent, request.conversation_id
                ));
            } else {
                no_retry = RetryPolicy::none();
                policy = &no_retry;
            }
        }
        let last_attempt = AtomicU32::new(0);
        let result = self
            .call(
                "CreateConversation",
                policy,
                request,
                &options,
                |t, r, o| {
                    last_attempt.fetch_add(1, Ordering::Relaxed);
                    async move { t.as_ref().create_conversation(r, &o).await }
                },
            )
            .await;
        match (result, generated_name) {
            (Err(e), Some(name))
                if e.code() == Code::AlreadyExists && last_attempt.load(Ordering::Relaxed) > 1 =>
            {
                tracing::debug!(%name, "a lost CreateConversation attempt succeeded; fetching it");
                self.get_conversation_with_options(GetConversationRequest { name }, options)
                    .await
            }
            (other, _) => other,
        }
    }

    /// Lists the conversations of `parent` (`projects/{p}` or `projects/{p}/locations/{l}`).
    pub fn list_conversations(&self, parent: impl Into<String>) -> ConversationsPager {
        self.list_conversations_with_options(
            ListConversationsRequest {
                parent: parent.into(),
                ..Default::default()
            },
            RequestOptions::new(),
        )
    }

    /// Gets the conversation `name`.
    pub async fn get_conversation(&self, name: impl Into<String>) -> Result<Conversation, Error> {
        self.get_conversation_with_options(
            GetConversationRequest { name: name.into() },
            RequestOptions::new(),
        )
        .await
    }

    /// Completes the conversation `name`.
    pub async fn complete_conversation(
        &self,
        name: impl Into<String>,
    ) -> Result<Conversation, Error> {
        self.complete_conversation_with_options(
            CompleteConversationRequest { name: name.into() },
            RequestOptions::new(),
        )
        .await
    }

    /// Adds context references to `conversation`.
    pub async fn ingest_context_references(
        &self,
        conversation: impl Into<String>,
        context_references: std::collections::HashMap<
            String,
            dialogflow_types::v2::conversation::ContextReference,
        >,
    ) -> Result<IngestContextReferencesResponse, Error> {
        self.ingest_context_references_with_options(
            IngestContextReferencesRequest {
                conversation: conversation.into(),
                context_references,
            },
            RequestOptions::new(),
        )
        .await
    }

    /// Lists the messages of the conversation `parent`.
    pub fn list_messages(&self, parent: impl Into<String>) -> MessagesPager {
        self.list_messages_with_options(
            ListMessagesRequest {
                parent: parent.into(),
                ..Default::default()
            },
            RequestOptions::new(),
        )
    }

    /// Suggests a summary of `conversation` (its latest messages).
    pub async fn suggest_conversation_summary(
        &self,
        conversation: impl Into<String>,
    ) -> Result<SuggestConversationSummaryResponse, Error> {
        self.suggest_conversation_summary_with_options(
            SuggestConversationSummaryRequest {
                conversation: conversation.into(),
                ..Default::default()
            },
            RequestOptions::new(),
        )
        .await
    }

    /// Summarises the messages given in the request.
    pub async fn generate_stateless_summary(
        &self,
        request: GenerateStatelessSummaryRequest,
    ) -> Result<GenerateStatelessSummaryResponse, Error> {
        self.generate_stateless_summary_with_options(request, RequestOptions::new())
            .await
    }

    /// Runs a generator on the context given in the request.
    pub async fn generate_stateless_suggestion(
        &self,
        request: GenerateStatelessSuggestionRequest,
    ) -> Result<GenerateStatelessSuggestionResponse, Error> {
        self.generate_stateless_suggestion_with_options(request, RequestOptions::new())
            .await
    }

    /// Searches the knowledge bases of a conversation profile.
    pub async fn search_knowledge(
        &self,
        request: SearchKnowledgeRequest,
    ) -> Result<SearchKnowledgeResponse, Error> {
        self.search_knowledge_with_options(request, RequestOptions::new())
            .await
    }

    /// Generates suggestions for `conversation` from its generators.
    pub async fn generate_suggestions(
        &self,
        conversation: impl Into<String>,
    ) -> Result<GenerateSuggestionsResponse, Error> {
        self.generate_suggestions_with_options(
            GenerateSuggestionsRequest {
                conversation: conversation.into(),
                ..Default::default()
            },
            RequestOptions::new(),
        )
        .await
    }

    /// Gets the long-running operation `name`.
    pub async fn get_operation(&self, name: impl Into<String>) -> Result<Operation, Error> {
        self.get_operation_with_options(
            GetOperationRequest { name: name.into() },
            RequestOptions::new(),
        )
        .await
    }

    /// Lists the long-running operations under `name` (`projects/{p}` or a location).
    pub fn list_operations(&self, name: impl Into<String>) -> OperationsPager {
        self.list_operations_with_options(
            ListOperationsRequest {
                name: name.into(),
                ..Default::default()
            },
            RequestOptions::new(),
        )
    }

    /// Asks for the long-running operation `name` to be cancelled.
    pub async fn cancel_operation(&self, name: impl Into<String>) -> Result<(), Error> {
        self.cancel_operation_with_options(
            CancelOperationRequest { name: name.into() },
            RequestOptions::new(),
        )
        .await
    }

    /// Gets the location `name` (`projects/{p}/locations/{l}`).
    pub async fn get_location(&self, name: impl Into<String>) -> Result<Location, Error> {
        self.get_location_with_options(
            GetLocationRequest { name: name.into() },
            RequestOptions::new(),
        )
        .await
    }

    /// Lists the locations of `name` (`projects/{p}`).
    pub fn list_locations(&self, name: impl Into<String>) -> LocationsPager {
        self.list_locations_with_options(
            ListLocationsRequest {
                name: name.into(),
                ..Default::default()
            },
            RequestOptions::new(),
        )
    }
}
