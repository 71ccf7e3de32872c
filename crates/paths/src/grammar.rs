//! The one segment grammar shared by every name type.
//!
//! Every resource name handled by this crate is a chain of
//! `collection/{id}` pairs joined by `/`, for example
//! `projects/{project}/locations/{location}/conversations/{conversation}`.
//! A [`Spec`] lists the collection keywords of one resource type, and the
//! functions here parse or build a name against it in one left-to-right pass,
//! without backtracking and without allocating anything but the owned result.
//! A singleton resource, such as a project's `agent`, ends in a fixed keyword
//! with no id after it: its spec's `suffix`. A keyword without an id in the
//! middle of a name (the `agent/` of `projects/{project}/agent/intents/{intent}`)
//! is part of the next pair's collection keyword (`agent/intents/`).
//!
//! Two kinds of pairs may be left out: the `locations/{location}` pair right
//! after the project (`optional_location`), and one run of pairs further on
//! (`optional_run`, the `environments/{environment}/users/{user}` of a Dialogflow
//! ES session), whose absence changes the keyword of the pair after it
//! (`agent/sessions/` instead of `sessions/`).

use crate::error::{ParseError, ParseErrorKind};

/// Index of the `locations/{location}` pair in specs that have one.
const LOCATION: usize = 1;

/// Static description of the names of one resource type.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Spec {
    /// The collection keyword in front of each id with its `/`, e.g. `["projects/", "conversations/"]`.
    pub(crate) collections: &'static [&'static str],
    /// The placeholder of each id as it appears in a pattern, e.g. `"{project}"`.
    pub(crate) segments: &'static [&'static str],
    /// Whether the `locations/{location}` pair at index 1 may be left out.
    pub(crate) optional_location: bool,
    /// A fixed ending after the last id, with its leading `/` (`"/agent"`); empty for most
    /// names, which end with an id.
    pub(crate) suffix: &'static str,
    /// A run of pairs after the location that may be left out as a whole.
    pub(crate) optional_run: Option<OptionalRun>,
    /// Every accepted pattern, spelled out for documentation and error messages.
    pub(crate) patterns: &'static [&'static str],
}

/// Pairs of a [`Spec`] that a name may leave out together.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct OptionalRun {
    /// Index of the run's first pair (after the location's).
    pub(crate) first: usize,
    /// How many pairs the run has; at least one pair follows it.
    pub(crate) len: usize,
    /// The collection keyword of the pair after the run when the run is left out, in place
    /// of that pair's own (`"agent/sessions/"` for `"sessions/"`).
    pub(crate) skipped: &'static str,
}

impl OptionalRun {
    /// Index of the pair right after the run.
    fn next(&self) -> usize {
        self.first + self.len
    }

    fn contains(&self, i: usize) -> bool {
        (self.first..self.next()).contains(&i)
    }
}

impl Spec {
    /// The collection keyword in front of id `i`, given whether the optional run is left out.
    fn collection(&self, i: usize, run_skipped: bool) -> &'static str {
        match &self.optional_run {
            Some(run) if run_skipped && i == run.next() => run.skipped,
            _ => self.collections[i],
        }
    }
}

/// Byte range of one id inside the owned string; `ABSENT` marks a left-out pair.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Span {
    start: usize,
    end: usize,
}

impl Span {
    /// Ids are never empty, so an empty range can stand for "not there".
    const ABSENT: Span = Span { start: 0, end: 0 };

    fn is_absent(self) -> bool {
        self.start == self.end
    }
}

/// An owned, validated name with `N` id slots: the string plus where each id sits in it.
#[derive(Debug, Clone)]
pub(crate) struct Raw<const N: usize> {
    repr: String,
    spans: [Span; N],
}

// Equality, order and hashing look at the string only: the spans follow from it.
// This keeps them consistent with `str`, which the public types rely on for `Borrow<str>`.
impl<const N: usize> PartialEq for Raw<N> {
    fn eq(&self, other: &Self) -> bool {
        self.repr == other.repr
    }
}

