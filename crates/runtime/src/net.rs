//! The connection layer both wires share: TCP, an optional HTTP `CONNECT` tunnel through a
//! proxy, and TLS with rustls (*ring*). It is a `tower` service from a URI to a connection;
//! [`pool`](crate::pool) keeps what it makes.
//!
//! Public for the wire implementations of `dialogflow-transport`; applications do not need it.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use http::Uri;
use hyper_util::rt::TokioIo;
use rustls::pki_types::ServerName;
use tokio::io::AsyncWriteExt as _;
use tokio::net::TcpStream;

use crate::config::{TlsMode, TransportConfig};
use crate::{Code, Error, ErrorKind};

mod proxy;
mod stream;
mod tls;

pub use proxy::no_proxy_matches;
use proxy::{Proxy, resolve_proxy, tunnel};
pub use stream::Conn;
use stream::Stream;
pub use tls::tls_client_config;
use tls::{TlsSetup, tls_setup};

/// ALPN protocols offered by gRPC (HTTP/2 only).
pub const ALPN_GRPC: &[&[u8]] = &[b"h2"];
/// ALPN protocols offered by REST: HTTP/2, then HTTP/1.1 (with the `http2` feature).
#[cfg(feature = "http2")]
pub const ALPN_REST: &[&[u8]] = &[b"h2", b"http/1.1"];
/// ALPN protocols offered by REST: HTTP/1.1 (HTTP/2 needs the `http2` feature).
#[cfg(not(feature = "http2"))]
pub const ALPN_REST: &[&[u8]] = &[b"http/1.1"];

/// Makes connections to one endpoint; cheap to clone (shared state behind an `Arc`).
#[derive(Clone, Debug)]
pub struct Connector {
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

impl Connector {
    /// A connector for `config`'s endpoint, offering `alpn` in the TLS handshake.
    pub fn new(
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
    pub fn is_tls(&self) -> bool {
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

/// Finds our [`Error`] in a chain of causes (the connector's errors travel through
/// tonic as boxed sources).
pub fn find_error<'a>(err: &'a (dyn std::error::Error + 'static)) -> Option<&'a Error> {
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
pub fn endpoint_uri(config: &TransportConfig) -> Result<Uri, Error> {
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
