//! The request metadata both transports send: authentication, `x-goog-api-client`,
//! `x-goog-request-params` (routing), `x-goog-user-project` and the caller's headers.
// Without a wire feature only the tests use the header builder.
#![cfg_attr(not(any(feature = "grpc", feature = "rest")), allow(dead_code))]

use std::sync::Arc;

use http::header::{HeaderMap, HeaderName, HeaderValue, USER_AGENT};

pub use crate::generated::Rpc;
use crate::{AuthHeaders, CallOptions, Code, Error, ErrorKind};
pub(crate) use dialogflow_runtime::rpc::{RoutingFields, request_params};
pub use dialogflow_runtime::rpc::{RpcInfo, Streaming};

/// The header naming the client library and the wire.
pub const API_CLIENT_HEADER: &str = "x-goog-api-client";
/// The header carrying the routing fields of the request.
pub const REQUEST_PARAMS_HEADER: &str = "x-goog-request-params";
/// The header naming the project billed for quota.
pub const USER_PROJECT_HEADER: &str = "x-goog-user-project";

// The same names as `HeaderName`s, checked once at compile time instead of on every call.
const API_CLIENT: HeaderName = HeaderName::from_static(API_CLIENT_HEADER);
const REQUEST_PARAMS: HeaderName = HeaderName::from_static(REQUEST_PARAMS_HEADER);
const USER_PROJECT: HeaderName = HeaderName::from_static(USER_PROJECT_HEADER);

impl std::fmt::Display for Rpc {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// A request message that knows its RPC and its routing fields.
pub(crate) trait Routed {
    /// The RPC this request is for.
    const RPC: Rpc;
    /// The routing fields, `(field path, value)`, in the order of the RPC's HTTP bindings.
    fn routing_fields(&self) -> RoutingFields<'_>;
}

/// Which wire a header set is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Wire {
    /// gRPC (tonic).
    #[cfg_attr(not(feature = "grpc"), allow(dead_code))]
    Grpc,
    /// REST (hyper, JSON).
    #[cfg_attr(not(feature = "rest"), allow(dead_code))]
    Rest,
}

/// The `x-goog-api-client` value for a wire, e.g.
/// `gl-rust/1.88.0 gccl/0.1.0 gax/0.1.0 grpc/0.14`.
pub(crate) fn api_client(wire: Wire) -> String {
    let base = concat!(
        "gl-rust/",
        env!("DIALOGFLOW_TRANSPORT_RUSTC_VERSION"),
        " gccl/",
        env!("CARGO_PKG_VERSION"),
        " gax/",
        env!("CARGO_PKG_VERSION"),
    );
    match wire {
        Wire::Grpc => format!("{base} grpc/0.14"),
        Wire::Rest => format!("{base} rest/1"),
    }
}

/// What a transport knows, from its configuration, to build the headers of each call.
#[derive(Debug, Clone)]
pub(crate) struct HeaderContext {
    pub(crate) api_client: HeaderValue,
    /// The `user-agent` value.
    pub(crate) user_agent: Option<HeaderValue>,
    pub(crate) quota_project: Option<String>,
    pub(crate) auth: Arc<dyn AuthHeaders>,
}

impl HeaderContext {
    pub(crate) fn new(
        wire: Wire,
        user_agent: Option<&str>,
        quota_project: Option<String>,
        auth: Arc<dyn AuthHeaders>,
    ) -> Result<HeaderContext, Error> {
        let user_agent = user_agent
            .map(|ua| {
                HeaderValue::try_from(format!("{ua} {}", default_user_agent())).map_err(|_| {
                    Error::local(
                        Code::InvalidArgument,
                        ErrorKind::Config,
                        format!("user agent {ua:?} is not a valid header value"),
                    )
                })
            })
            .transpose()?
            .or_else(|| HeaderValue::try_from(default_user_agent()).ok());
        Ok(HeaderContext {
            api_client: HeaderValue::try_from(api_client(wire))
                .unwrap_or_else(|_| HeaderValue::from_static("gl-rust/unknown")),
            user_agent,
            quota_project,
            auth,
        })
    }

