//! Behaviour of each name type: parsing both levels, accessors, constructors, navigation, traits.

use std::collections::{BTreeSet, HashSet};

use dialogflow_paths::*;

#[test]
fn conversation() {
    let project_level: ConversationName = "projects/p/conversations/c".parse().unwrap();
    assert_eq!(project_level.project(), "p");
    assert_eq!(project_level.location(), None);
    assert_eq!(project_level.conversation(), "c");
    assert_eq!(project_level.parent(), ParentName::new("p").unwrap());
    assert_eq!(project_level, ConversationName::new("p", "c").unwrap());

    let location_level: ConversationName =
        "projects/p/locations/l/conversations/c".parse().unwrap();
    assert_eq!(location_level.location(), Some("l"));
    assert_eq!(
        location_level.parent(),
        ParentName::with_location("p", "l").unwrap()
    );
    assert_eq!(
        location_level,
        ConversationName::with_location("p", "l", "c").unwrap()
    );
    assert_ne!(project_level, location_level);

    // "locations" is a fine id as long as the structure is right.
    let odd: ConversationName = "projects/locations/conversations/locations"
        .parse()
        .unwrap();
    assert_eq!(
        (odd.project(), odd.location(), odd.conversation()),
        ("locations", None, "locations")
    );
}

#[test]
fn message() {
    let name: MessageName = "projects/p/conversations/c/messages/m".parse().unwrap();
    assert_eq!(
        (
            name.project(),
            name.location(),
            name.conversation(),
            name.message()
        ),
        ("p", None, "c", "m")
    );
    assert_eq!(name.parent().as_str(), "projects/p/conversations/c");
    assert_eq!(name, MessageName::new("p", "c", "m").unwrap());

    let name: MessageName = "projects/p/locations/l/conversations/c/messages/m"
        .parse()
        .unwrap();
    assert_eq!(name.location(), Some("l"));
    assert_eq!(name.parent().parent().as_str(), "projects/p/locations/l");
    assert_eq!(
        name,
        MessageName::with_location("p", "l", "c", "m").unwrap()
    );
    assert_eq!(name.parent().message("m").unwrap(), name);

    assert!(
        "projects/p/conversations/c/participants/m"
            .parse::<MessageName>()
            .is_err()
    );
    assert!("projects/p/conversations/c".parse::<MessageName>().is_err());
}

#[test]
fn participant() {
    let name: ParticipantName = "projects/p/conversations/c/participants/u".parse().unwrap();
    assert_eq!(
        (
            name.project(),
            name.location(),
            name.conversation(),
            name.participant()
        ),
        ("p", None, "c", "u")
    );
    assert_eq!(name, ParticipantName::new("p", "c", "u").unwrap());
    let name = ParticipantName::with_location("p", "l", "c", "u").unwrap();
    assert_eq!(
        name.as_str(),
        "projects/p/locations/l/conversations/c/participants/u"
    );
    assert_eq!(name.parent().participant("u").unwrap(), name);
}

#[test]
fn conversation_profile() {
    let name: ConversationProfileName = "projects/p/locations/l/conversationProfiles/cp"
        .parse()
        .unwrap();
    assert_eq!(
        (name.project(), name.location(), name.conversation_profile()),
        ("p", Some("l"), "cp")
    );
    assert_eq!(
        name,
        ConversationProfileName::with_location("p", "l", "cp").unwrap()
    );
    assert_eq!(name.parent().conversation_profile("cp").unwrap(), name);
    assert_eq!(
        ConversationProfileName::new("p", "cp").unwrap().as_str(),
        "projects/p/conversationProfiles/cp"
    );
}

#[test]
fn generator() {
    let name: GeneratorName = "projects/p/locations/l/generators/g".parse().unwrap();
    assert_eq!(
        (name.project(), name.location(), name.generator()),
        ("p", "l", "g")
    );
    assert_eq!(name.parent(), LocationName::new("p", "l").unwrap());
    assert_eq!(name.parent().generator("g").unwrap(), name);
    assert_eq!(name, GeneratorName::new("p", "l", "g").unwrap());
    assert!("projects/p/generators/g".parse::<GeneratorName>().is_err());
}

