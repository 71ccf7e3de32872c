//! StreamingAnalyzeContent: a caller's audio, then a few typed turns, streamed into a
//! conversation, with the interim and final transcripts and the agent's suggestions printed
//! as they come.
//!
//! ```sh
//! cargo run --example streaming                     # makes a WAV, streams it to an in-process emulator
//! cargo run --example streaming -- call.wav         # streams your WAV (16-bit mono PCM)
//! ```
//!
//! The emulator recognises no real speech: it reads audio written by its own convention
//! (`dialogflow_emulator::audio`). The WAV the example makes follows it, so its transcripts
//! are predictable; any other WAV streams just as well but transcribes as silence or noise.

use std::error::Error;
use std::time::Duration;

use dialogflow_conversations::{
    ClientOptions, Connection, ConversationProfilesClient, ConversationsClient, ParticipantsClient,
    Transport,
};
use dialogflow_emulator::{Emulator, audio};
use dialogflow_types::v2::human_agent_assistant_config::{
    SuggestionConfig, SuggestionFeatureConfig,
};
use dialogflow_types::v2::participant::Role;
use dialogflow_types::v2::streaming_analyze_content_request::{Config, Input};
use dialogflow_types::v2::suggestion_feature::Type as FeatureType;
use dialogflow_types::v2::*;

const RATE: u32 = 16_000;

