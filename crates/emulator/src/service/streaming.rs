//! `StreamingAnalyzeContent`: one task per stream reads the requests, recognises their input
//! and sends the responses through a bounded channel (so a slow client holds the task back
//! instead of growing a buffer), under the stream limit and the fault plan.
//!
//! Per utterance the responses come in the API's order: interim recognition results, the final
//! one (`is_final`), for `single_utterance` an `END_OF_SINGLE_UTTERANCE` result, then one
//! response with the message added to the conversation, the reply and the suggestions (as
//! `AnalyzeContent` answers them).

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::time::Duration;

use dialogflow_types::protobuf::Duration as ProtoDuration;
use dialogflow_types::v2::streaming_analyze_content_request::{Config, Input};
use dialogflow_types::v2::streaming_recognition_result::MessageType;
use dialogflow_types::v2::{
    AnalyzeContentResponse, AudioEncoding, InputAudioConfig, StreamingAnalyzeContentRequest,
    StreamingAnalyzeContentResponse, StreamingRecognitionResult, TelephonyDtmf,
};
use futures::StreamExt as _;
use futures::future::BoxFuture;
use tokio::sync::{Notify, mpsc};

use super::analyze::Turn;
#[allow(unused_imports)]
use super::*;
use crate::faults::{Faults, StreamDecision};
use crate::grpc::{Inbound, Outbound};
use crate::recognizer::{Heard, Recognizer};

/// The full name the fault plan and the contract know the method by.
const METHOD: &str = "/google.cloud.dialogflow.v2.Participants/StreamingAnalyzeContent";
/// How many responses wait for the client at most before the stream's task waits too.
const BUFFER: usize = 16;
/// The longest a stream may last unless the builder says otherwise: 3 minutes, the limit the
/// API documents for extended streaming.
pub(crate) const DEFAULT_STREAM_LIMIT: Duration = Duration::from_secs(180);
/// The confidence of every final transcript.
const FINAL_CONFIDENCE: f32 = 0.95;

tokio::task_local! {
    /// The current connection's kill switch, set around each call by the server, so that a
    /// stream can cut its connection when the fault plan says so.
    pub(crate) static CONNECTION: Arc<Notify>;
}

/// Writes the state's changes to the data file (with write-through persistence) and waits.
pub(crate) type Persist = Arc<dyn Fn() -> BoxFuture<'static, ()> + Send + Sync>;

/// What streams need from the server around the core.
pub(crate) struct Hooks {
    pub(crate) faults: Arc<Faults>,
    pub(crate) persist: Persist,
}

impl std::fmt::Debug for Hooks {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Hooks").finish_non_exhaustive()
    }
}

/// Counts of streams, for tests that check what the emulator saw.
#[derive(Debug, Default)]
pub(crate) struct StreamStats {
    pub(crate) open: AtomicUsize,
    pub(crate) opened: AtomicU64,
    pub(crate) cancelled: AtomicU64,
}

/// Keeps `open` right however the task ends.
struct OpenGuard(Arc<Core>);

impl Drop for OpenGuard {
    fn drop(&mut self) {
        self.0.streams.open.fetch_sub(1, Ordering::SeqCst);
    }
}

/// Checks an audio configuration the emulator can recognise; the sample rate.
pub(crate) fn check_audio_config(field: &str, config: &InputAudioConfig) -> Result<u32, ApiError> {
    match AudioEncoding::try_from(config.audio_encoding) {
        Ok(AudioEncoding::Linear16) => {}
        Ok(AudioEncoding::Unspecified) => {
            return Err(ApiError::required(&format!("{field}.audio_encoding")));
        }
        _ => {
            return Err(ApiError::invalid(
                &format!("{field}.audio_encoding"),
                "the emulator recognises AUDIO_ENCODING_LINEAR_16 only",
            ));
        }
    }
    let rate = u32::try_from(config.sample_rate_hertz)
        .ok()
        .filter(|r| (8_000..=48_000).contains(r))
        .ok_or_else(|| {
            ApiError::invalid(
                &format!("{field}.sample_rate_hertz"),
                format!(
                    "must be between 8000 and 48000, got {}",
                    config.sample_rate_hertz
                ),
            )
        })?;
    if config.language_code.is_empty() {
        return Err(ApiError::required(&format!("{field}.language_code")));
    }
    Ok(rate)
}