impl<const N: usize> Eq for Raw<N> {}

impl<const N: usize> PartialOrd for Raw<N> {
    fn partial_cmp(&self, other: &Self) -> Option<core::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl<const N: usize> Ord for Raw<N> {
    fn cmp(&self, other: &Self) -> core::cmp::Ordering {
        self.repr.cmp(&other.repr)
    }
}

impl<const N: usize> core::hash::Hash for Raw<N> {
    fn hash<H: core::hash::Hasher>(&self, state: &mut H) {
        self.repr.hash(state);
    }
}

impl<const N: usize> Raw<N> {
    /// Parses a borrowed string; the only allocation is the copy kept on success.
    pub(crate) fn parse_str(spec: &'static Spec, input: &str) -> Result<Self, ParseError> {
        match scan::<N>(spec, input) {
            Ok(spans) => Ok(Raw {
                repr: input.to_owned(),
                spans,
            }),
            Err(kind) => Err(ParseError::new(spec, input.to_owned(), kind)),
        }
    }

    /// Parses an owned string, reusing its buffer.
    pub(crate) fn parse_string(spec: &'static Spec, input: String) -> Result<Self, ParseError> {
        match scan::<N>(spec, &input) {
            Ok(spans) => Ok(Raw { repr: input, spans }),
            Err(kind) => Err(ParseError::new(spec, input, kind)),
        }
    }

    /// Builds a name from its ids; `None` is only valid for an optional location or for
    /// every pair of the optional run.
    pub(crate) fn build(spec: &'static Spec, ids: [Option<&str>; N]) -> Result<Self, ParseError> {
        let run_skipped = spec
            .optional_run
            .as_ref()
            .is_some_and(|run| (run.first..run.next()).all(|i| ids[i].is_none()));
        let capacity: usize = ids
            .iter()
            .enumerate()
            .map(|(i, id)| id.map_or(0, |id| spec.collection(i, run_skipped).len() + id.len() + 1))
            .sum::<usize>()
            + spec.suffix.len();
        let mut repr = String::with_capacity(capacity);
        let mut spans = [Span::ABSENT; N];
        let mut problem = None;
        for (i, id) in ids.into_iter().enumerate() {
            let Some(id) = id else {
                let may_skip = (i == LOCATION && spec.optional_location)
                    || (run_skipped && spec.optional_run.as_ref().is_some_and(|r| r.contains(i)));
                if !may_skip && problem.is_none() {
                    problem = Some(ParseErrorKind::EmptySegment {
                        segment: spec.segments[i],
                        offset: repr.len(),
                    });
                }
                continue;
            };
            if !repr.is_empty() {
                repr.push('/');
            }
            repr.push_str(spec.collection(i, run_skipped));
            let start = repr.len();
            repr.push_str(id);
            spans[i] = Span {
                start,
                end: repr.len(),
            };
            if problem.is_none() {
                if id.is_empty() {
                    problem = Some(ParseErrorKind::EmptySegment {
                        segment: spec.segments[i],
                        offset: start,
                    });
                } else if id.contains('/') {
                    problem = Some(ParseErrorKind::SlashInSegment {
                        segment: spec.segments[i],
                    });
                }
            }
        }
        repr.push_str(spec.suffix);
        match problem {
            None => Ok(Raw { repr, spans }),
            Some(kind) => Err(ParseError::new(spec, repr, kind)),
        }
    }

    /// The whole name.
    pub(crate) fn as_str(&self) -> &str {
        &self.repr
    }

    /// The whole name, giving up ownership.
    pub(crate) fn into_string(self) -> String {
        self.repr
    }

    /// The id in slot `i`; empty for a left-out location.
    pub(crate) fn id(&self, i: usize) -> &str {
        let span = self.spans[i];
        &self.repr[span.start..span.end]
    }

    /// The id in slot `i`, or `None` where it was left out.
    pub(crate) fn optional_id(&self, i: usize) -> Option<&str> {
        let span = self.spans[i];
        (!span.is_absent()).then(|| &self.repr[span.start..span.end])
    }

