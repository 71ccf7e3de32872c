//! Credentials: who the client says it is.
//!
//! [`Credentials`] covers the sources Google's client libraries support. With the feature
//! `google-auth` (on by default in `dialogflow-conversations`) the Google sources are
//! implemented here, over this crate's own connection layer (rustls with *ring*) and
//! *ring*'s RSA signatures:
//!
//! | constructor | source |
//! |---|---|
//! | [`Credentials::application_default`] | Application Default Credentials: `GOOGLE_APPLICATION_CREDENTIALS`, gcloud's ADC file, then the metadata server |
//! | [`Credentials::from_service_account_file`] / [`from_service_account_json`](Credentials::from_service_account_json) | a service-account key file (Python's two names for the same thing) |
//! | [`Credentials::from_service_account_info`] | a parsed service-account key |
//! | [`Credentials::from_service_account_json_text`] | the text of a service-account key |
//! | [`Credentials::from_authorized_user_info`] | user credentials (`gcloud auth application-default login`) |
//! | [`Credentials::from_file`] | a credentials file Google's tools write (`type` decides) |
//! | [`Credentials::metadata_server`] | the GCE/GKE/Cloud Run metadata server |
//! | `Credentials::from_google` | any `google_cloud_auth` credentials you built yourself (feature `google-cloud-auth`) |
//! | [`Credentials::from_api_key`] | an API key (`x-goog-api-key`) |
//! | [`Credentials::anonymous`] | nothing (emulator, tests) |
//! | [`Credentials::from_auth_headers`] | your own [`AuthHeaders`] |
//!
//! # How tokens are obtained
//!
//! * **Service-account keys** sign their own access tokens locally: an RS256 JWT with
//!   `iss`/`sub` the account's email, `scope` the scopes, one hour of validity and the key's
//!   id as `kid`, which Google accepts as a bearer token. No network call.
//! * **User credentials** (`authorized_user`) exchange their refresh token at the file's
//!   `token_uri` (`https://oauth2.googleapis.com/token` by default), with a form-encoded
//!   `refresh_token` grant. The file's `quota_project_id` is sent as `x-goog-user-project`.
//! * **The metadata server** (`GCE_METADATA_HOST`, else `metadata.google.internal`) hands
//!   out the machine's service-account token on
//!   `/computeMetadata/v1/instance/service-accounts/default/token`.
//!
//! Tokens are cached, shared by all clones, and refreshed five minutes before they expire
//! (half-way through a shorter lifetime); one refresh runs at a time and concurrent
//! requests wait for it. A failed refresh is `UNAVAILABLE` when trying again may help (the
//! endpoint was unreachable or answered 5xx) and `UNAUTHENTICATED` otherwise, with the
//! endpoint's status and an excerpt of its answer. No token or key ever appears in `Debug`
//! output or in logs. Nothing needs a Tokio runtime until the first request.
//!
//! Credentials files of type `external_account` (workload identity federation) and
//! `impersonated_service_account` are handled by the optional `google-cloud-auth` feature,
//! which also adds `Credentials::from_google`; without it they are refused with an error
//! that says so. That feature compiles Google's `google-cloud-auth` crate (with reqwest,
//! google-cloud-gax and jiff), which the default build avoids.
//!
//! # TLS and crypto
//!
//! Token requests go through the same rustls (*ring* provider) connection layer as the
//! calls, honouring `HTTPS_PROXY`/`NO_PROXY` (the metadata server is always reached
//! directly). With the `google-cloud-auth` feature, that crate signs and connects with the
//! process-wide rustls provider, which its constructors set to *ring* when the application
//! has not installed one ([`install_ring_provider`]).
// Without `google-auth` the Google constructors this page names are not compiled, and their
// names stay plain text.
#![cfg_attr(not(feature = "google-auth"), allow(rustdoc::broken_intra_doc_links))]

use std::fmt;
use std::sync::Arc;

use crate::{AuthHeaders, Error};
#[cfg(feature = "google-auth")]
use crate::{Code, ErrorKind};
use http::HeaderMap;
use http::header::HeaderValue;

