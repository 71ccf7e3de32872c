//! The emulator's audio convention: LINEAR16 audio that its speech recognizer transcribes
//! predictably, and helpers that make such audio from text.
//!
//! The emulator recognises no real speech. It reads 16-bit little-endian PCM (LINEAR16) in
//! *frames* of 10 ms ([`frame_samples`] samples: a hundredth of the sample rate, at least one):
//!
//! * a frame whose samples all have an absolute value below [`SILENCE_THRESHOLD`] is silence;
//! * any other frame carries one byte of text: the first sample at or above the threshold, of
//!   absolute value `a`, carries the byte `(a - 1024 + 8) / 16` (so [`encode_utterance`] writes
//!   `1024 + 16 × byte`, alternating in sign, and noise below ±8 changes nothing);
//! * the bytes of consecutive non-silent frames form the utterance's text (UTF-8; invalid
//!   sequences become U+FFFD), with runs of white space read as one space;
//! * [`END_SILENCE_FRAMES`] silent frames in a row (200 ms) end an utterance; silence before any
//!   text is ignored;
//! * a WAV header (`RIFF` … `WAVE` … `data` and its length) at the start of the audio is skipped.
//!
//! While an utterance grows, each completed word (a space after text) gives an interim
//! transcript of the words so far; its end gives the final transcript. The result does not
//! depend on how the audio is cut into chunks.
//!
//! ```
//! use dialogflow_emulator::audio;
//!
//! let pcm = audio::encode_utterance("hello world", 16_000);
//! // 11 bytes of text, then 300 ms of silence, 10 ms (160 samples, 320 bytes) per frame.
//! assert_eq!(pcm.len(), (11 + 30) * 320);
//! assert_eq!(audio::transcribe(&pcm, 16_000), vec!["hello world".to_string()]);
//! ```

use std::time::Duration;

/// Samples whose absolute value is below this are silence.
pub const SILENCE_THRESHOLD: u16 = 512;
/// How many silent frames (of 10 ms) in a row end an utterance: 200 ms.
pub const END_SILENCE_FRAMES: u32 = 20;
/// The silence [`encode_utterance`] appends after the text: 300 ms, more than enough to end it.
pub const TRAILING_SILENCE: Duration = Duration::from_millis(300);

/// Samples in one 10 ms frame at `sample_rate_hertz` (a hundredth of the rate, at least 1).
pub fn frame_samples(sample_rate_hertz: u32) -> usize {
    (sample_rate_hertz / 100).max(1) as usize
}

/// The LINEAR16 audio of one utterance: one 10 ms frame per UTF-8 byte of `text`, then
/// [`TRAILING_SILENCE`], so the emulator transcribes it as `text` (white space normalised)
/// and finalises it.
pub fn encode_utterance(text: &str, sample_rate_hertz: u32) -> Vec<u8> {
    let mut out = encode_text(text, sample_rate_hertz);
    out.extend(silence(TRAILING_SILENCE, sample_rate_hertz));
    out
}

/// The LINEAR16 audio of `text` without the silence that ends the utterance: sent alone, the
/// emulator gives interim transcripts and finalises it only when silence follows or the
/// client half-closes.
pub fn encode_text(text: &str, sample_rate_hertz: u32) -> Vec<u8> {
    let frame = frame_samples(sample_rate_hertz);
    let mut out = Vec::with_capacity(text.len() * frame * 2);
    for byte in text.bytes() {
        let amplitude = 1024 + 16 * i16::from(byte);
        for i in 0..frame {
            let sample = if i % 2 == 0 { amplitude } else { -amplitude };
            out.extend_from_slice(&sample.to_le_bytes());
        }
    }
    out
}

/// `duration` of LINEAR16 silence (zero samples), rounded down to whole frames.
pub fn silence(duration: Duration, sample_rate_hertz: u32) -> Vec<u8> {
    let frames = (duration.as_millis() / 10) as usize;
    vec![0; frames * frame_samples(sample_rate_hertz) * 2]
}

/// Wraps LINEAR16 mono audio in a canonical 44-byte WAV header (the emulator skips it).
pub fn wav(pcm: &[u8], sample_rate_hertz: u32) -> Vec<u8> {
    let len = u32::try_from(pcm.len()).unwrap_or(u32::MAX);
    let mut out = Vec::with_capacity(44 + pcm.len());
    out.extend_from_slice(b"RIFF");
    out.extend_from_slice(&len.saturating_add(36).to_le_bytes());
    out.extend_from_slice(b"WAVEfmt ");
    out.extend_from_slice(&16u32.to_le_bytes());
    out.extend_from_slice(&1u16.to_le_bytes()); // PCM
    out.extend_from_slice(&1u16.to_le_bytes()); // mono
    out.extend_from_slice(&sample_rate_hertz.to_le_bytes());
    out.extend_from_slice(&(sample_rate_hertz.saturating_mul(2)).to_le_bytes());
    out.extend_from_slice(&2u16.to_le_bytes()); // block align
    out.extend_from_slice(&16u16.to_le_bytes()); // bits per sample
    out.extend_from_slice(b"data");
    out.extend_from_slice(&len.to_le_bytes());
    out.extend_from_slice(pcm);
    out
}

/// The final transcripts the emulator makes of `audio` (LINEAR16 at `sample_rate_hertz`),
/// as if it were streamed and then half-closed.
pub fn transcribe(audio: &[u8], sample_rate_hertz: u32) -> Vec<String> {
    let mut recognizer = crate::recognizer::Recognizer::new(sample_rate_hertz);
    let mut events = Vec::new();
    recognizer.feed(audio, &mut events);
    recognizer.finish(&mut events);
    events
        .into_iter()
        .filter_map(|e| match e {
            crate::recognizer::Heard::Final(t) => Some(t),
            crate::recognizer::Heard::Interim(_) => None,
        })
        .collect()
}
