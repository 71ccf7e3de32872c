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
#![deny(missing_docs)]
#![forbid(unsafe_code)]
#![cfg_attr(docsrs, feature(doc_cfg))]

pub mod auth;
mod code;
pub mod error;
pub mod lro;
mod options;
pub mod streaming;

pub use auth::{Anonymous, AuthHeaders, BearerToken};
pub use code::Code;
pub use error::{Error, ErrorDetail, ErrorKind};
pub use options::CallOptions;
