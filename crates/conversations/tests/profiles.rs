//! `ConversationProfilesClient` against the in-process emulator, over both transports: every
//! RPC, and the long-running suggestion-feature operations (poll, cancel, resume by name).
#![cfg(all(feature = "grpc", feature = "rest", feature = "conversation-profiles"))]

use std::time::Duration;

use dialogflow_conversations::endpoint::EnvMap;
use dialogflow_conversations::lro::{PollingPolicy, Progress};
use dialogflow_conversations::{
    ClientOptions, Code, Connection, ConversationProfilesClient, ConversationsClient, Transport,
};
use dialogflow_emulator::{Emulator, EmulatorHandle};
use dialogflow_types::protobuf::FieldMask;
use dialogflow_types::v2::human_agent_assistant_config::{
    SuggestionConfig, SuggestionFeatureConfig,
};
use dialogflow_types::v2::participant::Role;
use dialogflow_types::v2::suggestion_feature::Type as FeatureType;
use dialogflow_types::v2::*;
use futures::TryStreamExt;

async fn start(delay: Duration) -> EmulatorHandle {
    Emulator::builder()
        .seed(7)
        .operation_delay(delay)
        .strict_profiles(true)
        .start()
        .await
        .expect("emulator starts")
}

async fn client(emu: &EmulatorHandle, transport: Transport) -> ConversationProfilesClient {
    ConversationProfilesClient::builder()
        .with_environment(EnvMap::new().with("DIALOGFLOW_EMULATOR_HOST", emu.host()))
        .with_transport(transport)
        .build()
        .await
        .expect("client builds")
}

fn profile(display_name: &str) -> ConversationProfile {
    ConversationProfile {
        display_name: display_name.into(),
        language_code: "en-US".into(),
        ..Default::default()
    }
}

fn summarization() -> SuggestionFeatureConfig {
    SuggestionFeatureConfig {
        suggestion_feature: Some(SuggestionFeature {
            r#type: FeatureType::ConversationSummarization as i32,
        }),
        ..Default::default()
    }
}

