//! Unit-testing code that streams, with `MockParticipantsTransport`: no network, no emulator.
//!
//! ```sh
//! cargo run --example mock_streaming                         # the logic against a canned backend
//! cargo test -p dialogflow-examples --example mock_streaming     # the unit tests below
//! ```
//!
//! The "application code" is [`spoken_turn`]: it streams a caller's audio through
//! `StreamingAnalyzeContent` and returns what was heard and the articles offered to the agent.
//!
//! The mock's method for a bidirectional RPC takes the stream of requests (a `RequestStream`,
//! the first request holding the configuration) and answers a `ResponseReceiver`. A test can
//! answer with a stream made from the requests themselves: here, [`Script`] plays a server that
//! reads every request up to the half-close, keeps them for the test to look at, then sends its
//! canned responses, an error among them if the test wants a broken stream. The client's own
//! layer (the first request's check, the counts of a broken stream, the `dialogflow.stream`
//! span) runs as it does over a real wire.

use std::sync::{Arc, Mutex};

use dialogflow_conversations::streaming::{RequestStream, ResponseReceiver};
use dialogflow_conversations::{Error, MockParticipantsTransport, ParticipantsClient};
use dialogflow_types::v2::streaming_analyze_content_request::{Config, Input};
use dialogflow_types::v2::suggestion_result::SuggestionResponse;
use dialogflow_types::v2::{
    ArticleAnswer, AudioEncoding, InputAudioConfig, Message, StreamingAnalyzeContentRequest,
    StreamingAnalyzeContentResponse, StreamingRecognitionResult, SuggestArticlesResponse,
    SuggestionResult,
};
use futures::StreamExt;

// ---------------------------------------------------------------------------------------------
// Application code.
// ---------------------------------------------------------------------------------------------

/// One spoken turn of a caller, as the service understood it.
#[derive(Debug, Clone, PartialEq)]
pub struct SpokenTurn {
    /// The final transcript.
    pub transcript: String,
    /// The message the turn added to the conversation.
    pub message: String,
    /// The titles of the articles suggested to the human agent.
    pub articles: Vec<String>,
}

/// Streams `pcm` (16-bit mono samples at `rate` Hz) as `participant`'s turn, in 100 ms
/// chunks, closes the request side after the last one, and returns the final transcript, the
/// message and the suggested articles. `None` when nothing was recognised (the service then
/// adds no message).
pub async fn spoken_turn(
    client: &ParticipantsClient,
    participant: &str,
    pcm: &[u8],
    rate: u32,
) -> Result<Option<SpokenTurn>, Error> {
    let chunks: Vec<StreamingAnalyzeContentRequest> = pcm
        .chunks(rate as usize / 10 * 2)
        .map(|c| StreamingAnalyzeContentRequest {
            input: Some(Input::InputAudio(c.to_vec())),
            ..Default::default()
        })
        .collect();
    let mut responses = client
        .streaming_analyze_content()
        .set_participant(participant)
        .set_config(Config::AudioConfig(InputAudioConfig {
            audio_encoding: AudioEncoding::Linear16.into(),
            sample_rate_hertz: rate as i32,
            language_code: "en-US".into(),
            ..Default::default()
        }))
        .send_all(futures::stream::iter(chunks))
        .await?;
    let mut turn: Option<SpokenTurn> = None;
    while let Some(response) = responses.next().await {
        let response = response?;
        if let Some(result) = response.recognition_result.filter(|r| r.is_final) {
            turn = Some(SpokenTurn {
                transcript: result.transcript,
                message: String::new(),
                articles: Vec::new(),
            });
        }
        if let (Some(turn), Some(message)) = (turn.as_mut(), response.message) {
            turn.message = message.name;
            turn.articles = articles(&response.human_agent_suggestion_results);
        }
    }
    Ok(turn)
}

/// The titles of the suggested articles among `results`.
fn articles(results: &[SuggestionResult]) -> Vec<String> {
    results
        .iter()
        .filter_map(|r| match &r.suggestion_response {
            Some(SuggestionResponse::SuggestArticlesResponse(a)) => Some(&a.article_answers),
            _ => None,
        })
        .flatten()
        .map(|a| a.title.clone())
        .collect()
}

// ---------------------------------------------------------------------------------------------
// A scripted server for the mock.
// ---------------------------------------------------------------------------------------------

