//! [`Connection`]: what clients of every service made from one set of options share.

use std::sync::Arc;
use std::time::Duration;

use crate::config_error::ConfigError;
use crate::credentials::{Credentials, check_plaintext};
use crate::endpoint::{Environment, ProcessEnv, ResolvedEndpoint, TlsChoice, resolve_endpoint};
use crate::options::{ClientOptions, DEFAULT_TIMEOUT, Transport};
use crate::retry::{BackoffStrategy, RetryPolicy, RetryStrategy};
use crate::{AuthHeaders, Identity, TlsConfig, TlsMode, TransportConfig};

/// Options resolved once (endpoint, TLS, credentials, call defaults) with the connection pool
/// they lead to, shared by every client made from it, whatever its service.
///
/// Clients of different services made from one `Connection` send their calls over the same
/// connections (on gRPC, one HTTP/2 connection for all of them) and ask the same credentials
/// source for tokens. Cloning is cheap and shares everything.
///
/// ```no_run
/// use dialogflow_runtime::{ClientOptions, Connection};
///
/// # async fn demo() -> Result<(), dialogflow_runtime::ConfigError> {
/// let connection = Connection::new(ClientOptions::new().with_location("europe-west1")).await?;
/// // e.g. ConversationsClient::from_connection(&connection)?, and the other services' clients.
/// # let _ = connection; Ok(()) }
/// ```
#[derive(Clone, Debug)]
pub struct Connection {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    transport: Transport,
    config: Option<TransportConfig>,
    retry: Arc<dyn RetryStrategy>,
    retry_when_unlisted: Arc<dyn RetryStrategy>,
    backoff: Option<Arc<dyn BackoffStrategy>>,
    timeout: Option<Duration>,
    metadata: Vec<(String, String)>,
    generated_ids: bool,
    #[cfg(feature = "net")]
    pools: crate::pool::PoolCache,
}

impl Connection {
    /// Resolves `options` against the process environment.
    ///
    /// Must run inside a Tokio runtime. Nothing is sent over the network: the first call
    /// makes the connection.
    pub async fn new(options: ClientOptions) -> Result<Connection, ConfigError> {
        Connection::with_environment(options, &ProcessEnv).await
    }

    /// Resolves `options`, reading environment variables from `env` (for tests).
    pub async fn with_environment(
        options: ClientOptions,
        env: &dyn Environment,
    ) -> Result<Connection, ConfigError> {
        let config = match options.transport() {
            Transport::Custom(_) => None,
            _ => Some(transport_config(&options, env).await?),
        };
        Ok(Connection::from_parts(options, config))
    }

    /// A connection whose transport is used as it is (a custom one), with default policies.
    fn from_parts(options: ClientOptions, config: Option<TransportConfig>) -> Connection {
        let retry: Arc<dyn RetryStrategy> = match options.retry() {
            Some(retry) => retry.clone(),
            None => Arc::new(RetryPolicy::default()),
        };
        let retry_when_unlisted: Arc<dyn RetryStrategy> = match options.retry() {
            Some(retry) => retry.clone(),
            None => Arc::new(RetryPolicy::none()),
        };
        Connection {
            inner: Arc::new(Inner {
                transport: options.transport().clone(),
                config,
                retry,
                retry_when_unlisted,
                backoff: options.backoff().cloned(),
                timeout: Some(options.timeout().unwrap_or(DEFAULT_TIMEOUT)),
                metadata: options.metadata().to_vec(),
                generated_ids: options.generated_conversation_ids(),
                #[cfg(feature = "net")]
                pools: Default::default(),
            }),
        }
    }

    /// A connection over a custom transport with the default policies (no resolution).
    pub fn custom(transport: crate::options::CustomTransport) -> Connection {
        Connection::from_parts(
            ClientOptions::new().with_transport(Transport::Custom(transport)),
            None,
        )
    }

    /// The wire, or the custom transport.
    pub fn transport(&self) -> &Transport {
        &self.inner.transport
    }

    /// The resolved endpoint, TLS and credentials (`None` for a custom transport).
    pub fn config(&self) -> Option<&TransportConfig> {
        self.inner.config.as_ref()
    }

    /// The URL clients connect to (`None` for a custom transport).
    pub fn endpoint(&self) -> Option<&str> {
        self.config().map(|c| c.endpoint.as_str())
    }

    /// The default retry strategy of RPCs that the service config retries.
    pub fn retry(&self) -> &Arc<dyn RetryStrategy> {
        &self.inner.retry
    }

    /// The default retry strategy of RPCs the service config does not retry (the mixins):
    /// none, unless the options set one.
    pub fn retry_when_unlisted(&self) -> &Arc<dyn RetryStrategy> {
        &self.inner.retry_when_unlisted
    }

    /// The default backoff, when the options set one apart from the retry strategy.
    pub fn backoff(&self) -> Option<&Arc<dyn BackoffStrategy>> {
        self.inner.backoff.as_ref()
    }

    /// The default overall timeout of each call.
    pub fn timeout(&self) -> Option<Duration> {
        self.inner.timeout
    }

    /// The headers sent with every call.
    pub fn metadata(&self) -> &[(String, String)] {
        &self.inner.metadata
    }

    /// Whether ids are generated client-side for safe retries of creating calls.
    pub fn generated_ids(&self) -> bool {
        self.inner.generated_ids
    }

    /// The shared pool for request bodies of type `B`, made by `make` on first use (the wire
    /// implementations of `dialogflow-transport` call this).
    #[cfg(feature = "net")]
    pub fn pool<B: Send + 'static>(
        &self,
        make: impl FnOnce() -> Result<crate::pool::Pool<B>, crate::Error>,
    ) -> Result<crate::pool::Pool<B>, crate::Error>
    where
        crate::pool::Pool<B>: Send + Sync,
    {
        self.inner.pools.get_or_make(make)
    }
}

/// Resolves endpoint, TLS and credentials into the configuration the wires are made from.
async fn transport_config(
    options: &ClientOptions,
    env: &dyn Environment,
) -> Result<TransportConfig, ConfigError> {
    let resolved = resolve_endpoint(options, env)?;
    let credentials = credentials_for(options, &resolved, env).await?;
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
    let auth: Arc<dyn AuthHeaders> = Arc::new(credentials);
    let mut config = TransportConfig::new(resolved.endpoint.url())
        .with_tls(tls)
        .with_auth(auth)
        .with_keep_alive_interval(options.keep_alive_interval());
    if let Some(ua) = options.user_agent() {
        config = config.with_user_agent(ua);
    }
    if let Some(q) = options.quota_project_id() {
        config = config.with_quota_project(q);
    }
    Ok(config)
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
        Credentials::application_default_in(env, crate::credentials::default_scopes())
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
