//! The Conversations RPCs that answer with summaries, suggestions and knowledge: functions of
//! the [`Core`], called by its `ConversationsService` implementation in `conversations.rs` (a
//! type implements a trait in one block, and the service's RPCs fill two files).

#[allow(unused_imports)]
use super::*;

/// The id of the generator the emulator's summary suggestions come from.
pub(crate) const SUMMARIZATION_GENERATOR: &str = "emulator-summarization";
/// The id of the generator the emulator's free-form suggestions come from.
pub(crate) const FREE_FORM_GENERATOR: &str = "emulator-free-form";

pub(super) fn suggest_conversation_summary(
    core: &Core,
    req: SuggestConversationSummaryRequest,
) -> Result<SuggestConversationSummaryResponse, ApiError> {
    names::check_conversation("conversation", &req.conversation)?;
    let size = window::<SuggestConversationSummaryRequest>("context_size", req.context_size);
    let (state, _) = core.lock();
    let record = state
        .conversation(&req.conversation)
        .ok_or_else(|| ApiError::not_found("conversation", &req.conversation))?;
    let context = context_window(
        &record.messages,
        &req.latest_message,
        size,
        &req.conversation,
    )?;
    let latest = context
        .last()
        .map(|m| m.message.name.clone())
        .unwrap_or_default();
    let turns: Vec<(i32, &str)> = context
        .iter()
        .map(|m| (m.message.participant_role, m.message.content.as_str()))
        .collect();
    let sections = summarize(&turns);
    let context_size = context.len() as i32;
    drop(state);
    let project = answer_record_parent(&req.conversation);
    Ok(SuggestConversationSummaryResponse {
        summary: Some(suggest_conversation_summary_response::Summary {
            text: summary_text(&sections),
            text_sections: sections.iter().cloned().collect(),
            sorted_text_sections: sections
                .iter()
                .map(|(section, summary)| {
                    suggest_conversation_summary_response::summary::SummarySection {
                        section: section.clone(),
                        summary: summary.clone(),
                    }
                })
                .collect(),
            answer_record: format!("{project}/answerRecords/{}", core.new_id('a')),
            baseline_model_version: MODEL_VERSION.into(),
        }),
        latest_message: latest,
        context_size,
    })
}

pub(super) fn generate_stateless_summary(
    req: GenerateStatelessSummaryRequest,
) -> Result<GenerateStatelessSummaryResponse, ApiError> {
    let Some(conversation) = req.stateless_conversation else {
        return Err(ApiError::required("stateless_conversation"));
    };
    names::parse_parent("stateless_conversation.parent", &conversation.parent)?;
    if req.conversation_profile.is_none() {
        return Err(ApiError::required("conversation_profile"));
    }
    if conversation.messages.is_empty() {
        return Err(ApiError::required("stateless_conversation.messages"));
    }
    let size = window::<GenerateStatelessSummaryRequest>("max_context_size", req.max_context_size);
    let mut messages: &[Message] = &conversation.messages;
    if !req.latest_message.is_empty() {
        let pos = messages
            .iter()
            .position(|m| m.name == req.latest_message)
            .ok_or_else(|| {
                ApiError::invalid(
                    "latest_message",
                    format!(
                        "`{}` is not among stateless_conversation.messages",
                        req.latest_message
                    ),
                )
            })?;
        messages = &messages[..=pos];
    }
    messages = &messages[messages.len().saturating_sub(size)..];
    let turns: Vec<(i32, &str)> = messages
        .iter()
        .map(|m| (m.participant_role, m.content.as_str()))
        .collect();
    let sections = summarize(&turns);
    Ok(GenerateStatelessSummaryResponse {
        summary: Some(generate_stateless_summary_response::Summary {
            text: summary_text(&sections),
            text_sections: sections.into_iter().collect(),
            baseline_model_version: MODEL_VERSION.into(),
        }),
        latest_message: messages.last().map(|m| m.name.clone()).unwrap_or_default(),
        context_size: messages.len() as i32,
    })
}

