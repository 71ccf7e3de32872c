//! `ConversationProfilesClient` over the generated mock: a long-running operation that fails
//! returns its status as the error, and a result of another type than the declared one is an
//! error naming both types.
#![cfg(feature = "conversation-profiles")]

use std::sync::Arc;
use std::time::Duration;

use dialogflow_conversations::lro::PollingPolicy;
use dialogflow_conversations::{Code, ConversationProfilesClient, RetryPolicy};
use dialogflow_transport::MockConversationProfilesTransport;
use dialogflow_types::longrunning::{Operation, operation};
use dialogflow_types::protobuf::Any;
use dialogflow_types::v2::{Conversation, ConversationProfile};
use prost::{Message, Name};

const OP: &str = "projects/p/operations/o1";

fn running() -> Operation {
    Operation {
        name: OP.into(),
        ..Default::default()
    }
}

fn any<T: Message + Name>(m: &T) -> Any {
    Any {
        type_url: T::type_url(),
        value: m.encode_to_vec(),
    }
}

fn client(done: Operation) -> ConversationProfilesClient {
    let mut mock = MockConversationProfilesTransport::new();
    mock.expect_set_suggestion_feature_config()
        .returning(|_, _| Ok(running()));
    mock.expect_get_operation().returning(move |req, _| {
        assert_eq!(req.name, OP);
        Ok(done.clone())
    });
    ConversationProfilesClient::from_transport(Arc::new(mock))
}

fn fast() -> PollingPolicy {
    PollingPolicy::new()
        .with_initial_delay(Duration::from_millis(1))
        .with_max_delay(Duration::from_millis(1))
}

#[tokio::test]
async fn a_finished_operation_gives_its_typed_result() {
    let profile = ConversationProfile {
        name: "projects/p/conversationProfiles/a".into(),
        display_name: "x".into(),
        ..Default::default()
    };
    let c = client(Operation {
        name: OP.into(),
        done: true,
        result: Some(operation::Result::Response(any(&profile))),
        ..Default::default()
    });
    let result = c
        .set_suggestion_feature_config("projects/p/conversationProfiles/a")
        .with_polling_policy(fast())
        .until_done()
        .await
        .unwrap();
    assert_eq!(result, profile);
}

#[tokio::test]
async fn a_failed_operation_returns_its_status() {
    let c = client(Operation {
        name: OP.into(),
        done: true,
        result: Some(operation::Result::Error(dialogflow_types::rpc::Status {
            code: Code::FailedPrecondition as i32,
            message: "the feature needs a knowledge base".into(),
            details: Vec::new(),
        })),
        ..Default::default()
    });
    let err = c
        .set_suggestion_feature_config("projects/p/conversationProfiles/a")
        .with_retry(RetryPolicy::none())
        .with_polling_policy(fast())
        .until_done()
        .await
        .unwrap_err();
    assert_eq!(err.code(), Code::FailedPrecondition, "{err}");
    assert!(err.to_string().contains("knowledge base"), "{err}");
}

#[tokio::test]
async fn a_result_of_another_type_names_both_types() {
    let c = client(Operation {
        name: OP.into(),
        done: true,
        result: Some(operation::Result::Response(any(&Conversation::default()))),
        ..Default::default()
    });
    let err = c
        .set_suggestion_feature_config("projects/p/conversationProfiles/a")
        .with_polling_policy(fast())
        .until_done()
        .await
        .unwrap_err();
    let text = err.to_string();
    assert_eq!(err.code(), Code::Internal, "{text}");
    assert!(
        text.contains("\"type.googleapis.com/google.cloud.dialogflow.v2.Conversation\""),
        "{text}"
    );
    assert!(
        text.contains("not google.cloud.dialogflow.v2.ConversationProfile"),
        "{text}"
    );
}
