//! The `ConversationsClient` for the Google Dialogflow v2 Conversations API.
//!
//! This crate is what applications touch. [`ConversationsClient`] resolves the
//! endpoint, TLS and credentials from [`ClientOptions`] and the environment
//! (see [`endpoint`] and [`credentials`]), picks a transport from
//! `dialogflow-transport` (gRPC by default, or REST, or any implementation of
//! the transport trait such as the mock), and wraps every call in the policy
//! layer of [`retry`]: an overall deadline, retries with exponential backoff
//! and full jitter, per-call overrides through [`RequestOptions`]. List calls
//! return lazy [pagers](pager). With the `blocking` feature (on by default),
//! `blocking::ConversationsClient` serves programs without an async runtime.
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
//! let messages: Vec<_> = client.list_messages(&created.name).by_item().try_collect().await?;
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
//! | `google-auth` | yes | real Google credentials (ADC, service-account keys, user credentials, metadata server), implemented by `dialogflow-runtime` on rustls + *ring* (no aws-lc-rs). Without it: anonymous, API-key and your own `AuthHeaders` credentials |
//! | `google-cloud-auth` | no | `google-auth`, plus `Credentials::from_google` and `external_account` / `impersonated_service_account` files through Google's `google-cloud-auth` crate |
//! | `conversation-profiles` | yes | [`ConversationProfilesClient`] and its builders (without it, the profiles' request code is not compiled) |
//! | `participants` | yes | [`ParticipantsClient`] and its builders: participants, `AnalyzeContent`, the `Suggest*` RPCs, and `StreamingAnalyzeContent` (gRPC only) |
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

//!
//! # Testing your code
//!
//! Three ways, none needing credentials (the crate README has them in full, with code):
//!
//! * **The mock** (feature `mock`): `ConversationsClient::from_transport(Arc::new(mock))`
//!   over a [`MockConversationsTransport`](https://docs.rs/dialogflow-transport), or
//!   [`ClientBuilder::with_custom_transport`] to choose the retry policy and timeout too. The
//!   feature re-exports `mockall` (`mockall::Sequence`, `mockall::predicate`) and [`types`]
//!   holds the messages. The mock sees one call per *attempt*: under the default
//!   [`RetryPolicy`], an `UNAVAILABLE` from it is retried for up to 60 s, so tests either set
//!   [`RetryPolicy::none()`] (or short backoffs) or run on Tokio's paused clock
//!   (`#[tokio::test(start_paused = true)]`, tokio's `test-util` feature), which skips the
//!   backoff sleeps.
//! * **The emulator in the test's process** (`dialogflow-emulator`):
//!   `ClientBuilder::with_emulator_host(handle.host())`, which means plaintext and anonymous
//!   credentials. An `http://` endpoint given to `with_api_endpoint` would keep Application
//!   Default Credentials instead.
//! * **The emulator in its own process**: `DIALOGFLOW_EMULATOR_HOST=127.0.0.1:8085` in the
//!   tests' environment; REST-only users keep tonic (which the emulator library needs) out of
//!   their build this way.
//!
//! Without any credentials (no `GOOGLE_APPLICATION_CREDENTIALS`, no gcloud file, no metadata
//! server) and no emulator, `build()` fails within a few seconds with
//! [`ConfigError::NoCredentials`], which names what was tried and how to fix it.

#![deny(missing_docs)]

#[cfg(feature = "blocking")]
pub mod blocking;
mod builder;
mod client;
/// Credentials (the runtime's `credentials` module, re-exported).
pub use dialogflow_runtime::credentials;
/// Endpoint and mTLS selection (the runtime's `endpoint` module, re-exported).
pub use dialogflow_runtime::endpoint;
#[cfg(feature = "fuzzing")]
#[doc(hidden)]
pub mod fuzzing;
mod generated;
/// Client and request options (the runtime's `options` module, re-exported).
pub use dialogflow_runtime::options;
pub use dialogflow_runtime::pager;
mod service;
pub use pager::{Items, Pages};
#[cfg(feature = "participants")]
mod long_call;
#[cfg(feature = "participants")]
mod participants;
mod paths;
#[cfg(feature = "participants")]
mod streams;
/// The policy layer (the runtime's `retry` module, re-exported).
pub use dialogflow_runtime::retry;

