//! Endpoint, universe and mutual-TLS selection.
//!
//! This module decides *where* a client connects and *how* (plaintext, TLS, or
//! mutual TLS with a client certificate), from [`ClientOptions`] and the
//! environment, the way Google's client libraries do ([AIP-4114]):
//!
//! | variable | values | default |
//! |---|---|---|
//! | `GOOGLE_API_USE_CLIENT_CERTIFICATE` | `true`, `false` | `false` |
//! | `GOOGLE_API_USE_MTLS_ENDPOINT` | `never`, `auto`, `always` | `auto` |
//! | `GOOGLE_CLOUD_UNIVERSE_DOMAIN` | a domain such as `googleapis.com` | `googleapis.com` |
//! | `GOOGLE_API_CERTIFICATE_CONFIG` | path of the certificate config file | `~/.config/gcloud/certificate_config.json` |
//! | `DIALOGFLOW_EMULATOR_HOST` | `host:port` of a local emulator | unset |
//!
//! The two switches are compared case-insensitively (as the Python client's
//! constructor does); any other value is an error, never silently ignored.
//!
//! [`get_mtls_endpoint_and_cert_source`] has the semantics of the Python
//! client's method of the same name; [`resolve_endpoint`] goes further and
//! gives everything the client needs to connect: it also applies the universe
//! domain, the regional endpoint of a [location](ClientOptions::with_location)
//! and the emulator.
//!
//! Reading the environment goes through the [`Environment`] trait, so that
//! tests (yours and ours) can pass an [`EnvMap`] instead of touching the
//! process environment.
//!
//! [AIP-4114]: https://google.aip.dev/auth/4114

use crate::config_error::ConfigError;
use crate::options::ClientOptions;

mod cert_provider;
mod client_cert;
mod default_cert;
mod environment;
mod hosts;
mod url;
mod variables;

pub use cert_provider::parse_cert_provider_output;
pub use client_cert::{ClientCertSource, ClientIdentity};
pub use default_cert::{
    certificate_config_path, context_aware_metadata_path, default_client_cert_source,
    has_default_client_cert_source,
};
pub use environment::{EnvMap, Environment, ProcessEnv};
pub(crate) use hosts::validate_location;
pub use hosts::{default_mtls_endpoint, regional_endpoint};
use url::parse_port;
pub use url::{Endpoint, is_loopback_host};
pub use variables::{UseMtlsEndpoint, universe_domain, use_client_certificate};

/// The service's host in the `googleapis.com` universe.
pub const DEFAULT_ENDPOINT: &str = "dialogflow.googleapis.com";
/// The service's mutual-TLS host in the `googleapis.com` universe.
pub const DEFAULT_MTLS_ENDPOINT: &str = "dialogflow.mtls.googleapis.com";
/// The default universe domain.
pub const DEFAULT_UNIVERSE_DOMAIN: &str = "googleapis.com";

/// Name of the variable that turns client certificates on (`true`) or off (`false`).
pub const USE_CLIENT_CERTIFICATE_ENV: &str = "GOOGLE_API_USE_CLIENT_CERTIFICATE";
/// Name of the variable that picks the mTLS endpoint (`never`, `auto`, `always`).
pub const USE_MTLS_ENDPOINT_ENV: &str = "GOOGLE_API_USE_MTLS_ENDPOINT";
/// Name of the variable that sets the universe domain.
pub const UNIVERSE_DOMAIN_ENV: &str = "GOOGLE_CLOUD_UNIVERSE_DOMAIN";
/// Name of the variable that points at the certificate config file.
pub const CERTIFICATE_CONFIG_ENV: &str = "GOOGLE_API_CERTIFICATE_CONFIG";
/// Name of the variable that points the client at an emulator (`host:port`).
pub const EMULATOR_HOST_ENV: &str = "DIALOGFLOW_EMULATOR_HOST";

/// The context-aware (secure connect) metadata file, relative to the home directory.
pub const CONTEXT_AWARE_METADATA_PATH: &str = ".secureConnect/context_aware_metadata.json";
/// The default certificate config file, relative to the home directory.
pub const CERTIFICATE_CONFIG_DEFAULT_PATH: &str = ".config/gcloud/certificate_config.json";

/// Python's `get_mtls_endpoint_and_cert_source`, reading the process environment.
///
/// Returns the API endpoint (a host) and the client certificate source to use:
///
/// * the certificate source is `None` unless `GOOGLE_API_USE_CLIENT_CERTIFICATE`
///   is `true`; then it is the [option](ClientOptions::with_client_cert_source)
///   if given, else the [default source](default_client_cert_source) if one
///   exists, else `None`;
/// * the endpoint is the [option](ClientOptions::with_api_endpoint) if given;
///   else the mTLS endpoint if `GOOGLE_API_USE_MTLS_ENDPOINT` is `always`, or
///   `auto` with a certificate source; else the default endpoint.
///
/// Like the Python method, this ignores the universe domain and the location;
/// the client itself uses [`resolve_endpoint`].
pub fn get_mtls_endpoint_and_cert_source(
    options: &ClientOptions,
) -> Result<(String, Option<ClientCertSource>), ConfigError> {
    get_mtls_endpoint_and_cert_source_with_env(options, &ProcessEnv)
}

