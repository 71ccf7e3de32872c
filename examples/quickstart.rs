//! The quickstart: one assisted conversation, the whole Agent Assist loop, over gRPC and then
//! over REST.
//!
//! ```sh
//! cargo run --example quickstart                       # against an in-process emulator
//! DIALOGFLOW_EMULATOR_HOST=127.0.0.1:8085 cargo run --example quickstart   # a running emulator
//! cargo run --example quickstart -- --project my-project [--location europe-west1] \
//!     [--profile NAME] [--knowledge-base NAME] [--audio call.wav]
//! ```
//!
//! 1. A conversation profile whose human agent gets article suggestions and conversation
//!    summaries, set by the long-running `SetSuggestionFeatureConfig` operations the program
//!    waits on (or the profile `--profile` names).
//! 2. A conversation with that profile, and its HUMAN_AGENT and END_USER participants.
//! 3. Text turns through `AnalyzeContent`, with the suggestions each one returns.
//! 4. A spoken turn of the end user through `StreamingAnalyzeContent`, with the interim and final
//!    transcripts (gRPC only: the API has no REST binding for it).
//! 5. `ListMessages`: every turn with its role, in order.
//! 6. `SuggestConversationSummary`, `CompleteConversation`, and `ListConversations` filtered on
//!    completed conversations.
//! 7. `DeleteConversationProfile`: the profile of step 1, so nothing the program made is left
//!    but the completed conversation (the API has no call that deletes a conversation; a
//!    completed one stays until the service purges it).
//!
//! With no `--project` and no `DIALOGFLOW_EMULATOR_HOST`, it starts the emulator inside the
//! process: no Google Cloud account, no network. With `--project` the same steps run against
//! Google with Application Default Credentials; without credentials the program stops before
//! its first call, with an error that says what it tried and how to fix it. What the real
//! service needs beyond the emulator:
//!
//! * article suggestions come from a knowledge base of articles, `--knowledge-base
//!   projects/P/locations/L/knowledgeBases/ID` (in the profile's location); without one the
//!   profile gets summarization only, and the program says so;
//! * the spoken turn is made for the emulator's recognizer (`dialogflow_emulator::audio`), which
//!   Google's hears as tones, not words: `--audio call.wav` streams a recording instead (16-bit
//!   mono PCM, at most a minute);
//! * `IngestContextReferences` (the emulator's source of articles) feeds Google's generators,
//!   not its article suggestions; a project that refuses it is told, and the loop goes on.

use std::error::Error;
use std::time::Duration;

use dialogflow_conversations::lro::PollingPolicy;
use dialogflow_conversations::{
    ClientOptions, Connection, ConversationProfilesClient, ConversationsClient, ParticipantsClient,
    Transport,
};
use dialogflow_emulator::{Emulator, audio};
use dialogflow_examples::wav::{Linear16, read_wav};
use dialogflow_types::v2::conversation::ContextReference;
use dialogflow_types::v2::conversation::context_reference::context_content::ContentFormat;
use dialogflow_types::v2::conversation::context_reference::{ContextContent, UpdateMode};
use dialogflow_types::v2::human_agent_assistant_config::suggestion_query_config::{
    KnowledgeBaseQuerySource, QuerySource,
};
use dialogflow_types::v2::human_agent_assistant_config::{
    ConversationModelConfig, SuggestionFeatureConfig, SuggestionQueryConfig,
};
use dialogflow_types::v2::participant::Role;
use dialogflow_types::v2::streaming_analyze_content_request::{Config, Input};
use dialogflow_types::v2::suggestion_feature::Type as FeatureType;
use dialogflow_types::v2::suggestion_result::SuggestionResponse;
use dialogflow_types::v2::*;

#[path = "quickstart/cli.rs"]
mod cli;
use cli::{parse_args, where_to_work};

/// The typed turns of the conversation, in order.
const TURNS: [(Role, &str); 4] = [
    (Role::EndUser, "Hello, my order 4711 has not arrived yet."),
    (
        Role::HumanAgent,
        "Sorry to hear that. Let me check where the parcel is.",
    ),
    (
        Role::EndUser,
        "It should have come on Monday. Can you send a replacement?",
    ),
    (
        Role::HumanAgent,
        "I have sent a replacement; it arrives tomorrow.",
    ),
];

