//! Property checks shared by the cargo-fuzz targets (`fuzz/fuzz_targets/paths_*.rs`)
//! and the corpus replay test (`tests/fuzz_corpus.rs`), so the two cannot drift apart.
//!
//! Not part of the supported API: it is public only so that the fuzz crate can call it.
//! Every check panics when a property does not hold, which is what a fuzzer reports.

use core::fmt::{Debug, Display};
use core::hash::Hash;
use core::str::FromStr;

use crate::grammar::{Named, Raw, Spec};
use crate::*;

/// A group of related name types, each covered by one fuzz target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    /// `ConversationName`, `MessageName`, `ParticipantName`, and `AnswerRecordName` (the
    /// records of what was suggested in a conversation).
    Conversation,
    /// `ConversationProfileName`, `GeneratorName`, and the names a profile refers to:
    /// `AgentName`, `CxSecuritySettingsName`, `ConversationModelName`, `PhraseSetName`.
    Profile,
    /// `KnowledgeBaseName`, `DocumentName`.
    Knowledge,
    /// `OperationName`.
    Operation,
    /// `ProjectName`, `LocationName`, `ParentName`, `OrganizationName`, `FolderName`, `BillingAccountName`.
    Common,
    /// The resources of a Dialogflow ES agent: `IntentName`, `SessionName`, `ContextName`,
    /// `SessionEntityTypeName`.
    Agent,
}

impl Family {
    /// Every family, in a fixed order.
    pub const ALL: [Family; 6] = [
        Family::Conversation,
        Family::Profile,
        Family::Knowledge,
        Family::Operation,
        Family::Common,
        Family::Agent,
    ];

    /// The name of the fuzz target (and of its corpus directory) for this family.
    pub fn target_name(self) -> &'static str {
        match self {
            Family::Conversation => "paths_conversation",
            Family::Profile => "paths_profile",
            Family::Knowledge => "paths_knowledge",
            Family::Operation => "paths_operation",
            Family::Common => "paths_common",
            Family::Agent => "paths_agent",
        }
    }

    /// The family whose fuzz target has this name.
    pub fn from_target_name(name: &str) -> Option<Family> {
        Family::ALL
            .into_iter()
            .find(|family| family.target_name() == name)
    }
}

/// Runs every family's checks on one input.
pub fn check_roundtrip(data: &[u8]) {
    for family in Family::ALL {
        check_family(family, data);
    }
}

/// Runs one family's checks on one input: parsing never panics, agrees with a
/// naive reference parser, and an accepted input formats back to itself.
pub fn check_family(family: Family, data: &[u8]) {
    let input = String::from_utf8_lossy(data);
    let input = input.as_ref();
    match family {
        Family::Conversation => check_conversation_family(input),
        Family::Profile => check_profile_family(input),
        Family::Knowledge => check_knowledge_family(input),
        Family::Operation => check_operation_family(input),
        Family::Common => check_common_family(input),
        Family::Agent => check_agent_family(input),
    }
}

fn check_conversation_family(input: &str) {
    let conversation = check_name::<ConversationName, 3>(input);
    assert_eq!(parse_conversation_path(input).ok(), conversation);
    if let Some(name) = conversation {
        check_parent(input, name.parent().as_str());
        if name.location().is_none() {
            assert_eq!(
                conversation_path(name.project(), name.conversation()),
                input
            );
        }
    }
    let message = check_name::<MessageName, 4>(input);
    assert_eq!(parse_message_path(input).ok(), message);
    if let Some(name) = message {
        check_parent(input, name.parent().as_str());
        assert_eq!(name.parent().message(name.message()).as_ref(), Ok(&name));
        if name.location().is_none() {
            assert_eq!(
                message_path(name.project(), name.conversation(), name.message()),
                input
            );
        }
    }
    let participant = check_name::<ParticipantName, 4>(input);
    assert_eq!(parse_participant_path(input).ok(), participant);
    if let Some(name) = participant {
        check_parent(input, name.parent().as_str());
        assert_eq!(
            name.parent().participant(name.participant()).as_ref(),
            Ok(&name)
        );
    }
    check_answer_record(input);
}

