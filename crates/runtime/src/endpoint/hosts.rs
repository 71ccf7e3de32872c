//! Host names of the service: regional and mTLS variants.

use crate::config_error::ConfigError;

/// The mTLS variant of a `googleapis.com` host, as Google's clients compute it.
///
/// `x.googleapis.com` becomes `x.mtls.googleapis.com`, `x.sandbox.googleapis.com`
/// becomes `x.mtls.sandbox.googleapis.com`; hosts already on mTLS and hosts of
/// other domains are returned unchanged.
///
/// ```
/// use dialogflow_runtime::endpoint::default_mtls_endpoint;
///
/// assert_eq!(default_mtls_endpoint("dialogflow.googleapis.com"), "dialogflow.mtls.googleapis.com");
/// assert_eq!(default_mtls_endpoint("example.com"), "example.com");
/// ```
pub fn default_mtls_endpoint(api_endpoint: &str) -> String {
    let Some((name, rest)) = api_endpoint.split_once('.') else {
        return api_endpoint.to_string();
    };
    match rest {
        "googleapis.com" => format!("{name}.mtls.googleapis.com"),
        "sandbox.googleapis.com" => format!("{name}.mtls.sandbox.googleapis.com"),
        _ => api_endpoint.to_string(),
    }
}

/// The service host for `location` in `universe_domain`.
///
/// `global` (or no location) gives `dialogflow.{universe}`; any other location
/// gives the regional host `{location}-dialogflow.{universe}`.
///
/// ```
/// use dialogflow_runtime::endpoint::regional_endpoint;
///
/// assert_eq!(regional_endpoint(Some("europe-west1"), "googleapis.com")?, "europe-west1-dialogflow.googleapis.com");
/// assert_eq!(regional_endpoint(Some("global"), "googleapis.com")?, "dialogflow.googleapis.com");
/// assert!(regional_endpoint(Some("evil.com/"), "googleapis.com").is_err());
/// # Ok::<(), dialogflow_runtime::ConfigError>(())
/// ```
pub fn regional_endpoint(
    location: Option<&str>,
    universe_domain: &str,
) -> Result<String, ConfigError> {
    match location {
        None | Some("global") => Ok(format!("dialogflow.{universe_domain}")),
        Some(loc) => {
            validate_location(loc)?;
            Ok(format!("{loc}-dialogflow.{universe_domain}"))
        }
    }
}

pub(crate) fn validate_location(loc: &str) -> Result<(), ConfigError> {
    let ok = !loc.is_empty()
        && !loc.starts_with('-')
        && !loc.ends_with('-')
        && loc
            .bytes()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'-');
    if ok {
        Ok(())
    } else {
        Err(ConfigError::InvalidLocation {
            location: loc.to_string(),
        })
    }
}
