//! [`ConversationsClient`]: the async client.

use std::future::Future;
use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

use dialogflow_transport::{CallOptions, Code, ConversationsTransport, Error, Rpc};
use dialogflow_types::v2::{Conversation, CreateConversationRequest};
use tokio::time::Instant;

use crate::builder::ClientBuilder;
use crate::error::ConfigError;
use crate::options::ClientOptions;
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
    pub(crate) retry_when_unlisted: RetryPolicy,
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
            retry_when_unlisted: RetryPolicy::none(),
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

    /// The retry policy of a call: the call's own, else the client's; an RPC for which the
    /// service config retries nothing (the mixins) is not retried by default.
    fn policy<'a>(&'a self, rpc: Rpc, options: &'a RequestOptions) -> &'a RetryPolicy {
        match &options.retry {
            Some(p) => p,
            None if rpc.retryable_codes().is_empty() => &self.inner.retry_when_unlisted,
            None => &self.inner.retry,
        }
    }

    /// Runs one RPC of a request builder under the policy layer.
    pub(crate) async fn execute<Req, Resp, F, Fut>(
        &self,
        rpc: Rpc,
        request: Req,
        options: RequestOptions,
        send: F,
    ) -> Result<Resp, Error>
    where
        Req: Clone,
        F: Fn(Arc<dyn ConversationsTransport>, Req, CallOptions) -> Fut,
        Fut: Future<Output = Result<Resp, Error>>,
    {
        let policy = self.policy(rpc, &options);
        self.call(rpc.name(), policy, request, &options, send).await
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

impl ConversationsClient {
    /// Creates a conversation (the `send` of its builder).
    ///
    /// When retries are on and `conversation_id` is empty, the client fills in an id
    /// ([`retry::new_conversation_id`]) so that every attempt names the same conversation; if a
    /// retry meets `ALREADY_EXISTS`, an earlier attempt succeeded and that conversation is
    /// fetched and returned. With generated ids turned off, a request without an id is sent
    /// once, never retried.
    pub(crate) async fn send_create_conversation(
        &self,
        mut request: CreateConversationRequest,
        options: RequestOptions,
    ) -> Result<Conversation, Error> {
        let no_retry;
        let mut policy = self.policy(Rpc::CreateConversation, &options);
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
                self.get_conversation(name).with_options(options).await
            }
            (other, _) => other,
        }
    }
}