fn check_answer_record(input: &str) {
    let record = check_name::<AnswerRecordName, 3>(input);
    assert_eq!(parse_answer_record_path(input).ok(), record);
    if let Some(name) = record {
        check_parent(input, name.parent().as_str());
        assert_eq!(
            name.parent().answer_record(name.answer_record()).as_ref(),
            Ok(&name)
        );
        if name.location().is_none() {
            assert_eq!(
                answer_record_path(name.project(), name.answer_record()),
                input
            );
        }
    }
}

fn check_agent_family(input: &str) {
    let intent = check_name::<IntentName, 3>(input);
    assert_eq!(parse_intent_path(input).ok(), intent);
    if let Some(name) = intent {
        check_parent(input, name.agent().as_str());
        assert_eq!(name.agent().intent(name.intent()).as_ref(), Ok(&name));
        if name.location().is_none() {
            assert_eq!(intent_path(name.project(), name.intent()), input);
        }
    }
    let session = check_name::<SessionName, 5>(input);
    if let Some(name) = &session {
        // An environment's session is not the agent's own, which the agent builds.
        assert_eq!(
            name.agent().session(name.session()).as_ref() == Ok(name),
            name.environment().is_none()
        );
        assert_eq!(name.environment().is_some(), name.user().is_some());
        assert_eq!(name.context("c").map(|c| c.parent()).as_ref(), Ok(name));
        assert_eq!(name.entity_type("e").map(|e| e.parent()).as_ref(), Ok(name));
    }
    let context = check_name::<ContextName, 6>(input);
    assert_eq!(parse_context_path(input).ok(), context);
    if let Some(name) = context {
        check_parent(input, name.parent().as_str());
        assert_eq!(name.parent().context(name.context()).as_ref(), Ok(&name));
        if name.location().is_none() && name.environment().is_none() {
            assert_eq!(
                context_path(name.project(), name.session(), name.context()),
                input
            );
        }
    }
    let entity_type = check_name::<SessionEntityTypeName, 6>(input);
    assert_eq!(parse_session_entity_type_path(input).ok(), entity_type);
    if let Some(name) = entity_type {
        check_parent(input, name.parent().as_str());
        assert_eq!(
            name.parent().entity_type(name.entity_type()).as_ref(),
            Ok(&name)
        );
        if name.location().is_none() && name.environment().is_none() {
            assert_eq!(
                session_entity_type_path(name.project(), name.session(), name.entity_type()),
                input
            );
        }
    }
}

fn check_profile_family(input: &str) {
    let profile = check_name::<ConversationProfileName, 3>(input);
    assert_eq!(parse_conversation_profile_path(input).ok(), profile);
    if let Some(name) = profile {
        check_parent(input, name.parent().as_str());
        let rebuilt = name
            .parent()
            .conversation_profile(name.conversation_profile());
        assert_eq!(rebuilt.as_ref(), Ok(&name));
    }
    let generator = check_name::<GeneratorName, 3>(input);
    assert_eq!(parse_generator_path(input).ok(), generator);
    if let Some(name) = generator {
        check_parent(input, name.parent().as_str());
        assert_eq!(
            generator_path(name.project(), name.location(), name.generator()),
            input
        );
    }
    let agent = check_name::<AgentName, 2>(input);
    assert_eq!(parse_agent_path(input).ok(), agent);
    if let Some(name) = agent {
        check_parent(input, name.parent().as_str());
        assert_eq!(name.parent().agent(), name);
        if name.location().is_none() {
            assert_eq!(agent_path(name.project()), input);
        }
    }
    let settings = check_name::<CxSecuritySettingsName, 3>(input);
    assert_eq!(parse_cx_security_settings_path(input).ok(), settings);
    if let Some(name) = settings {
        check_parent(input, name.parent().as_str());
        assert_eq!(
            name.parent()
                .cx_security_settings(name.security_settings())
                .as_ref(),
            Ok(&name)
        );
        assert_eq!(
            cx_security_settings_path(name.project(), name.location(), name.security_settings()),
            input
        );
    }
    let model = check_name::<ConversationModelName, 3>(input);
    assert_eq!(parse_conversation_model_path(input).ok(), model);
    if let Some(name) = model {
        check_parent(input, name.parent().as_str());
        assert_eq!(
            name.parent()
                .conversation_model(name.conversation_model())
                .as_ref(),
            Ok(&name)
        );
        if let Some(location) = name.location() {
            assert_eq!(
                conversation_model_path(name.project(), location, name.conversation_model()),
                input
            );
        }
    }
    let phrase_set = check_name::<PhraseSetName, 3>(input);
    assert_eq!(parse_phrase_set_path(input).ok(), phrase_set);
    if let Some(name) = phrase_set {
        check_parent(input, name.parent().as_str());
        assert_eq!(
            name.parent().phrase_set(name.phrase_set()).as_ref(),
            Ok(&name)
        );
        assert_eq!(
            phrase_set_path(name.project(), name.location(), name.phrase_set()),
            input
        );
    }
}

