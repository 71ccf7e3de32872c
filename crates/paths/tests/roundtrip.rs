//! Property tests: formatting and parsing are inverses, and no input makes parsing panic.

use dialogflow_paths::fuzzing::check_roundtrip;
use dialogflow_paths::*;
use proptest::prelude::*;

/// A valid id: non-empty, no `/`; mixes the usual URL-safe set with arbitrary Unicode.
fn id() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-Z0-9._~%-]{1,16}",
        "[^/]{1,8}",
        Just("locations".to_owned()),
        Just("conversations".to_owned()),
    ]
}

/// Strings made of collection keywords, ids and empty pieces joined by `/`: almost-valid names.
fn near_name() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("projects".to_owned()),
        Just("locations".to_owned()),
        Just("conversations".to_owned()),
        Just("messages".to_owned()),
        Just("participants".to_owned()),
        Just("conversationProfiles".to_owned()),
        Just("generators".to_owned()),
        Just("knowledgeBases".to_owned()),
        Just("documents".to_owned()),
        Just("operations".to_owned()),
        Just("organizations".to_owned()),
        Just("folders".to_owned()),
        Just("billingAccounts".to_owned()),
        Just("agent".to_owned()),
        Just("securitySettings".to_owned()),
        Just("conversationModels".to_owned()),
        Just("phraseSets".to_owned()),
        Just(String::new()),
        "[^/]{1,4}",
    ];
    prop::collection::vec(piece, 0..12).prop_map(|pieces| pieces.join("/"))
}

