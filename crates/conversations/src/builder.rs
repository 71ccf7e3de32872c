//! [`ClientBuilder`]: options in, a connected-on-demand client out.

use std::marker::PhantomData;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use dialogflow_runtime::endpoint::{ClientCertSource, Environment, ProcessEnv};
use dialogflow_runtime::options::{ClientOptions, CustomTransport, Transport};
use dialogflow_runtime::retry::{BackoffStrategy, RetryStrategy};
use dialogflow_runtime::{ConfigError, Connection, Credentials, RootCerts};

use crate::ConversationsClient;
use crate::service::ServiceClient;

/// Builds a client (a [`ConversationsClient`] unless made by another client's `builder()`);
/// every setter mirrors one of [`ClientOptions`].
///
/// ```no_run
/// use dialogflow_conversations::{ConversationsClient, Transport};
///
/// # async fn demo() -> Result<(), dialogflow_conversations::ConfigError> {
/// let client = ConversationsClient::builder()
///     .with_location("europe-west1")
///     .with_transport(Transport::Rest)
///     .build()
///     .await?;
/// assert_eq!(client.endpoint(), Some("https://europe-west1-dialogflow.googleapis.com:443"));
/// # Ok(()) }
/// ```
pub struct ClientBuilder<C = ConversationsClient> {
    options: ClientOptions,
    env: Arc<dyn Environment>,
    client: PhantomData<fn() -> C>,
}

impl<C> Clone for ClientBuilder<C> {
    fn clone(&self) -> Self {
        ClientBuilder {
            options: self.options.clone(),
            env: self.env.clone(),
            client: PhantomData,
        }
    }
}

impl<C> std::fmt::Debug for ClientBuilder<C> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("options", &self.options)
            .finish_non_exhaustive()
    }
}

impl Default for ClientBuilder {
    fn default() -> Self {
        Self::new()
    }
}

macro_rules! delegate {
    ($($(#[$doc:meta])* $name:ident($($arg:ident: $ty:ty),*);)*) => {
        $(
            $(#[$doc])*
            pub fn $name(mut self, $($arg: $ty),*) -> Self {
                self.options = self.options.$name($($arg),*);
                self
            }
        )*
    };
}

impl ClientBuilder {
    /// A builder of a [`ConversationsClient`] with default options, reading the process
    /// environment.
    pub fn new() -> Self {
        Self::for_client()
    }

    /// A builder of a [`ConversationsClient`] starting from these options.
    pub fn from_options(options: ClientOptions) -> Self {
        Self::for_client_from_options(options)
    }
}

impl<C: ServiceClient> ClientBuilder<C> {
    /// A builder of a `C` with default options, reading the process environment.
    pub fn for_client() -> Self {
        Self::for_client_from_options(ClientOptions::new())
    }

    /// A builder of a `C` starting from these options.
    pub fn for_client_from_options(options: ClientOptions) -> Self {
        ClientBuilder {
            options,
            env: Arc::new(ProcessEnv),
            client: PhantomData,
        }
    }

    /// Reads environment variables from `env` instead of the process (for tests).
    pub fn with_environment(mut self, env: impl Environment + 'static) -> Self {
        self.env = Arc::new(env);
        self
    }

    /// The options so far.
    pub fn options(&self) -> &ClientOptions {
        &self.options
    }

    delegate! {
        /// See [`ClientOptions::with_api_endpoint`].
        with_api_endpoint(endpoint: impl Into<String>);
        /// See [`ClientOptions::with_client_cert_source`].
        with_client_cert_source(source: ClientCertSource);
        /// See [`ClientOptions::with_quota_project_id`].
        with_quota_project_id(project: impl Into<String>);
        /// See [`ClientOptions::with_universe_domain`].
        with_universe_domain(domain: impl Into<String>);
        /// See [`ClientOptions::with_credentials`].
        with_credentials(credentials: Credentials);
        /// See [`ClientOptions::with_credentials_file`].
        with_credentials_file(path: impl Into<PathBuf>);
        /// See [`ClientOptions::with_transport`].
        with_transport(transport: Transport);
        /// See [`ClientOptions::with_user_agent`].
        with_user_agent(user_agent: impl Into<String>);
        /// See [`ClientOptions::with_retry`].
        with_retry(policy: impl RetryStrategy + 'static);
        /// See [`ClientOptions::with_backoff`].
        with_backoff(backoff: impl BackoffStrategy + 'static);
        /// See [`ClientOptions::with_timeout`].
        with_timeout(timeout: Duration);
        /// See [`ClientOptions::with_keep_alive_interval`].
        with_keep_alive_interval(interval: Option<Duration>);
        /// See [`ClientOptions::with_location`].
        with_location(location: impl Into<String>);
        /// See [`ClientOptions::with_emulator_host`].
        with_emulator_host(host_port: impl Into<String>);
        /// See [`ClientOptions::with_ignore_emulator_env`].
        with_ignore_emulator_env(ignore: bool);
        /// See [`ClientOptions::with_allow_insecure_plaintext`].
        with_allow_insecure_plaintext(allow: bool);
        /// See [`ClientOptions::with_metadata`].
        with_metadata(name: impl Into<String>, value: impl Into<String>);
        /// See [`ClientOptions::with_generated_conversation_ids`].
        with_generated_conversation_ids(generate: bool);
        /// See [`ClientOptions::with_root_certs`].
        with_root_certs(roots: RootCerts);
    }

    /// Uses this transport object (the mock, say): shorthand for
    /// `with_transport(Transport::Custom(..))`.
    pub fn with_custom_transport(self, transport: Arc<C::Transport>) -> Self {
        self.with_transport(Transport::Custom(CustomTransport::new(transport)))
    }

    /// Resolves endpoint, TLS and credentials, and builds the client over a
    /// [`Connection`] of its own (see [`ConversationsClient::from_connection`] to share one).
    ///
    /// Must run inside a Tokio runtime. Nothing is sent over the network: the
    /// connection is made by the first call.
    pub async fn build(self) -> Result<C, ConfigError> {
        let connection = self.connection().await?;
        C::from_connection(&connection)
    }

    /// Resolves the options into a [`Connection`], from which clients of every service can be
    /// made, sharing its credentials and its connection pool.
    pub async fn connection(self) -> Result<Connection, ConfigError> {
        Connection::with_environment(self.options, &*self.env).await
    }
}