fn check_knowledge_family(input: &str) {
    let knowledge_base = check_name::<KnowledgeBaseName, 3>(input);
    assert_eq!(parse_knowledge_base_path(input).ok(), knowledge_base);
    if let Some(name) = knowledge_base {
        check_parent(input, name.parent().as_str());
    }
    let document = check_name::<DocumentName, 4>(input);
    assert_eq!(parse_document_path(input).ok(), document);
    if let Some(name) = document {
        check_parent(input, name.parent().as_str());
        assert_eq!(name.parent().document(name.document()).as_ref(), Ok(&name));
    }
}

fn check_operation_family(input: &str) {
    if let Some(name) = check_name::<OperationName, 3>(input) {
        check_parent(input, name.parent().as_str());
        assert_eq!(
            name.parent().operation(name.operation()).as_ref(),
            Ok(&name)
        );
    }
}

fn check_common_family(input: &str) {
    let project = check_name::<ProjectName, 1>(input);
    assert_eq!(parse_common_project_path(input).ok(), project);
    let location = check_name::<LocationName, 2>(input);
    assert_eq!(parse_common_location_path(input).ok(), location);
    if let Some(name) = &location {
        check_parent(input, name.parent().as_str());
    }
    let parent = check_name::<ParentName, 2>(input);
    // A parent is exactly a project or a location, and converts from either.
    assert_eq!(parent.is_some(), project.is_some() || location.is_some());
    if let Some(project) = project {
        assert_eq!(Some(ParentName::from(project)), parent);
    } else if let Some(location) = location {
        assert_eq!(Some(ParentName::from(location.clone())), parent);
        assert_eq!(parent.and_then(|p| p.location_name()), Some(location));
    }
    let organization = check_name::<OrganizationName, 1>(input);
    assert_eq!(parse_common_organization_path(input).ok(), organization);
    let folder = check_name::<FolderName, 1>(input);
    assert_eq!(parse_common_folder_path(input).ok(), folder);
    let billing = check_name::<BillingAccountName, 1>(input);
    assert_eq!(parse_common_billing_account_path(input).ok(), billing);
}

/// A parent is a strict prefix of its child, followed by `/`.
fn check_parent(child: &str, parent: &str) {
    assert!(
        child.len() > parent.len()
            && child.starts_with(parent)
            && child.as_bytes()[parent.len()] == b'/',
        "parent {parent:?} is not a prefix of {child:?}"
    );
}

