//! The bindings table and path templates.

use super::*;

#[test]
fn every_conversations_rpc_has_bindings() {
    let conv: Vec<_> = methods()
        .iter()
        .filter(|m| m.service == "google.cloud.dialogflow.v2.Conversations")
        .collect();
    assert_eq!(conv.len(), 11);
    assert!(
        conv.iter().all(|m| !m.rules.is_empty()),
        "an RPC lost its bindings"
    );
    let ops: Vec<_> = methods()
        .iter()
        .filter(|m| m.service == "google.longrunning.Operations")
        .collect();
    assert_eq!(ops.len(), 3);
    assert!(ops.iter().all(|m| m.rules.len() == 2));
    let participants: Vec<_> = methods()
        .iter()
        .filter(|m| m.service == "google.cloud.dialogflow.v2.Participants")
        .collect();
    assert_eq!(participants.len(), 10);
    for m in &participants {
        // The bidirectional stream is gRPC-only; every other RPC has both patterns.
        let expected = if m.method == "StreamingAnalyzeContent" {
            0
        } else {
            2
        };
        assert_eq!(m.rules.len(), expected, "{}", m.method);
    }
    let profiles: Vec<_> = methods()
        .iter()
        .filter(|m| m.service == "google.cloud.dialogflow.v2.ConversationProfiles")
        .collect();
    assert_eq!(profiles.len(), 7);
    assert!(profiles.iter().all(|m| m.rules.len() == 2));
    let total: usize = methods().iter().map(|m| m.rules.len()).sum();
    assert_eq!(total, 30 + 18 + 14);
}

#[test]
fn custom_verbs_and_bodies() {
    let complete =
        method("/google.cloud.dialogflow.v2.Conversations/CompleteConversation").unwrap();
    let rule = complete.rule_for("projects/p/conversations/c").unwrap();
    assert_eq!(rule.template.verb(), Some("complete"));
    assert_eq!(rule.body.as_deref(), Some("*"));
    assert_eq!(
        rule.template.expand("projects/p/conversations/c").unwrap(),
        "/v2/projects/p/conversations/c:complete"
    );
    let create = method("google.cloud.dialogflow.v2.Conversations.CreateConversation").unwrap();
    assert_eq!(create.rules[0].body.as_deref(), Some("conversation"));
    let summary =
        method("google.cloud.dialogflow.v2.Conversations.GenerateStatelessSummary").unwrap();
    assert_eq!(
        summary.rules[0].template.field(),
        "stateless_conversation.parent"
    );
    let get_op = method("google.longrunning.Operations.GetOperation").unwrap();
    assert_eq!(get_op.rules[0].body, None);
}

#[test]
fn routes_both_name_patterns() {
    let (m, r, v) = route(
        HttpMethod::Get,
        "/v2/projects/p/locations/l/conversations/c/messages",
    )
    .unwrap();
    assert_eq!(
        (m.method.as_str(), r.template.field(), v.as_str()),
        (
            "ListMessages",
            "parent",
            "projects/p/locations/l/conversations/c"
        )
    );
    let (m, _, v) = route(
        HttpMethod::Post,
        "/v2/projects/p/conversations/c%3Ax:complete",
    )
    .unwrap();
    assert_eq!(
        (m.method.as_str(), v.as_str()),
        ("CompleteConversation", "projects/p/conversations/c:x")
    );
    let (m, _, _) = route(HttpMethod::Get, "/v2/projects/p/locations").unwrap();
    assert_eq!(m.method, "ListLocations");
    assert!(route(HttpMethod::Get, "/v2/projects/p/conversations/c/extra").is_none());
    assert!(route(HttpMethod::Get, "/v2/projects//conversations/c").is_none());
    assert!(route(HttpMethod::Get, "/v2/projects/p/conversations/a%2Fb").is_none());
    assert!(route(HttpMethod::Get, "/v2/projects/p/conversations/%zz").is_none());
    assert!(route(HttpMethod::Delete, "/v2/projects/p/conversations/c").is_none());
}

