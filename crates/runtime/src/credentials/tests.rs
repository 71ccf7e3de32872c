use super::*;

#[tokio::test]
async fn anonymous_sends_nothing() {
    let c = Credentials::anonymous();
    assert!(c.is_anonymous());
    assert!(c.headers().await.unwrap().is_empty());
    assert_eq!(format!("{c:?}"), "Credentials(anonymous)");
}

#[tokio::test]
async fn api_key_is_sensitive_and_hidden() {
    let c = Credentials::from_api_key("k-123").unwrap();
    let h = c.headers().await.unwrap();
    let v = h.get("x-goog-api-key").unwrap();
    assert_eq!(v, "k-123");
    assert!(v.is_sensitive());
    assert!(!format!("{c:?}").contains("k-123"));
    assert!(!format!("{h:?}").contains("k-123"));
    assert!(Credentials::from_api_key("bad\nkey").is_err());
}

#[derive(Debug)]
struct Fixed;

#[async_trait::async_trait]
impl AuthHeaders for Fixed {
    async fn headers(&self) -> Result<HeaderMap, Error> {
        let mut h = HeaderMap::new();
        h.insert("authorization", HeaderValue::from_static("Bearer custom"));
        Ok(h)
    }
}

#[tokio::test]
async fn custom_headers_are_marked_sensitive() {
    let c = Credentials::from_auth_headers(Arc::new(Fixed));
    assert_eq!(c.kind(), "custom");
    let h = c.headers().await.unwrap();
    assert!(h.get("authorization").unwrap().is_sensitive());
}

#[test]
fn plaintext_rule_table() {
    let anon = Credentials::anonymous();
    let real = Credentials::from_api_key("k").unwrap();
    // (endpoint, credentials, allow, ok)
    let table: &[(&str, &Credentials, bool, bool)] = &[
        ("http://10.1.2.3:80", &anon, false, true),
        ("http://10.1.2.3:80", &real, false, false),
        ("http://10.1.2.3:80", &real, true, true),
        ("http://emulator.internal:8080", &real, false, false),
        ("http://localhost:8080", &real, false, true),
        ("http://127.0.0.1:8080", &real, false, true),
        ("http://[::1]:8080", &real, false, true),
        ("https://dialogflow.googleapis.com", &real, false, true),
        ("dialogflow.googleapis.com", &real, false, true),
    ];
    for (endpoint, creds, allow, ok) in table {
        let e = Endpoint::parse(endpoint).unwrap();
        let result = check_plaintext(&e, creds, *allow);
        assert_eq!(
            result.is_ok(),
            *ok,
            "{endpoint} {creds:?} {allow}: {result:?}"
        );
        if let Err(err) = result {
            assert!(
                err.to_string().contains("allow_insecure_plaintext"),
                "{err}"
            );
            assert!(!err.to_string().contains("k\""), "{err}");
        }
    }
}

#[cfg(feature = "google-auth")]
mod google_auth {
    use super::*;
    use base64::Engine as _;
    use rsa::pkcs1v15::{Signature, VerifyingKey};
    use rsa::pkcs8::{EncodePrivateKey, LineEnding};
    use rsa::sha2::Sha256;
    use rsa::signature::Verifier;
    use std::sync::OnceLock;