/// Parses `text`, then checks it formats back to itself and equals `built`.
fn assert_roundtrip<T>(built: &T, text: &str)
where
    T: std::str::FromStr<Err = ParseError> + std::fmt::Display + std::fmt::Debug + PartialEq,
{
    assert_eq!(built.to_string(), text);
    let parsed: T = text.parse().unwrap();
    assert_eq!(&parsed, built);
    assert_eq!(parsed.to_string(), text);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn conversation_roundtrip(p in id(), l in id(), c in id()) {
        let name = ConversationName::new(&p, &c).unwrap();
        assert_roundtrip(&name, &format!("projects/{p}/conversations/{c}"));
        prop_assert_eq!((name.project(), name.location(), name.conversation()), (&*p, None, &*c));
        let name = ConversationName::with_location(&p, &l, &c).unwrap();
        assert_roundtrip(&name, &format!("projects/{p}/locations/{l}/conversations/{c}"));
        prop_assert_eq!((name.project(), name.location(), name.conversation()), (&*p, Some(&*l), &*c));
        prop_assert_eq!(name.parent(), ParentName::with_location(&p, &l).unwrap());
    }

    #[test]
    fn message_roundtrip(p in id(), l in id(), c in id(), m in id()) {
        let name = MessageName::new(&p, &c, &m).unwrap();
        assert_roundtrip(&name, &format!("projects/{p}/conversations/{c}/messages/{m}"));
        prop_assert_eq!(name.parent(), ConversationName::new(&p, &c).unwrap());
        let name = MessageName::with_location(&p, &l, &c, &m).unwrap();
        assert_roundtrip(&name, &format!("projects/{p}/locations/{l}/conversations/{c}/messages/{m}"));
        prop_assert_eq!((name.location(), name.conversation(), name.message()), (Some(&*l), &*c, &*m));
    }

    #[test]
    fn participant_roundtrip(p in id(), l in id(), c in id(), u in id()) {
        let name = ParticipantName::new(&p, &c, &u).unwrap();
        assert_roundtrip(&name, &format!("projects/{p}/conversations/{c}/participants/{u}"));
        let name = ParticipantName::with_location(&p, &l, &c, &u).unwrap();
        assert_roundtrip(&name, &format!("projects/{p}/locations/{l}/conversations/{c}/participants/{u}"));
        prop_assert_eq!(name.participant(), &*u);
    }

    #[test]
    fn profile_and_generator_roundtrip(p in id(), l in id(), x in id()) {
        assert_roundtrip(
            &ConversationProfileName::new(&p, &x).unwrap(),
            &format!("projects/{p}/conversationProfiles/{x}"),
        );
        assert_roundtrip(
            &ConversationProfileName::with_location(&p, &l, &x).unwrap(),
            &format!("projects/{p}/locations/{l}/conversationProfiles/{x}"),
        );
        let generator = GeneratorName::new(&p, &l, &x).unwrap();
        assert_roundtrip(&generator, &format!("projects/{p}/locations/{l}/generators/{x}"));
        prop_assert_eq!((generator.project(), generator.location(), generator.generator()), (&*p, &*l, &*x));
    }

    #[test]
    fn profile_references_roundtrip(p in id(), l in id(), x in id()) {
        let agent = AgentName::new(&p).unwrap();
        assert_roundtrip(&agent, &format!("projects/{p}/agent"));
        prop_assert_eq!(agent.parent().agent(), agent);
        let agent = AgentName::with_location(&p, &l).unwrap();
        assert_roundtrip(&agent, &format!("projects/{p}/locations/{l}/agent"));
        prop_assert_eq!((agent.project(), agent.location()), (&*p, Some(&*l)));
        prop_assert_eq!(agent.parent(), ParentName::with_location(&p, &l).unwrap());
        assert_roundtrip(
            &CxSecuritySettingsName::new(&p, &l, &x).unwrap(),
            &cx_security_settings_path(&p, &l, &x),
        );
        assert_roundtrip(
            &ConversationModelName::new(&p, &x).unwrap(),
            &format!("projects/{p}/conversationModels/{x}"),
        );
        assert_roundtrip(
            &ConversationModelName::with_location(&p, &l, &x).unwrap(),
            &conversation_model_path(&p, &l, &x),
        );
        let phrases = PhraseSetName::new(&p, &l, &x).unwrap();
        assert_roundtrip(&phrases, &phrase_set_path(&p, &l, &x));
        prop_assert_eq!(phrases.parent(), LocationName::new(&p, &l).unwrap());
    }

    #[test]
    fn knowledge_roundtrip(p in id(), l in id(), k in id(), d in id()) {
        assert_roundtrip(&KnowledgeBaseName::new(&p, &k).unwrap(), &format!("projects/{p}/knowledgeBases/{k}"));
        assert_roundtrip(
            &KnowledgeBaseName::with_location(&p, &l, &k).unwrap(),
            &format!("projects/{p}/locations/{l}/knowledgeBases/{k}"),
        );
        assert_roundtrip(
            &DocumentName::new(&p, &k, &d).unwrap(),
            &format!("projects/{p}/knowledgeBases/{k}/documents/{d}"),
        );
        let document = DocumentName::with_location(&p, &l, &k, &d).unwrap();
        assert_roundtrip(&document, &format!("projects/{p}/locations/{l}/knowledgeBases/{k}/documents/{d}"));
        prop_assert_eq!(document.parent(), KnowledgeBaseName::with_location(&p, &l, &k).unwrap());
    }

    #[test]
    fn operation_roundtrip(p in id(), l in id(), o in id()) {
        assert_roundtrip(&OperationName::new(&p, &o).unwrap(), &format!("projects/{p}/operations/{o}"));
        assert_roundtrip(
            &OperationName::with_location(&p, &l, &o).unwrap(),
            &format!("projects/{p}/locations/{l}/operations/{o}"),
        );
    }

    #[test]
    fn common_roundtrip(p in id(), l in id(), x in id()) {
        assert_roundtrip(&ProjectName::new(&p).unwrap(), &format!("projects/{p}"));
        assert_roundtrip(&LocationName::new(&p, &l).unwrap(), &format!("projects/{p}/locations/{l}"));
        assert_roundtrip(&ParentName::new(&p).unwrap(), &format!("projects/{p}"));
        assert_roundtrip(&ParentName::with_location(&p, &l).unwrap(), &format!("projects/{p}/locations/{l}"));
        assert_roundtrip(&OrganizationName::new(&x).unwrap(), &format!("organizations/{x}"));
        assert_roundtrip(&FolderName::new(&x).unwrap(), &format!("folders/{x}"));
        assert_roundtrip(&BillingAccountName::new(&x).unwrap(), &format!("billingAccounts/{x}"));
    }

    #[test]
    fn python_helpers_agree_with_types(p in id(), c in id(), m in id()) {
        prop_assert_eq!(conversation_path(&p, &c), ConversationName::new(&p, &c).unwrap().to_string());
        prop_assert_eq!(message_path(&p, &c, &m), MessageName::new(&p, &c, &m).unwrap().to_string());
        let parsed = parse_message_path(&message_path(&p, &c, &m)).unwrap();
        prop_assert_eq!((parsed.project(), parsed.conversation(), parsed.message()), (&*p, &*c, &*m));
    }

    #[test]
    fn ids_with_slash_are_refused(p in id(), before in id(), after in id()) {
        let bad = format!("{before}/{after}");
        prop_assert!(ConversationName::new(&p, &bad).is_err());
        prop_assert!(ConversationName::new(&bad, &p).is_err());
        prop_assert!(MessageName::with_location(&p, &bad, &p, &p).is_err());
    }

    #[test]
    fn arbitrary_strings_never_panic(s in any::<String>()) {
        check_roundtrip(s.as_bytes());
    }

    #[test]
    fn near_names_never_panic(s in near_name()) {
        check_roundtrip(s.as_bytes());
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..64)) {
        check_roundtrip(&bytes);
    }
}
