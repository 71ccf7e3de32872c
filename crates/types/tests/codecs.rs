//! Binary and proto3 JSON round trips of representative messages.
//!
//! The JSON golden strings below were written by hand from the proto3 JSON mapping rules
//! (lowerCamelCase names, enum names, 64-bit integers as strings, RFC 3339 timestamps ending in
//! `Z`, durations as decimal seconds, `Any` as an object with `@type`), not produced by the code
//! under test. They are compared as parsed JSON values, so member order does not matter.

use std::collections::HashMap;

use dialogflow_types::longrunning::{Operation, operation};
use dialogflow_types::protobuf::{Any, Duration, Timestamp};
use dialogflow_types::rpc::{
    BadRequest, ErrorInfo, QuotaFailure, RetryInfo, Status, bad_request, quota_failure,
};
use dialogflow_types::v2::conversation::context_reference::{
    ContextContent, UpdateMode, context_content,
};
use dialogflow_types::v2::conversation::{ContextReference, LifecycleState};
use dialogflow_types::v2::{Conversation, ConversationPhoneNumber, CreateConversationRequest};
use prost::Message;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

fn binary_round_trip<M: Message + Default + PartialEq + std::fmt::Debug>(m: &M) {
    let bytes = m.encode_to_vec();
    assert_eq!(&M::decode(bytes.as_slice()).expect("decodes"), m);
}

/// Checks both directions against a hand-written golden string.
fn json_golden<M>(m: &M, golden: &str)
where
    M: Serialize + DeserializeOwned + PartialEq + std::fmt::Debug,
{
    let golden_value: Value = serde_json::from_str(golden).expect("golden is JSON");
    let written = serde_json::to_value(m).expect("serializes");
    assert_eq!(
        written, golden_value,
        "encoder output differs from the golden"
    );
    let read: M = serde_json::from_str(golden).expect("golden decodes");
    assert_eq!(&read, m, "decoding the golden gives a different message");
}

fn conversation() -> Conversation {
    let mut refs = HashMap::new();
    refs.insert(
        "policies".to_string(),
        ContextReference {
            context_contents: vec![ContextContent {
                content: "Refunds within 30 days.".into(),
                content_format: context_content::ContentFormat::PlainText as i32,
                ingestion_time: Some(Timestamp {
                    seconds: 1_700_000_000,
                    nanos: 0,
                }),
                answer_record: String::new(),
            }],
            update_mode: UpdateMode::Append as i32,
            language_code: "en-US".into(),
            create_time: Some(Timestamp {
                seconds: 1_700_000_000,
                nanos: 120_000_000,
            }),
        },
    );
    Conversation {
        name: "projects/p1/locations/us-central1/conversations/c1".into(),
        lifecycle_state: LifecycleState::InProgress as i32,
        conversation_profile: "projects/p1/locations/us-central1/conversationProfiles/prof".into(),
        phone_number: Some(ConversationPhoneNumber {
            country_code: 1,
            phone_number: "+1 555-0100".into(),
        }),
        start_time: Some(Timestamp {
            seconds: 1_700_000_000,
            nanos: 5_000,
        }),
        ingested_context_references: refs,
        ..Default::default()
    }
}

const CONVERSATION_JSON: &str = r#"{
  "name": "projects/p1/locations/us-central1/conversations/c1",
  "lifecycleState": "IN_PROGRESS",
  "conversationProfile": "projects/p1/locations/us-central1/conversationProfiles/prof",
  "phoneNumber": {"countryCode": 1, "phoneNumber": "+1 555-0100"},
  "startTime": "2023-11-14T22:13:20.000005Z",
  "ingestedContextReferences": {
    "policies": {
      "contextContents": [{
        "content": "Refunds within 30 days.",
        "contentFormat": "PLAIN_TEXT",
        "ingestionTime": "2023-11-14T22:13:20Z"
      }],
      "updateMode": "APPEND",
      "languageCode": "en-US",
      "createTime": "2023-11-14T22:13:20.120Z"
    }
  }
}"#;

#[test]
fn conversation_round_trips() {
    let c = conversation();
    binary_round_trip(&c);
    json_golden(&c, CONVERSATION_JSON);
}

#[test]
fn proto_field_names_and_enum_numbers_are_accepted() {
    let json = r#"{"name":"projects/p/conversations/c","lifecycle_state":2,"conversation_profile":"x",
                   "phone_number":{"country_code":44}}"#;
    let c: Conversation = serde_json::from_str(json).unwrap();
    assert_eq!(c.lifecycle_state, LifecycleState::Completed as i32);
    assert_eq!(c.phone_number.unwrap().country_code, 44);
}

#[test]
fn unknown_fields_are_tolerated() {
    let json =
        r#"{"name":"projects/p/conversations/c","someFutureField":{"deep":[1,2,3]},"another":"x"}"#;
    let c: Conversation = serde_json::from_str(json).unwrap();
    assert_eq!(c.name, "projects/p/conversations/c");
}

