//! Errors raised while configuring a client (before any RPC is sent).
//!
//! Errors of the RPCs themselves are the transport's [`Error`](crate::Error).

use std::path::PathBuf;

/// What went wrong while resolving options, environment, endpoint, TLS or credentials.
///
/// Every message says what was expected and what was found.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ConfigError {
    /// `GOOGLE_API_USE_CLIENT_CERTIFICATE` holds something other than `true` or `false`.
    #[error(
        "environment variable GOOGLE_API_USE_CLIENT_CERTIFICATE must be `true` or `false`, got {value:?}"
    )]
    InvalidUseClientCertificate {
        /// The value found.
        value: String,
    },
    /// `GOOGLE_API_USE_MTLS_ENDPOINT` holds something other than `never`, `auto` or `always`.
    #[error(
        "environment variable GOOGLE_API_USE_MTLS_ENDPOINT must be `never`, `auto` or `always`, got {value:?}"
    )]
    InvalidUseMtlsEndpoint {
        /// The value found.
        value: String,
    },
    /// The universe domain (option or `GOOGLE_CLOUD_UNIVERSE_DOMAIN`) is the empty string.
    #[error("the universe domain must not be empty (from {source_name})")]
    EmptyUniverseDomain {
        /// Where the empty value came from: the option or the environment variable.
        source_name: &'static str,
    },
    /// An mTLS endpoint was required in a universe other than `googleapis.com`.
    #[error(
        "mutual TLS is only supported in the googleapis.com universe, but the universe domain is {universe_domain:?}"
    )]
    MtlsOutsideDefaultUniverse {
        /// The universe domain in force.
        universe_domain: String,
    },
    /// The universe domain of the credentials differs from the client's.
    #[error(
        "the client's universe domain is {client:?} but the credentials belong to {credentials:?}"
    )]
    UniverseDomainMismatch {
        /// The client's universe domain.
        client: String,
        /// The credentials' universe domain.
        credentials: String,
    },
    /// A location id that cannot be part of a host name.
    #[error(
        "a location must be non-empty and hold only lowercase ASCII letters, digits and '-', got {location:?}"
    )]
    InvalidLocation {
        /// The location given.
        location: String,
    },
    /// An endpoint that is not `host`, `host:port` or `http(s)://host[:port]`.
    #[error(
        "expected an endpoint `host[:port]` or `http(s)://host[:port]`, got {endpoint:?}: {reason}"
    )]
    InvalidEndpoint {
        /// The endpoint given.
        endpoint: String,
        /// Why it was rejected.
        reason: String,
    },
    /// `DIALOGFLOW_EMULATOR_HOST` is not `host:port`.
    #[error("environment variable DIALOGFLOW_EMULATOR_HOST must be `host:port`, got {value:?}")]
    InvalidEmulatorHost {
        /// The value found.
        value: String,
    },
    /// The client certificate could not be found, run or parsed.
    #[error("client certificate: {message}")]
    ClientCertificate {
        /// What failed, naming the file or command involved.
        message: String,
        /// The file involved, if any.
        path: Option<PathBuf>,
    },
    /// Credentials could not be loaded or built.
    #[error("credentials: {message}")]
    Credentials {
        /// What failed (never a secret).
        message: String,
    },
    /// No credentials were given, and Application Default Credentials found none: no
    /// `GOOGLE_APPLICATION_CREDENTIALS`, no gcloud file, and no metadata server answering.
    #[error(
        "no Google credentials found; tried {tried}. To fix: set GOOGLE_APPLICATION_CREDENTIALS to a credentials file (a service-account key, say), run `gcloud auth application-default login`, or pass credentials with `with_credentials`; to talk to an emulator instead, set DIALOGFLOW_EMULATOR_HOST=host:port or call `with_emulator_host`"
    )]
    NoCredentials {
        /// Each source looked at, with what it gave.
        tried: String,
    },
    /// Real credentials would be sent in plaintext to a host that is not loopback.
    #[error(
        "refusing to send credentials in plaintext to {host:?}, which is not a loopback address; use TLS, anonymous credentials, or opt in with allow_insecure_plaintext(true)"
    )]
    InsecurePlaintext {
        /// The host that would have received the credentials.
        host: String,
    },
    /// The transport asked for was not compiled in.
    #[error(
        "the {transport} transport is not compiled in: enable the `{feature}` feature of dialogflow-conversations"
    )]
    TransportNotCompiled {
        /// `gRPC` or `REST`.
        transport: &'static str,
        /// The cargo feature to enable.
        feature: &'static str,
    },
    /// The transport could not be built.
    #[error("transport: {message}")]
    Transport {
        /// What failed.
        message: String,
    },
}

impl ConfigError {
    pub(crate) fn cert(message: impl Into<String>, path: Option<PathBuf>) -> Self {
        ConfigError::ClientCertificate {
            message: message.into(),
            path,
        }
    }

    pub(crate) fn credentials(message: impl Into<String>) -> Self {
        ConfigError::Credentials {
            message: message.into(),
        }
    }
}
