//! The `ConversationsClient` for the Google Dialogflow v2 Conversations API.
//!
//! This crate is what applications touch. [`ConversationsClient`] resolves the
//! endpoint, TLS and credentials from [`ClientOptions`] and the environment
//! (see [`endpoint`] and [`credentials`]), picks a transport from
//! `dialogflow-transport` (gRPC by default, or REST, or any implementation of
//! the transport trait such as the mock), and wraps every call in the policy
//! layer of [`retry`]: an overall deadline, retries with exponential backoff
//! and full jitter, per-call overrides through [`RequestOptions`]. List calls
//! return lazy [pagers](pager). [`blocking::ConversationsClient`] serves
//! programs without an async runtime.
//!
//! ```no_run
//! use futures::TryStreamExt;
//! use dialogflow_conversations::ConversationsClient;
//! use dialogflow_types::v2::Conversation;
//!
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! let client = ConversationsClient::new().await?;
//! let created = client
//!     .create_conversation("projects/my-project", Conversation {
//!         conversation_profile: "projects/my-project/conversationProfiles/p".into(),
//!         ..Default::default()
//!     })
//!     .await?;
//! let messages: Vec<_> = client.list_messages(&created.name).into_stream().try_collect().await?;
//! println!("{} has {} messages", created.name, messages.len());
//! # Ok(()) }
//! ```
//!
//! # Features
//!
//! | feature | default | what it adds |
//! |---|---|---|
//! | `grpc` | yes | the gRPC transport |
//! | `rest` | yes | the REST transport |
//! | `google-auth` | yes | real Google credentials through `google-cloud-auth` (rustls + *ring*, no aws-lc-rs). Without it: anonymous, API-key and your own `AuthHeaders` credentials |
//! | `mock` | no | re-exports `MockConversationsTransport` and the `mockall` crate (see [Testing your code](#testing-your-code)) |
//!
//! # Environment
//!
//! | variable | effect |
//! |---|---|
//! | `DIALOGFLOW_EMULATOR_HOST` | `host:port` of an emulator: plaintext, anonymous |
//! | `GOOGLE_API_USE_CLIENT_CERTIFICATE` | `true`/`false`: use a client certificate (mTLS) |
//! | `GOOGLE_API_USE_MTLS_ENDPOINT` | `never`/`auto`/`always`: use the mTLS endpoint |
//! | `GOOGLE_CLOUD_UNIVERSE_DOMAIN` | the universe domain (default `googleapis.com`) |
//! | `GOOGLE_API_CERTIFICATE_CONFIG` | the certificate config file for mTLS |
//! | `GOOGLE_APPLICATION_CREDENTIALS` | the credentials file of Application Default Credentials |

#![deny(missing_docs)]

pub mod blocking;
mod builder;
mod client;
pub mod credentials;
pub mod endpoint;
mod error;
pub mod options;
pub mod pager;
mod paths;
pub mod retry;

pub use builder::ClientBuilder;
pub use client::{ConversationsClient, RequestOptions};
pub use credentials::Credentials;
#[cfg(feature = "mock")]
pub use dialogflow_transport::MockConversationsTransport;
pub use dialogflow_transport::{
    CallOptions, Code, ConversationsTransport, Error, ErrorKind, RootCerts,
};
/// The request, response and resource messages (`dialogflow-types`), so that code using the
/// client, and its tests, need no separate dependency to name them.
pub use dialogflow_types as types;
pub use endpoint::{ClientCertSource, ClientIdentity, get_mtls_endpoint_and_cert_source};
pub use error::ConfigError;
/// The `mockall` crate `MockConversationsTransport` is made with (`Sequence`, `predicate`,
/// `times`...), so that tests need no second, possibly different, version of it.
#[cfg(feature = "mock")]
pub use mockall;
pub use options::{ClientOptions, Transport};
pub use retry::RetryPolicy;