/// What the end user says in the spoken turn (the emulator's recognizer reads it back).
const SPOKEN: &str = "thank you that is all I needed";

/// The article the emulator suggests from (a context reference of the conversation).
const SHIPPING_POLICY: &str = "Parcels arrive within three working days. If an order has not \
    arrived after five days, we send a replacement free of charge. Refunds are paid within 14 days.";

/// What the loop works with, from the command line.
#[derive(Debug, Clone)]
pub struct Setup {
    /// Where the profile and the conversation live: `projects/P/locations/L`.
    pub parent: String,
    /// A profile to use instead of making one (and deleting it at the end).
    pub profile: Option<String>,
    /// The knowledge base of articles for article suggestions.
    pub knowledge_base: Option<String>,
    /// Whether the service is the emulator, which suggests articles without a knowledge base.
    pub emulator: bool,
    /// The end user's spoken turn.
    pub audio: Linear16,
    /// How often to ask about the profile's operations, and for how long.
    pub polling: PollingPolicy,
}

/// The three clients of one connection: they share its credentials and, over gRPC, its HTTP/2
/// connection.
#[derive(Debug)]
pub struct Clients {
    profiles: ConversationProfilesClient,
    conversations: ConversationsClient,
    participants: ParticipantsClient,
    grpc: bool,
}

impl Clients {
    /// Connects over `transport`: to the emulator at `emulator_host`, else to Google (or to
    /// `DIALOGFLOW_EMULATOR_HOST`) in `location`. This is where credentials are resolved: with
    /// none, it fails here, before any call.
    pub async fn connect(
        transport: Transport,
        emulator_host: Option<String>,
        location: &str,
    ) -> Result<Clients, Box<dyn Error>> {
        let mut options = ClientOptions::new()
            .with_transport(transport.clone())
            .with_location(location);
        if let Some(host) = emulator_host {
            options = options.with_emulator_host(host);
        }
        let connection = Connection::new(options).await?;
        Ok(Clients {
            profiles: ConversationProfilesClient::from_connection(&connection)?,
            conversations: ConversationsClient::from_connection(&connection)?,
            participants: ParticipantsClient::from_connection(&connection)?,
            grpc: matches!(transport, Transport::Grpc),
        })
    }
}

/// What one run of the loop did, for the tests to check.
#[derive(Debug)]
pub struct Outcome {
    /// The profile used (deleted at the end when the loop made it).
    pub profile: String,
    /// The conversation, completed at the end.
    pub conversation: String,
    /// Every message of the conversation, oldest first.
    pub messages: Vec<(Role, String)>,
    /// The final transcripts of the spoken turn (none over REST).
    pub transcripts: Vec<String>,
    /// How many articles the text turns brought.
    pub articles: usize,
    /// The summary's text.
    pub summary: String,
    /// Whether the conversation was on the first page of completed ones.
    pub listed_as_completed: bool,
}

/// Errors are printed with `Display` (the message says what was expected and how to fix it),
/// not with the `Debug` form `main` would print for a returned error.
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
    let args = parse_args(std::env::args().skip(1))?;
    let external = std::env::var_os("DIALOGFLOW_EMULATOR_HOST").is_some();

    let (parent, location) = where_to_work(&args)?;
    // The spoken turn: a recording, or audio that the emulator's recognizer reads as SPOKEN.
    let audio = match &args.audio {
        Some(path) => read_wav(path.as_ref())?,
        None => {
            let rate = 16_000;
            Linear16 {
                pcm: audio::encode_utterance(SPOKEN, rate),
                sample_rate_hertz: rate,
            }
        }
    };

    // No project and no emulator address: start the emulator here, on a free loopback port.
    let emulator = if args.project.is_none() && !external {
        let handle = Emulator::builder().start().await?;
        println!(
            "Started the Dialogflow emulator in-process on {}\n",
            handle.local_addr()
        );
        Some(handle)
    } else {
        None
    };

    let setup = Setup {
        parent,
        profile: args.profile.clone(),
        knowledge_base: args.knowledge_base.clone(),
        emulator: emulator.is_some() || external,
        audio,
        polling: PollingPolicy::new()
            .with_initial_delay(Duration::from_millis(500))
            .with_multiplier(1.5)
            .with_max_delay(Duration::from_secs(10))
            .with_deadline(Duration::from_secs(300)),
    };
    if !setup.emulator && args.audio.is_none() {
        println!(
            "note: the spoken turn is audio made for the emulator; Google hears tones, not \
             words. Pass --audio FILE.wav to stream a recording.\n"
        );
    }

    for transport in [Transport::Grpc, Transport::Rest] {
        let host = emulator.as_ref().map(|h| h.host());
        let clients = Clients::connect(transport, host, &location).await?;
        println!(
            "=== over {} ({}) ===",
            clients.conversations.transport_name(),
            clients.conversations.endpoint().unwrap_or("custom")
        );
        assisted_conversation(&clients, &setup).await?;
        println!();
    }

    if let Some(handle) = emulator {
        handle.shutdown().await?;
    }
    Ok(())
}

