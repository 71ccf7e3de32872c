//! Typed resource names for the Dialogflow v2 Conversations API.
//!
//! Every name the Conversations client sends or receives has its own type
//! here. Each type parses with [`FromStr`](core::str::FromStr) /
//! [`TryFrom`], formats with [`Display`](core::fmt::Display), exposes its ids
//! through accessors and navigates up with `parent()`. The crate has no
//! run-time dependencies; the optional `serde` feature (de)serializes every
//! name as a plain string.
//!
//! | Type | Patterns |
//! |---|---|
//! | [`ConversationName`] | `projects/{project}[/locations/{location}]/conversations/{conversation}` |
//! | [`MessageName`] | `projects/{project}[/locations/{location}]/conversations/{conversation}/messages/{message}` |
//! | [`ParticipantName`] | `projects/{project}[/locations/{location}]/conversations/{conversation}/participants/{participant}` |
//! | [`AnswerRecordName`] | `projects/{project}[/locations/{location}]/answerRecords/{answer_record}` |
//! | [`ConversationProfileName`] | `projects/{project}[/locations/{location}]/conversationProfiles/{conversation_profile}` |
//! | [`GeneratorName`] | `projects/{project}/locations/{location}/generators/{generator}` |
//! | [`KnowledgeBaseName`] | `projects/{project}[/locations/{location}]/knowledgeBases/{knowledge_base}` |
//! | [`DocumentName`] | `projects/{project}[/locations/{location}]/knowledgeBases/{knowledge_base}/documents/{document}` |
//! | [`OperationName`] | `projects/{project}[/locations/{location}]/operations/{operation}` |
//! | [`AgentName`] | `projects/{project}[/locations/{location}]/agent` |
//! | [`IntentName`] | `projects/{project}[/locations/{location}]/agent/intents/{intent}` |
//! | [`SessionName`] | `projects/{project}[/locations/{location}]/agent[/environments/{environment}/users/{user}]/sessions/{session}` |
//! | [`ContextName`] | `projects/{project}[/locations/{location}]/agent[/environments/{environment}/users/{user}]/sessions/{session}/contexts/{context}` |
//! | [`SessionEntityTypeName`] | `projects/{project}[/locations/{location}]/agent[/environments/{environment}/users/{user}]/sessions/{session}/entityTypes/{entity_type}` |
//! | [`CxSecuritySettingsName`] | `projects/{project}/locations/{location}/securitySettings/{security_settings}` |
//! | [`ConversationModelName`] | `projects/{project}[/locations/{location}]/conversationModels/{conversation_model}` |
//! | [`PhraseSetName`] | `projects/{project}/locations/{location}/phraseSets/{phrase_set}` |
//! | [`ParentName`] | `projects/{project}[/locations/{location}]` |
//! | [`ProjectName`] | `projects/{project}` |
//! | [`LocationName`] | `projects/{project}/locations/{location}` |
//! | [`OrganizationName`] | `organizations/{organization}` |
//! | [`FolderName`] | `folders/{folder}` |
//! | [`BillingAccountName`] | `billingAccounts/{billing_account}` |
//!
//! `[/locations/{location}]` marks the location pair as optional: the
//! project-level and the location-level name of a resource are the *same*
//! type, and `location()` returns an `Option<&str>`, so code handles both
//! without branching. In the same way `[/environments/{environment}/users/{user}]`
//! marks the two pairs of an ES session that sits under an environment's user
//! (`environment()` and `user()` are `None` for the agent's own sessions).
//! Each type lists its exact patterns in its `PATTERNS` constant.
//!
//! # Example
//!
//! ```
//! use dialogflow_paths::{ConversationName, MessageName, ParentName};
//!
//! // Parse what the API returned.
//! let message: MessageName =
//!     "projects/acme/locations/europe-west1/conversations/c-42/messages/m-7".parse()?;
//! assert_eq!(message.location(), Some("europe-west1"));
//!
//! // Walk up: message -> conversation -> project or location.
//! let conversation: ConversationName = message.parent();
//! let parent: ParentName = conversation.parent();
//! assert_eq!(parent.as_str(), "projects/acme/locations/europe-west1");
//!
//! // Build names from ids; the constructors validate them.
//! let other = ConversationName::new("acme", "c-43")?;
//! assert_eq!(other.to_string(), "projects/acme/conversations/c-43");
//! assert!(ConversationName::new("acme", "").is_err());
//! # Ok::<(), dialogflow_paths::ParseError>(())
//! ```
//!
//! # Rules for ids
//!
//! An id (the part in braces) must be non-empty and must not contain `/`.
//! Nothing else is checked: any other character, including non-ASCII ones,
//! `%`, spaces and control characters, is kept as it is, and formatting does
//! not escape anything. A rejected string gives a [`ParseError`] whose message
//! lists the accepted patterns, repeats the input and says where it failed:
//!
//! ```text
//! expected "projects/{project}/conversations/{conversation}" or "projects/{project}/locations/{location}/conversations/{conversation}", got "projects//conversations/x": segment {project} is empty
//! ```
//!
//! # Differences from the Python client's helpers
//!
//! Parsing here is stricter than the `parse_*_path` methods of Google's
//! Python client, which match patterns such as
//! `^projects/(?P<project>.+?)/conversations/(?P<conversation>.+?)$`:
//!
//! * **`/` inside an id is rejected.** Python's `.+?` happily captures a `/`,
//!   so `projects/a/b/conversations/c` gives the project `a/b`, and
//!   `projects/p/locations/l/conversations/c` matches the *project-level*
//!   pattern with the project `p/locations/l`. Such names are ambiguous:
//!   the same string could be read with different ids, or under a different
//!   pattern, so formatting the ids again would not be guaranteed to give
//!   back the same name. Here every valid string has exactly one reading,
//!   and `format(parse(s)) == s` always holds. The API's own HTTP routes
//!   (`projects/*/conversations/*`) also match one path segment per id.
//! * **Both patterns are accepted.** The Python parser knows only the
//!   project-level pattern; here `parse_conversation_path` and friends also
//!   accept the location-level one and report the location separately.
//! * **Newlines are ordinary characters.** Python's `.` does not match
//!   `\n`, so it rejects ids containing one, and its `$` also matches just
//!   before a final `\n`, so it reads `"projects/p/conversations/c\n"` as
//!   the conversation `c`. Here only `/` and empty ids are refused: that
//!   string is the conversation `"c\n"`, and formatting gives back the exact
//!   input. Validating the characters of an id is left to the server.
//! * **Failure is an error value.** Python returns an empty `dict`; here the
//!   `parse_*_path` functions return `Err(ParseError)` and on success the
//!   typed name, whose accessors replace the `dict` keys.
//! * The `*_path` formatting functions behave like Python's: they paste the
//!   ids into the project-level pattern without any check. Use the typed
//!   constructors (`ConversationName::new`, ...) to validate.
//!
//! # Performance
//!
//! Parsing is a single left-to-right scan over the bytes with no regular
//! expressions; the only allocation is the owned copy of the string (none
//! at all with `TryFrom<String>`). Formatting writes that stored string, and
//! accessors return slices of it. See the crate README for measurements.

