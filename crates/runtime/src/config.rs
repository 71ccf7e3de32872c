//! [`TransportConfig`]: the description of an endpoint that both transports are built from.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use crate::{Anonymous, AuthHeaders};

/// The production endpoint of the Dialogflow API (both wires).
pub const DEFAULT_ENDPOINT: &str = "https://dialogflow.googleapis.com";

/// Where and how to connect: endpoint, TLS, proxy, credentials and identification.
///
/// ```
/// use dialogflow_runtime::{TlsMode, TransportConfig};
///
/// // Production, with TLS and the webpki root certificates.
/// let config = TransportConfig::new("https://dialogflow.googleapis.com")
///     .with_quota_project("my-billing-project")
///     .with_user_agent("my-app/1.2");
/// assert!(matches!(config.tls, TlsMode::Tls(_)));
///
/// // A local emulator: an `http://` URL means plaintext.
/// let local = TransportConfig::new("http://127.0.0.1:8080");
/// assert!(matches!(local.tls, TlsMode::Plaintext));
/// ```
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct TransportConfig {
    /// The base URL: `https://host[:port]` or `http://host[:port]` (no path).
    pub endpoint: String,
    /// Plaintext or TLS; [`TransportConfig::new`] derives it from the URL scheme.
    pub tls: TlsMode,
    /// Credentials, asked for headers before every attempt.
    pub auth: Arc<dyn AuthHeaders>,
    /// Put before the library's own user agent (`<yours> dialogflow-rs/<version>`).
    pub user_agent: Option<String>,
    /// The project billed for quota (`x-goog-user-project`) unless a call says otherwise.
    pub quota_project: Option<String>,
    /// How to reach the endpoint through an HTTP proxy.
    pub proxy: ProxyMode,
    /// How long making a connection (TCP, proxy tunnel and TLS handshake) may take.
    pub connect_timeout: Option<Duration>,
    /// HTTP/2 keep-alive ping interval (pings go out while idle too); `None`, the default,
    /// sends no pings, as gRPC's own clients do unless told otherwise.
    pub keep_alive_interval: Option<Duration>,
}

impl TransportConfig {
    /// A configuration for `endpoint`, TLS with the webpki roots for `https://` and plaintext
    /// for `http://`, anonymous, proxy from the environment, 20 s connect timeout and 60 s
    /// keep-alive pings.
    pub fn new(endpoint: impl Into<String>) -> TransportConfig {
        let endpoint = endpoint.into();
        let tls = if endpoint.starts_with("http://") {
            TlsMode::Plaintext
        } else {
            TlsMode::Tls(TlsConfig::default())
        };
        TransportConfig {
            endpoint,
            tls,
            auth: Arc::new(Anonymous),
            user_agent: None,
            quota_project: None,
            proxy: ProxyMode::FromEnv,
            connect_timeout: Some(Duration::from_secs(20)),
            keep_alive_interval: None,
        }
    }

    /// Sets the TLS mode.
    pub fn with_tls(mut self, tls: TlsMode) -> TransportConfig {
        self.tls = tls;
        self
    }

    /// Sets the credentials.
    pub fn with_auth(mut self, auth: Arc<dyn AuthHeaders>) -> TransportConfig {
        self.auth = auth;
        self
    }

    /// Sets the caller's part of the user agent.
    pub fn with_user_agent(mut self, user_agent: impl Into<String>) -> TransportConfig {
        self.user_agent = Some(user_agent.into());
        self
    }

    /// Sets the quota project.
    pub fn with_quota_project(mut self, project: impl Into<String>) -> TransportConfig {
        self.quota_project = Some(project.into());
        self
    }

    /// Sets the proxy mode.
    pub fn with_proxy(mut self, proxy: ProxyMode) -> TransportConfig {
        self.proxy = proxy;
        self
    }

    /// Sets the connect timeout.
    pub fn with_connect_timeout(mut self, timeout: Option<Duration>) -> TransportConfig {
        self.connect_timeout = timeout;
        self
    }

    /// Sets the HTTP/2 keep-alive interval.
    pub fn with_keep_alive_interval(mut self, interval: Option<Duration>) -> TransportConfig {
        self.keep_alive_interval = interval;
        self
    }
}

impl Default for TransportConfig {
    fn default() -> TransportConfig {
        TransportConfig::new(DEFAULT_ENDPOINT)
    }
}

/// Plaintext or TLS.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub enum TlsMode {
    /// No TLS: only for local servers such as the emulator.
    Plaintext,
    /// TLS (rustls), optionally with a client certificate (mTLS).
    Tls(TlsConfig),
}

/// TLS settings: which roots to trust and which identity to present.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct TlsConfig {
    /// The root certificates that may sign the server's certificate.
    pub roots: RootCerts,
    /// A client certificate and key for mutual TLS.
    pub identity: Option<Identity>,
    /// The name to check the server certificate against, when it is not the endpoint's host.
    pub server_name: Option<String>,
}

impl TlsConfig {
    /// TLS with the given roots and no client identity.
    pub fn new(roots: RootCerts) -> TlsConfig {
        TlsConfig {
            roots,
            identity: None,
            server_name: None,
        }
    }

    /// Adds a client identity (mTLS).
    pub fn with_identity(mut self, identity: Identity) -> TlsConfig {
        self.identity = Some(identity);
        self
    }

    /// Checks the server certificate against `name` instead of the endpoint's host.
    pub fn with_server_name(mut self, name: impl Into<String>) -> TlsConfig {
        self.server_name = Some(name.into());
        self
    }
}

/// Root certificates to trust.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub enum RootCerts {
    /// The Mozilla root program, as bundled by `webpki-roots`.
    #[default]
    WebPki,
    /// Only the certificates of this PEM bundle.
    Pem(Vec<u8>),
    /// The webpki roots and the certificates of this PEM bundle.
    WebPkiAndPem(Vec<u8>),
}

/// A client certificate chain and its private key, both PEM; `Debug` does not show the key.
#[derive(Clone)]
pub struct Identity {
    /// The certificate chain, leaf first, PEM.
    pub cert_pem: Vec<u8>,
    key_pem: Vec<u8>,
}

impl Identity {
    /// An identity from a PEM certificate chain and a PEM private key (PKCS#8, PKCS#1 or SEC1).
    pub fn from_pem(cert_pem: impl Into<Vec<u8>>, key_pem: impl Into<Vec<u8>>) -> Identity {
        Identity {
            cert_pem: cert_pem.into(),
            key_pem: key_pem.into(),
        }
    }

    /// The private key, PEM.
    pub fn key_pem(&self) -> &[u8] {
        &self.key_pem
    }
}

impl fmt::Debug for Identity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Identity")
            .field("cert_pem", &format_args!("<{} bytes>", self.cert_pem.len()))
            .field("key_pem", &format_args!("<redacted>"))
            .finish()
    }
}

/// How to reach the endpoint through an HTTP proxy (HTTP `CONNECT` tunnel).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum ProxyMode {
    /// Read `HTTPS_PROXY` (for `https://` endpoints) or `HTTP_PROXY` (for `http://`), in either
    /// case, and `NO_PROXY`, when the transport is built.
    #[default]
    FromEnv,
    /// Connect directly.
    None,
    /// Always use this proxy (`http://host:port`, optionally with `user:password@`).
    Url(String),
}