#[test]
fn knowledge_base_and_document() {
    let kb: KnowledgeBaseName = "projects/p/knowledgeBases/kb".parse().unwrap();
    assert_eq!(
        (kb.project(), kb.location(), kb.knowledge_base()),
        ("p", None, "kb")
    );
    assert_eq!(kb.parent().knowledge_base("kb").unwrap(), kb);
    assert_eq!(kb, KnowledgeBaseName::new("p", "kb").unwrap());

    let doc: DocumentName = "projects/p/locations/l/knowledgeBases/kb/documents/d"
        .parse()
        .unwrap();
    assert_eq!(
        (
            doc.project(),
            doc.location(),
            doc.knowledge_base(),
            doc.document()
        ),
        ("p", Some("l"), "kb", "d")
    );
    assert_eq!(
        doc.parent(),
        KnowledgeBaseName::with_location("p", "l", "kb").unwrap()
    );
    assert_eq!(
        doc,
        DocumentName::with_location("p", "l", "kb", "d").unwrap()
    );
    assert_eq!(
        DocumentName::new("p", "kb", "d").unwrap().as_str(),
        "projects/p/knowledgeBases/kb/documents/d"
    );
}

#[test]
fn operation() {
    let name: OperationName = "projects/p/operations/op".parse().unwrap();
    assert_eq!(
        (name.project(), name.location(), name.operation()),
        ("p", None, "op")
    );
    assert_eq!(name.parent().as_str(), "projects/p");
    assert_eq!(name, OperationName::new("p", "op").unwrap());
    let name = OperationName::with_location("p", "l", "op").unwrap();
    assert_eq!(name.as_str(), "projects/p/locations/l/operations/op");
    assert_eq!(name.parent().operation("op").unwrap(), name);
}

#[test]
fn common_names() {
    let project = ProjectName::new("p").unwrap();
    assert_eq!((project.as_str(), project.project()), ("projects/p", "p"));
    let location: LocationName = "projects/p/locations/l".parse().unwrap();
    assert_eq!((location.project(), location.location()), ("p", "l"));
    assert_eq!(location.parent(), project);
    assert!("projects/p".parse::<LocationName>().is_err());

    let org: OrganizationName = "organizations/o".parse().unwrap();
    assert_eq!(org.organization(), "o");
    assert_eq!(org, OrganizationName::new("o").unwrap());
    let folder: FolderName = "folders/f".parse().unwrap();
    assert_eq!(folder.folder(), "f");
    assert_eq!(folder, FolderName::new("f").unwrap());
    let account: BillingAccountName = "billingAccounts/b".parse().unwrap();
    assert_eq!(account.billing_account(), "b");
    assert_eq!(account, BillingAccountName::new("b").unwrap());
}

#[test]
fn parent_name() {
    let project_level: ParentName = "projects/p".parse().unwrap();
    assert_eq!(
        (project_level.project(), project_level.location()),
        ("p", None)
    );
    assert_eq!(project_level.project_name(), ProjectName::new("p").unwrap());
    assert_eq!(project_level.location_name(), None);
    assert_eq!(
        ParentName::from(ProjectName::new("p").unwrap()),
        project_level
    );

    let location_level = ParentName::with_location("p", "l").unwrap();
    assert_eq!(
        location_level.location_name(),
        Some(LocationName::new("p", "l").unwrap())
    );
    assert_eq!(location_level.project_name().as_str(), "projects/p");
    assert_eq!(
        ParentName::from(LocationName::new("p", "l").unwrap()),
        location_level
    );
    assert_eq!(
        location_level.conversation("c").unwrap().as_str(),
        "projects/p/locations/l/conversations/c"
    );
    assert!("projects/p/locations".parse::<ParentName>().is_err());
    assert!("projects/p/".parse::<ParentName>().is_err());
}