#[test]
fn percent_encoding_keeps_only_unreserved_bytes() {
    let encode = |value: &str, keep_slash: bool| {
        let mut out = String::from(">");
        percent_encode(value, keep_slash, &mut out);
        out
    };
    assert_eq!(encode("", false), ">");
    assert_eq!(encode("a-b.c_d~e/f", true), ">a-b.c_d~e/f");
    assert_eq!(encode("a-b.c_d~e/f", false), ">a-b.c_d~e%2Ff");
    assert_eq!(encode(" é/x", true), ">%20%C3%A9/x");
    assert_eq!(encode("é", false), ">%C3%A9");
    assert_eq!(encode("%&=+?#", false), ">%25%26%3D%2B%3F%23");
    // Against a byte-at-a-time reference, with multi-byte characters everywhere.
    let reference = |value: &str, keep_slash: bool| {
        let mut out = String::from(">");
        for b in value.bytes() {
            if b.is_ascii_alphanumeric() || b"-._~".contains(&b) || (keep_slash && b == b'/') {
                out.push(b as char);
            } else {
                out.push_str(&format!("%{b:02X}"));
            }
        }
        out
    };
    for value in [
        "é",
        "aé",
        "éa",
        "a/é/b",
        "€x€",
        "𝄞/𝄞",
        "a b/c",
        "ü",
        "/",
        "//x/",
    ] {
        for keep_slash in [false, true] {
            assert_eq!(
                encode(value, keep_slash),
                reference(value, keep_slash),
                "{value:?}"
            );
        }
    }
}

#[test]
fn methods_by_path_or_full_name() {
    let by_path = method("/google.cloud.dialogflow.v2.Conversations/GetConversation").unwrap();
    let by_name = method("google.cloud.dialogflow.v2.Conversations.GetConversation").unwrap();
    assert!(std::ptr::eq(by_path, by_name));
    assert_eq!(
        by_name.full_name(),
        "google.cloud.dialogflow.v2.Conversations.GetConversation"
    );
    assert!(method("google.cloud.dialogflow.v2.Conversations").is_none());
    assert!(method("google.cloud.dialogflow.v2.ConversationsGetConversation").is_none());
}

#[test]
fn expand_rejects_values_outside_the_pattern() {
    let t = PathTemplate::parse("/v2/{name=projects/*/conversations/*}").unwrap();
    assert!(t.expand("projects/p/locations/l/conversations/c").is_none());
    assert!(t.expand("projects//conversations/c").is_none());
    assert!(t.expand("folders/p/conversations/c").is_none());
    assert_eq!(
        t.expand("projects/p ü/conversations/c?").unwrap(),
        "/v2/projects/p%20%C3%BC/conversations/c%3F"
    );
    assert_eq!(
        t.matches("/v2/projects/p%20%C3%BC/conversations/c%3F")
            .unwrap(),
        "projects/p ü/conversations/c?"
    );
}

/// Found by the `transport_rest_request` fuzz target
/// (`fuzz/corpus/transport_rest_request/search_knowledge_dot_segment_err`): an id `.` or
/// `..` made a dot segment in the URL, which normalisation removes
/// (`/v2/projects/p/locations/./conversations` is `/v2/projects/p/locations/conversations`,
/// a GetLocation). Such values fit no pattern, and such paths route nowhere.
#[test]
fn dot_segments_fit_no_wildcard() {
    let t = PathTemplate::parse("/v2/{name=projects/*/conversations/*}").unwrap();
    for value in [
        "projects/./conversations/c",
        "projects/../conversations/c",
        "projects/p/conversations/.",
        "projects/p/conversations/..",
    ] {
        assert!(t.expand(value).is_none(), "{value}");
        assert!(!t.accepts(value), "{value}");
    }
    // Dots within a segment are ordinary characters.
    for value in [
        "projects/.p/conversations/..c",
        "projects/.../conversations/c.",
    ] {
        assert!(t.accepts(value), "{value}");
        let path = t.expand(value).unwrap();
        assert_eq!(t.matches(&path).as_deref(), Some(value));
    }
    for path in [
        "/v2/projects/./conversations/c",
        "/v2/projects/p/conversations/..",
        "/v2/projects/p/conversations/%2E",
        "/v2/projects/%2e%2E/conversations/c",
    ] {
        assert!(t.matches(path).is_none(), "{path}");
    }
    assert!(route(HttpMethod::Get, "/v2/projects/p/locations/./conversations").is_none());
}

#[test]
fn bad_templates_are_errors() {
    for bad in [
        "v2/{name}",
        "/v2/name",
        "/v2/{a}/{b}",
        "/v2/x{name}",
        "/v2/{name=**}",
    ] {
        assert!(PathTemplate::parse(bad).is_err(), "{bad}");
    }
}
