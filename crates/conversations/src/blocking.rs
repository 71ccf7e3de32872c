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

use dialogflow_transport::{ConversationsTransport, Error};
use tokio::runtime::Runtime;

use crate::builder::ClientBuilder;
use crate::options::ClientOptions;
use crate::pager::PagedResponse;
use dialogflow_runtime::ConfigError;

/// The blocking request builders, one per RPC (generated).
pub mod builders {
    /// The builders of [`ConversationsClient`](super::ConversationsClient)'s RPCs.
    pub mod conversations {
        pub use crate::generated::blocking_conversations::*;
    }
}

/// The blocking form of [`crate::ConversationsClient`]; cloning is cheap.
#[derive(Clone)]
pub struct ConversationsClient {
    pub(crate) client: crate::ConversationsClient,
    pub(crate) rt: Arc<Runtime>,
}

impl fmt::Debug for ConversationsClient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("blocking::ConversationsClient")
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

impl ConversationsClient {
    /// ADC, default endpoint, gRPC (or `DIALOGFLOW_EMULATOR_HOST`), as
    /// [`crate::ConversationsClient::new`].
    pub fn new() -> Result<Self, ConfigError> {
        Self::from_builder(ClientBuilder::new())
    }

    /// A client from options.
    pub fn from_options(options: ClientOptions) -> Result<Self, ConfigError> {
        Self::from_builder(ClientBuilder::from_options(options))
    }

    /// A client from a builder (all of [`crate::ConversationsClient::builder`]'s settings).
    pub fn from_builder(builder: ClientBuilder) -> Result<Self, ConfigError> {
        let rt = runtime()?;
        let client = rt.block_on(builder.build())?;
        Ok(ConversationsClient {
            client,
            rt: Arc::new(rt),
        })
    }

    /// A client over any transport (the mock, say).
    pub fn from_transport(transport: Arc<dyn ConversationsTransport>) -> Result<Self, ConfigError> {
        let rt = runtime()?;
        let client = crate::ConversationsClient::from_transport(transport);
        Ok(ConversationsClient {
            client,
            rt: Arc::new(rt),
        })
    }

    /// The async client underneath.
    pub fn async_client(&self) -> &crate::ConversationsClient {
        &self.client
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
    use dialogflow_transport::CallOptions;
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
