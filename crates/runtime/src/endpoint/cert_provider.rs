//! The certificate provider command of a context-aware metadata file: running
//! it and taking the certificate and key out of what it prints.

use std::path::Path;

use super::ClientIdentity;
use super::client_cert::read_file;
use crate::config_error::ConfigError;

/// Runs the `cert_provider_command` of a context-aware metadata file.
pub(super) fn run_cert_provider(metadata: &Path) -> Result<ClientIdentity, ConfigError> {
    let err = |m: String| ConfigError::cert(m, Some(metadata.to_path_buf()));
    let text = read_file(metadata, "context-aware metadata")?;
    let json: serde_json::Value = serde_json::from_slice(&text)
        .map_err(|e| err(format!("{} is not valid JSON: {e}", metadata.display())))?;
    let command: Vec<String> = match json.get("cert_provider_command") {
        Some(serde_json::Value::Array(items)) if !items.is_empty() => items
            .iter()
            .map(|v| v.as_str().map(str::to_string))
            .collect::<Option<_>>()
            .ok_or_else(|| {
                err(format!(
                    "\"cert_provider_command\" in {} must be a list of strings",
                    metadata.display()
                ))
            })?,
        _ => {
            return Err(err(format!(
                "{} has no \"cert_provider_command\" list",
                metadata.display()
            )));
        }
    };
    let output = std::process::Command::new(&command[0])
        .args(&command[1..])
        .stdin(std::process::Stdio::null())
        .output()
        .map_err(|e| {
            err(format!(
                "cannot run the cert provider command {:?}: {e}",
                command[0]
            ))
        })?;
    if !output.status.success() {
        return Err(err(format!(
            "the cert provider command {:?} failed with {}: {}",
            command[0],
            output.status,
            String::from_utf8_lossy(&output.stderr).trim()
        )));
    }
    parse_cert_provider_output(&output.stdout).map_err(err)
}

/// Takes the certificate chain and the private key out of a cert provider's output.
///
/// The certificate is everything from the first `BEGIN CERTIFICATE` line to
/// the end of the last `END CERTIFICATE` line (a chain stays whole); the key is
/// the `BEGIN ... PRIVATE KEY` block. Encrypted keys are refused.
pub fn parse_cert_provider_output(out: &[u8]) -> Result<ClientIdentity, String> {
    let text = std::str::from_utf8(out)
        .map_err(|_| "the cert provider command printed something that is not UTF-8".to_string())?;
    let cert = pem_span(
        text,
        "-----BEGIN CERTIFICATE-----",
        "-----END CERTIFICATE-----",
    )
    .ok_or("the cert provider command printed no PEM certificate")?;
    let key =
        private_key_span(text).ok_or("the cert provider command printed no PEM private key")?;
    if key.contains("ENCRYPTED") {
        return Err(
            "the cert provider command printed an encrypted private key, which is not supported"
                .to_string(),
        );
    }
    Ok(ClientIdentity::from_pem(cert.as_bytes(), key.as_bytes()))
}

/// From the first `begin` to the end of the last `end` (with its line ending).
fn pem_span<'a>(text: &'a str, begin: &str, end: &str) -> Option<&'a str> {
    let start = text.find(begin)?;
    let last_end = text.rfind(end)?;
    if last_end < start {
        return None;
    }
    Some(&text[start..line_end(text, last_end + end.len())])
}

fn line_end(text: &str, mut i: usize) -> usize {
    let b = text.as_bytes();
    if i < b.len() && b[i] == b'\r' {
        i += 1;
    }
    if i < b.len() && b[i] == b'\n' {
        i += 1;
    }
    i
}

/// `-----BEGIN [A-Z ]*PRIVATE KEY-----` to the matching last END line.
fn private_key_span(text: &str) -> Option<&str> {
    let is_label = |s: &str| s.bytes().all(|c| c.is_ascii_uppercase() || c == b' ');
    let mut start = None;
    for (i, _) in text.match_indices("-----BEGIN ") {
        let rest = &text[i + "-----BEGIN ".len()..];
        if let Some(p) = rest.find("PRIVATE KEY-----")
            && is_label(&rest[..p])
        {
            start = Some(i);
            break;
        }
    }
    let start = start?;
    let mut last = None;
    for (i, _) in text[start..].match_indices("-----END ") {
        let at = start + i;
        let rest = &text[at + "-----END ".len()..];
        if let Some(p) = rest.find("PRIVATE KEY-----")
            && is_label(&rest[..p])
        {
            last = Some(at + "-----END ".len() + p + "PRIVATE KEY-----".len());
        }
    }
    Some(&text[start..line_end(text, last?)])
}
