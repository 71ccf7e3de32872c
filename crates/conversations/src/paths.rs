//! Python-parity path helpers on the clients, delegating to `dialogflow-paths`.
//!
//! `ConversationsClient::conversation_path("p", "c")` formats a name and
//! `ConversationsClient::parse_conversation_path(s)` parses one into its typed
//! form, whose accessors give the ids (Python returns a dict of them). Parsing
//! is stricter than Python's: see the `dialogflow-paths` crate docs. Each client
//! has the helpers its Python counterpart has.

use dialogflow_paths as paths;
use dialogflow_paths::ParseError;

use crate::ConversationsClient;

macro_rules! path_helpers {
    ($client:ty => $(($format:ident, $parse:ident, $ty:ident, ($($arg:ident),+)),)*) => {
        impl $client {
            $(
                #[doc = concat!("Formats a `", stringify!($ty), "` from its ids (Python's `", stringify!($format), "`).")]
                pub fn $format($($arg: &str),+) -> String {
                    paths::$format($($arg),+)
                }

                #[doc = concat!("Parses a `", stringify!($ty), "` (Python's `", stringify!($parse), "`).")]
                pub fn $parse(path: &str) -> Result<paths::$ty, ParseError> {
                    paths::$parse(path)
                }
            )*
        }
    };
}

path_helpers! {
    ConversationsClient =>
    (conversation_path, parse_conversation_path, ConversationName, (project, conversation)),
    (message_path, parse_message_path, MessageName, (project, conversation, message)),
    (participant_path, parse_participant_path, ParticipantName, (project, conversation, participant)),
    (conversation_profile_path, parse_conversation_profile_path, ConversationProfileName, (project, conversation_profile)),
    (generator_path, parse_generator_path, GeneratorName, (project, location, generator)),
    (knowledge_base_path, parse_knowledge_base_path, KnowledgeBaseName, (project, knowledge_base)),
    (document_path, parse_document_path, DocumentName, (project, knowledge_base, document)),
    (common_project_path, parse_common_project_path, ProjectName, (project)),
    (common_location_path, parse_common_location_path, LocationName, (project, location)),
    (common_organization_path, parse_common_organization_path, OrganizationName, (organization)),
    (common_folder_path, parse_common_folder_path, FolderName, (folder)),
    (common_billing_account_path, parse_common_billing_account_path, BillingAccountName, (billing_account)),
}

