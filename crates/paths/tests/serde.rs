//! The `serde` feature: every name is a plain JSON string.
#![cfg(feature = "serde")]

use dialogflow_paths::{ConversationName, MessageName, ParentName};

#[test]
fn names_serialize_as_strings() {
    let name = ConversationName::with_location("p", "l", "c").unwrap();
    assert_eq!(
        serde_json::to_string(&name).unwrap(),
        r#""projects/p/locations/l/conversations/c""#
    );
    let back: ConversationName =
        serde_json::from_str(r#""projects/p/locations/l/conversations/c""#).unwrap();
    assert_eq!(back, name);

    let parents: Vec<ParentName> =
        serde_json::from_str(r#"["projects/p", "projects/p/locations/l"]"#).unwrap();
    assert_eq!(parents[1].location(), Some("l"));
}

#[test]
fn invalid_names_fail_to_deserialize_with_the_parse_message() {
    let err = serde_json::from_str::<MessageName>(r#""projects/p/conversations/c""#).unwrap_err();
    assert!(
        err.to_string()
            .contains("input ends after segment {conversation}"),
        "{err}"
    );
    let err = serde_json::from_str::<MessageName>("42").unwrap_err();
    assert!(err.to_string().contains("a string matching"), "{err}");
}
