//! A call that outlives one `StreamingAnalyzeContent` stream: [`ParticipantsClient::long_call`].
//!
//! The service ends a stream at its limits (a few minutes of audio), and networks drop. A
//! contact-centre call lasts longer than either allows. A [`LongCall`] keeps one participant's
//! input flowing across as many streams as the call needs:
//!
//! * When a stream ends at a limit, or breaks with an error that a new stream can cure
//!   ([`LongCall::DEFAULT_RESTART_CODES`]), it opens the next stream with the same first
//!   request (the participant and the config), then sends again every input that no final
//!   recognition result has covered yet.
//! * Its receiver yields one ordered sequence of responses. The `speech_end_offset` of each
//!   recognition result is moved from the stream's time to the call's, so offsets keep growing.
//! * No input is lost: an input is dropped from the replay buffer only once a final result
//!   covers it. Audio is covered up to the result's `speech_end_offset`, text and DTMF inputs
//!   one final result each, oldest first. So no utterance is finalized twice either: what was
//!   final is never sent again.
//!
//! The byte-exact accounting of audio holds for the uncompressed encodings (LINEAR16, MULAW,
//! ALAW), whose bytes map to time. For a compressed encoding, a final result covers all the
//! audio sent before it arrived.
//!
//! Silence is never finalized, so after a long pause the audio to send again could outgrow
//! the stream limit itself. When a stream reaches its limit without a single response, the
//! replay is cut to its most recent part ([`LongCall::with_max_replay`], 10 s by default): the
//! older audio, which the service heard as silence, is not sent again. Keep the cap below the
//! service's stream limit, and above the longest utterance.

use std::collections::VecDeque;
use std::fmt;
use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

use dialogflow_runtime::{Code, Error, ErrorKind, RequestOptions};
use dialogflow_types::v2::streaming_analyze_content_request::{Config, Input};
use dialogflow_types::v2::streaming_recognition_result::MessageType;
use dialogflow_types::v2::{
    AudioEncoding, StreamingAnalyzeContentRequest, StreamingAnalyzeContentResponse,
};
use futures::stream::Stream;
use tokio::sync::mpsc;

use crate::ParticipantsClient;
use crate::streams::FirstRequest;

type Request = StreamingAnalyzeContentRequest;
type Response = StreamingAnalyzeContentResponse;

impl ParticipantsClient {
    /// A call that continues across `StreamingAnalyzeContent` streams, with `first` (the
    /// participant and the audio or text config) opening each of them. See [`LongCall`].
    pub fn long_call(&self, first: StreamingAnalyzeContentRequest) -> LongCall {
        LongCall {
            client: self.clone(),
            first,
            options: RequestOptions::new(),
            buffer: LongCall::DEFAULT_BUFFER,
            restart_codes: LongCall::DEFAULT_RESTART_CODES.to_vec(),
            max_failed_restarts: LongCall::DEFAULT_MAX_FAILED_RESTARTS,
            max_replay: LongCall::DEFAULT_MAX_REPLAY,
        }
    }
}

/// The builder of a call that outlives one stream ([`ParticipantsClient::long_call`]).
///
/// ```no_run
/// use dialogflow_conversations::ParticipantsClient;
/// use dialogflow_types::v2::streaming_analyze_content_request::{Config, Input};
/// use dialogflow_types::v2::{AudioEncoding, InputAudioConfig, StreamingAnalyzeContentRequest};
///
/// # async fn demo(client: ParticipantsClient, chunks: Vec<Vec<u8>>) -> Result<(), dialogflow_conversations::Error> {
/// let first = StreamingAnalyzeContentRequest {
///     participant: "projects/p/conversations/c/participants/caller".into(),
///     config: Some(Config::AudioConfig(InputAudioConfig {
///         audio_encoding: AudioEncoding::Linear16.into(),
///         sample_rate_hertz: 16_000,
///         language_code: "en-US".into(),
///         ..Default::default()
///     })),
///     ..Default::default()
/// };
/// let (sender, mut responses) = client.long_call(first).start().await?;
/// tokio::spawn(async move {
///     for chunk in chunks {
///         let audio = StreamingAnalyzeContentRequest {
///             input: Some(Input::InputAudio(chunk)),
///             ..Default::default()
///         };
///         if sender.send(audio).await.is_err() {
///             break;
///         }
///     }
/// });
/// while let Some(response) = responses.next().await {
///     if let Some(result) = response?.recognition_result.filter(|r| r.is_final) {
///         println!("{}", result.transcript);
///     }
/// }
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
#[must_use = "a long call starts nothing until `start` is awaited"]
pub struct LongCall {
    client: ParticipantsClient,
    first: Request,
    options: RequestOptions,
    buffer: usize,
    restart_codes: Vec<Code>,
    max_failed_restarts: u32,
    max_replay: Duration,
}

