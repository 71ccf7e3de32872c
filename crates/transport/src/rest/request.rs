//! Building a REST request from a request message and the RPC's `google.api.http` bindings
//! (read from the proto descriptors by `dialogflow_types::http`).

use dialogflow_types::http::{self, HttpMethod};
use dialogflow_types::json::JsonCodec;
use std::collections::BTreeMap;

use serde_json::value::RawValue;
use serde_json::{Map, Value};

use super::query;
use crate::metadata::{Routed, RoutingFields};
use crate::{Code, Error, ErrorKind, Rpc};

/// The system parameter every request carries: JSON responses with enums as numbers, so that
/// values this build does not know survive decoding. `$`, `;` and `=` may stand unescaped in a
/// query (RFC 3986 sub-delimiters), which spares the server a decoding step.
pub(crate) const ALT_PARAM: &str = "$alt=json;enum-encoding=int";

/// The HTTP form of one request.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct RestRequest {
    pub(crate) method: HttpMethod,
    /// The path and the query string (origin form), percent-encoded.
    pub(crate) url: String,
    /// The JSON body, when the binding has one.
    pub(crate) body: Option<Vec<u8>>,
}

fn request_error(message: String) -> Error {
    Error::local(Code::InvalidArgument, ErrorKind::Request, message)
}

/// Removes the field at a dotted proto path (`stateless_conversation.parent`) from a JSON
/// object whose keys are proto3 JSON names, returning it.
pub(crate) fn take_path(object: &mut Map<String, Value>, path: &str) -> Option<Value> {
    let (parents, last) = match path.rsplit_once('.') {
        Some((parents, last)) => (Some(parents), last),
        None => (None, path),
    };
    let mut current = object;
    for part in parents.into_iter().flat_map(|p| p.split('.')) {
        let key = current.keys().find(|k| query::same_path(k, part))?.clone();
        current = current.get_mut(&key)?.as_object_mut()?;
    }
    let key = current.keys().find(|k| query::same_path(k, last))?.clone();
    current.remove(&key)
}

/// Builds the path and query (the pool adds the scheme and authority when the connection
/// needs them) and the body of `request` for its RPC.
///
/// The routing field goes in the path; the body is the whole request but that field
/// (binding body `*`), one field of it, or nothing; the fields left over are query
/// parameters. Only the request's JSON depends on its type (through [`JsonCodec`], compiled
/// in dialogflow-types); the rest is [`build_from_json`], one function for every RPC.
pub(crate) fn build<R: Routed + JsonCodec>(request: &R) -> Result<RestRequest, Error> {
    let json = request.encode_json().map_err(|e| {
        Error::with_cause(
            Code::InvalidArgument,
            ErrorKind::Request,
            format!("{}: the request cannot be written as JSON", R::RPC),
            e,
        )
    })?;
    build_from_json(R::RPC, &request.routing_fields(), &json)
}

/// [`build`] for a request already written as proto3 JSON.
pub(crate) fn build_from_json(
    rpc: Rpc,
    fields: &RoutingFields<'_>,
    json: &[u8],
) -> Result<RestRequest, Error> {
    let bindings = http::method(rpc.grpc_path())
        .ok_or_else(|| request_error(format!("{rpc} has no HTTP binding in the API definition")))?;
    let mut url = String::with_capacity(96);
    let rule = bindings.rules.iter().find(|rule| {
        let field = rule.template.field();
        fields
            .iter()
            .find(|(name, _)| *name == field)
            .is_some_and(|(_, value)| rule.template.expand_into(value, &mut url))
    });
    let Some(rule) = rule else {
        let given: Vec<String> = fields
            .iter()
            .map(|(name, value)| format!("{name} = {value:?}"))
            .collect();
        let expected: Vec<String> = bindings
            .rules
            .iter()
            .map(|r| r.template.to_string())
            .collect();
        return Err(request_error(format!(
            "{rpc}: {} fits no HTTP binding (expected one of {})",
            given.join(", "),
            expected.join(", ")
        )));
    };
    let path_field = rule.template.field();
    let body_field = rule.body.as_deref().filter(|b| !b.is_empty());
    url.push('?');
    let query_start = url.len();
    let body = match split_members(json, path_field, body_field, &mut url) {
        Some(body) => body,
        None => {
            url.truncate(query_start);
            split_object(rpc, json, path_field, body_field, &mut url)?
        }
    };
    if !url.ends_with('?') {
        url.push('&');
    }
    url.push_str(ALT_PARAM);
    Ok(RestRequest {
        method: rule.method,
        url,
        body,
    })
}