/// The loop: steps 1 to 7. The profile it made is deleted even when a step in between fails.
pub async fn assisted_conversation(
    clients: &Clients,
    setup: &Setup,
) -> Result<Outcome, Box<dyn Error>> {
    let (profile, made) = match &setup.profile {
        Some(name) => {
            println!("1. profile   {name} (given)");
            (name.clone(), false)
        }
        None => (make_profile(clients, setup).await?, true),
    };
    let outcome = converse(clients, setup, &profile).await;
    if made {
        let deleted = clients.profiles.delete_conversation_profile(&profile).await;
        let outcome = outcome?; // the loop's own error first
        deleted?;
        println!("7. deleted   {profile}");
        return Ok(outcome);
    }
    println!("7. kept      {profile} (given, not made here)");
    outcome
}

/// Step 1: a profile, then its features, each set by a long-running operation.
async fn make_profile(clients: &Clients, setup: &Setup) -> Result<String, Box<dyn Error>> {
    let profile = clients
        .profiles
        .create_conversation_profile(
            &setup.parent,
            ConversationProfile {
                display_name: "dialogflow-rs quickstart (deleted at the end of the run)".into(),
                language_code: "en-US".into(),
                ..Default::default()
            },
        )
        .await?;
    println!("1. profile   {}", profile.name);
    for feature in features(setup) {
        let kind = feature_name(&feature);
        let poller = clients
            .profiles
            .set_suggestion_feature_config(&profile.name)
            .set_participant_role(Role::HumanAgent)
            .set_suggestion_feature_config(feature)
            .with_polling_policy(setup.polling.clone())
            .poller()
            .await?;
        println!("   {kind}: waiting on {}", poller.name());
        poller.until_done().await?;
        println!("   {kind}: set");
    }
    Ok(profile.name)
}

/// The human agent's features: article suggestion (from the knowledge base, or on the
/// emulator from the conversation's context references) and summarization (Google's baseline
/// model, version 1.0: no model of your own needed).
fn features(setup: &Setup) -> Vec<SuggestionFeatureConfig> {
    let feature = |kind: FeatureType| SuggestionFeature {
        r#type: kind as i32,
    };
    let mut features = Vec::new();
    match (&setup.knowledge_base, setup.emulator) {
        (Some(knowledge_base), _) => features.push(SuggestionFeatureConfig {
            suggestion_feature: Some(feature(FeatureType::ArticleSuggestion)),
            query_config: Some(SuggestionQueryConfig {
                query_source: Some(QuerySource::KnowledgeBaseQuerySource(
                    KnowledgeBaseQuerySource {
                        knowledge_bases: vec![knowledge_base.clone()],
                    },
                )),
                max_results: 3,
                ..Default::default()
            }),
            ..Default::default()
        }),
        (None, true) => features.push(SuggestionFeatureConfig {
            suggestion_feature: Some(feature(FeatureType::ArticleSuggestion)),
            ..Default::default()
        }),
        (None, false) => println!(
            "   (no article suggestion: on Google it needs --knowledge-base NAME, a knowledge \
             base of articles in {})",
            setup.parent
        ),
    }
    features.push(SuggestionFeatureConfig {
        suggestion_feature: Some(feature(FeatureType::ConversationSummarization)),
        conversation_model_config: Some(ConversationModelConfig {
            baseline_model_version: "1.0".into(),
            ..Default::default()
        }),
        ..Default::default()
    });
    features
}

