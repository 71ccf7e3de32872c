//! [`ClientOptions`]: everything that configures a client, as in Python's `ClientOptions`.
//!
//! | Python (`ClientOptions` / constructor) | here |
//! |---|---|
//! | `api_endpoint` | [`with_api_endpoint`](ClientOptions::with_api_endpoint) |
//! | `client_cert_source` | [`with_client_cert_source`](ClientOptions::with_client_cert_source) |
//! | `quota_project_id` | [`with_quota_project_id`](ClientOptions::with_quota_project_id) |
//! | `universe_domain` | [`with_universe_domain`](ClientOptions::with_universe_domain) |
//! | `credentials_file` | [`with_credentials_file`](ClientOptions::with_credentials_file) |
//! | `api_key` | [`with_api_key`](ClientOptions::with_api_key) |
//! | `credentials=` | [`with_credentials`](ClientOptions::with_credentials) |
//! | `transport="grpc" / "rest" / object` | [`with_transport`](ClientOptions::with_transport) |
//! | `client_info.user_agent` | [`with_user_agent`](ClientOptions::with_user_agent) |
//! | per-method `retry=` / `timeout=` defaults | [`with_retry`](ClientOptions::with_retry) / [`with_timeout`](ClientOptions::with_timeout) |
//! | (regional endpoint by hand) | [`with_location`](ClientOptions::with_location) |
//! | (none) | [`with_emulator_host`](ClientOptions::with_emulator_host), [`with_allow_insecure_plaintext`](ClientOptions::with_allow_insecure_plaintext), [`with_metadata`](ClientOptions::with_metadata), [`with_generated_conversation_ids`](ClientOptions::with_generated_conversation_ids) |

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use crate::RootCerts;
use crate::config_error::ConfigError;
use crate::credentials::Credentials;
use crate::endpoint::ClientCertSource;
use crate::retry::{BackoffStrategy, RetryStrategy};

mod request;

pub use request::RequestOptions;

/// The default timeout of each call (Google's service config: 60 s).
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);

/// Which wire the client speaks.
///
/// The default is gRPC, as in Python, when the `grpc` feature is compiled in; with only the
/// `rest` feature, it is REST.
#[derive(Clone)]
#[non_exhaustive]
pub enum Transport {
    /// gRPC over HTTP/2.
    Grpc,
    /// REST: HTTP/1.1 or HTTP/2 with proto3 JSON bodies.
    Rest,
    /// Any implementation of a service's transport trait, such as the mock or your own.
    ///
    /// Endpoint, TLS and credential options do not apply to it: it is used as it is.
    Custom(CustomTransport),
}

/// A transport object of any service, held without knowing its type: a client takes it back
/// as its own service's trait object (`Arc<dyn ConversationsTransport>`, say) and fails with
/// [`ConfigError::Transport`] when it holds another service's.
///
/// ```
/// use std::sync::Arc;
/// use dialogflow_runtime::options::CustomTransport;
///
/// trait Stub: Send + Sync {}
/// struct Mine;
/// impl Stub for Mine {}
///
/// let custom = CustomTransport::new::<dyn Stub>(Arc::new(Mine));
/// assert!(custom.get::<dyn Stub>().is_some());
/// assert!(custom.get::<dyn std::fmt::Debug + Send + Sync>().is_none());
/// ```
#[derive(Clone)]
pub struct CustomTransport {
    /// An `Arc<T>`, boxed as `Any`.
    stub: Arc<dyn std::any::Any + Send + Sync>,
    type_name: &'static str,
}

impl CustomTransport {
    /// Holds `stub`; [`get::<T>`](Self::get) gives it back.
    pub fn new<T: ?Sized + Send + Sync + 'static>(stub: Arc<T>) -> CustomTransport {
        CustomTransport {
            stub: Arc::new(stub),
            type_name: std::any::type_name::<T>(),
        }
    }

    /// The transport, when it was made as an `Arc<T>`.
    pub fn get<T: ?Sized + Send + Sync + 'static>(&self) -> Option<Arc<T>> {
        self.stub.downcast_ref::<Arc<T>>().cloned()
    }

    /// The name of the type it was made with, e.g. `dyn ConversationsTransport`.
    pub fn type_name(&self) -> &'static str {
        self.type_name
    }
}

impl fmt::Debug for CustomTransport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("CustomTransport")
            .field(&self.type_name)
            .finish()
    }
}

