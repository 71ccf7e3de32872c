//! The documented limits that `google.api.field_behavior` cannot express: Google states them in
//! the comments of the API's `.proto` files (lengths, item counts, numeric ranges, page and
//! context sizes). One row per field, keyed by the field's full name; [`super::check`] applies
//! them to every request, and the handlers read the effective page and context sizes here.
//!
//! A row whose message no served RPC reaches costs nothing; it starts to count as soon as a
//! service that uses the message is added to `proto/`.

/// What a row asks of a field's value (of each element, for a repeated scalar field).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Limit {
    /// A string of `min..=max` characters (Unicode scalar values) when it is set.
    Chars { min: usize, max: usize },
    /// A string of at most this many bytes of UTF-8.
    Bytes(usize),
    /// A repeated or map field with at most this many entries.
    Items(usize),
    /// A number in `min..=max` when it is set.
    Range { min: f64, max: f64 },
    /// A page or context size: negative is invalid, 0 (unset) means `default`, larger than
    /// `max` means `max`.
    Window { default: usize, max: usize },
    /// A message field whose own REQUIRED fields are replaced, for this use of it, by the
    /// method's documented list.
    RequiredWithin(&'static [&'static str]),
}

/// One documented limit.
#[derive(Debug)]
pub(crate) struct Row {
    /// `package.Message.field` (nested messages joined by `.`).
    pub(crate) field: &'static str,
    /// The limit.
    pub(crate) limit: Limit,
    /// Where the limit is documented, in our words.
    pub(crate) source: &'static str,
}

const V2: &str = "google.cloud.dialogflow.v2.";