    /// Every slot, `None` for a left-out location.
    pub(crate) fn ids(&self) -> [Option<&str>; N] {
        core::array::from_fn(|i| self.optional_id(i))
    }

    /// The name made of the first `M` pairs (the parent), as a new owned value.
    pub(crate) fn prefix<const M: usize>(&self) -> Raw<M> {
        const { assert!(M < N, "a parent has fewer pairs than its child") };
        let spans: [Span; M] = core::array::from_fn(|i| self.spans[i]);
        let end = spans.iter().map(|span| span.end).max().unwrap_or(0);
        Raw {
            repr: self.repr[..end].to_owned(),
            spans,
        }
    }

    /// The name without its spec's suffix (a singleton's owner: `projects/p` of
    /// `projects/p/agent`), as a new owned value with the same ids.
    pub(crate) fn without_suffix(&self) -> Raw<N> {
        let end = self.spans.iter().map(|span| span.end).max().unwrap_or(0);
        Raw {
            repr: self.repr[..end].to_owned(),
            spans: self.spans,
        }
    }

    /// The same name with `suffix` (with its leading `/`) appended: a singleton of this
    /// name, with the same ids.
    pub(crate) fn with_suffix(&self, suffix: &str) -> Raw<N> {
        let mut repr = String::with_capacity(self.repr.len() + suffix.len());
        repr.push_str(&self.repr);
        repr.push_str(suffix);
        Raw {
            repr,
            spans: self.spans,
        }
    }

