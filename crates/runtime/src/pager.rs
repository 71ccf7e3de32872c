//! Pages and items of list calls (AIP-158), as lazy streams.
//!
//! A client's list builder hands a [`Pager`] a function that fetches one page through the
//! client's retry layer; [`Pages`] and [`Items`] then follow `next_page_token` until the server
//! returns an empty one. Nothing is fetched before it is asked for, and every page goes through
//! the same per-call options. The request and response types say how to read their tokens and
//! items through [`PagedRequest`] and [`PagedResponse`], which `dialogflow-types` implements for
//! every list RPC.
//!
//! ```
//! # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
//! use std::sync::Arc;
//! use dialogflow_runtime::pager::{Pager, Pages};
//! use dialogflow_types::longrunning::{ListOperationsRequest, ListOperationsResponse, Operation};
//!
//! // A fake server with two pages: token "" gives op-1 and token "2" gives op-2.
//! let pager = Pager::new(
//!     ListOperationsRequest::default(),
//!     Arc::new(|request: ListOperationsRequest| {
//!         Box::pin(async move {
//!             let (name, next) = match request.page_token.as_str() {
//!                 "" => ("op-1", "2"),
//!                 _ => ("op-2", ""),
//!             };
//!             Ok(ListOperationsResponse {
//!                 operations: vec![Operation { name: name.into(), ..Default::default() }],
//!                 next_page_token: next.into(),
//!                 ..Default::default()
//!             })
//!         }) as futures::future::BoxFuture<'static, Result<_, dialogflow_runtime::Error>>
//!     }),
//! );
//! let names: Vec<String> = Pages::new(pager).items().all().await.unwrap()
//!     .into_iter().map(|op: Operation| op.name).collect();
//! assert_eq!(names, ["op-1", "op-2"]);
//! # });
//! ```

use std::fmt;
use std::sync::Arc;

use crate::{Code, Error, ErrorKind};
use std::pin::Pin;
use std::task::{Context, Poll};

use futures::future::BoxFuture;
use futures::stream::{self, BoxStream, Stream, StreamExt};

pub use dialogflow_types::paging::{PagedRequest, PagedResponse};

/// Fetches one page (the client's retry layer included).
pub type Fetch<Req, Resp> =
    Arc<dyn Fn(Req) -> BoxFuture<'static, Result<Resp, Error>> + Send + Sync>;

/// A lazy pager over a list call: the state behind [`Pages`] and [`Items`].
pub struct Pager<Req, Resp> {
    fetch: Fetch<Req, Resp>,
    request: Req,
    done: bool,
    stuck: Option<Error>,
}

impl<Req: fmt::Debug, Resp> fmt::Debug for Pager<Req, Resp> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Pager")
            .field("request", &self.request)
            .field("done", &self.done)
            .finish_non_exhaustive()
    }
}

impl<Req, Resp> Pager<Req, Resp>
where
    Req: PagedRequest,
    Resp: PagedResponse,
{
    /// A pager that starts from `request` (its page token included) and fetches with `fetch`.
    pub fn new(request: Req, fetch: Fetch<Req, Resp>) -> Self {
        Pager {
            fetch,
            request,
            done: false,
            stuck: None,
        }
    }

    /// Fetches the next page; `None` once the last page was returned or after an error.
    ///
    /// A server that answers a token with the same token would loop forever:
    /// that page is returned, then the pager ends with an `INTERNAL` error.
    pub async fn next_page(&mut self) -> Option<Result<Resp, Error>> {
        if let Some(err) = self.stuck.take() {
            self.done = true;
            return Some(Err(err));
        }
        if self.done {
            return None;
        }
        let sent = self.request.page_token().to_string();
        match (self.fetch)(self.request.clone()).await {
            Ok(page) => {
                let next = page.next_page_token();
                if next.is_empty() {
                    self.done = true;
                } else if next == sent {
                    // Keep this page's items; the next call reports the loop.
                    self.stuck = Some(Error::local(
                        Code::Internal,
                        ErrorKind::Decode,
                        format!("the server answered page token {sent:?} with the same token"),
                    ));
                } else {
                    let next = next.to_string();
                    self.request.set_page_token(next);
                }
                Some(Ok(page))
            }
            Err(e) => {
                self.done = true;
                Some(Err(e))
            }
        }
    }

    /// A stream of whole pages, fetched as it is read.
    pub fn into_pages(self) -> BoxStream<'static, Result<Resp, Error>>
    where
        Req: 'static,
    {
        stream::unfold(self, |mut pager| async move {
            pager.next_page().await.map(|page| (page, pager))
        })
        .boxed()
    }
}

