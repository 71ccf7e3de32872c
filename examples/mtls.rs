//! Mutual TLS end to end, against an in-process emulator that demands a client certificate.
//!
//! ```sh
//! cargo run --example mtls
//! ```
//!
//! 1. makes a private CA, a server certificate for `localhost`/`127.0.0.1` and a client
//!    certificate (rcgen, in memory; nothing is written to disk);
//! 2. starts the emulator with TLS, accepting only clients with a certificate from that CA;
//! 3. calls it with a client certificate over gRPC and over REST;
//! 4. shows that clients without a certificate, or with one from another CA, are refused;
//! 5. shows which endpoint the same options select on the real service.
//!
//! # The real service
//!
//! Against `dialogflow.googleapis.com` nothing but the environment changes: Google's
//! switches select the certificate and the mTLS endpoint, as in every Google client library.
//!
//! ```sh
//! export GOOGLE_API_USE_CLIENT_CERTIFICATE=true   # use a client certificate (default: false)
//! export GOOGLE_API_USE_MTLS_ENDPOINT=auto        # auto (default): the mTLS endpoint whenever a
//!                                                 # certificate is used; always; never
//! # The certificate: `with_client_cert_source(..)` if given, else the default source, the
//! # file named by GOOGLE_API_CERTIFICATE_CONFIG (default ~/.config/gcloud/certificate_config.json,
//! # `cert_configs.workload.cert_path/key_path`), else the `cert_provider_command` of
//! # ~/.secureConnect/context_aware_metadata.json (Endpoint Verification).
//! ```
//!
//! ```ignore
//! // With the variables above, this client connects to https://dialogflow.mtls.googleapis.com
//! // with the certificate and Application Default Credentials; no endpoint is set in code.
//! let client = ConversationsClient::builder()
//!     .with_client_cert_source(ClientCertSource::from_files("client.pem", "client.key"))
//!     .build()
//!     .await?;
//! ```
//!
//! Here the environment is given to the builder as an [`EnvMap`] (`with_environment`), so the
//! example does not depend on (or change) the variables of the process that runs it. The
//! emulator's address is an explicit `with_api_endpoint`, which wins over the mTLS endpoint
//! selection; `GOOGLE_API_USE_CLIENT_CERTIFICATE=true` is still what turns the certificate on.

use std::error::Error;

use dialogflow_conversations::endpoint::{EnvMap, TlsChoice, resolve_endpoint};
use dialogflow_conversations::{
    ClientCertSource, ClientOptions, ConversationsClient, Credentials, RetryPolicy, RootCerts,
    Transport,
};
use dialogflow_emulator::{Emulator, Surface, TlsConfig};
use dialogflow_types::v2::Conversation;
use rcgen::{
    BasicConstraints, CertificateParams, DnType, ExtendedKeyUsagePurpose, IsCa, Issuer, KeyPair,
    KeyUsagePurpose,
};

/// PEM certificates and keys of a private CA, a server and a client.
struct Pki {
    ca_cert: String,
    server_cert: String,
    server_key: String,
    client_cert: String,
    client_key: String,
}

/// A self-signed CA: its PEM certificate, and the issuer that signs with it.
fn new_ca(common_name: &str) -> Result<(String, Issuer<'static, KeyPair>), rcgen::Error> {
    let key = KeyPair::generate()?;
    let mut params = CertificateParams::new(Vec::<String>::new())?;
    params
        .distinguished_name
        .push(DnType::CommonName, common_name);
    params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    params.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign];
    let cert = params.self_signed(&key)?;
    Ok((cert.pem(), Issuer::new(params, key)))
}

