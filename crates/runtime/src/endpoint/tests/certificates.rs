//! Client certificate sources: the default source, the certificate config,
//! the context-aware metadata file and its provider command.

use super::*;

#[test]
fn has_default_client_cert_source_table() {
    // (files present, GOOGLE_API_CERTIFICATE_CONFIG value, expected)
    let table: &[(&[&str], Option<&str>, bool)] = &[
        (&[], None, false),
        (&[CONTEXT_AWARE_METADATA_PATH], None, true),
        (&[CERTIFICATE_CONFIG_DEFAULT_PATH], None, true),
        (
            &["elsewhere/config.json"],
            Some("elsewhere/config.json"),
            true,
        ),
        (&["elsewhere/config.json"], None, false),
        (&[], Some("missing.json"), false),
        (
            &[CERTIFICATE_CONFIG_DEFAULT_PATH],
            Some("missing.json"),
            true,
        ),
        (&[], Some(""), false),
    ];
    for (files, env_value, want) in table {
        let home = TempHome::new();
        for f in *files {
            home.write(f, "{}");
        }
        let mut env = home.env();
        if let Some(v) = env_value {
            let value = if v.is_empty() {
                String::new()
            } else {
                home.path.join(v).to_string_lossy().into_owned()
            };
            env.set(CERTIFICATE_CONFIG_ENV, value);
        }
        assert_eq!(
            has_default_client_cert_source(&env),
            *want,
            "{files:?} {env_value:?}"
        );
        assert_eq!(
            default_client_cert_source(&env).is_some(),
            *want,
            "{files:?} {env_value:?}"
        );
    }
    // No home directory at all: nothing to find.
    assert!(!has_default_client_cert_source(&EnvMap::new()));
}

#[test]
fn certificate_config_env_path_with_tilde() {
    let home = TempHome::new();
    let cert = home.write("c.pem", CERT);
    let key = home.write("k.pem", KEY);
    home.write(
        "my/cfg.json",
        &serde_json::json!({"cert_configs": {"workload": {"cert_path": cert, "key_path": key}}})
            .to_string(),
    );
    let env = home.env().with(CERTIFICATE_CONFIG_ENV, "~/my/cfg.json");
    let id = default_client_cert_source(&env)
        .unwrap()
        .identity()
        .unwrap();
    assert_eq!(id.cert_pem(), CERT.as_bytes());
}

