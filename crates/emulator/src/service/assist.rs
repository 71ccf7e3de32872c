//! The Suggest* RPCs of `Participants` (articles, FAQ answers, smart replies, knowledge assist),
//! answered deterministically from the conversation's messages and its ingested context
//! references, the emulator's only knowledge. `AnalyzeContent` reuses the builders for the
//! suggestion features of the conversation's profile.
//!
//! * The query is the keywords ([`crate::search::keywords`]) of the window's messages, newest
//!   message first.
//! * Each content of each ingested context reference is a document; a document matches if it
//!   shares at least one keyword with the query, and the best three (most shared keywords,
//!   then reference key order) are answered, with `confidence` = shared keywords ÷ query
//!   keywords (at most 1).

use dialogflow_types::v2::knowledge_assist_answer::knowledge_answer::{FaqSource, Source};
use dialogflow_types::v2::knowledge_assist_answer::{KnowledgeAnswer, SuggestedQuery};
use dialogflow_types::v2::{
    ArticleAnswer, FaqAnswer, KnowledgeAssistAnswer, SmartReplyAnswer, SuggestArticlesRequest,
    SuggestArticlesResponse, SuggestFaqAnswersRequest, SuggestFaqAnswersResponse,
    SuggestKnowledgeAssistRequest, SuggestKnowledgeAssistResponse, SuggestSmartRepliesRequest,
    SuggestSmartRepliesResponse,
};

use super::participants::participant_conversation;
#[allow(unused_imports)]
use super::*;

/// How many answers articles and FAQ suggestions give at most.
const MAX_ANSWERS: usize = 3;
/// How many keywords a knowledge-assist query keeps.
const QUERY_TERMS: usize = 8;

/// What a suggestion is made from: the conversation, its window of messages and a source of
/// answer record names.
pub(crate) struct Context<'a> {
    pub(crate) record: &'a ConversationRecord,
    pub(crate) window: &'a [MessageRecord],
    pub(crate) new_record: &'a dyn Fn() -> String,
}

impl Context<'_> {
    fn latest_message(&self) -> String {
        self.window
            .last()
            .map(|m| m.message.name.clone())
            .unwrap_or_default()
    }

    fn context_size(&self) -> i32 {
        i32::try_from(self.window.len()).unwrap_or(i32::MAX)
    }

    fn terms(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for m in self.window.iter().rev() {
            for word in keywords(&m.message.content) {
                if !out.contains(&word) {
                    out.push(word);
                }
            }
        }
        out
    }

    /// The best documents for the query: `(confidence, key, uri, best sentence)`.
    fn matches(&self, terms: &[String]) -> Vec<(f32, String, String, String)> {
        if terms.is_empty() {
            return Vec::new();
        }
        let conversation = &self.record.conversation;
        let mut keys: Vec<_> = conversation.ingested_context_references.iter().collect();
        keys.sort_by(|a, b| a.0.cmp(b.0));
        let mut scored = Vec::new();
        for (key, reference) in keys {
            for content in &reference.context_contents {
                let words = keywords(&content.content);
                let score = terms.iter().filter(|t| words.contains(t)).count();
                if score > 0 {
                    scored.push((score, key.clone(), best_sentence(&content.content, terms)));
                }
            }
        }
        // A stable sort keeps the key order among equal scores.
        scored.sort_by_key(|s| std::cmp::Reverse(s.0));
        scored
            .into_iter()
            .take(MAX_ANSWERS)
            .map(|(score, key, sentence)| {
                let confidence = (score as f32 / terms.len() as f32).min(1.0);
                let uri = format!("{}#contextReferences/{key}", conversation.name);
                (confidence, key, uri, sentence)
            })
            .collect()
    }
}

pub(crate) fn articles(cx: &Context<'_>) -> SuggestArticlesResponse {
    let article_answers = cx
        .matches(&cx.terms())
        .into_iter()
        .map(|(confidence, key, uri, sentence)| ArticleAnswer {
            title: key,
            uri,
            snippets: vec![sentence],
            confidence,
            metadata: Default::default(),
            answer_record: (cx.new_record)(),
        })
        .collect();
    SuggestArticlesResponse {
        article_answers,
        latest_message: cx.latest_message(),
        context_size: cx.context_size(),
    }
}

pub(crate) fn faq_answers(cx: &Context<'_>) -> SuggestFaqAnswersResponse {
    let question = cx
        .window
        .last()
        .map(|m| m.message.content.clone())
        .unwrap_or_default();
    let faq_answers = cx
        .matches(&cx.terms())
        .into_iter()
        .map(|(confidence, _key, uri, sentence)| FaqAnswer {
            answer: sentence,
            confidence,
            question: question.clone(),
            source: uri,
            metadata: Default::default(),
            answer_record: (cx.new_record)(),
        })
        .collect();
    SuggestFaqAnswersResponse {
        faq_answers,
        latest_message: cx.latest_message(),
        context_size: cx.context_size(),
    }
}

