//! A client certificate and the sources that produce one for mutual TLS.

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::config_error::ConfigError;

/// A client certificate chain and its private key, both PEM-encoded.
///
/// `Debug` never shows the key.
#[derive(Clone, PartialEq, Eq)]
pub struct ClientIdentity {
    cert_pem: Vec<u8>,
    key_pem: Vec<u8>,
}

impl ClientIdentity {
    /// An identity from a PEM certificate chain and a PEM private key.
    pub fn from_pem(cert_pem: impl Into<Vec<u8>>, key_pem: impl Into<Vec<u8>>) -> Self {
        Self {
            cert_pem: cert_pem.into(),
            key_pem: key_pem.into(),
        }
    }

    /// The PEM certificate chain.
    pub fn cert_pem(&self) -> &[u8] {
        &self.cert_pem
    }

    /// The PEM private key.
    pub fn key_pem(&self) -> &[u8] {
        &self.key_pem
    }
}

impl fmt::Debug for ClientIdentity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientIdentity")
            .field("cert_pem_len", &self.cert_pem.len())
            .field("key_pem", &"[redacted]")
            .finish()
    }
}

type CertFn = dyn Fn() -> Result<ClientIdentity, ConfigError> + Send + Sync;

/// A source of a client certificate for mutual TLS, called when a client is built.
///
/// This is the Rust form of Python's `client_cert_source` callback, which
/// returns the certificate and key bytes.
#[derive(Clone)]
pub struct ClientCertSource {
    description: String,
    source: Arc<CertFn>,
}

impl ClientCertSource {
    /// A source that always returns this PEM certificate chain and key.
    pub fn from_pem(cert_pem: impl Into<Vec<u8>>, key_pem: impl Into<Vec<u8>>) -> Self {
        let identity = ClientIdentity::from_pem(cert_pem, key_pem);
        Self {
            description: "in-memory PEM".to_string(),
            source: Arc::new(move || Ok(identity.clone())),
        }
    }

    /// A source that reads a PEM certificate file and a PEM key file each time it is called.
    pub fn from_files(cert_path: impl Into<PathBuf>, key_path: impl Into<PathBuf>) -> Self {
        let cert_path = cert_path.into();
        let key_path = key_path.into();
        Self {
            description: format!("files {} and {}", cert_path.display(), key_path.display()),
            source: Arc::new(move || {
                Ok(ClientIdentity::from_pem(
                    read_file(&cert_path, "certificate")?,
                    read_file(&key_path, "private key")?,
                ))
            }),
        }
    }

    /// A source backed by a callback, like Python's `client_cert_source`.
    pub fn from_fn<F>(description: impl Into<String>, f: F) -> Self
    where
        F: Fn() -> Result<ClientIdentity, ConfigError> + Send + Sync + 'static,
    {
        Self {
            description: description.into(),
            source: Arc::new(f),
        }
    }

    /// Gets the certificate and key.
    pub fn identity(&self) -> Result<ClientIdentity, ConfigError> {
        (self.source)()
    }

    /// What this source reads from (for logs and errors; no secret).
    pub fn description(&self) -> &str {
        &self.description
    }
}

impl fmt::Debug for ClientCertSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientCertSource")
            .field("description", &self.description)
            .finish_non_exhaustive()
    }
}

/// Reads a file a certificate source needs; the error names it.
pub(super) fn read_file(path: &Path, what: &str) -> Result<Vec<u8>, ConfigError> {
    std::fs::read(path).map_err(|e| {
        ConfigError::cert(
            format!("cannot read the {what} file {}: {e}", path.display()),
            Some(path.to_path_buf()),
        )
    })
}