/// A certificate signed by `issuer` for `names`, with the extended key usage `usage`: PEM
/// certificate and PEM (PKCS#8) key.
fn new_leaf(
    issuer: &Issuer<'_, KeyPair>,
    common_name: &str,
    names: &[&str],
    usage: ExtendedKeyUsagePurpose,
) -> Result<(String, String), rcgen::Error> {
    let key = KeyPair::generate()?;
    // A name that parses as an IP address becomes an IP address SAN.
    let mut params =
        CertificateParams::new(names.iter().map(|n| n.to_string()).collect::<Vec<_>>())?;
    params
        .distinguished_name
        .push(DnType::CommonName, common_name);
    params.extended_key_usages = vec![usage];
    let cert = params.signed_by(&key, issuer)?;
    Ok((cert.pem(), key.serialize_pem()))
}

fn pki() -> Result<Pki, rcgen::Error> {
    let (ca_cert, ca) = new_ca("dialogflow-rs example CA")?;
    let (server_cert, server_key) = new_leaf(
        &ca,
        "dialogflow emulator",
        &["localhost", "127.0.0.1"],
        ExtendedKeyUsagePurpose::ServerAuth,
    )?;
    let (client_cert, client_key) = new_leaf(
        &ca,
        "example client",
        &["client.example"],
        ExtendedKeyUsagePurpose::ClientAuth,
    )?;
    Ok(Pki {
        ca_cert,
        server_cert,
        server_key,
        client_cert,
        client_key,
    })
}

/// A builder for the emulator: its https endpoint, the private CA as the only root, a client
/// certificate (used only when `use_client_certificate` is `"true"`), anonymous credentials
/// (there is no ADC here) and no retries (a refused handshake is UNAVAILABLE, which the
/// default policy would retry for a minute).
fn builder(
    endpoint: &str,
    pki: &Pki,
    cert: ClientCertSource,
    use_client_certificate: &str,
    transport: Transport,
) -> dialogflow_conversations::ClientBuilder {
    ConversationsClient::builder()
        .with_environment(
            EnvMap::new().with("GOOGLE_API_USE_CLIENT_CERTIFICATE", use_client_certificate),
        )
        .with_api_endpoint(endpoint)
        .with_root_certs(RootCerts::Pem(pki.ca_cert.clone().into_bytes()))
        .with_client_cert_source(cert)
        .with_credentials(Credentials::anonymous())
        .with_retry(RetryPolicy::none())
        .with_transport(transport)
}