impl LongCall {
    /// The most audio a new stream sends again, unless
    /// [`with_max_replay`](Self::with_max_replay) says otherwise.
    pub const DEFAULT_MAX_REPLAY: Duration = Duration::from_secs(10);
    /// How many inputs, and how many responses, wait in the call's buffers unless
    /// [`with_buffer`](Self::with_buffer) says otherwise.
    pub const DEFAULT_BUFFER: usize = 16;
    /// The errors after which a new stream continues the call: the stream limit
    /// (`OUT_OF_RANGE`), a dropped connection (`UNAVAILABLE`), `ABORTED`, and a stream's own
    /// deadline (`DEADLINE_EXCEEDED`).
    pub const DEFAULT_RESTART_CODES: &'static [Code] = &[
        Code::OutOfRange,
        Code::Unavailable,
        Code::Aborted,
        Code::DeadlineExceeded,
    ];
    /// How many streams in a row may fail before giving any response, before the call fails.
    pub const DEFAULT_MAX_FAILED_RESTARTS: u32 = 5;

    /// Sets the per-stream options (the timeout of each stream, metadata, billing project).
    pub fn with_options(mut self, options: RequestOptions) -> Self {
        self.options = options;
        self
    }

    /// Sets how many inputs and responses the call buffers (at least 1): a slow network holds
    /// the sender back, a slow reader holds the streams back.
    pub fn with_buffer(mut self, buffer: usize) -> Self {
        self.buffer = buffer.max(1);
        self
    }

    /// Sets the error codes after which a new stream continues the call.
    pub fn with_restart_codes(mut self, codes: &[Code]) -> Self {
        self.restart_codes = codes.to_vec();
        self
    }

    /// Sets how many streams in a row may fail without a response before the call fails.
    pub fn with_max_failed_restarts(mut self, restarts: u32) -> Self {
        self.max_failed_restarts = restarts;
        self
    }

    /// Sets how much audio (uncompressed encodings) a new stream sends again after a stream
    /// reached its limit without any response: the most recent uncovered inputs, up to this
    /// much.
    pub fn with_max_replay(mut self, replay: Duration) -> Self {
        self.max_replay = replay;
        self
    }

    /// Checks the first request, opens the first stream, and gives the sender of the call's
    /// inputs and the receiver of its responses. Closing or dropping the sender ends the call
    /// once every input has been answered; dropping the receiver ends it at once.
    pub async fn start(self) -> Result<(LongCallSender, LongCallReceiver), Error> {
        self.first.check_first()?;
        let (input_tx, input_rx) = mpsc::channel(self.buffer);
        let (output_tx, output_rx) = mpsc::channel(self.buffer);
        let restarts = Arc::new(AtomicU32::new(0));
        let bytes_per_second = match &self.first.config {
            Some(Config::AudioConfig(audio)) => bytes_per_second(audio),
            _ => None,
        };
        let mut driver = Driver {
            call: self,
            replay: VecDeque::new(),
            bytes_per_second,
            audio_sent: Duration::ZERO,
            input: input_rx,
            output: output_tx,
            restarts: restarts.clone(),
            input_closed: false,
        };
        let stream = driver.open().await?;
        tokio::spawn(driver.run(stream));
        Ok((
            LongCallSender { input: input_tx },
            LongCallReceiver {
                output: output_rx,
                restarts,
            },
        ))
    }
}

/// Where the call's inputs go ([`LongCall::start`]).
#[derive(Debug, Clone)]
pub struct LongCallSender {
    input: mpsc::Sender<Request>,
}

