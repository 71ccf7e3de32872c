//! The local timer of one attempt.

use dialogflow_runtime::{CallOptions, Error};

/// Runs one attempt of a wire transport, bounded by the options' timeout unless the caller
/// enforces it: past the timeout the attempt is dropped and the result is `DEADLINE_EXCEEDED`.
pub(crate) async fn bound<T>(
    options: &CallOptions,
    attempt: impl Future<Output = Result<T, Error>>,
) -> Result<T, Error> {
    match options.timeout {
        Some(limit) if !options.timeout_enforced_by_caller => tokio::time::timeout(limit, attempt)
            .await
            .unwrap_or_else(|_| Err(Error::timeout(limit))),
        _ => attempt.await,
    }
}