impl Default for Transport {
    fn default() -> Self {
        if cfg!(feature = "grpc") || !cfg!(feature = "rest") {
            Transport::Grpc
        } else {
            Transport::Rest
        }
    }
}

impl fmt::Debug for Transport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Transport::Grpc => f.write_str("Grpc"),
            Transport::Rest => f.write_str("Rest"),
            Transport::Custom(t) => f.debug_tuple("Custom").field(t).finish(),
        }
    }
}

impl Transport {
    /// `"grpc"`, `"rest"` or `"custom"`.
    pub fn name(&self) -> &'static str {
        match self {
            Transport::Grpc => "grpc",
            Transport::Rest => "rest",
            Transport::Custom(_) => "custom",
        }
    }
}

impl std::str::FromStr for Transport {
    type Err = ConfigError;

    /// Parses `grpc` or `rest` (Python's transport names), ignoring case.
    fn from_str(s: &str) -> Result<Self, ConfigError> {
        match s.to_ascii_lowercase().as_str() {
            "grpc" => Ok(Transport::Grpc),
            "rest" => Ok(Transport::Rest),
            _ => Err(ConfigError::Transport {
                message: format!("expected transport `grpc` or `rest`, got {s:?}"),
            }),
        }
    }
}

/// Options of a client of any service (endpoint, TLS, credentials, transport, defaults of each
/// call). Clients of several services made from one [`Connection`](crate::Connection) share
/// them, with one connection pool and one credentials source.
///
/// ```
/// use std::time::Duration;
/// use dialogflow_runtime::options::{ClientOptions, Transport};
///
/// let options = ClientOptions::new()
///     .with_location("europe-west1")
///     .with_transport(Transport::Rest)
///     .with_quota_project_id("billing-project")
///     .with_timeout(Duration::from_secs(20));
/// assert_eq!(options.location(), Some("europe-west1"));
/// ```
#[derive(Debug, Clone)]
pub struct ClientOptions {
    api_endpoint: Option<String>,
    client_cert_source: Option<ClientCertSource>,
    quota_project_id: Option<String>,
    universe_domain: Option<String>,
    credentials: Option<Credentials>,
    credentials_file: Option<PathBuf>,
    transport: Transport,
    user_agent: Option<String>,
    retry: Option<Arc<dyn RetryStrategy>>,
    backoff: Option<Arc<dyn BackoffStrategy>>,
    timeout: Option<Duration>,
    location: Option<String>,
    emulator_host: Option<String>,
    ignore_emulator_env: bool,
    allow_insecure_plaintext: bool,
    metadata: Vec<(String, String)>,
    generated_conversation_ids: bool,
    root_certs: Option<RootCerts>,
    keep_alive_interval: Option<Duration>,
}

impl Default for ClientOptions {
    fn default() -> Self {
        ClientOptions {
            api_endpoint: None,
            client_cert_source: None,
            quota_project_id: None,
            universe_domain: None,
            credentials: None,
            credentials_file: None,
            transport: Transport::default(),
            user_agent: None,
            retry: None,
            backoff: None,
            timeout: None,
            location: None,
            emulator_host: None,
            ignore_emulator_env: false,
            allow_insecure_plaintext: false,
            metadata: Vec::new(),
            generated_conversation_ids: true,
            root_certs: None,
            keep_alive_interval: None,
        }
    }
}

impl ClientOptions {
    /// Options with nothing set: ADC, the default endpoint, gRPC.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets the endpoint: `host`, `host:port`, `https://host[:port]`, or
    /// `http://host:port` for plaintext. It wins over every endpoint rule except
    /// the emulator's.
    pub fn with_api_endpoint(mut self, endpoint: impl Into<String>) -> Self {
        self.api_endpoint = Some(endpoint.into());
        self
    }

    /// Sets the client certificate for mutual TLS. It is used only when
    /// `GOOGLE_API_USE_CLIENT_CERTIFICATE=true`, as in Google's libraries.
    pub fn with_client_cert_source(mut self, source: ClientCertSource) -> Self {
        self.client_cert_source = Some(source);
        self
    }

    /// Sets the project billed for quota (`x-goog-user-project`).
    pub fn with_quota_project_id(mut self, project: impl Into<String>) -> Self {
        self.quota_project_id = Some(project.into());
        self
    }