    /// The same name seen through a spec with at least as many slots; extra ones are left out.
    pub(crate) fn widen<const M: usize>(self) -> Raw<M> {
        const { assert!(M >= N, "widening cannot drop pairs") };
        let spans: [Span; M] =
            core::array::from_fn(|i| self.spans.get(i).copied().unwrap_or(Span::ABSENT));
        Raw {
            repr: self.repr,
            spans,
        }
    }
}

/// Matches `collection/` at the start of `rest`.
fn starts_with_collection(rest: &[u8], collection: &str) -> bool {
    rest.starts_with(collection.as_bytes())
}

/// Index of the first `/` in `bytes`, looking at eight bytes per step.
///
/// Ids are typically 10 to 40 bytes long; on such short inputs this beats
/// both a byte-by-byte loop and `str::find` (measured with the crate's benchmark).
fn find_slash(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
    const HIGHS: u64 = u64::from_ne_bytes([0x80; 8]);
    const SLASHES: u64 = u64::from_ne_bytes([b'/'; 8]);
    let mut chunks = bytes.chunks_exact(8);
    let mut offset = 0;
    for chunk in &mut chunks {
        let chunk: [u8; 8] = chunk.try_into().expect("chunks_exact yields 8 bytes");
        // Bytes equal to `/` become zero, and the classic zero-byte test flags them.
        // Its lowest flag is always exact (false flags only appear above a real one).
        let word = u64::from_le_bytes(chunk) ^ SLASHES;
        let zeros = word.wrapping_sub(ONES) & !word & HIGHS;
        if zeros != 0 {
            return Some(offset + (zeros.trailing_zeros() / 8) as usize);
        }
        offset += 8;
    }
    chunks
        .remainder()
        .iter()
        .position(|&b| b == b'/')
        .map(|i| offset + i)
}

/// Finds the byte range of each id in `input`, or says what is wrong with it.
fn scan<const N: usize>(spec: &Spec, input: &str) -> Result<[Span; N], ParseErrorKind> {
    let bytes = input.as_bytes();
    let may_skip_location = spec.optional_location;
    let run = spec.optional_run.as_ref();
    let mut run_skipped = false;
    let mut spans = [Span::ABSENT; N];
    let mut pos = 0;
    let mut i = 0;
    while i < N {
        let rest = &bytes[pos..];
        let collection = spec.collection(i, run_skipped);
        // The run that starts at `at` may be left out here.
        let run_skips_at =
            |at: usize| run.filter(|r| r.first == at && starts_with_collection(rest, r.skipped));
        if starts_with_collection(rest, collection) {
            pos += collection.len();
        } else if i == LOCATION
            && may_skip_location
            && i + 1 < N
            && (starts_with_collection(rest, spec.collections[i + 1])
                || run_skips_at(i + 1).is_some())
        {
            i += 1;
            continue;
        } else if let Some(r) = run_skips_at(i).filter(|_| !run_skipped) {
            // The pair after the run reads the run's `skipped` keyword next.
            run_skipped = true;
            i = r.next();
            continue;
        } else {
            return Err(ParseErrorKind::UnexpectedLiteral {
                offset: pos,
                expected: collection,
                alternative: alternative(spec, i, run_skipped),
            });
        }

        let start = pos;
        let len = find_slash(&bytes[start..]).unwrap_or(bytes.len() - start);
        if len == 0 {
            return Err(ParseErrorKind::EmptySegment {
                segment: spec.segments[i],
                offset: start,
            });
        }
        let end = start + len;
        spans[i] = Span { start, end };
        pos = end;

        let last = i + 1 == N;
        // A name may stop after the project when the only pair left is an optional location.
        let may_end = last || (i + 2 == N && i + 1 == LOCATION && may_skip_location);
        let rest = &bytes[pos..];
        if may_end && rest == spec.suffix.as_bytes() {
            return Ok(spans);
        }
        if rest.is_empty() {
            return Err(ParseErrorKind::UnexpectedEnd {
                after: spec.segments[i],
            });
        }
        if last {
            return Err(match suffix_keyword(spec) {
                // `rest` starts with the `/` that ended the id.
                Some(keyword) => ParseErrorKind::UnexpectedLiteral {
                    offset: pos + 1,
                    expected: keyword,
                    alternative: None,
                },
                None => ParseErrorKind::TrailingInput {
                    offset: pos,
                    after: spec.segments[i],
                },
            });
        }
        pos += 1; // the `/` after the id
        i += 1;
    }
    Ok(spans)
}

/// The other keyword a name may have where pair `i`'s was expected: the next pair's (or the
/// singleton's final keyword) where the location may be left out, and the keyword of the pair
/// after the optional run where the run may start. Where both would apply (the location is
/// followed by the run), the part their keywords share (`agent/`).
fn alternative(spec: &Spec, i: usize, run_skipped: bool) -> Option<&'static str> {
    let run = spec.optional_run.as_ref().filter(|_| !run_skipped);
    if i == LOCATION && spec.optional_location {
        let next = spec.collections.get(i + 1).copied();
        return match (next, run.filter(|r| r.first == i + 1)) {
            (Some(next), Some(r)) => Some(shared_keywords(next, r.skipped)),
            (Some(next), None) => Some(next),
            (None, _) => suffix_keyword(spec),
        };
    }
    run.filter(|r| r.first == i).map(|r| r.skipped)
}

/// The whole keywords (each with its `/`) that `a` and `b` start with alike.
fn shared_keywords(a: &'static str, b: &'static str) -> &'static str {
    let same = a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count();
    let end = a[..same].rfind('/').map_or(0, |slash| slash + 1);
    &a[..end]
}

/// The keyword of a spec's suffix without its `/` (`agent`), as error messages spell it.
fn suffix_keyword(spec: &Spec) -> Option<&'static str> {
    let suffix: &'static str = spec.suffix;
    suffix
        .strip_prefix('/')
        .filter(|keyword| !keyword.is_empty())
}

/// Gives crate-internal code (the fuzzing checks) generic access to a name's slots.
// Used by the fuzzing checks and the tests only.
#[cfg_attr(not(any(test, feature = "fuzzing")), allow(dead_code))]
pub(crate) trait Named<const N: usize>: Sized {
    /// The grammar of this name type.
    const SPEC: &'static Spec;
    /// The validated parts.
    fn raw(&self) -> &Raw<N>;
    /// Wraps validated parts.
    fn from_raw(raw: Raw<N>) -> Self;
}

#[cfg(test)]
mod tests;