#[test]
fn constructors_validate_ids() {
    assert!(ConversationName::new("", "c").is_err());
    assert!(ConversationName::new("p", "a/b").is_err());
    assert!(ConversationName::with_location("p", "l/x", "c").is_err());
    assert!(MessageName::new("p", "c", "").is_err());
    assert!(GeneratorName::new("p", "", "g").is_err());
    assert!(ProjectName::new("").is_err());
    assert!(BillingAccountName::new("a/b").is_err());
    assert!(
        ConversationName::new("p", "c")
            .unwrap()
            .message("")
            .is_err()
    );
    // Anything but `/` is allowed.
    let name = ConversationName::new("p", "ünï cødé %2F ~._-").unwrap();
    assert_eq!(name.to_string().parse::<ConversationName>().unwrap(), name);
}

#[test]
fn string_like_traits() {
    let text = "projects/p/conversations/c";
    let name = ConversationName::try_from(text).unwrap();
    assert_eq!(ConversationName::try_from(text.to_owned()).unwrap(), name);
    assert_eq!(name, text);
    assert_eq!(&name, text);
    assert_eq!(name.as_ref(), text);
    assert_eq!(format!("{name}"), text);
    assert_eq!(
        format!("{name:?}"),
        r#"ConversationName("projects/p/conversations/c")"#
    );
    assert_eq!(String::from(name.clone()), text);
    assert_eq!(name.clone().into_string(), text);

    // `Borrow<str>` lets sets and maps be queried with plain strings.
    let set: HashSet<ConversationName> = [name.clone()].into_iter().collect();
    assert!(set.contains(text));
    let ordered: BTreeSet<ConversationName> =
        ["projects/b/conversations/c", "projects/a/conversations/c"]
            .into_iter()
            .map(|s| s.parse().unwrap())
            .collect();
    assert_eq!(ordered.first().unwrap().project(), "a");
    assert!(ordered.contains("projects/b/conversations/c"));
}

#[test]
fn patterns_constants() {
    assert_eq!(
        ConversationName::PATTERNS,
        [
            "projects/{project}/conversations/{conversation}",
            "projects/{project}/locations/{location}/conversations/{conversation}"
        ]
    );
    assert_eq!(
        GeneratorName::PATTERNS,
        ["projects/{project}/locations/{location}/generators/{generator}"]
    );
    assert_eq!(
        BillingAccountName::PATTERNS,
        ["billingAccounts/{billing_account}"]
    );
}

#[test]
fn python_parity_helpers() {
    assert_eq!(conversation_path("p", "c"), "projects/p/conversations/c");
    assert_eq!(
        message_path("p", "c", "m"),
        "projects/p/conversations/c/messages/m"
    );
    assert_eq!(
        conversation_profile_path("p", "cp"),
        "projects/p/conversationProfiles/cp"
    );
    assert_eq!(
        participant_path("p", "c", "u"),
        "projects/p/conversations/c/participants/u"
    );
    assert_eq!(
        generator_path("p", "l", "g"),
        "projects/p/locations/l/generators/g"
    );
    assert_eq!(
        knowledge_base_path("p", "kb"),
        "projects/p/knowledgeBases/kb"
    );
    assert_eq!(
        document_path("p", "kb", "d"),
        "projects/p/knowledgeBases/kb/documents/d"
    );
    assert_eq!(common_project_path("p"), "projects/p");
    assert_eq!(common_location_path("p", "l"), "projects/p/locations/l");
    assert_eq!(common_organization_path("o"), "organizations/o");
    assert_eq!(common_folder_path("f"), "folders/f");
    assert_eq!(common_billing_account_path("b"), "billingAccounts/b");

    // Like Python, formatting does not validate.
    assert_eq!(conversation_path("a/b", ""), "projects/a/b/conversations/");

    assert_eq!(
        parse_conversation_path("projects/p/conversations/c")
            .unwrap()
            .conversation(),
        "c"
    );
    assert_eq!(
        parse_message_path("projects/p/conversations/c/messages/m")
            .unwrap()
            .message(),
        "m"
    );
    assert_eq!(
        parse_conversation_profile_path("projects/p/conversationProfiles/cp")
            .unwrap()
            .conversation_profile(),
        "cp"
    );
    assert_eq!(
        parse_participant_path("projects/p/conversations/c/participants/u")
            .unwrap()
            .participant(),
        "u"
    );
    assert_eq!(
        parse_generator_path("projects/p/locations/l/generators/g")
            .unwrap()
            .generator(),
        "g"
    );
    assert_eq!(
        parse_knowledge_base_path("projects/p/knowledgeBases/kb")
            .unwrap()
            .knowledge_base(),
        "kb"
    );
    assert_eq!(
        parse_document_path("projects/p/knowledgeBases/kb/documents/d")
            .unwrap()
            .document(),
        "d"
    );
    assert_eq!(
        parse_common_project_path("projects/p").unwrap().project(),
        "p"
    );
    assert_eq!(
        parse_common_location_path("projects/p/locations/l")
            .unwrap()
            .location(),
        "l"
    );
    assert_eq!(
        parse_common_organization_path("organizations/o")
            .unwrap()
            .organization(),
        "o"
    );
    assert_eq!(parse_common_folder_path("folders/f").unwrap().folder(), "f");
    assert_eq!(
        parse_common_billing_account_path("billingAccounts/b")
            .unwrap()
            .billing_account(),
        "b"
    );

    // Where Python would return an empty dict.
    assert!(parse_conversation_path("projects/p/conversations").is_err());
    assert!(parse_common_project_path("projects/p/locations/l").is_err());
    // Where Python would read the project as "p/locations/l", the location is reported separately.
    let name = parse_conversation_path("projects/p/locations/l/conversations/c").unwrap();
    assert_eq!((name.project(), name.location()), ("p", Some("l")));
}