use crate::config_error::ConfigError;
use crate::endpoint::Endpoint;

/// The OAuth scopes the client asks for (those of Google's Dialogflow clients).
pub const DEFAULT_SCOPES: [&str; 2] = [
    "https://www.googleapis.com/auth/cloud-platform",
    "https://www.googleapis.com/auth/dialogflow",
];

/// The credentials a client attaches to each request.
///
/// Cloning is cheap and clones share their token cache.
#[derive(Clone)]
pub struct Credentials {
    inner: Inner,
}

#[derive(Clone)]
enum Inner {
    Anonymous,
    ApiKey(HeaderValue),
    Custom(Arc<dyn AuthHeaders>),
    #[cfg(feature = "google-auth")]
    Tokens(Arc<token_cache::TokenCredentials>),
    #[cfg(feature = "google-cloud-auth")]
    Google(Arc<google::Lazy>),
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Credentials({})", self.kind())
    }
}

impl Credentials {
    /// No credentials: no authentication header is sent.
    pub fn anonymous() -> Self {
        Self {
            inner: Inner::Anonymous,
        }
    }

    /// An API key, sent as `x-goog-api-key`.
    pub fn from_api_key(key: &str) -> Result<Self, ConfigError> {
        let mut value = HeaderValue::from_str(key)
            .map_err(|_| ConfigError::credentials("the API key is not a valid header value"))?;
        value.set_sensitive(true);
        Ok(Self {
            inner: Inner::ApiKey(value),
        })
    }

    /// Your own source of authentication headers.
    pub fn from_auth_headers(source: Arc<dyn AuthHeaders>) -> Self {
        Self {
            inner: Inner::Custom(source),
        }
    }

    /// Whether these are [anonymous](Credentials::anonymous) credentials.
    pub fn is_anonymous(&self) -> bool {
        matches!(self.inner, Inner::Anonymous)
    }

    /// A short description of the kind of credentials, without any secret
    /// (`anonymous`, `api key`, `service account`, ...).
    pub fn kind(&self) -> &'static str {
        match &self.inner {
            Inner::Anonymous => "anonymous",
            Inner::ApiKey(_) => "api key",
            Inner::Custom(_) => "custom",
            #[cfg(feature = "google-auth")]
            Inner::Tokens(t) => t.kind,
            #[cfg(feature = "google-cloud-auth")]
            Inner::Google(lazy) => lazy.kind,
        }
    }

    /// The universe domain the credentials belong to, when they say
    /// (`None` means `googleapis.com` or unknown).
    pub async fn universe_domain(&self) -> Option<String> {
        match &self.inner {
            #[cfg(feature = "google-auth")]
            Inner::Tokens(t) => t.universe_domain().await,
            #[cfg(feature = "google-cloud-auth")]
            Inner::Google(lazy) => match lazy.get() {
                Ok(c) => c.universe_domain().await,
                Err(_) => None,
            },
            _ => None,
        }
    }

    /// Whether these credentials get their tokens from the metadata server: set for
    /// [`metadata_server`](Credentials::metadata_server), and for
    /// [`application_default`](Credentials::application_default) when no credentials file
    /// was found when they were made.
    pub fn uses_metadata_server(&self) -> bool {
        match &self.inner {
            #[cfg(feature = "google-auth")]
            Inner::Tokens(t) => t.metadata.is_some(),
            _ => false,
        }
    }

    /// Checks, once and within a few seconds, that a metadata server answers when these
    /// credentials need one (see [`uses_metadata_server`](Credentials::uses_metadata_server));
    /// other credentials pass at once. The client calls this when it is built, so that a
    /// machine with no credentials at all learns it then, not after a minute of retries.
    ///
    /// The server's address is `GCE_METADATA_HOST` from `env` when set, else
    /// `metadata.google.internal`.
    pub async fn check_source(
        &self,
        env: &dyn crate::endpoint::Environment,
    ) -> Result<(), ConfigError> {
        match &self.inner {
            #[cfg(feature = "google-auth")]
            Inner::Tokens(t) => match t.metadata {
                Some(why) => check_metadata_server(env, why).await,
                None => Ok(()),
            },
            _ => {
                let _ = env;
                Ok(())
            }
        }
    }

    /// Checks what can be checked without a network call (that a service-account key is a
    /// usable RSA key, say) and builds what was put off, reporting any error. The client
    /// calls this when it is built.
    pub fn prepare(&self) -> Result<(), ConfigError> {
        match &self.inner {
            #[cfg(feature = "google-auth")]
            Inner::Tokens(t) => t.check(),
            #[cfg(feature = "google-cloud-auth")]
            Inner::Google(lazy) => lazy.get().map(|_| ()),
            _ => Ok(()),
        }
    }
}