pub(super) fn generate_stateless_suggestion(
    req: GenerateStatelessSuggestionRequest,
) -> Result<GenerateStatelessSuggestionResponse, ApiError> {
    names::parse_location("parent", &req.parent)?;
    use dialogflow_types::v2::generate_stateless_suggestion_request::GeneratorResource;
    let summarization = match &req.generator_resource {
        None => return Err(ApiError::required("generator")),
        Some(GeneratorResource::GeneratorName(name)) => {
            if names::parse_child("generator_name", name, "generators")
                .map(|(p, _)| p.location.is_none())
                .unwrap_or(true)
            {
                return Err(ApiError::invalid(
                    "generator_name",
                    format!(
                        "expected `projects/<project>/locations/<location>/generators/<id>`, got {name:?}"
                    ),
                ));
            }
            false
        }
        Some(GeneratorResource::Generator(g)) => {
            matches!(g.context, Some(generator::Context::SummarizationContext(_)))
        }
    };
    let entries = req
        .conversation_context
        .map(|c| c.message_entries)
        .unwrap_or_default();
    let turns: Vec<(i32, &str)> = entries
        .iter()
        .map(|e| (entry_role(e.role), e.text.as_str()))
        .collect();
    // A summary suggestion needs at least one section; with nothing to summarise there is
    // no suggestion (the response's generator_suggestion is still there, as required).
    let suggestion = if summarization {
        Some(summary_suggestion_of(&turns))
            .filter(|s| !s.summary_sections.is_empty())
            .map(generator_suggestion::Suggestion::SummarySuggestion)
    } else {
        let refs: Vec<(&str, &str)> = req
            .context_references
            .iter()
            .flat_map(|(k, r)| {
                r.context_contents
                    .iter()
                    .map(move |c| (k.as_str(), c.content.as_str()))
            })
            .collect();
        Some(generator_suggestion::Suggestion::FreeFormSuggestion(
            free_form(&turns, &refs),
        ))
    };
    Ok(GenerateStatelessSuggestionResponse {
        generator_suggestion: Some(GeneratorSuggestion {
            suggestion,
            ..Default::default()
        }),
    })
}

pub(super) fn search_knowledge(
    core: &Core,
    req: SearchKnowledgeRequest,
) -> Result<SearchKnowledgeResponse, ApiError> {
    // `parent` is required on every binding (the conversation-level ones fill
    // `conversation` from the path and take `parent` in the body).
    names::parse_parent("parent", &req.parent)?;
    let query = req
        .query
        .as_ref()
        .map(|q| q.text.trim())
        .unwrap_or_default();
    if query.is_empty() {
        return Err(ApiError::required("query.text"));
    }
    if req.conversation_profile.is_empty() {
        return Err(ApiError::required("conversation_profile"));
    }
    names::check_profile("conversation_profile", &req.conversation_profile)?;
    if req.session_id.is_empty() {
        return Err(ApiError::required("session_id"));
    }
    if !req.conversation.is_empty() {
        names::check_conversation("conversation", &req.conversation)?;
    }
    let terms = keywords(query);
    let (state, _) = core.lock();
    // Documents searched: the named conversation's ingested references, or those of every
    // conversation under the parent.
    let mut docs: Vec<(String, String, String)> = Vec::new(); // (conversation, key, content)
    let mut add = |r: &ConversationRecord| {
        let mut keys: Vec<_> = r.conversation.ingested_context_references.iter().collect();
        keys.sort_by(|a, b| a.0.cmp(b.0));
        for (key, reference) in keys {
            for content in &reference.context_contents {
                docs.push((
                    r.conversation.name.clone(),
                    key.clone(),
                    content.content.clone(),
                ));
            }
        }
    };
    if !req.conversation.is_empty() {
        let r = state
            .conversation(&req.conversation)
            .ok_or_else(|| ApiError::not_found("conversation", &req.conversation))?;
        add(r);
    } else {
        for r in state
            .conversations
            .values()
            .filter(|r| r.parent == req.parent)
        {
            add(r);
        }
    }
    drop(state);
    let mut scored: Vec<(usize, usize, String, String, String)> = docs
        .into_iter()
        .enumerate()
        .filter_map(|(i, (conv, key, content))| {
            let words = keywords(&content);
            let score = terms.iter().filter(|t| words.contains(t)).count();
            (score > 0).then(|| {
                let snippet = best_sentence(&content, &terms);
                (score, i, conv, key, snippet)
            })
        })
        .collect();
    scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let project = req.parent.clone();
    let answers = scored
        .into_iter()
        .take(3)
        .map(|(_, _, conv, key, snippet)| SearchKnowledgeAnswer {
            answer: snippet.clone(),
            answer_type: AnswerType::Faq as i32,
            answer_sources: vec![AnswerSource {
                title: key.clone(),
                uri: format!("{conv}#contextReferences/{key}"),
                snippet,
                metadata: None,
            }],
            answer_record: format!("{project}/answerRecords/{}", core.new_id('a')),
        })
        .collect();
    Ok(SearchKnowledgeResponse {
        answers,
        rewritten_query: terms.join(" "),
        search_knowledge_debug_info: None,
    })
}

