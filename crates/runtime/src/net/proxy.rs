//! Reaching the endpoint through an HTTP proxy: which proxy (`HTTPS_PROXY`, `NO_PROXY`...), and
//! the `CONNECT` tunnel through it.

use std::io;

use base64::Engine as _;
use http::Uri;
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::TcpStream;

use super::host_port;
use crate::config::ProxyMode;
use crate::{Code, Error, ErrorKind};

/// An HTTP proxy reached with `CONNECT`.
#[derive(Clone, PartialEq, Eq)]
pub(super) struct Proxy {
    pub(super) host: String,
    pub(super) port: u16,
    /// `Basic ...` from the proxy URL's user info.
    authorization: Option<String>,
}

impl std::fmt::Debug for Proxy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Proxy")
            .field("host", &self.host)
            .field("port", &self.port)
            .field(
                "authorization",
                &self.authorization.as_ref().map(|_| "<redacted>"),
            )
            .finish()
    }
}

/// Opens an HTTP `CONNECT` tunnel to `host:port` through `proxy` on `tcp`.
pub(super) async fn tunnel(
    tcp: &mut TcpStream,
    proxy: &Proxy,
    host: &str,
    port: u16,
) -> Result<(), Error> {
    let target = if host.contains(':') {
        format!("[{host}]:{port}")
    } else {
        format!("{host}:{port}")
    };
    let mut request = format!("CONNECT {target} HTTP/1.1\r\nHost: {target}\r\n");
    if let Some(auth) = &proxy.authorization {
        request.push_str(&format!("Proxy-Authorization: {auth}\r\n"));
    }
    request.push_str("\r\n");
    let io_err = |e: io::Error| {
        Error::with_cause(
            Code::Unavailable,
            ErrorKind::Connect,
            format!(
                "the proxy {}:{} tunnel to {target} failed",
                proxy.host, proxy.port
            ),
            e,
        )
    };
    tcp.write_all(request.as_bytes()).await.map_err(io_err)?;
    // Read the response head one byte at a time: the bytes after it belong to the server.
    let mut head = Vec::with_capacity(128);
    while !head.ends_with(b"\r\n\r\n") {
        if head.len() >= 8192 {
            return Err(Error::local(
                Code::Unavailable,
                ErrorKind::Connect,
                format!(
                    "the proxy {}:{} sent an over-long response to CONNECT",
                    proxy.host, proxy.port
                ),
            ));
        }
        let byte = tcp.read_u8().await.map_err(io_err)?;
        head.push(byte);
    }
    let status_line = String::from_utf8_lossy(head.split(|b| *b == b'\n').next().unwrap_or(&[]))
        .trim()
        .to_owned();
    let status = status_line.split_whitespace().nth(1);
    if status.is_some_and(|s| s.starts_with('2')) && status_line.starts_with("HTTP/1.") {
        Ok(())
    } else {
        Err(Error::local(
            Code::Unavailable,
            ErrorKind::Connect,
            format!(
                "the proxy {}:{} refused to tunnel to {target}: {status_line}",
                proxy.host, proxy.port
            ),
        ))
    }
}

/// The proxy to use for `endpoint`, if any.
pub(super) fn resolve_proxy(
    mode: &ProxyMode,
    endpoint: &Uri,
    env: impl Fn(&str) -> Option<String>,
) -> Result<Option<Proxy>, Error> {
    let url = match mode {
        ProxyMode::None => return Ok(None),
        ProxyMode::Url(url) => url.clone(),
        ProxyMode::FromEnv => {
            let names: &[&str] = if endpoint.scheme_str() == Some("http") {
                &["http_proxy", "HTTP_PROXY", "all_proxy", "ALL_PROXY"]
            } else {
                &["https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"]
            };
            let Some(url) = names
                .iter()
                .find_map(|n| env(n))
                .filter(|u| !u.trim().is_empty())
            else {
                return Ok(None);
            };
            let no_proxy = env("no_proxy")
                .or_else(|| env("NO_PROXY"))
                .unwrap_or_default();
            let (host, port) = host_port(endpoint)?;
            if no_proxy_matches(&no_proxy, &host, port) {
                return Ok(None);
            }
            url
        }
    };
    parse_proxy_url(url.trim()).map(Some)
}

fn parse_proxy_url(url: &str) -> Result<Proxy, Error> {
    let bad = |why: &str| {
        Error::local(
            Code::InvalidArgument,
            ErrorKind::Config,
            format!("proxy URL {:?}: {why}", redact_userinfo(url)),
        )
    };
    let with_scheme = if url.contains("://") {
        url.to_owned()
    } else {
        format!("http://{url}")
    };
    let (scheme, rest) = with_scheme
        .split_once("://")
        .ok_or_else(|| bad("no scheme"))?;
    if !scheme.eq_ignore_ascii_case("http") {
        return Err(bad("only http:// proxies (HTTP CONNECT) are supported"));
    }
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let (userinfo, hostport) = match authority.rsplit_once('@') {
        Some((user, host)) => (Some(user), host),
        None => (None, authority),
    };
    let uri: Uri = format!("http://{hostport}")
        .parse()
        .map_err(|_| bad("not a valid host and port"))?;
    let host = uri
        .host()
        .filter(|h| !h.is_empty())
        .ok_or_else(|| bad("no host"))?;
    let host = host
        .trim_start_matches('[')
        .trim_end_matches(']')
        .to_owned();
    let port = uri.port_u16().unwrap_or(80);
    let authorization = userinfo.map(|user| {
        let decoded = percent_decode(user);
        format!(
            "Basic {}",
            base64::engine::general_purpose::STANDARD.encode(decoded.as_bytes())
        )
    });
    Ok(Proxy {
        host,
        port,
        authorization,
    })
}