impl LongCallSender {
    /// Queues one input (audio, text or DTMF), waiting while the buffer is full. Fails when
    /// the call has ended; the receiver has the reason.
    pub async fn send(&self, request: StreamingAnalyzeContentRequest) -> Result<(), Error> {
        self.input.send(request).await.map_err(|_| {
            Error::local(
                Code::Cancelled,
                ErrorKind::Request,
                "the long call has ended, so the input was not sent (the receiver has the reason)",
            )
        })
    }

    /// Ends the input: the call finishes once the last stream has answered it.
    pub fn close(self) {}
}

/// The responses of the whole call, in order ([`LongCall::start`]).
pub struct LongCallReceiver {
    output: mpsc::Receiver<Result<Response, Error>>,
    restarts: Arc<AtomicU32>,
}

impl fmt::Debug for LongCallReceiver {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("LongCallReceiver")
            .field("restarts", &self.restarts())
            .finish_non_exhaustive()
    }
}

impl LongCallReceiver {
    /// The next response, or the error that ended the call; `None` once it ended normally.
    pub async fn next(&mut self) -> Option<Result<StreamingAnalyzeContentResponse, Error>> {
        self.output.recv().await
    }

    /// How many times a new stream took over so far.
    pub fn restarts(&self) -> u32 {
        self.restarts.load(Ordering::Relaxed)
    }
}

impl Stream for LongCallReceiver {
    type Item = Result<StreamingAnalyzeContentResponse, Error>;

    fn poll_next(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Self::Item>> {
        self.output.poll_recv(cx)
    }
}

/// The bytes of one second of an uncompressed encoding; `None` for compressed ones.
fn bytes_per_second(audio: &dialogflow_types::v2::InputAudioConfig) -> Option<u64> {
    let rate = u64::try_from(audio.sample_rate_hertz)
        .ok()
        .filter(|r| *r > 0)?;
    match AudioEncoding::try_from(audio.audio_encoding).ok()? {
        AudioEncoding::Linear16 => Some(rate * 2),
        AudioEncoding::Mulaw | AudioEncoding::Alaw => Some(rate),
        _ => None,
    }
}

/// One input not yet covered by a final result.
struct Pending {
    request: Request,
    /// For audio: where the chunk starts, in the call's audio time.
    audio_start: Option<Duration>,
    /// Where the chunk ends in the current stream's bytes, once sent on it.
    stream_end: Option<u64>,
}

/// One open stream and where it stands.
struct Current {
    sender: Option<dialogflow_runtime::streaming::RequestSender<Request>>,
    receiver: dialogflow_runtime::streaming::ResponseReceiver<Response>,
    /// The call's audio time at the stream's first audio byte.
    base: Duration,
    /// Audio bytes sent on this stream.
    bytes: u64,
}

/// The task behind a long call.
struct Driver {
    call: LongCall,
    replay: VecDeque<Pending>,
    bytes_per_second: Option<u64>,
    /// The call's audio time sent so far (uncompressed encodings).
    audio_sent: Duration,
    input: mpsc::Receiver<Request>,
    output: mpsc::Sender<Result<Response, Error>>,
    restarts: Arc<AtomicU32>,
    input_closed: bool,
}

/// Why a stream stopped.
enum Ended {
    /// The call is over (input closed and answered, the receiver dropped, or a final error).
    Done,
    /// A new stream should continue; whether this one gave any response.
    Restart {
        progressed: bool,
        error: Option<Error>,
    },
}

impl Driver {
    /// Drops the oldest uncovered audio beyond the replay cap.
    fn cap_replay(&mut self) {
        let Some(bps) = self.bytes_per_second else {
            return;
        };
        let cap = (self.call.max_replay.as_secs_f64() * bps as f64) as u64;
        let mut total: u64 = self.replay.iter().map(|p| audio_len(&p.request)).sum();
        while total > cap {
            let Some(front) = self.replay.front() else {
                break;
            };
            let len = audio_len(&front.request);
            if len == 0 {
                break;
            }
            total -= len;
            self.replay.pop_front();
        }
    }