/// The pages of a list call, each fetched when it is reached: a [`Stream`], with an inherent
/// [`next`](Self::next) so that no trait import is needed.
#[must_use = "pages are fetched only as they are read"]
pub struct Pages<Resp> {
    inner: BoxStream<'static, Result<Resp, Error>>,
}

impl<Resp> fmt::Debug for Pages<Resp> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Pages").finish_non_exhaustive()
    }
}

impl<Resp: PagedResponse> Pages<Resp> {
    /// The pages of `pager`.
    pub fn new<Req: PagedRequest>(pager: Pager<Req, Resp>) -> Self {
        Pages {
            inner: pager.into_pages(),
        }
    }

    /// The next page; `None` after the last page or after an error.
    ///
    /// A server that answers a token with the same token would loop forever: that page is
    /// returned, then the stream ends with an `INTERNAL` error.
    pub async fn next(&mut self) -> Option<Result<Resp, Error>> {
        self.inner.next().await
    }

    /// The items of every page, in order; an error ends the stream.
    pub fn items(self) -> Items<Resp::Item> {
        Items {
            inner: self
                .inner
                .flat_map(|page| match page {
                    Ok(page) => stream::iter(page.into_items().into_iter().map(Ok)).left_stream(),
                    Err(e) => stream::once(async move { Err(e) }).right_stream(),
                })
                .boxed(),
        }
    }
}

impl<Resp> Stream for Pages<Resp> {
    type Item = Result<Resp, Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.inner.poll_next_unpin(cx)
    }
}

/// The items of every page of a list call, pages fetched as they are reached: a [`Stream`],
/// with an inherent [`next`](Self::next) and [`all`](Self::all).
#[must_use = "items are fetched only as they are read"]
pub struct Items<T> {
    inner: BoxStream<'static, Result<T, Error>>,
}

impl<T> fmt::Debug for Items<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Items").finish_non_exhaustive()
    }
}

impl<T> Items<T> {
    /// The next item; `None` after the last one or after an error.
    pub async fn next(&mut self) -> Option<Result<T, Error>> {
        self.inner.next().await
    }

    /// Fetches every page and returns all the items, or the first error.
    pub async fn all(mut self) -> Result<Vec<T>, Error> {
        let mut items = Vec::new();
        while let Some(item) = self.inner.next().await {
            items.push(item?);
        }
        Ok(items)
    }
}

