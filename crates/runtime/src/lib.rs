//! The service-agnostic runtime shared by every Dialogflow v2 client of this workspace.
//!
//! Nothing here knows a particular service or RPC: the transports
//! (`dialogflow-transport`) and the clients (`dialogflow-conversations`) build on it and
//! re-export what their users need, so most programs never name this crate.
//!
//! * [`Code`] and [`Error`]: the canonical codes and the one error type of both wires, with
//!   its [`ErrorKind`] and decoded [`ErrorDetail`]s.
//! * [`CallOptions`]: the settings of one attempt.
//! * [`AuthHeaders`]: the plug for credentials; [`Anonymous`] and [`BearerToken`] implement it.
//! * [`TransportConfig`]: endpoint, TLS, proxy and credentials, from which connections are made.
//! * [`RpcInfo`]: what the runtime needs to know of an RPC (name, idempotency, default timeout,
//!   retryable codes, [`Streaming`] kind) without knowing its service.
//!
//! # Features
//!
//! | feature | what it adds |
//! |---|---|
//! | (none) | the types above: no network code |
//! | `net` | the connection layer of the wires: `net` (TCP, proxy tunnel, rustls) and `pool` |
#![deny(missing_docs)]
#![forbid(unsafe_code)]
#![cfg_attr(docsrs, feature(doc_cfg))]

pub mod auth;
mod code;
pub mod config;
pub mod error;
#[cfg(feature = "net")]
pub mod net;
mod options;
#[cfg(feature = "net")]
pub mod pool;
pub mod rpc;

pub use auth::{Anonymous, AuthHeaders, BearerToken};
pub use code::Code;
pub use config::{Identity, ProxyMode, RootCerts, TlsConfig, TlsMode, TransportConfig};
pub use error::{Error, ErrorDetail, ErrorKind};
pub use options::CallOptions;
pub use rpc::{RpcInfo, Streaming};
