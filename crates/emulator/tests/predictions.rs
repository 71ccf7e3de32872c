//! What the README's "Predicting answers" promises a test author, over real loopback with
//! tonic's generated stubs: ids drawn from one seeded generator in call order, names the
//! caller chose kept without a draw, the fields of streamed recognition results, and the
//! timing of a profile's operation on the emulator's clock.

mod common;

use std::time::Duration;

use common::*;
use dialogflow_emulator::{Emulator, EmulatorHandle, audio};
use dialogflow_types::longrunning::GetOperationRequest;
use dialogflow_types::longrunning::operations_client::OperationsClient;
use dialogflow_types::v2::conversation_profiles_client::ConversationProfilesClient;
use dialogflow_types::v2::human_agent_assistant_config::SuggestionFeatureConfig;
use dialogflow_types::v2::participant::Role;
use dialogflow_types::v2::participants_client::ParticipantsClient;
use dialogflow_types::v2::streaming_analyze_content_request::{Config, Input};
use dialogflow_types::v2::suggestion_feature::Type as FeatureType;
use dialogflow_types::v2::*;
use futures::StreamExt as _;

async fn seeded(seed: u64) -> EmulatorHandle {
    Emulator::builder()
        .seed(seed)
        .operation_delay(Duration::from_secs(3600))
        .start()
        .await
        .unwrap()
}

/// The last path segment of a resource name: its id.
/// Creates a profile named "support" under `parent` and returns its name.
async fn create_profile(
    profiles: &mut ConversationProfilesClient<tonic::transport::Channel>,
    parent: &str,
) -> String {
    profiles
        .create_conversation_profile(CreateConversationProfileRequest {
            parent: parent.into(),
            conversation_profile: Some(ConversationProfile {
                display_name: "support".into(),
                ..Default::default()
            }),
        })
        .await
        .unwrap()
        .into_inner()
        .name
}

fn id(name: &str) -> String {
    name.rsplit('/').next().unwrap_or_default().to_string()
}

/// One call of each kind that names something new; the ids the emulator gave, in order.
async fn ids_of_a_script(emu: &EmulatorHandle) -> Vec<String> {
    let mut ids = Vec::new();
    let mut c = conversations(emu).await;
    let conversation = create(&mut c, "projects/p1/locations/global", "")
        .await
        .name;
    ids.push(id(&conversation));
    let mut participants = ParticipantsClient::new(channel(emu).await);
    let caller = common::assist::add(&mut participants, &conversation, Role::EndUser)
        .await
        .name;
    ids.push(id(&caller));
    let message = participants
        .analyze_content(common::assist::text(&caller, "Hello. I need help.", ""))
        .await
        .unwrap()
        .into_inner()
        .message
        .unwrap()
        .name;
    ids.push(id(&message));
    let record = c
        .suggest_conversation_summary(SuggestConversationSummaryRequest {
            conversation: conversation.clone(),
            ..Default::default()
        })
        .await
        .unwrap()
        .into_inner()
        .summary
        .unwrap()
        .answer_record;
    ids.push(id(&record));
    let mut profiles = ConversationProfilesClient::new(channel(emu).await);
    let profile = create_profile(&mut profiles, "projects/p1/locations/global").await;
    ids.push(id(&profile));
    let operation = profiles
        .set_suggestion_feature_config(SetSuggestionFeatureConfigRequest {
            conversation_profile: profile,
            participant_role: Role::HumanAgent as i32,
            suggestion_feature_config: Some(summarization()),
        })
        .await
        .unwrap()
        .into_inner()
        .name;
    ids.push(id(&operation));
    ids
}

fn summarization() -> SuggestionFeatureConfig {
    SuggestionFeatureConfig {
        suggestion_feature: Some(SuggestionFeature {
            r#type: FeatureType::ConversationSummarization as i32,
        }),
        ..Default::default()
    }
}

#[tokio::test]
async fn ids_come_from_one_seeded_generator_in_call_order() {
    let first = ids_of_a_script(&seeded(42).await).await;
    // Each id: its kind's letter, then 16 lowercase letters and digits.
    let prefixes: String = first.iter().map(|i| &i[..1]).collect();
    assert_eq!(prefixes, "cpmapo", "{first:?}");
    for id in &first {
        assert_eq!(id.len(), 17, "{id}");
        assert!(
            id[1..]
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()),
            "{id}"
        );
    }
    // The same seed and the same calls: the same ids; another seed: others.
    assert_eq!(ids_of_a_script(&seeded(42).await).await, first);
    let other = ids_of_a_script(&seeded(43).await).await;
    assert!(other.iter().all(|i| !first.contains(i)), "{other:?}");
}