fn human_features(p: &ConversationProfile) -> Vec<i32> {
    p.human_agent_assistant_config
        .as_ref()
        .and_then(|a| a.human_agent_suggestion_config.as_ref())
        .map(|c| {
            c.feature_configs
                .iter()
                .map(|f| f.suggestion_feature.as_ref().map_or(0, |s| s.r#type))
                .collect()
        })
        .unwrap_or_default()
}

fn fast() -> PollingPolicy {
    PollingPolicy::new()
        .with_initial_delay(Duration::from_millis(20))
        .with_max_delay(Duration::from_millis(50))
        .with_deadline(Duration::from_secs(20))
}

#[tokio::test]
async fn every_rpc_over_both_transports() {
    for transport in [Transport::Grpc, Transport::Rest] {
        let name = transport.name();
        let emu = start(Duration::from_millis(50)).await;
        let c = client(&emu, transport).await;

        // Create: a name is generated under the parent; the display name is required.
        let created = c
            .create_conversation_profile("projects/p1", profile("support"))
            .await
            .unwrap();
        assert!(
            created
                .name
                .starts_with("projects/p1/conversationProfiles/"),
            "{name}: {}",
            created.name
        );
        assert!(created.create_time.is_some(), "{name}");
        let err = c
            .create_conversation_profile("projects/p1", profile(""))
            .await
            .unwrap_err();
        assert_eq!(err.code(), Code::InvalidArgument, "{name}: {err}");
        assert!(err.to_string().contains("display_name"), "{name}: {err}");

        // A feature for the wrong role is refused, naming the field.
        let mut wrong = profile("wrong");
        wrong.human_agent_assistant_config = Some(HumanAgentAssistantConfig {
            end_user_suggestion_config: Some(SuggestionConfig {
                feature_configs: vec![summarization()],
                ..Default::default()
            }),
            ..Default::default()
        });
        let err = c
            .create_conversation_profile("projects/p1", wrong)
            .await
            .unwrap_err();
        assert_eq!(err.code(), Code::InvalidArgument, "{name}: {err}");
        assert!(
            err.to_string().contains("end_user_suggestion_config"),
            "{name}: {err}"
        );

        // Get.
        let got = c.get_conversation_profile(&created.name).await.unwrap();
        assert_eq!(got, created, "{name}");

        // List, with paging.
        for i in 0..4 {
            c.create_conversation_profile("projects/p1", profile(&format!("p{i}")))
                .await
                .unwrap();
        }
        let page = c
            .list_conversation_profiles("projects/p1")
            .set_page_size(2)
            .await
            .unwrap();
        assert_eq!(page.conversation_profiles.len(), 2, "{name}");
        assert!(!page.next_page_token.is_empty(), "{name}");
        let all: Vec<_> = c
            .list_conversation_profiles("projects/p1")
            .set_page_size(2)
            .by_item()
            .try_collect()
            .await
            .unwrap();
        assert_eq!(all.len(), 5, "{name}");

        // Update honours the mask: only display_name changes.
        let mut change = created.clone();
        change.display_name = "renamed".into();
        change.language_code = "de-DE".into();
        let updated = c
            .update_conversation_profile(
                change,
                FieldMask {
                    paths: vec!["display_name".into()],
                },
            )
            .await
            .unwrap();
        assert_eq!(updated.display_name, "renamed", "{name}");
        assert_eq!(updated.language_code, "en-US", "{name}");
        let err = c
            .update_conversation_profile(
                created.clone(),
                FieldMask {
                    paths: vec!["name".into()],
                },
            )
            .await
            .unwrap_err();
        assert_eq!(err.code(), Code::InvalidArgument, "{name}: {err}");
        assert!(err.to_string().contains("update_mask"), "{name}: {err}");

        // A created profile lets strict mode create a conversation with it.
        let conversations = ConversationsClient::from_connection(c.connection()).unwrap();
        conversations
            .create_conversation(
                "projects/p1",
                Conversation {
                    conversation_profile: created.name.clone(),
                    ..Default::default()
                },
            )
            .await
            .unwrap();

        // Set: the operation finishes later; only then the profile has the feature.
        let op = c
            .set_suggestion_feature_config(&created.name)
            .set_participant_role(Role::HumanAgent)
            .set_suggestion_feature_config(summarization())
            .await
            .unwrap();
        assert!(!op.done(), "{name}");
        assert!(
            op.name().starts_with("projects/p1/operations/"),
            "{name}: {}",
            op.name()
        );
        let metadata = op.metadata().unwrap().unwrap();
        assert_eq!(metadata.conversation_profile, created.name, "{name}");
        assert_eq!(metadata.participant_role, Role::HumanAgent as i32, "{name}");
        assert_eq!(
            metadata.suggestion_feature_type,
            FeatureType::ConversationSummarization as i32
        );
        assert!(metadata.create_time.is_some(), "{name}");
        let before = c.get_conversation_profile(&created.name).await.unwrap();
        assert!(human_features(&before).is_empty(), "{name}");
        let result = c
            .resume_operation::<ConversationProfile, SetSuggestionFeatureConfigOperationMetadata>(
                op.name(),
            )
            .with_policy(fast())
            .until_done()
            .await
            .unwrap();
        assert_eq!(
            human_features(&result),
            vec![FeatureType::ConversationSummarization as i32],
            "{name}"
        );
        let after = c.get_conversation_profile(&created.name).await.unwrap();
        assert_eq!(human_features(&after), human_features(&result), "{name}");

        // Clear, through the builder's poller.
        let cleared = c
            .clear_suggestion_feature_config(&created.name)
            .set_participant_role(Role::HumanAgent)
            .set_suggestion_feature_type(FeatureType::ConversationSummarization)
            .with_polling_policy(fast())
            .until_done()
            .await
            .unwrap();
        assert!(human_features(&cleared).is_empty(), "{name}");

        // An AUTOMATED_AGENT role is refused, naming the field.
        let err = c
            .set_suggestion_feature_config(&created.name)
            .set_participant_role(Role::AutomatedAgent)
            .set_suggestion_feature_config(summarization())
            .await
            .unwrap_err();
        assert_eq!(err.code(), Code::InvalidArgument, "{name}: {err}");
        assert!(
            err.to_string().contains("participant_role"),
            "{name}: {err}"
        );

        // Delete: later reads are NOT_FOUND, and strict mode refuses the profile again.
        c.delete_conversation_profile(&created.name).await.unwrap();
        let err = c.get_conversation_profile(&created.name).await.unwrap_err();
        assert_eq!(err.code(), Code::NotFound, "{name}: {err}");
        let err = c
            .delete_conversation_profile(&created.name)
            .await
            .unwrap_err();
        assert_eq!(err.code(), Code::NotFound, "{name}: {err}");
        let err = conversations
            .create_conversation(
                "projects/p1",
                Conversation {
                    conversation_profile: created.name.clone(),
                    ..Default::default()
                },
            )
            .await
            .unwrap_err();
        assert_eq!(err.code(), Code::NotFound, "{name}: {err}");
    }
}

#[tokio::test]
async fn a_cancelled_operation_changes_nothing() {
    let emu = start(Duration::from_secs(3600)).await;
    let c = client(&emu, Transport::Grpc).await;
    let created = c
        .create_conversation_profile("projects/p1/locations/global", profile("support"))
        .await
        .unwrap();
    let mut poller = c
        .set_suggestion_feature_config(&created.name)
        .set_participant_role(Role::HumanAgent)
        .set_suggestion_feature_config(summarization())
        .with_polling_policy(fast())
        .poller()
        .await
        .unwrap();
    assert!(
        poller
            .name()
            .starts_with("projects/p1/locations/global/operations/")
    );
    // The first step is the operation the RPC returned, running, with its metadata.
    match poller.next().await.unwrap() {
        Progress::Running(Some(m)) => assert_eq!(m.conversation_profile, created.name),
        other => panic!("{other:?}"),
    }
    poller.cancel().await.unwrap();
    let err = poller.until_done().await.unwrap_err();
    assert_eq!(err.code(), Code::Cancelled, "{err}");
    // The clock passing the operation's end does not apply a cancelled change.
    emu.advance_clock(Duration::from_secs(7200));
    let after = c.get_conversation_profile(&created.name).await.unwrap();
    assert!(human_features(&after).is_empty());
}

/// Runs `f` on a plain thread (no runtime context) without blocking the test's runtime.
async fn off_runtime<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    tokio::task::spawn_blocking(move || std::thread::spawn(f).join().unwrap())
        .await
        .unwrap()
}

#[tokio::test]
async fn the_test_clock_completes_operations_and_the_blocking_client_waits() {
    let emu = start(Duration::from_secs(600)).await;
    let host = emu.host();
    // The blocking client runs on a thread of its own, outside the emulator's runtime.
    let name = off_runtime(move || {
        let options = ClientOptions::new()
            .with_emulator_host(host)
            .with_transport(Transport::Rest);
        let c =
            dialogflow_conversations::blocking::ConversationProfilesClient::from_options(options)
                .unwrap();
        let created = c
            .create_conversation_profile("projects/p2", profile("blocking"))
            .send()
            .unwrap();
        let op = c
            .set_suggestion_feature_config(&created.name)
            .set_participant_role(Role::HumanAgent)
            .set_suggestion_feature_config(summarization())
            .send()
            .unwrap();
        (created.name, op.name().to_string())
    })
    .await;
    let (profile_name, op_name) = name;
    // Ten minutes on the emulator's clock: the operation is due.
    emu.advance_clock(Duration::from_secs(601));
    let host = emu.host();
    let done = off_runtime(move || {
        let options = ClientOptions::new().with_emulator_host(host);
        let c =
            dialogflow_conversations::blocking::ConversationProfilesClient::from_options(options)
                .unwrap();
        c.resume_operation::<ConversationProfile, SetSuggestionFeatureConfigOperationMetadata>(
            op_name,
        )
        .with_policy(fast())
        .until_done()
    })
    .await
    .unwrap();
    assert_eq!(done.name, profile_name);
    assert_eq!(
        human_features(&done),
        vec![FeatureType::ConversationSummarization as i32]
    );
}

#[tokio::test]
async fn clients_of_both_services_share_one_connection() {
    let emu = start(Duration::from_millis(10)).await;
    let connection = Connection::new(ClientOptions::new().with_emulator_host(emu.host()))
        .await
        .unwrap();
    let profiles = ConversationProfilesClient::from_connection(&connection).unwrap();
    let conversations = ConversationsClient::from_connection(&connection).unwrap();
    assert_eq!(profiles.endpoint(), conversations.endpoint());
    let created = profiles
        .create_conversation_profile("projects/p3", profile("shared"))
        .await
        .unwrap();
    let conversation = conversations
        .create_conversation(
            "projects/p3",
            Conversation {
                conversation_profile: created.name,
                ..Default::default()
            },
        )
        .await
        .unwrap();
    assert!(conversation.name.starts_with("projects/p3/conversations/"));
}

#[tokio::test]
async fn profiles_and_running_operations_survive_a_restart() {
    let dir = std::env::temp_dir().join(format!("profiles-restart-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("state.db");
    let _ = std::fs::remove_file(&path);
    let start = || {
        Emulator::builder()
            .seed(11)
            .data_file(&path)
            .operation_delay(Duration::from_secs(600))
            .strict_profiles(true)
            .start()
    };

    let emu = start().await.unwrap();
    let c = client(&emu, Transport::Grpc).await;
    let created = c
        .create_conversation_profile("projects/p4", profile("durable"))
        .await
        .unwrap();
    let op = c
        .set_suggestion_feature_config(&created.name)
        .set_participant_role(Role::HumanAgent)
        .set_suggestion_feature_config(summarization())
        .await
        .unwrap();
    assert!(!op.done());
    emu.shutdown().await.unwrap();

    // After the restart: the profile and the running operation are there; once due, the
    // operation completes and the change reaches the stored profile.
    let emu = start().await.unwrap();
    let c = client(&emu, Transport::Rest).await;
    let again = c.get_conversation_profile(&created.name).await.unwrap();
    assert_eq!(again, created);
    let running = c.get_operation(op.name()).await.unwrap();
    assert!(!running.done);
    emu.advance_clock(Duration::from_secs(601));
    let done = c
        .resume_operation::<ConversationProfile, SetSuggestionFeatureConfigOperationMetadata>(
            op.name(),
        )
        .with_policy(fast())
        .until_done()
        .await
        .unwrap();
    assert_eq!(
        human_features(&done),
        vec![FeatureType::ConversationSummarization as i32]
    );
    emu.shutdown().await.unwrap();

    // And the completed state is what the file keeps.
    let emu = start().await.unwrap();
    let c = client(&emu, Transport::Grpc).await;
    let stored = c.get_conversation_profile(&created.name).await.unwrap();
    assert_eq!(human_features(&stored), human_features(&done));
    assert!(c.get_operation(op.name()).await.unwrap().done);
    emu.shutdown().await.unwrap();
    let _ = std::fs::remove_dir_all(&dir);
}

/// Starts `n` SetSuggestionFeatureConfig operations on `profile` and returns their names in
/// the order they were started.
async fn start_operations(c: &ConversationProfilesClient, profile: &str, n: usize) -> Vec<String> {
    let mut names = Vec::new();
    for _ in 0..n {
        let op = c
            .set_suggestion_feature_config(profile)
            .set_participant_role(Role::HumanAgent)
            .set_suggestion_feature_config(summarization())
            .await
            .unwrap();
        names.push(op.name().to_string());
    }
    names
}

fn names_of(ops: &[dialogflow_types::longrunning::Operation]) -> Vec<String> {
    ops.iter().map(|op| op.name.clone()).collect()
}

#[tokio::test]
async fn list_operations_filters_and_pages_over_real_operations() {
    for transport in [Transport::Grpc, Transport::Rest] {
        let name = transport.name();
        let emu = start(Duration::from_secs(60)).await;
        let c = client(&emu, transport).await;
        let created = c
            .create_conversation_profile("projects/p5", profile("ops"))
            .await
            .unwrap();
        // Three operations finish (the clock passes their end), then two more start.
        let finished = start_operations(&c, &created.name, 3).await;
        emu.advance_clock(Duration::from_secs(61));
        let running = start_operations(&c, &created.name, 2).await;
        let every: Vec<String> = finished.iter().chain(&running).cloned().collect();
        // An operation under a location is not one of the project's.
        let located = c
            .create_conversation_profile("projects/p5/locations/global", profile("elsewhere"))
            .await
            .unwrap();
        let elsewhere = start_operations(&c, &located.name, 1).await;

        // No filter, pages of two: 2 + 2 + 1, in the order they started.
        let pages: Vec<_> = c
            .list_operations("projects/p5", "")
            .set_page_size(2)
            .by_page()
            .try_collect()
            .await
            .unwrap();
        let sizes: Vec<usize> = pages.iter().map(|p| p.operations.len()).collect();
        assert_eq!(sizes, [2, 2, 1], "{name}");
        assert!(pages[2].next_page_token.is_empty(), "{name}");
        let listed: Vec<String> = pages.iter().flat_map(|p| names_of(&p.operations)).collect();
        assert_eq!(listed, every, "{name}");

        // The same pages by hand, following the tokens.
        let first = c
            .list_operations("projects/p5", "")
            .set_page_size(2)
            .await
            .unwrap();
        assert_eq!(names_of(&first.operations), every[..2], "{name}");
        let second = c
            .list_operations("projects/p5", "")
            .set_page_size(2)
            .set_page_token(first.next_page_token.clone())
            .await
            .unwrap();
        assert_eq!(names_of(&second.operations), every[2..4], "{name}");

        // Filters, item by item across pages of one.
        let done: Vec<_> = c
            .list_operations("projects/p5", "done=true")
            .set_page_size(1)
            .by_item()
            .all()
            .await
            .unwrap();
        assert_eq!(names_of(&done), finished, "{name}");
        assert!(done.iter().all(|op| op.done), "{name}");
        let still: Vec<_> = c
            .list_operations("projects/p5", "done = false")
            .set_page_size(1)
            .by_item()
            .try_collect()
            .await
            .unwrap();
        assert_eq!(names_of(&still), running, "{name}");
        assert!(
            still.iter().all(|op| !op.done && op.metadata.is_some()),
            "{name}"
        );

        // The location's operations are listed under the location only.
        let there = c
            .list_operations("projects/p5/locations/global", "")
            .by_item()
            .all()
            .await
            .unwrap();
        assert_eq!(names_of(&there), elsewhere, "{name}");

        // A token belongs to its query: with another filter it is refused, as is an
        // unknown filter.
        let err = c
            .list_operations("projects/p5", "done=true")
            .set_page_size(2)
            .set_page_token(first.next_page_token.clone())
            .await
            .unwrap_err();
        assert_eq!(err.code(), Code::InvalidArgument, "{name}: {err}");
        let err = c
            .list_operations("projects/p5", "metadata.type=x")
            .await
            .unwrap_err();
        assert_eq!(err.code(), Code::InvalidArgument, "{name}: {err}");
        assert!(err.to_string().contains("filter"), "{name}: {err}");
    }
}

#[tokio::test]
async fn the_polling_deadline_gives_deadline_exceeded_and_keeps_the_last_metadata() {
    for transport in [Transport::Grpc, Transport::Rest] {
        let name = transport.name();
        // The operation runs for an hour; the poller gives up after half a second.
        let emu = start(Duration::from_secs(3600)).await;
        let c = client(&emu, transport).await;
        let created = c
            .create_conversation_profile("projects/p6", profile("slow"))
            .await
            .unwrap();
        let policy = PollingPolicy::new()
            .with_initial_delay(Duration::from_millis(50))
            .with_max_delay(Duration::from_millis(100))
            .with_deadline(Duration::from_millis(500));
        let mut poller = c
            .set_suggestion_feature_config(&created.name)
            .set_participant_role(Role::HumanAgent)
            .set_suggestion_feature_config(summarization())
            .with_polling_policy(policy)
            .poller()
            .await
            .unwrap();
        let started = std::time::Instant::now();
        let mut running = 0;
        let err = loop {
            match poller.next().await {
                Some(Progress::Running(Some(m))) => {
                    assert_eq!(m.conversation_profile, created.name, "{name}");
                    running += 1;
                }
                Some(Progress::Done(Err(e))) => break e,
                other => panic!("{name}: {other:?}"),
            }
        };
        assert_eq!(err.code(), Code::DeadlineExceeded, "{name}: {err}");
        assert!(err.message().contains(poller.name()), "{name}: {err}");
        assert!(err.message().contains("resume"), "{name}: {err}");
        // The first step (no poll) and at least one poll (about five at this cadence), then
        // the deadline, well before the operation's hour.
        assert!(running >= 2, "{name}: {running} steps");
        assert!(started.elapsed() < Duration::from_secs(10), "{name}");
        // What the poller last saw stays readable: the running operation and its metadata.
        let latest = poller.latest().expect("the poller saw the operation");
        assert!(!latest.done(), "{name}");
        let metadata = poller.metadata().unwrap().expect("metadata");
        assert_eq!(metadata.conversation_profile, created.name, "{name}");
        assert_eq!(metadata.participant_role, Role::HumanAgent as i32, "{name}");
        assert_eq!(
            metadata.suggestion_feature_type,
            FeatureType::ConversationSummarization as i32,
            "{name}"
        );
        assert!(poller.next().await.is_none(), "{name}");

        // The operation kept running: once the clock passes its end, resuming finishes it.
        emu.advance_clock(Duration::from_secs(3601));
        let done = c
            .resume_operation::<ConversationProfile, SetSuggestionFeatureConfigOperationMetadata>(
                poller.name(),
            )
            .with_policy(fast())
            .until_done()
            .await
            .unwrap();
        assert_eq!(
            human_features(&done),
            vec![FeatureType::ConversationSummarization as i32],
            "{name}"
        );
    }
}
