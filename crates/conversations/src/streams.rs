//! What a streaming RPC's first request must hold, checked before anything is sent.
//!
//! The generated stream builders call [`FirstRequest::check_first`] on their request (the
//! first of the stream). Each bidirectional RPC's request type implements it here, by hand: a
//! new streaming RPC does not compile until its rule is written.

use dialogflow_runtime::{Code, Error, ErrorKind};

/// The request type of a bidirectional RPC, which knows what its first message must carry.
pub(crate) trait FirstRequest {
    /// `Ok` when the message can open a stream; otherwise an `INVALID_ARGUMENT` error, made
    /// before sending, that names what is missing.
    fn check_first(&self) -> Result<(), Error>;
}

/// `INVALID_ARGUMENT` for a first request that cannot open its stream.
fn refused(rpc: &str, what: &str) -> Error {
    Error::local(
        Code::InvalidArgument,
        ErrorKind::Request,
        format!("{rpc}: the first request of the stream {what}; nothing was sent"),
    )
}

#[cfg(feature = "participants")]
impl FirstRequest for dialogflow_types::v2::StreamingAnalyzeContentRequest {
    fn check_first(&self) -> Result<(), Error> {
        const RPC: &str = "StreamingAnalyzeContent";
        if self.participant.trim().is_empty() {
            return Err(refused(
                RPC,
                "must name the participant (`participant`, e.g. \
                 projects/p/conversations/c/participants/a), and it is empty",
            ));
        }
        let parsed: Result<dialogflow_paths::ParticipantName, _> = self.participant.parse();
        parsed.map_err(|e| {
            refused(
                RPC,
                &format!(
                    "must name the participant as projects/{{project}}/[locations/{{location}}/]\
                     conversations/{{conversation}}/participants/{{participant}}, and `participant` \
                     is {:?} ({e})",
                    self.participant
                ),
            )
        })?;
        if self.config.is_none() {
            return Err(refused(
                RPC,
                "must carry a config (`audio_config` or `text_config`), and it has none",
            ));
        }
        Ok(())
    }
}

#[cfg(all(test, feature = "participants"))]
mod tests {
    use super::*;
    use dialogflow_types::v2::InputTextConfig;
    use dialogflow_types::v2::StreamingAnalyzeContentRequest;
    use dialogflow_types::v2::streaming_analyze_content_request::Config;

    fn text_config() -> Option<Config> {
        Some(Config::TextConfig(InputTextConfig {
            language_code: "en-US".into(),
        }))
    }

    #[test]
    fn a_participant_and_a_config_open_a_stream() {
        let first = StreamingAnalyzeContentRequest {
            participant: "projects/p/conversations/c/participants/a".into(),
            config: text_config(),
            ..Default::default()
        };
        assert!(first.check_first().is_ok());
        let located = StreamingAnalyzeContentRequest {
            participant: "projects/p/locations/global/conversations/c/participants/a".into(),
            ..first
        };
        assert!(located.check_first().is_ok());
    }

    #[test]
    fn each_missing_part_is_named() {
        let no_participant = StreamingAnalyzeContentRequest {
            config: text_config(),
            ..Default::default()
        };
        let err = no_participant.check_first().unwrap_err();
        assert_eq!(err.code(), Code::InvalidArgument);
        assert_eq!(err.kind(), ErrorKind::Request);
        assert!(err.message().contains("`participant`"), "{err}");

        let bad_name = StreamingAnalyzeContentRequest {
            participant: "projects/p/conversations/c".into(),
            config: text_config(),
            ..Default::default()
        };
        let err = bad_name.check_first().unwrap_err();
        assert!(
            err.message().contains("\"projects/p/conversations/c\""),
            "{err}"
        );

        let no_config = StreamingAnalyzeContentRequest {
            participant: "projects/p/conversations/c/participants/a".into(),
            ..Default::default()
        };
        let err = no_config.check_first().unwrap_err();
        assert!(
            err.message().contains("`audio_config` or `text_config`"),
            "{err}"
        );
    }
}
