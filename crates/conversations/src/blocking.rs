//! A blocking client, for programs without an async runtime (like `reqwest::blocking`).
//!
//! [`ConversationsClient`] owns a single-threaded Tokio runtime and runs each
//! call of the async client on it to completion. Each RPC has the same request builder as on
//! the async client, with `send()` in place of `.await`; pages and items become iterators.
//!
//! Do not use it from inside an async runtime: blocking a runtime's thread on
//! another runtime panics (use the async client there).
//!
//! ```no_run
//! use dialogflow_conversations::blocking::ConversationsClient;
//!
//! # fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! let client = ConversationsClient::new()?;
//! for conversation in client.list_conversations("projects/my-project").by_item() {
//!     println!("{}", conversation?.name);
//! }
//! # Ok(()) }
//! ```

use std::fmt;
use std::sync::Arc;

use dialogflow_runtime::lro::{self, Progress};
use dialogflow_transport::Error;
use prost::{Message, Name};
use tokio::runtime::Runtime;

use crate::builder::ClientBuilder;
use crate::options::ClientOptions;
use crate::pager::PagedResponse;
use crate::service::ServiceClient;
use dialogflow_runtime::ConfigError;

#[cfg(feature = "participants")]
mod stream;
#[cfg(feature = "participants")]
pub use stream::{StreamReceiver, StreamSender};

/// The blocking request builders, one per RPC (generated).
pub mod builders {
    /// The builders of [`ConversationsClient`](super::ConversationsClient)'s RPCs.
    pub mod conversations {
        pub use crate::generated::blocking_conversations::*;
    }

    /// The builders of [`ConversationProfilesClient`](super::ConversationProfilesClient)'s RPCs.
    #[cfg(feature = "conversation-profiles")]
    pub mod conversation_profiles {
        pub use crate::generated::blocking_conversation_profiles::*;
    }

    /// The builders of [`ParticipantsClient`](super::ParticipantsClient)'s RPCs.
    #[cfg(feature = "participants")]
    pub mod participants {
        pub use crate::generated::blocking_participants::*;
    }
}

/// A blocking client: the async client `C` with a single-threaded runtime of its own that
/// runs each call to completion. Cloning is cheap (clones share the runtime).
#[derive(Clone)]
pub struct Blocking<C> {
    pub(crate) client: C,
    pub(crate) rt: Arc<Runtime>,
}

/// The blocking form of [`crate::ConversationsClient`].
pub type ConversationsClient = Blocking<crate::ConversationsClient>;

/// The blocking form of [`crate::ConversationProfilesClient`].
#[cfg(feature = "conversation-profiles")]
pub type ConversationProfilesClient = Blocking<crate::ConversationProfilesClient>;

/// The blocking form of [`crate::ParticipantsClient`].
#[cfg(feature = "participants")]
pub type ParticipantsClient = Blocking<crate::ParticipantsClient>;

impl<C: fmt::Debug> fmt::Debug for Blocking<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = std::any::type_name::<C>().rsplit("::").next().unwrap_or("");
        f.debug_struct(&format!("blocking::{name}"))
            .field("client", &self.client)
            .finish_non_exhaustive()
    }
}

fn runtime() -> Result<Runtime, ConfigError> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| ConfigError::Transport {
            message: format!("cannot start the blocking client's runtime: {e}"),
        })
}

impl<C: ServiceClient> Blocking<C> {
    /// ADC, default endpoint, gRPC (or `DIALOGFLOW_EMULATOR_HOST`), as the async client's
    /// `new`.
    pub fn new() -> Result<Self, ConfigError> {
        Self::from_builder(ClientBuilder::for_client())
    }

    /// A client from options.
    pub fn from_options(options: ClientOptions) -> Result<Self, ConfigError> {
        Self::from_builder(ClientBuilder::for_client_from_options(options))
    }

    /// A client from a builder (all of the async client's `builder()` settings).
    pub fn from_builder(builder: ClientBuilder<C>) -> Result<Self, ConfigError> {
        let rt = runtime()?;
        let client = rt.block_on(builder.build())?;
        Ok(Blocking {
            client,
            rt: Arc::new(rt),
        })
    }

    /// A client over any transport of the service (the mock, say).
    pub fn from_transport(transport: Arc<C::Transport>) -> Result<Self, ConfigError> {
        let rt = runtime()?;
        Ok(Blocking {
            client: C::from_transport(transport),
            rt: Arc::new(rt),
        })
    }

    /// The async client underneath.
    pub fn async_client(&self) -> &C {
        &self.client
    }
}

/// Waits on one long-running operation, blocking: [`lro::Poller`] run on the client's runtime.
/// As an iterator, it gives each step until the operation finishes.
pub struct Poller<R, M> {
    inner: lro::Poller<R, M>,
    rt: Arc<Runtime>,
}

impl<R, M> fmt::Debug for Poller<R, M> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("blocking::Poller")
            .field("inner", &self.inner)
            .finish_non_exhaustive()
    }
}

