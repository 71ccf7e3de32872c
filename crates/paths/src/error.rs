//! The error returned when a string is not a valid resource name.

use core::fmt;

use crate::grammar::Spec;

/// A string (or a set of ids) that does not form a valid name of the requested type.
///
/// Its [`Display`](fmt::Display) text names the accepted patterns, repeats the
/// input and says what went wrong:
///
/// ```
/// use dialogflow_paths::ConversationName;
///
/// let err = "projects//conversations/x".parse::<ConversationName>().unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     r#"expected "projects/{project}/conversations/{conversation}" or "projects/{project}/locations/{location}/conversations/{conversation}", got "projects//conversations/x": segment {project} is empty"#
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    spec: &'static Spec,
    input: String,
    kind: ParseErrorKind,
}

/// What exactly is wrong with a rejected name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ParseErrorKind {
    /// A collection keyword (such as `conversations/`) was expected at `offset` but something else is there.
    ///
    /// `expected` and `alternative` are spelled as in the error's text, with
    /// their trailing `/` (`"messages/"`), except the keyword that ends a
    /// singleton's name, which has none (`"agent"`). A keyword may span more
    /// than one segment where the pattern has a segment without an id
    /// (`"agent/intents/"`).
    UnexpectedLiteral {
        /// Byte offset in the input where the keyword should start.
        offset: usize,
        /// The keyword that was expected, with its trailing `/` (`"messages/"`), or the final keyword of a singleton (`"agent"`).
        expected: &'static str,
        /// A second keyword that would also have been accepted there (where a location, or an
        /// agent's `environments/{environment}/users/{user}`, may be left out), spelled the
        /// same way; where both may be left out, the part of the two keywords that comes
        /// first in either (`"agent/"`).
        alternative: Option<&'static str>,
    },
    /// An id is empty, as in `projects//conversations/c`.
    EmptySegment {
        /// The placeholder of the empty id, such as `{project}`.
        segment: &'static str,
        /// Byte offset in the input where the id should start.
        offset: usize,
    },
    /// An id given to a constructor contains a `/` (parsing splits at `/`, so only constructors report this).
    SlashInSegment {
        /// The placeholder of the offending id, such as `{project}`.
        segment: &'static str,
    },
    /// The input stops after an id although more pairs are required.
    UnexpectedEnd {
        /// The placeholder of the last id that was read.
        after: &'static str,
    },
    /// The input goes on after the last id, as in `projects/p/conversations/c/x`.
    TrailingInput {
        /// Byte offset of the first unexpected byte (always a `/`).
        offset: usize,
        /// The placeholder of the last id, after which the input should have ended.
        after: &'static str,
    },
}

impl ParseError {
    pub(crate) fn new(spec: &'static Spec, input: String, kind: ParseErrorKind) -> Self {
        ParseError { spec, input, kind }
    }

    /// The rejected input (for constructors, the name as it would have been formatted).
    pub fn input(&self) -> &str {
        &self.input
    }

    /// What is wrong with the input.
    pub fn kind(&self) -> &ParseErrorKind {
        &self.kind
    }

    /// The patterns the requested type accepts.
    pub fn expected(&self) -> &'static [&'static str] {
        self.spec.patterns
    }
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("expected ")?;
        for (i, pattern) in self.spec.patterns.iter().enumerate() {
            if i > 0 {
                f.write_str(" or ")?;
            }
            write!(f, "\"{pattern}\"")?;
        }
        write!(f, ", got {:?}: {}", self.input, self.kind)
    }
}

impl fmt::Display for ParseErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            ParseErrorKind::UnexpectedLiteral {
                offset,
                expected,
                alternative,
            } => {
                write!(f, "at byte {offset}: expected \"{expected}\"")?;
                if let Some(alternative) = alternative {
                    write!(f, " or \"{alternative}\"")?;
                }
                Ok(())
            }
            ParseErrorKind::EmptySegment { segment, .. } => write!(f, "segment {segment} is empty"),
            ParseErrorKind::SlashInSegment { segment } => {
                write!(f, "segment {segment} contains '/'")
            }
            ParseErrorKind::UnexpectedEnd { after } => {
                write!(f, "input ends after segment {after}")
            }
            ParseErrorKind::TrailingInput { offset, after } => {
                write!(
                    f,
                    "unexpected input at byte {offset}, after segment {after}"
                )
            }
        }
    }
}

impl std::error::Error for ParseError {}