pub(super) fn generate_suggestions(
    core: &Core,
    req: GenerateSuggestionsRequest,
) -> Result<GenerateSuggestionsResponse, ApiError> {
    names::check_conversation("conversation", &req.conversation)?;
    let (state, _) = core.lock();
    let record = state
        .conversation(&req.conversation)
        .ok_or_else(|| ApiError::not_found("conversation", &req.conversation))?;
    let context = context_window(
        &record.messages,
        &req.latest_message,
        usize::MAX,
        &req.conversation,
    )?;
    let turns: Vec<(i32, &str)> = context
        .iter()
        .map(|m| (m.message.participant_role, m.message.content.as_str()))
        .collect();
    let refs: Vec<(String, String)> = {
        let mut keys: Vec<_> = record
            .conversation
            .ingested_context_references
            .iter()
            .collect();
        keys.sort_by(|a, b| a.0.cmp(b.0));
        keys.into_iter()
            .flat_map(|(k, r)| {
                r.context_contents
                    .iter()
                    .map(move |c| (k.clone(), c.content.clone()))
            })
            .collect()
    };
    let latest = context
        .last()
        .map(|m| m.message.name.clone())
        .unwrap_or_default();
    let summary = summary_suggestion_of(&turns);
    let refs: Vec<(&str, &str)> = refs.iter().map(|(k, c)| (k.as_str(), c.as_str())).collect();
    let free = free_form(&turns, &refs);
    drop(state);
    let records = answer_record_parent(&req.conversation);
    let generators = generator_parent(&req.conversation);
    let answer = |suggestion, generator: &str| GeneratorSuggestionAnswer {
        generator_suggestion: Some(GeneratorSuggestion {
            suggestion: Some(suggestion),
            ..Default::default()
        }),
        source_generator: format!("{generators}/generators/{generator}"),
        answer_record: format!("{records}/answerRecords/{}", core.new_id('a')),
    };
    let mut answers = Vec::new();
    // A summary suggestion needs at least one section: none without messages to summarise.
    if !summary.summary_sections.is_empty() {
        answers.push(answer(
            generator_suggestion::Suggestion::SummarySuggestion(summary),
            SUMMARIZATION_GENERATOR,
        ));
    }
    answers.push(answer(
        generator_suggestion::Suggestion::FreeFormSuggestion(free),
        FREE_FORM_GENERATOR,
    ));
    Ok(GenerateSuggestionsResponse {
        generator_suggestion_answers: answers,
        latest_message: latest,
    })
}