#[cfg(feature = "conversation-profiles")]
path_helpers! {
    crate::ConversationProfilesClient =>
    (agent_path, parse_agent_path, AgentName, (project)),
    (cx_security_settings_path, parse_cx_security_settings_path, CxSecuritySettingsName, (project, location, security_settings)),
    (conversation_model_path, parse_conversation_model_path, ConversationModelName, (project, location, conversation_model)),
    (conversation_profile_path, parse_conversation_profile_path, ConversationProfileName, (project, conversation_profile)),
    (document_path, parse_document_path, DocumentName, (project, knowledge_base, document)),
    (generator_path, parse_generator_path, GeneratorName, (project, location, generator)),
    (knowledge_base_path, parse_knowledge_base_path, KnowledgeBaseName, (project, knowledge_base)),
    (phrase_set_path, parse_phrase_set_path, PhraseSetName, (project, location, phrase_set)),
    (common_project_path, parse_common_project_path, ProjectName, (project)),
    (common_location_path, parse_common_location_path, LocationName, (project, location)),
    (common_organization_path, parse_common_organization_path, OrganizationName, (organization)),
    (common_folder_path, parse_common_folder_path, FolderName, (folder)),
    (common_billing_account_path, parse_common_billing_account_path, BillingAccountName, (billing_account)),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn helpers_delegate() {
        assert_eq!(
            ConversationsClient::conversation_path("p", "c"),
            "projects/p/conversations/c"
        );
        let parsed =
            ConversationsClient::parse_conversation_path("projects/p/conversations/c").unwrap();
        assert_eq!(parsed.project(), "p");
        assert_eq!(
            ConversationsClient::message_path("p", "c", "m"),
            "projects/p/conversations/c/messages/m"
        );
        assert_eq!(ConversationsClient::common_project_path("p"), "projects/p");
        assert_eq!(
            ConversationsClient::common_location_path("p", "l"),
            "projects/p/locations/l"
        );
        assert_eq!(ConversationsClient::common_folder_path("f"), "folders/f");
        assert_eq!(
            ConversationsClient::common_billing_account_path("b"),
            "billingAccounts/b"
        );
        assert_eq!(
            ConversationsClient::common_organization_path("o"),
            "organizations/o"
        );
        assert!(ConversationsClient::parse_conversation_path("nope").is_err());
        assert_eq!(
            ConversationsClient::parse_common_location_path("projects/p/locations/l")
                .unwrap()
                .location(),
            "l"
        );
    }

    /// The participants client has the helpers of Python's `ParticipantsClient`.
    #[cfg(feature = "participants")]
    #[test]
    fn participants_client_helpers_delegate() {
        use crate::ParticipantsClient as C;

        assert_eq!(
            C::answer_record_path("p", "r"),
            "projects/p/answerRecords/r"
        );
        let record = C::parse_answer_record_path("projects/p/locations/l/answerRecords/r").unwrap();
        assert_eq!(
            (record.location(), record.answer_record()),
            (Some("l"), "r")
        );
        assert_eq!(
            C::context_path("p", "s", "c"),
            "projects/p/agent/sessions/s/contexts/c"
        );
        let context =
            C::parse_context_path("projects/p/agent/environments/e/users/u/sessions/s/contexts/c")
                .unwrap();
        assert_eq!(
            (context.environment(), context.user()),
            (Some("e"), Some("u"))
        );
        assert_eq!(C::intent_path("p", "i"), "projects/p/agent/intents/i");
        assert_eq!(
            C::parse_intent_path("projects/p/agent/intents/i")
                .unwrap()
                .intent(),
            "i"
        );
        assert_eq!(
            C::session_entity_type_path("p", "s", "t"),
            "projects/p/agent/sessions/s/entityTypes/t"
        );
        assert_eq!(
            C::parse_session_entity_type_path(
                "projects/p/locations/l/agent/sessions/s/entityTypes/t"
            )
            .unwrap()
            .entity_type(),
            "t"
        );
        assert_eq!(
            C::participant_path("p", "c", "a"),
            "projects/p/conversations/c/participants/a"
        );
        assert_eq!(
            C::message_path("p", "c", "m"),
            "projects/p/conversations/c/messages/m"
        );
        // Python answers a name of another kind with an empty dict; here, an error that says
        // what was expected.
        let err = C::parse_intent_path("projects/p/intents/i").unwrap_err();
        assert!(
            err.to_string()
                .contains("\"projects/{project}/agent/intents/{intent}\""),
            "{err}"
        );
        assert!(C::parse_context_path("projects/p/agent/sessions/s").is_err());
    }

    /// The profiles client has the helpers of Python's `ConversationProfilesClient`.
    #[cfg(feature = "conversation-profiles")]
    #[test]
    fn profiles_client_helpers_delegate() {
        use crate::ConversationProfilesClient as C;

        assert_eq!(C::agent_path("p"), "projects/p/agent");
        assert_eq!(
            C::parse_agent_path("projects/p/locations/l/agent")
                .unwrap()
                .location(),
            Some("l")
        );
        assert_eq!(
            C::cx_security_settings_path("p", "l", "s"),
            "projects/p/locations/l/securitySettings/s"
        );
        assert_eq!(
            C::conversation_model_path("p", "l", "m"),
            "projects/p/locations/l/conversationModels/m"
        );
        assert_eq!(
            C::phrase_set_path("p", "l", "x"),
            "projects/p/locations/l/phraseSets/x"
        );
        assert_eq!(
            C::conversation_profile_path("p", "cp"),
            "projects/p/conversationProfiles/cp"
        );
        assert_eq!(
            C::parse_conversation_profile_path("projects/p/conversationProfiles/cp")
                .unwrap()
                .conversation_profile(),
            "cp"
        );
        assert_eq!(
            C::parse_phrase_set_path("projects/p/locations/l/phraseSets/x")
                .unwrap()
                .phrase_set(),
            "x"
        );
        assert!(C::parse_cx_security_settings_path("projects/p/securitySettings/s").is_err());
        assert_eq!(C::common_folder_path("f"), "folders/f");
    }
}

#[cfg(feature = "participants")]
path_helpers! {
    crate::ParticipantsClient =>
    (answer_record_path, parse_answer_record_path, AnswerRecordName, (project, answer_record)),
    (context_path, parse_context_path, ContextName, (project, session, context)),
    (conversation_path, parse_conversation_path, ConversationName, (project, conversation)),
    (intent_path, parse_intent_path, IntentName, (project, intent)),
    (participant_path, parse_participant_path, ParticipantName, (project, conversation, participant)),
    (message_path, parse_message_path, MessageName, (project, conversation, message)),
    (document_path, parse_document_path, DocumentName, (project, knowledge_base, document)),
    (session_entity_type_path, parse_session_entity_type_path, SessionEntityTypeName, (project, session, entity_type)),
    (phrase_set_path, parse_phrase_set_path, PhraseSetName, (project, location, phrase_set)),
    (common_project_path, parse_common_project_path, ProjectName, (project)),
    (common_location_path, parse_common_location_path, LocationName, (project, location)),
    (common_organization_path, parse_common_organization_path, OrganizationName, (organization)),
    (common_folder_path, parse_common_folder_path, FolderName, (folder)),
    (common_billing_account_path, parse_common_billing_account_path, BillingAccountName, (billing_account)),
}