    /// Sets the universe domain (default: `GOOGLE_CLOUD_UNIVERSE_DOMAIN`, else `googleapis.com`).
    pub fn with_universe_domain(mut self, domain: impl Into<String>) -> Self {
        self.universe_domain = Some(domain.into());
        self
    }

    /// Sets the credentials (default: Application Default Credentials).
    pub fn with_credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

    /// Reads the credentials from this file when the client is built (any type
    /// Google's tools write, see [`Credentials::from_file`]). Ignored when
    /// [credentials](ClientOptions::with_credentials) are given.
    // `Credentials::from_file` exists with the `google-auth` feature only.
    #[cfg_attr(not(feature = "google-auth"), allow(rustdoc::broken_intra_doc_links))]
    pub fn with_credentials_file(mut self, path: impl Into<PathBuf>) -> Self {
        self.credentials_file = Some(path.into());
        self
    }

    /// Authenticates with an API key instead of OAuth credentials.
    pub fn with_api_key(mut self, key: &str) -> Result<Self, ConfigError> {
        self.credentials = Some(Credentials::from_api_key(key)?);
        Ok(self)
    }

    /// Sets the transport (default: gRPC).
    pub fn with_transport(mut self, transport: Transport) -> Self {
        self.transport = transport;
        self
    }

