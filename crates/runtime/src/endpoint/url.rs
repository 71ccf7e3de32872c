//! Parsing an endpoint (`host`, `host:port`, `http(s)://host[:port]`) into an [`Endpoint`].

use std::net::IpAddr;

use crate::config_error::ConfigError;

/// A parsed endpoint: scheme, host and port.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoint {
    plaintext: bool,
    host: String,
    port: u16,
}

impl Endpoint {
    /// Parses `host`, `host:port`, `[v6]:port`, `https://host[:port]` or `http://host[:port]`.
    ///
    /// Without a scheme, TLS on port 443 is assumed; `http://` defaults to port 80.
    pub fn parse(s: &str) -> Result<Self, ConfigError> {
        let bad = |reason: &str| ConfigError::InvalidEndpoint {
            endpoint: s.to_string(),
            reason: reason.to_string(),
        };
        let (plaintext, rest) = if let Some(r) = s.strip_prefix("https://") {
            (false, r)
        } else if let Some(r) = s.strip_prefix("http://") {
            (true, r)
        } else if s.contains("://") {
            return Err(bad("the scheme must be http or https"));
        } else {
            (false, s)
        };
        let rest = rest.strip_suffix('/').unwrap_or(rest);
        if rest.contains('/') || rest.contains('?') || rest.contains('#') || rest.contains('@') {
            return Err(bad("an endpoint has no path, query or user part"));
        }
        let default_port = if plaintext { 80 } else { 443 };
        let (host, port) = if let Some(v6) = rest.strip_prefix('[') {
            let (h, after) = v6.split_once(']').ok_or_else(|| bad("unclosed '['"))?;
            let port = match after {
                "" => default_port,
                p => parse_port(p.strip_prefix(':').ok_or_else(|| bad("junk after ']'"))?)
                    .ok_or_else(|| bad("the port is not a number in 1..=65535"))?,
            };
            (h.to_string(), port)
        } else {
            match rest.rsplit_once(':') {
                Some((h, p)) if !h.contains(':') => (
                    h.to_string(),
                    parse_port(p).ok_or_else(|| bad("the port is not a number in 1..=65535"))?,
                ),
                Some(_) => (rest.to_string(), default_port),
                None => (rest.to_string(), default_port),
            }
        };
        if host.is_empty() {
            return Err(bad("the host is empty"));
        }
        if host.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(bad("the host contains whitespace"));
        }
        Ok(Endpoint {
            plaintext,
            host,
            port,
        })
    }

    /// The host (without brackets for IPv6).
    pub fn host(&self) -> &str {
        &self.host
    }

    /// The port.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// Whether the endpoint was given as `http://` (no TLS).
    pub fn is_plaintext(&self) -> bool {
        self.plaintext
    }

    /// The URL the transports use: `https://host:port` or `http://host:port`.
    pub fn url(&self) -> String {
        let scheme = if self.plaintext { "http" } else { "https" };
        if self.host.contains(':') {
            format!("{scheme}://[{}]:{}", self.host, self.port)
        } else {
            format!("{scheme}://{}:{}", self.host, self.port)
        }
    }

    /// Whether the host is `localhost` or a loopback IP address.
    pub fn is_loopback(&self) -> bool {
        is_loopback_host(&self.host)
    }
}

/// A port number in `1..=65535`, or `None`.
pub(super) fn parse_port(p: &str) -> Option<u16> {
    p.parse::<u16>().ok().filter(|&p| p != 0)
}

/// Whether `host` is `localhost` (or a name under `.localhost`) or a loopback IP address.
pub fn is_loopback_host(host: &str) -> bool {
    let h = host.trim_start_matches('[').trim_end_matches(']');
    let lower = h.to_ascii_lowercase();
    if lower == "localhost" || lower.ends_with(".localhost") {
        return true;
    }
    h.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback())
}
