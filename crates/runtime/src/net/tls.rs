//! The rustls client configuration: roots, client identity (mTLS), ALPN.

use std::sync::Arc;

use rustls::pki_types::pem::PemObject as _;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, ServerName};

use crate::config::{Identity, RootCerts, TlsConfig};
use crate::{Code, Error, ErrorKind};

/// What the connector needs for TLS: the rustls connector and the name to check, when it is
/// not the endpoint's host.
pub(super) struct TlsSetup {
    pub(super) connector: tokio_rustls::TlsConnector,
    pub(super) server_name: Option<ServerName<'static>>,
}

/// Builds the rustls client configuration.
pub fn tls_client_config(tls: &TlsConfig, alpn: &[&[u8]]) -> Result<rustls::ClientConfig, Error> {
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

pub(super) fn tls_setup(tls: &TlsConfig, alpn: &[&[u8]]) -> Result<TlsSetup, Error> {
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
