//! Entry points shared by the fuzz targets and the tests that replay their corpora. Not part
//! of the public API.

use serde::de::DeserializeOwned;

use crate::Error;

fn decode_json<T: DeserializeOwned>(body: &[u8]) -> Result<T, Error> {
    crate::error::decode_json_body(body)
}

/// Decodes a REST response the way the REST transport does: a 2xx status decodes `body` as the
/// response message of the RPC chosen by `selector` (modulo the number of RPCs), any other
/// status maps the body to an [`Error`]. Returns whether it decoded; must never panic.
pub fn decode_rest_response(selector: u8, status: u16, body: &[u8]) -> Result<(), Error> {
    if !(200..300).contains(&status) {
        let err = Error::from_http_response(status, body);
        // Exercise the rest of the error's surface too.
        let _ = (err.to_string(), err.to_status(), err.retry_delay());
        return Err(err);
    }
    // Every response type of the API (in the order of `Rpc::ALL`), then a status, an empty
    // body and any JSON.
    let decoders = crate::generated::RESPONSE_DECODERS;
    match usize::from(selector) % (decoders.len() + 3) {
        i if i < decoders.len() => decoders[i](body),
        i if i == decoders.len() => decode_json::<dialogflow_types::rpc::Status>(body).map(drop),
        i if i == decoders.len() + 1 => crate::error::decode_empty_body(body),
        _ => decode_json::<serde_json::Value>(body).map(drop),
    }
}

/// Decodes a 2xx REST body as one response type, reporting only whether it decoded.
pub(crate) type Decoder = fn(&[u8]) -> Result<(), Error>;

/// Decodes a 2xx REST body as one response type (the generated table holds one per type).
pub(crate) fn decode_response<T: DeserializeOwned>(body: &[u8]) -> Result<(), Error> {
    decode_json::<T>(body).map(drop)
}

/// The fuzz target's body: input `[selector, status_hi, status_lo, body...]`; shorter inputs are
/// ignored (`None`).
pub fn fuzz_one(data: &[u8]) -> Option<Result<(), Error>> {
    let [selector, hi, lo, body @ ..] = data else {
        return None;
    };
    Some(decode_rest_response(
        *selector,
        u16::from_be_bytes([*hi, *lo]),
        body,
    ))
}

// --- REST request building -------------------------------------------------------------------

/// How a server decodes a REST request back into a request message: given the verb, the path
/// and query, and the body, it returns the gRPC path of the RPC it routes the request to and the
/// request message as proto3 JSON, or why it refuses the request. The fuzz target and the
/// corpus replay test pass `dialogflow_emulator::fuzzing::rest_decode` (the emulator is not a
/// dependency of this crate).
#[cfg(feature = "rest")]
pub type RestDecoder<'a> =
    &'a dyn Fn(&str, &str, &[u8]) -> Result<(String, serde_json::Value), String>;

/// Builds the REST request of a request message the way the REST transport does, and checks it.
///
/// Input: `[selector, message...]`: the selector picks the RPC (modulo the number of RPCs, in
/// the order of the RPC table), the rest is its request message in the protobuf binary format.
/// Inputs that are empty or do not decode are ignored (`None`). Otherwise returns what the
/// builder gave, after checking it, and panics when a check fails:
///
/// * an error is `INVALID_ARGUMENT` of kind [`Request`](crate::ErrorKind::Request), with a
///   message;
/// * a URL is an origin-form request target (`http::uri::PathAndQuery`) under `/v2/`, with no
///   dot segment (`.` or `..`: proxies and URL libraries would remove them, changing the
///   resource), ending with the system parameter `$alt=json;enum-encoding=int`, and its verb
///   and path route back to the same RPC by the API's HTTP bindings;
/// * a body is a JSON object, present exactly when the binding has one;
/// * with a `server`, the server routes the request to the same RPC and decodes it into a
///   message equal to the original (compared in proto3 JSON form, where an unset message field
///   named as the binding's body compares equal to an empty one: the builder sends `{}` for it).
#[cfg(feature = "rest")]
pub fn check_rest_request(
    data: &[u8],
    server: Option<RestDecoder<'_>>,
) -> Option<Result<(), Error>> {
    let (selector, message) = data.split_first()?;
    let checks = crate::generated::REST_REQUEST_CHECKS;
    checks[usize::from(*selector) % checks.len()](message, server)
}

#[cfg(feature = "rest")]
pub(crate) mod rest_checks {
    use dialogflow_types::json::JsonCodec;
    use prost::Message;
    use serde::Serialize;
    use serde::de::DeserializeOwned;
    use serde_json::Value;

    use super::RestDecoder;
    use crate::metadata::Routed;
    use crate::rest::request::{ALT_PARAM, build, take_path};
    use crate::{Code, Error, ErrorKind};

