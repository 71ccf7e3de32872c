//! A first look at dialogflow-rs: builds Conversations API messages and shows their two wire
//! forms (protobuf binary and proto3 JSON).
//!
//! Run it with `cargo run --example quickstart`.

use dialogflow_types::protobuf::{Any, Timestamp};
use dialogflow_types::rpc::{BadRequest, Status, bad_request};
use dialogflow_types::v2::conversation::LifecycleState;
use dialogflow_types::v2::{Conversation, CreateConversationRequest};
use prost::Message as _;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let request = CreateConversationRequest {
        parent: "projects/my-project/locations/global".into(),
        conversation: Some(Conversation {
            conversation_profile:
                "projects/my-project/locations/global/conversationProfiles/support".into(),
            ..Default::default()
        }),
        conversation_id: "order-4711".into(),
    };
    println!(
        "CreateConversationRequest as proto3 JSON:\n{}\n",
        serde_json::to_string_pretty(&request)?
    );
    println!(
        "... and as protobuf binary: {} bytes\n",
        request.encoded_len()
    );

    let created = Conversation {
        name: format!(
            "{}/conversations/{}",
            request.parent, request.conversation_id
        ),
        lifecycle_state: LifecycleState::InProgress as i32,
        start_time: Some(Timestamp::now()),
        ..request.conversation.clone().unwrap_or_default()
    };
    println!(
        "A created Conversation:\n{}\n",
        serde_json::to_string_pretty(&created)?
    );

    let error = Status {
        code: 3,
        message: "conversation_id must start with a letter".into(),
        details: vec![Any::pack(&BadRequest {
            field_violations: vec![bad_request::FieldViolation {
                field: "conversation_id".into(),
                description: "must start with a letter".into(),
                ..Default::default()
            }],
        })],
    };
    println!(
        "An error Status with typed details:\n{}",
        serde_json::to_string_pretty(&error)?
    );
    let back: Status = serde_json::from_str(&serde_json::to_string(&error)?)?;
    let details: BadRequest = back.details[0].unpack()?;
    println!(
        "\nUnpacked detail: field {:?}",
        details.field_violations[0].field
    );
    Ok(())
}
