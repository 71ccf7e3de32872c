//! The optional `google-cloud-auth` interop (feature `google-cloud-auth`): credentials built
//! by Google's crate, for what this crate's own flows do not cover (`external_account`,
//! `impersonated_service_account`) and for [`Credentials::from_google`].

use std::sync::OnceLock;

use google_cloud_auth::credentials as gca;

use super::{Credentials, auth_error, install_ring_provider};
use crate::Error;
use crate::config_error::ConfigError;
use http::HeaderMap;

/// How to build the credentials (kept so they can be built on a runtime).
pub(super) enum Recipe {
    ExternalAccount {
        info: serde_json::Value,
        scopes: Vec<String>,
    },
    Impersonated {
        info: serde_json::Value,
        scopes: Vec<String>,
    },
}

/// `google-cloud-auth` credentials, built on the Tokio runtime that first uses them (that
/// crate refreshes tokens in a background task): at once when made inside a runtime, so
/// errors show immediately, otherwise on the first request.
pub(super) struct Lazy {
    pub(super) kind: &'static str,
    recipe: std::sync::Mutex<Option<Recipe>>,
    built: OnceLock<Result<gca::Credentials, ConfigError>>,
}

impl Lazy {
    pub(super) fn new(
        kind: &'static str,
        recipe: Recipe,
    ) -> Result<std::sync::Arc<Self>, ConfigError> {
        install_ring_provider();
        let lazy = std::sync::Arc::new(Lazy {
            kind,
            recipe: std::sync::Mutex::new(Some(recipe)),
            built: OnceLock::new(),
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
        Recipe::ExternalAccount { info, scopes } => gca::external_account::Builder::new(info)
            .with_scopes(scopes)
            .build()
            .map_err(err)?,
        Recipe::Impersonated { info, scopes } => gca::impersonated::Builder::new(info)
            .with_scopes(scopes)
            .build()
            .map_err(err)?,
    })
}

/// One line from a `google-cloud-auth` error and its causes: each message once, without
/// the "future attempts may succeed" endings that library adds to each.
pub(super) fn describe_auth_error(error: &(dyn std::error::Error + 'static)) -> String {
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

impl Credentials {
    pub(super) fn google(kind: &'static str, recipe: Recipe) -> Result<Self, ConfigError> {
        Ok(Self {
            inner: super::Inner::Google(Lazy::new(kind, recipe)?),
        })
    }

    /// Any credentials built with `google_cloud_auth` directly (workload identity
    /// federation, impersonation, custom token endpoints, ...). Feature `google-cloud-auth`.
    pub fn from_google(credentials: gca::Credentials) -> Self {
        install_ring_provider();
        let built = OnceLock::new();
        let _ = built.set(Ok(credentials));
        Self {
            inner: super::Inner::Google(std::sync::Arc::new(Lazy {
                kind: "google-cloud-auth",
                recipe: std::sync::Mutex::new(None),
                built,
            })),
        }
    }
}