#[test]
fn certificate_config_errors() {
    // (config contents, expected error fragment; None = falls through to "no usable")
    let table: &[(&str, &str)] = &[
        ("not json", "not valid JSON"),
        ("{}", "\"cert_configs\""),
        (r#"{"cert_configs": 3}"#, "\"cert_configs\""),
        (
            r#"{"cert_configs": {}}"#,
            "no usable default client certificate",
        ),
        (
            r#"{"cert_configs": {"workload": {}}}"#,
            "cert_configs.workload.cert_path",
        ),
        (
            r#"{"cert_configs": {"workload": {"cert_path": "/c"}}}"#,
            "cert_configs.workload.key_path",
        ),
        (
            r#"{"cert_configs": {"workload": {"cert_path": "/nonexistent/c.pem", "key_path": "/nonexistent/k.pem"}}}"#,
            "/nonexistent/c.pem",
        ),
    ];
    for (contents, fragment) in table {
        let home = TempHome::new();
        home.write(CERTIFICATE_CONFIG_DEFAULT_PATH, contents);
        let source = default_client_cert_source(&home.env()).expect("the file exists");
        let err = source.identity().unwrap_err();
        assert!(err.to_string().contains(fragment), "{contents}: {err}");
    }
}

#[cfg(unix)]
#[test]
fn context_aware_metadata_runs_the_provider_command() {
    let home = TempHome::new();
    let out = format!("some banner\n{CERT}{CERT}junk between\n{KEY}trailer\n");
    let out_file = home.write("provider-output.txt", &out);
    home.write(
        CONTEXT_AWARE_METADATA_PATH,
        &serde_json::json!({"cert_provider_command": ["cat", out_file]}).to_string(),
    );
    let env = home.env().with(USE_CLIENT_CERTIFICATE_ENV, "true");
    let (endpoint, source) =
        get_mtls_endpoint_and_cert_source_with_env(&ClientOptions::new(), &env).unwrap();
    assert_eq!(endpoint, DEFAULT_MTLS_ENDPOINT);
    let id = source.unwrap().identity().unwrap();
    assert_eq!(id.cert_pem(), format!("{CERT}{CERT}").as_bytes());
    assert_eq!(id.key_pem(), KEY.as_bytes());
    // The key never shows in Debug.
    assert!(!format!("{id:?}").contains("MIIE"));
}

#[cfg(unix)]
#[test]
fn workload_config_is_preferred_over_context_aware_metadata() {
    let home = home_with(DefaultCert::WorkloadConfig);
    home.write(
        CONTEXT_AWARE_METADATA_PATH,
        &serde_json::json!({"cert_provider_command": ["false"]}).to_string(),
    );
    let id = default_client_cert_source(&home.env())
        .unwrap()
        .identity()
        .unwrap();
    assert_eq!(id.cert_pem(), CERT.as_bytes());
}

#[cfg(unix)]
#[test]
fn context_aware_metadata_errors() {
    let table: &[(serde_json::Value, &str)] = &[
        (serde_json::json!({}), "no \"cert_provider_command\""),
        (
            serde_json::json!({"cert_provider_command": []}),
            "no \"cert_provider_command\"",
        ),
        (
            serde_json::json!({"cert_provider_command": [1]}),
            "list of strings",
        ),
        (
            serde_json::json!({"cert_provider_command": ["false"]}),
            "failed",
        ),
        (
            serde_json::json!({"cert_provider_command": ["/nonexistent/provider"]}),
            "cannot run",
        ),
        (
            serde_json::json!({"cert_provider_command": ["true"]}),
            "no PEM certificate",
        ),
    ];
    for (metadata, fragment) in table {
        let home = TempHome::new();
        home.write(CONTEXT_AWARE_METADATA_PATH, &metadata.to_string());
        let err = default_client_cert_source(&home.env())
            .unwrap()
            .identity()
            .unwrap_err();
        assert!(err.to_string().contains(fragment), "{metadata}: {err}");
    }
}

#[test]
fn cert_provider_output_table() {
    type Row = (String, Result<(String, String), &'static str>);
    let table: &[Row] = &[
        (
            format!("{CERT}{KEY}"),
            Ok((CERT.to_string(), KEY.to_string())),
        ),
        (
            format!("{KEY}{CERT}"),
            Ok((CERT.to_string(), KEY.to_string())),
        ),
        (
            format!(
                "{CERT}\r\n-----BEGIN RSA PRIVATE KEY-----\nA\n-----END RSA PRIVATE KEY-----\r\nx"
            ),
            Ok((
                CERT.to_string(),
                "-----BEGIN RSA PRIVATE KEY-----\nA\n-----END RSA PRIVATE KEY-----\r\n".to_string(),
            )),
        ),
        (
            format!("{CERT}-----BEGIN EC PRIVATE KEY-----\nB\n-----END EC PRIVATE KEY-----"),
            Ok((
                CERT.to_string(),
                "-----BEGIN EC PRIVATE KEY-----\nB\n-----END EC PRIVATE KEY-----".to_string(),
            )),
        ),
        (KEY.to_string(), Err("no PEM certificate")),
        (CERT.to_string(), Err("no PEM private key")),
        (
            format!(
                "{CERT}-----BEGIN ENCRYPTED PRIVATE KEY-----\nC\n-----END ENCRYPTED PRIVATE KEY-----\n"
            ),
            Err("encrypted"),
        ),
        (
            "-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----".to_string(),
            Err("no PEM certificate"),
        ),
    ];
    for (out, want) in table {
        match (parse_cert_provider_output(out.as_bytes()), want) {
            (Ok(id), Ok((cert, key))) => {
                assert_eq!(String::from_utf8_lossy(id.cert_pem()), *cert, "{out}");
                assert_eq!(String::from_utf8_lossy(id.key_pem()), *key, "{out}");
            }
            (Err(e), Err(fragment)) => assert!(e.contains(fragment), "{out}: {e}"),
            (got, want) => panic!("{out}: got {got:?}, want {want:?}"),
        }
    }
    assert!(parse_cert_provider_output(&[0xff, 0xfe]).is_err());
}

#[test]
fn cert_source_from_files_and_fn() {
    let home = TempHome::new();
    let c = home.write("c.pem", CERT);
    let k = home.write("k.pem", KEY);
    let id = ClientCertSource::from_files(&c, &k).identity().unwrap();
    assert_eq!(id.key_pem(), KEY.as_bytes());
    let missing = ClientCertSource::from_files(home.path.join("nope.pem"), &k);
    assert!(
        missing
            .identity()
            .unwrap_err()
            .to_string()
            .contains("nope.pem")
    );
    let f = ClientCertSource::from_fn("callback", || Ok(ClientIdentity::from_pem("a", "b")));
    assert_eq!(f.identity().unwrap().cert_pem(), b"a");
    assert!(format!("{f:?}").contains("callback"));
}