/// An error and its chain of causes, on one line. (With TLS 1.3 the server refuses a client
/// certificate after the client has finished its side of the handshake, so the refusal usually
/// shows as a closed connection on the first call.)
fn with_causes(e: &dyn Error) -> String {
    let mut text = e.to_string();
    let mut cause = e.source();
    while let Some(c) = cause {
        let more = c.to_string();
        if !text.contains(&more) {
            text = format!("{text}: {more}");
        }
        cause = c.source();
    }
    text
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn Error>> {
    // 1. Certificates.
    let pki = pki()?;
    println!(
        "1. generated a private CA, a server certificate (localhost, 127.0.0.1) and a client certificate"
    );

    // 2. The emulator, with TLS and a required client certificate from the CA.
    let emulator = Emulator::builder()
        .tls(
            TlsConfig::from_pem(pki.server_cert.clone(), pki.server_key.clone())
                .with_client_ca_pem(pki.ca_cert.clone()),
        )
        .start()
        .await?;
    let endpoint = emulator.endpoint(); // https://127.0.0.1:PORT
    println!("2. emulator listening on {endpoint} (TLS, client certificate required)\n");

    let client_cert = ClientCertSource::from_pem(pki.client_cert.clone(), pki.client_key.clone());
    let parent = "projects/mtls-demo";
    let profile = format!("{parent}/conversationProfiles/p1");

    // 3a. gRPC with the client certificate.
    let grpc = builder(
        &endpoint,
        &pki,
        client_cert.clone(),
        "true",
        Transport::Grpc,
    )
    .build()
    .await?;
    let created = grpc
        .create_conversation(
            parent,
            Conversation {
                conversation_profile: profile,
                ..Default::default()
            },
        )
        .await?;
    println!(
        "3. with the client certificate ({})",
        client_cert.description()
    );
    println!(
        "   gRPC {}: created {}",
        grpc.endpoint().unwrap_or("?"),
        created.name
    );

    // 3b. REST with the same certificate.
    let rest = builder(
        &endpoint,
        &pki,
        client_cert.clone(),
        "true",
        Transport::Rest,
    )
    .build()
    .await?;
    let fetched = rest.get_conversation(&created.name).await?;
    let listed = rest.list_conversations(parent).by_item().all().await?;
    println!(
        "   REST {}: got {}, listed {} conversation(s)",
        rest.endpoint().unwrap_or("?"),
        fetched.name,
        listed.len()
    );
    let surfaces: Vec<&str> = emulator
        .recorded_requests()
        .iter()
        .map(|r| match r.surface {
            Surface::Grpc => "gRPC",
            Surface::Rest => "REST",
        })
        .collect();
    println!(
        "   the emulator served {} call(s): {}\n",
        surfaces.len(),
        surfaces.join(", ")
    );

    // 4. Clients the server refuses.
    println!("4. clients the server refuses:");
    // GOOGLE_API_USE_CLIENT_CERTIFICATE=false: the certificate source is not used at all.
    for transport in [Transport::Grpc, Transport::Rest] {
        let name = transport.name();
        let client = builder(&endpoint, &pki, client_cert.clone(), "false", transport)
            .build()
            .await?;
        match client.list_conversations(parent).by_item().all().await {
            Ok(_) => return Err(format!("a {name} client without a certificate was let in").into()),
            Err(e) => println!(
                "   no client certificate ({name}): refused, {}",
                with_causes(&e)
            ),
        }
    }
    // A certificate from a CA the server does not trust.
    let (_, stranger_ca) = new_ca("some other CA")?;
    let (cert, key) = new_leaf(
        &stranger_ca,
        "stranger",
        &["stranger.example"],
        ExtendedKeyUsagePurpose::ClientAuth,
    )?;
    let stranger = builder(
        &endpoint,
        &pki,
        ClientCertSource::from_pem(cert, key),
        "true",
        Transport::Grpc,
    )
    .build()
    .await?;
    match stranger.list_conversations(parent).by_item().all().await {
        Ok(_) => return Err("a client with an untrusted certificate was let in".into()),
        Err(e) => println!(
            "   certificate from another CA (grpc): refused, {}",
            with_causes(&e)
        ),
    }
    println!();

    // 5. The same options without an explicit endpoint: what the client would pick on the real
    //    service (resolution only, nothing is sent). `always` picks the mTLS host even without
    //    a certificate, as Google's other client libraries do.
    println!("5. on the real service (endpoint resolution only, no network):");
    for (use_cert, use_mtls, location) in [
        ("true", "auto", None),
        ("true", "auto", Some("europe-west1")),
        ("false", "auto", None),
        ("false", "always", None),
    ] {
        let env = EnvMap::new()
            .with("GOOGLE_API_USE_CLIENT_CERTIFICATE", use_cert)
            .with("GOOGLE_API_USE_MTLS_ENDPOINT", use_mtls);
        let mut options = ClientOptions::new().with_client_cert_source(client_cert.clone());
        if let Some(l) = location {
            options = options.with_location(l);
        }
        let resolved = resolve_endpoint(&options, &env)?;
        let tls = match resolved.tls {
            TlsChoice::Plaintext => "plaintext",
            TlsChoice::Tls => "TLS",
            TlsChoice::Mtls(_) => "mTLS with the client certificate",
        };
        println!(
            "   USE_CLIENT_CERTIFICATE={use_cert:<5} USE_MTLS_ENDPOINT={use_mtls:<6} location={:<12} -> {} ({tls})",
            location.unwrap_or("(none)"),
            resolved.endpoint.url(),
        );
    }

    emulator.shutdown().await?;
    Ok(())
}