/// The digits of DTMF events: 0-9, `*`, `#` and A-D.
fn dtmf_digits(events: &[i32]) -> Result<String, ApiError> {
    events
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let digit = match TelephonyDtmf::try_from(*e) {
                Ok(TelephonyDtmf::DtmfOne) => '1',
                Ok(TelephonyDtmf::DtmfTwo) => '2',
                Ok(TelephonyDtmf::DtmfThree) => '3',
                Ok(TelephonyDtmf::DtmfFour) => '4',
                Ok(TelephonyDtmf::DtmfFive) => '5',
                Ok(TelephonyDtmf::DtmfSix) => '6',
                Ok(TelephonyDtmf::DtmfSeven) => '7',
                Ok(TelephonyDtmf::DtmfEight) => '8',
                Ok(TelephonyDtmf::DtmfNine) => '9',
                Ok(TelephonyDtmf::DtmfZero) => '0',
                Ok(TelephonyDtmf::DtmfA) => 'A',
                Ok(TelephonyDtmf::DtmfB) => 'B',
                Ok(TelephonyDtmf::DtmfC) => 'C',
                Ok(TelephonyDtmf::DtmfD) => 'D',
                Ok(TelephonyDtmf::DtmfStar) => '*',
                Ok(TelephonyDtmf::DtmfPound) => '#',
                _ => {
                    return Err(ApiError::invalid(
                        &format!("input_dtmf.dtmf_events[{i}]"),
                        format!("{e} is not a DTMF key"),
                    ));
                }
            };
            Ok(digit)
        })
        .collect()
}

/// The error that ends a stream at its limit. The Dialogflow reference does not name the
/// code; the emulator answers as Cloud Speech-to-Text (which recognises Dialogflow's audio)
/// documents for its streaming limit: OUT_OF_RANGE.
pub(crate) fn limit_error(limit: Duration) -> ApiError {
    ApiError::new(
        Code::OutOfRange,
        format!(
            "Exceeded maximum allowed stream duration of {} seconds.",
            limit.as_secs_f64()
        ),
    )
    .with_info("STREAM_DURATION_EXCEEDED", "")
}

/// Starts the stream's task; its responses are the answer.
pub(crate) fn start(
    core: Arc<Core>,
    requests: Inbound<StreamingAnalyzeContentRequest>,
) -> Outbound<StreamingAnalyzeContentResponse> {
    let (tx, rx) = mpsc::channel(BUFFER);
    let decision = core.hooks.get().map_or(
        StreamDecision {
            latency: Duration::ZERO,
            fail_after: None,
        },
        |h| h.faults.decide_stream(METHOD),
    );
    let kill = CONNECTION.try_with(Arc::clone).ok();
    core.streams.open.fetch_add(1, Ordering::SeqCst);
    core.streams.opened.fetch_add(1, Ordering::SeqCst);
    let guard = OpenGuard(core.clone());
    let guard_core = core.clone();
    let stream = Stream {
        counted: Arc::new(AtomicBool::new(false)),
        core,
        tx,
        decision,
        kill,
        sent: 0,
        participant: String::new(),
        language_code: String::new(),
        single_utterance: false,
    };
    let counted = stream.counted.clone();
    tokio::spawn(async move {
        let _guard = guard;
        stream.run(requests).await;
    });
    let watch = OutboundWatch {
        core: guard_core,
        counted,
        ended: false,
    };
    futures::stream::unfold((rx, watch), |(mut rx, mut watch)| async move {
        let item = rx.recv().await;
        match item {
            None => {
                watch.ended = true;
                drop(watch);
                None
            }
            Some(item) => {
                watch.ended = item.is_err();
                Some((item, (rx, watch)))
            }
        }
    })
    .boxed()
}

