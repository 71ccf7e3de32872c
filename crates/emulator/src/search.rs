//! Keyword extraction and sentence ranking behind the emulator's knowledge search.

use crate::summary::first_sentence;

pub(crate) const STOP_WORDS: &[&str] = &[
    "the", "and", "for", "are", "but", "not", "you", "your", "with", "this", "that", "was", "have",
    "has", "can", "what", "how", "why", "who", "our", "from", "they", "them", "its", "it's",
    "into",
];

/// The search terms of a text: lowercase words of 3 or more letters or digits, minus common
/// English stop words, deduplicated in order of first appearance.
pub(crate) fn keywords(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for word in text
        .split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
        .filter(|w| w.chars().count() >= 3 && !STOP_WORDS.contains(&w.as_str()))
    {
        if !out.contains(&word) {
            out.push(word);
        }
    }
    out
}

/// The sentence of `content` sharing the most terms with the query (the first one on ties).
pub(crate) fn best_sentence(content: &str, terms: &[String]) -> String {
    let mut best = ("", 0usize);
    let mut rest = content.trim();
    while !rest.is_empty() {
        let sentence = first_sentence(rest);
        let words = keywords(sentence);
        let score = terms.iter().filter(|t| words.contains(t)).count();
        if score > best.1 || best.0.is_empty() {
            best = (sentence, score);
        }
        rest = rest[sentence.len()..].trim_start();
    }
    best.0.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_and_keywords() {
        assert_eq!(first_sentence("Hi there. How are you?"), "Hi there.");
        assert_eq!(first_sentence("v1.2 is out"), "v1.2 is out");
        assert_eq!(
            keywords("The Refund, the refund policy!"),
            vec!["refund", "policy"]
        );
    }
}