#[tokio::main]
async fn main() -> std::process::ExitCode {
    match run().await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

async fn run() -> Result<(), Box<dyn Error>> {
    let (wav, rate) = match std::env::args().nth(1) {
        Some(path) => {
            let bytes = std::fs::read(&path).map_err(|e| format!("cannot read {path}: {e}"))?;
            let rate = wav_rate(&bytes).ok_or_else(|| {
                format!("{path} is not a WAV file (expected RIFF/WAVE with a fmt chunk)")
            })?;
            (bytes, rate)
        }
        None => {
            let mut pcm = audio::encode_utterance("hello I am calling about my order", RATE);
            pcm.extend(audio::silence(Duration::from_millis(500), RATE));
            pcm.extend(audio::encode_utterance("it never arrived", RATE));
            let path = std::env::temp_dir().join("dialogflow-streaming-example.wav");
            std::fs::write(&path, audio::wav(&pcm, RATE))?;
            println!("Made {} ({} ms of audio)", path.display(), pcm.len() / 32);
            (audio::wav(&pcm, RATE), RATE)
        }
    };

    let emulator = Emulator::builder().start().await?;
    println!(
        "Started the Dialogflow emulator in-process on {}\n",
        emulator.local_addr()
    );
    let connection = Connection::new(
        ClientOptions::new()
            .with_emulator_host(emulator.host())
            .with_transport(Transport::Grpc),
    )
    .await?;
    let profiles = ConversationProfilesClient::from_connection(&connection)?;
    let conversations = ConversationsClient::from_connection(&connection)?;
    let participants = ParticipantsClient::from_connection(&connection)?;

    // A profile that gives human agents FAQ and smart-reply suggestions.
    let feature = |kind: FeatureType| SuggestionFeatureConfig {
        suggestion_feature: Some(SuggestionFeature {
            r#type: kind as i32,
        }),
        ..Default::default()
    };
    let profile = profiles
        .create_conversation_profile(
            "projects/streaming-example",
            ConversationProfile {
                display_name: "support line".into(),
                language_code: "en-US".into(),
                human_agent_assistant_config: Some(HumanAgentAssistantConfig {
                    human_agent_suggestion_config: Some(SuggestionConfig {
                        feature_configs: vec![
                            feature(FeatureType::Faq),
                            feature(FeatureType::SmartReply),
                        ],
                        ..Default::default()
                    }),
                    ..Default::default()
                }),
                ..Default::default()
            },
        )
        .await?;
    let conversation = conversations
        .create_conversation(
            "projects/streaming-example",
            Conversation {
                conversation_profile: profile.name,
                ..Default::default()
            },
        )
        .await?;
    let caller = participants
        .create_participant(
            &conversation.name,
            Participant {
                role: Role::EndUser.into(),
                ..Default::default()
            },
        )
        .await?;
    println!(
        "Conversation {}\nCaller       {}\n",
        conversation.name, caller.name
    );

    // The audio, in 100 ms chunks (the WAV header goes first; the recognizer skips it).
    println!("--- audio ---");
    let chunk = rate as usize / 10 * 2;
    let requests: Vec<StreamingAnalyzeContentRequest> = wav
        .chunks(chunk)
        .map(|c| StreamingAnalyzeContentRequest {
            input: Some(Input::InputAudio(c.to_vec())),
            ..Default::default()
        })
        .collect();
    let mut responses = participants
        .streaming_analyze_content()
        .set_participant(&caller.name)
        .set_config(Config::AudioConfig(InputAudioConfig {
            audio_encoding: AudioEncoding::Linear16.into(),
            sample_rate_hertz: rate as i32,
            language_code: "en-US".into(),
            ..Default::default()
        }))
        .send_all(futures::stream::iter(requests))
        .await?;
    while let Some(response) = responses.next().await {
        show(&response?);
    }

    // Typed turns through the sender, half-closed at the end.
    println!("\n--- text ---");
    let (sender, mut responses) = participants
        .streaming_analyze_content()
        .set_participant(&caller.name)
        .set_config(Config::TextConfig(InputTextConfig {
            language_code: "en-US".into(),
        }))
        .await?;
    let typing = tokio::spawn(async move {
        for turn in ["my order number is 4711", "can you send a replacement"] {
            let request = StreamingAnalyzeContentRequest {
                input: Some(Input::InputText(turn.into())),
                ..Default::default()
            };
            if sender.send(request).await.is_err() {
                break; // the call ended; the receiver says why
            }
        }
    });
    while let Some(response) = responses.next().await {
        show(&response?);
    }
    typing.await?;

    let messages = conversations
        .list_messages(&conversation.name)
        .by_item()
        .all()
        .await?;
    println!("\nThe conversation now holds {} messages.", messages.len());
    emulator.shutdown().await?;
    Ok(())
}

/// Prints one response: a transcript, the message it added, or suggestions.
fn show(response: &StreamingAnalyzeContentResponse) {
    if let Some(result) = &response.recognition_result {
        let kind = if result.is_final {
            "final  "
        } else {
            "interim"
        };
        if !result.transcript.is_empty() {
            println!("  {kind} {:?}", result.transcript);
        }
    }
    if let Some(message) = &response.message {
        println!("  message {}", message.name);
    }
    if !response.reply_text.is_empty() {
        println!("  reply   {:?}", response.reply_text);
    }
    for result in &response.human_agent_suggestion_results {
        match &result.suggestion_response {
            Some(suggestion_result::SuggestionResponse::SuggestFaqAnswersResponse(faq)) => {
                for answer in &faq.faq_answers {
                    println!("  FAQ     {:?} ({:.2})", answer.question, answer.confidence);
                }
            }
            Some(suggestion_result::SuggestionResponse::SuggestSmartRepliesResponse(replies)) => {
                for reply in &replies.smart_reply_answers {
                    println!("  reply?  {:?} ({:.2})", reply.reply, reply.confidence);
                }
            }
            Some(other) => println!("  suggestion {other:?}"),
            None => {}
        }
    }
}

/// The sample rate of a WAV file, from its `fmt ` chunk.
fn wav_rate(bytes: &[u8]) -> Option<u32> {
    if bytes.len() < 12 || &bytes[..4] != b"RIFF" || &bytes[8..12] != b"WAVE" {
        return None;
    }
    let mut at = 12;
    while at + 8 <= bytes.len() {
        let size = u32::from_le_bytes(bytes[at + 4..at + 8].try_into().ok()?) as usize;
        if &bytes[at..at + 4] == b"fmt " && at + 16 <= bytes.len() {
            return Some(u32::from_le_bytes(bytes[at + 12..at + 16].try_into().ok()?));
        }
        at = at.checked_add(8)?.checked_add(size)?;
    }
    None
}