/// Notes a stream whose responses were dropped before their end: the client reset it (or its
/// connection went away).
struct OutboundWatch {
    core: Arc<Core>,
    counted: Arc<AtomicBool>,
    ended: bool,
}

impl Drop for OutboundWatch {
    fn drop(&mut self) {
        if !self.ended && !self.counted.swap(true, Ordering::SeqCst) {
            self.core.streams.cancelled.fetch_add(1, Ordering::SeqCst);
        }
    }
}

/// Why a stream's task stopped early.
enum Stop {
    /// The client went away (reset the stream or stopped reading).
    Cancelled,
    /// An error was sent (or the connection cut): nothing more to do.
    Ended,
    /// The stream finished normally (single utterance).
    Done,
}

struct Stream {
    core: Arc<Core>,
    /// Set once the stream has been counted as cancelled, or must never be (the emulator cut
    /// its connection).
    counted: Arc<AtomicBool>,
    tx: mpsc::Sender<Result<StreamingAnalyzeContentResponse, ApiError>>,
    decision: StreamDecision,
    kill: Option<Arc<Notify>>,
    sent: u32,
    participant: String,
    language_code: String,
    single_utterance: bool,
}

impl Stream {
    async fn run(mut self, mut requests: Inbound<StreamingAnalyzeContentRequest>) {
        let limit = self.core.stream_limit;
        let deadline = tokio::time::Instant::now() + limit;
        let outcome = async {
            let first = tokio::select! {
                item = requests.next() => item,
                _ = tokio::time::sleep_until(deadline) => return self.fail(limit_error(limit)).await,
                _ = self.tx.closed() => return Err(Stop::Cancelled),
            };
            let first = match first {
                None => {
                    return self
                        .fail(ApiError::invalid(
                            "participant",
                            "the stream ended before its first request, which must carry \
                             `participant` and `audio_config` or `text_config`",
                        ))
                        .await;
                }
                Some(Err(_)) => return Err(Stop::Cancelled),
                Some(Ok(first)) => first,
            };
            let mut recognizer = match self.configure(&first) {
                Ok(r) => r,
                Err(e) => return self.fail(e).await,
            };
            self.input(first, recognizer.as_mut(), limit).await?;
            loop {
                let item = tokio::select! {
                    item = requests.next() => item,
                    _ = tokio::time::sleep_until(deadline) => {
                        return self.fail(limit_error(limit)).await;
                    }
                    _ = self.tx.closed() => return Err(Stop::Cancelled),
                };
                match item {
                    None => {
                        // Half-close: what is pending is final.
                        if let Some(r) = recognizer.as_mut() {
                            let mut heard = Vec::new();
                            r.finish(&mut heard);
                            self.heard(heard, r.take_final_ends()).await?;
                        }
                        return Ok(());
                    }
                    Some(Err(_)) => return Err(Stop::Cancelled),
                    Some(Ok(req)) => {
                        if req.config.is_some() {
                            let field = match req.config {
                                Some(Config::TextConfig(_)) => "text_config",
                                _ => "audio_config",
                            };
                            return self
                                .fail(ApiError::invalid(
                                    field,
                                    "only the first request of a stream may carry a configuration",
                                ))
                                .await;
                        }
                        if !req.participant.is_empty() && req.participant != self.participant {
                            return self
                                .fail(ApiError::invalid(
                                    "participant",
                                    format!(
                                        "the stream belongs to `{}`, not `{}`",
                                        self.participant, req.participant
                                    ),
                                ))
                                .await;
                        }
                        self.input(req, recognizer.as_mut(), limit).await?;
                    }
                }
            }
        }
        .await;
        if let Err(Stop::Cancelled) = outcome
            && !self.counted.swap(true, Ordering::SeqCst)
        {
            self.core.streams.cancelled.fetch_add(1, Ordering::SeqCst);
        }
    }

