//! The names the Participants RPCs refer to beyond conversations: answer records, and the
//! intents, sessions, contexts and session entity types of a Dialogflow ES agent. Every
//! pattern round trips, the constructors and navigation agree with parsing, the Python-style
//! helpers format as Python does, and bad input gets an error that says what was expected.

use dialogflow_paths::*;
use proptest::prelude::*;

/// Parses `text`, checks it formats back to itself and equals `built`.
fn roundtrip<T>(built: &T, text: &str)
where
    T: std::str::FromStr<Err = ParseError> + std::fmt::Display + std::fmt::Debug + PartialEq,
{
    assert_eq!(built.to_string(), text);
    let parsed: T = text.parse().unwrap();
    assert_eq!(&parsed, built);
}

#[test]
fn answer_record() {
    let name = AnswerRecordName::new("p", "r").unwrap();
    roundtrip(&name, "projects/p/answerRecords/r");
    assert_eq!(name.location(), None);
    assert_eq!(name.parent().answer_record("r").unwrap(), name);
    let located = AnswerRecordName::with_location("p", "l", "r").unwrap();
    roundtrip(&located, "projects/p/locations/l/answerRecords/r");
    assert_eq!(located.parent().as_str(), "projects/p/locations/l");
    assert_eq!(answer_record_path("p", "r"), "projects/p/answerRecords/r");
    assert_eq!(
        parse_answer_record_path("projects/p/answerRecords/r"),
        Ok(name)
    );
    assert_eq!(AnswerRecordName::PATTERNS.len(), 2);
}

#[test]
fn intent() {
    let name = IntentName::new("p", "i").unwrap();
    roundtrip(&name, "projects/p/agent/intents/i");
    assert_eq!(name.agent().as_str(), "projects/p/agent");
    assert_eq!(name.agent().intent("i").unwrap(), name);
    let located = IntentName::with_location("p", "l", "i").unwrap();
    roundtrip(&located, "projects/p/locations/l/agent/intents/i");
    assert_eq!((located.project(), located.location()), ("p", Some("l")));
    assert_eq!(intent_path("p", "i"), name.as_str());
    assert_eq!(parse_intent_path(located.as_str()), Ok(located));
}

#[test]
fn sessions_in_all_four_patterns() {
    let own = SessionName::new("p", "s").unwrap();
    roundtrip(&own, "projects/p/agent/sessions/s");
    assert_eq!((own.environment(), own.user()), (None, None));
    assert_eq!(own.agent().session("s").unwrap(), own);

    let located = SessionName::with_location("p", "l", "s").unwrap();
    roundtrip(&located, "projects/p/locations/l/agent/sessions/s");

    let staged = SessionName::with_environment("p", None, "e", "u", "s").unwrap();
    roundtrip(
        &staged,
        "projects/p/agent/environments/e/users/u/sessions/s",
    );
    assert_eq!(
        (staged.environment(), staged.user()),
        (Some("e"), Some("u"))
    );
    assert_eq!(staged.agent().as_str(), "projects/p/agent");

    let both = SessionName::with_environment("p", Some("l"), "e", "u", "s").unwrap();
    roundtrip(
        &both,
        "projects/p/locations/l/agent/environments/e/users/u/sessions/s",
    );
    assert_eq!(both.agent().as_str(), "projects/p/locations/l/agent");
    assert_eq!(SessionName::PATTERNS.len(), 4);
}

#[test]
fn contexts_and_session_entity_types() {
    let context = ContextName::new("p", "s", "c").unwrap();
    roundtrip(&context, "projects/p/agent/sessions/s/contexts/c");
    assert_eq!(context.parent(), SessionName::new("p", "s").unwrap());
    assert_eq!(context_path("p", "s", "c"), context.as_str());

    let staged = SessionName::with_environment("p", Some("l"), "e", "u", "s").unwrap();
    let context = staged.context("c").unwrap();
    let text = "projects/p/locations/l/agent/environments/e/users/u/sessions/s/contexts/c";
    roundtrip(&context, text);
    assert_eq!(
        (context.location(), context.environment(), context.user()),
        (Some("l"), Some("e"), Some("u"))
    );
    assert_eq!((context.session(), context.context()), ("s", "c"));
    assert_eq!(parse_context_path(text), Ok(context));

    let entity_type = SessionEntityTypeName::new("p", "s", "t").unwrap();
    roundtrip(&entity_type, "projects/p/agent/sessions/s/entityTypes/t");
    assert_eq!(
        session_entity_type_path("p", "s", "t"),
        entity_type.as_str()
    );
    let text = "projects/p/agent/environments/e/users/u/sessions/s/entityTypes/t";
    let staged = parse_session_entity_type_path(text).unwrap();
    assert_eq!(staged.parent().entity_type("t").unwrap(), staged);
    assert_eq!(staged.entity_type(), "t");
}

