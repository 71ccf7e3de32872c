//! RS256 JSON Web Tokens signed with a service account's private key (*ring*).
//!
//! A JWT is three base64url parts joined by dots: a header (`alg`, `typ`, `kid`), the claims,
//! and the RSASSA-PKCS1-v1_5 SHA-256 signature of the first two parts with their dot.

use base64::Engine as _;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use ring::rand::SystemRandom;
use ring::signature::{RSA_PKCS1_SHA256, RsaKeyPair};

/// A private key that signs JWTs, with the id Google gave it.
pub(super) struct Signer {
    key: RsaKeyPair,
    key_id: Option<String>,
    random: SystemRandom,
}

impl std::fmt::Debug for Signer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never the key.
        f.debug_struct("Signer")
            .field("key_id", &self.key_id)
            .finish_non_exhaustive()
    }
}

impl Signer {
    /// A signer from a PEM private key: PKCS#8 (`BEGIN PRIVATE KEY`, what Google's key files
    /// hold) or PKCS#1 (`BEGIN RSA PRIVATE KEY`). The error never quotes the key.
    pub(super) fn from_pem(pem: &str, key_id: Option<String>) -> Result<Signer, String> {
        let (label, der) = pem_block(pem)?;
        let key = match label {
            "PRIVATE KEY" => RsaKeyPair::from_pkcs8(&der),
            "RSA PRIVATE KEY" => RsaKeyPair::from_der(&der),
            other => {
                return Err(format!(
                    "expected a PEM \"PRIVATE KEY\" (PKCS#8) or \"RSA PRIVATE KEY\", got a PEM {other:?}"
                ));
            }
        }
        .map_err(|e| format!("the PEM block is not a usable RSA private key ({e})"))?;
        Ok(Signer {
            key,
            key_id,
            random: SystemRandom::new(),
        })
    }

    /// The signed JWT of `claims` (a JSON object).
    pub(super) fn sign(&self, claims: &serde_json::Value) -> Result<String, String> {
        let mut header = serde_json::json!({"alg": "RS256", "typ": "JWT"});
        if let Some(kid) = &self.key_id {
            header["kid"] = kid.as_str().into();
        }
        let mut jwt = URL_SAFE_NO_PAD.encode(header.to_string());
        jwt.push('.');
        jwt.push_str(&URL_SAFE_NO_PAD.encode(claims.to_string()));
        let mut signature = vec![0; self.key.public().modulus_len()];
        self.key
            .sign(
                &RSA_PKCS1_SHA256,
                &self.random,
                jwt.as_bytes(),
                &mut signature,
            )
            .map_err(|_| "signing the JWT failed".to_string())?;
        jwt.push('.');
        jwt.push_str(&URL_SAFE_NO_PAD.encode(signature));
        Ok(jwt)
    }
}

/// The label and decoded bytes of the first PEM block in `pem`.
fn pem_block(pem: &str) -> Result<(&str, Vec<u8>), String> {
    const BEGIN: &str = "-----BEGIN ";
    const DASHES: &str = "-----";
    let start = pem
        .find(BEGIN)
        .ok_or("expected a PEM block (\"-----BEGIN PRIVATE KEY-----\"), found none")?;
    let rest = &pem[start + BEGIN.len()..];
    let label_end = rest
        .find(DASHES)
        .ok_or("the PEM block's BEGIN line is not closed by \"-----\"")?;
    let label = &rest[..label_end];
    let body = &rest[label_end + DASHES.len()..];
    let end_line = format!("-----END {label}-----");
    let body_end = body
        .find(&end_line)
        .ok_or_else(|| format!("the PEM block has no {end_line:?} line"))?;
    // Base64 over several lines; some tools leave "\r" or spaces.
    let text: String = body[..body_end]
        .chars()
        .filter(|c| !c.is_ascii_whitespace())
        .collect();
    let der = STANDARD
        .decode(text.as_bytes())
        .map_err(|_| "the PEM block's body is not valid base64".to_string())?;
    if der.is_empty() {
        return Err("the PEM block is empty".to_string());
    }
    Ok((label, der))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pem_blocks() {
        let (label, der) = pem_block(
            "junk\n-----BEGIN PRIVATE KEY-----\nAAEC\r\nAw==\n-----END PRIVATE KEY-----\n",
        )
        .unwrap();
        assert_eq!(label, "PRIVATE KEY");
        assert_eq!(der, [0, 1, 2, 3]);
        for (pem, fragment) in [
            ("no pem here", "found none"),
            ("-----BEGIN PRIVATE KEY\nAAAA", "not closed"),
            ("-----BEGIN PRIVATE KEY-----\nAAAA\n", "END PRIVATE KEY"),
            (
                "-----BEGIN PRIVATE KEY-----\n!!!!\n-----END PRIVATE KEY-----",
                "base64",
            ),
            (
                "-----BEGIN PRIVATE KEY-----\n-----END PRIVATE KEY-----",
                "empty",
            ),
        ] {
            let err = pem_block(pem).unwrap_err();
            assert!(err.contains(fragment), "{pem:?}: {err}");
        }
    }

    #[test]
    fn keys_that_are_not_rsa_keys() {
        let err = Signer::from_pem(
            "-----BEGIN CERTIFICATE-----\nAAEC\n-----END CERTIFICATE-----",
            None,
        )
        .unwrap_err();
        assert!(err.contains("CERTIFICATE"), "{err}");
        let err = Signer::from_pem(
            "-----BEGIN PRIVATE KEY-----\nAAECAw==\n-----END PRIVATE KEY-----",
            None,
        )
        .unwrap_err();
        assert!(err.contains("not a usable RSA private key"), "{err}");
        assert!(!err.contains("AAECAw"), "{err}");
    }
}
