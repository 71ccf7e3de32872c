//! TLS and mutual TLS for the listeners (rustls with the *ring* provider).

use std::path::Path;
use std::sync::Arc;

use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use rustls::server::WebPkiClientVerifier;

use crate::error::Error;

/// Server certificate, key and, for mutual TLS, the CA that client certificates must chain to.
///
/// ```no_run
/// # fn main() -> Result<(), dialogflow_emulator::Error> {
/// use dialogflow_emulator::TlsConfig;
/// let tls = TlsConfig::from_files("server.pem", "server.key")?.with_client_ca_file("ca.pem")?;
/// # Ok(()) }
/// ```
#[derive(Clone)]
pub struct TlsConfig {
    cert_pem: Vec<u8>,
    key_pem: Vec<u8>,
    client_ca_pem: Option<Vec<u8>>,
}

impl std::fmt::Debug for TlsConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TlsConfig")
            .field("cert_pem_len", &self.cert_pem.len())
            .field("key_pem", &"<redacted>")
            .field("mutual", &self.client_ca_pem.is_some())
            .finish()
    }
}

fn read(path: &Path, what: &str) -> Result<Vec<u8>, Error> {
    std::fs::read(path).map_err(|e| Error::io(format!("reading the {what} {}", path.display()), e))
}

impl TlsConfig {
    /// A server certificate chain and its private key, both PEM.
    pub fn from_pem(cert_pem: impl Into<Vec<u8>>, key_pem: impl Into<Vec<u8>>) -> Self {
        TlsConfig {
            cert_pem: cert_pem.into(),
            key_pem: key_pem.into(),
            client_ca_pem: None,
        }
    }

    /// Reads the certificate chain and key from PEM files.
    pub fn from_files(cert: impl AsRef<Path>, key: impl AsRef<Path>) -> Result<Self, Error> {
        Ok(Self::from_pem(
            read(cert.as_ref(), "TLS certificate")?,
            read(key.as_ref(), "TLS key")?,
        ))
    }

    /// Requires clients to present a certificate issued by this CA (PEM): mutual TLS.
    pub fn with_client_ca_pem(mut self, ca_pem: impl Into<Vec<u8>>) -> Self {
        self.client_ca_pem = Some(ca_pem.into());
        self
    }

    /// Like [`with_client_ca_pem`](Self::with_client_ca_pem), reading the CA from a file.
    pub fn with_client_ca_file(self, ca: impl AsRef<Path>) -> Result<Self, Error> {
        let pem = read(ca.as_ref(), "client CA")?;
        Ok(self.with_client_ca_pem(pem))
    }

    /// Whether client certificates are required.
    pub fn is_mutual(&self) -> bool {
        self.client_ca_pem.is_some()
    }

    pub(crate) fn acceptor(&self) -> Result<tokio_rustls::TlsAcceptor, Error> {
        let certs: Vec<CertificateDer<'static>> =
            rustls_pemfile::certs(&mut self.cert_pem.as_slice())
                .collect::<Result<_, _>>()
                .map_err(|e| Error::Tls(format!("reading the certificate PEM: {e}")))?;
        if certs.is_empty() {
            return Err(Error::Tls(
                "the certificate PEM holds no certificate".into(),
            ));
        }
        let key: PrivateKeyDer<'static> = rustls_pemfile::private_key(&mut self.key_pem.as_slice())
            .map_err(|e| Error::Tls(format!("reading the key PEM: {e}")))?
            .ok_or_else(|| Error::Tls("the key PEM holds no private key".into()))?;
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let builder = rustls::ServerConfig::builder_with_provider(provider.clone())
            .with_safe_default_protocol_versions()
            .map_err(|e| Error::Tls(e.to_string()))?;
        let builder = match &self.client_ca_pem {
            None => builder.with_no_client_auth(),
            Some(pem) => {
                let mut roots = rustls::RootCertStore::empty();
                for cert in rustls_pemfile::certs(&mut pem.as_slice()) {
                    let cert =
                        cert.map_err(|e| Error::Tls(format!("reading the client CA PEM: {e}")))?;
                    roots
                        .add(cert)
                        .map_err(|e| Error::Tls(format!("using the client CA: {e}")))?;
                }
                if roots.is_empty() {
                    return Err(Error::Tls("the client CA PEM holds no certificate".into()));
                }
                let verifier =
                    WebPkiClientVerifier::builder_with_provider(Arc::new(roots), provider)
                        .build()
                        .map_err(|e| Error::Tls(format!("client verifier: {e}")))?;
                builder.with_client_cert_verifier(verifier)
            }
        };
        let mut config = builder
            .with_single_cert(certs, key)
            .map_err(|e| Error::Tls(format!("certificate and key do not fit: {e}")))?;
        config.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
        Ok(tokio_rustls::TlsAcceptor::from(Arc::new(config)))
    }
}
