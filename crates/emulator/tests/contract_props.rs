//! Property: every request the emulator accepts meets the contract of the descriptor.
//!
//! Valid REST requests (seeds) are mutated — fields removed, emptied, lengthened — and sent
//! through an in-process emulator whose state lasts between calls. For each one answered 200,
//! the request as decoded must pass a check written here from scratch: the descriptor's
//! `google.api.field_behavior = REQUIRED` fields (read with this file's own descriptor types,
//! not the emulator's), at every depth under a present message, and the documented lengths.
//! Its answer must have every REQUIRED field too (what the emulator invents). No answer may be a
//! server error.

use std::collections::HashMap;
use std::sync::OnceLock;

use dialogflow_emulator::fuzzing::{CONVERSATION, END_USER, HUMAN_AGENT, Session, rest_decode};
use proptest::prelude::*;
use prost::Message as _;
use serde_json::{Value, json};

// ---- an independent reading of the descriptor ----

#[derive(Clone, PartialEq, prost::Message)]
struct FileSet {
    #[prost(message, repeated, tag = "1")]
    file: Vec<File>,
}

#[derive(Clone, PartialEq, prost::Message)]
struct File {
    #[prost(string, optional, tag = "2")]
    package: Option<String>,
    #[prost(message, repeated, tag = "4")]
    message_type: Vec<Descriptor>,
}

#[derive(Clone, PartialEq, prost::Message)]
struct Descriptor {
    #[prost(string, optional, tag = "1")]
    name: Option<String>,
    #[prost(message, repeated, tag = "2")]
    field: Vec<FieldDescriptor>,
    #[prost(message, repeated, tag = "3")]
    nested_type: Vec<Descriptor>,
    #[prost(message, optional, tag = "7")]
    options: Option<MessageOptions>,
}

#[derive(Clone, PartialEq, prost::Message)]
struct MessageOptions {
    #[prost(bool, optional, tag = "7")]
    map_entry: Option<bool>,
}

#[derive(Clone, PartialEq, prost::Message)]
struct FieldDescriptor {
    #[prost(string, optional, tag = "1")]
    name: Option<String>,
    #[prost(int32, optional, tag = "4")]
    label: Option<i32>,
    #[prost(int32, optional, tag = "5")]
    kind: Option<i32>,
    #[prost(string, optional, tag = "6")]
    type_name: Option<String>,
    #[prost(string, optional, tag = "10")]
    json_name: Option<String>,
    #[prost(message, optional, tag = "8")]
    options: Option<FieldOptions>,
}

#[derive(Clone, PartialEq, prost::Message)]
struct FieldOptions {
    #[prost(int32, repeated, tag = "1052")]
    field_behavior: Vec<i32>,
}

const REQUIRED: i32 = 2;
const OUTPUT_ONLY: i32 = 3;
const TYPE_MESSAGE: i32 = 11;
const LABEL_REPEATED: i32 = 3;

struct FieldInfo {
    name: String,
    json: String,
    required: bool,
    output_only: bool,
    message: Option<String>,
    repeated: bool,
}

struct MessageInfo {
    fields: Vec<FieldInfo>,
    map_entry: bool,
}

fn messages() -> &'static HashMap<String, MessageInfo> {
    static ALL: OnceLock<HashMap<String, MessageInfo>> = OnceLock::new();
    ALL.get_or_init(|| {
        fn add(scope: &str, d: &Descriptor, out: &mut HashMap<String, MessageInfo>) {
            let full = format!("{scope}.{}", d.name());
            let fields = d
                .field
                .iter()
                .map(|f| {
                    let behaviors = f
                        .options
                        .as_ref()
                        .map(|o| o.field_behavior.clone())
                        .unwrap_or_default();
                    FieldInfo {
                        name: f.name().to_string(),
                        json: f.json_name().to_string(),
                        required: behaviors.contains(&REQUIRED),
                        output_only: behaviors.contains(&OUTPUT_ONLY),
                        message: (f.kind() == TYPE_MESSAGE)
                            .then(|| f.type_name().trim_start_matches('.').to_string()),
                        repeated: f.label() == LABEL_REPEATED,
                    }
                })
                .collect();
            let map_entry = d.options.as_ref().is_some_and(|o| o.map_entry());
            for n in &d.nested_type {
                add(&full, n, out);
            }
            out.insert(full, MessageInfo { fields, map_entry });
        }
        let set = FileSet::decode(dialogflow_types::FILE_DESCRIPTOR_SET).expect("descriptor set");
        let mut out = HashMap::new();
        for file in &set.file {
            for m in &file.message_type {
                add(file.package(), m, &mut out);
            }
        }
        out
    })
}

