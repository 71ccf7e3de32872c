//! Exact error messages: they are part of what users see, so they are pinned here.

use dialogflow_paths::{
    ConversationName, GeneratorName, MessageName, ParentName, ParseErrorKind, ProjectName,
};

const CONVERSATION_PATTERNS: &str = r#"expected "projects/{project}/conversations/{conversation}" or "projects/{project}/locations/{location}/conversations/{conversation}""#;

fn conversation_error(input: &str) -> String {
    input.parse::<ConversationName>().unwrap_err().to_string()
}

#[test]
fn empty_project() {
    assert_eq!(
        conversation_error("projects//conversations/x"),
        format!(
            r#"{CONVERSATION_PATTERNS}, got "projects//conversations/x": segment {{project}} is empty"#
        )
    );
}

#[test]
fn empty_last_segment() {
    assert_eq!(
        conversation_error("projects/p/conversations/"),
        format!(
            r#"{CONVERSATION_PATTERNS}, got "projects/p/conversations/": segment {{conversation}} is empty"#
        )
    );
}

#[test]
fn wrong_collection_after_project() {
    assert_eq!(
        conversation_error("projects/p/sessions/s"),
        format!(
            r#"{CONVERSATION_PATTERNS}, got "projects/p/sessions/s": at byte 11: expected "locations/" or "conversations/""#
        )
    );
}

#[test]
fn wrong_first_collection() {
    assert_eq!(
        conversation_error("project/p/conversations/c"),
        format!(
            r#"{CONVERSATION_PATTERNS}, got "project/p/conversations/c": at byte 0: expected "projects/""#
        )
    );
    assert_eq!(
        conversation_error(""),
        format!(r#"{CONVERSATION_PATTERNS}, got "": at byte 0: expected "projects/""#)
    );
}

#[test]
fn input_ends_early() {
    assert_eq!(
        conversation_error("projects/p"),
        format!(
            r#"{CONVERSATION_PATTERNS}, got "projects/p": input ends after segment {{project}}"#
        )
    );
    assert_eq!(
        conversation_error("projects/p/locations/l"),
        format!(
            r#"{CONVERSATION_PATTERNS}, got "projects/p/locations/l": input ends after segment {{location}}"#
        )
    );
}

#[test]
fn trailing_input() {
    assert_eq!(
        conversation_error("projects/p/conversations/c/"),
        format!(
            r#"{CONVERSATION_PATTERNS}, got "projects/p/conversations/c/": unexpected input at byte 26, after segment {{conversation}}"#
        )
    );
}

#[test]
fn slash_inside_id_is_seen_as_wrong_structure() {
    // Python's helper would read the project as "a/b"; here the name is rejected.
    assert_eq!(
        conversation_error("projects/a/b/conversations/c"),
        format!(
            r#"{CONVERSATION_PATTERNS}, got "projects/a/b/conversations/c": at byte 11: expected "locations/" or "conversations/""#
        )
    );
}

#[test]
fn control_characters_are_escaped_in_the_message() {
    assert_eq!(
        conversation_error("projects/p\t/x\n"),
        format!(
            r#"{CONVERSATION_PATTERNS}, got "projects/p\t/x\n": at byte 12: expected "locations/" or "conversations/""#
        )
    );
}

#[test]
fn newline_is_part_of_an_id() {
    // Python's `$` would stop before the final newline; here it belongs to the id.
    let name: ConversationName = "projects/p/conversations/c\n".parse().unwrap();
    assert_eq!(name.conversation(), "c\n");
}

#[test]
fn single_pattern_types() {
    let err = "projects/p/generators/g"
        .parse::<GeneratorName>()
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        r#"expected "projects/{project}/locations/{location}/generators/{generator}", got "projects/p/generators/g": at byte 11: expected "locations/""#
    );
    let err = "projects/p/x".parse::<ProjectName>().unwrap_err();
    assert_eq!(
        err.to_string(),
        r#"expected "projects/{project}", got "projects/p/x": unexpected input at byte 10, after segment {project}"#
    );
}

#[test]
fn parent_with_wrong_second_pair() {
    let err = "projects/p/conversations/c"
        .parse::<ParentName>()
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        r#"expected "projects/{project}" or "projects/{project}/locations/{location}", got "projects/p/conversations/c": at byte 11: expected "locations/""#
    );
}

#[test]
fn constructor_errors() {
    let err = ConversationName::new("a/b", "c").unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            r#"{CONVERSATION_PATTERNS}, got "projects/a/b/conversations/c": segment {{project}} contains '/'"#
        )
    );
    assert_eq!(
        err.kind(),
        &ParseErrorKind::SlashInSegment {
            segment: "{project}"
        }
    );

    let err = MessageName::with_location("p", "", "c", "m").unwrap_err();
    assert_eq!(
        err.kind(),
        &ParseErrorKind::EmptySegment {
            segment: "{location}",
            offset: 21
        }
    );
    assert!(err.to_string().ends_with(
        r#"got "projects/p/locations//conversations/c/messages/m": segment {location} is empty"#
    ));
}

#[test]
fn error_accessors() {
    let err = "projects/p/locations/l/conversations/c/messages"
        .parse::<MessageName>()
        .unwrap_err();
    assert_eq!(
        err.input(),
        "projects/p/locations/l/conversations/c/messages"
    );
    assert_eq!(err.expected(), MessageName::PATTERNS);
    assert_eq!(
        err.kind(),
        &ParseErrorKind::UnexpectedLiteral {
            offset: 39,
            expected: "messages/",
            alternative: None
        }
    );
    let source: &dyn std::error::Error = &err;
    assert!(source.source().is_none());
}

/// The keyword in `kind()` is spelled exactly as the text shows it.
#[test]
fn keyword_spelled_alike_in_kind_and_text() {
    for input in [
        "projects/p/locations/l/conversations/c/messages",
        "projects/p/sessions/s/messages/m",
        "project/p/conversations/c/messages/m",
        "projects/p/conversations/c/participants/x",
    ] {
        let err = input.parse::<MessageName>().unwrap_err();
        let ParseErrorKind::UnexpectedLiteral {
            expected,
            alternative,
            ..
        } = *err.kind()
        else {
            panic!("{input}: {:?}", err.kind());
        };
        assert!(expected.ends_with('/'), "{expected}");
        let text = err.to_string();
        let mut wanted = format!(": expected \"{expected}\"");
        if let Some(alternative) = alternative {
            wanted.push_str(&format!(" or \"{alternative}\""));
        }
        assert!(text.ends_with(&wanted), "{text} does not end with {wanted}");
    }
}
