//! Application Default Credentials, and credentials files of any type.
//!
//! Application Default Credentials look, in order, at the file named by
//! `GOOGLE_APPLICATION_CREDENTIALS`, at the file `gcloud auth application-default login`
//! writes, and at the metadata server. A file's `type` field decides what it holds:
//! `service_account` and `authorized_user` are handled here; `external_account` and
//! `impersonated_service_account` only with the `google-cloud-auth` feature.

use std::path::Path;

use super::{ADC_ENV, Credentials, DEFAULT_SCOPES, find_adc_file};
use crate::config_error::ConfigError;
use crate::endpoint::Environment;

/// The variable naming a project billed for quota, for Application Default Credentials
/// (it wins over a file's `quota_project_id`).
pub const QUOTA_PROJECT_ENV: &str = "GOOGLE_CLOUD_QUOTA_PROJECT";

/// `GOOGLE_CLOUD_QUOTA_PROJECT` from `env`, when set and not empty.
pub(super) fn quota_project_from(env: &dyn Environment) -> Option<String> {
    env.var(QUOTA_PROJECT_ENV)
        .map(|q| q.trim().to_string())
        .filter(|q| !q.is_empty())
}

/// What Application Default Credentials add to a file's own settings.
#[derive(Clone, Copy)]
pub(super) struct AdcSettings<'a> {
    /// The scopes asked for.
    pub(super) scopes: &'a [String],
    /// `GOOGLE_CLOUD_QUOTA_PROJECT`, which wins over the file's `quota_project_id`.
    pub(super) quota_project: Option<&'a str>,
}

impl AdcSettings<'_> {
    /// The quota project: the variable's, else the file's.
    pub(super) fn quota_project_or(&self, file: Option<&str>) -> Option<String> {
        self.quota_project.or(file).map(str::to_string)
    }
}

/// The file types only the `google-cloud-auth` crate handles.
const INTEROP_TYPES: [&str; 2] = ["external_account", "impersonated_service_account"];

impl Credentials {
    /// Application Default Credentials, found as Google's libraries find them:
    /// the file named by `GOOGLE_APPLICATION_CREDENTIALS`, else the file written
    /// by `gcloud auth application-default login`, else the metadata server.
    ///
    /// The file is read now, so a missing or malformed one is reported here; no token is
    /// fetched until the first request. `GOOGLE_CLOUD_QUOTA_PROJECT`, when set, is sent as
    /// `x-goog-user-project` (in place of a user file's `quota_project_id`).
    pub fn application_default() -> Result<Self, ConfigError> {
        Self::application_default_with_scopes(DEFAULT_SCOPES)
    }

    /// [`application_default`](Credentials::application_default) with other scopes.
    pub fn application_default_with_scopes<I, S>(scopes: I) -> Result<Self, ConfigError>
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        let scopes = scopes.into_iter().map(Into::into).collect();
        Self::application_default_in(&crate::endpoint::ProcessEnv, scopes)
    }

    /// Application Default Credentials as `env` sees them.
    pub(crate) fn application_default_in(
        env: &dyn Environment,
        scopes: Vec<String>,
    ) -> Result<Self, ConfigError> {
        let Some(path) = find_adc_file(env) else {
            return Self::adc_metadata_with(env, "application default", scopes);
        };
        let named = env.var(ADC_ENV).is_some_and(|v| !v.is_empty());
        let source = if named {
            format!("{} (named by {ADC_ENV})", path.display())
        } else {
            format!(
                "{} (gcloud's application default credentials)",
                path.display()
            )
        };
        let info = read_json_as(&path, &source)?;
        let quota = quota_project_from(env);
        let adc = AdcSettings {
            scopes: &scopes,
            quota_project: quota.as_deref(),
        };
        Self::from_info(info, &source, Some(adc))
    }

    /// Credentials from any file Google's tools write; its `type` field picks
    /// the kind: `service_account` or `authorized_user`. The types
    /// `external_account` (workload identity federation) and
    /// `impersonated_service_account` need the `google-cloud-auth` feature.
    ///
    /// This is what Python's `ClientOptions.credentials_file` does.
    pub fn from_file(path: impl AsRef<Path>) -> Result<Self, ConfigError> {
        let path = path.as_ref();
        let info = read_json(path)?;
        Self::from_info(info, &path.display().to_string(), None)
    }

    /// Credentials from a file's JSON; `source` names the file in errors.
    fn from_info(
        info: serde_json::Value,
        source: &str,
        adc: Option<AdcSettings<'_>>,
    ) -> Result<Self, ConfigError> {
        let kind = info
            .get("type")
            .and_then(|t| t.as_str())
            .map(str::to_string);
        match kind.as_deref() {
            Some("service_account") => Self::service_account(&info, source, adc),
            Some("authorized_user") => Self::authorized_user(&info, source, adc),
            Some(t) if INTEROP_TYPES.contains(&t) => Self::interop(info, t, source, adc),
            other => Err(ConfigError::credentials(format!(
                "{source}: expected \"type\" to be service_account, authorized_user, external_account or impersonated_service_account, got {}",
                match other {
                    Some(t) => format!("{t:?}"),
                    None if info.get("type").is_some() => "a value that is not a string".into(),
                    None => "no \"type\" field".into(),
                }
            ))),
        }
    }

    #[cfg(feature = "google-cloud-auth")]
    fn interop(
        info: serde_json::Value,
        kind: &str,
        _source: &str,
        adc: Option<AdcSettings<'_>>,
    ) -> Result<Self, ConfigError> {
        use super::google::Recipe;
        let scopes = adc.map_or_else(super::default_scopes, |a| a.scopes.to_vec());
        if kind == "external_account" {
            Self::google("external account", Recipe::ExternalAccount { info, scopes })
        } else {
            Self::google(
                "impersonated service account",
                Recipe::Impersonated { info, scopes },
            )
        }
    }

    #[cfg(not(feature = "google-cloud-auth"))]
    fn interop(
        _info: serde_json::Value,
        kind: &str,
        source: &str,
        _adc: Option<AdcSettings<'_>>,
    ) -> Result<Self, ConfigError> {
        Err(ConfigError::credentials(format!(
            "{source} holds credentials of type {kind:?}, which are supported only through the optional `google-cloud-auth` feature (of dialogflow-runtime, or dialogflow-conversations); enable it, or use a service-account key or user credentials"
        )))
    }
}

/// Reads and parses a JSON credentials file.
pub(super) fn read_json(path: &Path) -> Result<serde_json::Value, ConfigError> {
    read_json_as(path, &path.display().to_string())
}

/// Reads and parses a JSON credentials file that `source` describes.
fn read_json_as(path: &Path, source: &str) -> Result<serde_json::Value, ConfigError> {
    let text = std::fs::read(path)
        .map_err(|e| ConfigError::credentials(format!("cannot read {source}: {e}")))?;
    // serde_json's message gives the line and column, never the text.
    serde_json::from_slice(&text)
        .map_err(|e| ConfigError::credentials(format!("{source} is not valid JSON: {e}")))
}

/// Checks a credentials JSON's `type`, when it has one.
pub(super) fn check_type(
    info: &serde_json::Value,
    expected: &str,
    source: &str,
) -> Result<(), ConfigError> {
    match info.get("type") {
        // Google's tools always write the type, but a missing one is tolerated.
        None => Ok(()),
        Some(t) if t.as_str() == Some(expected) => Ok(()),
        Some(other) => Err(ConfigError::credentials(format!(
            "{source}: expected credentials of type {expected:?}, got {other}"
        ))),
    }
}