    /// Checks the first request; a recognizer for an audio stream.
    fn configure(
        &mut self,
        first: &StreamingAnalyzeContentRequest,
    ) -> Result<Option<Recognizer>, ApiError> {
        crate::contract::check(
            "google.cloud.dialogflow.v2.Participants.StreamingAnalyzeContent",
            first,
        )?;
        self.core.participant("participant", &first.participant)?;
        self.participant = first.participant.clone();
        match &first.config {
            None => Err(ApiError::invalid(
                "audio_config",
                "the first request must carry `audio_config` or `text_config`",
            )),
            Some(Config::TextConfig(t)) => {
                if t.language_code.is_empty() {
                    return Err(ApiError::required("text_config.language_code"));
                }
                self.language_code = t.language_code.clone();
                Ok(None)
            }
            Some(Config::AudioConfig(a)) => {
                let rate = check_audio_config("audio_config", a)?;
                self.language_code = a.language_code.clone();
                self.single_utterance = a.single_utterance;
                Ok(Some(Recognizer::new(rate)))
            }
        }
    }

    /// Handles the input of one request.
    async fn input(
        &mut self,
        req: StreamingAnalyzeContentRequest,
        recognizer: Option<&mut Recognizer>,
        limit: Duration,
    ) -> Result<(), Stop> {
        match req.input {
            None => Ok(()),
            Some(Input::InputAudio(audio)) => {
                let Some(r) = recognizer else {
                    return self
                        .fail(ApiError::invalid(
                            "input_audio",
                            "the stream was configured for text (`text_config`); audio needs `audio_config`",
                        ))
                        .await;
                };
                let mut heard = Vec::new();
                r.feed(&audio, &mut heard);
                let over = r.audio_duration() > limit;
                self.heard(heard, r.take_final_ends()).await?;
                if over {
                    return self.fail(limit_error(limit)).await;
                }
                Ok(())
            }
            Some(Input::InputText(text)) => {
                let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
                if text.is_empty() {
                    return self.fail(ApiError::required("input_text")).await;
                }
                self.heard(vec![Heard::Final(text)], Vec::new()).await
            }
            Some(Input::InputDtmf(events)) => {
                let digits = match dtmf_digits(&events.dtmf_events) {
                    Ok(d) if d.is_empty() => {
                        return self
                            .fail(ApiError::required("input_dtmf.dtmf_events"))
                            .await;
                    }
                    Ok(d) => d,
                    Err(e) => return self.fail(e).await,
                };
                let result = StreamingRecognitionResult {
                    message_type: MessageType::DtmfDigits as i32,
                    transcript: digits.clone(),
                    is_final: true,
                    confidence: 1.0,
                    language_code: self.language_code.clone(),
                    ..Default::default()
                };
                self.send(recognition(result)).await?;
                self.analyze(digits).await
            }
        }
    }

    /// Sends what the recognizer heard, each final transcript followed by its analysis. `ends`
    /// holds where each final transcript of audio ended (its `speech_end_offset`), in order.
    async fn heard(&mut self, heard: Vec<Heard>, ends: Vec<Duration>) -> Result<(), Stop> {
        let mut ends = ends.into_iter();
        for h in heard {
            let (transcript, is_final) = match h {
                Heard::Interim(t) => (t, false),
                Heard::Final(t) => (t, true),
            };
            let result = StreamingRecognitionResult {
                message_type: MessageType::Transcript as i32,
                transcript: transcript.clone(),
                is_final,
                confidence: if is_final { FINAL_CONFIDENCE } else { 0.0 },
                language_code: self.language_code.clone(),
                speech_end_offset: if is_final {
                    ends.next().map(|end| ProtoDuration {
                        seconds: i64::try_from(end.as_secs()).unwrap_or(i64::MAX),
                        nanos: i32::try_from(end.subsec_nanos()).unwrap_or(0),
                    })
                } else {
                    None
                },
                ..Default::default()
            };
            self.send(recognition(result)).await?;
            if !is_final {
                continue;
            }
            if self.single_utterance {
                let end = StreamingRecognitionResult {
                    message_type: MessageType::EndOfSingleUtterance as i32,
                    ..Default::default()
                };
                self.send(recognition(end)).await?;
                self.analyze(transcript).await?;
                return Err(Stop::Done);
            }
            self.analyze(transcript).await?;
        }
        Ok(())
    }

