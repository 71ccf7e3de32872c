//! [`ConversationsClient`]: the async client.

use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};

use dialogflow_runtime::retry::{self, RetryPolicy, RetryStrategy};
use dialogflow_runtime::{Code, ConfigError, Connection, Error, RequestOptions};
use dialogflow_transport::{ConversationsTransport, Rpc};
use dialogflow_types::v2::{Conversation, CreateConversationRequest};

use crate::builder::ClientBuilder;
use crate::options::ClientOptions;
use crate::service::{ClientCore, ServiceClient};

/// The client of the Dialogflow v2 `Conversations` service, with its
/// `Operations` and `Locations` mixins.
///
/// Cloning is cheap: clones share the connection and the credentials. So do clients of other
/// services made from the same [`Connection`] (see [`from_connection`](Self::from_connection)).
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
    inner: Arc<ClientCore<dyn ConversationsTransport>>,
}

impl ServiceClient for ConversationsClient {
    type Transport = dyn ConversationsTransport;

    fn from_connection(connection: &Connection) -> Result<Self, ConfigError> {
        Self::from_connection(connection)
    }

    fn from_transport(transport: Arc<dyn ConversationsTransport>) -> Self {
        Self::from_transport(transport)
    }
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
        ConversationsClient {
            inner: Arc::new(ClientCore::from_transport(transport)),
        }
    }

    /// A client over `connection`: its wire, endpoint, credentials and call defaults, and its
    /// connection pool, shared with every other client made from it (on gRPC, one HTTP/2
    /// connection for the clients of all services). [`builder`](Self::builder) makes a
    /// connection of its own.
    ///
    /// ```no_run
    /// use dialogflow_conversations::{ClientOptions, Connection, ConversationsClient};
    ///
    /// # async fn demo() -> Result<(), dialogflow_conversations::ConfigError> {
    /// let connection = Connection::new(ClientOptions::new()).await?;
    /// let conversations = ConversationsClient::from_connection(&connection)?;
    /// let other = ConversationsClient::from_connection(&connection)?; // the same connection
    /// # let _ = (conversations, other); Ok(()) }
    /// ```
    pub fn from_connection(connection: &Connection) -> Result<Self, ConfigError> {
        Ok(ConversationsClient {
            inner: Arc::new(ClientCore::from_connection(connection)?),
        })
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
        self.inner.transport()
    }

    /// `"grpc"`, `"rest"` or `"custom"`.
    pub fn transport_name(&self) -> &'static str {
        self.inner.connection().transport().name()
    }

    /// The URL the client connects to (`None` for a custom transport).
    pub fn endpoint(&self) -> Option<&str> {
        self.inner.connection().endpoint()
    }

    /// The connection the client was made from (its options, credentials and pool).
    pub fn connection(&self) -> &Connection {
        self.inner.connection()
    }

    /// The default retry strategy of the Conversations calls.
    pub fn retry_policy(&self) -> &Arc<dyn RetryStrategy> {
        self.inner.connection().retry()
    }

    /// The shared core: transport, connection and policy layer.
    pub(crate) fn core(&self) -> &ClientCore<dyn ConversationsTransport> {
        &self.inner
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
        let core = self.core();
        let mut policy = core.policy(Rpc::CreateConversation, &options);
        let mut rpc = Rpc::CreateConversation.info();
        // The name an earlier, lost attempt would have created, when the client chose the id.
        let mut generated_name = None;
        if request.conversation_id.is_empty() && policy.retries_enabled() {
            if core.connection().generated_ids() {
                request.conversation_id = retry::new_conversation_id();
                // Every attempt names the same conversation: repeating it is harmless.
                rpc = rpc.with_idempotent(true);
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
        let result = core
            .call(rpc, policy, request, &options, |t, r, o| {
                last_attempt.fetch_add(1, Ordering::Relaxed);
                async move { t.as_ref().create_conversation(r, &o).await }
            })
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
