//! The connection layer both wires share: TCP, an optional HTTP `CONNECT` tunnel through a
//! proxy, and TLS with rustls (*ring*). It is a `tower` service from a URI to a connection;
//! `pool` keeps what it makes.

use std::future::Future;
use std::io;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use base64::Engine as _;
use http::Uri;
use hyper_util::rt::TokioIo;
use rustls::pki_types::pem::PemObject as _;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, ServerName};
use tokio::io::{AsyncRead, AsyncReadExt as _, AsyncWrite, AsyncWriteExt as _, ReadBuf};
use tokio::net::TcpStream;
use tokio_rustls::client::TlsStream;

use crate::config::{Identity, ProxyMode, RootCerts, TlsConfig, TlsMode, TransportConfig};
use crate::{Code, Error, ErrorKind};

/// ALPN protocols offered by gRPC (HTTP/2 only).
#[cfg(feature = "grpc")]
pub(crate) const ALPN_GRPC: &[&[u8]] = &[b"h2"];
/// ALPN protocols offered by REST (HTTP/2, then HTTP/1.1).
#[cfg(feature = "rest")]
pub(crate) const ALPN_REST: &[&[u8]] = &[b"h2", b"http/1.1"];

/// Makes connections to one endpoint; cheap to clone (shared state behind an `Arc`).
#[derive(Clone, Debug)]
pub(crate) struct Connector {
    inner: Arc<ConnectorInner>,
}

struct ConnectorInner {
    tls: Option<TlsSetup>,
    proxy: Option<Proxy>,
    connect_timeout: Option<Duration>,
}

impl std::fmt::Debug for ConnectorInner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Connector")
            .field("tls", &self.tls.is_some())
            .field(
                "proxy",
                &self
                    .proxy
                    .as_ref()
                    .map(|p| format!("{}:{}", p.host, p.port)),
            )
            .field("connect_timeout", &self.connect_timeout)
            .finish()
    }
}

struct TlsSetup {
    connector: tokio_rustls::TlsConnector,
    server_name: Option<ServerName<'static>>,
}

/// An HTTP proxy reached with `CONNECT`.
#[derive(Clone, PartialEq, Eq)]
pub(crate) struct Proxy {
    pub(crate) host: String,
    pub(crate) port: u16,
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

impl Connector {
    /// A connector for `config`'s endpoint, offering `alpn` in the TLS handshake.
    pub(crate) fn new(
        config: &TransportConfig,
        endpoint: &Uri,
        alpn: &[&[u8]],
    ) -> Result<Connector, Error> {
        let tls = match &config.tls {
            TlsMode::Plaintext => None,
            TlsMode::Tls(tls) => Some(tls_setup(tls, alpn)?),
        };
        let proxy = resolve_proxy(&config.proxy, endpoint, |name| std::env::var(name).ok())?;
        Ok(Connector {
            inner: Arc::new(ConnectorInner {
                tls,
                proxy,
                connect_timeout: config.connect_timeout,
            }),
        })
    }

    /// Whether connections are made with TLS (and so ALPN may choose HTTP/2).
    pub(crate) fn is_tls(&self) -> bool {
        self.inner.tls.is_some()
    }
}

impl tower_service::Service<Uri> for Connector {
    type Response = Conn;
    type Error = Error;
    type Future = Pin<Box<dyn Future<Output = Result<Conn, Error>> + Send>>;

