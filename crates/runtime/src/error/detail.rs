//! [`ErrorDetail`]: one decoded entry of `google.rpc.Status.details`.

use dialogflow_types::protobuf::Any;
use dialogflow_types::rpc::{
    BadRequest, DebugInfo, ErrorInfo, Help, LocalizedMessage, PreconditionFailure, QuotaFailure,
    RequestInfo, ResourceInfo, RetryInfo,
};
use prost::Name;

/// One decoded entry of `google.rpc.Status.details`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ErrorDetail {
    /// Why the error happened: a reason, a domain and metadata.
    ErrorInfo(ErrorInfo),
    /// Which fields of the request were wrong.
    BadRequest(BadRequest),
    /// How long to wait before retrying.
    RetryInfo(RetryInfo),
    /// Which quota checks failed.
    QuotaFailure(QuotaFailure),
    /// Which preconditions failed.
    PreconditionFailure(PreconditionFailure),
    /// The resource the error is about.
    ResourceInfo(ResourceInfo),
    /// The server-side request id, for support.
    RequestInfo(RequestInfo),
    /// Links to documentation.
    Help(Help),
    /// The error message in a given locale.
    LocalizedMessage(LocalizedMessage),
    /// Server debugging information.
    DebugInfo(DebugInfo),
    /// A detail of another type, in its binary form.
    Other(Any),
    /// A detail that came as JSON (REST) with a `@type` this crate does not know, kept verbatim.
    OtherJson(serde_json::Value),
}

impl ErrorDetail {
    /// Decodes a packed detail; types that are not error details, or that do not decode, are kept
    /// as [`ErrorDetail::Other`].
    pub fn from_any(any: Any) -> ErrorDetail {
        fn try_unpack<M: Name + Default>(
            any: &Any,
            wrap: fn(M) -> ErrorDetail,
        ) -> Option<ErrorDetail> {
            if any.is::<M>() {
                any.unpack::<M>().ok().map(wrap)
            } else {
                None
            }
        }
        let decoded = try_unpack(&any, ErrorDetail::ErrorInfo)
            .or_else(|| try_unpack(&any, ErrorDetail::BadRequest))
            .or_else(|| try_unpack(&any, ErrorDetail::RetryInfo))
            .or_else(|| try_unpack(&any, ErrorDetail::QuotaFailure))
            .or_else(|| try_unpack(&any, ErrorDetail::PreconditionFailure))
            .or_else(|| try_unpack(&any, ErrorDetail::ResourceInfo))
            .or_else(|| try_unpack(&any, ErrorDetail::RequestInfo))
            .or_else(|| try_unpack(&any, ErrorDetail::Help))
            .or_else(|| try_unpack(&any, ErrorDetail::LocalizedMessage))
            .or_else(|| try_unpack(&any, ErrorDetail::DebugInfo));
        decoded.unwrap_or(ErrorDetail::Other(any))
    }

    /// Decodes a detail in its proto3 JSON form (`{"@type": ..., ...}`); never fails: what cannot
    /// be decoded is kept as [`ErrorDetail::OtherJson`].
    pub fn from_json(value: serde_json::Value) -> ErrorDetail {
        match serde_json::from_value::<Any>(value.clone()) {
            Ok(any) => ErrorDetail::from_any(any),
            Err(_) => ErrorDetail::OtherJson(value),
        }
    }

    /// Packs the detail back into an `Any`; [`ErrorDetail::OtherJson`] gives `None`.
    pub fn to_any(&self) -> Option<Any> {
        Some(match self {
            ErrorDetail::ErrorInfo(m) => Any::pack(m),
            ErrorDetail::BadRequest(m) => Any::pack(m),
            ErrorDetail::RetryInfo(m) => Any::pack(m),
            ErrorDetail::QuotaFailure(m) => Any::pack(m),
            ErrorDetail::PreconditionFailure(m) => Any::pack(m),
            ErrorDetail::ResourceInfo(m) => Any::pack(m),
            ErrorDetail::RequestInfo(m) => Any::pack(m),
            ErrorDetail::Help(m) => Any::pack(m),
            ErrorDetail::LocalizedMessage(m) => Any::pack(m),
            ErrorDetail::DebugInfo(m) => Any::pack(m),
            ErrorDetail::Other(any) => any.clone(),
            ErrorDetail::OtherJson(_) => return None,
        })
    }

    /// The full protobuf type name of the detail, e.g. `google.rpc.ErrorInfo`.
    pub fn type_name(&self) -> String {
        match self {
            ErrorDetail::OtherJson(value) => value
                .get("@type")
                .and_then(|t| t.as_str())
                .map(|t| dialogflow_types::any::type_name(t).to_owned())
                .unwrap_or_default(),
            ErrorDetail::Other(any) => any.type_name().to_owned(),
            other => other
                .to_any()
                .map(|a| a.type_name().to_owned())
                .unwrap_or_default(),
        }
    }
}