    /// The check of one RPC: its request message, in the protobuf binary form, and a server.
    pub(crate) type Check = fn(&[u8], Option<RestDecoder<'_>>) -> Option<Result<(), Error>>;

    /// The check of a streaming RPC: it has no REST request to build, so there is nothing to
    /// check.
    pub(crate) fn grpc_only(_: &[u8], _: Option<RestDecoder<'_>>) -> Option<Result<(), Error>> {
        None
    }

    /// Builds the REST request of one request message and checks it (see `check_rest_request`).
    pub(crate) fn check<R>(
        message: &[u8],
        server: Option<RestDecoder<'_>>,
    ) -> Option<Result<(), Error>>
    where
        R: Routed + Serialize + DeserializeOwned + JsonCodec + Message + Default,
    {
        let request = R::decode(message).ok()?;
        let rpc = R::RPC;
        let built = match build(&request) {
            Ok(built) => built,
            Err(err) => {
                assert_eq!(err.code(), Code::InvalidArgument, "{rpc}: {err}");
                assert_eq!(err.kind(), ErrorKind::Request, "{rpc}: {err}");
                assert!(
                    !err.message().trim().is_empty(),
                    "{rpc}: an error without a message"
                );
                return Some(Err(err));
            }
        };
        let (verb, url) = (built.method, built.url.as_str());

        // The URL: an origin-form request target under /v2/, ending with the system parameter.
        let target = http::uri::PathAndQuery::try_from(url)
            .unwrap_or_else(|e| panic!("{rpc}: {url:?} is not a path and query: {e}"));
        assert_eq!(target.as_str(), url, "{rpc}");
        let path = target.path();
        assert!(path.starts_with("/v2/"), "{rpc}: {url:?}");
        let query = target
            .query()
            .unwrap_or_else(|| panic!("{rpc}: no query in {url:?}"));
        assert!(
            query == ALT_PARAM || query.ends_with(&format!("&{ALT_PARAM}")),
            "{rpc}: {url:?} does not end with {ALT_PARAM}"
        );
        assert_eq!(query.matches(ALT_PARAM).count(), 1, "{rpc}: {url:?}");
        http::Uri::try_from(format!("https://dialogflow.googleapis.com{url}"))
            .unwrap_or_else(|e| panic!("{rpc}: {url:?} does not make a URI: {e}"));
        assert!(
            path.split('/').all(|s| s != "." && s != ".."),
            "{rpc}: {url:?} has a dot segment"
        );

        // The verb and path route back to this RPC by the API's own bindings.
        let Some((routed, rule, _)) = dialogflow_types::http::route(verb, path) else {
            panic!("{rpc}: {verb} {path} routes to no RPC");
        };
        assert_eq!(
            routed.grpc_path,
            rpc.grpc_path(),
            "{rpc}: {verb} {path} routes to {}",
            routed.method
        );

        // The body: a JSON object, exactly when the binding has one.
        let body = built.body.as_deref();
        let body_field = rule.body.as_deref().filter(|b| !b.is_empty());
        assert_eq!(body.is_some(), body_field.is_some(), "{rpc}: {verb} {url}");
        if let Some(body) = body {
            let value: Value = serde_json::from_slice(body).unwrap_or_else(|e| {
                panic!(
                    "{rpc}: the body is not JSON ({e}): {:?}",
                    String::from_utf8_lossy(body)
                )
            });
            assert!(
                value.is_object(),
                "{rpc}: the body is not an object: {value}"
            );
        }

        // The round trip: the server makes the same request of it.
        if let Some(server) = server {
            let (grpc_path, json) = server(verb.as_str(), url, body.unwrap_or_default())
                .unwrap_or_else(|e| {
                    panic!(
                        "{rpc}: the server refuses {verb} {url} {:?}: {e}",
                        body.map(String::from_utf8_lossy)
                    )
                });
            assert_eq!(grpc_path, rpc.grpc_path(), "{rpc}: {verb} {url}");
            let decoded: R = serde_json::from_value(json.clone()).unwrap_or_else(|e| {
                panic!("{rpc}: the server's request {json} does not decode: {e}")
            });
            let mut sent = serde_json::to_value(&request)
                .unwrap_or_else(|e| panic!("{rpc}: built, but not writable as JSON: {e}"));
            let mut received = serde_json::to_value(&decoded)
                .unwrap_or_else(|e| panic!("{rpc}: the decoded request is not writable: {e}"));
            if let (Some(field), Some(sent), Some(received)) = (
                body_field.filter(|f| *f != "*"),
                sent.as_object_mut(),
                received.as_object_mut(),
            ) {
                // The builder sends an unset body field as `{}`, which decodes as an empty
                // message: the body field is compared apart, with that allowance.
                let (sent_body, received_body) =
                    (take_path(sent, field), take_path(received, field));
                let unset_as_empty =
                    sent_body.is_none() && received_body == Some(Value::Object(Default::default()));
                assert!(
                    sent_body == received_body || unset_as_empty,
                    "{rpc}: body field {field}: sent {sent_body:?}, decoded {received_body:?}"
                );
            }
            assert_eq!(
                sent,
                received,
                "{rpc}: {verb} {url} {:?} decodes to another request",
                body.map(String::from_utf8_lossy)
            );
        }
        Some(Ok(()))
    }
}
