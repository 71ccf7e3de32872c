//! Access tokens, where they come from, and the cache every clone of a [`Credentials`]
//! shares.
//!
//! A token is reused until it nears its expiry: it is then refreshed *ahead* of time (five
//! minutes before, or half-way through the lifetime of a short-lived token). One refresh runs
//! at a time; requests arriving meanwhile wait for it and take its result, so N concurrent
//! calls make one token request. When a refresh ahead of time fails but the old token is
//! still valid, the old token is used and the next request tries again.
//!
//! [`Credentials`]: super::Credentials

use std::fmt;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use http::HeaderMap;
use http::header::{AUTHORIZATION, HeaderName, HeaderValue};

use super::MetadataUse;
use crate::Error;
use crate::config_error::ConfigError;

/// How long before its expiry a token is refreshed (at most; see [`Token::refresh_at`]).
pub(super) const REFRESH_AHEAD: Duration = Duration::from_secs(5 * 60);
/// A token with less than this left is not sent at all: it could expire on the way.
const MIN_LEFT: Duration = Duration::from_secs(10);

/// The header naming the project billed for quota.
const QUOTA_PROJECT_HEADER: HeaderName = HeaderName::from_static("x-goog-user-project");

/// An access token as the `authorization` header value that carries it.
#[derive(Clone)]
pub(super) struct Token {
    /// `Bearer <token>`, marked sensitive.
    header: HeaderValue,
    /// When it stops being accepted.
    expires_at: Instant,
    /// When to get a new one.
    refresh_at: Instant,
}

impl Token {
    /// A token obtained at `obtained`, valid for `lifetime`.
    pub(super) fn new(mut header: HeaderValue, obtained: Instant, lifetime: Duration) -> Token {
        header.set_sensitive(true);
        let ahead = REFRESH_AHEAD.min(lifetime / 2);
        Token {
            header,
            expires_at: obtained + lifetime,
            refresh_at: obtained + lifetime - ahead,
        }
    }

    fn is_fresh(&self, now: Instant) -> bool {
        now < self.refresh_at
    }

    fn is_usable(&self, now: Instant) -> bool {
        now + MIN_LEFT < self.expires_at
    }
}

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Never the token itself.
        f.debug_struct("Token")
            .field("expires_at", &self.expires_at)
            .finish_non_exhaustive()
    }
}

/// Where tokens come from: a key that signs them, or an endpoint that hands them out.
#[async_trait::async_trait]
pub(super) trait TokenSource: Send + Sync + 'static {
    /// A new token. Errors are [`Error`]s of kind `Auth`, `UNAVAILABLE` when trying again
    /// later may succeed, `UNAUTHENTICATED` otherwise.
    async fn fetch(&self) -> Result<Token, Error>;

    /// The universe domain, when the source knows it.
    async fn universe_domain(&self) -> Option<String> {
        None
    }

    /// Checks what can be checked without a network call (that a key parses, say).
    fn check(&self) -> Result<(), ConfigError> {
        Ok(())
    }
}

/// Credentials made of a token source, its cache and the headers sent with each token.
pub(super) struct TokenCredentials {
    /// What kind of credentials these are (`service account`, `authorized user`, ...).
    pub(super) kind: &'static str,
    /// Whether, and why, the tokens come from the metadata server.
    pub(super) metadata: Option<MetadataUse>,
    quota_project: Option<HeaderValue>,
    source: Box<dyn TokenSource>,
    current: Mutex<Option<Token>>,
    /// Held by the one task refreshing the token; the others wait on it.
    refreshing: tokio::sync::Mutex<()>,
}

impl fmt::Debug for TokenCredentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TokenCredentials")
            .field("kind", &self.kind)
            .finish_non_exhaustive()
    }
}

