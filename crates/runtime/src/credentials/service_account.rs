//! Service-account keys: the key signs its own access tokens, with no network call.
//!
//! Google accepts, in place of an OAuth access token, a JWT the service account signs itself
//! with RS256: `iss` and `sub` the account's email, `scope` the scopes separated by spaces,
//! `iat` and `exp` an hour apart, and the key's id as `kid` in the header. A new one is
//! signed five minutes before the current one expires.

use std::path::Path;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use http::header::HeaderValue;

use super::jwt::Signer;
use super::token_cache::{Token, TokenCredentials, TokenSource};
use super::{AdcSettings, Credentials, auth_error, check_type, read_json};
use crate::Error;
use crate::config_error::ConfigError;

/// How long a self-signed token is valid (the most Google accepts).
const LIFETIME: Duration = Duration::from_secs(3600);

/// A service account's key, read from its JSON.
pub(super) struct ServiceAccount {
    email: String,
    scopes: String,
    universe_domain: Option<String>,
    /// The parsed key, or why it cannot be used (reported when a token is asked for, so that
    /// building the credentials never fails on it and `prepare` can report it early).
    signer: Result<Signer, String>,
}

impl ServiceAccount {
    /// Reads the fields of a service-account key; `source` names it in errors.
    pub(super) fn from_json(
        key: &serde_json::Value,
        scopes: &[String],
        source: &str,
    ) -> Result<ServiceAccount, ConfigError> {
        let field = |name: &str| -> Result<String, ConfigError> {
            key.get(name)
                .and_then(|v| v.as_str())
                .filter(|v| !v.is_empty())
                .map(str::to_string)
                .ok_or_else(|| {
                    ConfigError::credentials(format!(
                        "{source} has no string field {name:?}, which a service-account key needs"
                    ))
                })
        };
        let email = field("client_email")?;
        let pem = field("private_key")?;
        let key_id = key
            .get("private_key_id")
            .and_then(|v| v.as_str())
            .map(str::to_string);
        let universe_domain = key
            .get("universe_domain")
            .and_then(|v| v.as_str())
            .filter(|v| !v.is_empty())
            .map(str::to_string);
        Ok(ServiceAccount {
            email,
            scopes: scopes.join(" "),
            universe_domain,
            signer: Signer::from_pem(&pem, key_id)
                .map_err(|why| format!("the \"private_key\" of {source}: {why}")),
        })
    }
}

#[async_trait::async_trait]
impl TokenSource for ServiceAccount {
    async fn fetch(&self) -> Result<Token, Error> {
        let signer = self
            .signer
            .as_ref()
            .map_err(|why| auth_error(why.clone(), false))?;
        let obtained = Instant::now();
        let iat = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_err(|_| auth_error("the system clock is before 1970".to_string(), false))?
            .as_secs();
        let claims = serde_json::json!({
            "iss": self.email,
            "sub": self.email,
            "scope": self.scopes,
            "iat": iat,
            "exp": iat + LIFETIME.as_secs(),
        });
        let jwt = signer.sign(&claims).map_err(|why| auth_error(why, false))?;
        let header = HeaderValue::from_str(&format!("Bearer {jwt}"))
            .map_err(|_| auth_error("the signed JWT is not a header value".to_string(), false))?;
        Ok(Token::new(header, obtained, LIFETIME))
    }

    async fn universe_domain(&self) -> Option<String> {
        self.universe_domain.clone()
    }

    fn check(&self) -> Result<(), ConfigError> {
        match &self.signer {
            Ok(_) => Ok(()),
            Err(why) => Err(ConfigError::credentials(why.clone())),
        }
    }
}

impl Credentials {
    /// Credentials from a service-account key file.
    pub fn from_service_account_file(path: impl AsRef<Path>) -> Result<Self, ConfigError> {
        let path = path.as_ref();
        let key = read_json(path)?;
        Self::service_account(&key, &path.display().to_string(), None)
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
    /// The key signs its own JWTs locally, scoped to [`DEFAULT_SCOPES`](crate::credentials::DEFAULT_SCOPES).
    pub fn from_service_account_info(key: serde_json::Value) -> Result<Self, ConfigError> {
        Self::service_account(&key, "the service-account key", None)
    }

    /// Service-account credentials from `key`, which `source` names in errors.
    pub(super) fn service_account(
        key: &serde_json::Value,
        source: &str,
        adc: Option<AdcSettings<'_>>,
    ) -> Result<Self, ConfigError> {
        check_type(key, "service_account", source)?;
        let (scopes, kind, quota) = match adc {
            Some(a) => (
                a.scopes.to_vec(),
                "application default",
                a.quota_project.map(str::to_string),
            ),
            None => (super::default_scopes(), "service account", None),
        };
        let account = ServiceAccount::from_json(key, &scopes, source)?;
        Self::tokens(TokenCredentials::new(kind, None, quota, Box::new(account))?)
    }
}
