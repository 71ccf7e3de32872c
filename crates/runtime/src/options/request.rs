//! [`RequestOptions`]: the settings of one call of any client.

use std::sync::Arc;
use std::time::Duration;

use crate::retry::{BackoffStrategy, RetryStrategy};

/// Per-call settings: overall timeout, retry policy, extra headers, quota project.
///
/// Whatever is not set falls back to the client's defaults.
///
/// ```
/// use std::time::Duration;
/// use dialogflow_runtime::{RequestOptions, RetryPolicy};
///
/// let options = RequestOptions::new()
///     .with_timeout(Duration::from_secs(5))
///     .with_retry(RetryPolicy::none())
///     .with_metadata("x-trace-id", "abc");
/// assert_eq!(options.timeout(), Some(Duration::from_secs(5)));
/// ```
#[derive(Debug, Clone, Default)]
pub struct RequestOptions {
    timeout: Option<Duration>,
    retry: Option<Arc<dyn RetryStrategy>>,
    backoff: Option<Arc<dyn BackoffStrategy>>,
    metadata: Vec<(String, String)>,
    user_project: Option<String>,
}

impl RequestOptions {
    /// Options with nothing set: the client's defaults apply.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets the overall timeout of the call, retries included.
    pub fn with_timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Sets the retry strategy of the call: a [`RetryPolicy`](crate::RetryPolicy) or any
    /// other [`RetryStrategy`].
    pub fn with_retry(mut self, retry: impl RetryStrategy + 'static) -> Self {
        self.retry = Some(Arc::new(retry));
        self
    }

    /// Sets the backoff between the call's attempts, replacing the retry strategy's own.
    pub fn with_backoff(mut self, backoff: impl BackoffStrategy + 'static) -> Self {
        self.backoff = Some(Arc::new(backoff));
        self
    }

    /// Adds a request header (gRPC metadata), after the client's own.
    pub fn with_metadata(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.metadata.push((name.into(), value.into()));
        self
    }

    /// Sets the project billed for this call's quota (`x-goog-user-project`).
    pub fn with_user_project(mut self, project: impl Into<String>) -> Self {
        self.user_project = Some(project.into());
        self
    }

    /// The call's timeout, if set.
    pub fn timeout(&self) -> Option<Duration> {
        self.timeout
    }

    /// The call's retry strategy, if set.
    pub fn retry(&self) -> Option<&Arc<dyn RetryStrategy>> {
        self.retry.as_ref()
    }

    /// The call's backoff, if set apart from the retry strategy.
    pub fn backoff(&self) -> Option<&Arc<dyn BackoffStrategy>> {
        self.backoff.as_ref()
    }

    /// The call's quota project, if set.
    pub fn user_project(&self) -> Option<&str> {
        self.user_project.as_deref()
    }

    /// The call's extra headers.
    pub fn metadata(&self) -> &[(String, String)] {
        &self.metadata
    }
}