#[async_trait::async_trait]
impl AuthHeaders for Credentials {
    async fn headers(&self) -> Result<HeaderMap, Error> {
        let mut headers = match &self.inner {
            Inner::Anonymous => HeaderMap::new(),
            Inner::ApiKey(key) => {
                let mut h = HeaderMap::new();
                h.insert("x-goog-api-key", key.clone());
                h
            }
            Inner::Custom(source) => source.headers().await?,
            #[cfg(feature = "google-auth")]
            Inner::Tokens(t) => t.headers().await?,
            #[cfg(feature = "google-cloud-auth")]
            Inner::Google(lazy) => lazy.headers().await?,
        };
        for value in headers.values_mut() {
            value.set_sensitive(true);
        }
        Ok(headers)
    }
}

/// The credentials file Application Default Credentials would read, if there is one:
/// `GOOGLE_APPLICATION_CREDENTIALS` when set, else the file written by
/// `gcloud auth application-default login` (`~/.config/gcloud/application_default_credentials.json`,
/// or `%APPDATA%\gcloud\...` on Windows) when it exists.
///
/// `None` means ADC would fall back to the metadata server, which exists only
/// on Google Cloud: programs can use this to decide, without any network
/// call, whether to use real credentials or, say, start an emulator.
pub fn find_adc_file(env: &dyn crate::endpoint::Environment) -> Option<std::path::PathBuf> {
    if let Some(path) = env.var(ADC_ENV).filter(|p| !p.is_empty()) {
        return Some(std::path::PathBuf::from(path));
    }
    let well_known = adc_well_known_file(env)?;
    well_known.is_file().then_some(well_known)
}

/// The variable naming the credentials file of Application Default Credentials.
pub const ADC_ENV: &str = "GOOGLE_APPLICATION_CREDENTIALS";

/// Where `gcloud auth application-default login` writes its file (whether or not it exists):
/// `~/.config/gcloud/application_default_credentials.json`, or `%APPDATA%\gcloud\...` on
/// Windows; `None` without a home directory.
pub fn adc_well_known_file(env: &dyn crate::endpoint::Environment) -> Option<std::path::PathBuf> {
    let dir = if cfg!(windows) {
        env.var("APPDATA")
            .map(|d| std::path::PathBuf::from(d).join("gcloud"))
    } else {
        env.home_dir().map(|h| h.join(".config").join("gcloud"))
    }?;
    Some(dir.join("application_default_credentials.json"))
}

/// Refuses to send real credentials in plaintext to a host that is not loopback.
///
/// Anonymous credentials may go anywhere; real ones over plaintext only to
/// `localhost`/loopback addresses, unless `allow_insecure_plaintext` is set.
pub fn check_plaintext(
    endpoint: &Endpoint,
    credentials: &Credentials,
    allow_insecure_plaintext: bool,
) -> Result<(), ConfigError> {
    if endpoint.is_plaintext()
        && !credentials.is_anonymous()
        && !endpoint.is_loopback()
        && !allow_insecure_plaintext
    {
        return Err(ConfigError::InsecurePlaintext {
            host: endpoint.host().to_string(),
        });
    }
    Ok(())
}

#[cfg(feature = "google-auth")]
fn auth_error(message: String, transient: bool) -> Error {
    // A transient failure (the token endpoint was unreachable, say) is
    // reported as UNAVAILABLE so that the retry policy may try again.
    let code = if transient {
        Code::Unavailable
    } else {
        Code::Unauthenticated
    };
    Error::local(code, ErrorKind::Auth, message)
}

