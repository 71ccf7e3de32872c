//! [`ClientBuilder`]: options in, a connected-on-demand client out.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use dialogflow_transport::{
    AuthHeaders, ConversationsTransport, Identity, RootCerts, TlsConfig, TlsMode, TransportConfig,
};

use crate::client::{ConversationsClient, Inner};
use crate::credentials::{Credentials, check_plaintext};
use crate::endpoint::{
    ClientCertSource, Environment, ProcessEnv, ResolvedEndpoint, TlsChoice, resolve_endpoint,
};
use crate::error::ConfigError;
use crate::options::{ClientOptions, DEFAULT_TIMEOUT, Transport};
use crate::retry::RetryPolicy;

/// Builds a [`ConversationsClient`]; every setter mirrors one of [`ClientOptions`].
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
#[derive(Clone)]
pub struct ClientBuilder {
    options: ClientOptions,
    env: Arc<dyn Environment>,
}

impl std::fmt::Debug for ClientBuilder {
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
    /// A builder with default options, reading the process environment.
    pub fn new() -> Self {
        Self::from_options(ClientOptions::new())
    }

    /// A builder starting from these options.
    pub fn from_options(options: ClientOptions) -> Self {
        ClientBuilder {
            options,
            env: Arc::new(ProcessEnv),
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
        with_retry(policy: RetryPolicy);
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
    pub fn with_custom_transport(self, transport: Arc<dyn ConversationsTransport>) -> Self {
        self.with_transport(Transport::Custom(transport))
    }

    /// Resolves endpoint, TLS and credentials, and builds the client.
    ///
    /// Must run inside a Tokio runtime. Nothing is sent over the network: the
    /// connection is made by the first call.
    pub async fn build(self) -> Result<ConversationsClient, ConfigError> {
        let options = self.options;
        let retry = options.retry().cloned().unwrap_or_default();
        let retry_when_unlisted = options.retry().cloned().unwrap_or_else(RetryPolicy::none);
        let timeout = Some(options.timeout().unwrap_or(DEFAULT_TIMEOUT));
        let mut inner = Inner {
            transport: Arc::new(NoTransport),
            retry,
            retry_when_unlisted,
            timeout,
            metadata: options.metadata().to_vec(),
            generated_ids: options.generated_conversation_ids(),
            endpoint: None,
            transport_name: options.transport().name(),
        };
        if let Transport::Custom(t) = options.transport() {
            inner.transport = t.clone();
            return Ok(ConversationsClient::from_inner(inner));
        }

        let resolved = resolve_endpoint(&options, &*self.env)?;
        let credentials = credentials_for(&options, &resolved, &*self.env).await?;
        credentials.prepare()?;
        check_universe(&credentials, &resolved).await?;
        check_plaintext(
            &resolved.endpoint,
            &credentials,
            options.allow_insecure_plaintext(),
        )?;
        let roots = options.root_certs().cloned().unwrap_or_default();
        let tls = match &resolved.tls {
            TlsChoice::Plaintext => TlsMode::Plaintext,
            TlsChoice::Tls => TlsMode::Tls(TlsConfig::new(roots)),
            TlsChoice::Mtls(source) => {
                let source = source.clone();
                // A cert provider command may take a while: keep it off the runtime's threads.
                let identity = tokio::task::spawn_blocking(move || source.identity())
                    .await
                    .map_err(|e| {
                        ConfigError::cert(format!("the certificate source panicked: {e}"), None)
                    })??;
                TlsMode::Tls(
                    TlsConfig::new(roots)
                        .with_identity(Identity::from_pem(identity.cert_pem(), identity.key_pem())),
                )
            }
        };
        let url = resolved.endpoint.url();
        let auth: Arc<dyn AuthHeaders> = Arc::new(credentials);
        let mut config = TransportConfig::new(url.clone())
            .with_tls(tls)
            .with_auth(auth)
            .with_keep_alive_interval(options.keep_alive_interval());
        if let Some(ua) = options.user_agent() {
            config = config.with_user_agent(ua);
        }
        if let Some(q) = options.quota_project_id() {
            config = config.with_quota_project(q);
        }
        inner.transport = make_transport(options.transport(), config)?;
        inner.endpoint = Some(url);
        Ok(ConversationsClient::from_inner(inner))
    }
}

/// The credentials to use. When they depend on the metadata server (Application Default
/// Credentials that found no file, or [`Credentials::metadata_server`]), its presence is
/// checked here, within a few seconds, so that a machine without any credentials gets one
/// clear error from `build()` instead of a minute of retries on the first call.
async fn credentials_for(
    options: &ClientOptions,
    resolved: &ResolvedEndpoint,
    env: &dyn Environment,
) -> Result<Credentials, ConfigError> {
    if resolved.emulator {
        return Ok(Credentials::anonymous());
    }
    if let Some(c) = options.credentials() {
        c.check_source(env).await?;
        return Ok(c.clone());
    }
    #[cfg(feature = "google-auth")]
    {
        if let Some(path) = options.credentials_file() {
            return Credentials::from_file(path);
        }
        if crate::credentials::find_adc_file(env).is_none() {
            crate::credentials::check_metadata_server(
                env,
                crate::credentials::MetadataUse::AdcFallback,
            )
            .await?;
            return Credentials::adc_metadata_server(env);
        }
        Credentials::application_default()
    }
    #[cfg(not(feature = "google-auth"))]
    {
        let _ = env;
        Err(ConfigError::credentials(
            "no credentials were given and the `google-auth` feature (Application Default Credentials) is off; pass credentials, e.g. Credentials::anonymous()",
        ))
    }
}

/// The universe of a service-account key must be the client's (as Python checks).
async fn check_universe(
    credentials: &Credentials,
    resolved: &ResolvedEndpoint,
) -> Result<(), ConfigError> {
    // Only keys say so without a network call (the metadata server would be asked).
    if credentials.kind() != "service account" {
        return Ok(());
    }
    let theirs = credentials
        .universe_domain()
        .await
        .unwrap_or_else(|| crate::endpoint::DEFAULT_UNIVERSE_DOMAIN.to_string());
    if theirs != resolved.universe_domain {
        return Err(ConfigError::UniverseDomainMismatch {
            client: resolved.universe_domain.clone(),
            credentials: theirs,
        });
    }
    Ok(())
}

fn make_transport(
    transport: &Transport,
    config: TransportConfig,
) -> Result<Arc<dyn ConversationsTransport>, ConfigError> {
    let err = |e: dialogflow_transport::Error| ConfigError::Transport {
        message: e.to_string(),
    };
    match transport {
        #[cfg(feature = "grpc")]
        Transport::Grpc => Ok(Arc::new(
            dialogflow_transport::GrpcTransport::new(config).map_err(err)?,
        )),
        #[cfg(not(feature = "grpc"))]
        Transport::Grpc => {
            let _ = (config, err);
            Err(ConfigError::TransportNotCompiled {
                transport: "gRPC",
                feature: "grpc",
            })
        }
        #[cfg(feature = "rest")]
        Transport::Rest => Ok(Arc::new(
            dialogflow_transport::RestTransport::new(config).map_err(err)?,
        )),
        #[cfg(not(feature = "rest"))]
        Transport::Rest => {
            let _ = (config, err);
            Err(ConfigError::TransportNotCompiled {
                transport: "REST",
                feature: "rest",
            })
        }
        Transport::Custom(t) => Ok(t.clone()),
    }
}

/// A placeholder replaced before the client is returned.
#[derive(Debug)]
struct NoTransport;

impl ConversationsTransport for NoTransport {}