impl<R, M> Poller<R, M>
where
    R: Message + Name + Default + Send + 'static,
    M: Message + Name + Default + Send + 'static,
{
    pub(crate) fn new(inner: lro::Poller<R, M>, rt: Arc<Runtime>) -> Self {
        Poller { inner, rt }
    }

    /// Sets the polling policy.
    pub fn with_policy(self, policy: lro::PollingPolicy) -> Self {
        Poller {
            inner: self.inner.with_policy(policy),
            rt: self.rt,
        }
    }

    /// The operation's name.
    pub fn name(&self) -> &str {
        self.inner.name()
    }

    /// The operation as last seen, if it has been seen.
    pub fn latest(&self) -> Option<&lro::Operation<R, M>> {
        self.inner.latest()
    }

    /// The latest metadata, if any was seen (an error if it is not an `M`).
    pub fn metadata(&self) -> Result<Option<M>, Error> {
        self.inner.metadata()
    }

    /// Asks the service to cancel the operation.
    pub fn cancel(&self) -> Result<(), Error> {
        self.rt.block_on(self.inner.cancel())
    }

    /// Polls until the operation finishes: its result, or the first error.
    pub fn until_done(self) -> Result<R, Error> {
        self.rt.block_on(self.inner.until_done())
    }
}

impl<R, M> Iterator for Poller<R, M>
where
    R: Message + Name + Default + Send + 'static,
    M: Message + Name + Default + Send + 'static,
{
    type Item = Progress<R, M>;

    fn next(&mut self) -> Option<Self::Item> {
        self.rt.block_on(self.inner.next())
    }
}

/// The pages of a list call, as an iterator; each page is fetched when it is reached.
pub struct Pages<Resp> {
    inner: crate::pager::Pages<Resp>,
    rt: Arc<Runtime>,
}

impl<Resp> fmt::Debug for Pages<Resp> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("blocking::Pages").finish_non_exhaustive()
    }
}

impl<Resp: PagedResponse> Pages<Resp> {
    pub(crate) fn new(inner: crate::pager::Pages<Resp>, rt: Arc<Runtime>) -> Self {
        Pages { inner, rt }
    }
}

impl<Resp: PagedResponse> Iterator for Pages<Resp> {
    type Item = Result<Resp, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        self.rt.block_on(self.inner.next())
    }
}

/// The items of every page of a list call, as an iterator; pages are fetched when reached.
pub struct Items<T> {
    inner: crate::pager::Items<T>,
    rt: Arc<Runtime>,
}

impl<T> fmt::Debug for Items<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("blocking::Items").finish_non_exhaustive()
    }
}

impl<T> Items<T> {
    pub(crate) fn new(inner: crate::pager::Items<T>, rt: Arc<Runtime>) -> Self {
        Items { inner, rt }
    }

    /// Fetches every page and returns all the items, or the first error.
    pub fn all(self) -> Result<Vec<T>, Error> {
        self.rt.block_on(self.inner.all())
    }
}

impl<T> Iterator for Items<T> {
    type Item = Result<T, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        self.rt.block_on(self.inner.next())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dialogflow_transport::{CallOptions, ConversationsTransport};
    use dialogflow_types::v2::{Conversation, ListConversationsRequest, ListConversationsResponse};

    /// Three pages of two conversations each.
    #[derive(Debug)]
    struct ThreePages;

    #[async_trait::async_trait]
    impl ConversationsTransport for ThreePages {
        async fn list_conversations(
            &self,
            request: ListConversationsRequest,
            _options: &CallOptions,
        ) -> Result<ListConversationsResponse, Error> {
            let page: usize = request.page_token.parse().unwrap_or(0);
            Ok(ListConversationsResponse {
                conversations: (0..2)
                    .map(|i| Conversation {
                        name: format!("{}/conversations/c{}", request.parent, page * 2 + i),
                        ..Default::default()
                    })
                    .collect(),
                next_page_token: if page < 2 {
                    (page + 1).to_string()
                } else {
                    String::new()
                },
            })
        }
    }

    #[test]
    fn pagers_are_iterators_and_page_by_page() {
        let client = ConversationsClient::from_transport(Arc::new(ThreePages)).unwrap();
        let names: Vec<String> = client
            .list_conversations("projects/p")
            .by_item()
            .map(|c| c.unwrap().name)
            .collect();
        assert_eq!(names.len(), 6);
        assert_eq!(names[5], "projects/p/conversations/c5");
        let all = client.list_conversations("projects/p").by_item().all();
        assert_eq!(all.unwrap().len(), 6);
        let mut pages = 0;
        for page in client.list_conversations("projects/p").by_page() {
            assert_eq!(page.unwrap().conversations.len(), 2);
            pages += 1;
        }
        assert_eq!(pages, 3);
        // One page alone.
        let first = client.list_conversations("projects/p").send().unwrap();
        assert_eq!(first.next_page_token, "1");
        // An RPC the transport does not serve fails cleanly.
        let err = client
            .get_conversation("projects/p/conversations/x")
            .send()
            .unwrap_err();
        assert_eq!(err.code(), dialogflow_transport::Code::Unimplemented);
        assert!(format!("{client:?}").contains("blocking::ConversationsClient"));
    }
}
