//! The Conversations RPCs that create, read and change conversations and their messages.

use super::suggestions;
#[allow(unused_imports)]
use super::*;

impl ConversationsService for Core {
    fn create_conversation(
        &self,
        req: CreateConversationRequest,
    ) -> Result<Conversation, ApiError> {
        let parent = names::parse_parent("parent", &req.parent)?;
        let Some(input) = req.conversation else {
            return Err(ApiError::required("conversation"));
        };
        if input.conversation_profile.is_empty() {
            return Err(ApiError::required("conversation.conversation_profile"));
        }
        names::check_profile(
            "conversation.conversation_profile",
            &input.conversation_profile,
        )?;
        if !req.conversation_id.is_empty() && !names::valid_conversation_id(&req.conversation_id) {
            return Err(ApiError::invalid(
                "conversation_id",
                format!(
                    "must start with a letter, hold only letters, digits, `_` and `-`, and be 3 to 64 characters long; got {:?}",
                    req.conversation_id
                ),
            ));
        }
        let stage = input.conversation_stage;
        if ConversationStage::try_from(stage).is_err() {
            return Err(ApiError::invalid(
                "conversation.conversation_stage",
                format!("unknown stage {stage}"),
            ));
        }
        let (mut state, now) = self.lock();
        if self.strict_profiles && !state.profiles.contains(&input.conversation_profile) {
            return Err(ApiError::new(
                Code::NotFound,
                format!(
                    "conversation profile `{}` not found (the emulator runs in strict profile mode; register it first)",
                    input.conversation_profile
                ),
            )
            .with_info("NOT_FOUND", &input.conversation_profile));
        }
        let parent_name = parent.to_name();
        let id = if req.conversation_id.is_empty() {
            loop {
                let id = self.new_id('c');
                if !state
                    .conversation_index
                    .contains_key(&format!("{parent_name}/conversations/{id}"))
                {
                    break id;
                }
            }
        } else {
            req.conversation_id.clone()
        };
        let name = format!("{parent_name}/conversations/{id}");
        if state.conversation_index.contains_key(&name) {
            return Err(ApiError::new(
                Code::AlreadyExists,
                format!("conversation `{name}` already exists"),
            )
            .with_info("ALREADY_EXISTS", &name));
        }
        // Output-only fields in the input are ignored, as the API documents.
        let conversation = Conversation {
            name: name.clone(),
            lifecycle_state: LifecycleState::InProgress as i32,
            conversation_profile: input.conversation_profile,
            start_time: Some(timestamp_of_micros(now)),
            conversation_stage: if stage == ConversationStage::Unspecified as i32 {
                ConversationStage::HumanAssistStage as i32
            } else {
                stage
            },
            ..Default::default()
        };
        let seq = state.next_seq();
        state.conversations.insert(
            seq,
            ConversationRecord {
                parent: parent_name,
                conversation: conversation.clone(),
                start_micros: now,
                end_micros: None,
                participants: Vec::new(),
                messages: Vec::new(),
                answers: Vec::new(),
            },
        );
        state.conversation_index.insert(name, seq);
        state.note_deadline(now + crate::state::AUTO_COMPLETE_MICROS);
        Ok(conversation)
    }

    fn get_conversation(&self, req: GetConversationRequest) -> Result<Conversation, ApiError> {
        names::check_conversation("name", &req.name)?;
        let (state, _) = self.lock();
        state
            .conversation(&req.name)
            .map(|r| r.conversation.clone())
            .ok_or_else(|| ApiError::not_found("conversation", &req.name))
    }

    fn complete_conversation(
        &self,
        req: CompleteConversationRequest,
    ) -> Result<Conversation, ApiError> {
        names::check_conversation("name", &req.name)?;
        let (mut state, now) = self.lock();
        let record = state
            .conversation_mut(&req.name)
            .ok_or_else(|| ApiError::not_found("conversation", &req.name))?;
        complete(record, now);
        let conversation = record.conversation.clone();
        state.note_deadline(now + crate::state::PURGE_MICROS);
        Ok(conversation)
    }