    /// Opens a stream and sends the inputs no final result covers yet.
    async fn open(&mut self) -> Result<Current, Error> {
        let (sender, receiver) = self
            .call
            .client
            .request(self.call.first.clone())
            .with_options(self.call.options.clone())
            .with_buffer(self.call.buffer)
            .send()
            .await?;
        let base = self
            .replay
            .iter()
            .find_map(|p| p.audio_start)
            .unwrap_or(self.audio_sent);
        let mut current = Current {
            sender: Some(sender),
            receiver,
            base,
            bytes: 0,
        };
        for index in 0..self.replay.len() {
            let request = self.replay[index].request.clone();
            self.replay[index].stream_end = Some(current.bytes + audio_len(&request));
            current.bytes += audio_len(&request);
            if let Some(sender) = &current.sender
                && sender.send(request).await.is_err()
            {
                // The stream already ended; its receiver says why.
                break;
            }
        }
        if self.input_closed {
            current.sender = None;
        }
        Ok(current)
    }

    async fn run(mut self, mut current: Current) {
        let mut failed_in_a_row = 0;
        loop {
            match self.drive(&mut current).await {
                Ended::Done => return,
                Ended::Restart { progressed, error } => {
                    failed_in_a_row = if progressed { 0 } else { failed_in_a_row + 1 };
                    let at_limit = error.as_ref().is_some_and(|e| e.code() == Code::OutOfRange);
                    if at_limit && !progressed {
                        // The stream reached its limit on replayed audio alone, without a
                        // word: what it replayed was silence too long for one stream.
                        self.cap_replay();
                    }
                    if failed_in_a_row > self.call.max_failed_restarts {
                        let error = error.unwrap_or_else(|| {
                            Error::local(
                                Code::Unavailable,
                                ErrorKind::Io,
                                "the long call's streams kept ending without an answer",
                            )
                        });
                        let _ = self.output.send(Err(error)).await;
                        return;
                    }
                    if failed_in_a_row > 0 {
                        // Back off a little before opening a stream that may fail again.
                        tokio::time::sleep(restart_delay(failed_in_a_row)).await;
                    }
                    self.restarts.fetch_add(1, Ordering::Relaxed);
                    tracing::debug!(
                        restarts = self.restarts.load(Ordering::Relaxed),
                        replayed = self.replay.len(),
                        "long call: a new stream takes over"
                    );
                    match self.open().await {
                        Ok(next) => current = next,
                        Err(e) if self.call.restart_codes.contains(&e.code()) => {
                            current = match self.reopen_after(e, &mut failed_in_a_row).await {
                                Some(next) => next,
                                None => return,
                            };
                        }
                        Err(e) => {
                            let _ = self.output.send(Err(e)).await;
                            return;
                        }
                    }
                }
            }
        }
    }

    /// Keeps opening streams after an opening failed, within the failure budget.
    async fn reopen_after(&mut self, mut error: Error, failed: &mut u32) -> Option<Current> {
        loop {
            *failed += 1;
            if *failed > self.call.max_failed_restarts {
                let _ = self.output.send(Err(error)).await;
                return None;
            }
            tokio::time::sleep(restart_delay(*failed)).await;
            match self.open().await {
                Ok(next) => return Some(next),
                Err(e) if self.call.restart_codes.contains(&e.code()) => error = e,
                Err(e) => {
                    let _ = self.output.send(Err(e)).await;
                    return None;
                }
            }
        }
    }

