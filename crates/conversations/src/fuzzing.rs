//! Entry points shared by the fuzz target `client_stream_first_request`
//! (`fuzz/fuzz_targets/client_stream_first_request.rs`) and the test that replays its corpus
//! (`tests/fuzz_corpus.rs`), so that the two run the same checks. Not part of the public API.
//!
//! Every check panics when a property does not hold, which is what a fuzzer reports.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use dialogflow_runtime::streaming::{RequestStream, ResponseReceiver};
use dialogflow_runtime::{Code, Error, ErrorKind};
use dialogflow_transport::{CallOptions, ParticipantsTransport};
use dialogflow_types::v2::streaming_analyze_content_request::{Config, Input};
use dialogflow_types::v2::{
    InputAudioConfig, InputTextConfig, StreamingAnalyzeContentRequest,
    StreamingAnalyzeContentResponse, TelephonyDtmfEvents,
};
use prost::Message as _;

use crate::ParticipantsClient;
use crate::streams::FirstRequest;

/// Reads one fuzz input as the first request of a `StreamingAnalyzeContent` stream and checks
/// the client's rule for it, directly and through the public stream builder.
///
/// The first byte says how to read the rest: with its low bit clear, the rest is the request's
/// protobuf encoding (inputs that do not decode are only checked not to panic); with it set,
/// the request is built from the bits of the first byte and the rest as the participant's
/// name (see [`structured`]).
pub fn check_stream_first_request(data: &[u8]) {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let request = if selector & 1 == 0 {
        match StreamingAnalyzeContentRequest::decode(rest) {
            Ok(request) => request,
            Err(_) => return,
        }
    } else {
        structured(selector, rest)
    };
    check_request(&request);
}

/// A request built from the selector's bits: bits 1-2 choose the config (none, audio, text, or
/// none), bits 3-4 the input (none, audio, text, DTMF); bit 5 puts `rest` after a valid
/// conversation's `participants/`, bit 6 (with bit 5) names a location-level conversation;
/// otherwise `rest` is the whole name. `rest` is read as UTF-8, invalid sequences replaced.
pub fn structured(selector: u8, rest: &[u8]) -> StreamingAnalyzeContentRequest {
    let text = String::from_utf8_lossy(rest);
    let participant = match (selector >> 5) & 3 {
        1 => format!("projects/p/conversations/c/participants/{text}"),
        3 => format!("projects/p/locations/global/conversations/c/participants/{text}"),
        _ => text.into_owned(),
    };
    let config = match (selector >> 1) & 3 {
        1 => Some(Config::AudioConfig(InputAudioConfig::default())),
        2 => Some(Config::TextConfig(InputTextConfig {
            language_code: "en-US".into(),
        })),
        _ => None,
    };
    let input = match (selector >> 3) & 3 {
        1 => Some(Input::InputAudio(rest.to_vec())),
        2 => Some(Input::InputText("hello".into())),
        3 => Some(Input::InputDtmf(TelephonyDtmfEvents::default())),
        _ => None,
    };
    StreamingAnalyzeContentRequest {
        participant,
        config,
        input,
        ..Default::default()
    }
}

/// Checks the rule on one request: the client accepts it exactly when `participant` names a
/// participant (project or location level) and a config is set; a refusal is
/// `INVALID_ARGUMENT`, made before sending, and names the field that is missing or wrong.
pub fn check_request(request: &StreamingAnalyzeContentRequest) {
    let valid_name = is_participant_name(&request.participant);
    let expected_ok = valid_name && request.config.is_some();
    let checked = request.check_first();
    match &checked {
        Ok(()) => assert!(expected_ok, "accepted {request:?}"),
        Err(err) => {
            assert!(!expected_ok, "refused {request:?}: {err}");
            assert_eq!(err.code(), Code::InvalidArgument, "{err}");
            assert_eq!(err.kind(), ErrorKind::Request, "{err}");
            let message = err.message();
            assert!(message.contains("StreamingAnalyzeContent"), "{message}");
            assert!(message.contains("nothing was sent"), "{message}");
            if !valid_name {
                assert!(message.contains("`participant`"), "{message}");
                // A name that is not blank is quoted back, so the caller sees what was wrong.
                if !request.participant.trim().is_empty() {
                    let quoted = format!("{:?}", request.participant);
                    assert!(message.contains(&quoted), "{message}");
                }
            } else {
                assert!(
                    message.contains("`audio_config` or `text_config`"),
                    "{message}"
                );
            }
            // The whole error's text is built without trouble too.
            assert!(!err.to_string().is_empty());
        }
    }
    check_builder(request, checked.is_ok());
}