    /// Adds a product token to the `user-agent` and `x-goog-api-client` headers
    /// (Python's `client_info.user_agent`).
    pub fn with_user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = Some(user_agent.into());
        self
    }

    /// Sets the default retry strategy of the calls (default:
    /// [`RetryPolicy::default`](crate::RetryPolicy::default)); it applies to the mixin calls
    /// too when set. Any [`RetryStrategy`] will do; a [`RetryPolicy`](crate::RetryPolicy)
    /// brings its backoff along.
    pub fn with_retry(mut self, policy: impl RetryStrategy + 'static) -> Self {
        self.retry = Some(Arc::new(policy));
        self
    }

    /// Sets the default backoff between attempts, replacing the retry strategy's own.
    pub fn with_backoff(mut self, backoff: impl BackoffStrategy + 'static) -> Self {
        self.backoff = Some(Arc::new(backoff));
        self
    }

    /// Sets the default overall timeout of each call, retries included (default: [`DEFAULT_TIMEOUT`]).
    pub fn with_timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Uses the regional endpoint of `location` (`{location}-dialogflow.googleapis.com`);
    /// `global` keeps the global endpoint. An explicit endpoint wins over it.
    pub fn with_location(mut self, location: impl Into<String>) -> Self {
        self.location = Some(location.into());
        self
    }

    /// Points the client at an emulator (`host:port`): plaintext, anonymous
    /// credentials. Wins over `DIALOGFLOW_EMULATOR_HOST` and every other endpoint option.
    pub fn with_emulator_host(mut self, host_port: impl Into<String>) -> Self {
        self.emulator_host = Some(host_port.into());
        self
    }

    /// Ignores `DIALOGFLOW_EMULATOR_HOST` (for code that must reach the real service).
    pub fn with_ignore_emulator_env(mut self, ignore: bool) -> Self {
        self.ignore_emulator_env = ignore;
        self
    }

    /// Allows sending real credentials over plaintext to a host that is not loopback.
    /// Off by default; only for trusted networks (a sidecar proxy, say).
    pub fn with_allow_insecure_plaintext(mut self, allow: bool) -> Self {
        self.allow_insecure_plaintext = allow;
        self
    }

    /// Adds a header sent with every call of the client.
    pub fn with_metadata(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.metadata.push((name.into(), value.into()));
        self
    }

    /// Whether `CreateConversation` without a conversation id gets one from the
    /// client so that it can be retried safely (default: yes). See
    /// [the retry docs](crate::retry#calls-that-are-not-idempotent).
    pub fn with_generated_conversation_ids(mut self, generate: bool) -> Self {
        self.generated_conversation_ids = generate;
        self
    }

    /// Sets the root certificates that may sign the server's certificate
    /// (default: the Mozilla roots of `webpki-roots`); for private endpoints,
    /// proxies that re-sign TLS, and tests.
    pub fn with_root_certs(mut self, roots: RootCerts) -> Self {
        self.root_certs = Some(roots);
        self
    }

    /// The root certificates, if set.
    pub fn root_certs(&self) -> Option<&RootCerts> {
        self.root_certs.as_ref()
    }

    /// Sends HTTP/2 keep-alive pings on the connection at this interval (also while no call
    /// is in flight), so that a connection silently dropped by a NAT or load balancer is
    /// noticed before the next call waits on it. Off by default, as in gRPC's own clients and
    /// Google's Python client: pings cost every call a little (timer and clock work in the
    /// connection task; about 1.5% of a GetConversation in `docs/PERFORMANCE.md`), and a call
    /// on a dead connection still ends at its deadline and is retried as `UNAVAILABLE`.
    pub fn with_keep_alive_interval(mut self, interval: Option<Duration>) -> Self {
        self.keep_alive_interval = interval;
        self
    }

    /// The keep-alive ping interval, if pings are on.
    pub fn keep_alive_interval(&self) -> Option<Duration> {
        self.keep_alive_interval
    }

    /// The explicit endpoint, if any.
    pub fn api_endpoint(&self) -> Option<&str> {
        self.api_endpoint.as_deref()
    }

    /// The explicit client certificate source, if any.
    pub fn client_cert_source(&self) -> Option<&ClientCertSource> {
        self.client_cert_source.as_ref()
    }

    /// The quota project, if any.
    pub fn quota_project_id(&self) -> Option<&str> {
        self.quota_project_id.as_deref()
    }

    /// The explicit universe domain, if any.
    pub fn universe_domain(&self) -> Option<&str> {
        self.universe_domain.as_deref()
    }

    /// The explicit credentials, if any.
    pub fn credentials(&self) -> Option<&Credentials> {
        self.credentials.as_ref()
    }

    /// The credentials file, if any.
    pub fn credentials_file(&self) -> Option<&Path> {
        self.credentials_file.as_deref()
    }

    /// The transport.
    pub fn transport(&self) -> &Transport {
        &self.transport
    }

    /// The extra user-agent token, if any.
    pub fn user_agent(&self) -> Option<&str> {
        self.user_agent.as_deref()
    }

    /// The default retry strategy, if set.
    pub fn retry(&self) -> Option<&Arc<dyn RetryStrategy>> {
        self.retry.as_ref()
    }

    /// The default backoff, if set apart from the retry strategy.
    pub fn backoff(&self) -> Option<&Arc<dyn BackoffStrategy>> {
        self.backoff.as_ref()
    }

    /// The default call timeout, if set.
    pub fn timeout(&self) -> Option<Duration> {
        self.timeout
    }

    /// The location for the regional endpoint, if any.
    pub fn location(&self) -> Option<&str> {
        self.location.as_deref()
    }

    /// The explicit emulator host, if any.
    pub fn emulator_host(&self) -> Option<&str> {
        self.emulator_host.as_deref()
    }

    /// Whether `DIALOGFLOW_EMULATOR_HOST` is ignored.
    pub fn ignore_emulator_env(&self) -> bool {
        self.ignore_emulator_env
    }

    /// Whether plaintext with real credentials to a remote host is allowed.
    pub fn allow_insecure_plaintext(&self) -> bool {
        self.allow_insecure_plaintext
    }

    /// The headers sent with every call.
    pub fn metadata(&self) -> &[(String, String)] {
        &self.metadata
    }

    /// Whether `CreateConversation` ids are generated client-side for safe retries.
    pub fn generated_conversation_ids(&self) -> bool {
        self.generated_conversation_ids
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults() {
        let o = ClientOptions::new();
        assert!(matches!(o.transport(), Transport::Grpc));
        assert_eq!(o.api_endpoint(), None);
        assert!(o.generated_conversation_ids());
        assert!(!o.allow_insecure_plaintext());
        assert!(!o.ignore_emulator_env());
    }

    #[test]
    fn transport_names() {
        for (s, name) in [("grpc", "grpc"), ("REST", "rest"), ("Grpc", "grpc")] {
            assert_eq!(s.parse::<Transport>().unwrap().name(), name);
        }
        let err = "http".parse::<Transport>().unwrap_err();
        assert!(err.to_string().contains("\"http\""), "{err}");
    }

    #[test]
    fn api_key_is_not_in_debug() {
        let o = ClientOptions::new().with_api_key("secret-key-123").unwrap();
        let dbg = format!("{o:?}");
        assert!(!dbg.contains("secret-key-123"), "{dbg}");
        assert!(dbg.contains("api key"), "{dbg}");
    }
}
