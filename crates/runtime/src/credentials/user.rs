//! User credentials: the `authorized_user` file `gcloud auth application-default login`
//! writes (`client_id`, `client_secret`, `refresh_token`, optionally `token_uri` and
//! `quota_project_id`).
//!
//! An access token comes from the OAuth token endpoint: a form-encoded `POST` with the
//! `refresh_token` grant, answered by JSON with `access_token` and `expires_in`. No scope is
//! asked for: the token carries the scopes the user granted at login (gcloud grants
//! `cloud-platform`, which covers Dialogflow), and asking for others would be refused.

use std::time::Duration;

use http::header::{CONTENT_TYPE, HeaderValue};
use http::{Method, Request, StatusCode};

use super::token_cache::{Token, TokenCredentials, TokenSource};
use super::token_http::{exchange, read_token, status_error};
use super::{AdcSettings, Credentials, check_type};
use crate::Error;
use crate::config::ProxyMode;
use crate::config_error::ConfigError;

/// Google's OAuth token endpoint, used when the file names none.
pub(super) const DEFAULT_TOKEN_URI: &str = "https://oauth2.googleapis.com/token";
/// How long one token request may take, connection included.
const REQUEST_LIMIT: Duration = Duration::from_secs(30);

/// A user's refresh token and the OAuth client it was issued to.
pub(super) struct AuthorizedUser {
    client_id: String,
    client_secret: String,
    refresh_token: String,
    token_uri: String,
    universe_domain: Option<String>,
}

impl AuthorizedUser {
    /// Reads an `authorized_user` JSON; `source` names it in errors. Returns the user and
    /// the file's `quota_project_id`.
    pub(super) fn from_json(
        info: &serde_json::Value,
        source: &str,
    ) -> Result<(AuthorizedUser, Option<String>), ConfigError> {
        let optional = |name: &str| -> Result<Option<String>, ConfigError> {
            match info.get(name) {
                None | Some(serde_json::Value::Null) => Ok(None),
                Some(serde_json::Value::String(s)) if s.is_empty() => Ok(None),
                Some(serde_json::Value::String(s)) => Ok(Some(s.clone())),
                Some(other) => Err(ConfigError::credentials(format!(
                    "{source}: expected the field {name:?} to be a string, got {}",
                    json_kind(other)
                ))),
            }
        };
        let required = |name: &str| -> Result<String, ConfigError> {
            optional(name)?.ok_or_else(|| {
                ConfigError::credentials(format!(
                    "{source} has no string field {name:?}, which user credentials (authorized_user) need"
                ))
            })
        };
        let user = AuthorizedUser {
            client_id: required("client_id")?,
            client_secret: required("client_secret")?,
            refresh_token: required("refresh_token")?,
            token_uri: optional("token_uri")?.unwrap_or_else(|| DEFAULT_TOKEN_URI.to_string()),
            universe_domain: optional("universe_domain")?,
        };
        if !(user.token_uri.starts_with("https://") || user.token_uri.starts_with("http://"))
            || user.token_uri.parse::<http::Uri>().is_err()
        {
            return Err(ConfigError::credentials(format!(
                "{source}: expected \"token_uri\" to be an https:// URL, got {:?}",
                user.token_uri
            )));
        }
        Ok((user, optional("quota_project_id")?))
    }

    fn what(&self) -> String {
        format!("the token endpoint {}", self.token_uri)
    }
}

#[async_trait::async_trait]
impl TokenSource for AuthorizedUser {
    async fn fetch(&self) -> Result<Token, Error> {
        let body = form(&[
            ("grant_type", "refresh_token"),
            ("client_id", &self.client_id),
            ("client_secret", &self.client_secret),
            ("refresh_token", &self.refresh_token),
        ]);
        let request = Request::builder()
            .method(Method::POST)
            .uri(&self.token_uri)
            .header(
                CONTENT_TYPE,
                HeaderValue::from_static("application/x-www-form-urlencoded"),
            )
            .header(
                http::header::ACCEPT,
                HeaderValue::from_static("application/json"),
            )
            .body(body)
            .map_err(|e| super::auth_error(format!("{}: {e}", self.what()), false))?;
        let what = self.what();
        let reply = exchange(request, ProxyMode::FromEnv, REQUEST_LIMIT, &what).await?;
        if reply.status != StatusCode::OK {
            return Err(status_error(
                &reply,
                &what,
                "a JSON object with a string \"access_token\"",
            ));
        }
        read_token(&reply, &what)
    }

