//! [`ConversationProfilesClient`]: the async client of conversation profiles.

use std::sync::Arc;

use dialogflow_runtime::retry::RetryStrategy;
use dialogflow_runtime::{ConfigError, Connection};
use dialogflow_transport::ConversationProfilesTransport;

use crate::builder::ClientBuilder;
use crate::options::ClientOptions;
use crate::service::{ClientCore, ServiceClient};

/// The client of the Dialogflow v2 `ConversationProfiles` service, with its `Operations` and
/// `Locations` mixins.
///
/// A conversation profile configures the conversations created with it: the virtual agent,
/// the human-agent assistant and its suggestion features. `SetSuggestionFeatureConfig` and
/// `ClearSuggestionFeatureConfig` are long-running operations: their builders'
/// `poller()` and `until_done()` wait on them, and
/// [`resume_operation`](Self::resume_operation) picks one up again by name.
///
/// Cloning is cheap; clients made from one [`Connection`] share it
/// (see [`from_connection`](Self::from_connection)).
///
/// ```no_run
/// use dialogflow_conversations::ConversationProfilesClient;
/// use dialogflow_types::v2::human_agent_assistant_config::SuggestionFeatureConfig;
/// use dialogflow_types::v2::{participant, ConversationProfile};
///
/// # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
/// let client = ConversationProfilesClient::new().await?;
/// let profile = client
///     .create_conversation_profile(
///         "projects/my-project",
///         ConversationProfile { display_name: "support".into(), ..Default::default() },
///     )
///     .await?;
/// let updated = client
///     .set_suggestion_feature_config(&profile.name)
///     .set_participant_role(participant::Role::HumanAgent)
///     .set_suggestion_feature_config(SuggestionFeatureConfig::default())
///     .until_done()
///     .await?;
/// # let _ = updated; Ok(()) }
/// ```
#[derive(Clone, Debug)]
pub struct ConversationProfilesClient {
    inner: Arc<ClientCore<dyn ConversationProfilesTransport>>,
}

impl ServiceClient for ConversationProfilesClient {
    type Transport = dyn ConversationProfilesTransport;

    fn from_connection(connection: &Connection) -> Result<Self, ConfigError> {
        Self::from_connection(connection)
    }

    fn from_transport(transport: Arc<dyn ConversationProfilesTransport>) -> Self {
        Self::from_transport(transport)
    }
}

impl ConversationProfilesClient {
    /// A client with Application Default Credentials, the default endpoint and gRPC; with
    /// `DIALOGFLOW_EMULATOR_HOST` set, the emulator at that address instead.
    pub async fn new() -> Result<Self, ConfigError> {
        Self::builder().build().await
    }

    /// A builder for every option.
    pub fn builder() -> ClientBuilder<Self> {
        ClientBuilder::for_client()
    }

    /// A client built from options.
    pub async fn from_options(options: ClientOptions) -> Result<Self, ConfigError> {
        ClientBuilder::for_client_from_options(options)
            .build()
            .await
    }

    /// A client over any transport (the mock, a wrapper, your own), with the default retry
    /// policy and timeout.
    pub fn from_transport(transport: Arc<dyn ConversationProfilesTransport>) -> Self {
        ConversationProfilesClient {
            inner: Arc::new(ClientCore::from_transport(transport)),
        }
    }

    /// A client over `connection`: its wire, endpoint, credentials, call defaults and
    /// connection pool, shared with every other client made from it.
    pub fn from_connection(connection: &Connection) -> Result<Self, ConfigError> {
        Ok(ConversationProfilesClient {
            inner: Arc::new(ClientCore::from_connection(connection)?),
        })
    }

    /// The transport the client sends its calls through.
    pub fn transport(&self) -> &Arc<dyn ConversationProfilesTransport> {
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

    /// The default retry strategy of the client's calls.
    pub fn retry_policy(&self) -> &Arc<dyn RetryStrategy> {
        self.inner.connection().retry()
    }

    /// The shared core: transport, connection and policy layer.
    pub(crate) fn core(&self) -> &ClientCore<dyn ConversationProfilesTransport> {
        &self.inner
    }
}