/// The table. `field` names are relative to `google.cloud.dialogflow.v2` unless they start with
/// `google.` (see [`full_name`]).
pub(crate) static TABLE: &[Row] = &[
    Row {
        field: "SearchKnowledgeRequest.session_id",
        limit: Limit::Chars { min: 0, max: 36 },
        source: "conversation.proto: the session id must not exceed 36 characters",
    },
    Row {
        field: "CreateConversationRequest.conversation_id",
        limit: Limit::Chars { min: 3, max: 64 },
        source: "conversation.proto: a conversation id matches `[a-zA-Z][a-zA-Z0-9_-]*` \
                 and is 3 to 64 characters long",
    },
    Row {
        field: "ListConversationsRequest.page_size",
        limit: Limit::Window {
            default: 100,
            max: 1000,
        },
        source: "conversation.proto: 100 by default, at most 1000",
    },
    Row {
        field: "ListMessagesRequest.page_size",
        limit: Limit::Window {
            default: 100,
            max: 1000,
        },
        source: "conversation.proto: 100 by default, at most 1000",
    },
    Row {
        field: "google.longrunning.ListOperationsRequest.page_size",
        limit: Limit::Window {
            default: 100,
            max: 1000,
        },
        source: "not documented by Google; the emulator uses the Dialogflow lists' sizes",
    },
    Row {
        field: "google.cloud.location.ListLocationsRequest.page_size",
        limit: Limit::Window {
            default: 100,
            max: 1000,
        },
        source: "not documented by Google; the emulator uses the Dialogflow lists' sizes",
    },
    Row {
        field: "SuggestConversationSummaryRequest.context_size",
        limit: Limit::Window {
            default: 500,
            max: 1000,
        },
        source: "conversation.proto: 500 messages by default, at most 1000",
    },
    Row {
        field: "GenerateStatelessSummaryRequest.max_context_size",
        limit: Limit::Window {
            default: 500,
            max: 1000,
        },
        source: "conversation.proto: 500 messages by default, at most 1000",
    },
    Row {
        field: "GenerateStatelessSummaryRequest.conversation_profile",
        limit: Limit::RequiredWithin(&["language_code", "security_settings"]),
        source: "conversation.proto: the inline profile needs language_code and \
                 security_settings (and not the display_name a stored profile needs)",
    },
    Row {
        field: "SearchKnowledgeRequest.SearchConfig.BoostSpecs.BoostSpec.condition_boost_specs",
        limit: Limit::Items(20),
        source: "conversation.proto: at most 20 condition boost specifications",
    },
    Row {
        field: "SearchKnowledgeRequest.SearchConfig.BoostSpecs.BoostSpec.ConditionBoostSpec.boost",
        limit: Limit::Range {
            min: -1.0,
            max: 1.0,
        },
        source: "conversation.proto: a boost is in [-1, 1]",
    },
    Row {
        field: "SearchKnowledgeRequest.SearchConfig.BoostSpecs.BoostSpec.ConditionBoostSpec.\
                BoostControlSpec.ControlPoint.boost_amount",
        limit: Limit::Range {
            min: -1.0,
            max: 1.0,
        },
        source: "conversation.proto: a boost amount is between -1 and 1",
    },
    Row {
        field: "ConversationProfile.display_name",
        limit: Limit::Bytes(1024),
        source: "conversation_profile.proto: at most 1024 bytes",
    },
    Row {
        field: "HumanAgentAssistantConfig.SuggestionQueryConfig.KnowledgeBaseQuerySource.knowledge_bases",
        limit: Limit::Items(5),
        source: "conversation_profile.proto: at most 5 knowledge bases",
    },
    Row {
        field: "HumanAgentAssistantConfig.SuggestionQueryConfig.DocumentQuerySource.documents",
        limit: Limit::Items(5),
        source: "conversation_profile.proto: at most 5 documents",
    },
    Row {
        field: "HumanAgentAssistantConfig.SuggestionQueryConfig.max_results",
        limit: Limit::Range {
            min: 0.0,
            max: 20.0,
        },
        source: "conversation_profile.proto: 10 when unset, at most 20",
    },
    Row {
        field: "InferenceParameter.top_k",
        limit: Limit::Range {
            min: 1.0,
            max: 40.0,
        },
        source: "generator.proto: top-k is in [1, 40]",
    },
    Row {
        field: "InferenceParameter.top_p",
        limit: Limit::Range { min: 0.0, max: 1.0 },
        source: "generator.proto: top-p is in [0.0, 1.0]",
    },
    Row {
        field: "SuggestionDedupingConfig.similarity_threshold",
        limit: Limit::Range { min: 0.0, max: 1.0 },
        source: "generator.proto: the threshold is in [0.0, 1.0]",
    },
    Row {
        field: "ListParticipantsRequest.page_size",
        limit: Limit::Window {
            default: 100,
            max: 1000,
        },
        source: "participant.proto: 100 by default, at most 1000",
    },
    Row {
        field: "ListConversationProfilesRequest.page_size",
        limit: Limit::Window {
            default: 100,
            max: 1000,
        },
        source: "conversation_profile.proto: 100 by default, at most 1000",
    },
    Row {
        field: "AnalyzeContentRequest.request_id",
        limit: Limit::Chars { min: 0, max: 36 },
        source: "participant.proto: a request id is at most 36 characters",
    },
    Row {
        field: "SuggestArticlesRequest.context_size",
        limit: Limit::Window {
            default: 20,
            max: 50,
        },
        source: "participant.proto: 20 messages by default, at most 50",
    },
    Row {
        field: "SuggestFaqAnswersRequest.context_size",
        limit: Limit::Window {
            default: 20,
            max: 50,
        },
        source: "participant.proto: 20 messages by default, at most 50",
    },
    Row {
        field: "SuggestSmartRepliesRequest.context_size",
        limit: Limit::Window {
            default: 20,
            max: 50,
        },
        source: "participant.proto: 20 messages by default, at most 50",
    },
    Row {
        field: "SuggestKnowledgeAssistRequest.context_size",
        limit: Limit::Window {
            default: 100,
            max: 100,
        },
        source: "participant.proto: 100 messages by default, at most 100",
    },
    Row {
        field: "Participant.obfuscated_external_user_id",
        limit: Limit::Chars { min: 0, max: 256 },
        source: "participant.proto: an obfuscated user id is at most 256 characters",
    },
];

/// The full name of a row's field.
#[cfg(test)]
pub(crate) fn full_name(row: &Row) -> String {
    if row.field.starts_with("google.") {
        row.field.to_string()
    } else {
        format!("{V2}{}", row.field)
    }
}

/// The row for a field, by full name (`google.cloud.dialogflow.v2.Message.field`).
pub(crate) fn limit_of(full_field: &str) -> Option<&'static Row> {
    TABLE.iter().find(|row| {
        if row.field.starts_with("google.") {
            row.field == full_field
        } else {
            full_field.strip_prefix(V2) == Some(row.field)
        }
    })
}

/// The size a page or context window field asks for: its default when 0, its maximum when
/// larger. A field without a [`Limit::Window`] row gets 100 and 1000. Negative values never
/// reach here: the contract check rejects them first; they are treated as 0.
pub(crate) fn window(full_field: &str, value: i32) -> usize {
    let (default, max) = match limit_of(full_field).map(|r| r.limit) {
        Some(Limit::Window { default, max }) => (default, max),
        _ => (100, 1000),
    };
    match usize::try_from(value) {
        Ok(0) | Err(_) => default,
        Ok(v) => v.min(max),
    }
}
