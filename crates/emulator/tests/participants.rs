//! The Participants service's unary RPCs over real loopback with tonic's generated stubs.

mod common;

use common::assist::*;
use common::*;
use dialogflow_types::protobuf::FieldMask;
use dialogflow_types::v2::analyze_content_request::Input;
use dialogflow_types::v2::participant::Role;
use dialogflow_types::v2::suggestion_result::SuggestionResponse;
use dialogflow_types::v2::*;
use tonic::Code;
use tonic::transport::Channel;
#[tokio::test]
async fn crud_paging_and_update_mask() {
    let emu = start().await;
    let mut c = conversations(&emu).await;
    let mut p = participants(&emu).await;
    for parent in ["projects/p1", "projects/p1/locations/us-east1"] {
        let conv = create(&mut c, parent, "").await.name;
        let made = add(&mut p, &conv, Role::EndUser).await;
        assert!(made.name.starts_with(&format!("{conv}/participants/")));
        assert_eq!(made.role, Role::EndUser as i32);
        let got = p
            .get_participant(GetParticipantRequest {
                name: made.name.clone(),
            })
            .await
            .unwrap()
            .into_inner();
        assert_eq!(got, made);
        for _ in 0..4 {
            add(&mut p, &conv, Role::HumanAgent).await;
        }
        // Paging: 5 participants, pages of 2, creation order, nothing lost or repeated.
        let mut names = Vec::new();
        let mut token = String::new();
        loop {
            let page = p
                .list_participants(ListParticipantsRequest {
                    parent: conv.clone(),
                    page_size: 2,
                    page_token: token,
                })
                .await
                .unwrap()
                .into_inner();
            assert!(page.participants.len() <= 2);
            names.extend(page.participants.into_iter().map(|x| x.name));
            token = page.next_page_token;
            if token.is_empty() {
                break;
            }
        }
        assert_eq!(names.len(), 5);
        assert_eq!(names[0], made.name);
        let distinct: std::collections::HashSet<_> = names.iter().collect();
        assert_eq!(distinct.len(), 5);

        // Update: only the masked field changes.
        let updated = p
            .update_participant(UpdateParticipantRequest {
                participant: Some(Participant {
                    name: made.name.clone(),
                    sip_recording_media_label: "label-1".into(),
                    obfuscated_external_user_id: "ignored".into(),
                    ..Default::default()
                }),
                update_mask: Some(FieldMask {
                    paths: vec!["sip_recording_media_label".into()],
                }),
            })
            .await
            .unwrap()
            .into_inner();
        assert_eq!(updated.sip_recording_media_label, "label-1");
        assert_eq!(updated.obfuscated_external_user_id, "");
        assert_eq!(updated.role, Role::EndUser as i32);
        for (path, code) in [
            ("role", Code::InvalidArgument),
            ("no_such_field", Code::InvalidArgument),
        ] {
            let e = p
                .update_participant(UpdateParticipantRequest {
                    participant: Some(Participant {
                        name: made.name.clone(),
                        role: Role::HumanAgent as i32,
                        ..Default::default()
                    }),
                    update_mask: Some(FieldMask {
                        paths: vec![path.into()],
                    }),
                })
                .await
                .unwrap_err();
            assert_eq!(e.code(), code, "{path}: {e:?}");
            assert!(e.message().contains(path), "{e:?}");
            assert_eq!(field_of(&e), "update_mask");
        }
    }
}

#[tokio::test]
async fn create_errors() {
    let emu = start().await;
    let mut c = conversations(&emu).await;
    let mut p = participants(&emu).await;
    let conv = create(&mut c, "projects/p1", "").await.name;
    let e = p
        .create_participant(CreateParticipantRequest {
            parent: conv.clone(),
            participant: Some(Participant::default()),
        })
        .await
        .unwrap_err();
    assert_eq!(e.code(), Code::InvalidArgument);
    assert_eq!(field_of(&e), "participant.role");
    let e = p
        .create_participant(CreateParticipantRequest {
            parent: "projects/p1/conversations/missing".into(),
            participant: Some(Participant {
                role: Role::EndUser as i32,
                ..Default::default()
            }),
        })
        .await
        .unwrap_err();
    assert_eq!(e.code(), Code::NotFound);
    let e = p
        .get_participant(GetParticipantRequest {
            name: format!("{conv}/participants/nobody"),
        })
        .await
        .unwrap_err();
    assert_eq!(e.code(), Code::NotFound);
    let e = p
        .get_participant(GetParticipantRequest {
            name: "projects/p1/nonsense".into(),
        })
        .await
        .unwrap_err();
    assert_eq!(e.code(), Code::InvalidArgument);
    c.complete_conversation(CompleteConversationRequest { name: conv.clone() })
        .await
        .unwrap();
    let e = p
        .create_participant(CreateParticipantRequest {
            parent: conv,
            participant: Some(Participant {
                role: Role::EndUser as i32,
                ..Default::default()
            }),
        })
        .await
        .unwrap_err();
    assert_eq!(e.code(), Code::FailedPrecondition, "{e:?}");
}