/// The split of the request's JSON into path, body and query for the common bindings: the
/// path field and the body field (if any) are members of the request itself, not of a
/// message inside it. Only the top level is parsed; the body is made of the members' JSON
/// text as the codec wrote it, without parsing and writing it again. Appends the query
/// parameters to `url` and returns the body; `None` when the binding or the JSON needs the
/// general form, [`split_object`].
fn split_members(
    json: &[u8],
    path_field: &str,
    body_field: Option<&str>,
    url: &mut String,
) -> Option<Option<Vec<u8>>> {
    if path_field.contains('.') || body_field.is_some_and(|b| b.contains('.')) {
        return None;
    }
    // Borrowed keys: a key with an escape in it (none of the API's names has one) fails
    // here and takes the general form.
    let mut members: BTreeMap<&str, &RawValue> = serde_json::from_slice(json).ok()?;
    members.retain(|key, _| !query::same_path(key, path_field));
    let body = match body_field {
        None => None,
        Some("*") => {
            let mut body = Vec::with_capacity(json.len());
            body.push(b'{');
            for (i, (key, value)) in std::mem::take(&mut members).into_iter().enumerate() {
                if i > 0 {
                    body.push(b',');
                }
                body.push(b'"');
                body.extend_from_slice(key.as_bytes());
                body.extend_from_slice(b"\":");
                body.extend_from_slice(value.get().as_bytes());
            }
            body.push(b'}');
            Some(body)
        }
        Some(field) => {
            let key = members.keys().copied().find(|k| query::same_path(k, field));
            Some(match key.and_then(|k| members.remove(k)) {
                Some(value) => value.get().as_bytes().to_vec(),
                None => b"{}".to_vec(),
            })
        }
    };
    for (key, value) in members {
        // Query parameters are scalars or small messages: parse only these.
        let value: Value = serde_json::from_str(value.get()).ok()?;
        query::write_member(key, &value, url);
    }
    Some(body)
}

/// The general split: the request's JSON parsed whole, the path and body fields taken out
/// of it wherever they are nested, the body written again. Appends the query parameters to
/// `url` and returns the body.
fn split_object(
    rpc: Rpc,
    json: &[u8],
    path_field: &str,
    body_field: Option<&str>,
    url: &mut String,
) -> Result<Option<Vec<u8>>, Error> {
    let mut object = match serde_json::from_slice(json) {
        Ok(Value::Object(object)) => object,
        Ok(_) => {
            return Err(request_error(format!(
                "{rpc}: the request is not a JSON object"
            )));
        }
        Err(e) => {
            return Err(Error::with_cause(
                Code::InvalidArgument,
                ErrorKind::Request,
                format!("{rpc}: the request's JSON does not parse"),
                e,
            ));
        }
    };
    // The path field is in the URL already; the rest is the body, or query parameters, or both.
    take_path(&mut object, path_field);
    let body = match body_field {
        None => None,
        Some("*") => Some(Value::Object(std::mem::take(&mut object))),
        Some(field) => {
            Some(take_path(&mut object, field).unwrap_or_else(|| Value::Object(Map::new())))
        }
    };
    query::write_query(&object, url);
    body.map(|body| {
        serde_json::to_vec(&body).map_err(|e| {
            Error::with_cause(
                Code::InvalidArgument,
                ErrorKind::Request,
                format!("{rpc}: the request body cannot be written as JSON"),
                e,
            )
        })
    })
    .transpose()
}

#[cfg(test)]
mod tests {
    use super::*;
    use dialogflow_types::{location, longrunning, v2};