#[tokio::test]
async fn a_name_the_caller_chose_is_kept_and_draws_no_id() {
    let emu = seeded(7).await;
    let mut c = conversations(&emu).await;
    let chosen = create(&mut c, "projects/p1", "my-conversation").await.name;
    assert_eq!(chosen, "projects/p1/conversations/my-conversation");
    let next = create(&mut c, "projects/p1", "").await.name;

    let fresh = seeded(7).await;
    let first = create(&mut conversations(&fresh).await, "projects/p1", "")
        .await
        .name;
    assert_eq!(next, first);
}

/// Interim results: confidence 0, no offset. Final: confidence 0.95 and a
/// `speech_end_offset` at the frame that ended the utterance, i.e. the text's frames (10 ms a
/// byte) plus the 200 ms of silence that end it.
#[tokio::test]
async fn recognition_results_have_predictable_fields() {
    let emu = seeded(1).await;
    let mut c = conversations(&emu).await;
    let conversation = create(&mut c, "projects/p1/locations/global", "")
        .await
        .name;
    let mut participants = ParticipantsClient::new(channel(&emu).await);
    let caller = common::assist::add(&mut participants, &conversation, Role::EndUser)
        .await
        .name;
    let first = StreamingAnalyzeContentRequest {
        participant: caller,
        config: Some(Config::AudioConfig(InputAudioConfig {
            audio_encoding: AudioEncoding::Linear16 as i32,
            sample_rate_hertz: 16_000,
            language_code: "en-US".into(),
            ..Default::default()
        })),
        ..Default::default()
    };
    let spoken = "book a flight"; // 13 bytes: 130 ms of frames
    let mut requests = vec![first];
    for chunk in audio::encode_utterance(spoken, 16_000).chunks(3_200) {
        requests.push(StreamingAnalyzeContentRequest {
            input: Some(Input::InputAudio(chunk.to_vec())),
            ..Default::default()
        });
    }
    let responses: Vec<StreamingAnalyzeContentResponse> = participants
        .streaming_analyze_content(futures::stream::iter(requests))
        .await
        .unwrap()
        .into_inner()
        .map(|r| r.unwrap())
        .collect()
        .await;
    let results: Vec<&StreamingRecognitionResult> = responses
        .iter()
        .filter_map(|r| r.recognition_result.as_ref())
        .collect();
    let transcripts: Vec<(&str, bool)> = results
        .iter()
        .map(|r| (r.transcript.as_str(), r.is_final))
        .collect();
    assert_eq!(
        transcripts,
        [("book", false), ("book a", false), (spoken, true)]
    );
    for interim in &results[..2] {
        assert_eq!(interim.confidence, 0.0);
        assert_eq!(interim.speech_end_offset, None);
        assert_eq!(interim.language_code, "en-US");
    }
    let last = results[2];
    assert_eq!(last.confidence, 0.95);
    let offset = last.speech_end_offset.as_ref().unwrap();
    assert_eq!((offset.seconds, offset.nanos), (0, 330_000_000));
    // Then the message, with the transcript as its content.
    let message = responses.last().unwrap().message.as_ref().unwrap();
    assert_eq!(message.content, spoken);
}

/// A profile's operation: running until `operation_delay` has passed on the emulator's clock,
/// then done with the changed profile; advancing the clock is enough.
#[tokio::test]
async fn an_operation_finishes_on_the_emulators_clock() {
    let emu = seeded(1).await; // operations take an hour
    let mut profiles = ConversationProfilesClient::new(channel(&emu).await);
    let profile = create_profile(&mut profiles, "projects/p1").await;
    let started = profiles
        .set_suggestion_feature_config(SetSuggestionFeatureConfigRequest {
            conversation_profile: profile.clone(),
            participant_role: Role::HumanAgent as i32,
            suggestion_feature_config: Some(summarization()),
        })
        .await
        .unwrap()
        .into_inner();
    assert!(!started.done);
    assert!(
        started.name.starts_with("projects/p1/operations/o"),
        "{}",
        started.name
    );
    let mut operations = OperationsClient::new(channel(&emu).await);
    let get = GetOperationRequest {
        name: started.name.clone(),
    };
    emu.advance_clock(Duration::from_secs(3599));
    let still = operations
        .get_operation(get.clone())
        .await
        .unwrap()
        .into_inner();
    assert!(!still.done);
    emu.advance_clock(Duration::from_secs(1));
    let done = operations.get_operation(get).await.unwrap().into_inner();
    assert!(done.done);
    use dialogflow_types::longrunning::operation::Result as Outcome;
    let Some(Outcome::Response(any)) = done.result else {
        panic!("no response in {done:?}");
    };
    let changed: ConversationProfile = any.unpack().unwrap();
    assert_eq!(changed.name, profile);
    let features = changed
        .human_agent_assistant_config
        .and_then(|a| a.human_agent_suggestion_config)
        .map(|c| c.feature_configs)
        .unwrap_or_default();
    assert_eq!(features, [summarization()]);
}