    fn list_conversations(
        &self,
        req: ListConversationsRequest,
    ) -> Result<ListConversationsResponse, ApiError> {
        let parent = names::parse_parent("parent", &req.parent)?.to_name();
        let filter = parse_lifecycle_filter(&req.filter)?;
        let size = window::<ListConversationsRequest>("page_size", req.page_size);
        let (state, _) = self.lock();
        let fp = tokens::query_fingerprint(&format!("conversations:{parent}"), &req.filter);
        let after = tokens::decode(state.secret, fp, &req.page_token)?.unwrap_or(0);
        let mut conversations = Vec::new();
        let mut last = 0;
        let mut next_page_token = String::new();
        let matches = state
            .conversations
            .range(after.saturating_add(1)..)
            .filter(|(_, r)| r.parent == parent)
            .filter(|(_, r)| {
                filter.is_none_or(|(eq, want)| (r.conversation.lifecycle_state == want) == eq)
            });
        for (seq, record) in matches {
            if conversations.len() == size {
                // There is at least one more: resume after the last one returned.
                next_page_token = tokens::encode(state.secret, fp, last);
                break;
            }
            conversations.push(record.conversation.clone());
            last = *seq;
        }
        Ok(ListConversationsResponse {
            conversations,
            next_page_token,
        })
    }

    fn ingest_context_references(
        &self,
        req: IngestContextReferencesRequest,
    ) -> Result<IngestContextReferencesResponse, ApiError> {
        names::check_conversation("conversation", &req.conversation)?;
        if req.context_references.is_empty() {
            return Err(ApiError::required("context_references"));
        }
        for (key, reference) in &req.context_references {
            let field = format!("context_references[{key}]");
            if key.is_empty() {
                return Err(ApiError::invalid(&field, "the key must not be empty"));
            }
            if reference.context_contents.is_empty() {
                return Err(ApiError::required(&format!("{field}.context_contents")));
            }
            for (i, content) in reference.context_contents.iter().enumerate() {
                let cfield = format!("{field}.context_contents[{i}]");
                if content.content.is_empty() {
                    return Err(ApiError::required(&format!("{cfield}.content")));
                }
                match ContentFormat::try_from(content.content_format) {
                    Ok(ContentFormat::Json) | Ok(ContentFormat::PlainText) => {}
                    _ => {
                        return Err(ApiError::invalid(
                            &format!("{cfield}.content_format"),
                            "must be JSON or PLAIN_TEXT",
                        ));
                    }
                }
            }
            match UpdateMode::try_from(reference.update_mode) {
                Ok(UpdateMode::Append) | Ok(UpdateMode::Overwrite) => {}
                _ => {
                    return Err(ApiError::invalid(
                        &format!("{field}.update_mode"),
                        "must be APPEND or OVERWRITE",
                    ));
                }
            }
        }
        let (mut state, now) = self.lock();
        let record = state
            .conversation_mut(&req.conversation)
            .ok_or_else(|| ApiError::not_found("conversation", &req.conversation))?;
        let stamp = timestamp_of_micros(now);
        let ingested = &mut record.conversation.ingested_context_references;
        let mut keys: Vec<_> = req.context_references.into_iter().collect();
        keys.sort_by(|a, b| a.0.cmp(&b.0));
        for (key, mut incoming) in keys {
            for content in &mut incoming.context_contents {
                content.ingestion_time = Some(stamp);
            }
            if incoming.language_code.is_empty() {
                incoming.language_code = "en-US".into();
            }
            match ingested.get_mut(&key) {
                Some(existing) if incoming.update_mode == UpdateMode::Append as i32 => {
                    existing.context_contents.extend(incoming.context_contents);
                    existing.update_mode = incoming.update_mode;
                    existing.language_code = incoming.language_code;
                }
                Some(existing) => {
                    let created = existing.create_time;
                    *existing = incoming;
                    existing.create_time = created;
                }
                None => {
                    incoming.create_time = Some(stamp);
                    ingested.insert(key, incoming);
                }
            }
        }
        Ok(IngestContextReferencesResponse {
            ingested_context_references: ingested.clone(),
        })
    }