/// Checks one type against `input`, both as a whole name and as `\0`-separated ids; returns the parsed name.
fn check_name<T, const N: usize>(input: &str) -> Option<T>
where
    T: Named<N>
        + FromStr<Err = ParseError>
        + for<'a> TryFrom<&'a str, Error = ParseError>
        + TryFrom<String, Error = ParseError>
        + Display
        + Debug
        + Clone
        + Ord
        + Hash
        + AsRef<str>,
{
    check_build::<T, N>(input);

    let parsed = input.parse::<T>();
    assert_eq!(T::try_from(input), parsed);
    assert_eq!(T::try_from(input.to_owned()), parsed);
    let reference = reference_parse::<N>(T::SPEC, input);
    match parsed {
        Ok(name) => {
            assert_eq!(name.to_string(), input);
            assert_eq!(name.as_ref(), input);
            let ids = name.raw().ids();
            assert_eq!(
                Some(ids),
                reference,
                "parser and reference disagree on {input:?}"
            );
            let rebuilt =
                T::from_raw(Raw::build(T::SPEC, ids).expect("ids of a parsed name rebuild"));
            assert_eq!(rebuilt.cmp(&name), core::cmp::Ordering::Equal);
            assert!(!format!("{name:?}").is_empty());
            Some(name)
        }
        Err(err) => {
            assert_eq!(reference, None, "parser rejected {input:?}: {err}");
            assert_eq!(err.input(), input);
            assert_eq!(err.expected(), T::SPEC.patterns);
            let message = err.to_string();
            assert!(message.starts_with("expected \""), "{message}");
            assert!(message.contains(&format!("{input:?}")), "{message}");
            None
        }
    }
}

/// Treats `input` as ids separated by `\0` and checks the constructor path: as many parts as
/// the type has pairs, or fewer by the pairs a name may leave out (the location, the optional
/// run, or both), which are then `None`.
fn check_build<T, const N: usize>(input: &str)
where
    T: Named<N> + FromStr<Err = ParseError> + Display + Debug + PartialEq,
{
    let parts: Vec<&str> = input.split('\0').collect();
    let spec = T::SPEC;
    let Some(absent) = layouts::<N>(spec)
        .into_iter()
        .find(|absent| absent.iter().filter(|&&a| !a).count() == parts.len())
    else {
        return;
    };
    let mut given = parts.iter();
    let ids: [Option<&str>; N] = core::array::from_fn(|i| {
        if absent[i] {
            None
        } else {
            given.next().copied()
        }
    });
    let valid = ids
        .iter()
        .flatten()
        .all(|id| !id.is_empty() && !id.contains('/'));
    match Raw::build(spec, ids) {
        Ok(raw) => {
            assert!(valid, "built a name from invalid ids {ids:?}");
            assert_eq!(raw.ids(), ids);
            let name = T::from_raw(raw);
            assert_eq!(name.to_string().parse::<T>().as_ref(), Ok(&name));
        }
        Err(err) => {
            assert!(!valid, "refused valid ids {ids:?}: {err}");
            assert!(!err.to_string().is_empty());
        }
    }
}

/// Which pairs each accepted layout of a spec leaves out (`true`: absent).
fn layouts<const N: usize>(spec: &Spec) -> Vec<[bool; N]> {
    let locations: &[bool] = if spec.optional_location && N >= 2 {
        &[false, true]
    } else {
        &[false]
    };
    let runs: &[bool] = if spec.optional_run.is_some() {
        &[false, true]
    } else {
        &[false]
    };
    let mut out = Vec::new();
    for &no_location in locations {
        for &no_run in runs {
            out.push(core::array::from_fn(|i| {
                (no_location && i == 1)
                    || (no_run
                        && spec
                            .optional_run
                            .as_ref()
                            .is_some_and(|r| (r.first..r.first + r.len).contains(&i)))
            }));
        }
    }
    out
}

/// A deliberately naive parser used as the reference to compare against: it splits the input
/// and each of the spec's spelled-out patterns at every `/` and matches them token by token
/// (a keyword equal, an id non-empty).
fn reference_parse<'a, const N: usize>(
    spec: &Spec,
    input: &'a str,
) -> Option<[Option<&'a str>; N]> {
    let tokens: Vec<&str> = input.split('/').collect();
    spec.patterns.iter().find_map(|pattern| {
        let expected: Vec<&str> = pattern.split('/').collect();
        if expected.len() != tokens.len() {
            return None;
        }
        let mut ids = [None; N];
        for (want, got) in expected.iter().zip(&tokens) {
            if want.starts_with('{') {
                let slot = spec.segments.iter().position(|s| s == want)?;
                if got.is_empty() {
                    return None;
                }
                ids[slot] = Some(*got);
            } else if want != got {
                return None;
            }
        }
        Some(ids)
    })
}