#[test]
fn unknown_enum_numbers_survive_json() {
    let c: Conversation = serde_json::from_str(r#"{"lifecycleState": 42}"#).unwrap();
    assert_eq!(c.lifecycle_state, 42);
    assert_eq!(
        serde_json::to_value(&c).unwrap(),
        serde_json::json!({"lifecycleState": 42})
    );
    let err =
        serde_json::from_str::<Conversation>(r#"{"lifecycleState": "NOT_A_STATE"}"#).unwrap_err();
    assert!(err.to_string().contains("NOT_A_STATE"), "{err}");
}

fn status_with_details() -> Status {
    let mut metadata = HashMap::new();
    metadata.insert(
        "service".to_string(),
        "dialogflow.googleapis.com".to_string(),
    );
    Status {
        code: 3,
        message: "conversation_id is invalid".into(),
        details: vec![
            Any::pack(&ErrorInfo {
                reason: "BAD_ID".into(),
                domain: "dialogflow.googleapis.com".into(),
                metadata,
            }),
            Any::pack(&BadRequest {
                field_violations: vec![bad_request::FieldViolation {
                    field: "conversation_id".into(),
                    description: "must match [a-zA-Z][a-zA-Z0-9_-]*".into(),
                    ..Default::default()
                }],
            }),
            Any::pack(&RetryInfo {
                retry_delay: Some(Duration {
                    seconds: 1,
                    nanos: 500_000_000,
                }),
            }),
            Any::pack(&QuotaFailure {
                violations: vec![quota_failure::Violation {
                    subject: "project:p1".into(),
                    quota_value: 9_007_199_254_740_993,
                    ..Default::default()
                }],
            }),
            Any::pack(&Duration {
                seconds: 2,
                nanos: 0,
            }),
        ],
    }
}

const STATUS_JSON: &str = r#"{
  "code": 3,
  "message": "conversation_id is invalid",
  "details": [
    {"@type": "type.googleapis.com/google.rpc.ErrorInfo", "reason": "BAD_ID",
     "domain": "dialogflow.googleapis.com", "metadata": {"service": "dialogflow.googleapis.com"}},
    {"@type": "type.googleapis.com/google.rpc.BadRequest",
     "fieldViolations": [{"field": "conversation_id", "description": "must match [a-zA-Z][a-zA-Z0-9_-]*"}]},
    {"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "1.500s"},
    {"@type": "type.googleapis.com/google.rpc.QuotaFailure",
     "violations": [{"subject": "project:p1", "quotaValue": "9007199254740993"}]},
    {"@type": "type.googleapis.com/google.protobuf.Duration", "value": "2s"}
  ]
}"#;

#[test]
fn status_with_details_round_trips() {
    let s = status_with_details();
    binary_round_trip(&s);
    json_golden(&s, STATUS_JSON);
    let info: ErrorInfo = s.details[0].unpack().unwrap();
    assert_eq!(info.reason, "BAD_ID");
    assert!(s.details[0].unpack::<BadRequest>().is_err());
}

#[test]
fn any_with_unknown_type_is_a_clear_error() {
    let err = serde_json::from_str::<Status>(
        r#"{"details":[{"@type":"type.googleapis.com/acme.Secret","x":1}]}"#,
    )
    .unwrap_err();
    assert!(err.to_string().contains("acme.Secret"), "{err}");
    let any = Any {
        type_url: "type.googleapis.com/acme.Secret".into(),
        value: vec![1, 2, 3],
    };
    let err = serde_json::to_string(&any).unwrap_err();
    assert!(err.to_string().contains("acme.Secret"), "{err}");
    let err = serde_json::from_str::<Any>(r#"{"reason":"no type"}"#).unwrap_err();
    assert!(err.to_string().contains("@type"), "{err}");
}

#[test]
fn operation_round_trips() {
    let op = Operation {
        name: "projects/p1/locations/global/operations/op-7".into(),
        metadata: Some(Any::pack(&CreateConversationRequest {
            parent: "projects/p1/locations/global".into(),
            conversation_id: "c-7".into(),
            ..Default::default()
        })),
        done: true,
        result: Some(operation::Result::Error(Status {
            code: 1,
            message: "cancelled".into(),
            details: vec![],
        })),
    };
    binary_round_trip(&op);
    json_golden(
        &op,
        r#"{
          "name": "projects/p1/locations/global/operations/op-7",
          "metadata": {"@type": "type.googleapis.com/google.cloud.dialogflow.v2.CreateConversationRequest",
                       "parent": "projects/p1/locations/global", "conversationId": "c-7"},
          "done": true,
          "error": {"code": 1, "message": "cancelled"}
        }"#,
    );
}

#[test]
fn empty_message_writes_empty_object() {
    assert_eq!(
        serde_json::to_string(&Conversation::default()).unwrap(),
        "{}"
    );
    assert_eq!(
        serde_json::to_string(&dialogflow_types::protobuf::Empty {}).unwrap(),
        "{}"
    );
}

#[test]
fn malformed_input_is_an_error_not_a_panic() {
    for bad in [
        "",
        "[",
        "{\"name\": 5}",
        "{\"startTime\": \"yesterday\"}",
        "{\"phoneNumber\": []}",
        "null",
    ] {
        assert!(
            serde_json::from_str::<Conversation>(bad).is_err(),
            "{bad:?} accepted"
        );
    }
    assert!(Conversation::decode(&[0x0a, 0xff, 0xff][..]).is_err());
}
