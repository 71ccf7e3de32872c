//! Is there a metadata server? A short, bounded check made when a client is built.
//!
//! Application Default Credentials end at the metadata server of Compute Engine, GKE,
//! Cloud Run and the like when neither `GOOGLE_APPLICATION_CREDENTIALS` nor gcloud's file
//! names credentials. Off Google Cloud there is no such server, and a token request to it
//! fails only after DNS and connection timeouts, which the retry layers then repeat. Like
//! Google's Python library (`google.auth.compute_engine._metadata.ping`), the client asks
//! the server once, with a short time limit, before it trusts it: an HTTP `GET /` with the
//! header `Metadata-Flavor: Google`, whose answer must carry the same header.
//!
//! The address is `GCE_METADATA_HOST` when set (as for the token requests), else
//! `metadata.google.internal` on port 80.

use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::time::Instant;

use crate::endpoint::Environment;

/// The variable that moves the metadata server (for the probe and the token requests alike).
pub const METADATA_HOST_ENV: &str = "GCE_METADATA_HOST";
/// The metadata server's host name on Google Cloud.
pub const DEFAULT_METADATA_HOST: &str = "metadata.google.internal";

/// How long the whole check may take, all attempts included (Python's default is 3 s too).
const BUDGET: Duration = Duration::from_secs(3);
/// Attempts within the budget (a refused connection is retried after a short pause, as a
/// metadata server may still be starting).
const ATTEMPTS: u32 = 3;
const PAUSE: Duration = Duration::from_millis(150);
/// The largest response head read.
const MAX_HEAD: usize = 8 * 1024;

/// Where the metadata server is: `GCE_METADATA_HOST` if set and not empty, else
/// `metadata.google.internal`.
pub fn metadata_host(env: &dyn Environment) -> String {
    env.var(METADATA_HOST_ENV)
        .filter(|h| !h.trim().is_empty())
        .map(|h| h.trim().to_string())
        .unwrap_or_else(|| DEFAULT_METADATA_HOST.to_string())
}

/// A description of the server's address for messages: the host, and where it came from.
pub fn describe_host(env: &dyn Environment) -> String {
    let host = metadata_host(env);
    if env
        .var(METADATA_HOST_ENV)
        .is_some_and(|h| !h.trim().is_empty())
    {
        format!("{host} (from {METADATA_HOST_ENV})")
    } else {
        host
    }
}

/// Checks that a metadata server answers at `host` (`host` or `host:port`, port 80 by
/// default) within a few seconds. The error says what happened, without the host.
pub async fn probe(host: &str) -> Result<(), String> {
    let target = with_port(host);
    let deadline = Instant::now() + BUDGET;
    let mut last = String::new();
    for attempt in 1..=ATTEMPTS {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            break;
        }
        match tokio::time::timeout(left, ask(&target)).await {
            Ok(Ok(())) => return Ok(()),
            // It answered, but not as a metadata server: asking again will not change that.
            Ok(Err(Failure::NotMetadata(why))) => return Err(why),
            Ok(Err(Failure::Unreachable(why))) => last = why,
            Err(_) => {
                last = format!("no answer within {} s", BUDGET.as_secs());
                break;
            }
        }
        if attempt < ATTEMPTS {
            tokio::time::sleep(PAUSE.min(deadline.saturating_duration_since(Instant::now()))).await;
        }
    }
    Err(last)
}

enum Failure {
    Unreachable(String),
    NotMetadata(String),
}

/// `host:port`, with `:80` added when no port is given (IPv6 addresses get brackets).
fn with_port(host: &str) -> String {
    if host.starts_with('[') {
        return if host.contains("]:") {
            host.to_string()
        } else {
            format!("{host}:80")
        };
    }
    match host.rsplit_once(':') {
        Some((h, p)) if !h.contains(':') && p.parse::<u16>().is_ok() => host.to_string(),
        Some(_) => format!("[{host}]:80"),
        None => format!("{host}:80"),
    }
}

