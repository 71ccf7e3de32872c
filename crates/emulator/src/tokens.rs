//! Opaque, tamper-evident page tokens.
//!
//! A token carries the position to resume from (the creation sequence of the last item
//! returned) and a fingerprint of the query it belongs to (collection and filter), sealed
//! with a keyed hash under a per-instance secret. A token that was edited, comes from another
//! emulator instance, or is replayed with a different filter is refused with INVALID_ARGUMENT.

use std::hash::{Hash, Hasher};

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

use crate::error::ApiError;

fn keyed(secret: u64, parts: &[&[u8]]) -> u64 {
    // SipHash-1-3 keyed by hashing the secret first, then the message; twice with different
    // domain tags to get 128 bits of tag.
    let mut out = 0u64;
    for tag in [0x5a5a_u16, 0xa5a5] {
        let mut h = std::hash::DefaultHasher::new();
        secret.hash(&mut h);
        tag.hash(&mut h);
        for p in parts {
            p.hash(&mut h);
        }
        out ^= h.finish().rotate_left(u32::from(tag & 31));
    }
    out
}

/// Fingerprint of the query a token belongs to.
pub(crate) fn query_fingerprint(collection: &str, filter: &str) -> u64 {
    let mut h = std::hash::DefaultHasher::new();
    collection.hash(&mut h);
    filter.trim().hash(&mut h);
    h.finish()
}

/// Seals `position` for the query identified by `fingerprint`.
pub(crate) fn encode(secret: u64, fingerprint: u64, position: u64) -> String {
    let mut bytes = Vec::with_capacity(25);
    bytes.push(1u8);
    bytes.extend_from_slice(&position.to_be_bytes());
    bytes.extend_from_slice(&fingerprint.to_be_bytes());
    let mac = keyed(secret, &[&bytes]);
    bytes.extend_from_slice(&mac.to_be_bytes());
    URL_SAFE_NO_PAD.encode(bytes)
}

/// Opens a token; `None` for an empty token (the first page).
pub(crate) fn decode(secret: u64, fingerprint: u64, token: &str) -> Result<Option<u64>, ApiError> {
    if token.is_empty() {
        return Ok(None);
    }
    let bad = |why: &str| ApiError::invalid("page_token", why.to_string());
    let bytes = URL_SAFE_NO_PAD
        .decode(token.trim_end_matches('='))
        .map_err(|_| bad("is not a page token this emulator issued"))?;
    if bytes.len() != 25 || bytes[0] != 1 {
        return Err(bad("is not a page token this emulator issued"));
    }
    let mac = u64::from_be_bytes(bytes[17..25].try_into().unwrap_or_default());
    if keyed(secret, &[&bytes[..17]]) != mac {
        return Err(bad(
            "was altered or was issued by another emulator instance",
        ));
    }
    let token_fp = u64::from_be_bytes(bytes[9..17].try_into().unwrap_or_default());
    if token_fp != fingerprint {
        return Err(bad(
            "belongs to a different query: parent and filter must match the request that returned it",
        ));
    }
    Ok(Some(u64::from_be_bytes(
        bytes[1..9].try_into().unwrap_or_default(),
    )))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_tamper() {
        let fp = query_fingerprint("projects/p", "");
        let t = encode(7, fp, 42);
        assert_eq!(decode(7, fp, &t).unwrap(), Some(42));
        assert!(decode(8, fp, &t).is_err());
        assert!(decode(7, fp ^ 1, &t).is_err());
        let mut raw = URL_SAFE_NO_PAD.decode(&t).unwrap();
        raw[3] ^= 1;
        assert!(decode(7, fp, &URL_SAFE_NO_PAD.encode(raw)).is_err());
        assert!(decode(7, fp, "garbage!").is_err());
        assert_eq!(decode(7, fp, "").unwrap(), None);
    }
}
