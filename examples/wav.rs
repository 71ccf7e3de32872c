//! Reading the samples of a WAV file, for the examples that stream a recording.

use std::path::Path;

/// Mono 16-bit little-endian PCM samples and their rate: what `StreamingAnalyzeContent` takes
/// as `input_audio` with `AudioEncoding::Linear16` and `sample_rate_hertz`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Linear16 {
    /// The samples, two bytes each, little-endian.
    pub pcm: Vec<u8>,
    /// Samples per second.
    pub sample_rate_hertz: u32,
}

/// Reads the WAV file at `path` (RIFF/WAVE, PCM, one channel, 16 bits per sample). An error
/// names the file and says what it expected and what it found.
pub fn read_wav(path: &Path) -> Result<Linear16, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    parse_wav(&bytes).map_err(|e| format!("{}: {e}", path.display()))
}

/// Parses the bytes of a WAV file; see [`read_wav`].
pub fn parse_wav(bytes: &[u8]) -> Result<Linear16, String> {
    if bytes.len() < 12 || &bytes[..4] != b"RIFF" || &bytes[8..12] != b"WAVE" {
        return Err("expected a WAV file (RIFF/WAVE), found something else".into());
    }
    let u16_at = |at: usize| u16::from_le_bytes([bytes[at], bytes[at + 1]]);
    let u32_at =
        |at: usize| u32::from_le_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]);
    let mut rate = None;
    let mut at = 12;
    while at + 8 <= bytes.len() {
        let id = &bytes[at..at + 4];
        let size = u32_at(at + 4) as usize;
        let body = at + 8;
        let end = body.saturating_add(size).min(bytes.len());
        if id == b"fmt " {
            if end - body < 16 {
                return Err(format!(
                    "its fmt chunk has {} bytes, expected at least 16",
                    end - body
                ));
            }
            let (format, channels, bits) = (u16_at(body), u16_at(body + 2), u16_at(body + 14));
            if format != 1 || channels != 1 || bits != 16 {
                return Err(format!(
                    "expected PCM (format 1), 1 channel, 16 bits per sample; found format \
                     {format}, {channels} channel(s), {bits} bits"
                ));
            }
            let samples_per_second = u32_at(body + 4);
            if samples_per_second == 0 {
                return Err("its fmt chunk gives a sample rate of 0".into());
            }
            rate = Some(samples_per_second);
        } else if id == b"data" {
            let sample_rate_hertz =
                rate.ok_or("its data chunk comes before any fmt chunk, so its format is unknown")?;
            // An odd trailing byte is half a sample: leave it out.
            let len = (end - body) & !1;
            return Ok(Linear16 {
                pcm: bytes[body..body + len].to_vec(),
                sample_rate_hertz,
            });
        }
        // Chunks are padded to an even length.
        at = body.saturating_add(size).saturating_add(size & 1);
    }
    Err("expected a data chunk, found none".into())
}
