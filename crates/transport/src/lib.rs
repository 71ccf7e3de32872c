//! One attempt of each RPC of the Google Dialogflow v2 **Conversations** API, over gRPC or
//! REST, behind one object-safe trait.
//!
//! * [`ConversationsTransport`]: one async method per RPC of the `Conversations` service and of
//!   its `Operations` and `Locations` mixins. Each makes exactly one attempt; retries, overall
//!   deadlines and pagination belong to the client facade (`dialogflow-conversations`).
//! * [`CallOptions`]: the attempt timeout, caller metadata and quota project of one attempt.
//! * [`Error`]: one error type for both wires, with the canonical [`Code`], the message, the
//!   decoded error details and the HTTP status.
//! * [`AuthHeaders`]: the plug for credentials; [`Anonymous`] and [`BearerToken`] implement it.
//! * [`TransportConfig`]: endpoint, TLS, proxy and credentials, from which the transports are
//!   built.
//!
//! # Features
//!
//! | feature | what it adds |
//! |---|---|
//! | (none) | the trait and its types only: no network code |
//! | `grpc` | `GrpcTransport` (tonic, HTTP/2, rustls) |
//! | `rest` | `RestTransport` (hyper 1, HTTP/1.1 and HTTP/2, rustls, proto3 JSON) |
//! | `conversation-profiles` | [`ConversationProfilesTransport`] (the `ConversationProfiles` service) |
//! | `participants` | [`ParticipantsTransport`] (the `Participants` service; its streaming RPC over gRPC only) |
//! | `mock` | `MockConversationsTransport` (and the mock of each service compiled in) for unit tests |
//!
//! Every call of both transports sends the credentials' headers, `x-goog-api-client`,
//! `x-goog-request-params` (the routing field of the request), `x-goog-user-project` when a quota
//! project is set, and the caller's metadata.
#![deny(missing_docs)]
#![forbid(unsafe_code)]
#![cfg_attr(docsrs, feature(doc_cfg))]

pub use dialogflow_runtime::auth;
pub use dialogflow_runtime::config;
pub use dialogflow_runtime::error;
#[cfg(any(feature = "grpc", feature = "rest"))]
mod deadline;
mod generated;
pub mod metadata;

#[cfg(feature = "grpc")]
mod grpc;
#[cfg(feature = "rest")]
mod rest;

#[cfg(feature = "fuzzing")]
#[doc(hidden)]
pub mod fuzzing;

pub use config::{Identity, ProxyMode, RootCerts, TlsConfig, TlsMode, TransportConfig};
pub use dialogflow_runtime::{Anonymous, AuthHeaders, BearerToken, CallOptions, Code};
pub use dialogflow_runtime::{Error, ErrorDetail, ErrorKind};
// Each service's transport trait and mock, as its feature compiles them (see `generated/mod.rs`).
pub use generated::*;
#[cfg(feature = "grpc")]
pub use grpc::GrpcTransport;
pub use metadata::{Rpc, RpcInfo, Streaming};
#[cfg(feature = "rest")]
pub use rest::RestTransport;