/// [`get_mtls_endpoint_and_cert_source`] with an explicit environment.
pub fn get_mtls_endpoint_and_cert_source_with_env(
    options: &ClientOptions,
    env: &dyn Environment,
) -> Result<(String, Option<ClientCertSource>), ConfigError> {
    let use_cert = use_client_certificate(env)?;
    let use_mtls = UseMtlsEndpoint::from_env(env)?;
    let cert_source = select_cert_source(options, use_cert, env);
    let endpoint = match options.api_endpoint() {
        Some(e) => e.to_string(),
        None if wants_mtls(use_mtls, cert_source.is_some()) => DEFAULT_MTLS_ENDPOINT.to_string(),
        None => DEFAULT_ENDPOINT.to_string(),
    };
    Ok((endpoint, cert_source))
}

fn select_cert_source(
    options: &ClientOptions,
    use_cert: bool,
    env: &dyn Environment,
) -> Option<ClientCertSource> {
    if !use_cert {
        return None;
    }
    options
        .client_cert_source()
        .cloned()
        .or_else(|| default_client_cert_source(env))
}

fn wants_mtls(use_mtls: UseMtlsEndpoint, has_cert: bool) -> bool {
    match use_mtls {
        UseMtlsEndpoint::Always => true,
        UseMtlsEndpoint::Auto => has_cert,
        UseMtlsEndpoint::Never => false,
    }
}

/// How to secure the connection.
#[derive(Debug, Clone)]
pub enum TlsChoice {
    /// No TLS (emulator, or an explicit `http://` endpoint).
    Plaintext,
    /// TLS, verifying the server against the web PKI roots.
    Tls,
    /// TLS with a client certificate.
    Mtls(ClientCertSource),
}

/// Everything the client needs to connect.
#[derive(Debug, Clone)]
pub struct ResolvedEndpoint {
    /// Where to connect.
    pub endpoint: Endpoint,
    /// How to secure the connection.
    pub tls: TlsChoice,
    /// The universe domain in force.
    pub universe_domain: String,
    /// Whether the endpoint came from `DIALOGFLOW_EMULATOR_HOST` (or
    /// [`ClientOptions::with_emulator_host`]); the client then uses anonymous credentials.
    pub emulator: bool,
}

/// Resolves endpoint, TLS and universe from options and environment.
///
/// In order:
/// 1. An emulator host ([`ClientOptions::with_emulator_host`], else
///    `DIALOGFLOW_EMULATOR_HOST` unless [ignored](ClientOptions::with_ignore_emulator_env))
///    wins over everything: plaintext to that `host:port`.
/// 2. The switches are read and checked (an invalid value is an error even when
///    not needed), then the universe domain.
/// 3. The certificate source as in [`get_mtls_endpoint_and_cert_source`].
/// 4. The endpoint: the explicit option, used as given (an `http://` endpoint
///    means plaintext); else the mTLS endpoint when wanted (an error outside
///    `googleapis.com`), regional if a location is set; else the regional or
///    global endpoint of the universe.
pub fn resolve_endpoint(
    options: &ClientOptions,
    env: &dyn Environment,
) -> Result<ResolvedEndpoint, ConfigError> {
    let emulator = match options.emulator_host() {
        Some(h) => Some(h.to_string()),
        None if options.ignore_emulator_env() => None,
        None => env.var(EMULATOR_HOST_ENV).filter(|h| !h.is_empty()),
    };
    if let Some(host) = emulator {
        let bad = || ConfigError::InvalidEmulatorHost {
            value: host.clone(),
        };
        let stripped = host.strip_prefix("http://").unwrap_or(&host);
        if stripped.contains("://") {
            return Err(bad());
        }
        // Google's emulator convention is `host:port`; an IPv6 host needs brackets.
        let has_port = stripped
            .rsplit_once(':')
            .is_some_and(|(_, p)| parse_port(p).is_some());
        let unbracketed_v6 = stripped.matches(':').count() > 1 && !stripped.starts_with('[');
        if !has_port || unbracketed_v6 {
            return Err(bad());
        }
        let endpoint = Endpoint::parse(&format!("http://{stripped}")).map_err(|_| bad())?;
        return Ok(ResolvedEndpoint {
            endpoint,
            tls: TlsChoice::Plaintext,
            universe_domain: universe_domain(options.universe_domain(), env)?,
            emulator: true,
        });
    }

    let use_cert = use_client_certificate(env)?;
    let use_mtls = UseMtlsEndpoint::from_env(env)?;
    let universe = universe_domain(options.universe_domain(), env)?;
    if let Some(loc) = options.location() {
        validate_location(loc)?;
    }
    let cert_source = select_cert_source(options, use_cert, env);

    let host = if let Some(explicit) = options.api_endpoint() {
        explicit.to_string()
    } else if wants_mtls(use_mtls, cert_source.is_some()) {
        if universe != DEFAULT_UNIVERSE_DOMAIN {
            return Err(ConfigError::MtlsOutsideDefaultUniverse {
                universe_domain: universe,
            });
        }
        default_mtls_endpoint(&regional_endpoint(
            options.location(),
            DEFAULT_UNIVERSE_DOMAIN,
        )?)
    } else {
        regional_endpoint(options.location(), &universe)?
    };
    let endpoint = Endpoint::parse(&host)?;
    let tls = if endpoint.is_plaintext() {
        TlsChoice::Plaintext
    } else {
        match cert_source {
            Some(source) => TlsChoice::Mtls(source),
            None => TlsChoice::Tls,
        }
    };
    Ok(ResolvedEndpoint {
        endpoint,
        tls,
        universe_domain: universe,
        emulator: false,
    })
}

#[cfg(test)]
mod tests;
