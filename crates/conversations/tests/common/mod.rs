//! Shared helpers of the integration tests: a connection to an emulator, and the conversation
//! and participant most tests start from.
#![allow(dead_code)]

use dialogflow_conversations::{
    ClientOptions, Connection, ConversationsClient, ParticipantsClient, Transport,
};
use dialogflow_emulator::EmulatorHandle;
use dialogflow_types::v2::participant::Role;
use dialogflow_types::v2::{Conversation, Participant};

/// The profile the tests' conversations name (the emulator does not check it by default).
pub const PROFILE: &str = "projects/p/conversationProfiles/support";

/// One connection to `emulator` over `transport`, for any number of clients.
pub async fn connection(emulator: &EmulatorHandle, transport: Transport) -> Connection {
    let options = ClientOptions::new()
        .with_emulator_host(emulator.host())
        .with_transport(transport);
    Connection::new(options).await.expect("connection builds")
}

/// A new conversation under `projects/p` on `profile`.
pub async fn conversation_on(conversations: &ConversationsClient, profile: &str) -> Conversation {
    conversations
        .create_conversation(
            "projects/p",
            Conversation {
                conversation_profile: profile.into(),
                ..Default::default()
            },
        )
        .await
        .expect("conversation created")
}

/// A new participant of `conversation` in `role`.
pub async fn participant(
    participants: &ParticipantsClient,
    conversation: &str,
    role: Role,
) -> Participant {
    participants
        .create_participant(
            conversation,
            Participant {
                role: role.into(),
                ..Default::default()
            },
        )
        .await
        .unwrap_or_else(|e| panic!("{role:?} participant created: {e}"))
}