    /// One RSA key for the module (generating one is slow in debug builds).
    fn key() -> &'static rsa::RsaPrivateKey {
        static KEY: OnceLock<rsa::RsaPrivateKey> = OnceLock::new();
        KEY.get_or_init(|| {
            rsa::RsaPrivateKey::new(&mut rsa::rand_core::OsRng, 2048).expect("generate RSA key")
        })
    }

    fn service_account_json() -> serde_json::Value {
        let pem = key().to_pkcs8_pem(LineEnding::LF).unwrap();
        serde_json::json!({
            "type": "service_account",
            "project_id": "test-project",
            "private_key_id": "key-id-1",
            "private_key": pem.as_str(),
            "client_email": "tester@test-project.iam.gserviceaccount.com",
            "client_id": "1",
            "token_uri": "http://127.0.0.1:1/token",
        })
    }

    fn b64(part: &str) -> Vec<u8> {
        base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(part)
            .unwrap()
    }

    /// Checks an `Authorization: Bearer <jwt>` header against the key's public half.
    fn verify_bearer(headers: &HeaderMap) -> serde_json::Value {
        let value = headers
            .get("authorization")
            .expect("an authorization header");
        assert!(value.is_sensitive());
        let token = value.to_str().unwrap().strip_prefix("Bearer ").unwrap();
        let parts: Vec<&str> = token.split('.').collect();
        assert_eq!(parts.len(), 3, "a JWS has three parts");
        let header: serde_json::Value = serde_json::from_slice(&b64(parts[0])).unwrap();
        assert_eq!(header["alg"], "RS256");
        assert_eq!(header["kid"], "key-id-1");
        let signing_input = format!("{}.{}", parts[0], parts[1]);
        let signature = Signature::try_from(b64(parts[2]).as_slice()).unwrap();
        VerifyingKey::<Sha256>::new(key().to_public_key())
            .verify(signing_input.as_bytes(), &signature)
            .expect("the signature verifies with the public key");
        serde_json::from_slice(&b64(parts[1])).unwrap()
    }

    #[tokio::test]
    async fn service_account_file_signs_a_jwt_with_ring() {
        let dir = std::env::temp_dir().join(format!("df-sa-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("key.json");
        std::fs::write(&path, service_account_json().to_string()).unwrap();

        for creds in [
            Credentials::from_service_account_file(&path).unwrap(),
            Credentials::from_service_account_json(&path).unwrap(),
            Credentials::from_service_account_info(service_account_json()).unwrap(),
            Credentials::from_service_account_json_text(&service_account_json().to_string())
                .unwrap(),
            Credentials::from_file(&path).unwrap(),
        ] {
            assert_eq!(creds.kind(), "service account");
            let headers = creds.headers().await.unwrap();
            let claims = verify_bearer(&headers);
            assert_eq!(claims["iss"], "tester@test-project.iam.gserviceaccount.com");
            assert_eq!(claims["sub"], "tester@test-project.iam.gserviceaccount.com");
            let scope = claims["scope"].as_str().unwrap();
            for s in DEFAULT_SCOPES {
                assert!(scope.contains(s), "{scope}");
            }
            assert_eq!(
                claims["exp"].as_i64().unwrap() - claims["iat"].as_i64().unwrap(),
                3600
            );
            let now = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_secs() as i64;
            assert!((claims["iat"].as_i64().unwrap() - now).abs() < 60);
            assert!(claims.get("aud").is_none(), "scoped, not audience-bound");
            // No secret in Debug.
            let dbg = format!("{creds:?} {headers:?}");
            assert!(!dbg.contains("PRIVATE KEY"), "{dbg}");
            assert!(
                !dbg.contains(headers["authorization"].to_str().unwrap()),
                "{dbg}"
            );
        }
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[tokio::test]
    async fn tokens_are_cached() {
        let creds = Credentials::from_service_account_info(service_account_json()).unwrap();
        let a = creds.headers().await.unwrap();
        let b = creds.clone().headers().await.unwrap();
        assert_eq!(a["authorization"], b["authorization"]);
    }

    /// Five minutes before the hour is up, a new JWT is signed (a later `iat`).
    #[tokio::test]
    async fn a_new_jwt_is_signed_before_the_old_one_expires() {
        let creds = Credentials::from_service_account_info(service_account_json()).unwrap();
        let first = verify_bearer(&creds.headers().await.unwrap());
        let Inner::Tokens(tokens) = &creds.inner else {
            panic!("service-account credentials hold tokens");
        };
        // 54 minutes on: still the same token.
        tokens.age_for_tests(std::time::Duration::from_secs(54 * 60));
        tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
        assert_eq!(
            verify_bearer(&creds.headers().await.unwrap())["iat"],
            first["iat"]
        );
        // 56 minutes on: a new one.
        tokens.age_for_tests(std::time::Duration::from_secs(2 * 60));
        let second = verify_bearer(&creds.headers().await.unwrap());
        assert!(
            second["iat"].as_i64() > first["iat"].as_i64(),
            "{first} {second}"
        );
    }

    /// The same JWT checked with *ring*'s verifier, from the public key in DER.
    #[tokio::test]
    async fn the_signature_verifies_with_ring_too() {
        use rsa::pkcs1::EncodeRsaPublicKey;
        let creds = Credentials::from_service_account_info(service_account_json()).unwrap();
        let headers = creds.headers().await.unwrap();
        let token = headers["authorization"]
            .to_str()
            .unwrap()
            .strip_prefix("Bearer ")
            .unwrap();
        let (signed, signature) = token.rsplit_once('.').unwrap();
        let public = key().to_public_key().to_pkcs1_der().unwrap();
        ring::signature::UnparsedPublicKey::new(
            &ring::signature::RSA_PKCS1_2048_8192_SHA256,
            public.as_bytes(),
        )
        .verify(signed.as_bytes(), &b64(signature))
        .expect("ring verifies the signature");
        // A changed claim does not verify.
        let (header, claims) = signed.split_once('.').unwrap();
        let mut forged = b64(claims);
        forged[2] ^= 1;
        let forged = format!(
            "{header}.{}",
            base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(forged)
        );
        assert!(
            ring::signature::UnparsedPublicKey::new(
                &ring::signature::RSA_PKCS1_2048_8192_SHA256,
                public.as_bytes(),
            )
            .verify(forged.as_bytes(), &b64(signature))
            .is_err()
        );
    }

    #[test]
    fn bad_service_account_keys() {
        let table: &[(serde_json::Value, &str)] = &[
            (
                serde_json::json!({"type": "authorized_user"}),
                "service_account",
            ),
            (
                serde_json::json!({"type": "service_account"}),
                "client_email",
            ),
            (
                serde_json::json!({"type": "service_account", "client_email": "a"}),
                "private_key",
            ),
        ];
        for (json, fragment) in table {
            let err = Credentials::from_service_account_info(json.clone()).unwrap_err();
            assert!(err.to_string().contains(fragment), "{json}: {err}");
        }
        let err = Credentials::from_service_account_json_text("{").unwrap_err();
        assert!(err.to_string().contains("not valid JSON"), "{err}");
        let err = Credentials::from_service_account_file("/nonexistent/key.json").unwrap_err();
        assert!(err.to_string().contains("/nonexistent/key.json"), "{err}");
    }

    #[tokio::test]
    async fn a_bad_private_key_fails_at_token_time_as_unauthenticated() {
        let mut json = service_account_json();
        json["private_key"] =
            "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n".into();
        let creds = Credentials::from_service_account_info(json).unwrap();
        let err = creds.headers().await.unwrap_err();
        assert_eq!(err.code(), Code::Unauthenticated);
        assert_eq!(err.kind(), ErrorKind::Auth);
        assert!(!err.to_string().contains("AAAA"));
        assert!(err.to_string().contains("private_key"), "{err}");
        // `prepare`, which the client calls when it is built, reports it early.
        let early = creds.prepare().unwrap_err().to_string();
        assert!(early.contains("not a usable RSA private key"), "{early}");
    }

    /// No runtime is needed until the first request, and none to build or check.
    #[test]
    fn outside_a_runtime_nothing_is_needed_until_a_request() {
        let creds = Credentials::from_service_account_info(service_account_json()).unwrap();
        creds.prepare().unwrap();
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async {
            verify_bearer(&creds.headers().await.unwrap());
        });
    }

    #[test]
    fn credentials_file_types() {
        let dir = std::env::temp_dir().join(format!("df-cf-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        // User credentials fetch nothing until the first request (the default token
        // endpoint is Google's: tests reach no network but loopback).
        let user = dir.join("user.json");
        std::fs::write(
            &user,
            serde_json::json!({"type": "authorized_user", "client_id": "id",
                "client_secret": "secret", "refresh_token": "rt"})
            .to_string(),
        )
        .unwrap();
        let c = Credentials::from_file(&user).unwrap();
        assert_eq!(c.kind(), "authorized user");
        c.prepare().unwrap();
        assert!(!format!("{c:?}").contains("secret"));

        let odd = dir.join("odd.json");
        std::fs::write(&odd, r#"{"type": "gdch_service_account"}"#).unwrap();
        let err = Credentials::from_file(&odd).unwrap_err();
        assert!(err.to_string().contains("gdch_service_account"), "{err}");
        let _ = std::fs::remove_dir_all(&dir);
    }
}

#[test]
fn find_adc_file_table() {
    use crate::endpoint::EnvMap;
    let home = std::env::temp_dir().join(format!("df-adc-{}", std::process::id()));
    let file = home.join(".config/gcloud/application_default_credentials.json");
    let _ = std::fs::remove_dir_all(&home);
    let env = EnvMap::new().with("HOME", home.to_str().unwrap());
    assert_eq!(find_adc_file(&EnvMap::new()), None);
    assert_eq!(find_adc_file(&env), None);
    // The variable wins, even when the file does not exist (ADC then reports it).
    let named = env
        .clone()
        .with("GOOGLE_APPLICATION_CREDENTIALS", "/x/key.json");
    assert_eq!(find_adc_file(&named), Some("/x/key.json".into()));
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    std::fs::write(&file, "{}").unwrap();
    if !cfg!(windows) {
        assert_eq!(find_adc_file(&env), Some(file.clone()));
    }
    let empty = env.with("GOOGLE_APPLICATION_CREDENTIALS", "");
    if !cfg!(windows) {
        assert_eq!(find_adc_file(&empty), Some(file));
    }
    let _ = std::fs::remove_dir_all(&home);
}

/// A token error from google-cloud-auth becomes one line: each cause once, without the
/// "future attempts" endings that library puts after every message.
#[cfg(feature = "google-cloud-auth")]
#[test]
fn auth_errors_read_as_one_line() {
    use super::google::describe_auth_error;
    use google_cloud_auth::errors::CredentialsError;

    let cause = std::io::Error::new(std::io::ErrorKind::ConnectionRefused, "connection refused");
    let inner = CredentialsError::new(true, "failed to fetch access token", cause);
    let outer = CredentialsError::new(
        true,
        "Fetching the token resulted in transient errors.",
        inner,
    );
    let text = describe_auth_error(&outer);
    assert_eq!(
        text,
        "Fetching the token resulted in transient errors: failed to fetch access token: connection refused"
    );
    assert!(!text.contains("future attempts"), "{text}");

    let permanent = CredentialsError::from_msg(false, "invalid_grant");
    assert_eq!(describe_auth_error(&permanent), "invalid_grant");
}

/// With the interop feature, `from_google` wraps google-cloud-auth's credentials and the
/// process-wide rustls provider that crate uses is *ring*.
#[cfg(feature = "google-cloud-auth")]
#[tokio::test]
async fn google_cloud_auth_interop() {
    let inner = google_cloud_auth::credentials::anonymous::Builder::new().build();
    let c = Credentials::from_google(inner);
    assert_eq!(c.kind(), "google-cloud-auth");
    c.prepare().unwrap();
    let provider = rustls::crypto::CryptoProvider::get_default().unwrap();
    let ring = rustls::crypto::ring::default_provider();
    assert_eq!(
        format!("{:?}", provider.cipher_suites),
        format!("{:?}", ring.cipher_suites)
    );
}

#[cfg(feature = "google-auth")]
mod adc_order;
#[cfg(feature = "google-auth")]
mod fake_http;
#[cfg(feature = "google-auth")]
mod user_flow;
