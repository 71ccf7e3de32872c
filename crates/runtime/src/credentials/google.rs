//! The `google-cloud-auth` backed sources.

use super::*;
use google_cloud_auth::credentials as gca;
use std::sync::OnceLock;

/// How to build the credentials (kept so they can be built on a runtime).
pub(super) enum Recipe {
    Adc {
        scopes: Vec<String>,
    },
    ServiceAccount {
        key: serde_json::Value,
        scopes: Vec<String>,
    },
    AuthorizedUser {
        info: serde_json::Value,
        scopes: Vec<String>,
    },
    ExternalAccount {
        info: serde_json::Value,
        scopes: Vec<String>,
    },
    Impersonated {
        info: serde_json::Value,
        scopes: Vec<String>,
    },
    MetadataServer {
        scopes: Vec<String>,
        /// `http://host[:port]` instead of `metadata.google.internal` (a process-wide
        /// `GCE_METADATA_HOST` still wins, inside google-cloud-auth).
        endpoint: Option<String>,
        /// Whether Application Default Credentials chose it for want of a file.
        adc: bool,
    },
    Ready(gca::Credentials),
}

pub(super) struct Lazy {
    pub(super) kind: &'static str,
    /// Whether, and why, the tokens come from the metadata server.
    pub(super) metadata: Option<MetadataUse>,
    recipe: std::sync::Mutex<Option<Recipe>>,
    built: OnceLock<Result<gca::Credentials, ConfigError>>,
}

impl Lazy {
    pub(super) fn new(kind: &'static str, recipe: Recipe) -> Result<Arc<Self>, ConfigError> {
        install_ring_provider();
        let metadata = match &recipe {
            // The same search google-cloud-auth makes, without reading the file.
            Recipe::Adc { .. } => find_adc_file(&crate::endpoint::ProcessEnv)
                .is_none()
                .then_some(MetadataUse::AdcFallback),
            Recipe::MetadataServer { adc: true, .. } => Some(MetadataUse::AdcFallback),
            Recipe::MetadataServer { .. } => Some(MetadataUse::Explicit),
            _ => None,
        };
        let built = OnceLock::new();
        let recipe = match recipe {
            Recipe::Ready(c) => {
                let _ = built.set(Ok(c));
                None
            }
            other => Some(other),
        };
        let lazy = Arc::new(Lazy {
            kind,
            metadata,
            recipe: std::sync::Mutex::new(recipe),
            built,
        });
        if tokio::runtime::Handle::try_current().is_ok() {
            lazy.get()?;
        }
        Ok(lazy)
    }

    pub(super) fn get(&self) -> Result<&gca::Credentials, ConfigError> {
        if self.built.get().is_none() && tokio::runtime::Handle::try_current().is_err() {
            // Building spawns the token refresh task: that needs a runtime.
            return Err(ConfigError::credentials(
                "these credentials must first be used inside a Tokio runtime",
            ));
        }
        self.built
            .get_or_init(|| {
                let recipe = self
                    .recipe
                    .lock()
                    .map_err(|_| ConfigError::credentials("a previous build panicked"))?
                    .take()
                    .ok_or_else(|| {
                        ConfigError::credentials("the credentials were already built")
                    })?;
                build(recipe)
            })
            .as_ref()
            .map_err(Clone::clone)
    }

    pub(super) async fn headers(&self) -> Result<HeaderMap, Error> {
        let creds = self.get().map_err(|e| auth_error(e.to_string(), false))?;
        match creds.headers(http::Extensions::new()).await {
            Ok(gca::CacheableResource::New { data, .. }) => Ok(data),
            Ok(gca::CacheableResource::NotModified) => Err(auth_error(
                "the credentials returned no headers".to_string(),
                false,
            )),
            Err(e) => Err(auth_error(
                format!(
                    "cannot get an access token ({} credentials): {}",
                    self.kind,
                    describe_auth_error(&e)
                ),
                e.is_transient(),
            )),
        }
    }
}

fn build(recipe: Recipe) -> Result<gca::Credentials, ConfigError> {
    let err = |e: google_cloud_auth::build_errors::Error| ConfigError::credentials(e.to_string());
    Ok(match recipe {
        Recipe::Adc { scopes } => gca::Builder::default()
            .with_scopes(scopes)
            .build()
            .map_err(err)?,
        Recipe::ServiceAccount { key, scopes } => gca::service_account::Builder::new(key)
            .with_access_specifier(gca::service_account::AccessSpecifier::from_scopes(scopes))
            .build()
            .map_err(err)?,
        Recipe::AuthorizedUser { info, scopes } => gca::user_account::Builder::new(info)
            .with_scopes(scopes)
            .build()
            .map_err(err)?,
        Recipe::ExternalAccount { info, scopes } => gca::external_account::Builder::new(info)
            .with_scopes(scopes)
            .build()
            .map_err(err)?,
        Recipe::Impersonated { info, scopes } => gca::impersonated::Builder::new(info)
            .with_scopes(scopes)
            .build()
            .map_err(err)?,
        Recipe::MetadataServer {
            scopes, endpoint, ..
        } => {
            let builder = gca::mds::Builder::default().with_scopes(scopes);
            match endpoint {
                Some(e) => builder.with_endpoint(e),
                None => builder,
            }
            .build()
            .map_err(err)?
        }
        Recipe::Ready(c) => c,
    })
}

/// Installs *ring* as the process-wide rustls provider unless one is installed.
pub fn install_ring_provider() {
    if rustls::crypto::CryptoProvider::get_default().is_none() {
        // Losing a race with another installer is fine: some provider is set.
        let _ = rustls::crypto::ring::default_provider().install_default();
    }
}
