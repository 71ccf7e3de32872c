//! Credentials: who the client says it is.
//!
//! [`Credentials`] wraps the sources Google's client libraries support, through
//! the maintained [`google-cloud-auth`](https://crates.io/crates/google-cloud-auth)
//! crate (feature `google-auth`, on by default):
//!
//! | constructor | source |
//! |---|---|
//! | [`Credentials::application_default`] | Application Default Credentials: `GOOGLE_APPLICATION_CREDENTIALS`, gcloud's ADC file, then the metadata server |
//! | [`Credentials::from_service_account_file`] / [`from_service_account_json`](Credentials::from_service_account_json) | a service-account key file (Python's two names for the same thing) |
//! | [`Credentials::from_service_account_info`] | a parsed service-account key |
//! | [`Credentials::from_service_account_json_text`] | the text of a service-account key |
//! | [`Credentials::from_authorized_user_info`] | user credentials (`gcloud auth application-default login`) |
//! | [`Credentials::from_file`] | any credentials file Google's tools write (`type` decides) |
//! | [`Credentials::metadata_server`] | the GCE/GKE/Cloud Run metadata server |
//! | [`Credentials::from_google`] | any `google_cloud_auth` credentials you built yourself |
//! | [`Credentials::from_api_key`] | an API key (`x-goog-api-key`) |
//! | [`Credentials::anonymous`] | nothing (emulator, tests) |
//! | [`Credentials::from_auth_headers`] | your own [`AuthHeaders`] |
//!
//! Tokens are cached and refreshed before they expire by `google-cloud-auth`.
//! Service-account keys sign their own JWTs locally (no token exchange over
//! the network). No token or key ever appears in `Debug` output or in logs.
//!
//! # TLS and crypto
//!
//! The project uses one TLS stack, rustls, with one crypto provider, *ring*.
//! `google-cloud-auth` is compiled without its default features (which would
//! bring aws-lc-rs); it then signs JWTs and makes its HTTPS calls with the
//! process-wide rustls provider. The constructors here install *ring* as that
//! provider when the application has not installed one.
//!
//! # Runtime
//!
//! `google-cloud-auth` refreshes tokens in a background Tokio task. The
//! credentials are therefore built on the Tokio runtime that first uses them:
//! at once when a constructor is called inside a runtime (so errors show
//! immediately), otherwise on the first request.