#[tokio::test]
async fn analyze_content_appends_replies_suggests_and_dedupes() {
    let emu = start().await;
    let (conv, user, agent) = assisted(&emu).await;
    let mut p = participants(&emu).await;
    let answer = p
        .analyze_content(text(&user.name, "How long do refunds take?", "req-1"))
        .await
        .unwrap()
        .into_inner();
    let message = answer.message.clone().unwrap();
    assert_eq!(message.content, "How long do refunds take?");
    assert_eq!(message.participant, user.name);
    assert_eq!(message.participant_role, Role::EndUser as i32);
    assert_eq!(message.language_code, "en-US");
    assert!(message.create_time.is_some());
    assert_eq!(answer.reply_text, "You said: How long do refunds take?");
    assert!(answer.automated_agent_reply.is_some());
    // Human agent: articles, FAQ, knowledge assist, in the profile's order.
    let kinds: Vec<_> = answer
        .human_agent_suggestion_results
        .iter()
        .map(|r| r.suggestion_response.clone().unwrap())
        .collect();
    assert_eq!(kinds.len(), 3);
    let SuggestionResponse::SuggestArticlesResponse(articles) = &kinds[0] else {
        panic!("{kinds:?}")
    };
    assert_eq!(articles.article_answers[0].title, "refunds");
    assert_eq!(
        articles.article_answers[0].snippets,
        vec!["Refunds take five days."]
    );
    assert_eq!(articles.latest_message, message.name);
    assert!(matches!(
        kinds[1],
        SuggestionResponse::SuggestFaqAnswersResponse(_)
    ));
    let SuggestionResponse::SuggestKnowledgeAssistResponse(ka) = &kinds[2] else {
        panic!("{kinds:?}")
    };
    let ka = ka.knowledge_assist_answer.as_ref().unwrap();
    assert_eq!(
        ka.suggested_query.as_ref().unwrap().query_text,
        "long refunds take"
    );
    assert_eq!(
        ka.suggested_query_answer.as_ref().unwrap().answer_text,
        "Refunds take five days."
    );
    assert!(matches!(
        answer.end_user_suggestion_results[0].suggestion_response,
        Some(SuggestionResponse::SuggestSmartRepliesResponse(_))
    ));

    // The same request id: the same answer, nothing appended.
    let again = p
        .analyze_content(text(&user.name, "How long do refunds take?", "req-1"))
        .await
        .unwrap()
        .into_inner();
    assert_eq!(again, answer);
    let mut c = conversations(&emu).await;
    let list =
        |c: &mut dialogflow_types::v2::conversations_client::ConversationsClient<Channel>| {
            let conv = conv.clone();
            let mut c = c.clone();
            async move {
                c.list_messages(ListMessagesRequest {
                    parent: conv,
                    ..Default::default()
                })
                .await
                .unwrap()
                .into_inner()
                .messages
            }
        };
    let messages = list(&mut c).await;
    // The user's message and the virtual agent's reply, newest first.
    assert_eq!(messages.len(), 2);
    assert_eq!(messages[1], message);
    assert_eq!(messages[0].participant_role, Role::AutomatedAgent as i32);
    assert_eq!(messages[0].content, answer.reply_text);

    // The human agent gets no virtual-agent reply; an event is a message with its name.
    let from_agent = p
        .analyze_content(AnalyzeContentRequest {
            participant: agent.name.clone(),
            input: Some(Input::EventInput(EventInput {
                name: "WELCOME".into(),
                language_code: "en-US".into(),
                ..Default::default()
            })),
            ..Default::default()
        })
        .await
        .unwrap()
        .into_inner();
    assert_eq!(from_agent.reply_text, "");
    assert_eq!(from_agent.message.unwrap().content, "WELCOME");
    // Audio: the emulator's convention.
    let audio = p
        .analyze_content(AnalyzeContentRequest {
            participant: agent.name.clone(),
            input: Some(Input::AudioInput(AudioInput {
                config: Some(InputAudioConfig {
                    audio_encoding: AudioEncoding::Linear16 as i32,
                    sample_rate_hertz: 8000,
                    language_code: "en-US".into(),
                    ..Default::default()
                }),
                audio: dialogflow_emulator::audio::encode_utterance("one moment please", 8000),
            })),
            ..Default::default()
        })
        .await
        .unwrap()
        .into_inner();
    assert_eq!(audio.message.unwrap().content, "one moment please");
    assert_eq!(list(&mut c).await.len(), 4);
}