/// The request builders of the async clients, one per RPC (generated).
pub mod builders {
    /// The builders of [`ConversationsClient`](crate::ConversationsClient)'s RPCs.
    pub mod conversations {
        pub use crate::generated::conversations::*;
    }

    /// The builders of [`ConversationProfilesClient`](crate::ConversationProfilesClient)'s RPCs.
    #[cfg(feature = "conversation-profiles")]
    pub mod conversation_profiles {
        pub use crate::generated::conversation_profiles::*;
    }

    /// The builders of [`ParticipantsClient`](crate::ParticipantsClient)'s RPCs.
    #[cfg(feature = "participants")]
    pub mod participants {
        pub use crate::generated::participants::*;
    }
}

/// A request message that a client can send: its type names the RPC and the request builder.
///
/// Generated for every request message of every client, async and blocking, so that
/// `client.request(message)` is the builder of that message's RPC:
///
/// ```no_run
/// use dialogflow_conversations::{ConversationsClient, RequestOptions};
/// use dialogflow_types::v2::GetConversationRequest;
///
/// # async fn demo(client: ConversationsClient) -> Result<(), dialogflow_conversations::Error> {
/// let request = GetConversationRequest { name: "projects/p/conversations/c".into() };
/// let conversation = client.request(request).with_options(RequestOptions::new()).await?;
/// # let _ = conversation; Ok(()) }
/// ```
pub trait ClientRequest<C>: Sized {
    /// The request builder of the message's RPC.
    type Builder;
    /// The builder of this request on `client`.
    fn into_builder(self, client: &C) -> Self::Builder;
}

pub use builder::ClientBuilder;
/// Long-running operations: [`Operation`](lro::Operation), [`Poller`](lro::Poller) and
/// [`PollingPolicy`](lro::PollingPolicy) (the runtime's `lro` module, re-exported).
pub use dialogflow_runtime::lro;
/// The two halves of a streaming call (the runtime's `streaming` module, re-exported).
pub use dialogflow_runtime::streaming;
pub use dialogflow_runtime::{
    BackoffStrategy, ClientCertSource, ClientIdentity, ClientOptions, ConfigError, Connection,
    Credentials, CustomTransport, RequestOptions, RetryContext, RetryPolicy, RetryStrategy,
    Transport, get_mtls_endpoint_and_cert_source,
};
#[cfg(feature = "conversation-profiles")]
pub use dialogflow_transport::ConversationProfilesTransport;
#[cfg(all(feature = "mock", feature = "conversation-profiles"))]
pub use dialogflow_transport::MockConversationProfilesTransport;
#[cfg(feature = "mock")]
pub use dialogflow_transport::MockConversationsTransport;
#[cfg(all(feature = "mock", feature = "participants"))]
pub use dialogflow_transport::MockParticipantsTransport;
#[cfg(feature = "participants")]
pub use dialogflow_transport::ParticipantsTransport;
pub use dialogflow_transport::{
    CallOptions, Code, ConversationsTransport, Error, ErrorKind, RootCerts,
};
/// The request, response and resource messages (`dialogflow-types`), so that code using the
/// client, and its tests, need no separate dependency to name them.
pub use dialogflow_types as types;
#[cfg(feature = "conversation-profiles")]
pub use generated::conversation_profiles::ConversationProfilesClient;
pub use generated::conversations::ConversationsClient;
#[cfg(feature = "participants")]
pub use generated::participants::ParticipantsClient;
#[cfg(feature = "participants")]
pub use long_call::{LongCall, LongCallReceiver, LongCallSender};
/// The `mockall` crate `MockConversationsTransport` is made with (`Sequence`, `predicate`,
/// `times`...), so that tests need no second, possibly different, version of it.
#[cfg(feature = "mock")]
pub use mockall;
pub use service::ServiceClient;