#[test]
fn agent_is_a_singleton_of_a_project_or_location() {
    let project_level: AgentName = "projects/p/agent".parse().unwrap();
    assert_eq!(project_level.project(), "p");
    assert_eq!(project_level.location(), None);
    assert_eq!(
        project_level.parent(),
        ParentName::from(ProjectName::new("p").unwrap())
    );
    assert_eq!(project_level, AgentName::new("p").unwrap());

    let located: AgentName = "projects/p/locations/l/agent".parse().unwrap();
    assert_eq!(located.location(), Some("l"));
    assert_eq!(located.parent().as_str(), "projects/p/locations/l");
    assert_eq!(located, AgentName::with_location("p", "l").unwrap());
    assert_eq!(located.parent().agent(), located);

    // Ids that look like keywords are still ids.
    let odd: AgentName = "projects/agent/agent".parse().unwrap();
    assert_eq!(odd.project(), "agent");
    let odd: AgentName = "projects/locations/locations/agent/agent".parse().unwrap();
    assert_eq!(
        (odd.project(), odd.location()),
        ("locations", Some("agent"))
    );

    for bad in [
        "projects/p",
        "projects/p/",
        "projects/p/agent/",
        "projects/p/agent/x",
        "projects/p/agents",
        "projects/p/locations/l",
        "projects/p/locations/agent",
        "projects//agent",
        "projects/p/locations//agent",
        "/projects/p/agent",
        "agent",
    ] {
        let err = bad.parse::<AgentName>().unwrap_err();
        assert_eq!(err.input(), bad);
        assert_eq!(err.expected(), AgentName::PATTERNS);
    }
    let err = "projects/p/agentx".parse::<AgentName>().unwrap_err();
    assert!(
        err.to_string()
            .ends_with(r#"expected "locations/" or "agent""#),
        "{err}"
    );
    let err = "projects/p/locations/l/x".parse::<AgentName>().unwrap_err();
    assert!(
        matches!(
            err.kind(),
            ParseErrorKind::UnexpectedLiteral {
                offset: 23,
                expected: "agent",
                alternative: None
            }
        ),
        "{err:?}"
    );
    assert!(AgentName::new("").is_err());
    assert!(AgentName::with_location("p", "a/b").is_err());
}

#[test]
fn names_a_profile_refers_to() {
    let settings: CxSecuritySettingsName =
        "projects/p/locations/l/securitySettings/s".parse().unwrap();
    assert_eq!(
        (
            settings.project(),
            settings.location(),
            settings.security_settings()
        ),
        ("p", "l", "s")
    );
    assert_eq!(settings.parent().as_str(), "projects/p/locations/l");
    assert_eq!(
        settings.parent().cx_security_settings("s").unwrap(),
        settings
    );
    assert_eq!(
        settings,
        CxSecuritySettingsName::new("p", "l", "s").unwrap()
    );
    assert!(
        "projects/p/securitySettings/s"
            .parse::<CxSecuritySettingsName>()
            .is_err()
    );

    let model: ConversationModelName = "projects/p/conversationModels/m".parse().unwrap();
    assert_eq!((model.project(), model.location()), ("p", None));
    assert_eq!(model.conversation_model(), "m");
    assert_eq!(model, ConversationModelName::new("p", "m").unwrap());
    let located: ConversationModelName = "projects/p/locations/l/conversationModels/m"
        .parse()
        .unwrap();
    assert_eq!(located.location(), Some("l"));
    assert_eq!(located.parent().conversation_model("m").unwrap(), located);
    assert_eq!(
        located,
        ConversationModelName::with_location("p", "l", "m").unwrap()
    );

    let phrases: PhraseSetName = "projects/p/locations/l/phraseSets/x".parse().unwrap();
    assert_eq!(phrases.phrase_set(), "x");
    assert_eq!(phrases.parent().phrase_set("x").unwrap(), phrases);
    assert_eq!(phrases, PhraseSetName::new("p", "l", "x").unwrap());
    assert!("projects/p/phraseSets/x".parse::<PhraseSetName>().is_err());
    assert!(PhraseSetName::new("p", "", "x").is_err());

    assert_eq!(
        AgentName::PATTERNS,
        [
            "projects/{project}/agent",
            "projects/{project}/locations/{location}/agent"
        ]
    );
    assert_eq!(
        CxSecuritySettingsName::PATTERNS,
        ["projects/{project}/locations/{location}/securitySettings/{security_settings}"]
    );
}

/// The helpers of Python's `ConversationProfilesClient` that its `ConversationsClient` lacks.
#[test]
fn python_parity_helpers_of_conversation_profiles() {
    assert_eq!(agent_path("p"), "projects/p/agent");
    assert_eq!(
        cx_security_settings_path("p", "l", "s"),
        "projects/p/locations/l/securitySettings/s"
    );
    assert_eq!(
        conversation_model_path("p", "l", "m"),
        "projects/p/locations/l/conversationModels/m"
    );
    assert_eq!(
        phrase_set_path("p", "l", "x"),
        "projects/p/locations/l/phraseSets/x"
    );
    // Like Python, formatting does not validate.
    assert_eq!(agent_path("a/b"), "projects/a/b/agent");

    assert_eq!(parse_agent_path("projects/p/agent").unwrap().project(), "p");
    assert_eq!(
        parse_agent_path("projects/p/locations/l/agent")
            .unwrap()
            .location(),
        Some("l")
    );
    assert_eq!(
        parse_cx_security_settings_path("projects/p/locations/l/securitySettings/s")
            .unwrap()
            .security_settings(),
        "s"
    );
    assert_eq!(
        parse_conversation_model_path("projects/p/locations/l/conversationModels/m")
            .unwrap()
            .conversation_model(),
        "m"
    );
    assert_eq!(
        parse_conversation_model_path("projects/p/conversationModels/m")
            .unwrap()
            .location(),
        None
    );
    assert_eq!(
        parse_phrase_set_path("projects/p/locations/l/phraseSets/x")
            .unwrap()
            .phrase_set(),
        "x"
    );

    // Where Python would return an empty dict.
    assert!(parse_agent_path("projects/p").is_err());
    assert!(parse_cx_security_settings_path("projects/p/locations/l").is_err());
    assert!(parse_conversation_model_path("projects/p/conversationModels").is_err());
    assert!(parse_phrase_set_path("projects/p/locations/l/phraseSets/x/y").is_err());
}