    fn poll_ready(&mut self, _cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, uri: Uri) -> Self::Future {
        let inner = self.inner.clone();
        Box::pin(async move {
            match inner.connect_timeout {
                Some(limit) => tokio::time::timeout(limit, inner.connect(&uri))
                    .await
                    .unwrap_or_else(|_| {
                        Err(Error::local(
                            Code::Unavailable,
                            ErrorKind::Connect,
                            format!(
                                "connecting to {} took longer than {limit:?}",
                                authority(&uri)
                            ),
                        ))
                    }),
                None => inner.connect(&uri).await,
            }
        })
    }
}

fn authority(uri: &Uri) -> String {
    uri.authority().map(|a| a.to_string()).unwrap_or_default()
}

/// The host (without IPv6 brackets) and port a URI names.
fn host_port(uri: &Uri) -> Result<(String, u16), Error> {
    let host = uri.host().filter(|h| !h.is_empty()).ok_or_else(|| {
        Error::local(
            Code::InvalidArgument,
            ErrorKind::Config,
            format!("the endpoint {uri} has no host"),
        )
    })?;
    let host = host
        .trim_start_matches('[')
        .trim_end_matches(']')
        .to_owned();
    let port = uri
        .port_u16()
        .unwrap_or(if uri.scheme_str() == Some("http") {
            80
        } else {
            443
        });
    Ok((host, port))
}

impl ConnectorInner {
    async fn connect(&self, uri: &Uri) -> Result<Conn, Error> {
        let (host, port) = host_port(uri)?;
        let mut tcp = match &self.proxy {
            Some(proxy) => {
                let mut tcp = tcp_connect(&proxy.host, proxy.port, "the proxy ").await?;
                tunnel(&mut tcp, proxy, &host, port).await?;
                tcp
            }
            None => tcp_connect(&host, port, "").await?,
        };
        tcp.flush().await.ok();
        let Some(tls) = &self.tls else {
            return Ok(Conn {
                io: TokioIo::new(Stream::Plain(tcp)),
                h2: false,
            });
        };
        let server_name = match &tls.server_name {
            Some(name) => name.clone(),
            None => ServerName::try_from(host.clone()).map_err(|e| {
                Error::with_cause(
                    Code::InvalidArgument,
                    ErrorKind::Tls,
                    format!("{host:?} is not a valid TLS server name"),
                    e,
                )
            })?,
        };
        let stream = tls.connector.connect(server_name, tcp).await.map_err(|e| {
            Error::with_cause(
                Code::Unavailable,
                ErrorKind::Tls,
                format!("TLS handshake with {host}:{port} failed"),
                e,
            )
        })?;
        let h2 = stream.get_ref().1.alpn_protocol() == Some(b"h2");
        Ok(Conn {
            io: TokioIo::new(Stream::Tls(Box::new(stream))),
            h2,
        })
    }
}

async fn tcp_connect(host: &str, port: u16, what: &str) -> Result<TcpStream, Error> {
    let tcp = TcpStream::connect((host, port)).await.map_err(|e| {
        Error::with_cause(
            Code::Unavailable,
            ErrorKind::Connect,
            format!("cannot connect to {what}{host}:{port}"),
            e,
        )
    })?;
    // Small writes (headers, then body) must not wait for delayed ACKs.
    tcp.set_nodelay(true).ok();
    Ok(tcp)
}

/// Opens an HTTP `CONNECT` tunnel to `host:port` through `proxy` on `tcp`.
async fn tunnel(tcp: &mut TcpStream, proxy: &Proxy, host: &str, port: u16) -> Result<(), Error> {
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
pub(crate) fn resolve_proxy(
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
pub(crate) fn no_proxy_matches(no_proxy: &str, host: &str, port: u16) -> bool {
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

/// Builds the rustls client configuration.
pub(crate) fn tls_client_config(
    tls: &TlsConfig,
    alpn: &[&[u8]],
) -> Result<rustls::ClientConfig, Error> {
    let config_err = |what: String| Error::local(Code::InvalidArgument, ErrorKind::Config, what);
    let mut roots = rustls::RootCertStore::empty();
    let pem = match &tls.roots {
        RootCerts::WebPki => None,
        RootCerts::Pem(pem) => Some(pem),
        RootCerts::WebPkiAndPem(pem) => Some(pem),
    };
    if matches!(tls.roots, RootCerts::WebPki | RootCerts::WebPkiAndPem(_)) {
        roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
    }
    if let Some(pem) = pem {
        let certs = read_certs(pem, "root certificates")?;
        for cert in certs {
            roots
                .add(cert)
                .map_err(|e| config_err(format!("a root certificate is not usable: {e}")))?;
        }
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let builder = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| config_err(format!("TLS versions: {e}")))?
        .with_root_certificates(roots);
    let mut config = match &tls.identity {
        None => builder.with_no_client_auth(),
        Some(identity) => {
            let (certs, key) = read_identity(identity)?;
            builder.with_client_auth_cert(certs, key).map_err(|e| {
                config_err(format!("the client certificate and key do not fit: {e}"))
            })?
        }
    };
    config.alpn_protocols = alpn.iter().map(|p| p.to_vec()).collect();
    Ok(config)
}

fn tls_setup(tls: &TlsConfig, alpn: &[&[u8]]) -> Result<TlsSetup, Error> {
    let config = tls_client_config(tls, alpn)?;
    let server_name = tls
        .server_name
        .as_ref()
        .map(|name| {
            ServerName::try_from(name.clone()).map_err(|e| {
                Error::with_cause(
                    Code::InvalidArgument,
                    ErrorKind::Config,
                    format!("{name:?} is not a valid TLS server name"),
                    e,
                )
            })
        })
        .transpose()?;
    Ok(TlsSetup {
        connector: tokio_rustls::TlsConnector::from(Arc::new(config)),
        server_name,
    })
}

fn read_certs(pem: &[u8], what: &str) -> Result<Vec<CertificateDer<'static>>, Error> {
    let certs = CertificateDer::pem_slice_iter(pem)
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| {
            Error::with_cause(
                Code::InvalidArgument,
                ErrorKind::Config,
                format!("the {what} are not valid PEM"),
                e,
            )
        })?;
    if certs.is_empty() {
        return Err(Error::local(
            Code::InvalidArgument,
            ErrorKind::Config,
            format!("the {what} PEM holds no certificate"),
        ));
    }
    Ok(certs)
}

fn read_identity(
    identity: &Identity,
) -> Result<(Vec<CertificateDer<'static>>, PrivateKeyDer<'static>), Error> {
    let certs = read_certs(&identity.cert_pem, "client certificates")?;
    // The key's own error text could quote key material: keep only a fixed message.
    let key = PrivateKeyDer::from_pem_slice(identity.key_pem()).map_err(|_| {
        Error::local(
            Code::InvalidArgument,
            ErrorKind::Config,
            "the client private key is not a PEM PKCS#8, PKCS#1 or SEC1 key",
        )
    })?;
    Ok((certs, key))
}

/// A TCP stream, plain or wrapped in TLS.
#[derive(Debug)]
pub(crate) enum Stream {
    Plain(TcpStream),
    Tls(Box<TlsStream<TcpStream>>),
}

impl AsyncRead for Stream {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Stream::Plain(s) => Pin::new(s).poll_read(cx, buf),
            Stream::Tls(s) => Pin::new(s.as_mut()).poll_read(cx, buf),
        }
    }
}