    /// Adds a final transcript to the conversation and sends the analysis.
    async fn analyze(&mut self, content: String) -> Result<(), Stop> {
        let turn = Turn {
            content,
            language_code: self.language_code.clone(),
            event: false,
        };
        let answer = match self.core.analyze_turn(&self.participant, turn, "") {
            Ok(a) => a,
            Err(e) => return self.fail(e).await,
        };
        if let Some(hooks) = self.core.hooks.get() {
            (hooks.persist)().await;
        }
        self.send(analysis(answer)).await
    }

    /// Sends one response, after the plan's latency, unless the plan breaks the stream here.
    async fn send(&mut self, response: StreamingAnalyzeContentResponse) -> Result<(), Stop> {
        if let Some((after, code, drop)) = self.decision.fail_after
            && self.sent >= after
        {
            if drop && let Some(kill) = &self.kill {
                self.counted.store(true, Ordering::SeqCst);
                // Let the responses sent so far reach the connection, then cut it, holding the
                // stream open meanwhile: ending it would let the server end it cleanly first.
                let flushed = async {
                    while self.tx.capacity() < BUFFER {
                        tokio::time::sleep(Duration::from_millis(5)).await;
                    }
                    tokio::time::sleep(Duration::from_millis(150)).await;
                };
                let _ = tokio::time::timeout(Duration::from_secs(2), flushed).await;
                kill.notify_one();
                let _ = tokio::time::timeout(Duration::from_secs(10), self.tx.closed()).await;
                return Err(Stop::Ended);
            }
            let e = ApiError::new(
                code,
                format!(
                    "injected by the emulator's fault plan after {after} responses (call to {METHOD})"
                ),
            )
            .with_info("EMULATOR_INJECTED_FAULT", "");
            return self.fail(e).await;
        }
        if !self.decision.latency.is_zero() {
            tokio::select! {
                _ = tokio::time::sleep(self.decision.latency) => {}
                _ = self.tx.closed() => return Err(Stop::Cancelled),
            }
        }
        self.tx
            .send(Ok(response))
            .await
            .map_err(|_| Stop::Cancelled)?;
        self.sent += 1;
        Ok(())
    }

    /// Ends the stream with an error.
    async fn fail(&mut self, e: ApiError) -> Result<(), Stop> {
        match self.tx.send(Err(e)).await {
            Ok(()) => Err(Stop::Ended),
            Err(_) => Err(Stop::Cancelled),
        }
    }
}

fn recognition(result: StreamingRecognitionResult) -> StreamingAnalyzeContentResponse {
    StreamingAnalyzeContentResponse {
        recognition_result: Some(result),
        ..Default::default()
    }
}

fn analysis(a: AnalyzeContentResponse) -> StreamingAnalyzeContentResponse {
    StreamingAnalyzeContentResponse {
        reply_text: a.reply_text,
        reply_audio: a.reply_audio,
        automated_agent_reply: a.automated_agent_reply,
        message: a.message,
        human_agent_suggestion_results: a.human_agent_suggestion_results,
        end_user_suggestion_results: a.end_user_suggestion_results,
        dtmf_parameters: a.dtmf_parameters,
        ..Default::default()
    }
}