    fn list_messages(&self, req: ListMessagesRequest) -> Result<ListMessagesResponse, ApiError> {
        names::check_conversation("parent", &req.parent)?;
        let filter = parse_message_filter(&req.filter)?;
        let size = window::<ListMessagesRequest>("page_size", req.page_size);
        let (state, _) = self.lock();
        let record = state
            .conversation(&req.parent)
            .ok_or_else(|| ApiError::not_found("conversation", &req.parent))?;
        let fp = tokens::query_fingerprint(&format!("messages:{}", req.parent), &req.filter);
        let before = tokens::decode(state.secret, fp, &req.page_token)?.unwrap_or(u64::MAX);
        let mut messages = Vec::new();
        let mut last_seq = 0;
        let mut next_page_token = String::new();
        // Newest first: walk the creation order backwards from the resume point.
        for m in record
            .messages
            .iter()
            .rev()
            .filter(|m| m.seq < before)
            .filter(|m| filter.iter().all(|p| p.matches(m.micros)))
        {
            if messages.len() == size {
                next_page_token = tokens::encode(state.secret, fp, last_seq);
                break;
            }
            messages.push(m.message.clone());
            last_seq = m.seq;
        }
        Ok(ListMessagesResponse {
            messages,
            next_page_token,
        })
    }

    fn suggest_conversation_summary(
        &self,
        request: SuggestConversationSummaryRequest,
    ) -> Result<SuggestConversationSummaryResponse, ApiError> {
        suggestions::suggest_conversation_summary(self, request)
    }

    fn generate_stateless_summary(
        &self,
        request: GenerateStatelessSummaryRequest,
    ) -> Result<GenerateStatelessSummaryResponse, ApiError> {
        suggestions::generate_stateless_summary(request)
    }

    fn generate_stateless_suggestion(
        &self,
        request: GenerateStatelessSuggestionRequest,
    ) -> Result<GenerateStatelessSuggestionResponse, ApiError> {
        suggestions::generate_stateless_suggestion(request)
    }

    fn search_knowledge(
        &self,
        request: SearchKnowledgeRequest,
    ) -> Result<SearchKnowledgeResponse, ApiError> {
        suggestions::search_knowledge(self, request)
    }

    fn generate_suggestions(
        &self,
        request: GenerateSuggestionsRequest,
    ) -> Result<GenerateSuggestionsResponse, ApiError> {
        suggestions::generate_suggestions(self, request)
    }
}

impl Core {
    // ----- messages added from outside the API -----

    pub(crate) fn add_message(
        &self,
        conversation_name: &str,
        role: Role,
        text: &str,
    ) -> Result<Message, ApiError> {
        names::check_conversation("conversation", conversation_name)?;
        if role == Role::Unspecified {
            return Err(ApiError::invalid("role", "must not be ROLE_UNSPECIFIED"));
        }
        if text.is_empty() {
            return Err(ApiError::required("text"));
        }
        let participant_id = self.new_id('p');
        let message_id = self.new_id('m');
        let (mut state, now) = self.lock();
        let seq = state.next_seq();
        let record = state
            .conversation_mut(conversation_name)
            .ok_or_else(|| ApiError::not_found("conversation", conversation_name))?;
        if record.end_micros.is_some() {
            return Err(ApiError::new(
                Code::FailedPrecondition,
                format!(
                    "conversation `{conversation_name}` is completed and takes no more messages"
                ),
            )
            .with_info("CONVERSATION_COMPLETED", conversation_name));
        }
        let participant = match record.participants.iter().find(|p| p.role == role as i32) {
            Some(p) => p.name.clone(),
            None => {
                let name = format!("{conversation_name}/participants/{participant_id}");
                record.participants.push(Participant {
                    name: name.clone(),
                    role: role as i32,
                    ..Default::default()
                });
                name
            }
        };
        let stamp = timestamp_of_micros(now);
        let message = Message {
            name: format!("{conversation_name}/messages/{message_id}"),
            content: text.to_string(),
            language_code: "en-US".into(),
            participant,
            participant_role: role as i32,
            create_time: Some(stamp),
            send_time: Some(stamp),
            ..Default::default()
        };
        record.messages.push(MessageRecord {
            seq,
            micros: now,
            message: message.clone(),
        });
        Ok(message)
    }
}
