//! A small seeded pseudo-random generator (SplitMix64): ids and fault decisions are
//! reproducible under a seed without pulling in a random-number crate.

/// SplitMix64: fast, tiny, and good enough for ids and coin flips.
#[derive(Debug, Clone)]
pub(crate) struct SplitMix64(u64);

impl SplitMix64 {
    pub(crate) fn new(seed: u64) -> Self {
        SplitMix64(seed)
    }

    /// A seed taken from the process's hasher keys and the time, for unseeded emulators.
    pub(crate) fn entropy() -> u64 {
        use std::hash::{BuildHasher, Hasher};
        let mut h = std::collections::hash_map::RandomState::new().build_hasher();
        h.write_u128(
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos())
                .unwrap_or(0),
        );
        h.finish()
    }

    pub(crate) fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A float in `[0, 1)`.
    pub(crate) fn next_f64(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// An id that starts with `prefix` (a letter) followed by 16 lowercase letters and digits,
    /// so it always satisfies the documented conversation-id format.
    pub(crate) fn id(&mut self, prefix: char) -> String {
        const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";
        let mut out = String::with_capacity(17);
        out.push(prefix);
        let mut v = self.next_u64();
        for i in 0..16 {
            if i == 12 {
                v = self.next_u64();
            }
            out.push(ALPHABET[(v % 36) as usize] as char);
            v /= 36;
        }
        out
    }
}
