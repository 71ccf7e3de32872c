//! Free functions named like the path helpers of Google's Python `ConversationsClient`,
//! `ConversationProfilesClient` and `ParticipantsClient`.
//!
//! They exist so that code ported from Python can keep its shape. New code
//! should prefer the typed names ([`ConversationName::new`], `str::parse`).
//!
//! * The `*_path` functions format exactly like Python: they paste the ids
//!   into the pattern Python uses (for a name with an optional location, the
//!   project-level one, except `conversation_model_path`, which takes a
//!   location as Python's does) and **do not validate** them.
//! * The `parse_*_path` functions return the typed name instead of a `dict`:
//!   `Ok(name)` where Python returns the segments (read them with the name's
//!   accessors), `Err(ParseError)` where Python returns an empty `dict`. They
//!   accept both the project-level and the location-level pattern, and are
//!   stricter than Python about `/` inside ids (see the crate docs).
//!
//! ```
//! use dialogflow_paths::{conversation_path, parse_conversation_path};
//!
//! let path = conversation_path("my-project", "c-1");
//! assert_eq!(path, "projects/my-project/conversations/c-1");
//!
//! let parsed = parse_conversation_path(&path)?;
//! assert_eq!((parsed.project(), parsed.conversation()), ("my-project", "c-1"));
//! assert!(parse_conversation_path("projects/my-project").is_err());
//! # Ok::<(), dialogflow_paths::ParseError>(())
//! ```

use crate::{
    AgentName, AnswerRecordName, BillingAccountName, ContextName, ConversationModelName,
    ConversationName, ConversationProfileName, CxSecuritySettingsName, DocumentName, FolderName,
    GeneratorName, IntentName, KnowledgeBaseName, LocationName, MessageName, OrganizationName,
    ParseError, ParticipantName, PhraseSetName, ProjectName, SessionEntityTypeName,
};

/// Formats `projects/{project}/conversations/{conversation}` without validating the ids.
pub fn conversation_path(project: &str, conversation: &str) -> String {
    format!("projects/{project}/conversations/{conversation}")
}

/// Parses a conversation name (project or location level).
pub fn parse_conversation_path(path: &str) -> Result<ConversationName, ParseError> {
    path.parse()
}

/// Formats `projects/{project}/conversations/{conversation}/messages/{message}` without validating the ids.
pub fn message_path(project: &str, conversation: &str, message: &str) -> String {
    format!("projects/{project}/conversations/{conversation}/messages/{message}")
}

/// Parses a message name (project or location level).
pub fn parse_message_path(path: &str) -> Result<MessageName, ParseError> {
    path.parse()
}

/// Formats `projects/{project}/conversationProfiles/{conversation_profile}` without validating the ids.
pub fn conversation_profile_path(project: &str, conversation_profile: &str) -> String {
    format!("projects/{project}/conversationProfiles/{conversation_profile}")
}

/// Parses a conversation profile name (project or location level).
pub fn parse_conversation_profile_path(path: &str) -> Result<ConversationProfileName, ParseError> {
    path.parse()
}

/// Formats `projects/{project}/conversations/{conversation}/participants/{participant}` without validating the ids.
pub fn participant_path(project: &str, conversation: &str, participant: &str) -> String {
    format!("projects/{project}/conversations/{conversation}/participants/{participant}")
}

/// Parses a participant name (project or location level).
pub fn parse_participant_path(path: &str) -> Result<ParticipantName, ParseError> {
    path.parse()
}

/// Formats `projects/{project}/locations/{location}/generators/{generator}` without validating the ids.
pub fn generator_path(project: &str, location: &str, generator: &str) -> String {
    format!("projects/{project}/locations/{location}/generators/{generator}")
}

/// Parses a generator name (location level only, as in the API).
pub fn parse_generator_path(path: &str) -> Result<GeneratorName, ParseError> {
    path.parse()
}

/// Formats `projects/{project}/knowledgeBases/{knowledge_base}` without validating the ids.
pub fn knowledge_base_path(project: &str, knowledge_base: &str) -> String {
    format!("projects/{project}/knowledgeBases/{knowledge_base}")
}

/// Parses a knowledge base name (project or location level).
pub fn parse_knowledge_base_path(path: &str) -> Result<KnowledgeBaseName, ParseError> {
    path.parse()
}

/// Formats `projects/{project}/knowledgeBases/{knowledge_base}/documents/{document}` without validating the ids.
pub fn document_path(project: &str, knowledge_base: &str, document: &str) -> String {
    format!("projects/{project}/knowledgeBases/{knowledge_base}/documents/{document}")
}

/// Parses a document name (project or location level).
pub fn parse_document_path(path: &str) -> Result<DocumentName, ParseError> {
    path.parse()
}

/// Formats `projects/{project}/agent` without validating the id.
pub fn agent_path(project: &str) -> String {
    format!("projects/{project}/agent")
}

