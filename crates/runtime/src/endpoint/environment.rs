//! Where variables come from: the [`Environment`] trait, the process
//! environment and a fixed map for tests, and the home directory helpers.

use std::collections::BTreeMap;
use std::path::PathBuf;

/// A source of environment variables.
///
/// [`ProcessEnv`] reads the real environment; [`EnvMap`] holds fixed values
/// for tests.
pub trait Environment: Send + Sync {
    /// The value of `name`, or `None` when it is unset (or not valid Unicode).
    fn var(&self, name: &str) -> Option<String>;

    /// The user's home directory (`HOME`, or `USERPROFILE` on Windows).
    fn home_dir(&self) -> Option<PathBuf> {
        self.var("HOME")
            .or_else(|| self.var("USERPROFILE"))
            .filter(|h| !h.is_empty())
            .map(PathBuf::from)
    }
}

/// The process environment.
#[derive(Debug, Clone, Copy, Default)]
pub struct ProcessEnv;

impl Environment for ProcessEnv {
    fn var(&self, name: &str) -> Option<String> {
        std::env::var(name).ok()
    }
}

/// A fixed set of environment variables, for tests.
///
/// ```
/// use dialogflow_runtime::endpoint::{EnvMap, Environment};
///
/// let env = EnvMap::new().with("GOOGLE_API_USE_MTLS_ENDPOINT", "never");
/// assert_eq!(env.var("GOOGLE_API_USE_MTLS_ENDPOINT").as_deref(), Some("never"));
/// assert_eq!(env.var("HOME"), None);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EnvMap {
    vars: BTreeMap<String, String>,
}

impl EnvMap {
    /// An environment with no variables at all.
    pub fn new() -> Self {
        Self::default()
    }

    /// The same environment with `name` set to `value`.
    pub fn with(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.vars.insert(name.into(), value.into());
        self
    }

    /// Sets `name` to `value`.
    pub fn set(&mut self, name: impl Into<String>, value: impl Into<String>) {
        self.vars.insert(name.into(), value.into());
    }
}

impl Environment for EnvMap {
    fn var(&self, name: &str) -> Option<String> {
        self.vars.get(name).cloned()
    }
}

/// `rel` under the home directory, if there is one.
pub(super) fn home_relative(env: &dyn Environment, rel: &str) -> Option<PathBuf> {
    env.home_dir().map(|h| h.join(rel))
}

/// `path` with a leading `~` or `~/` replaced by the home directory.
pub(super) fn expand_tilde(env: &dyn Environment, path: &str) -> PathBuf {
    if path == "~" {
        return env.home_dir().unwrap_or_else(|| PathBuf::from(path));
    }
    if let Some(rest) = path.strip_prefix("~/")
        && let Some(home) = env.home_dir()
    {
        return home.join(rest);
    }
    PathBuf::from(path)
}
