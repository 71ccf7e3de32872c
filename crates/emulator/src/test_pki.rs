//! Certificates for TLS and mTLS tests (feature `test-pki`): a private CA, a server certificate
//! for `localhost` and `127.0.0.1`, and a client certificate, all made fresh in memory.
//!
//! ```
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! use dialogflow_emulator::{Emulator, test_pki::TestPki};
//!
//! let pki = TestPki::generate()?;
//! // TLS that also requires a client certificate issued by the same CA.
//! let emulator = Emulator::builder().tls(pki.server_tls(true)).start().await?;
//! assert!(emulator.endpoint().starts_with("https://"));
//! // Clients trust `pki.ca_pem` and present `pki.client_cert_pem` / `pki.client_key_pem`.
//! emulator.shutdown().await?;
//! # Ok(()) }
//! ```

use rcgen::{BasicConstraints, CertificateParams, ExtendedKeyUsagePurpose, IsCa, Issuer, KeyPair};

use crate::{Error, TlsConfig};

/// A private CA with one server and one client certificate, as PEM text.
#[derive(Clone)]
pub struct TestPki {
    /// The CA certificate: what clients (and, for mTLS, the server) trust.
    pub ca_pem: String,
    /// The server certificate, for the names `localhost` and `127.0.0.1`.
    pub server_cert_pem: String,
    /// The server's private key.
    pub server_key_pem: String,
    /// A client certificate (name `client.test`, usage client authentication).
    pub client_cert_pem: String,
    /// The client's private key.
    pub client_key_pem: String,
}

impl std::fmt::Debug for TestPki {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The keys are test keys, but keys all the same: keep them out of logs.
        f.debug_struct("TestPki").finish_non_exhaustive()
    }
}

impl TestPki {
    /// Makes a new CA and issues the server and client certificates from it.
    pub fn generate() -> Result<TestPki, Error> {
        let failed = |e: rcgen::Error| Error::Tls(format!("generating test certificates: {e}"));
        let ca_key = KeyPair::generate().map_err(failed)?;
        let mut ca_params = CertificateParams::new(Vec::<String>::new()).map_err(failed)?;
        ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        let ca_cert = ca_params.self_signed(&ca_key).map_err(failed)?;
        let issuer = Issuer::new(ca_params, ca_key);

        let server_key = KeyPair::generate().map_err(failed)?;
        let server = CertificateParams::new(vec!["localhost".to_string(), "127.0.0.1".to_string()])
            .map_err(failed)?
            .signed_by(&server_key, &issuer)
            .map_err(failed)?;

        let client_key = KeyPair::generate().map_err(failed)?;
        let mut client_params =
            CertificateParams::new(vec!["client.test".to_string()]).map_err(failed)?;
        client_params.extended_key_usages = vec![ExtendedKeyUsagePurpose::ClientAuth];
        let client = client_params
            .signed_by(&client_key, &issuer)
            .map_err(failed)?;

        Ok(TestPki {
            ca_pem: ca_cert.pem(),
            server_cert_pem: server.pem(),
            server_key_pem: server_key.serialize_pem(),
            client_cert_pem: client.pem(),
            client_key_pem: client_key.serialize_pem(),
        })
    }

    /// The emulator's TLS settings with this server certificate; with `require_client_cert`,
    /// clients must present a certificate issued by this CA (mTLS).
    pub fn server_tls(&self, require_client_cert: bool) -> TlsConfig {
        let tls = TlsConfig::from_pem(self.server_cert_pem.clone(), self.server_key_pem.clone());
        if require_client_cert {
            tls.with_client_ca_pem(self.ca_pem.clone())
        } else {
            tls
        }
    }
}