use std::fmt;
#[cfg(feature = "google-auth")]
use std::path::Path;
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
            Inner::Google(lazy) => lazy.kind,
        }
    }

    /// The universe domain the credentials belong to, when they say
    /// (`None` means `googleapis.com` or unknown).
    pub async fn universe_domain(&self) -> Option<String> {
        match &self.inner {
            #[cfg(feature = "google-auth")]
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
            Inner::Google(lazy) => lazy.metadata.is_some(),
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
            Inner::Google(lazy) => match lazy.metadata {
                Some(why) => check_metadata_server(env, why).await,
                None => Ok(()),
            },
            _ => {
                let _ = env;
                Ok(())
            }
        }
    }

    /// Builds the underlying credentials now if that was put off, reporting
    /// any error. The client calls this when it is built.
    pub fn prepare(&self) -> Result<(), ConfigError> {
        match &self.inner {
            #[cfg(feature = "google-auth")]
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

/// One line from a `google-cloud-auth` error and its causes: each message once, without
/// the "future attempts may succeed" endings that library adds to each.
#[cfg(feature = "google-auth")]
fn describe_auth_error(error: &(dyn std::error::Error + 'static)) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut next = Some(error);
    while let Some(e) = next {
        let text = e.to_string();
        let text = text
            .strip_suffix(" but future attempts may succeed")
            .or_else(|| text.strip_suffix(" and future attempts will not succeed"))
            .unwrap_or(&text)
            .trim()
            .trim_end_matches('.')
            .to_string();
        if !text.is_empty() && !parts.iter().any(|p| p.contains(&text)) {
            parts.push(text);
        }
        next = e.source();
    }
    parts.join(": ")
}

#[cfg(feature = "google-auth")]
mod metadata_probe;

#[cfg(feature = "google-auth")]
mod google;

#[cfg(feature = "google-auth")]
pub use google::install_ring_provider;

#[cfg(feature = "google-auth")]
fn default_scopes() -> Vec<String> {
    DEFAULT_SCOPES.iter().map(|s| s.to_string()).collect()
}

#[cfg(feature = "google-auth")]
impl Credentials {
    fn google(kind: &'static str, recipe: google::Recipe) -> Result<Self, ConfigError> {
        Ok(Self {
            inner: Inner::Google(google::Lazy::new(kind, recipe)?),
        })
    }

    /// Application Default Credentials, found as Google's libraries find them:
    /// the file named by `GOOGLE_APPLICATION_CREDENTIALS`, else the file written
    /// by `gcloud auth application-default login`, else the metadata server.
    pub fn application_default() -> Result<Self, ConfigError> {
        Self::application_default_with_scopes(DEFAULT_SCOPES)
    }

    /// [`application_default`](Credentials::application_default) with other scopes.
    pub fn application_default_with_scopes<I, S>(scopes: I) -> Result<Self, ConfigError>
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        let scopes = scopes.into_iter().map(Into::into).collect();
        Self::google("application default", google::Recipe::Adc { scopes })
    }

    /// Credentials from a service-account key file.
    pub fn from_service_account_file(path: impl AsRef<Path>) -> Result<Self, ConfigError> {
        let key = read_json(path.as_ref())?;
        Self::from_service_account_info(key)
    }

    /// Credentials from a service-account key file: the same as
    /// [`from_service_account_file`](Credentials::from_service_account_file),
    /// under the other name Python gives it. The argument is a *path*; for the
    /// key's text use [`from_service_account_json_text`](Credentials::from_service_account_json_text).
    pub fn from_service_account_json(path: impl AsRef<Path>) -> Result<Self, ConfigError> {
        Self::from_service_account_file(path)
    }

    /// Credentials from the text of a service-account key.
    pub fn from_service_account_json_text(json: &str) -> Result<Self, ConfigError> {
        let key = serde_json::from_str(json).map_err(|e| {
            ConfigError::credentials(format!("the service-account key is not valid JSON: {e}"))
        })?;
        Self::from_service_account_info(key)
    }

    /// Credentials from a parsed service-account key (Python's `info` dict).
    ///
    /// The key signs its own JWTs locally, scoped to [`DEFAULT_SCOPES`].
    pub fn from_service_account_info(key: serde_json::Value) -> Result<Self, ConfigError> {
        check_type(&key, "service_account")?;
        for field in ["client_email", "private_key"] {
            if key.get(field).and_then(|v| v.as_str()).is_none() {
                return Err(ConfigError::credentials(format!(
                    "the service-account key has no string field {field:?}"
                )));
            }
        }
        Self::google(
            "service account",
            google::Recipe::ServiceAccount {
                key,
                scopes: default_scopes(),
            },
        )
    }

    /// User credentials (an `authorized_user` JSON, as written by
    /// `gcloud auth application-default login`).
    pub fn from_authorized_user_info(info: serde_json::Value) -> Result<Self, ConfigError> {
        check_type(&info, "authorized_user")?;
        Self::google(
            "authorized user",
            google::Recipe::AuthorizedUser {
                info,
                scopes: default_scopes(),
            },
        )
    }

    /// Credentials from any file Google's tools write; its `type` field picks
    /// the kind: `service_account`, `authorized_user`, `external_account`
    /// (workload identity federation) or `impersonated_service_account`.
    ///
    /// This is what Python's `ClientOptions.credentials_file` does.
    pub fn from_file(path: impl AsRef<Path>) -> Result<Self, ConfigError> {
        let info = read_json(path.as_ref())?;
        let scopes = default_scopes();
        match info.get("type").and_then(|t| t.as_str()) {
            Some("service_account") => Self::from_service_account_info(info),
            Some("authorized_user") => Self::from_authorized_user_info(info),
            Some("external_account") => Self::google(
                "external account",
                google::Recipe::ExternalAccount { info, scopes },
            ),
            Some("impersonated_service_account") => Self::google(
                "impersonated service account",
                google::Recipe::Impersonated { info, scopes },
            ),
            other => Err(ConfigError::credentials(format!(
                "{}: expected \"type\" to be service_account, authorized_user, external_account or impersonated_service_account, got {other:?}",
                path.as_ref().display()
            ))),
        }
    }

    /// Credentials from the metadata server of Compute Engine, GKE, Cloud Run...
    pub fn metadata_server() -> Result<Self, ConfigError> {
        Self::google(
            "metadata server",
            google::Recipe::MetadataServer {
                scopes: default_scopes(),
                endpoint: None,
                adc: false,
            },
        )
    }

    /// What Application Default Credentials come to when no file names credentials: the
    /// metadata server, at `GCE_METADATA_HOST` from `env` when that is set.
    pub(crate) fn adc_metadata_server(
        env: &dyn crate::endpoint::Environment,
    ) -> Result<Self, ConfigError> {
        let endpoint = env
            .var(metadata_probe::METADATA_HOST_ENV)
            .filter(|h| !h.trim().is_empty())
            .map(|h| format!("http://{}", h.trim()));
        Self::google(
            "application default (metadata server)",
            google::Recipe::MetadataServer {
                scopes: default_scopes(),
                endpoint,
                adc: true,
            },
        )
    }

    /// Any credentials built with `google_cloud_auth` directly (impersonation,
    /// custom token endpoints, ...).
    pub fn from_google(credentials: google_cloud_auth::credentials::Credentials) -> Self {
        google::install_ring_provider();
        Self {
            inner: Inner::Google(
                google::Lazy::new("google-cloud-auth", google::Recipe::Ready(credentials))
                    .expect("ready credentials need no build"),
            ),
        }
    }
}

#[cfg(feature = "google-auth")]
fn read_json(path: &Path) -> Result<serde_json::Value, ConfigError> {
    let text = std::fs::read(path)
        .map_err(|e| ConfigError::credentials(format!("cannot read {}: {e}", path.display())))?;
    serde_json::from_slice(&text)
        .map_err(|e| ConfigError::credentials(format!("{} is not valid JSON: {e}", path.display())))
}

#[cfg(feature = "google-auth")]
fn check_type(info: &serde_json::Value, expected: &str) -> Result<(), ConfigError> {
    match info.get("type").and_then(|t| t.as_str()) {
        Some(t) if t == expected => Ok(()),
        // Google's tools always write the type, but a missing one is tolerated.
        None if info.get("type").is_none() => Ok(()),
        other => Err(ConfigError::credentials(format!(
            "expected credentials of type {expected:?}, got {other:?}"
        ))),
    }
}

#[cfg(test)]
mod tests;
