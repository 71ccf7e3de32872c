//! [`AuthHeaders`]: the plug for credentials.

use std::fmt;

use http::HeaderMap;
use http::header::{AUTHORIZATION, HeaderValue};

use crate::{Code, Error, ErrorKind};

/// A source of authentication headers, asked once per attempt.
///
/// Implement it over any credential source (OAuth2 access tokens, API keys, ...). Return the
/// headers to add to the request, typically `authorization: Bearer ...`; the transports mark
/// every value returned here as sensitive, so it is not printed by `Debug` of a `HeaderMap`.
/// Implementations must not print their secrets in their own `Debug` either.
///
/// ```
/// use dialogflow_runtime::{AuthHeaders, Error};
///
/// #[derive(Debug)]
/// struct ApiKey; // reads the key from somewhere safe
///
/// #[async_trait::async_trait]
/// impl AuthHeaders for ApiKey {
///     async fn headers(&self) -> Result<http::HeaderMap, Error> {
///         let mut headers = http::HeaderMap::new();
///         let mut value = http::HeaderValue::from_static("my-api-key");
///         value.set_sensitive(true);
///         headers.insert("x-goog-api-key", value);
///         Ok(headers)
///     }
/// }
/// ```
#[async_trait::async_trait]
pub trait AuthHeaders: Send + Sync + fmt::Debug {
    /// The headers that authenticate the next attempt.
    async fn headers(&self) -> Result<HeaderMap, Error>;
}

/// No credentials: sends no authentication header (for the emulator and for tests).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Anonymous;

#[async_trait::async_trait]
impl AuthHeaders for Anonymous {
    async fn headers(&self) -> Result<HeaderMap, Error> {
        Ok(HeaderMap::new())
    }
}

/// A fixed bearer token (`authorization: Bearer <token>`); `Debug` does not show it.
///
/// Useful for short scripts and tests; real services should refresh their tokens with a
/// credentials library behind their own [`AuthHeaders`] implementation.
#[derive(Clone)]
pub struct BearerToken {
    value: HeaderValue,
}

impl BearerToken {
    /// A bearer token; fails when the token is not a valid header value.
    pub fn new(token: &str) -> Result<BearerToken, Error> {
        let mut value = HeaderValue::try_from(format!("Bearer {token}")).map_err(|_| {
            Error::local(
                Code::InvalidArgument,
                ErrorKind::Auth,
                "the bearer token holds characters that are not allowed in a header",
            )
        })?;
        value.set_sensitive(true);
        Ok(BearerToken { value })
    }
}

impl fmt::Debug for BearerToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("BearerToken(<redacted>)")
    }
}

#[async_trait::async_trait]
impl AuthHeaders for BearerToken {
    async fn headers(&self) -> Result<HeaderMap, Error> {
        let mut headers = HeaderMap::new();
        headers.insert(AUTHORIZATION, self.value.clone());
        Ok(headers)
    }
}