impl<T> Stream for Items<T> {
    type Item = Result<T, Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.inner.poll_next_unpin(cx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dialogflow_types::v2::{Conversation, ListConversationsRequest, ListConversationsResponse};
    use futures::TryStreamExt;
    use std::sync::Mutex;

    /// The public streams over a pager, under the names these tests use.
    impl<Req: PagedRequest, Resp: PagedResponse> Pager<Req, Resp> {
        fn into_stream(self) -> Items<Resp::Item> {
            Pages::new(self).items()
        }

        async fn all(self) -> Result<Vec<Resp::Item>, Error> {
            self.into_stream().all().await
        }
    }

    /// A fake server: `pages[i]` answers token `i` (token "" is page 0).
    fn fake(
        pages: Vec<Vec<&'static str>>,
        seen: Arc<Mutex<Vec<String>>>,
    ) -> Fetch<ListConversationsRequest, ListConversationsResponse> {
        Arc::new(move |req: ListConversationsRequest| {
            seen.lock().unwrap().push(req.page_token.clone());
            let index: usize = if req.page_token.is_empty() {
                0
            } else {
                req.page_token.parse().unwrap()
            };
            let page = ListConversationsResponse {
                conversations: pages[index]
                    .iter()
                    .map(|n| Conversation {
                        name: n.to_string(),
                        ..Default::default()
                    })
                    .collect(),
                next_page_token: if index + 1 < pages.len() {
                    (index + 1).to_string()
                } else {
                    String::new()
                },
            };
            Box::pin(async move { Ok(page) })
        })
    }

    fn names(items: Vec<Conversation>) -> Vec<String> {
        items.into_iter().map(|c| c.name).collect()
    }

    #[tokio::test]
    async fn every_item_exactly_once_and_lazily() {
        let table: Vec<Vec<Vec<&str>>> = vec![
            vec![vec![]],
            vec![vec!["a"]],
            vec![vec!["a", "b"], vec!["c"], vec!["d", "e"]],
            vec![vec![], vec!["a"], vec![], vec!["b"]],
        ];
        for pages in table {
            let want: Vec<String> = pages.iter().flatten().map(|s| s.to_string()).collect();
            let seen = Arc::new(Mutex::new(Vec::new()));
            let pager = Pager::new(
                ListConversationsRequest::default(),
                fake(pages.clone(), seen.clone()),
            );
            assert!(seen.lock().unwrap().is_empty(), "nothing fetched yet");
            let got: Vec<Conversation> = pager.into_stream().try_collect().await.unwrap();
            assert_eq!(names(got), want);
            assert_eq!(seen.lock().unwrap().len(), pages.len());

            let seen = Arc::new(Mutex::new(Vec::new()));
            let all = Pager::new(
                ListConversationsRequest::default(),
                fake(pages.clone(), seen),
            )
            .all()
            .await
            .unwrap();
            assert_eq!(names(all), want);

            let seen = Arc::new(Mutex::new(Vec::new()));
            let n = Pager::new(
                ListConversationsRequest::default(),
                fake(pages.clone(), seen),
            )
            .into_pages()
            .count()
            .await;
            assert_eq!(n, pages.len());
        }
    }

    #[tokio::test]
    async fn reading_part_of_the_stream_fetches_only_what_is_needed() {
        let seen = Arc::new(Mutex::new(Vec::new()));
        let pager = Pager::new(
            ListConversationsRequest::default(),
            fake(vec![vec!["a", "b"], vec!["c"], vec!["d"]], seen.clone()),
        );
        let first: Vec<_> = pager.into_stream().take(2).try_collect().await.unwrap();
        assert_eq!(names(first), ["a", "b"]);
        assert_eq!(*seen.lock().unwrap(), [""]);
    }

    #[tokio::test]
    async fn an_error_ends_the_stream() {
        let calls = Arc::new(Mutex::new(0));
        let c = calls.clone();
        let fetch: Fetch<ListConversationsRequest, ListConversationsResponse> =
            Arc::new(move |_req| {
                *c.lock().unwrap() += 1;
                Box::pin(async { Err(Error::new(Code::PermissionDenied, "no")) })
            });
        let mut pager = Pager::new(ListConversationsRequest::default(), fetch);
        assert_eq!(
            pager.next_page().await.unwrap().unwrap_err().code(),
            Code::PermissionDenied
        );
        assert!(pager.next_page().await.is_none());
        assert_eq!(*calls.lock().unwrap(), 1);
    }

    #[tokio::test]
    async fn a_repeated_token_is_an_error_not_a_loop() {
        let fetch: Fetch<ListConversationsRequest, ListConversationsResponse> = Arc::new(|_req| {
            Box::pin(async {
                Ok(ListConversationsResponse {
                    conversations: vec![Conversation::default()],
                    next_page_token: "same".into(),
                })
            })
        });
        let items: Vec<_> = Pager::new(ListConversationsRequest::default(), fetch)
            .into_stream()
            .collect()
            .await;
        // Page 1 (token "") and page 2 (token "same"), then the error.
        assert_eq!(items.len(), 3);
        assert_eq!(items[2].as_ref().unwrap_err().code(), Code::Internal);
    }

    #[tokio::test]
    async fn the_request_keeps_its_fields_across_pages() {
        let seen = Arc::new(Mutex::new(Vec::new()));
        let s = seen.clone();
        let fetch: Fetch<ListConversationsRequest, ListConversationsResponse> =
            Arc::new(move |req: ListConversationsRequest| {
                s.lock().unwrap().push(req.clone());
                let next = if req.page_token.is_empty() { "t1" } else { "" };
                Box::pin(async move {
                    Ok(ListConversationsResponse {
                        conversations: vec![],
                        next_page_token: next.into(),
                    })
                })
            });
        let request = ListConversationsRequest {
            parent: "projects/p".into(),
            page_size: 7,
            filter: "lifecycle_state = \"COMPLETED\"".into(),
            page_token: String::new(),
        };
        Pager::new(request, fetch).all().await.unwrap();
        let seen = seen.lock().unwrap();
        assert_eq!(seen.len(), 2);
        for r in seen.iter() {
            assert_eq!(r.parent, "projects/p");
            assert_eq!(r.page_size, 7);
            assert_eq!(r.filter, "lifecycle_state = \"COMPLETED\"");
        }
        assert_eq!(seen[1].page_token, "t1");
    }
}
