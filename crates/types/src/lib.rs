//! Messages of the Google Dialogflow v2 **Conversations**, **Participants** and
//! **ConversationProfiles** APIs and their companions (`google.longrunning.Operations`,
//! `google.cloud.location.Locations`, `google.rpc` status and error details), with both wire
//! forms:
//!
//! * the protobuf binary form, through [`prost::Message`];
//! * the proto3 JSON form used by the REST surface, through `serde` (every message implements
//!   `Serialize` and `Deserialize` following the proto3 JSON mapping).
//!
//! The messages are generated at build time from the project's own `.proto` files by a pure-Rust
//! protobuf compiler, so no `protoc` is needed. gRPC stubs (tonic) are generated only when the
//! `grpc-client` or `grpc-server` feature is on.
//!
//! # Example
//!
#![cfg_attr(feature = "conversations", doc = "```")]
#![cfg_attr(not(feature = "conversations"), doc = "```ignore")]
//! use dialogflow_types::v2::{Conversation, conversation::LifecycleState};
//! use prost::Message as _;
//!
//! let conversation = Conversation {
//!     name: "projects/my-project/conversations/c-1".into(),
//!     lifecycle_state: LifecycleState::InProgress as i32,
//!     conversation_profile: "projects/my-project/conversationProfiles/p-1".into(),
//!     ..Default::default()
//! };
//!
//! // Binary round trip.
//! let bytes = conversation.encode_to_vec();
//! assert_eq!(Conversation::decode(bytes.as_slice()).unwrap(), conversation);
//!
//! // proto3 JSON round trip: lowerCamelCase names, enums as names.
//! let json = serde_json::to_string(&conversation).unwrap();
//! assert!(json.contains(r#""lifecycleState":"IN_PROGRESS""#));
//! assert_eq!(serde_json::from_str::<Conversation>(&json).unwrap(), conversation);
//! ```
//!
//! # Features
//!
//! The messages of `google.cloud.dialogflow.v2` come with the service that uses them: each is
//! compiled when at least one service feature whose RPCs reach it (through their requests,
//! responses and long-running operation types) is on. None is on by default; the other
//! packages are always there.
//!
//! | feature | what it adds |
//! |---|---|
//! | `conversations` | the `Conversations` service's messages (and its stubs, with `grpc-*`) |
//! | `participants` | the `Participants` service's messages |
//! | `conversation-profiles` | the `ConversationProfiles` service's messages |
//! | `grpc-client` | tonic client stubs, e.g. `v2::conversations_client::ConversationsClient` |
//! | `grpc-server` | tonic server traits, e.g. `v2::conversations_server::Conversations` |
#![deny(missing_docs)]
#![forbid(unsafe_code)]
#![cfg_attr(docsrs, feature(doc_cfg))]

pub mod any;
#[doc(hidden)]
#[cfg(feature = "fuzzing")]
pub mod fuzzing;

// Runs the code blocks of the README as doctests, so its example stays correct.
#[doc = include_str!("../README.md")]
#[cfg(all(doctest, feature = "conversations"))]
pub struct ReadmeDoctests;
pub mod http;
pub mod json;
pub mod paging;
mod wkt;

/// Generated code for Google's protobuf packages, one module per package.
pub mod google {
    /// Well-known types (`Timestamp`, `Duration`, `Any`, `Struct`, `FieldMask`, ...), with their
    /// special proto3 JSON forms and conversions to and from `std` types.
    #[allow(missing_docs, clippy::all)]
    pub mod protobuf {
        include!("generated/google.protobuf.rs");
        pub use crate::wkt::{DurationError, TimestampError};
    }

    /// Annotation types of the API definition (HTTP rules, field behaviour, resource descriptors).
    #[allow(missing_docs, clippy::all)]
    pub mod api {
        include!("generated/google.api.rs");
    }

    /// `google.rpc`: the `Status` carried by every error, its canonical `Code`s and the standard
    /// error-detail messages.
    #[allow(missing_docs, clippy::all)]
    pub mod rpc {
        include!("generated/google.rpc.rs");
        include!("generated/google.rpc.serde.rs");
    }

    /// `google.longrunning`: long-running operations and the `Operations` mixin service.
    #[allow(missing_docs, clippy::all)]
    pub mod longrunning {
        include!("generated/google.longrunning.rs");
        include!("generated/google.longrunning.serde.rs");
    }

    /// `google.type`: common types (`LatLng`, the location in query parameters).
    #[allow(missing_docs, clippy::all)]
    pub mod r#type {
        include!("generated/google.type.rs");
        include!("generated/google.type.serde.rs");
    }

    /// Google Cloud packages.
    pub mod cloud {
        /// `google.cloud.location`: the `Locations` mixin service.
        #[allow(missing_docs, clippy::all)]
        pub mod location {
            include!("generated/google.cloud.location.rs");
            include!("generated/google.cloud.location.serde.rs");
        }

        /// Dialogflow packages.
        pub mod dialogflow {
            /// `google.cloud.dialogflow.v2`: the services and every message they use, each
            /// behind the features of the services that reach it.
            #[allow(missing_docs, clippy::all)]
            pub mod v2 {
                include!("generated/google.cloud.dialogflow.v2.rs");
                include!("generated/google.cloud.dialogflow.v2.serde.rs");
            }
        }
    }
}

pub use google::cloud::dialogflow::v2;
pub use google::cloud::location;
pub use google::longrunning;
pub use google::protobuf;
pub use google::rpc;

/// The encoded `google.protobuf.FileDescriptorSet` of every `.proto` file this crate was built
/// from, with the custom options (`google.api.http`, field behaviour, resources) kept and
/// without source info. [`http::methods`] reads the HTTP bindings from it.
///
/// Decode it with `prost_types::FileDescriptorSet` or a reflection library to read the API's
/// options at run time.
pub const FILE_DESCRIPTOR_SET: &[u8] = include_bytes!("generated/descriptor.bin");