fn redact_userinfo(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(s), Some(at)) if at > s => format!("{}<redacted>{}", &url[..s + 3], &url[at..]),
        (None, Some(at)) => format!("<redacted>{}", &url[at..]),
        _ => url.to_owned(),
    }
}

fn percent_decode(text: &str) -> String {
    fn hex(b: u8) -> Option<u8> {
        (b as char).to_digit(16).map(|d| d as u8)
    }
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let (Some(hi), Some(lo)) = (hex(bytes[i + 1]), hex(bytes[i + 2]))
        {
            out.push(hi << 4 | lo);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Whether `NO_PROXY` exempts `host:port`: `*` exempts everything; an entry exempts the host
/// itself and, for names, its subdomains (a leading `.` or `*.` is ignored); an entry with a
/// port only exempts that port.
pub fn no_proxy_matches(no_proxy: &str, host: &str, port: u16) -> bool {
    let host = host.to_ascii_lowercase();
    no_proxy
        .split([',', ' '])
        .map(str::trim)
        .filter(|e| !e.is_empty())
        .any(|entry| {
            if entry == "*" {
                return true;
            }
            let entry = entry.to_ascii_lowercase();
            let (name, entry_port) = match entry.rsplit_once(':') {
                Some((n, p)) if !n.contains(':') || n.ends_with(']') => match p.parse::<u16>() {
                    Ok(p) => (n.to_owned(), Some(p)),
                    Err(_) => (entry.clone(), None),
                },
                _ => (entry.clone(), None),
            };
            if entry_port.is_some_and(|p| p != port) {
                return false;
            }
            let name = name.trim_start_matches("*.").trim_start_matches('.');
            let name = name.trim_start_matches('[').trim_end_matches(']');
            host == name || host.ends_with(&format!(".{name}"))
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use http::Uri;

    #[test]
    fn no_proxy_rules() {
        assert!(no_proxy_matches("*", "dialogflow.googleapis.com", 443));
        assert!(no_proxy_matches(
            "localhost,.googleapis.com",
            "dialogflow.googleapis.com",
            443
        ));
        assert!(no_proxy_matches(
            "googleapis.com",
            "dialogflow.googleapis.com",
            443
        ));
        assert!(no_proxy_matches(
            "*.googleapis.com",
            "dialogflow.googleapis.com",
            443
        ));
        assert!(!no_proxy_matches(
            "apis.com",
            "dialogflow.googleapis.com",
            443
        ));
        assert!(no_proxy_matches("127.0.0.1", "127.0.0.1", 8080));
        assert!(no_proxy_matches("127.0.0.1:8080", "127.0.0.1", 8080));
        assert!(!no_proxy_matches("127.0.0.1:9090", "127.0.0.1", 8080));
        assert!(no_proxy_matches("[::1]", "::1", 8080));
        assert!(!no_proxy_matches("", "localhost", 1));
    }

    #[test]
    fn proxy_from_env() {
        let endpoint: Uri = "https://dialogflow.googleapis.com".parse().unwrap();
        let env = |vars: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                vars.iter()
                    .find(|(k, _)| *k == name)
                    .map(|(_, v)| v.to_string())
            }
        };
        let proxy = resolve_proxy(
            &ProxyMode::FromEnv,
            &endpoint,
            env(&[("HTTPS_PROXY", "http://u%40x:p@proxy:3128")]),
        )
        .unwrap()
        .unwrap();
        assert_eq!((proxy.host.as_str(), proxy.port), ("proxy", 3128));
        assert_eq!(
            proxy.authorization.as_deref(),
            Some(
                format!(
                    "Basic {}",
                    base64::engine::general_purpose::STANDARD.encode("u@x:p")
                )
                .as_str()
            )
        );
        assert!(!format!("{proxy:?}").contains("Basic"));
        let none = resolve_proxy(
            &ProxyMode::FromEnv,
            &endpoint,
            env(&[
                ("HTTPS_PROXY", "proxy:3128"),
                ("NO_PROXY", "googleapis.com"),
            ]),
        )
        .unwrap();
        assert!(none.is_none());
        // An http:// endpoint uses HTTP_PROXY, not HTTPS_PROXY.
        let local: Uri = "http://127.0.0.1:1".parse().unwrap();
        assert!(
            resolve_proxy(
                &ProxyMode::FromEnv,
                &local,
                env(&[("HTTPS_PROXY", "proxy:1")])
            )
            .unwrap()
            .is_none()
        );
        assert!(
            resolve_proxy(
                &ProxyMode::None,
                &endpoint,
                env(&[("HTTPS_PROXY", "proxy:1")])
            )
            .unwrap()
            .is_none()
        );
        let err = resolve_proxy(
            &ProxyMode::Url("socks5://user:secret@h:1".into()),
            &endpoint,
            env(&[]),
        )
        .unwrap_err();
        assert!(!err.to_string().contains("secret"), "{err}");
    }
}