/// The public builder refuses exactly what the rule refuses, before anything reaches the
/// transport, and hands the transport what it accepts.
fn check_builder(request: &StreamingAnalyzeContentRequest, accepted: bool) {
    let transport = Arc::new(Recorder::default());
    let client = ParticipantsClient::from_transport(transport.clone());
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a current-thread runtime");
    let outcome = runtime.block_on(
        client
            .request(request.clone())
            .send_all(futures::stream::empty()),
    );
    let err = outcome.expect_err("the recorder refuses every stream");
    assert_eq!(transport.reached.load(Ordering::SeqCst), accepted, "{err}");
    if accepted {
        assert_eq!(err.code(), Code::Unimplemented, "{err}");
    } else {
        assert_eq!(err.code(), Code::InvalidArgument, "{err}");
        assert_eq!(
            Some(err.message()),
            request.check_first().err().as_ref().map(Error::message)
        );
    }
}

/// A transport that notes whether a stream reached it, and refuses it.
#[derive(Debug, Default)]
struct Recorder {
    reached: AtomicBool,
}

#[async_trait::async_trait]
impl ParticipantsTransport for Recorder {
    async fn streaming_analyze_content(
        &self,
        request: RequestStream<StreamingAnalyzeContentRequest>,
        options: &CallOptions,
    ) -> Result<ResponseReceiver<StreamingAnalyzeContentResponse>, Error> {
        let _ = (request, options);
        self.reached.store(true, Ordering::SeqCst);
        Err(Error::unimplemented("StreamingAnalyzeContent"))
    }
}

/// A naive reading of the two participant patterns, to hold the client's parser against:
/// split at every `/`, compare the keywords, require every id to be non-empty.
pub fn is_participant_name(name: &str) -> bool {
    let parts: Vec<&str> = name.split('/').collect();
    let keywords: &[&str] = match parts.len() {
        6 => &["projects", "conversations", "participants"],
        8 => &["projects", "locations", "conversations", "participants"],
        _ => return false,
    };
    parts
        .chunks(2)
        .zip(keywords)
        .all(|(pair, keyword)| pair[0] == *keyword && !pair[1].is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_reference_reads_both_patterns() {
        assert!(is_participant_name(
            "projects/p/conversations/c/participants/a"
        ));
        assert!(is_participant_name(
            "projects/p/locations/l/conversations/c/participants/a"
        ));
        assert!(!is_participant_name("projects/p/conversations/c"));
        assert!(!is_participant_name(
            "projects/p/conversations/c/participants/"
        ));
        assert!(!is_participant_name(
            "projects/p/conversations/c/messages/a"
        ));
        assert!(!is_participant_name(""));
    }

    #[test]
    fn structured_inputs_cover_each_outcome() {
        // No config, a valid name: refused for the config.
        check_stream_first_request(b"\x21abc");
        // Text config, a valid name: accepted.
        check_stream_first_request(b"\x25abc");
        // Audio config, a location-level name with audio input: accepted.
        check_stream_first_request(b"\x6bid");
        // A config, a name that is not one: refused for the participant.
        check_stream_first_request(b"\x05projects/p");
        // Blank name.
        check_stream_first_request(b"\x05  ");
        // Protobuf: an empty message, then one with a valid name and a text config.
        check_stream_first_request(b"\x00");
        let first = StreamingAnalyzeContentRequest {
            participant: "projects/p/conversations/c/participants/a".into(),
            config: Some(Config::TextConfig(InputTextConfig::default())),
            ..Default::default()
        };
        let mut data = vec![0];
        data.extend(first.encode_to_vec());
        check_stream_first_request(&data);
    }
}