#[tokio::test]
async fn analyze_content_errors_name_the_field() {
    let emu = start().await;
    let (conv, user, _) = assisted(&emu).await;
    let mut p = participants(&emu).await;
    let cases = [
        (
            text("", "hi", ""),
            Code::InvalidArgument,
            Some("participant"),
        ),
        (
            AnalyzeContentRequest {
                participant: user.name.clone(),
                ..Default::default()
            },
            Code::InvalidArgument,
            Some("input"),
        ),
        (
            text(&user.name, "hi", &"x".repeat(37)),
            Code::InvalidArgument,
            Some("request_id"),
        ),
        (
            text(&format!("{conv}/participants/ghost"), "hi", ""),
            Code::NotFound,
            None,
        ),
    ];
    for (req, code, field) in cases {
        let e = p.analyze_content(req).await.unwrap_err();
        assert_eq!(e.code(), code, "{e:?}");
        if let Some(field) = field {
            assert_eq!(field_of(&e), field, "{e:?}");
        }
    }
    let mut c = conversations(&emu).await;
    c.complete_conversation(CompleteConversationRequest { name: conv })
        .await
        .unwrap();
    let e = p
        .analyze_content(text(&user.name, "still there?", ""))
        .await
        .unwrap_err();
    assert_eq!(e.code(), Code::FailedPrecondition);
}

#[tokio::test]
async fn suggest_rpcs_answer_from_the_messages() {
    let emu = start().await;
    let (_conv, user, agent) = assisted(&emu).await;
    let mut p = participants(&emu).await;
    let first = p
        .analyze_content(text(&user.name, "Is shipping free?", ""))
        .await
        .unwrap()
        .into_inner()
        .message
        .unwrap();
    p.analyze_content(text(&agent.name, "Let me check the refunds policy.", ""))
        .await
        .unwrap();
    // The window ends at `latest_message` and holds `context_size` messages.
    let articles = p
        .suggest_articles(SuggestArticlesRequest {
            parent: agent.name.clone(),
            latest_message: first.name.clone(),
            context_size: 1,
            ..Default::default()
        })
        .await
        .unwrap()
        .into_inner();
    assert_eq!(articles.context_size, 1);
    assert_eq!(articles.latest_message, first.name);
    assert_eq!(
        articles.article_answers[0].snippets,
        vec!["Shipping is free over ten euros."]
    );
    assert_eq!(articles.article_answers[0].confidence, 1.0);
    let faq = p
        .suggest_faq_answers(SuggestFaqAnswersRequest {
            parent: agent.name.clone(),
            ..Default::default()
        })
        .await
        .unwrap()
        .into_inner();
    assert_eq!(faq.context_size, 3);
    // The best sentence shares the most keywords with the window (shipping, free).
    assert_eq!(
        faq.faq_answers[0].answer,
        "Shipping is free over ten euros."
    );
    assert_eq!(
        faq.faq_answers[0].question,
        "Let me check the refunds policy."
    );
    let replies = p
        .suggest_smart_replies(SuggestSmartRepliesRequest {
            parent: agent.name.clone(),
            ..Default::default()
        })
        .await
        .unwrap()
        .into_inner();
    assert_eq!(
        replies
            .smart_reply_answers
            .iter()
            .map(|r| r.reply.as_str())
            .collect::<Vec<_>>(),
        [
            "I can help you with let.",
            "Could you tell me more about let?",
            "Thank you for your patience."
        ]
    );
    let ka = p
        .suggest_knowledge_assist(SuggestKnowledgeAssistRequest {
            parent: agent.name.clone(),
            ..Default::default()
        })
        .await
        .unwrap()
        .into_inner();
    let answer = ka.knowledge_assist_answer.unwrap();
    assert_eq!(answer.suggested_query.unwrap().query_text, "shipping free");
    assert!(
        answer
            .answer_record
            .starts_with("projects/p1/locations/global/answerRecords/")
    );
    let e = p
        .suggest_articles(SuggestArticlesRequest {
            parent: agent.name.clone(),
            latest_message: "projects/p1/conversations/other/messages/m1".into(),
            ..Default::default()
        })
        .await
        .unwrap_err();
    assert_eq!(e.code(), Code::InvalidArgument);
    assert_eq!(field_of(&e), "latest_message");
}