#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod agent;
mod answer_record;
mod common;
mod compat;
mod conversation;
mod conversation_profile;
mod error;
mod generator;
mod grammar;
mod knowledge_base;
mod macros;
mod operation;
mod references;

#[doc(hidden)]
#[cfg(feature = "fuzzing")]
pub mod fuzzing;

pub use agent::{ContextName, IntentName, SessionEntityTypeName, SessionName};
pub use answer_record::AnswerRecordName;
pub use common::{
    BillingAccountName, FolderName, LocationName, OrganizationName, ParentName, ProjectName,
};
pub use compat::{
    agent_path, answer_record_path, common_billing_account_path, common_folder_path,
    common_location_path, common_organization_path, common_project_path, context_path,
    conversation_model_path, conversation_path, conversation_profile_path,
    cx_security_settings_path, document_path, generator_path, intent_path, knowledge_base_path,
    message_path, parse_agent_path, parse_answer_record_path, parse_common_billing_account_path,
    parse_common_folder_path, parse_common_location_path, parse_common_organization_path,
    parse_common_project_path, parse_context_path, parse_conversation_model_path,
    parse_conversation_path, parse_conversation_profile_path, parse_cx_security_settings_path,
    parse_document_path, parse_generator_path, parse_intent_path, parse_knowledge_base_path,
    parse_message_path, parse_participant_path, parse_phrase_set_path,
    parse_session_entity_type_path, participant_path, phrase_set_path, session_entity_type_path,
};
pub use conversation::{ConversationName, MessageName, ParticipantName};
pub use conversation_profile::ConversationProfileName;
pub use error::{ParseError, ParseErrorKind};
pub use generator::GeneratorName;
pub use knowledge_base::{DocumentName, KnowledgeBaseName};
pub use operation::OperationName;
pub use references::{AgentName, ConversationModelName, CxSecuritySettingsName, PhraseSetName};