/// Parses an agent name (project or location level).
pub fn parse_agent_path(path: &str) -> Result<AgentName, ParseError> {
    path.parse()
}

/// Formats `projects/{project}/locations/{location}/securitySettings/{security_settings}` without validating the ids.
pub fn cx_security_settings_path(project: &str, location: &str, security_settings: &str) -> String {
    format!("projects/{project}/locations/{location}/securitySettings/{security_settings}")
}

/// Parses a CX security settings name (location level only, as in the API).
pub fn parse_cx_security_settings_path(path: &str) -> Result<CxSecuritySettingsName, ParseError> {
    path.parse()
}

/// Formats `projects/{project}/locations/{location}/conversationModels/{conversation_model}`
/// without validating the ids (the location-level pattern, with Python's arguments).
pub fn conversation_model_path(project: &str, location: &str, conversation_model: &str) -> String {
    format!("projects/{project}/locations/{location}/conversationModels/{conversation_model}")
}

/// Parses a conversation model name (project or location level).
pub fn parse_conversation_model_path(path: &str) -> Result<ConversationModelName, ParseError> {
    path.parse()
}

/// Formats `projects/{project}/locations/{location}/phraseSets/{phrase_set}` without validating the ids.
pub fn phrase_set_path(project: &str, location: &str, phrase_set: &str) -> String {
    format!("projects/{project}/locations/{location}/phraseSets/{phrase_set}")
}

/// Parses a Speech-to-Text phrase set name (location level only, as in the API).
pub fn parse_phrase_set_path(path: &str) -> Result<PhraseSetName, ParseError> {
    path.parse()
}

/// Formats `projects/{project}/answerRecords/{answer_record}` without validating the ids.
pub fn answer_record_path(project: &str, answer_record: &str) -> String {
    format!("projects/{project}/answerRecords/{answer_record}")
}

/// Parses an answer record name (project or location level).
pub fn parse_answer_record_path(path: &str) -> Result<AnswerRecordName, ParseError> {
    path.parse()
}

/// Formats `projects/{project}/agent/intents/{intent}` without validating the ids.
pub fn intent_path(project: &str, intent: &str) -> String {
    format!("projects/{project}/agent/intents/{intent}")
}

/// Parses an intent name (project or location level).
pub fn parse_intent_path(path: &str) -> Result<IntentName, ParseError> {
    path.parse()
}

/// Formats `projects/{project}/agent/sessions/{session}/contexts/{context}` without validating
/// the ids.
pub fn context_path(project: &str, session: &str, context: &str) -> String {
    format!("projects/{project}/agent/sessions/{session}/contexts/{context}")
}

/// Parses a context name (any of the four session patterns, see [`ContextName`]).
pub fn parse_context_path(path: &str) -> Result<ContextName, ParseError> {
    path.parse()
}

/// Formats `projects/{project}/agent/sessions/{session}/entityTypes/{entity_type}` without
/// validating the ids.
pub fn session_entity_type_path(project: &str, session: &str, entity_type: &str) -> String {
    format!("projects/{project}/agent/sessions/{session}/entityTypes/{entity_type}")
}

/// Parses a session entity type name (any of the four session patterns, see
/// [`SessionEntityTypeName`]).
pub fn parse_session_entity_type_path(path: &str) -> Result<SessionEntityTypeName, ParseError> {
    path.parse()
}

/// Formats `projects/{project}` without validating the id.
pub fn common_project_path(project: &str) -> String {
    format!("projects/{project}")
}

/// Parses `projects/{project}`.
pub fn parse_common_project_path(path: &str) -> Result<ProjectName, ParseError> {
    path.parse()
}

/// Formats `projects/{project}/locations/{location}` without validating the ids.
pub fn common_location_path(project: &str, location: &str) -> String {
    format!("projects/{project}/locations/{location}")
}

/// Parses `projects/{project}/locations/{location}`.
pub fn parse_common_location_path(path: &str) -> Result<LocationName, ParseError> {
    path.parse()
}

/// Formats `organizations/{organization}` without validating the id.
pub fn common_organization_path(organization: &str) -> String {
    format!("organizations/{organization}")
}

/// Parses `organizations/{organization}`.
pub fn parse_common_organization_path(path: &str) -> Result<OrganizationName, ParseError> {
    path.parse()
}

/// Formats `folders/{folder}` without validating the id.
pub fn common_folder_path(folder: &str) -> String {
    format!("folders/{folder}")
}

/// Parses `folders/{folder}`.
pub fn parse_common_folder_path(path: &str) -> Result<FolderName, ParseError> {
    path.parse()
}

/// Formats `billingAccounts/{billing_account}` without validating the id.
pub fn common_billing_account_path(billing_account: &str) -> String {
    format!("billingAccounts/{billing_account}")
}

/// Parses `billingAccounts/{billing_account}`.
pub fn parse_common_billing_account_path(path: &str) -> Result<BillingAccountName, ParseError> {
    path.parse()
}