/// Documented limits the descriptor cannot hold, restated here: (message, field, max chars).
const MAX_CHARS: &[(&str, &str, usize)] = &[(
    "google.cloud.dialogflow.v2.SearchKnowledgeRequest",
    "session_id",
    36,
)];

/// Fields whose message's REQUIRED list the method replaces (its documentation says so).
const REQUIRED_INSTEAD: &[(&str, &str, &[&str])] = &[(
    "google.cloud.dialogflow.v2.GenerateStatelessSummaryRequest",
    "conversation_profile",
    &["language_code", "security_settings"],
)];

fn is_unset(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::String(s) => s.is_empty() || s.ends_with("_UNSPECIFIED"),
        Value::Array(a) => a.is_empty(),
        Value::Number(n) => n.as_f64() == Some(0.0),
        Value::Bool(b) => !b,
        Value::Object(_) => false,
    }
}

/// Every way `value` (a `message` in JSON, keys in either spelling) breaks the contract.
fn breaches(message: &str, value: &Value, path: &str, required: Option<&[&str]>) -> Vec<String> {
    let mut out = Vec::new();
    let (Some(info), Value::Object(object)) = (messages().get(message), value) else {
        return out;
    };
    for f in info.fields.iter().filter(|f| !f.output_only) {
        let here = format!("{path}{}", f.name);
        let v = object
            .get(&f.json)
            .or_else(|| object.get(&f.name))
            .filter(|v| !is_unset(v));
        let must = required.map_or(f.required, |list| list.contains(&f.name.as_str()));
        let Some(v) = v else {
            if must {
                out.push(format!("{here} is required"));
            }
            continue;
        };
        for (m, name, max) in MAX_CHARS {
            if *m == message && *name == f.name {
                let n = v.as_str().map_or(0, |s| s.chars().count());
                if n > *max {
                    out.push(format!("{here} has {n} characters, more than {max}"));
                }
            }
        }
        let Some(inner) = &f.message else { continue };
        let entry = messages().get(inner).filter(|m| m.map_entry);
        if let Some(entry) = entry {
            let value_type = entry
                .fields
                .iter()
                .find(|e| e.name == "value")
                .and_then(|e| e.message.clone());
            if let (Some(t), Value::Object(items)) = (value_type, v) {
                for (k, item) in items {
                    out.extend(breaches(&t, item, &format!("{here}[{k}]."), None));
                }
            }
        } else if f.repeated {
            for (i, item) in v.as_array().into_iter().flatten().enumerate() {
                out.extend(breaches(inner, item, &format!("{here}[{i}]."), None));
            }
        } else {
            let replaced = REQUIRED_INSTEAD
                .iter()
                .find(|(m, name, _)| *m == message && *name == f.name)
                .map(|(_, _, list)| *list);
            out.extend(breaches(inner, v, &format!("{here}."), replaced));
        }
    }
    out
}

// ---- seeds and mutations ----

const PROFILE: &str = "projects/p1/conversationProfiles/prof-1";
const CONV_A: &str = "projects/p1/conversations/conv-a";
const CONV_B: &str = "projects/p1/locations/global/conversations/conv-b";
/// A conversation without messages.
const CONV_C: &str = "projects/p1/conversations/conv-c";

fn session() -> Session {
    // It holds a conversation with a stored profile and participants, for the Participants RPCs.
    let s = Session::with_participants();
    for (parent, id) in [
        ("projects/p1", "conv-a"),
        ("projects/p1/locations/global", "conv-b"),
        ("projects/p1", "conv-c"),
    ] {
        let body = json!({ "conversationProfile": PROFILE }).to_string();
        let (status, _) = s.rest_call(
            "POST",
            &format!("/v2/{parent}/conversations?conversationId={id}"),
            body.as_bytes(),
        );
        assert_eq!(status, 200);
    }
    for conv in [CONV_A, CONV_B] {
        s.add_message(conv, true, "My refund is late. Where is it?")
            .unwrap();
        s.add_message(conv, false, "Sorry! Refunds take five days.")
            .unwrap();
    }
    s
}