/// Why credentials need the metadata server.
#[cfg(feature = "google-auth")]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum MetadataUse {
    /// Application Default Credentials found no file and fell back to it.
    AdcFallback,
    /// [`Credentials::metadata_server`] asked for it.
    Explicit,
}

/// Checks that the metadata server answers; the error names every source tried and the fixes.
#[cfg(feature = "google-auth")]
pub(crate) async fn check_metadata_server(
    env: &dyn crate::endpoint::Environment,
    why: MetadataUse,
) -> Result<(), ConfigError> {
    let host = metadata_probe::metadata_host(env);
    let Err(reason) = metadata_probe::probe(&host).await else {
        return Ok(());
    };
    let server = metadata_probe::describe_host(env);
    Err(match why {
        MetadataUse::AdcFallback => ConfigError::NoCredentials {
            tried: adc_sources_tried(env, &server, &reason),
        },
        MetadataUse::Explicit => ConfigError::credentials(format!(
            "the metadata server at {server} did not answer: {reason}; Credentials::metadata_server() works only on Google Cloud (Compute Engine, GKE, Cloud Run, ...)"
        )),
    })
}

/// What Application Default Credentials looked at, and what each gave.
#[cfg(feature = "google-auth")]
fn adc_sources_tried(env: &dyn crate::endpoint::Environment, server: &str, reason: &str) -> String {
    let variable = match env.var(ADC_ENV) {
        None => format!("the variable {ADC_ENV} (not set)"),
        Some(v) if v.is_empty() => format!("the variable {ADC_ENV} (empty)"),
        Some(v) => format!("the variable {ADC_ENV} ({v:?})"),
    };
    let file = match adc_well_known_file(env) {
        Some(path) => format!("gcloud's file {} (does not exist)", path.display()),
        None if cfg!(windows) => "gcloud's file (APPDATA is not set)".to_string(),
        None => "gcloud's file under ~/.config/gcloud (HOME is not set)".to_string(),
    };
    format!("{variable}, {file}, and the metadata server at {server} ({reason})")
}

#[cfg(feature = "google-auth")]
mod adc;
#[cfg(feature = "google-auth")]
mod jwt;
#[cfg(feature = "google-auth")]
mod metadata;
#[cfg(feature = "google-auth")]
mod metadata_probe;
#[cfg(feature = "google-auth")]
mod service_account;
#[cfg(feature = "google-auth")]
mod token_cache;
#[cfg(feature = "google-auth")]
mod token_http;
#[cfg(feature = "google-auth")]
mod user;

#[cfg(feature = "google-cloud-auth")]
mod google;

#[cfg(feature = "google-auth")]
pub use adc::QUOTA_PROJECT_ENV;
#[cfg(feature = "google-auth")]
use adc::{AdcSettings, check_type, quota_project_from, read_json};

/// [`DEFAULT_SCOPES`] as owned strings.
#[cfg(feature = "google-auth")]
pub(crate) fn default_scopes() -> Vec<String> {
    DEFAULT_SCOPES.iter().map(|s| s.to_string()).collect()
}

#[cfg(feature = "google-auth")]
impl Credentials {
    fn tokens(credentials: token_cache::TokenCredentials) -> Result<Self, ConfigError> {
        Ok(Self {
            inner: Inner::Tokens(Arc::new(credentials)),
        })
    }
}

/// Installs *ring* as the process-wide rustls provider unless one is installed.
///
/// This crate's own connections name their provider (*ring*) and do not need this; code
/// that uses the process-wide provider (the `google-cloud-auth` crate, with the feature of
/// that name) does.
#[cfg(feature = "google-auth")]
pub fn install_ring_provider() {
    if rustls::crypto::CryptoProvider::get_default().is_none() {
        // Losing a race with another installer is fine: some provider is set.
        let _ = rustls::crypto::ring::default_provider().install_default();
    }
}

#[cfg(test)]
mod tests;
