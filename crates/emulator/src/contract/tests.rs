use super::*;
use serde_json::json;

const V2: &str = "google.cloud.dialogflow.v2";

fn run(method: &str, request: Value) -> Vec<(String, String)> {
    let bindings = http::method(&format!("{V2}.Conversations.{method}")).expect("method");
    match check_json(bindings, &request) {
        Ok(()) => Vec::new(),
        Err(e) => {
            assert_eq!(e.code, Code::InvalidArgument, "{e}");
            let bad: dialogflow_types::rpc::BadRequest = e.details[0].unpack().expect("BadRequest");
            bad.field_violations
                .into_iter()
                .map(|v| (v.field, v.description))
                .collect()
        }
    }
}

fn fields(violations: &[(String, String)]) -> Vec<&str> {
    violations.iter().map(|(f, _)| f.as_str()).collect()
}

#[test]
fn field_behaviours_are_read_from_the_descriptor() {
    let schema = schema();
    let parent = schema
        .field(&format!("{V2}.SearchKnowledgeRequest"), "parent")
        .unwrap();
    assert!(parent.has(FieldBehavior::Required));
    let name = schema.field(&format!("{V2}.Conversation"), "name").unwrap();
    assert!(name.has(FieldBehavior::OutputOnly) && !name.has(FieldBehavior::Required));
    let entry = schema
        .field(
            &format!("{V2}.IngestContextReferencesRequest"),
            "context_references",
        )
        .unwrap();
    assert!(schema.message(&entry.type_name).unwrap().map_entry);
}

#[test]
fn every_row_of_the_limits_table_fits_its_field() {
    let schema = schema();
    let mut checked = 0;
    for row in limits::TABLE {
        assert!(!row.source.is_empty(), "{}", row.field);
        let full = limits::full_name(row);
        let (message, field) = full.rsplit_once('.').unwrap();
        // A row may wait for its proto (a service not in proto/ yet); a row whose message is
        // here must name one of its fields, of a kind the limit fits.
        let Some(info) = schema.message(message) else {
            continue;
        };
        let f = info
            .fields
            .iter()
            .find(|f| f.name == field)
            .unwrap_or_else(|| panic!("{full} is not a field"));
        let ok = match row.limit {
            Limit::Chars { .. } | Limit::Bytes(_) => f.kind == Type::String,
            Limit::Items(_) => f.repeated,
            Limit::Range { .. } => !f.repeated && !matches!(f.kind, Type::String | Type::Message),
            Limit::Window { .. } => f.kind == Type::Int32 && !f.repeated,
            Limit::RequiredWithin(list) => {
                f.kind == Type::Message
                    && list.iter().all(|n| schema.field(&f.type_name, n).is_some())
            }
        };
        assert!(ok, "{full}: {:?} does not fit a {:?}", row.limit, f.kind);
        assert!(
            std::ptr::eq(limits::limit_of(&full).unwrap(), row),
            "{full} twice"
        );
        checked += 1;
    }
    assert!(checked >= 15, "only {checked} rows reach a field");
}

#[test]
fn every_method_has_its_request_in_the_schema() {
    for m in http::methods() {
        assert!(
            schema().message(&m.input_type).is_some(),
            "{}",
            m.input_type
        );
    }
}

#[test]
fn required_fields_at_every_depth() {
    let ok = json!({
        "parent": "projects/p", "conversationProfile": "projects/p/conversationProfiles/c",
        "sessionId": "s", "query": {"text": "t", "languageCode": "en"}
    });
    assert!(run("SearchKnowledge", ok.clone()).is_empty());
    let mut no_language = ok.clone();
    no_language["query"]["languageCode"] = json!("");
    assert_eq!(
        fields(&run("SearchKnowledge", no_language)),
        ["query.language_code"]
    );
    let mut no_query = ok.clone();
    no_query.as_object_mut().unwrap().remove("query");
    let v = run("SearchKnowledge", no_query);
    assert_eq!(fields(&v), ["query"]);
    assert!(v[0].1.contains("`query.text`"), "{}", v[0].1);
    let v = run("SearchKnowledge", json!({"query": {}}));
    assert_eq!(
        fields(&v),
        [
            "parent",
            "query.text",
            "query.language_code",
            "conversation_profile",
            "session_id"
        ]
    );
}

#[test]
fn map_values_and_list_elements_are_checked() {
    let request = json!({
        "conversation": "projects/p/locations/l/conversations/c",
        "contextReferences": {
            "k": {"contextContents": [{"content": "a"}, {"contentFormat": "JSON"}]}
        }
    });
    let v = run("IngestContextReferences", request);
    assert_eq!(
        fields(&v),
        [
            "context_references[k].context_contents[0].content_format",
            "context_references[k].context_contents[1].content",
            "context_references[k].update_mode",
        ]
    );
    assert!(v[2].1.contains("APPEND"), "{}", v[2].1);
    assert!(
        run(
            "IngestContextReferences",
            json!({"conversation": "projects/p/locations/l/conversations/c", "contextReferences": {}})
        )
        .iter()
        .any(|(f, _)| f == "context_references")
    );
}