/// Steps 2 to 6, with the profile `profile`.
async fn converse(
    clients: &Clients,
    setup: &Setup,
    profile: &str,
) -> Result<Outcome, Box<dyn Error>> {
    let Clients {
        conversations,
        participants,
        ..
    } = clients;

    // 2. The conversation, its two participants, and a document to draw on.
    let conversation = conversations
        .create_conversation(
            &setup.parent,
            Conversation {
                conversation_profile: profile.into(),
                ..Default::default()
            },
        )
        .await?
        .name;
    println!("2. created   {conversation}");
    let agent = join(participants, &conversation, Role::HumanAgent).await?;
    let customer = join(participants, &conversation, Role::EndUser).await?;
    // A document for the assistant. The emulator suggests articles from a conversation's
    // context references; Google feeds them to its generators and suggests articles from the
    // knowledge base of the profile's feature (--knowledge-base).
    let reference = ContextReference {
        context_contents: vec![ContextContent {
            content: SHIPPING_POLICY.into(),
            content_format: ContentFormat::PlainText.into(),
            ..Default::default()
        }],
        update_mode: UpdateMode::Overwrite.into(),
        language_code: "en-US".into(),
        ..Default::default()
    };
    let ingested = conversations
        .ingest_context_references(&conversation, [("shipping-policy".to_string(), reference)])
        .await;
    match ingested {
        Ok(_) => println!("   context     shipping-policy (IngestContextReferences)"),
        Err(e) => println!("   context     not ingested ({e}); going on without it"),
    }

    // 3. Text turns: each becomes a message, and the answer carries the agent's suggestions.
    let mut articles = 0;
    for (role, text) in TURNS {
        let who = if role == Role::HumanAgent {
            &agent
        } else {
            &customer
        };
        let input = TextInput {
            text: text.into(),
            language_code: "en-US".into(),
        };
        let response = participants.analyze_content(who, input).await?;
        println!("3. {:<11} {text:?}", role.as_str_name());
        articles += show_suggestions(&response.human_agent_suggestion_results);
    }

    // 4. A spoken turn, streamed.
    let transcripts = if clients.grpc {
        speak(participants, &customer, &setup.audio).await?
    } else {
        println!("4. (StreamingAnalyzeContent is gRPC-only: no spoken turn over REST)");
        Vec::new()
    };

    // 5. Every turn, in order (the API lists the newest first).
    let mut listed = conversations
        .list_messages(&conversation)
        .by_item()
        .all()
        .await?;
    listed.reverse();
    println!("5. messages  {} in order:", listed.len());
    let mut messages = Vec::new();
    for message in listed {
        let role = Role::try_from(message.participant_role).unwrap_or(Role::Unspecified);
        println!("     {:<11} {}", role.as_str_name(), message.content);
        messages.push((role, message.content));
    }

    // 6. The summary, the end of the conversation, and the completed conversations.
    let summary = conversations
        .suggest_conversation_summary(&conversation)
        .await?
        .summary
        .map(|s| s.text)
        .unwrap_or_default();
    println!("6. summary   {}", summary.replace('\n', "\n             "));
    let completed = conversations.complete_conversation(&conversation).await?;
    println!("   completed {} ({})", completed.name, state(&completed));
    let page = conversations
        .list_conversations(&setup.parent)
        .set_filter(r#"lifecycle_state = "COMPLETED""#)
        .set_page_size(20)
        .await?;
    let listed_as_completed = page.conversations.iter().any(|c| c.name == conversation);
    println!(
        "   listed    {} completed conversation(s) on the first page; this one among them: {}",
        page.conversations.len(),
        if listed_as_completed { "yes" } else { "no" }
    );

    Ok(Outcome {
        profile: profile.into(),
        conversation,
        messages,
        transcripts,
        articles,
        summary,
        listed_as_completed,
    })
}

/// Adds a participant with `role` to `conversation`; returns its name.
async fn join(
    participants: &ParticipantsClient,
    conversation: &str,
    role: Role,
) -> Result<String, Box<dyn Error>> {
    let participant = Participant {
        role: role.into(),
        ..Default::default()
    };
    let name = participants
        .create_participant(conversation, participant)
        .await?
        .name;
    println!("   {:<11} {name}", role.as_str_name());
    Ok(name)
}

/// Step 4: the end user's audio in 100 ms chunks, the request side closed after the last one
/// (the service then finishes the utterance; without `enable_extended_streaming` Google takes
/// at most a minute of audio per stream). Prints the transcripts as they come, interim ones
/// included (the service sends them unasked); returns the final ones.
async fn speak(
    participants: &ParticipantsClient,
    customer: &str,
    audio: &Linear16,
) -> Result<Vec<String>, Box<dyn Error>> {
    let chunk = audio.sample_rate_hertz as usize / 10 * 2;
    let chunks: Vec<StreamingAnalyzeContentRequest> = audio
        .pcm
        .chunks(chunk.max(2))
        .map(|c| StreamingAnalyzeContentRequest {
            input: Some(Input::InputAudio(c.to_vec())),
            ..Default::default()
        })
        .collect();
    println!(
        "4. streaming {} ms of audio",
        audio.pcm.len() as u64 * 500 / u64::from(audio.sample_rate_hertz)
    );
    let mut responses = participants
        .streaming_analyze_content()
        .set_participant(customer)
        .set_config(Config::AudioConfig(InputAudioConfig {
            audio_encoding: AudioEncoding::Linear16.into(),
            sample_rate_hertz: audio.sample_rate_hertz as i32,
            language_code: "en-US".into(),
            ..Default::default()
        }))
        .send_all(futures::stream::iter(chunks))
        .await?;
    let mut finals = Vec::new();
    while let Some(response) = responses.next().await {
        let response = response?;
        if let Some(result) = &response.recognition_result
            && !result.transcript.is_empty()
        {
            let kind = if result.is_final { "final" } else { "interim" };
            println!("   {kind:<11} {:?}", result.transcript);
            if result.is_final {
                finals.push(result.transcript.clone());
            }
        }
        if let Some(message) = &response.message {
            println!("   message     {}", message.name);
        }
        show_suggestions(&response.human_agent_suggestion_results);
    }
    if finals.is_empty() {
        println!("   (no speech recognised)");
    }
    Ok(finals)
}

/// Prints the suggestions of one answer; returns how many articles it held.
fn show_suggestions(results: &[SuggestionResult]) -> usize {
    let mut articles = 0;
    for result in results {
        match &result.suggestion_response {
            Some(SuggestionResponse::SuggestArticlesResponse(r)) => {
                for article in &r.article_answers {
                    let snippet = article.snippets.first().map_or("", String::as_str);
                    println!(
                        "     article {:?} ({:.2}): {snippet}",
                        article.title, article.confidence
                    );
                }
                articles += r.article_answers.len();
            }
            Some(SuggestionResponse::SuggestFaqAnswersResponse(r)) => {
                for faq in &r.faq_answers {
                    println!("     faq     {:?}: {}", faq.question, faq.answer);
                }
            }
            Some(SuggestionResponse::SuggestSmartRepliesResponse(r)) => {
                for reply in &r.smart_reply_answers {
                    println!("     reply   {:?}", reply.reply);
                }
            }
            Some(SuggestionResponse::Error(status)) => {
                println!("     (a suggestion failed: {})", status.message);
            }
            Some(other) => println!("     {other:?}"),
            None => {}
        }
    }
    articles
}

fn feature_name(config: &SuggestionFeatureConfig) -> &'static str {
    config
        .suggestion_feature
        .as_ref()
        .and_then(|f| FeatureType::try_from(f.r#type).ok())
        .map_or("UNKNOWN", |t| t.as_str_name())
}

fn state(c: &Conversation) -> &'static str {
    conversation::LifecycleState::try_from(c.lifecycle_state)
        .map(|s| s.as_str_name())
        .unwrap_or("UNKNOWN")
}

#[path = "quickstart/tests.rs"]
#[cfg(test)]
mod tests;
