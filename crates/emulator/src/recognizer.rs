//! The emulator's speech recognizer: it reads LINEAR16 audio by the convention
//! [`crate::audio`] documents and reports interim and final transcripts.

use crate::audio::{END_SILENCE_FRAMES, SILENCE_THRESHOLD, frame_samples};

/// What the recognizer heard.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Heard {
    /// The words of the utterance so far.
    Interim(String),
    /// The whole utterance, which has ended.
    Final(String),
}

/// A streaming recognizer for one stream's audio.
#[derive(Debug)]
pub(crate) struct Recognizer {
    frame_bytes: usize,
    /// Bytes of a frame not complete yet.
    partial: Vec<u8>,
    /// The utterance's text bytes so far.
    text: Vec<u8>,
    silent_frames: u32,
    frames: u64,
    sample_rate: u32,
    /// Whether the start of the audio has been checked for a WAV header.
    header_checked: bool,
    /// Where each final transcript not yet taken ended, in the stream's audio time.
    final_ends: Vec<std::time::Duration>,
}

/// The transcript of some text bytes: UTF-8 (lossy), white space collapsed.
fn transcript(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The length of a WAV header at the start of `audio`, if there is one.
fn wav_header(audio: &[u8]) -> Option<usize> {
    if audio.len() < 12 || &audio[..4] != b"RIFF" || &audio[8..12] != b"WAVE" {
        return None;
    }
    let mut at = 12;
    while at + 8 <= audio.len() {
        let id = &audio[at..at + 4];
        let size = u32::from_le_bytes([audio[at + 4], audio[at + 5], audio[at + 6], audio[at + 7]])
            as usize;
        if id == b"data" {
            return Some(at + 8);
        }
        at = at.checked_add(8)?.checked_add(size)?;
    }
    None
}

impl Recognizer {
    pub(crate) fn new(sample_rate_hertz: u32) -> Self {
        Recognizer {
            frame_bytes: frame_samples(sample_rate_hertz) * 2,
            partial: Vec::new(),
            text: Vec::new(),
            silent_frames: 0,
            frames: 0,
            sample_rate: sample_rate_hertz.max(1),
            header_checked: false,
            final_ends: Vec::new(),
        }
    }

    /// The audio read so far, as time.
    pub(crate) fn audio_duration(&self) -> std::time::Duration {
        let samples = self.frames * (self.frame_bytes as u64 / 2);
        std::time::Duration::from_micros(
            samples.saturating_mul(1_000_000) / self.sample_rate as u64,
        )
    }

    /// Whether an utterance has begun and not ended.
    pub(crate) fn pending(&self) -> bool {
        !transcript(&self.text).is_empty()
    }

    /// Reads more audio; what it completes goes to `out`.
    pub(crate) fn feed(&mut self, mut audio: &[u8], out: &mut Vec<Heard>) {
        if !self.header_checked {
            self.header_checked = true;
            if let Some(skip) = wav_header(audio) {
                audio = &audio[skip.min(audio.len())..];
            }
        }
        if !self.partial.is_empty() {
            let need = self.frame_bytes - self.partial.len();
            let take = need.min(audio.len());
            self.partial.extend_from_slice(&audio[..take]);
            audio = &audio[take..];
            if self.partial.len() < self.frame_bytes {
                return;
            }
            let frame = std::mem::take(&mut self.partial);
            self.frame(&frame, out);
        }
        let mut frames = audio.chunks_exact(self.frame_bytes);
        for frame in frames.by_ref() {
            self.frame(frame, out);
        }
        self.partial.extend_from_slice(frames.remainder());
    }

    fn frame(&mut self, frame: &[u8], out: &mut Vec<Heard>) {
        self.frames += 1;
        let loud = frame
            .chunks_exact(2)
            .map(|s| i16::from_le_bytes([s[0], s[1]]).unsigned_abs())
            .find(|a| *a >= SILENCE_THRESHOLD);
        match loud {
            None => {
                self.silent_frames = self.silent_frames.saturating_add(1);
                if self.silent_frames >= END_SILENCE_FRAMES && self.pending() {
                    self.finish(out);
                }
            }
            Some(a) => {
                self.silent_frames = 0;
                let byte = (i32::from(a) - 1024 + 8).div_euclid(16).clamp(0, 255) as u8;
                if byte.is_ascii_whitespace() && self.pending() {
                    let ends_word = self.text.last().is_some_and(|b| !b.is_ascii_whitespace());
                    if ends_word {
                        out.push(Heard::Interim(transcript(&self.text)));
                    }
                }
                self.text.push(byte);
            }
        }
    }

    /// Ends the utterance in progress, if any, with its final transcript.
    pub(crate) fn finish(&mut self, out: &mut Vec<Heard>) {
        let text = transcript(&self.text);
        self.text.clear();
        if !text.is_empty() {
            out.push(Heard::Final(text));
            self.final_ends.push(self.audio_duration());
        }
    }

    /// Where the final transcripts given since the last call ended, in order: the audio time
    /// of the frame that ended each (its `speech_end_offset`).
    pub(crate) fn take_final_ends(&mut self) -> Vec<std::time::Duration> {
        std::mem::take(&mut self.final_ends)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::audio::{encode_text, encode_utterance, silence, wav};

    fn run(audio: &[u8], chunk: usize, rate: u32) -> Vec<Heard> {
        let mut r = Recognizer::new(rate);
        let mut out = Vec::new();
        for c in audio.chunks(chunk) {
            r.feed(c, &mut out);
        }
        r.finish(&mut out);
        out
    }

    #[test]
    fn utterances_with_interims_whatever_the_chunking() {
        let mut audio = encode_utterance("book a  flight", 16_000);
        audio.extend(encode_text("to Paris", 16_000));
        let want = vec![
            Heard::Interim("book".into()),
            Heard::Interim("book a".into()),
            Heard::Final("book a flight".into()),
            Heard::Interim("to".into()),
            Heard::Final("to Paris".into()),
        ];
        for chunk in [1, 3, 320, 999, 3200, audio.len()] {
            assert_eq!(run(&audio, chunk, 16_000), want, "chunk {chunk}");
        }
    }

    #[test]
    fn silence_and_headers() {
        let mut audio = silence(std::time::Duration::from_secs(1), 8_000);
        audio.extend(encode_utterance("yes", 8_000));
        let out = run(&wav(&audio, 8_000), 160, 8_000);
        assert_eq!(out, vec![Heard::Final("yes".into())]);
        let mut r = Recognizer::new(8_000);
        r.feed(&audio, &mut Vec::new());
        assert_eq!(
            r.audio_duration(),
            std::time::Duration::from_millis(1000 + 30 + 300)
        );
    }
}