async fn ask(target: &str) -> Result<(), Failure> {
    let unreachable = |what: &str, e: std::io::Error| Failure::Unreachable(format!("{what}: {e}"));
    let addrs: Vec<_> = tokio::net::lookup_host(target)
        .await
        .map_err(|e| unreachable("cannot resolve the host", e))?
        .collect();
    let mut stream = None;
    let mut last_error = None;
    for addr in addrs {
        match TcpStream::connect(addr).await {
            Ok(s) => {
                stream = Some(s);
                break;
            }
            Err(e) => last_error = Some(e),
        }
    }
    let mut stream = match (stream, last_error) {
        (Some(s), _) => s,
        (None, Some(e)) => return Err(unreachable("cannot connect", e)),
        (None, None) => {
            return Err(Failure::Unreachable(
                "the host name resolves to no address".to_string(),
            ));
        }
    };
    let host_header = target.strip_suffix(":80").unwrap_or(target);
    let request = format!(
        "GET / HTTP/1.1\r\nHost: {host_header}\r\nMetadata-Flavor: Google\r\nConnection: close\r\n\r\n"
    );
    stream
        .write_all(request.as_bytes())
        .await
        .map_err(|e| unreachable("cannot send the request", e))?;
    let mut head = Vec::with_capacity(1024);
    let mut buf = [0u8; 1024];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") && head.len() < MAX_HEAD {
        let n = stream
            .read(&mut buf)
            .await
            .map_err(|e| unreachable("cannot read the answer", e))?;
        if n == 0 {
            break;
        }
        head.extend_from_slice(&buf[..n]);
    }
    check_head(&head).map_err(Failure::NotMetadata)
}

/// The answer must be HTTP and carry `Metadata-Flavor: Google`.
fn check_head(head: &[u8]) -> Result<(), String> {
    let text = String::from_utf8_lossy(head);
    let mut lines = text.split("\r\n");
    let status = lines.next().unwrap_or_default();
    if !status.starts_with("HTTP/1.") {
        return Err(format!(
            "something answered, but not with HTTP (got {:?})",
            status.chars().take(40).collect::<String>()
        ));
    }
    let flavored = lines
        .take_while(|l| !l.is_empty())
        .filter_map(|l| l.split_once(':'))
        .any(|(name, value)| {
            name.trim().eq_ignore_ascii_case("metadata-flavor")
                && value.trim().eq_ignore_ascii_case("google")
        });
    if flavored {
        Ok(())
    } else {
        Err(format!(
            "an HTTP server answered ({}) without the header Metadata-Flavor: Google, so it is not a metadata server",
            status.trim()
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::endpoint::EnvMap;

    #[test]
    fn host_and_port() {
        assert_eq!(
            with_port("metadata.google.internal"),
            "metadata.google.internal:80"
        );
        assert_eq!(with_port("127.0.0.1:1"), "127.0.0.1:1");
        assert_eq!(with_port("[::1]:8080"), "[::1]:8080");
        assert_eq!(with_port("[::1]"), "[::1]:80");
        assert_eq!(with_port("::1"), "[::1]:80");
    }

    #[test]
    fn host_from_the_environment() {
        assert_eq!(metadata_host(&EnvMap::new()), DEFAULT_METADATA_HOST);
        assert_eq!(describe_host(&EnvMap::new()), DEFAULT_METADATA_HOST);
        let env = EnvMap::new().with(METADATA_HOST_ENV, "127.0.0.1:1");
        assert_eq!(metadata_host(&env), "127.0.0.1:1");
        assert_eq!(describe_host(&env), "127.0.0.1:1 (from GCE_METADATA_HOST)");
        let blank = EnvMap::new().with(METADATA_HOST_ENV, " ");
        assert_eq!(metadata_host(&blank), DEFAULT_METADATA_HOST);
    }

    #[test]
    fn answer_heads() {
        assert!(check_head(b"HTTP/1.1 200 OK\r\nMetadata-Flavor: Google\r\n\r\n").is_ok());
        assert!(check_head(b"HTTP/1.0 200 OK\r\nmetadata-flavor:google\r\n\r\n").is_ok());
        let plain = check_head(b"HTTP/1.1 200 OK\r\nServer: x\r\n\r\n").unwrap_err();
        assert!(plain.contains("Metadata-Flavor"), "{plain}");
        let garbage = check_head(b"SSH-2.0-OpenSSH\r\n").unwrap_err();
        assert!(garbage.contains("not with HTTP"), "{garbage}");
        // The header after the head's end does not count.
        assert!(check_head(b"HTTP/1.1 200 OK\r\n\r\nMetadata-Flavor: Google\r\n").is_err());
    }
}