/// Valid requests: (path, body), all `POST`.
fn seeds() -> Vec<(String, Value)> {
    let reference = json!({
        "kb": {
            "contextContents": [{"content": "Refunds take five days.", "contentFormat": "PLAIN_TEXT"}],
            "updateMode": "OVERWRITE",
            "languageCode": "en-US"
        }
    });
    let search = json!({
        "query": {"text": "refund days", "languageCode": "en"},
        "conversationProfile": PROFILE,
        "sessionId": "session-1",
        "parent": "projects/p1/locations/global"
    });
    vec![
        (
            "/v2/projects/p1/conversations".into(),
            json!({"conversationProfile": PROFILE, "conversationStage": "HUMAN_ASSIST_STAGE"}),
        ),
        (
            format!("/v2/{CONV_B}:ingestContextReferences"),
            json!({ "contextReferences": reference }),
        ),
        (
            format!("/v2/{CONV_A}/suggestions:suggestConversationSummary"),
            json!({"contextSize": 5}),
        ),
        (
            format!("/v2/{CONV_B}/suggestions:generate"),
            json!({"triggerEvents": ["END_OF_UTTERANCE"]}),
        ),
        (
            "/v2/projects/p1/suggestions:generateStatelessSummary".into(),
            json!({
                "statelessConversation": {"messages": [
                    {"content": "Hi. Where is my parcel?", "participantRole": "END_USER"},
                    {"content": "Let me check.", "participantRole": "HUMAN_AGENT"}
                ]},
                "conversationProfile": {
                    "displayName": "inline",
                    "languageCode": "en-US",
                    "securitySettings": "projects/p1/locations/global/securitySettings/s1"
                },
                "maxContextSize": 3
            }),
        ),
        (
            "/v2/projects/p1/locations/global/statelessSuggestion:generate".into(),
            json!({
                "generatorName": "projects/p1/locations/global/generators/g1",
                "contextReferences": reference,
                "conversationContext": {"messageEntries": [
                    {"role": "END_USER", "text": "Refund please.", "languageCode": "en"}
                ]}
            }),
        ),
        (
            "/v2/projects/p1/locations/global/suggestions:searchKnowledge".into(),
            search.clone(),
        ),
        (format!("/v2/{CONV_B}/suggestions:searchKnowledge"), search),
        (
            format!("/v2/{CONV_C}/suggestions:generate"),
            json!({"triggerEvents": ["END_OF_UTTERANCE"]}),
        ),
        (
            "/v2/projects/p1/locations/global/statelessSuggestion:generate".into(),
            json!({
                "generator": {"summarizationContext": {"version": "1.0"}},
                "conversationContext": {"messageEntries": [
                    {"role": "END_USER", "text": "Refund please.", "languageCode": "en"}
                ]}
            }),
        ),
        (
            format!("/v2/{CONVERSATION}/participants"),
            json!({"role": "END_USER", "obfuscatedExternalUserId": "u-1"}),
        ),
        (
            format!("/v2/{END_USER}:analyzeContent"),
            json!({
                "textInput": {"text": "Are refunds free?", "languageCode": "en-US"},
                "requestId": "req-1"
            }),
        ),
        (
            format!("/v2/{HUMAN_AGENT}/suggestions:suggestArticles"),
            json!({"contextSize": 5}),
        ),
        (
            format!("/v2/{HUMAN_AGENT}/suggestions:suggestFaqAnswers"),
            json!({"contextSize": 5}),
        ),
        (
            format!("/v2/{HUMAN_AGENT}/suggestions:suggestSmartReplies"),
            json!({"currentTextInput": {"text": "Shipping?", "languageCode": "en"}, "contextSize": 2}),
        ),
        (
            format!("/v2/{HUMAN_AGENT}/suggestions:suggestKnowledgeAssist"),
            json!({"contextSize": 5, "previousSuggestedQuery": "refunds"}),
        ),
    ]
}

#[derive(Debug, Clone)]
enum Edit {
    Remove,
    Empty,
    Lengthen(usize),
}

/// Paths to every object member in `v`, depth first.
fn members(v: &Value, here: &mut Vec<Step>, out: &mut Vec<Vec<Step>>) {
    match v {
        Value::Object(m) => {
            for (k, child) in m {
                here.push(Step::Key(k.clone()));
                out.push(here.clone());
                members(child, here, out);
                here.pop();
            }
        }
        Value::Array(a) => {
            for (i, child) in a.iter().enumerate() {
                here.push(Step::Index(i));
                members(child, here, out);
                here.pop();
            }
        }
        _ => {}
    }
}