    /// The headers of one attempt: auth first, then the client's own, then the caller's
    /// metadata (which replaces a header of the same name).
    pub(crate) async fn headers(
        &self,
        routing: &RoutingFields<'_>,
        options: &CallOptions,
    ) -> Result<HeaderMap, Error> {
        options.validate()?;
        let mut headers = self.auth.headers().await?;
        for value in headers.values_mut() {
            value.set_sensitive(true);
        }
        // The client's own headers and the caller's, without growing the map one at a time.
        headers.reserve(4 + options.metadata.len());
        headers.insert(API_CLIENT, self.api_client.clone());
        if let Some(ua) = &self.user_agent {
            headers.insert(USER_AGENT, ua.clone());
        }
        let params = request_params(routing);
        if !params.is_empty() {
            // The `String` becomes the header's bytes without a copy.
            let value = HeaderValue::try_from(params).map_err(|e| {
                Error::with_cause(
                    Code::InvalidArgument,
                    ErrorKind::Request,
                    format!("header {REQUEST_PARAMS_HEADER}: not a valid header value"),
                    e,
                )
            })?;
            headers.insert(REQUEST_PARAMS, value);
        }
        let project = options
            .user_project
            .as_ref()
            .or(self.quota_project.as_ref());
        if let Some(project) = project.filter(|p| !p.is_empty()) {
            headers.insert(USER_PROJECT, header_value(USER_PROJECT_HEADER, project)?);
        }
        let mut replaced: Vec<&str> = Vec::new();
        // `options.validate()` above has checked every caller header already.
        for (name, value) in &options.metadata {
            let header = HeaderName::try_from(name.as_str()).map_err(|_| {
                Error::local(
                    Code::InvalidArgument,
                    ErrorKind::Request,
                    format!("call metadata {name:?}: not a valid header name"),
                )
            })?;
            let value = header_value(name, value)?;
            if replaced.contains(&name.as_str()) {
                headers.append(header, value);
            } else {
                headers.insert(header, value);
                replaced.push(name);
            }
        }
        Ok(headers)
    }
}

/// The user agent every request carries, after the caller's own.
pub(crate) fn default_user_agent() -> &'static str {
    concat!("dialogflow-rs/", env!("CARGO_PKG_VERSION"))
}