#[test]
fn output_only_fields_are_not_checked() {
    // Conversation.ingested_context_references is output-only: its broken values are ignored.
    let request = json!({
        "parent": "projects/p",
        "conversation": {
            "conversationProfile": "projects/p/conversationProfiles/c",
            "ingestedContextReferences": {"k": {"contextContents": [{}]}}
        }
    });
    assert!(run("CreateConversation", request).is_empty());
}

#[test]
fn a_method_may_replace_a_messages_required_fields() {
    let base = json!({
        "statelessConversation": {"parent": "projects/p", "messages": [{"content": "hi"}]},
    });
    let mut empty_profile = base.clone();
    empty_profile["conversationProfile"] = json!({});
    assert_eq!(
        fields(&run("GenerateStatelessSummary", empty_profile)),
        [
            "conversation_profile.language_code",
            "conversation_profile.security_settings"
        ]
    );
    let mut profile = base.clone();
    profile["conversationProfile"] = json!({"languageCode": "en-US", "securitySettings": "projects/p/locations/l/securitySettings/s"});
    assert!(run("GenerateStatelessSummary", profile.clone()).is_empty());
    profile["statelessConversation"]["messages"] = json!([{"content": "hi"}, {"name": "m"}]);
    assert_eq!(
        fields(&run("GenerateStatelessSummary", profile)),
        ["stateless_conversation.messages[1].content"]
    );
}

#[test]
fn documented_limits() {
    let request = |session: &str| {
        json!({
            "parent": "projects/p", "conversationProfile": "projects/p/conversationProfiles/c",
            "sessionId": session, "query": {"text": "t", "languageCode": "en"}
        })
    };
    assert!(run("SearchKnowledge", request(&"s".repeat(36))).is_empty());
    // Characters, not bytes.
    assert!(run("SearchKnowledge", request(&"é".repeat(36))).is_empty());
    let v = run("SearchKnowledge", request(&"s".repeat(37)));
    assert_eq!(fields(&v), ["session_id"]);
    assert!(v[0].1.contains("36") && v[0].1.contains("37"), "{}", v[0].1);

    let v = run(
        "SuggestConversationSummary",
        json!({"conversation": "projects/p/conversations/c", "contextSize": -1}),
    );
    assert_eq!(fields(&v), ["context_size"]);
    let boost = |b: Value| {
        let mut r = request("s");
        r["searchConfig"] =
            json!({"boostSpecs": [{"spec": [{"conditionBoostSpecs": [{"boost": b}]}]}]});
        r
    };
    assert!(run("SearchKnowledge", boost(json!(0.5))).is_empty());
    assert_eq!(
        fields(&run("SearchKnowledge", boost(json!(1.5)))),
        ["search_config.boost_specs[0].spec[0].condition_boost_specs[0].boost"]
    );
    assert_eq!(run("SearchKnowledge", boost(json!("NaN"))).len(), 1);

    let window = |f: &str, v| limits::window(&format!("{V2}.{f}"), v);
    assert_eq!(
        window("SuggestConversationSummaryRequest.context_size", 0),
        500
    );
    assert_eq!(
        window("SuggestConversationSummaryRequest.context_size", 5000),
        1000
    );
    assert_eq!(window("ListMessagesRequest.page_size", 0), 100);
    assert_eq!(window("ListMessagesRequest.page_size", 7), 7);
}

#[test]
fn routing_fields_must_fit_a_binding() {
    let request = |conversation: &str| {
        json!({
            "conversation": conversation,
            "contextReferences": {"k": {"contextContents": [{"content": "a", "contentFormat": "JSON"}], "updateMode": "APPEND"}}
        })
    };
    assert!(
        run(
            "IngestContextReferences",
            request("projects/p/locations/l/conversations/c")
        )
        .is_empty()
    );
    let v = run(
        "IngestContextReferences",
        request("projects/p/conversations/c"),
    );
    assert_eq!(fields(&v), ["conversation"]);
    assert!(
        v[0].1.contains("projects/*/locations/*/conversations/*"),
        "{}",
        v[0].1
    );
    // A method with bindings on two fields: either one may fit.
    let search = |parent: &str, conversation: &str| {
        json!({
            "parent": parent, "conversation": conversation,
            "conversationProfile": "projects/p/conversationProfiles/c",
            "sessionId": "s", "query": {"text": "t", "languageCode": "en"}
        })
    };
    assert!(run("SearchKnowledge", search("projects/p/locations/l", "")).is_empty());
    let v = run("SearchKnowledge", search("projects/p/conversations/c", ""));
    assert_eq!(fields(&v), ["parent"]);
    // A nested routing field.
    let v = run(
        "GenerateStatelessSummary",
        json!({
            "statelessConversation": {"parent": "organizations/o", "messages": [{"content": "hi"}]},
            "conversationProfile": {"languageCode": "en", "securitySettings": "s"}
        }),
    );
    assert_eq!(fields(&v), ["stateless_conversation.parent"]);
}
