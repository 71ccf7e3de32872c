//! Tokens from the metadata server of Compute Engine, GKE, Cloud Run and the like.
//!
//! `GET http://{host}/computeMetadata/v1/instance/service-accounts/default/token?scopes=...`
//! with `Metadata-Flavor: Google` answers the token of the machine's service account, as
//! JSON (`access_token`, `expires_in`, `token_type`). The host is `GCE_METADATA_HOST` when
//! set, else `metadata.google.internal`; the request never goes through a proxy.
//! Whether the server exists at all is [`metadata_probe`](super::metadata_probe)'s question.

use std::sync::OnceLock;
use std::time::Duration;

use http::header::HeaderValue;
use http::{Method, Request, StatusCode};

use super::metadata_probe;
use super::token_cache::{Token, TokenCredentials, TokenSource};
use super::token_http::{exchange, read_token, status_error};
use super::{Credentials, MetadataUse};
use crate::Error;
use crate::config::ProxyMode;
use crate::config_error::ConfigError;
use crate::endpoint::Environment;

/// The token of the instance's default service account.
const TOKEN_PATH: &str = "/computeMetadata/v1/instance/service-accounts/default/token";
/// The universe domain the instance belongs to.
const UNIVERSE_PATH: &str = "/computeMetadata/v1/universe/universe-domain";
/// How long one request to the server may take.
const REQUEST_LIMIT: Duration = Duration::from_secs(15);

/// A metadata server and the scopes asked of it.
pub(super) struct MetadataServer {
    /// `host` or `host:port`.
    host: String,
    scopes: Vec<String>,
    /// The universe domain, once the server has said (or said it has none).
    universe_domain: OnceLock<Option<String>>,
}

impl MetadataServer {
    pub(super) fn new(host: String, scopes: Vec<String>) -> MetadataServer {
        MetadataServer {
            host,
            scopes,
            universe_domain: OnceLock::new(),
        }
    }

    fn what(&self) -> String {
        format!("the metadata server at {}", self.host)
    }

    fn request(&self, path_and_query: &str) -> Result<Request<String>, Error> {
        Request::builder()
            .method(Method::GET)
            .uri(format!("http://{}{path_and_query}", self.host))
            .header("metadata-flavor", HeaderValue::from_static("Google"))
            .body(String::new())
            .map_err(|e| super::auth_error(format!("{}: {e}", self.what()), false))
    }
}

#[async_trait::async_trait]
impl TokenSource for MetadataServer {
    async fn fetch(&self) -> Result<Token, Error> {
        let mut path = TOKEN_PATH.to_string();
        if !self.scopes.is_empty() {
            path.push_str("?scopes=");
            for (i, scope) in self.scopes.iter().enumerate() {
                if i > 0 {
                    path.push(',');
                }
                path.push_str(&query_encode(scope));
            }
        }
        let what = self.what();
        let reply = exchange(self.request(&path)?, ProxyMode::None, REQUEST_LIMIT, &what).await?;
        if reply.status != StatusCode::OK {
            return Err(status_error(
                &reply,
                &what,
                "a JSON object with a string \"access_token\"",
            ));
        }
        read_token(&reply, &what)
    }

    /// Asked of the server once; an answer that is not a success counts as "not said"
    /// (`None`), and a server that cannot be reached is asked again next time.
    async fn universe_domain(&self) -> Option<String> {
        if let Some(known) = self.universe_domain.get() {
            return known.clone();
        }
        let request = self.request(UNIVERSE_PATH).ok()?;
        let reply = exchange(request, ProxyMode::None, REQUEST_LIMIT, &self.what())
            .await
            .ok()?;
        let known = (reply.status == StatusCode::OK)
            .then(|| String::from_utf8_lossy(&reply.body).trim().to_string())
            .filter(|d| !d.is_empty());
        self.universe_domain.get_or_init(|| known).clone()
    }
}

/// Percent-encodes what a query value may not hold as is (a scope is a URL).
fn query_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                out.push(byte as char)
            }
            other => out.push_str(&format!("%{other:02X}")),
        }
    }
    out
}

impl Credentials {
    /// Credentials from the metadata server of Compute Engine, GKE, Cloud Run...
    ///
    /// The server is `GCE_METADATA_HOST` as the process sees it now, else
    /// `metadata.google.internal`. Nothing is fetched here.
    pub fn metadata_server() -> Result<Self, ConfigError> {
        let host = metadata_probe::metadata_host(&crate::endpoint::ProcessEnv);
        Self::from_metadata(
            "metadata server",
            MetadataUse::Explicit,
            host,
            super::default_scopes(),
            None,
        )
    }

    /// What Application Default Credentials come to when no file names credentials: the
    /// metadata server, at `GCE_METADATA_HOST` from `env` when that is set.
    pub(crate) fn adc_metadata_server(env: &dyn Environment) -> Result<Self, ConfigError> {
        Self::adc_metadata_with(
            env,
            "application default (metadata server)",
            super::default_scopes(),
        )
    }

    /// The metadata server as Application Default Credentials use it: the host and the
    /// quota project (`GOOGLE_CLOUD_QUOTA_PROJECT`) from `env`.
    pub(super) fn adc_metadata_with(
        env: &dyn Environment,
        kind: &'static str,
        scopes: Vec<String>,
    ) -> Result<Self, ConfigError> {
        Self::from_metadata(
            kind,
            MetadataUse::AdcFallback,
            metadata_probe::metadata_host(env),
            scopes,
            super::quota_project_from(env),
        )
    }

    fn from_metadata(
        kind: &'static str,
        why: MetadataUse,
        host: String,
        scopes: Vec<String>,
        quota_project: Option<String>,
    ) -> Result<Self, ConfigError> {
        let server = MetadataServer::new(host, scopes);
        Self::tokens(TokenCredentials::new(
            kind,
            Some(why),
            quota_project,
            Box::new(server),
        )?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scopes_are_encoded() {
        assert_eq!(
            query_encode("https://www.googleapis.com/auth/cloud-platform"),
            "https%3A%2F%2Fwww.googleapis.com%2Fauth%2Fcloud-platform"
        );
    }
}