    /// Moves inputs to the stream and responses to the caller until the stream ends.
    async fn drive(&mut self, current: &mut Current) -> Ended {
        let mut progressed = false;
        loop {
            let accepting = current.sender.is_some() && !self.input_closed;
            tokio::select! {
                input = self.input.recv(), if accepting => match input {
                    Some(request) => {
                        let len = audio_len(&request);
                        let audio_start = (len > 0).then_some(self.audio_sent);
                        if let Some(bps) = self.bytes_per_second {
                            self.audio_sent += Duration::from_secs_f64(len as f64 / bps as f64);
                        }
                        current.bytes += len;
                        self.replay.push_back(Pending {
                            request: request.clone(),
                            audio_start,
                            stream_end: Some(current.bytes),
                        });
                        let sent = match &current.sender {
                            Some(sender) => sender.send(request).await.is_ok(),
                            None => false,
                        };
                        if !sent {
                            // The stream ended under us: its receiver tells how.
                            current.sender = None;
                        }
                    }
                    None => {
                        self.input_closed = true;
                        current.sender = None; // half-close
                    }
                },
                response = current.receiver.next() => match response {
                    Some(Ok(mut response)) => {
                        progressed = true;
                        self.cover(current, &mut response);
                        if self.output.send(Ok(response)).await.is_err() {
                            return Ended::Done; // nobody reads any more
                        }
                    }
                    Some(Err(error)) if self.call.restart_codes.contains(&error.code()) => {
                        return Ended::Restart { progressed, error: Some(error) };
                    }
                    Some(Err(error)) => {
                        let _ = self.output.send(Err(error)).await;
                        return Ended::Done;
                    }
                    // After the half-close, a normal end means the service finalized all it
                    // will: what is left uncovered is silence.
                    None if self.input_closed => return Ended::Done,
                    // The service ended the stream while input still flows (one utterance
                    // only, or a limit it ends quietly): a new stream continues.
                    None => return Ended::Restart { progressed, error: None },
                },
            }
        }
    }

    /// Drops from the replay buffer what a final result covers, and moves the result's offset
    /// to the call's time.
    fn cover(&mut self, current: &Current, response: &mut Response) {
        let Some(result) = response.recognition_result.as_mut() else {
            return;
        };
        if let Some(offset) = result.speech_end_offset.as_mut() {
            let stream_time = Duration::new(
                u64::try_from(offset.seconds).unwrap_or(0),
                u32::try_from(offset.nanos).unwrap_or(0),
            );
            let call_time = current.base + stream_time;
            offset.seconds = i64::try_from(call_time.as_secs()).unwrap_or(i64::MAX);
            offset.nanos = i32::try_from(call_time.subsec_nanos()).unwrap_or(0);
            if result.is_final
                && let Some(bps) = self.bytes_per_second
            {
                let covered = (stream_time.as_secs_f64() * bps as f64).round() as u64;
                self.drop_audio_through(covered);
            }
        }
        let kind = MessageType::try_from(result.message_type).unwrap_or_default();
        if !result.is_final || !matches!(kind, MessageType::Transcript | MessageType::DtmfDigits) {
            return;
        }
        let audio_call = matches!(self.call.first.config, Some(Config::AudioConfig(_)));
        if audio_call && self.bytes_per_second.is_none() {
            // Compressed audio: the final result covers what was sent before it.
            self.drop_audio_through(current.bytes);
        }
        // A text or DTMF input is one utterance: the oldest one is now final.
        if let Some(at) = self.replay.iter().position(|p| audio_len(&p.request) == 0) {
            let covers_text = match (&self.replay[at].request.input, kind) {
                (Some(Input::InputDtmf(_)), MessageType::DtmfDigits) => true,
                (Some(Input::InputText(_)), MessageType::Transcript) => !audio_call,
                (Some(Input::InputDtmf(_)), MessageType::Transcript) => !audio_call,
                _ => false,
            };
            if covers_text {
                self.replay.remove(at);
            }
        }
    }

    /// Drops the audio chunks that end at or before `covered` bytes of the current stream.
    fn drop_audio_through(&mut self, covered: u64) {
        while let Some(front) = self.replay.front() {
            let is_audio = audio_len(&front.request) > 0;
            match front.stream_end {
                Some(end) if is_audio && end <= covered => {
                    self.replay.pop_front();
                }
                _ => break,
            }
        }
    }
}

/// The wait before the next stream after `failed` streams in a row failed: 200 ms, doubling,
/// at most 6.4 s.
fn restart_delay(failed: u32) -> Duration {
    Duration::from_millis(100) * 2u32.pow(failed.min(6))
}

/// The audio bytes an input carries (0 for text and DTMF).
fn audio_len(request: &Request) -> u64 {
    match &request.input {
        Some(Input::InputAudio(bytes)) => bytes.len() as u64,
        _ => 0,
    }
}