fn header_value(name: &str, value: &str) -> Result<HeaderValue, Error> {
    HeaderValue::try_from(value).map_err(|_| {
        Error::local(
            Code::InvalidArgument,
            ErrorKind::Request,
            format!("header {name}: {value:?} is not a valid header value"),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::auth::{Anonymous, BearerToken};
    use dialogflow_types::v2;

    fn block_on<F: std::future::Future>(f: F) -> F::Output {
        use std::task::{Context, Poll, Waker};
        let mut f = std::pin::pin!(f);
        let mut cx = Context::from_waker(Waker::noop());
        loop {
            if let Poll::Ready(v) = f.as_mut().poll(&mut cx) {
                return v;
            }
        }
    }

    #[test]
    fn rpc_names_and_paths() {
        // Conversations 11, ConversationProfiles 7, Participants 10, the mixins 5.
        assert_eq!(Rpc::ALL.len(), 33);
        assert_eq!(
            Rpc::StreamingAnalyzeContent.info().streaming(),
            Streaming::Bidi
        );
        assert_eq!(
            Rpc::StreamingAnalyzeContent.default_timeout(),
            std::time::Duration::from_secs(220)
        );
        assert_eq!(
            Rpc::SetSuggestionFeatureConfig.operation_info(),
            Some((
                "google.cloud.dialogflow.v2.ConversationProfile",
                "google.cloud.dialogflow.v2.SetSuggestionFeatureConfigOperationMetadata"
            ))
        );
        assert_eq!(
            Rpc::GetConversation.grpc_path(),
            "/google.cloud.dialogflow.v2.Conversations/GetConversation"
        );
        assert_eq!(
            Rpc::CancelOperation.grpc_path(),
            "/google.longrunning.Operations/CancelOperation"
        );
        assert_eq!(Rpc::ListLocations.to_string(), "ListLocations");
        for rpc in Rpc::ALL {
            let info = rpc.info();
            assert_eq!(info.name(), rpc.name());
            assert_eq!(info.service(), rpc.service());
            assert_eq!(info.idempotent(), rpc.idempotent());
            assert_eq!(info.default_timeout(), rpc.default_timeout());
            assert_eq!(info.retryable_codes(), rpc.retryable_codes());
            assert_eq!(info.streaming(), rpc.streaming());
        }
        assert!(!Rpc::CreateConversation.info().idempotent());
        assert!(Rpc::GetConversation.info().idempotent());
    }

    #[test]
    fn routing_params_per_rpc() {
        let r = v2::GetConversationRequest {
            name: "projects/p/locations/us-central1/conversations/c 1".into(),
        };
        assert_eq!(
            request_params(&r.routing_fields()),
            "name=projects/p/locations/us-central1/conversations/c%201"
        );
        let r = v2::GenerateStatelessSummaryRequest {
            stateless_conversation: Some(
                v2::generate_stateless_summary_request::MinimalConversation {
                    parent: "projects/p".into(),
                    ..Default::default()
                },
            ),
            ..Default::default()
        };
        assert_eq!(
            request_params(&r.routing_fields()),
            "stateless_conversation.parent=projects/p"
        );
        let r = v2::SearchKnowledgeRequest {
            conversation: "projects/p/conversations/c".into(),
            ..Default::default()
        };
        assert_eq!(
            request_params(&r.routing_fields()),
            "conversation=projects/p/conversations/c"
        );
        let r = v2::IngestContextReferencesRequest {
            conversation: "projects/p/locations/l/conversations/c&x=y".into(),
            ..Default::default()
        };
        assert_eq!(
            request_params(&r.routing_fields()),
            "conversation=projects/p/locations/l/conversations/c%26x%3Dy"
        );
        assert_eq!(
            request_params(&v2::ListMessagesRequest::default().routing_fields()),
            ""
        );
    }

    #[test]
    fn headers_of_an_attempt() {
        let ctx = HeaderContext::new(
            Wire::Rest,
            Some("my-app/1.0"),
            Some("quota-p".into()),
            Arc::new(BearerToken::new("secret-token").unwrap()),
        )
        .unwrap();
        let request = v2::ListConversationsRequest {
            parent: "projects/p".into(),
            ..Default::default()
        };
        let options = CallOptions::new()
            .with_metadata("x-trace", "1")
            .with_metadata("x-trace", "2")
            .with_metadata(REQUEST_PARAMS_HEADER, "parent=override");
        let headers = block_on(ctx.headers(&request.routing_fields(), &options)).unwrap();
        assert_eq!(headers["authorization"], "Bearer secret-token");
        assert!(headers["authorization"].is_sensitive());
        assert!(!format!("{headers:?}").contains("secret-token"));
        let api_client = headers[API_CLIENT_HEADER].to_str().unwrap();
        assert!(api_client.starts_with("gl-rust/"), "{api_client}");
        assert!(api_client.contains(" gccl/0.1.0 "), "{api_client}");
        assert!(api_client.ends_with(" rest/1"), "{api_client}");
        assert_eq!(headers[USER_PROJECT_HEADER], "quota-p");
        assert_eq!(headers[USER_AGENT], "my-app/1.0 dialogflow-rs/0.1.0");
        let traces: Vec<_> = headers.get_all("x-trace").iter().collect();
        assert_eq!(traces, ["1", "2"]);
        assert_eq!(headers[REQUEST_PARAMS_HEADER], "parent=override");

        // The per-call quota project wins; anonymous sends no authorization.
        let ctx = HeaderContext::new(
            Wire::Grpc,
            None,
            Some("quota-p".into()),
            Arc::new(Anonymous),
        )
        .unwrap();
        let options = CallOptions::new().with_user_project("other");
        let headers = block_on(ctx.headers(&request.routing_fields(), &options)).unwrap();
        assert_eq!(headers[USER_PROJECT_HEADER], "other");
        assert_eq!(headers[REQUEST_PARAMS_HEADER], "parent=projects/p");
        assert!(headers.get("authorization").is_none());
        assert_eq!(headers[USER_AGENT], "dialogflow-rs/0.1.0");
        assert!(
            headers[API_CLIENT_HEADER]
                .to_str()
                .unwrap()
                .ends_with(" grpc/0.14")
        );

        // Bad caller metadata fails the attempt before anything is sent.
        let options = CallOptions::new().with_metadata("x-data-bin", "AA==");
        let err = block_on(ctx.headers(&request.routing_fields(), &options)).unwrap_err();
        assert_eq!(err.code(), Code::InvalidArgument);
    }
}