#[test]
fn bad_names_say_what_was_expected() {
    let err = "projects/p/agent/environments/e/sessions/s/contexts/c"
        .parse::<ContextName>()
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        r#"expected "projects/{project}/agent/sessions/{session}/contexts/{context}" or "projects/{project}/agent/environments/{environment}/users/{user}/sessions/{session}/contexts/{context}" or "projects/{project}/locations/{location}/agent/sessions/{session}/contexts/{context}" or "projects/{project}/locations/{location}/agent/environments/{environment}/users/{user}/sessions/{session}/contexts/{context}", got "projects/p/agent/environments/e/sessions/s/contexts/c": at byte 32: expected "users/""#
    );
    let err = "projects/p/sessions/s/contexts/c"
        .parse::<ContextName>()
        .unwrap_err();
    assert_eq!(
        *err.kind(),
        ParseErrorKind::UnexpectedLiteral {
            offset: 11,
            expected: "locations/",
            alternative: Some("agent/"),
        }
    );
    let err = "projects/p/agent/intents/"
        .parse::<IntentName>()
        .unwrap_err();
    assert!(
        err.to_string().ends_with("segment {intent} is empty"),
        "{err}"
    );
    let err = "projects/p/intents/i".parse::<IntentName>().unwrap_err();
    assert!(
        err.to_string()
            .ends_with(r#"at byte 11: expected "locations/" or "agent/intents/""#),
        "{err}"
    );
    let err = "projects/p/answerRecords/r/x"
        .parse::<AnswerRecordName>()
        .unwrap_err();
    assert!(
        err.to_string()
            .ends_with("unexpected input at byte 26, after segment {answer_record}"),
        "{err}"
    );
    // Constructors name the id that is wrong, and the run is all or nothing.
    let err = SessionName::with_environment("p", None, "e", "", "s").unwrap_err();
    assert!(
        err.to_string().ends_with("segment {user} is empty"),
        "{err}"
    );
    let err = ContextName::new("p", "s", "a/b").unwrap_err();
    assert!(
        err.to_string().ends_with("segment {context} contains '/'"),
        "{err}"
    );
    // Python's regex would read this as the session "s/contexts/c" of a context "d"; here a
    // `/` never belongs to an id.
    assert!(parse_context_path("projects/p/agent/sessions/s/contexts/c/contexts/d").is_err());
}

/// A valid id: non-empty, no `/`, including the keywords themselves.
fn id() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-Z0-9._~%-]{1,12}",
        "[^/]{1,6}",
        Just("agent".to_owned()),
        Just("sessions".to_owned()),
        Just("environments".to_owned()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn every_pattern_round_trips(
        p in id(), l in id(), e in id(), u in id(), s in id(), c in id(),
        located in any::<bool>(), staged in any::<bool>(),
    ) {
        let location = located.then_some(l.as_str());
        let session = if staged {
            SessionName::with_environment(&p, location, &e, &u, &s).unwrap()
        } else if let Some(l) = location {
            SessionName::with_location(&p, l, &s).unwrap()
        } else {
            SessionName::new(&p, &s).unwrap()
        };
        let mut text = format!("projects/{p}");
        if let Some(l) = location {
            text.push_str(&format!("/locations/{l}"));
        }
        text.push_str("/agent");
        if staged {
            text.push_str(&format!("/environments/{e}/users/{u}"));
        }
        text.push_str(&format!("/sessions/{s}"));
        roundtrip(&session, &text);
        prop_assert_eq!(session.location(), location);
        prop_assert_eq!(session.user(), staged.then_some(u.as_str()));
        let context = session.context(&c).unwrap();
        roundtrip(&context, &format!("{text}/contexts/{c}"));
        prop_assert_eq!(context.parent(), session.clone());
        let entity_type = session.entity_type(&c).unwrap();
        roundtrip(&entity_type, &format!("{text}/entityTypes/{c}"));

        let agent = session.agent();
        let intent = agent.intent(&c).unwrap();
        roundtrip(&intent, &format!("{}/intents/{c}", agent.as_str()));
        prop_assert_eq!(intent.agent(), agent);

        let parent = intent.agent().parent();
        let record = parent.answer_record(&s).unwrap();
        roundtrip(&record, &format!("{}/answerRecords/{s}", parent.as_str()));
    }
}
