//! The service-agnostic runtime shared by every Dialogflow v2 client of this workspace.
//!
//! Nothing here knows a particular service or RPC: the transports
//! (`dialogflow-transport`) and the clients (`dialogflow-conversations`) build on it and
//! re-export what their users need, so most programs never name this crate.
//!
//! * [`Code`] and [`Error`]: the canonical codes and the one error type of both wires, with
//!   its [`ErrorKind`] and decoded [`ErrorDetail`]s.
//! * [`CallOptions`]: the settings of one attempt.
//! * [`lro`]: a typed long-running operation and the poller that waits on it.
//! * [`streaming`]: the sender and receiver of a bidirectional streaming call.
//! * [`AuthHeaders`]: the plug for credentials; [`Anonymous`] and [`BearerToken`] implement it.
//! * [`TransportConfig`]: endpoint, TLS, proxy and credentials, from which connections are made.
//! * [`RpcInfo`]: what the runtime needs to know of an RPC (name, idempotency, default timeout,
//!   retryable codes, [`Streaming`] kind) without knowing its service.
//! * [`ClientOptions`] and [`RequestOptions`]: the options of a client and of one call, for
//!   every service; [`endpoint`] and [`credentials`] resolve them.
//! * [`Connection`]: options resolved once, with the credentials and the connection pool that
//!   every client made from it shares, whatever its service.
//! * [`pager`]: the lazy pages and items of list calls.
//! * [`retry`]: the policy layer, over the [`RetryStrategy`] and [`BackoffStrategy`] traits;
//!   [`RetryPolicy`] is the default of both.
//!
//! # Features
//!
//! | feature | what it adds |
//! |---|---|
//! | (none) | the types above: no network code |
//! | `net` | the connection layer of the wires: `net` (TCP, proxy tunnel, rustls) and `pool` |
//! | `grpc`, `rest` | `net`, and which wire [`Transport::default`] picks (gRPC when compiled in) |
//! | `google-auth` | `net`, and real Google credentials implemented here (ADC, service-account keys, user credentials, metadata server) |
//! | `google-cloud-auth` | `google-auth`, plus `Credentials::from_google` and the `external_account` / `impersonated_service_account` files through Google's `google-cloud-auth` crate |
#![deny(missing_docs)]
#![forbid(unsafe_code)]
#![cfg_attr(docsrs, feature(doc_cfg))]

pub mod auth;
mod call;
mod code;
pub mod config;
mod config_error;
mod connection;
pub mod credentials;
pub mod endpoint;
pub mod error;
pub mod lro;
#[cfg(feature = "net")]
pub mod net;
pub mod options;
pub mod pager;
#[cfg(feature = "net")]
pub mod pool;
pub mod retry;
pub mod rpc;
pub mod streaming;

pub use auth::{Anonymous, AuthHeaders, BearerToken};
pub use call::CallOptions;
pub use code::Code;
pub use config::{Identity, ProxyMode, RootCerts, TlsConfig, TlsMode, TransportConfig};
pub use config_error::ConfigError;
pub use connection::Connection;
pub use credentials::Credentials;
pub use endpoint::{ClientCertSource, ClientIdentity, get_mtls_endpoint_and_cert_source};
pub use error::{Error, ErrorDetail, ErrorKind};
pub use options::{ClientOptions, CustomTransport, RequestOptions, Transport};
pub use retry::{BackoffStrategy, RetryContext, RetryPolicy, RetryStrategy};
pub use rpc::{RpcInfo, Streaming};