    async fn universe_domain(&self) -> Option<String> {
        self.universe_domain.clone()
    }
}

/// `application/x-www-form-urlencoded`: letters, digits and `-._~` as they are, space as
/// `+`, every other byte as `%XX`.
fn form(pairs: &[(&str, &str)]) -> String {
    let mut out = String::new();
    for (i, (name, value)) in pairs.iter().enumerate() {
        if i > 0 {
            out.push('&');
        }
        encode_into(&mut out, name);
        out.push('=');
        encode_into(&mut out, value);
    }
    out
}

fn encode_into(out: &mut String, text: &str) {
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                out.push(byte as char)
            }
            b' ' => out.push('+'),
            other => out.push_str(&format!("%{other:02X}")),
        }
    }
}

fn json_kind(value: &serde_json::Value) -> &'static str {
    match value {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "a boolean",
        serde_json::Value::Number(_) => "a number",
        serde_json::Value::String(_) => "a string",
        serde_json::Value::Array(_) => "an array",
        serde_json::Value::Object(_) => "an object",
    }
}

impl Credentials {
    /// User credentials (an `authorized_user` JSON, as written by
    /// `gcloud auth application-default login`).
    ///
    /// Nothing is fetched here: the first request gets a token from the file's `token_uri`
    /// (Google's `https://oauth2.googleapis.com/token` by default), and the file's
    /// `quota_project_id`, if any, is sent as `x-goog-user-project`.
    pub fn from_authorized_user_info(info: serde_json::Value) -> Result<Self, ConfigError> {
        Self::authorized_user(&info, "the user credentials", None)
    }

    /// User credentials from `info`, which `source` names in errors.
    pub(super) fn authorized_user(
        info: &serde_json::Value,
        source: &str,
        adc: Option<AdcSettings<'_>>,
    ) -> Result<Self, ConfigError> {
        check_type(info, "authorized_user", source)?;
        let (user, file_quota) = AuthorizedUser::from_json(info, source)?;
        let (kind, quota) = match adc {
            Some(a) => (
                "application default",
                a.quota_project_or(file_quota.as_deref()),
            ),
            None => ("authorized user", file_quota),
        };
        Self::tokens(TokenCredentials::new(kind, None, quota, Box::new(user))?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn form_encoding() {
        assert_eq!(
            form(&[("a", "x y"), ("b", "1/2+3=&é~")]),
            "a=x+y&b=1%2F2%2B3%3D%26%C3%A9~"
        );
    }

    #[test]
    fn bad_user_files_name_the_field() {
        let table = [
            (
                serde_json::json!({"client_secret": "s", "refresh_token": "r"}),
                "\"client_id\"",
            ),
            (
                serde_json::json!({"client_id": "i", "refresh_token": "r"}),
                "\"client_secret\"",
            ),
            (
                serde_json::json!({"client_id": "i", "client_secret": "s"}),
                "\"refresh_token\"",
            ),
            (
                serde_json::json!({"client_id": 7, "client_secret": "s", "refresh_token": "r"}),
                "got a number",
            ),
            (
                serde_json::json!({"client_id": "i", "client_secret": "s", "refresh_token": "r",
                    "token_uri": "ftp://x"}),
                "token_uri",
            ),
        ];
        for (json, fragment) in table {
            let err = AuthorizedUser::from_json(&json, "u.json").err().unwrap();
            let text = err.to_string();
            assert!(
                text.contains("u.json") && text.contains(fragment),
                "{json}: {text}"
            );
            assert!(!text.contains("\"s\""), "{text}");
        }
    }
}
