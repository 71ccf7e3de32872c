//! The deterministic, extractive summariser: first sentences of each side of a conversation.

use crate::search::{best_sentence, keywords};
use dialogflow_types::v2::participant::Role;
use dialogflow_types::v2::{FreeFormSuggestion, SummarySuggestion, summary_suggestion};

/// The first sentence of a text: up to the first `.`, `!` or `?` that ends a word.
pub(crate) fn first_sentence(text: &str) -> &str {
    let text = text.trim();
    let bytes = text.as_bytes();
    for (i, b) in bytes.iter().enumerate() {
        if matches!(b, b'.' | b'!' | b'?')
            && bytes.get(i + 1).is_none_or(|n| n.is_ascii_whitespace())
        {
            return &text[..=i];
        }
    }
    text
}

/// The extractive summary: for each side of the conversation, the first sentence of each of
/// its messages, in order. Sections are `customer` (END_USER), `agent` (HUMAN_AGENT and
/// AUTOMATED_AGENT) and `other` (no role), in that order, each present only if non-empty.
pub(crate) fn summarize(turns: &[(i32, &str)]) -> Vec<(String, String)> {
    let mut sections: Vec<(String, String)> = Vec::new();
    for name in ["customer", "agent", "other"] {
        let parts: Vec<&str> = turns
            .iter()
            .filter(|(role, _)| section_of(*role) == name)
            .map(|(_, text)| first_sentence(text))
            .filter(|s| !s.is_empty())
            .collect();
        if !parts.is_empty() {
            sections.push((name.to_string(), parts.join(" ")));
        }
    }
    sections
}

pub(crate) fn section_of(role: i32) -> &'static str {
    match Role::try_from(role) {
        Ok(Role::EndUser) => "customer",
        Ok(Role::HumanAgent) | Ok(Role::AutomatedAgent) => "agent",
        _ => "other",
    }
}

pub(crate) fn summary_text(sections: &[(String, String)]) -> String {
    sections
        .iter()
        .map(|(s, t)| format!("{s}: {t}"))
        .collect::<Vec<_>>()
        .join("\n")
}

pub(crate) fn summary_suggestion_of(turns: &[(i32, &str)]) -> SummarySuggestion {
    SummarySuggestion {
        summary_sections: summarize(turns)
            .into_iter()
            .map(|(section, summary)| summary_suggestion::SummarySection { section, summary })
            .collect(),
    }
}

/// The free-form suggestion: acknowledges the customer's latest message and, when an ingested
/// reference shares words with it, quotes the best matching sentence.
pub(crate) fn free_form(turns: &[(i32, &str)], refs: &[(&str, &str)]) -> FreeFormSuggestion {
    let last_customer = turns
        .iter()
        .rev()
        .find(|(r, _)| *r == Role::EndUser as i32)
        .map(|(_, t)| first_sentence(t))
        .unwrap_or("");
    if last_customer.is_empty() {
        return FreeFormSuggestion {
            response: "No customer message yet.".into(),
        };
    }
    let terms = keywords(last_customer);
    let best = refs
        .iter()
        .map(|(key, content)| {
            let words = keywords(content);
            (
                terms.iter().filter(|t| words.contains(t)).count(),
                *key,
                *content,
            )
        })
        .filter(|(score, _, _)| *score > 0)
        .max_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(a.1)));
    let response = match best {
        Some((_, key, content)) => format!(
            "Customer said: \"{last_customer}\" Relevant reference `{key}`: {}",
            best_sentence(content, &terms)
        ),
        None => format!("Customer said: \"{last_customer}\""),
    };
    FreeFormSuggestion { response }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_sections() {
        let turns = [
            (Role::EndUser as i32, "My order is late. It was due Monday."),
            (Role::HumanAgent as i32, "Sorry about that! Let me check."),
            (Role::EndUser as i32, "Thanks"),
        ];
        let s = summarize(&turns);
        assert_eq!(
            s,
            vec![
                (
                    "customer".to_string(),
                    "My order is late. Thanks".to_string()
                ),
                ("agent".to_string(), "Sorry about that!".to_string()),
            ]
        );
    }
}