#[derive(Debug, Clone)]
enum Step {
    Key(String),
    Index(usize),
}

fn apply(body: &mut Value, at: &[Step], edit: &Edit) {
    let (last, parents) = at.split_last().expect("a member path");
    let mut v = body;
    for step in parents {
        v = match step {
            Step::Key(k) => &mut v[k.as_str()],
            Step::Index(i) => &mut v[*i],
        };
    }
    let Step::Key(key) = last else { return };
    let Some(object) = v.as_object_mut() else {
        return;
    };
    match edit {
        Edit::Remove => {
            object.remove(key);
        }
        Edit::Empty => {
            if let Some(slot) = object.get_mut(key) {
                *slot = match slot {
                    Value::String(_) => json!(""),
                    Value::Array(_) => json!([]),
                    Value::Object(_) => json!({}),
                    Value::Number(_) => json!(0),
                    _ => Value::Null,
                };
            }
        }
        Edit::Lengthen(n) => {
            if let Some(Value::String(s)) = object.get_mut(key)
                && !s.ends_with("_STAGE")
                && !s.chars().all(|c| c.is_ascii_uppercase() || c == '_')
            {
                s.push_str(&"x".repeat(*n));
            }
        }
    }
}

fn edit() -> impl Strategy<Value = (usize, Edit)> {
    (
        any::<usize>(),
        prop_oneof![
            Just(Edit::Remove),
            Just(Edit::Empty),
            (1usize..48).prop_map(Edit::Lengthen),
        ],
    )
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 512,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn accepted_requests_meet_the_contract(
        seed in 0usize..16,
        edits in proptest::collection::vec(edit(), 0..4),
    ) {
        static SESSION: OnceLock<Session> = OnceLock::new();
        let session = SESSION.get_or_init(session);
        let (path, mut body) = seeds().swap_remove(seed);
        for (pick, e) in &edits {
            let mut all = Vec::new();
            members(&body, &mut Vec::new(), &mut all);
            if all.is_empty() {
                break;
            }
            let at = all[pick % all.len()].clone();
            apply(&mut body, &at, e);
        }
        let bytes = body.to_string();
        let (status, answer) = session.rest_call("POST", &path, bytes.as_bytes());
        let answer = String::from_utf8_lossy(&answer).into_owned();
        prop_assert!(status < 500, "{status} for {path} {bytes}: {answer}");
        if status == 200 {
            let (method, request) = rest_decode("POST", &path, bytes.as_bytes())
                .map_err(|e| TestCaseError::fail(format!("accepted but undecodable: {e}")))?;
            let rpc = dialogflow_types::http::method(&method).unwrap();
            let found = breaches(&rpc.input_type, &request, "", None);
            prop_assert!(found.is_empty(), "accepted {path} {bytes}: {found:?}");
            // What the emulator invents meets the same rules.
            let answer: Value = serde_json::from_str(&answer).unwrap();
            let found = breaches(&rpc.output_type, &answer, "", None);
            prop_assert!(found.is_empty(), "{path} {bytes} answered {answer}: {found:?}");
        }
    }
}

/// The checker above finds what it should, so a passing property means something.
#[test]
fn the_independent_check_sees_breaches() {
    let search = "google.cloud.dialogflow.v2.SearchKnowledgeRequest";
    let ok = json!({"query": {"text": "t", "languageCode": "en"}, "conversationProfile": PROFILE,
        "sessionId": "s", "parent": "projects/p1"});
    assert!(breaches(search, &ok, "", None).is_empty());
    let mut bad = ok.clone();
    bad["query"]["languageCode"] = json!("");
    bad["sessionId"] = json!("s".repeat(37));
    assert_eq!(breaches(search, &bad, "", None).len(), 2);
    let ingest = "google.cloud.dialogflow.v2.IngestContextReferencesRequest";
    let bad = json!({"conversation": CONV_B, "contextReferences": {"k": {"contextContents": [{"content": "a"}]}}});
    assert_eq!(breaches(ingest, &bad, "", None).len(), 2, "format and mode");
}

/// Every seed is a valid request, so the property starts from accepted requests.
#[test]
fn every_seed_is_accepted() {
    let session = session();
    for (path, body) in seeds() {
        let (status, answer) = session.rest_call("POST", &path, body.to_string().as_bytes());
        assert_eq!(status, 200, "{path}: {}", String::from_utf8_lossy(&answer));
    }
}