impl AsyncWrite for Stream {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        match self.get_mut() {
            Stream::Plain(s) => Pin::new(s).poll_write(cx, buf),
            Stream::Tls(s) => Pin::new(s.as_mut()).poll_write(cx, buf),
        }
    }

    fn poll_write_vectored(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        match self.get_mut() {
            Stream::Plain(s) => Pin::new(s).poll_write_vectored(cx, bufs),
            Stream::Tls(s) => Pin::new(s.as_mut()).poll_write_vectored(cx, bufs),
        }
    }

    fn is_write_vectored(&self) -> bool {
        match self {
            Stream::Plain(s) => s.is_write_vectored(),
            Stream::Tls(s) => s.is_write_vectored(),
        }
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Stream::Plain(s) => Pin::new(s).poll_flush(cx),
            Stream::Tls(s) => Pin::new(s.as_mut()).poll_flush(cx),
        }
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Stream::Plain(s) => Pin::new(s).poll_shutdown(cx),
            Stream::Tls(s) => Pin::new(s.as_mut()).poll_shutdown(cx),
        }
    }
}

/// A connection as hyper sees it, remembering whether ALPN chose HTTP/2.
#[derive(Debug)]
pub(crate) struct Conn {
    io: TokioIo<Stream>,
    h2: bool,
}

impl Conn {
    /// Whether ALPN chose HTTP/2.
    pub(crate) fn is_h2(&self) -> bool {
        self.h2
    }
}

impl hyper::rt::Read for Conn {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: hyper::rt::ReadBufCursor<'_>,
    ) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().io).poll_read(cx, buf)
    }
}

impl hyper::rt::Write for Conn {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.get_mut().io).poll_write(cx, buf)
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().io).poll_flush(cx)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().io).poll_shutdown(cx)
    }

    fn is_write_vectored(&self) -> bool {
        self.io.is_write_vectored()
    }

    fn poll_write_vectored(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.get_mut().io).poll_write_vectored(cx, bufs)
    }
}

/// Finds this crate's [`Error`] in a chain of causes (the connector's errors travel through
/// tonic as boxed sources).
#[cfg(feature = "grpc")]
pub(crate) fn find_error<'a>(err: &'a (dyn std::error::Error + 'static)) -> Option<&'a Error> {
    let mut current: Option<&(dyn std::error::Error + 'static)> = Some(err);
    while let Some(e) = current {
        if let Some(found) = e.downcast_ref::<Error>() {
            return Some(found);
        }
        current = e.source();
    }
    None
}

/// Parses and checks the endpoint URL.
pub(crate) fn endpoint_uri(config: &TransportConfig) -> Result<Uri, Error> {
    let bad = |why: &str| {
        Error::local(
            Code::InvalidArgument,
            ErrorKind::Config,
            format!("endpoint {:?}: {why}", config.endpoint),
        )
    };
    let uri: Uri = config
        .endpoint
        .trim_end_matches('/')
        .parse()
        .map_err(|_| bad("not a URL"))?;
    match uri.scheme_str() {
        Some("http") | Some("https") => {}
        _ => return Err(bad("the scheme must be http:// or https://")),
    }
    if uri.host().is_none_or(str::is_empty) {
        return Err(bad("no host"));
    }
    if uri.path() != "/" && !uri.path().is_empty() {
        return Err(bad("a path is not supported"));
    }
    Ok(uri)
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn endpoints() {
        for good in [
            "https://dialogflow.googleapis.com",
            "http://127.0.0.1:8080/",
            "https://[::1]:443",
        ] {
            assert!(endpoint_uri(&TransportConfig::new(good)).is_ok(), "{good}");
        }
        for bad in [
            "dialogflow.googleapis.com",
            "ftp://x",
            "https://x/v2",
            "https://",
        ] {
            let err = endpoint_uri(&TransportConfig::new(bad)).unwrap_err();
            assert_eq!(err.kind(), ErrorKind::Config, "{bad}");
        }
    }
}