const PARTICIPANT: &str = "projects/demo/conversations/c1/participants/caller";
const MESSAGE: &str = "projects/demo/conversations/c1/messages/m1";
const RATE: u32 = 16_000;

/// A server that reads every request of a stream until the half-close, keeps them, then
/// answers `answers` in order.
#[derive(Debug, Clone)]
struct Script {
    answers: Vec<Result<StreamingAnalyzeContentResponse, Error>>,
    seen: Arc<Mutex<Vec<StreamingAnalyzeContentRequest>>>,
}

impl Script {
    fn new(answers: Vec<Result<StreamingAnalyzeContentResponse, Error>>) -> Script {
        Script {
            answers,
            seen: Arc::default(),
        }
    }

    /// What the mock's `streaming_analyze_content` answers for `requests`.
    fn play(
        &self,
        requests: RequestStream<StreamingAnalyzeContentRequest>,
    ) -> ResponseReceiver<StreamingAnalyzeContentResponse> {
        let counts = requests.counts().clone();
        let seen = self.seen.clone();
        let answers = self.answers.clone();
        let responses = futures::stream::once(async move {
            let all: Vec<_> = requests.collect().await;
            seen.lock().unwrap().extend(all);
            futures::stream::iter(answers)
        })
        .flatten();
        ResponseReceiver::new(responses.boxed(), counts)
    }

    /// A mock whose one stream is played by this script.
    fn mock(&self) -> MockParticipantsTransport {
        let mut mock = MockParticipantsTransport::new();
        let script = self.clone();
        mock.expect_streaming_analyze_content()
            .times(1)
            .returning(move |requests, _options| Ok(script.play(requests)));
        mock
    }

    fn requests(&self) -> Vec<StreamingAnalyzeContentRequest> {
        self.seen.lock().unwrap().clone()
    }
}

fn recognized(transcript: &str, is_final: bool) -> StreamingAnalyzeContentResponse {
    StreamingAnalyzeContentResponse {
        recognition_result: Some(StreamingRecognitionResult {
            transcript: transcript.into(),
            is_final,
            ..Default::default()
        }),
        ..Default::default()
    }
}

/// The response that follows a final transcript: the message, with one article suggested.
fn message_with_article(title: &str) -> StreamingAnalyzeContentResponse {
    StreamingAnalyzeContentResponse {
        message: Some(Message {
            name: MESSAGE.into(),
            ..Default::default()
        }),
        human_agent_suggestion_results: vec![SuggestionResult {
            suggestion_response: Some(SuggestionResponse::SuggestArticlesResponse(
                SuggestArticlesResponse {
                    article_answers: vec![ArticleAnswer {
                        title: title.into(),
                        ..Default::default()
                    }],
                    ..Default::default()
                },
            )),
        }],
        ..Default::default()
    }
}

/// What a service answers to "my parcel is late": two interim results, the final one, the
/// message.
fn canned_answers() -> Vec<Result<StreamingAnalyzeContentResponse, Error>> {
    vec![
        Ok(recognized("my", false)),
        Ok(recognized("my parcel", false)),
        Ok(recognized("my parcel is late", true)),
        Ok(message_with_article("Late deliveries")),
    ]
}

