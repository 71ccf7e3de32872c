//! The default client certificate: the certificate config file and the
//! context-aware metadata file, found under the home directory or through
//! `GOOGLE_API_CERTIFICATE_CONFIG`.

use std::path::{Path, PathBuf};

use super::cert_provider::run_cert_provider;
use super::client_cert::read_file;
use super::environment::{expand_tilde, home_relative};
use super::{
    CERTIFICATE_CONFIG_DEFAULT_PATH, CERTIFICATE_CONFIG_ENV, CONTEXT_AWARE_METADATA_PATH,
    ClientCertSource, ClientIdentity, Environment,
};
use crate::config_error::ConfigError;

/// The certificate config file to read: `GOOGLE_API_CERTIFICATE_CONFIG` if set
/// and non-empty, else the default under the home directory; `None` if that
/// file does not exist.
pub fn certificate_config_path(env: &dyn Environment) -> Option<PathBuf> {
    let path = match env.var(CERTIFICATE_CONFIG_ENV).filter(|p| !p.is_empty()) {
        Some(p) => expand_tilde(env, &p),
        None => home_relative(env, CERTIFICATE_CONFIG_DEFAULT_PATH)?,
    };
    path.is_file().then_some(path)
}

/// The secure-connect context-aware metadata file, if it exists.
pub fn context_aware_metadata_path(env: &dyn Environment) -> Option<PathBuf> {
    home_relative(env, CONTEXT_AWARE_METADATA_PATH).filter(|p| p.is_file())
}

/// Whether a default client certificate source exists: the context-aware
/// metadata file, the default certificate config file, or the file named by
/// `GOOGLE_API_CERTIFICATE_CONFIG`.
pub fn has_default_client_cert_source(env: &dyn Environment) -> bool {
    if context_aware_metadata_path(env).is_some() {
        return true;
    }
    if home_relative(env, CERTIFICATE_CONFIG_DEFAULT_PATH).is_some_and(|p| p.is_file()) {
        return true;
    }
    env.var(CERTIFICATE_CONFIG_ENV)
        .filter(|p| !p.is_empty())
        .is_some_and(|p| expand_tilde(env, &p).is_file())
}

/// The default client certificate source, or `None` if there is none.
///
/// When called, the source tries, in this order, as Google's auth libraries do:
/// 1. the certificate config file (see [`certificate_config_path`]): the
///    `cert_configs.workload.cert_path` and `key_path` files it names;
/// 2. the context-aware metadata file: it runs its `cert_provider_command`
///    and takes the certificate chain and private key from the PEM blocks of
///    its standard output.
///
/// The file system is looked at again on each call, so a rotated
/// certificate is picked up by the next client built.
pub fn default_client_cert_source(env: &dyn Environment) -> Option<ClientCertSource> {
    if !has_default_client_cert_source(env) {
        return None;
    }
    let config = certificate_config_path(env);
    let metadata = context_aware_metadata_path(env);
    let description = match (&config, &metadata) {
        (Some(c), Some(m)) => format!("{} or {}", c.display(), m.display()),
        (Some(c), None) => c.display().to_string(),
        (None, Some(m)) => m.display().to_string(),
        (None, None) => "default client certificate".to_string(),
    };
    Some(ClientCertSource::from_fn(description, move || {
        if let Some(config) = &config
            && let Some(identity) = workload_identity(config)?
        {
            return Ok(identity);
        }
        if let Some(metadata) = &metadata {
            return run_cert_provider(metadata);
        }
        Err(ConfigError::cert(
            "no usable default client certificate: the certificate config file has no workload certificate and there is no context-aware metadata file",
            config.clone(),
        ))
    }))
}

/// Reads the workload certificate and key named by a certificate config file.
///
/// Returns `Ok(None)` when the file has no `workload` entry.
fn workload_identity(config: &Path) -> Result<Option<ClientIdentity>, ConfigError> {
    let err = |m: String| ConfigError::cert(m, Some(config.to_path_buf()));
    let text = read_file(config, "certificate config")?;
    let json: serde_json::Value = serde_json::from_slice(&text).map_err(|e| {
        err(format!(
            "the certificate config file {} is not valid JSON: {e}",
            config.display()
        ))
    })?;
    let Some(cert_configs) = json.get("cert_configs").filter(|v| v.is_object()) else {
        return Err(err(format!(
            "the certificate config file {} has no \"cert_configs\" object",
            config.display()
        )));
    };
    let Some(workload) = cert_configs.get("workload") else {
        return Ok(None);
    };
    let field = |name: &str| -> Result<PathBuf, ConfigError> {
        workload
            .get(name)
            .and_then(|v| v.as_str())
            .map(PathBuf::from)
            .ok_or_else(|| {
                err(format!(
                    "the certificate config file {} has no string \"cert_configs.workload.{name}\"",
                    config.display()
                ))
            })
    };
    let cert_path = field("cert_path")?;
    let key_path = field("key_path")?;
    Ok(Some(ClientIdentity::from_pem(
        read_file(&cert_path, "certificate")?,
        read_file(&key_path, "private key")?,
    )))
}