impl TokenCredentials {
    /// Credentials of `kind` over `source`. `quota_project`, when given, is sent as
    /// `x-goog-user-project` with every token.
    pub(super) fn new(
        kind: &'static str,
        metadata: Option<MetadataUse>,
        quota_project: Option<String>,
        source: Box<dyn TokenSource>,
    ) -> Result<TokenCredentials, ConfigError> {
        let quota_project = quota_project
            .filter(|q| !q.is_empty())
            .map(|q| {
                HeaderValue::from_str(&q).map_err(|_| {
                    ConfigError::credentials(format!(
                        "the quota project {q:?} is not a valid header value"
                    ))
                })
            })
            .transpose()?;
        Ok(TokenCredentials {
            kind,
            metadata,
            quota_project,
            source,
            current: Mutex::new(None),
            refreshing: tokio::sync::Mutex::new(()),
        })
    }

    /// See [`TokenSource::check`].
    pub(super) fn check(&self) -> Result<(), ConfigError> {
        self.source.check()
    }

    /// See [`TokenSource::universe_domain`].
    pub(super) async fn universe_domain(&self) -> Option<String> {
        self.source.universe_domain().await
    }

    /// The headers for one request: `authorization`, and `x-goog-user-project` when set.
    pub(super) async fn headers(&self) -> Result<HeaderMap, Error> {
        let token = self.token().await?;
        let mut headers = HeaderMap::with_capacity(2);
        headers.insert(AUTHORIZATION, token);
        if let Some(project) = &self.quota_project {
            headers.insert(QUOTA_PROJECT_HEADER, project.clone());
        }
        Ok(headers)
    }

    /// The cached token when fresh, else a new one (one refresh at a time).
    async fn token(&self) -> Result<HeaderValue, Error> {
        if let Some(header) = self.cached(Token::is_fresh) {
            return Ok(header);
        }
        let _turn = self.refreshing.lock().await;
        // Another task may have refreshed it while this one waited.
        if let Some(header) = self.cached(Token::is_fresh) {
            return Ok(header);
        }
        match self.source.fetch().await {
            Ok(token) => {
                let header = token.header.clone();
                *self.lock() = Some(token);
                Ok(header)
            }
            Err(e) => match self.cached(Token::is_usable) {
                // Refreshing ahead of time failed; the old token still works for now.
                Some(header) => {
                    tracing::debug!(kind = self.kind, error = %e, "token refresh failed; keeping the current token");
                    Ok(header)
                }
                None => Err(e),
            },
        }
    }

    /// Moves the cached token's times `by` into the past.
    #[cfg(test)]
    pub(super) fn age_for_tests(&self, by: Duration) {
        if let Some(t) = self.lock().as_mut() {
            t.expires_at -= by;
            t.refresh_at -= by;
        }
    }

    fn cached(&self, test: fn(&Token, Instant) -> bool) -> Option<HeaderValue> {
        let now = Instant::now();
        self.lock()
            .as_ref()
            .filter(|t| test(t, now))
            .map(|t| t.header.clone())
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Option<Token>> {
        // The data is a plain value, whole after any panic elsewhere.
        self.current.lock().unwrap_or_else(|p| p.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refresh_comes_ahead_of_expiry() {
        let now = Instant::now();
        let hour = Token::new(
            HeaderValue::from_static("Bearer a"),
            now,
            Duration::from_secs(3600),
        );
        assert!(hour.header.is_sensitive());
        assert!(hour.is_fresh(now + Duration::from_secs(3600 - 301)));
        assert!(!hour.is_fresh(now + Duration::from_secs(3600 - 299)));
        assert!(hour.is_usable(now + Duration::from_secs(3600 - 11)));
        assert!(!hour.is_usable(now + Duration::from_secs(3600 - 9)));
        // A short-lived token is refreshed half-way.
        let short = Token::new(
            HeaderValue::from_static("Bearer b"),
            now,
            Duration::from_secs(120),
        );
        assert!(short.is_fresh(now + Duration::from_secs(59)));
        assert!(!short.is_fresh(now + Duration::from_secs(61)));
        assert!(!format!("{short:?}").contains("Bearer"));
    }
}
