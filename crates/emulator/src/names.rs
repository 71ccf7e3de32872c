//! Parsing and checking the resource names the service accepts.

use crate::error::ApiError;

/// A project or a project+location: the parent of conversations and operations.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Parent {
    pub(crate) project: String,
    pub(crate) location: Option<String>,
}

impl Parent {
    pub(crate) fn to_name(&self) -> String {
        match &self.location {
            Some(l) => format!("projects/{}/locations/{}", self.project, l),
            None => format!("projects/{}", self.project),
        }
    }
}

/// Whether `s` is usable as one segment of a resource name.
pub(crate) fn valid_segment(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 128
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~'))
}

fn segments(name: &str) -> Vec<&str> {
    name.split('/').collect()
}

/// Parses `projects/{p}` or `projects/{p}/locations/{l}`.
pub(crate) fn parse_parent(field: &str, name: &str) -> Result<Parent, ApiError> {
    if name.is_empty() {
        return Err(ApiError::required(field));
    }
    let s = segments(name);
    match s.as_slice() {
        ["projects", p] if valid_segment(p) => Ok(Parent {
            project: p.to_string(),
            location: None,
        }),
        ["projects", p, "locations", l] if valid_segment(p) && valid_segment(l) => Ok(Parent {
            project: p.to_string(),
            location: Some(l.to_string()),
        }),
        _ => Err(ApiError::invalid(
            field,
            format!(
                "expected `projects/<project>` or `projects/<project>/locations/<location>`, got {name:?}"
            ),
        )),
    }
}

/// Parses `projects/{p}/locations/{l}` only.
pub(crate) fn parse_location(field: &str, name: &str) -> Result<Parent, ApiError> {
    let parent = parse_parent(field, name)?;
    if parent.location.is_none() {
        return Err(ApiError::invalid(
            field,
            format!("expected `projects/<project>/locations/<location>`, got {name:?}"),
        ));
    }
    Ok(parent)
}

/// Splits `<parent>/<collection>/<id>` into the parent and the id, checking the collection.
pub(crate) fn parse_child(
    field: &str,
    name: &str,
    collection: &str,
) -> Result<(Parent, String), ApiError> {
    if name.is_empty() {
        return Err(ApiError::required(field));
    }
    let bad = || {
        ApiError::invalid(
            field,
            format!(
                "expected `projects/<project>[/locations/<location>]/{collection}/<id>`, got {name:?}"
            ),
        )
    };
    let s = segments(name);
    let (parent_len, tail) = match s.len() {
        4 => (2, &s[2..]),
        6 => (4, &s[4..]),
        _ => return Err(bad()),
    };
    if tail[0] != collection || !valid_segment(tail[1]) {
        return Err(bad());
    }
    let parent = parse_parent(field, &s[..parent_len].join("/")).map_err(|_| bad())?;
    Ok((parent, tail[1].to_string()))
}

/// Checks a conversation name and returns it as given.
pub(crate) fn check_conversation(field: &str, name: &str) -> Result<(), ApiError> {
    parse_child(field, name, "conversations").map(|_| ())
}

/// Checks a conversation profile name.
pub(crate) fn check_profile(field: &str, name: &str) -> Result<(), ApiError> {
    parse_child(field, name, "conversationProfiles").map(|_| ())
}

/// Checks a message name (`<conversation>/messages/<id>`) and returns the conversation.
pub(crate) fn message_conversation<'a>(field: &str, name: &'a str) -> Result<&'a str, ApiError> {
    let bad = || {
        ApiError::invalid(
            field,
            format!("expected `<conversation name>/messages/<id>`, got {name:?}"),
        )
    };
    let (conversation, id) = name.rsplit_once("/messages/").ok_or_else(bad)?;
    if !valid_segment(id) {
        return Err(bad());
    }
    check_conversation(field, conversation).map_err(|_| bad())?;
    Ok(conversation)
}

/// The documented format of a caller-chosen conversation id: a letter, then letters, digits,
/// `_` or `-`, 3 to 64 characters in all.
pub(crate) fn valid_conversation_id(id: &str) -> bool {
    let bytes = id.as_bytes();
    (3..=64).contains(&bytes.len())
        && bytes[0].is_ascii_alphabetic()
        && bytes
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || *b == b'_' || *b == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parents_and_children() {
        assert!(parse_parent("parent", "projects/p").is_ok());
        assert!(parse_parent("parent", "projects/p/locations/us").is_ok());
        assert!(parse_parent("parent", "projects/").is_err());
        assert!(parse_parent("parent", "projects/p/locations").is_err());
        assert!(parse_parent("parent", "folders/p").is_err());
        let (parent, id) = parse_child(
            "name",
            "projects/p/locations/l/conversations/c1",
            "conversations",
        )
        .unwrap();
        assert_eq!(parent.location.as_deref(), Some("l"));
        assert_eq!(id, "c1");
        assert!(parse_child("name", "projects/p/conversations/", "conversations").is_err());
        assert!(parse_child("name", "projects/p/messages/x", "conversations").is_err());
        assert_eq!(
            message_conversation("m", "projects/p/conversations/c/messages/m1").unwrap(),
            "projects/p/conversations/c"
        );
    }

    #[test]
    fn conversation_ids() {
        assert!(valid_conversation_id("abc"));
        assert!(valid_conversation_id("a-b_c9"));
        assert!(!valid_conversation_id("ab"));
        assert!(!valid_conversation_id("1abc"));
        assert!(!valid_conversation_id("ab c"));
        assert!(!valid_conversation_id(&"a".repeat(65)));
    }
}
