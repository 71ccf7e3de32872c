//! The values of the mTLS switches and the universe domain variable, read and checked.

use super::{
    DEFAULT_UNIVERSE_DOMAIN, Environment, UNIVERSE_DOMAIN_ENV, USE_CLIENT_CERTIFICATE_ENV,
    USE_MTLS_ENDPOINT_ENV,
};
use crate::config_error::ConfigError;

/// The `GOOGLE_API_USE_MTLS_ENDPOINT` switch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum UseMtlsEndpoint {
    /// Never use the mTLS endpoint.
    Never,
    /// Use the mTLS endpoint when a client certificate is in use.
    #[default]
    Auto,
    /// Always use the mTLS endpoint.
    Always,
}

impl UseMtlsEndpoint {
    /// Reads the switch from `env`; unset means [`Auto`](UseMtlsEndpoint::Auto).
    pub fn from_env(env: &dyn Environment) -> Result<Self, ConfigError> {
        match env.var(USE_MTLS_ENDPOINT_ENV) {
            None => Ok(UseMtlsEndpoint::Auto),
            Some(v) => match v.to_ascii_lowercase().as_str() {
                "never" => Ok(UseMtlsEndpoint::Never),
                "auto" => Ok(UseMtlsEndpoint::Auto),
                "always" => Ok(UseMtlsEndpoint::Always),
                _ => Err(ConfigError::InvalidUseMtlsEndpoint { value: v }),
            },
        }
    }
}

/// Reads `GOOGLE_API_USE_CLIENT_CERTIFICATE`; unset means `false`.
pub fn use_client_certificate(env: &dyn Environment) -> Result<bool, ConfigError> {
    match env.var(USE_CLIENT_CERTIFICATE_ENV) {
        None => Ok(false),
        Some(v) => match v.to_ascii_lowercase().as_str() {
            "true" => Ok(true),
            "false" => Ok(false),
            _ => Err(ConfigError::InvalidUseClientCertificate { value: v }),
        },
    }
}

/// The universe domain: the option if given, else `GOOGLE_CLOUD_UNIVERSE_DOMAIN`,
/// else `googleapis.com`. An empty string from either source is an error.
pub fn universe_domain(option: Option<&str>, env: &dyn Environment) -> Result<String, ConfigError> {
    let (value, source_name) = match option {
        Some(o) => (o.to_string(), "the universe_domain option"),
        None => match env.var(UNIVERSE_DOMAIN_ENV) {
            Some(v) => (v, UNIVERSE_DOMAIN_ENV),
            None => return Ok(DEFAULT_UNIVERSE_DOMAIN.to_string()),
        },
    };
    if value.trim().is_empty() {
        return Err(ConfigError::EmptyUniverseDomain { source_name });
    }
    Ok(value.trim().to_string())
}
