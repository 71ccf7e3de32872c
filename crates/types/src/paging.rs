//! How a list RPC's messages carry their pages (AIP-158): the request's page token, the
//! response's next token and items.
//!
//! Implemented here for every list RPC of the API, so that a pager anywhere (the runtime's
//! `Pager`) can follow the tokens of any of them.
//!
//! ```
//! use dialogflow_types::longrunning::{ListOperationsRequest, ListOperationsResponse, Operation};
//! use dialogflow_types::paging::{PagedRequest, PagedResponse};
//!
//! let mut request = ListOperationsRequest::default();
//! request.set_page_token("t2".into());
//! assert_eq!(request.page_token(), "t2");
//!
//! let page = ListOperationsResponse {
//!     operations: vec![Operation::default()],
//!     next_page_token: "t3".into(),
//!     ..Default::default()
//! };
//! assert_eq!(page.next_page_token(), "t3");
//! assert_eq!(page.into_items().len(), 1);
//! ```

/// A list request that carries a page token.
pub trait PagedRequest: Clone + Send + Sync + 'static {
    /// The token of the page to fetch (empty for the first page).
    fn page_token(&self) -> &str;
    /// Sets the token of the page to fetch.
    fn set_page_token(&mut self, token: String);
}

/// A list response: one page of items and the token of the next page.
pub trait PagedResponse: Send + 'static {
    /// The listed item.
    type Item: Send + 'static;
    /// The token of the next page (empty on the last page).
    fn next_page_token(&self) -> &str;
    /// The page's items.
    fn into_items(self) -> Vec<Self::Item>;
}

include!("generated/paging.rs");