/// Three replies built around the first keyword of the latest message (confidence 0.9, 0.8,
/// 0.7); none before any message.
pub(crate) fn smart_replies(cx: &Context<'_>, current_text: &str) -> SuggestSmartRepliesResponse {
    let latest = if current_text.is_empty() {
        cx.window.last().map(|m| m.message.content.as_str())
    } else {
        Some(current_text)
    };
    let smart_reply_answers = match latest {
        None => Vec::new(),
        Some(text) => {
            let topic = keywords(text)
                .into_iter()
                .next()
                .unwrap_or_else(|| "that".to_string());
            [
                (format!("I can help you with {topic}."), 0.9),
                (format!("Could you tell me more about {topic}?"), 0.8),
                ("Thank you for your patience.".to_string(), 0.7),
            ]
            .into_iter()
            .map(|(reply, confidence)| SmartReplyAnswer {
                reply,
                confidence,
                answer_record: (cx.new_record)(),
            })
            .collect()
        }
    };
    SuggestSmartRepliesResponse {
        smart_reply_answers,
        latest_message: cx.latest_message(),
        context_size: cx.context_size(),
    }
}

/// The query is the keywords of the latest END_USER message of the window (the latest message
/// if there is none), at most eight; the answer is the best matching reference sentence, as an
/// FAQ answer. No message: no answer.
pub(crate) fn knowledge_assist(cx: &Context<'_>) -> SuggestKnowledgeAssistResponse {
    let source = cx
        .window
        .iter()
        .rev()
        .find(|m| m.message.participant_role == Role::EndUser as i32)
        .or_else(|| cx.window.last());
    let knowledge_assist_answer = source.map(|m| {
        let mut terms = keywords(&m.message.content);
        terms.truncate(QUERY_TERMS);
        let query_text = terms.join(" ");
        let answer = cx
            .matches(&terms)
            .into_iter()
            .next()
            .map(|(_, _, _, sentence)| KnowledgeAnswer {
                answer_text: sentence,
                source: Some(Source::FaqSource(FaqSource {
                    question: query_text.clone(),
                })),
            });
        KnowledgeAssistAnswer {
            suggested_query: Some(SuggestedQuery {
                query_text,
                search_contexts: Vec::new(),
            }),
            suggested_query_answer: answer,
            answer_record: (cx.new_record)(),
            knowledge_assist_debug_info: None,
        }
    });
    SuggestKnowledgeAssistResponse {
        knowledge_assist_answer,
        additional_suggested_query_results: Vec::new(),
        latest_message: cx.latest_message(),
        context_size: cx.context_size(),
    }
}

/// Runs `build` over the window a Suggest* request names: the conversation of its participant
/// (`parent`), the message it ends at (`latest_message`, else the newest) and how many messages
/// it holds.
fn with_window<T>(
    core: &Core,
    parent: &str,
    latest: &str,
    size: usize,
    build: impl FnOnce(&Context<'_>) -> T,
) -> Result<T, ApiError> {
    let conversation = participant_conversation("parent", parent)?;
    let (state, _) = core.lock();
    let record = state
        .conversation(conversation)
        .ok_or_else(|| ApiError::not_found("conversation", conversation))?;
    if !record.participants.iter().any(|p| p.name == parent) {
        return Err(ApiError::not_found("participant", parent));
    }
    let window = context_window(&record.messages, latest, size, conversation)?;
    let records = answer_record_parent(conversation);
    let new_record = || format!("{records}/answerRecords/{}", core.new_id('a'));
    Ok(build(&Context {
        record,
        window,
        new_record: &new_record,
    }))
}

pub(super) fn suggest_articles(
    core: &Core,
    req: SuggestArticlesRequest,
) -> Result<SuggestArticlesResponse, ApiError> {
    let size = window::<SuggestArticlesRequest>("context_size", req.context_size);
    with_window(core, &req.parent, &req.latest_message, size, articles)
}

pub(super) fn suggest_faq_answers(
    core: &Core,
    req: SuggestFaqAnswersRequest,
) -> Result<SuggestFaqAnswersResponse, ApiError> {
    let size = window::<SuggestFaqAnswersRequest>("context_size", req.context_size);
    with_window(core, &req.parent, &req.latest_message, size, faq_answers)
}

pub(super) fn suggest_smart_replies(
    core: &Core,
    req: SuggestSmartRepliesRequest,
) -> Result<SuggestSmartRepliesResponse, ApiError> {
    let size = window::<SuggestSmartRepliesRequest>("context_size", req.context_size);
    let current = req
        .current_text_input
        .as_ref()
        .map(|t| t.text.trim().to_string())
        .unwrap_or_default();
    with_window(core, &req.parent, &req.latest_message, size, |cx| {
        smart_replies(cx, &current)
    })
}

pub(super) fn suggest_knowledge_assist(
    core: &Core,
    req: SuggestKnowledgeAssistRequest,
) -> Result<SuggestKnowledgeAssistResponse, ApiError> {
    let size = window::<SuggestKnowledgeAssistRequest>("context_size", req.context_size);
    with_window(
        core,
        &req.parent,
        &req.latest_message,
        size,
        knowledge_assist,
    )
}