/// Half a second of (fake) audio.
fn half_a_second() -> Vec<u8> {
    (0..RATE / 2)
        .flat_map(|i| (i as i16).to_le_bytes())
        .collect()
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let script = Script::new(canned_answers());
    let client = ParticipantsClient::from_transport(Arc::new(script.mock()));
    let turn = spoken_turn(&client, PARTICIPANT, &half_a_second(), RATE).await?;
    println!(
        "spoken_turn over the mock transport sent {} requests and got {turn:#?}",
        script.requests().len()
    );
    println!(
        "\nNow run its unit tests: cargo test -p dialogflow-examples --example mock_streaming"
    );
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// The unit tests.
// ---------------------------------------------------------------------------------------------

#[cfg(test)]
mod tests {
    use dialogflow_conversations::Code;

    use super::*;

    fn client(script: &Script) -> ParticipantsClient {
        ParticipantsClient::from_transport(Arc::new(script.mock()))
    }

    /// The first request holds the participant and the audio configuration and no audio; the
    /// others hold 100 ms of audio each and nothing else, and together they are the audio.
    #[tokio::test]
    async fn the_configuration_comes_first_then_the_audio_in_chunks() {
        let script = Script::new(canned_answers());
        let audio = half_a_second();
        spoken_turn(&client(&script), PARTICIPANT, &audio, RATE)
            .await
            .unwrap();

        let requests = script.requests();
        let (first, rest) = requests.split_first().unwrap();
        assert_eq!(first.participant, PARTICIPANT);
        assert!(first.input.is_none());
        let Some(Config::AudioConfig(config)) = &first.config else {
            panic!("no audio config in {first:?}");
        };
        assert_eq!(config.audio_encoding, AudioEncoding::Linear16 as i32);
        assert_eq!(config.sample_rate_hertz, RATE as i32);
        assert_eq!(config.language_code, "en-US");

        assert_eq!(rest.len(), 5);
        let mut sent = Vec::new();
        for request in rest {
            assert!(request.participant.is_empty() && request.config.is_none());
            let Some(Input::InputAudio(chunk)) = &request.input else {
                panic!("no audio in {request:?}");
            };
            assert_eq!(chunk.len(), 3_200); // 100 ms of 16-bit samples at 16 kHz
            sent.extend_from_slice(chunk);
        }
        assert_eq!(sent, audio);
    }

    /// Interim results are passed over; the final transcript, the message and the article
    /// make the turn.
    #[tokio::test]
    async fn the_final_transcript_and_the_suggestions_make_the_turn() {
        let script = Script::new(canned_answers());
        let turn = spoken_turn(&client(&script), PARTICIPANT, &half_a_second(), RATE)
            .await
            .unwrap();
        assert_eq!(
            turn,
            Some(SpokenTurn {
                transcript: "my parcel is late".into(),
                message: MESSAGE.into(),
                articles: vec!["Late deliveries".into()],
            })
        );
    }

    /// Nothing recognised: interim results at most, no message, no turn.
    #[tokio::test]
    async fn silence_makes_no_turn() {
        let script = Script::new(vec![Ok(recognized("", false))]);
        let turn = spoken_turn(&client(&script), PARTICIPANT, &half_a_second(), RATE)
            .await
            .unwrap();
        assert_eq!(turn, None);
    }

    /// A stream that breaks after one response: the caller gets the server's code, and the
    /// message says how far the stream got (all 6 requests sent, 1 response received).
    #[tokio::test]
    async fn a_broken_stream_says_how_far_it_got() {
        let script = Script::new(vec![
            Ok(recognized("my", false)),
            Err(Error::new(Code::Unavailable, "connection reset")),
            Ok(recognized("never read", true)),
        ]);
        let err = spoken_turn(&client(&script), PARTICIPANT, &half_a_second(), RATE)
            .await
            .unwrap_err();
        assert_eq!(err.code(), Code::Unavailable, "{err}");
        assert!(
            err.message()
                .contains("after 6 request(s) sent and 1 response(s) received"),
            "{err}"
        );
    }

    /// A stream the service refuses to open: its error, as it is.
    #[tokio::test]
    async fn a_refused_stream_returns_the_refusal() {
        let mut mock = MockParticipantsTransport::new();
        mock.expect_streaming_analyze_content()
            .times(1)
            .returning(|_, _| {
                Err(Error::new(
                    Code::PermissionDenied,
                    "the caller may not stream into this conversation",
                ))
            });
        let client = ParticipantsClient::from_transport(Arc::new(mock));
        let err = spoken_turn(&client, PARTICIPANT, &half_a_second(), RATE)
            .await
            .unwrap_err();
        assert_eq!(err.code(), Code::PermissionDenied);
    }

    /// A participant name that is not one never reaches the transport: the client checks the
    /// first request before opening the stream.
    #[tokio::test]
    async fn a_malformed_participant_is_refused_before_the_transport() {
        let mut mock = MockParticipantsTransport::new();
        mock.expect_streaming_analyze_content().never();
        let client = ParticipantsClient::from_transport(Arc::new(mock));
        let err = spoken_turn(&client, "caller", &half_a_second(), RATE)
            .await
            .unwrap_err();
        assert_eq!(err.code(), Code::InvalidArgument);
        assert!(err.message().contains("participant"), "{err}");
    }
}