// Runs the code blocks of the README as doctests, so its examples stay correct.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;

#[cfg(test)]
mod tests {
    use crate::grammar::{Named, Spec};
    use crate::*;

    fn spelled_out(spec: &Spec) -> Vec<String> {
        let run = |i: usize| {
            spec.optional_run
                .as_ref()
                .filter(|r| (r.first..r.first + r.len).contains(&i))
        };
        let layout = |skip_location: bool, skip_run: bool| {
            let mut out = String::new();
            for (i, (collection, segment)) in spec.collections.iter().zip(spec.segments).enumerate()
            {
                if (skip_location && i == 1) || (skip_run && run(i).is_some()) {
                    continue;
                }
                let collection = match &spec.optional_run {
                    Some(r) if skip_run && i == r.first + r.len => r.skipped,
                    _ => collection,
                };
                if !out.is_empty() {
                    out.push('/');
                }
                out.push_str(&format!("{collection}{segment}"));
            }
            out + spec.suffix
        };
        let locations: &[bool] = if spec.optional_location {
            &[true, false]
        } else {
            &[false]
        };
        let runs: &[bool] = if spec.optional_run.is_some() {
            &[true, false]
        } else {
            &[false]
        };
        let mut patterns = Vec::new();
        for &skip_location in locations {
            for &skip_run in runs {
                patterns.push(layout(skip_location, skip_run));
            }
        }
        patterns
    }

    /// The hand-written `patterns` of every spec agree with its collections and placeholders.
    #[test]
    fn patterns_match_specs() {
        let specs: [&Spec; 23] = [
            <ConversationName as Named<3>>::SPEC,
            <AnswerRecordName as Named<3>>::SPEC,
            <IntentName as Named<3>>::SPEC,
            <SessionName as Named<5>>::SPEC,
            <ContextName as Named<6>>::SPEC,
            <SessionEntityTypeName as Named<6>>::SPEC,
            <MessageName as Named<4>>::SPEC,
            <ParticipantName as Named<4>>::SPEC,
            <ConversationProfileName as Named<3>>::SPEC,
            <GeneratorName as Named<3>>::SPEC,
            <KnowledgeBaseName as Named<3>>::SPEC,
            <DocumentName as Named<4>>::SPEC,
            <OperationName as Named<3>>::SPEC,
            <AgentName as Named<2>>::SPEC,
            <CxSecuritySettingsName as Named<3>>::SPEC,
            <ConversationModelName as Named<3>>::SPEC,
            <PhraseSetName as Named<3>>::SPEC,
            <ParentName as Named<2>>::SPEC,
            <ProjectName as Named<1>>::SPEC,
            <LocationName as Named<2>>::SPEC,
            <OrganizationName as Named<1>>::SPEC,
            <FolderName as Named<1>>::SPEC,
            <BillingAccountName as Named<1>>::SPEC,
        ];
        for spec in specs {
            assert_eq!(spec.patterns, spelled_out(spec), "{spec:?}");
            for segment in spec.segments {
                assert!(segment.starts_with('{') && segment.ends_with('}'));
            }
        }
    }
}