    /// Both splits of `json`: the query each appended and its body, as JSON.
    fn both_splits(
        path: &str,
        body: Option<&str>,
        json: &str,
    ) -> ((String, Option<Value>), (String, Option<Value>)) {
        let parse = |b: Option<Vec<u8>>| b.map(|b| serde_json::from_slice::<Value>(&b).unwrap());
        let mut fast_url = String::from("?");
        let fast = split_members(json.as_bytes(), path, body, &mut fast_url)
            .expect("the member split takes this binding");
        let mut general_url = String::from("?");
        let general = split_object(
            Rpc::GetConversation,
            json.as_bytes(),
            path,
            body,
            &mut general_url,
        )
        .unwrap();
        ((fast_url, parse(fast)), (general_url, parse(general)))
    }

    #[test]
    fn the_member_split_agrees_with_the_general_one() {
        let cases = [
            ("name", None, r#"{"name":"projects/p/conversations/c"}"#),
            (
                "parent",
                None,
                r#"{"parent":"p","pageSize":7,"filter":"a = \"b\"","tags":["x","y z"]}"#,
            ),
            (
                "parent",
                Some("conversation"),
                r#"{"parent":"p","conversation":{"z":1,"a":[1,{"k":"v"}]},"conversationId":"x"}"#,
            ),
            (
                "parent",
                Some("conversation"),
                r#"{"parent":"p","conversationId":"x"}"#,
            ),
            (
                "participant",
                Some("*"),
                r#"{"participant":"p","textInput":{"text":"h\u00e9\"llo"},"requestId":"r","a":null}"#,
            ),
            ("name", Some("*"), r#"{"name":"n"}"#),
            (
                "stateless_conversation",
                None,
                r#"{"statelessConversation":"s","latestMessage":{"name":"m","x":[]}}"#,
            ),
        ];
        for (path, body, json) in cases {
            let (fast, general) = both_splits(path, body, json);
            assert_eq!(fast, general, "{path} {body:?} {json}");
        }
    }

    #[test]
    fn nested_fields_and_escaped_keys_take_the_general_split() {
        let mut url = String::new();
        let json = br#"{"statelessConversation":{"parent":"p"}}"#;
        assert!(
            split_members(json, "stateless_conversation.parent", Some("*"), &mut url).is_none()
        );
        assert!(split_members(br#"{"na\u006de":"n"}"#, "name", None, &mut url).is_none());
        assert!(split_members(b"[1]", "name", None, &mut url).is_none());
        // Through `build_from_json`, the general split answers, from a clean query.
        let r = build_from_json(
            Rpc::GetConversation,
            &RoutingFields::from([("name", "projects/p/conversations/c")]),
            br#"{"na\u006de":"projects/p/conversations/c","x":"1"}"#,
        )
        .unwrap();
        assert_eq!(
            r.url,
            format!("/v2/projects/p/conversations/c?x=1&{ALT_PARAM}")
        );
    }

    fn body_json(r: &RestRequest) -> Value {
        serde_json::from_slice(r.body.as_deref().expect("a body")).unwrap()
    }

    #[test]
    fn take_path_finds_proto_paths_among_json_names() {
        let mut object = serde_json::json!({
            "statelessConversation": {"parent": "p", "messages": []},
            "name": "n",
        });
        let object = object.as_object_mut().unwrap();
        assert_eq!(
            take_path(object, "stateless_conversation.parent"),
            Some(Value::from("p"))
        );
        assert_eq!(take_path(object, "name"), Some(Value::from("n")));
        assert_eq!(take_path(object, "stateless_conversation.parent"), None);
        assert_eq!(take_path(object, "missing.parent"), None);
        assert_eq!(
            Value::Object(object.clone()),
            serde_json::json!({"statelessConversation": {"messages": []}})
        );
    }

    #[test]
    fn create_conversation_both_patterns() {
        let mut request = v2::CreateConversationRequest {
            parent: "projects/p".into(),
            conversation: Some(v2::Conversation {
                conversation_profile: "projects/p/conversationProfiles/cp".into(),
                ..Default::default()
            }),
            conversation_id: "my-id".into(),
        };
        let r = build(&request).unwrap();
        assert_eq!(r.method, HttpMethod::Post);
        assert_eq!(
            r.url,
            format!("/v2/projects/p/conversations?conversationId=my-id&{ALT_PARAM}")
        );
        assert_eq!(
            body_json(&r),
            serde_json::json!({"conversationProfile": "projects/p/conversationProfiles/cp"})
        );

        request.parent = "projects/p/locations/europe-west2".into();
        let r = build(&request).unwrap();
        assert!(
            r.url
                .starts_with("/v2/projects/p/locations/europe-west2/conversations?")
        );

        request.parent = "folders/f".into();
        let err = build(&request).unwrap_err();
        assert_eq!(err.code(), Code::InvalidArgument);
        assert!(err.message().contains("parent = \"folders/f\""), "{err}");
        assert!(
            err.message()
                .contains("/v2/{parent=projects/*}/conversations"),
            "{err}"
        );
    }

    #[test]
    fn list_conversations_query() {
        let request = v2::ListConversationsRequest {
            parent: "projects/p/locations/l".into(),
            page_size: 7,
            page_token: "tok/+=".into(),
            filter: "lifecycle_state = \"COMPLETED\"".into(),
        };
        let r = build(&request).unwrap();
        assert_eq!(r.method, HttpMethod::Get);
        assert_eq!(r.body, None);
        assert_eq!(
            r.url,
            format!(
                "/v2/projects/p/locations/l/conversations?filter=lifecycle_state%20%3D%20%22COMPLETED%22&pageSize=7&pageToken=tok%2F%2B%3D&{ALT_PARAM}"
            )
        );
        // Defaults are not sent.
        let r = build(&v2::ListConversationsRequest {
            parent: "projects/p".into(),
            ..Default::default()
        })
        .unwrap();
        assert_eq!(r.url, format!("/v2/projects/p/conversations?{ALT_PARAM}"));
    }

    #[test]
    fn get_and_complete() {
        let r = build(&v2::GetConversationRequest {
            name: "projects/p/conversations/c 1".into(),
        })
        .unwrap();
        assert_eq!(
            (r.method, r.url.as_str()),
            (
                HttpMethod::Get,
                &*format!("/v2/projects/p/conversations/c%201?{ALT_PARAM}")
            )
        );
        let r = build(&v2::CompleteConversationRequest {
            name: "projects/p/locations/l/conversations/c".into(),
        })
        .unwrap();
        assert_eq!(r.method, HttpMethod::Post);
        assert_eq!(
            r.url,
            format!("/v2/projects/p/locations/l/conversations/c:complete?{ALT_PARAM}")
        );
        assert_eq!(body_json(&r), serde_json::json!({}));
        // A name with too few segments fits no binding.
        assert!(
            build(&v2::GetConversationRequest {
                name: "projects/p".into()
            })
            .is_err()
        );
        assert!(build(&v2::GetConversationRequest::default()).is_err());
    }

    #[test]
    fn conversation_scoped_rpcs() {
        let conv = "projects/p/locations/l/conversations/c";
        let r = build(&v2::IngestContextReferencesRequest {
            conversation: conv.into(),
            ..Default::default()
        })
        .unwrap();
        assert_eq!(
            r.url,
            format!("/v2/{conv}:ingestContextReferences?{ALT_PARAM}")
        );
        assert_eq!(body_json(&r), serde_json::json!({}));

        let r = build(&v2::ListMessagesRequest {
            parent: conv.into(),
            page_size: 2,
            ..Default::default()
        })
        .unwrap();
        assert_eq!(r.url, format!("/v2/{conv}/messages?pageSize=2&{ALT_PARAM}"));

        let r = build(&v2::SuggestConversationSummaryRequest {
            conversation: "projects/p/conversations/c".into(),
            context_size: 3,
            latest_message: "projects/p/conversations/c/messages/m".into(),
            ..Default::default()
        })
        .unwrap();
        assert_eq!(
            r.url,
            format!(
                "/v2/projects/p/conversations/c/suggestions:suggestConversationSummary?{ALT_PARAM}"
            )
        );
        assert_eq!(
            body_json(&r),
            serde_json::json!({"latestMessage": "projects/p/conversations/c/messages/m", "contextSize": 3})
        );

        let r = build(&v2::GenerateSuggestionsRequest {
            conversation: conv.into(),
            ..Default::default()
        })
        .unwrap();
        assert_eq!(
            r.url,
            format!("/v2/{conv}/suggestions:generate?{ALT_PARAM}")
        );
    }

    #[test]
    fn stateless_rpcs() {
        let request = v2::GenerateStatelessSummaryRequest {
            stateless_conversation: Some(
                v2::generate_stateless_summary_request::MinimalConversation {
                    parent: "projects/p/locations/l".into(),
                    messages: vec![v2::Message {
                        content: "hi".into(),
                        ..Default::default()
                    }],
                },
            ),
            max_context_size: 5,
            ..Default::default()
        };
        let r = build(&request).unwrap();
        assert_eq!(
            r.url,
            format!("/v2/projects/p/locations/l/suggestions:generateStatelessSummary?{ALT_PARAM}")
        );
        let body = body_json(&r);
        assert_eq!(
            body["statelessConversation"]["messages"][0]["content"],
            "hi"
        );
        assert!(
            body["statelessConversation"].get("parent").is_none(),
            "{body}"
        );
        assert_eq!(body["maxContextSize"], 5);

        let r = build(&v2::GenerateStatelessSuggestionRequest {
            parent: "projects/p/locations/l".into(),
            ..Default::default()
        })
        .unwrap();
        assert_eq!(
            r.url,
            format!("/v2/projects/p/locations/l/statelessSuggestion:generate?{ALT_PARAM}")
        );
        // Only the location-level binding exists.
        assert!(
            build(&v2::GenerateStatelessSuggestionRequest {
                parent: "projects/p".into(),
                ..Default::default()
            })
            .is_err()
        );
    }

    #[test]
    fn search_knowledge_four_bindings() {
        let mut request = v2::SearchKnowledgeRequest {
            parent: "projects/p".into(),
            query: Some(v2::TextInput {
                text: "refund".into(),
                language_code: "en".into(),
            }),
            ..Default::default()
        };
        let r = build(&request).unwrap();
        assert_eq!(
            r.url,
            format!("/v2/projects/p/suggestions:searchKnowledge?{ALT_PARAM}")
        );
        assert_eq!(body_json(&r)["query"]["text"], "refund");
        request.parent = String::new();
        request.conversation = "projects/p/locations/l/conversations/c".into();
        let r = build(&request).unwrap();
        assert_eq!(
            r.url,
            format!(
                "/v2/projects/p/locations/l/conversations/c/suggestions:searchKnowledge?{ALT_PARAM}"
            )
        );
        assert_eq!(body_json(&r)["conversation"], Value::Null);
    }

    #[test]
    fn mixins() {
        let r = build(&longrunning::GetOperationRequest {
            name: "projects/p/operations/o".into(),
        })
        .unwrap();
        assert_eq!(
            (r.method, r.url.as_str()),
            (
                HttpMethod::Get,
                &*format!("/v2/projects/p/operations/o?{ALT_PARAM}")
            )
        );
        let r = build(&longrunning::ListOperationsRequest {
            name: "projects/p/locations/l".into(),
            filter: "done".into(),
            page_size: 1,
            page_token: "t".into(),
            ..Default::default()
        })
        .unwrap();
        assert_eq!(
            r.url,
            format!(
                "/v2/projects/p/locations/l/operations?filter=done&pageSize=1&pageToken=t&{ALT_PARAM}"
            )
        );
        let r = build(&longrunning::CancelOperationRequest {
            name: "projects/p/locations/l/operations/o".into(),
        })
        .unwrap();
        assert_eq!((r.method, r.body.as_deref()), (HttpMethod::Post, None));
        assert_eq!(
            r.url,
            format!("/v2/projects/p/locations/l/operations/o:cancel?{ALT_PARAM}")
        );
        let r = build(&location::GetLocationRequest {
            name: "projects/p/locations/l".into(),
        })
        .unwrap();
        assert_eq!(r.url, format!("/v2/projects/p/locations/l?{ALT_PARAM}"));
        let r = build(&location::ListLocationsRequest {
            name: "projects/p".into(),
            page_size: 3,
            ..Default::default()
        })
        .unwrap();
        assert_eq!(
            r.url,
            format!("/v2/projects/p/locations?pageSize=3&{ALT_PARAM}")
        );
    }
}
