//! What the Conversations client adds to its generated surface: Python's service-account
//! constructors, and the `CreateConversation` that makes its POST safe to retry.

use std::sync::atomic::{AtomicU32, Ordering};

#[cfg(feature = "google-auth")]
use dialogflow_runtime::ConfigError;
use dialogflow_runtime::retry::{self, RetryPolicy};
use dialogflow_runtime::{Code, Error, RequestOptions};
use dialogflow_transport::Rpc;
use dialogflow_types::v2::{Conversation, CreateConversationRequest};

use crate::ConversationsClient;

impl ConversationsClient {
    /// A client authenticated with a service-account key file (Python's classmethod).
    #[cfg(feature = "google-auth")]
    pub async fn from_service_account_file(
        path: impl AsRef<std::path::Path>,
    ) -> Result<Self, ConfigError> {
        let credentials = crate::Credentials::from_service_account_file(path)?;
        Self::builder().with_credentials(credentials).build().await
    }

    /// The same as [`from_service_account_file`](Self::from_service_account_file) (Python's other name).
    #[cfg(feature = "google-auth")]
    pub async fn from_service_account_json(
        path: impl AsRef<std::path::Path>,
    ) -> Result<Self, ConfigError> {
        Self::from_service_account_file(path).await
    }

    /// A client authenticated with a parsed service-account key (Python's classmethod).
    #[cfg(feature = "google-auth")]
    pub async fn from_service_account_info(info: serde_json::Value) -> Result<Self, ConfigError> {
        let credentials = crate::Credentials::from_service_account_info(info)?;
        Self::builder().with_credentials(credentials).build().await
    }
}

impl ConversationsClient {
    /// Creates a conversation (the `send` of its builder).
    ///
    /// When retries are on and `conversation_id` is empty, the client fills in an id
    /// ([`retry::new_conversation_id`]) so that every attempt names the same conversation; if a
    /// retry meets `ALREADY_EXISTS`, an earlier attempt succeeded and that conversation is
    /// fetched and returned. With generated ids turned off, a request without an id is sent
    /// once, never retried.
    pub(crate) async fn send_create_conversation(
        &self,
        mut request: CreateConversationRequest,
        options: RequestOptions,
    ) -> Result<Conversation, Error> {
        let no_retry;
        let core = self.core();
        let mut policy = core.policy(Rpc::CreateConversation, &options);
        let mut rpc = Rpc::CreateConversation.info();
        // The name an earlier, lost attempt would have created, when the client chose the id.
        let mut generated_name = None;
        if request.conversation_id.is_empty() && policy.retries_enabled() {
            if core.connection().generated_ids() {
                request.conversation_id = retry::new_conversation_id();
                // Every attempt names the same conversation: repeating it is harmless.
                rpc = rpc.with_idempotent(true);
                generated_name = Some(format!(
                    "{}/conversations/{}",
                    request.parent, request.conversation_id
                ));
            } else {
                no_retry = RetryPolicy::none();
                policy = &no_retry;
            }
        }
        let last_attempt = AtomicU32::new(0);
        let result = core
            .call(rpc, policy, request, &options, |t, r, o| {
                last_attempt.fetch_add(1, Ordering::Relaxed);
                async move { t.as_ref().create_conversation(r, &o).await }
            })
            .await;
        match (result, generated_name) {
            (Err(e), Some(name))
                if e.code() == Code::AlreadyExists && last_attempt.load(Ordering::Relaxed) > 1 =>
            {
                tracing::debug!(%name, "a lost CreateConversation attempt succeeded; fetching it");
                self.get_conversation(name).with_options(options).await
            }
            (other, _) => other,
        }
    }
}
