//! Unit tests of the segment grammar: spans, prefixes, builds, and the optional run.

use super::*;

const CONVERSATION: Spec = Spec {
    collections: &["projects/", "locations/", "conversations/"],
    segments: &["{project}", "{location}", "{conversation}"],
    optional_location: true,
    suffix: "",
    optional_run: None,
    patterns: &[],
};

/// An ES session's context, with both optional parts.
const CONTEXT: Spec = Spec {
    collections: &[
        "projects/",
        "locations/",
        "agent/environments/",
        "users/",
        "sessions/",
        "contexts/",
    ],
    segments: &[
        "{project}",
        "{location}",
        "{environment}",
        "{user}",
        "{session}",
        "{context}",
    ],
    optional_location: true,
    suffix: "",
    optional_run: Some(OptionalRun {
        first: 2,
        len: 2,
        skipped: "agent/sessions/",
    }),
    patterns: &[],
};

#[test]
fn an_optional_run_may_be_left_out_with_or_without_the_location() {
    let ids = |input| {
        let raw = Raw::<6>::parse_str(&CONTEXT, input).unwrap();
        let ids = raw.ids().map(|id| id.map(str::to_owned));
        let rebuilt = Raw::<6>::build(&CONTEXT, raw.ids()).unwrap();
        assert_eq!(rebuilt.as_str(), input);
        ids
    };
    let some = |s: &str| Some(s.to_owned());
    assert_eq!(
        ids("projects/p/agent/sessions/s/contexts/c"),
        [some("p"), None, None, None, some("s"), some("c")]
    );
    assert_eq!(
        ids("projects/p/locations/l/agent/environments/e/users/u/sessions/s/contexts/c"),
        [
            some("p"),
            some("l"),
            some("e"),
            some("u"),
            some("s"),
            some("c")
        ]
    );
    assert_eq!(
        ids("projects/p/agent/environments/e/users/u/sessions/s/contexts/c"),
        [some("p"), None, some("e"), some("u"), some("s"), some("c")]
    );
    assert_eq!(
        ids("projects/p/locations/l/agent/sessions/s/contexts/c"),
        [some("p"), some("l"), None, None, some("s"), some("c")]
    );
}

#[test]
fn a_run_is_left_out_whole_or_not_at_all() {
    for bad in [
        "projects/p/agent/environments/e/sessions/s/contexts/c",
        "projects/p/agent/users/u/sessions/s/contexts/c",
        "projects/p/sessions/s/contexts/c",
        "projects/p/agent/environments/e/users/u/agent/sessions/s/contexts/c",
    ] {
        assert!(Raw::<6>::parse_str(&CONTEXT, bad).is_err(), "{bad}");
    }
    let err = Raw::<6>::build(
        &CONTEXT,
        [Some("p"), None, Some("e"), None, Some("s"), Some("c")],
    )
    .unwrap_err();
    assert!(matches!(
        err.kind(),
        ParseErrorKind::EmptySegment {
            segment: "{user}",
            ..
        }
    ));
}

#[test]
fn keywords_where_the_run_may_start_are_both_named() {
    let kind = |input| *Raw::<6>::parse_str(&CONTEXT, input).unwrap_err().kind();
    assert_eq!(
        kind("projects/p/x"),
        ParseErrorKind::UnexpectedLiteral {
            offset: 11,
            expected: "locations/",
            alternative: Some("agent/"),
        }
    );
    assert_eq!(
        kind("projects/p/locations/l/agent/x"),
        ParseErrorKind::UnexpectedLiteral {
            offset: 23,
            expected: "agent/environments/",
            alternative: Some("agent/sessions/"),
        }
    );
    assert_eq!(
        kind("projects/p/agent/sessions/s/x"),
        ParseErrorKind::UnexpectedLiteral {
            offset: 28,
            expected: "contexts/",
            alternative: None,
        }
    );
}

#[test]
fn find_slash_matches_naive_search() {
    let samples: [&[u8]; 8] = [
        b"",
        b"/",
        b"abcdefg/",
        b"abcdefgh/",
        b"abcdefghijklmnopq",
        b"\x00\x01\x2e\x30\xaf\xff/",
        "\u{2f00}\u{e9}/x".as_bytes(),
        b"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/a/",
    ];
    for sample in samples {
        for start in 0..sample.len() {
            let slice = &sample[start..];
            assert_eq!(
                find_slash(slice),
                slice.iter().position(|&b| b == b'/'),
                "{slice:?}"
            );
        }
    }
}

#[test]
fn scan_finds_spans() {
    let spans = scan::<3>(&CONVERSATION, "projects/p/locations/l/conversations/c").unwrap();
    assert_eq!(spans[0], Span { start: 9, end: 10 });
    assert_eq!(spans[1], Span { start: 21, end: 22 });
    assert_eq!(spans[2], Span { start: 37, end: 38 });
    let spans = scan::<3>(&CONVERSATION, "projects/p/conversations/c").unwrap();
    assert!(spans[1].is_absent());
}

#[test]
fn prefix_drops_absent_location() {
    let raw = Raw::<3>::parse_str(&CONVERSATION, "projects/p/conversations/c").unwrap();
    let parent: Raw<2> = raw.prefix();
    assert_eq!(parent.as_str(), "projects/p");
    assert_eq!(parent.optional_id(1), None);
}

#[test]
fn build_rejects_missing_required_slot() {
    let err = Raw::<3>::build(&CONVERSATION, [None, None, Some("c")]).unwrap_err();
    assert!(matches!(
        err.kind(),
        ParseErrorKind::EmptySegment {
            segment: "{project}",
            ..
        }
    ));
}
