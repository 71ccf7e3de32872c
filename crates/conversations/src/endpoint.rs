//! Endpoint, universe and mutual-TLS selection.
//!
//! This module decides *where* a client connects and *how* (plaintext, TLS, or
//! mutual TLS with a client certificate), from [`ClientOptions`] and the
//! environment, the way Google's client libraries do ([AIP-4114]):
//!
//! | variable | values | default |
//! |---|---|---|
//! | `GOOGLE_API_USE_CLIENT_CERTIFICATE` | `true`, `false` | `false` |
//! | `GOOGLE_API_USE_MTLS_ENDPOINT` | `never`, `auto`, `always` | `auto` |
//! | `GOOGLE_CLOUD_UNIVERSE_DOMAIN` | a domain such as `googleapis.com` | `googleapis.com` |
//! | `GOOGLE_API_CERTIFICATE_CONFIG` | path of the certificate config file | `~/.config/gcloud/certificate_config.json` |
//! | `DIALOGFLOW_EMULATOR_HOST` | `host:port` of a local emulator | unset |
//!
//! The two switches are compared case-insensitively (as the Python client's
//! constructor does); any other value is an error, never silently ignored.
//!
//! [`get_mtls_endpoint_and_cert_source`] has the semantics of the Python
//! client's method of the same name; [`resolve_endpoint`] goes further and
//! gives everything the client needs to connect: it also applies the universe
//! domain, the regional endpoint of a [location](ClientOptions::with_location)
//! and the emulator.
//!
//! Reading the environment goes through the [`Environment`] trait, so that
//! tests (yours and ours) can pass an [`EnvMap`] instead of touching the
//! process environment.
//!
//! [AIP-4114]: https://google.aip.dev/auth/4114

use std::collections::BTreeMap;
use std::fmt;
use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::error::ConfigError;
use crate::options::ClientOptions;

/// The service's host in the `googleapis.com` universe.
pub const DEFAULT_ENDPOINT: &str = "dialogflow.googleapis.com";
/// The service's mutual-TLS host in the `googleapis.com` universe.
pub const DEFAULT_MTLS_ENDPOINT: &str = "dialogflow.mtls.googleapis.com";
/// The default universe domain.
pub const DEFAULT_UNIVERSE_DOMAIN: &str = "googleapis.com";

/// Name of the variable that turns client certificates on (`true`) or off (`false`).
pub const USE_CLIENT_CERTIFICATE_ENV: &str = "GOOGLE_API_USE_CLIENT_CERTIFICATE";
/// Name of the variable that picks the mTLS endpoint (`never`, `auto`, `always`).
pub const USE_MTLS_ENDPOINT_ENV: &str = "GOOGLE_API_USE_MTLS_ENDPOINT";
/// Name of the variable that sets the universe domain.
pub const UNIVERSE_DOMAIN_ENV: &str = "GOOGLE_CLOUD_UNIVERSE_DOMAIN";
/// Name of the variable that points at the certificate config file.
pub const CERTIFICATE_CONFIG_ENV: &str = "GOOGLE_API_CERTIFICATE_CONFIG";
/// Name of the variable that points the client at an emulator (`host:port`).
pub const EMULATOR_HOST_ENV: &str = "DIALOGFLOW_EMULATOR_HOST";

/// The context-aware (secure connect) metadata file, relative to the home directory.
pub const CONTEXT_AWARE_METADATA_PATH: &str = ".secureConnect/context_aware_metadata.json";
/// The default certificate config file, relative to the home directory.
pub const CERTIFICATE_CONFIG_DEFAULT_PATH: &str = ".config/gcloud/certificate_config.json";

/// A source of environment variables.
///
/// [`ProcessEnv`] reads the real environment; [`EnvMap`] holds fixed values
/// for tests.
pub trait Environment: Send + Sync {
    /// The value of `name`, or `None` when it is unset (or not valid Unicode).
    fn var(&self, name: &str) -> Option<String>;

    /// The user's home directory (`HOME`, or `USERPROFILE` on Windows).
    fn home_dir(&self) -> Option<PathBuf> {
        self.var("HOME")
            .or_else(|| self.var("USERPROFILE"))
            .filter(|h| !h.is_empty())
            .map(PathBuf::from)
    }
}

/// The process environment.
#[derive(Debug, Clone, Copy, Default)]
pub struct ProcessEnv;

impl Environment for ProcessEnv {
    fn var(&self, name: &str) -> Option<String> {
        std::env::var(name).ok()
    }
}

/// A fixed set of environment variables, for tests.
///
/// ```
/// use dialogflow_conversations::endpoint::{EnvMap, Environment};
///
/// let env = EnvMap::new().with("GOOGLE_API_USE_MTLS_ENDPOINT", "never");
/// assert_eq!(env.var("GOOGLE_API_USE_MTLS_ENDPOINT").as_deref(), Some("never"));
/// assert_eq!(env.var("HOME"), None);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EnvMap {
    vars: BTreeMap<String, String>,
}

impl EnvMap {
    /// An environment with no variables at all.
    pub fn new() -> Self {
        Self::default()
    }

    /// The same environment with `name` set to `value`.
    pub fn with(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.vars.insert(name.into(), value.into());
        self
    }

    /// Sets `name` to `value`.
    pub fn set(&mut self, name: impl Into<String>, value: impl Into<String>) {
        self.vars.insert(name.into(), value.into());
    }
}

impl Environment for EnvMap {
    fn var(&self, name: &str) -> Option<String> {
        self.vars.get(name).cloned()
    }
}

/// The `GOOGLE_API_USE_MTLS_ENDPOINT` switch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum UseMtlsEndpoint {
    /// Never use the mTLS endpoint.
    Never,
    /// Use the mTLS endpoint when a client certificate is in use.
    #[default]
    Auto,
    /// Always use the mTLS endpoint.
    Always,
}

impl UseMtlsEndpoint {
    /// Reads the switch from `env`; unset means [`Auto`](UseMtlsEndpoint::Auto).
    pub fn from_env(env: &dyn Environment) -> Result<Self, ConfigError> {
        match env.var(USE_MTLS_ENDPOINT_ENV) {
            None => Ok(UseMtlsEndpoint::Auto),
            Some(v) => match v.to_ascii_lowercase().as_str() {
                "never" => Ok(UseMtlsEndpoint::Never),
                "auto" => Ok(UseMtlsEndpoint::Auto),
                "always" => Ok(UseMtlsEndpoint::Always),
                _ => Err(ConfigError::InvalidUseMtlsEndpoint { value: v }),
            },
        }
    }
}

/// Reads `GOOGLE_API_USE_CLIENT_CERTIFICATE`; unset means `false`.
pub fn use_client_certificate(env: &dyn Environment) -> Result<bool, ConfigError> {
    match env.var(USE_CLIENT_CERTIFICATE_ENV) {
        None => Ok(false),
        Some(v) => match v.to_ascii_lowercase().as_str() {
            "true" => Ok(true),
            "false" => Ok(false),
            _ => Err(ConfigError::InvalidUseClientCertificate { value: v }),
        },
    }
}

/// The universe domain: the option if given, else `GOOGLE_CLOUD_UNIVERSE_DOMAIN`,
/// else `googleapis.com`. An empty string from either source is an error.
pub fn universe_domain(option: Option<&str>, env: &dyn Environment) -> Result<String, ConfigError> {
    let (value, source_name) = match option {
        Some(o) => (o.to_string(), "the universe_domain option"),
        None => match env.var(UNIVERSE_DOMAIN_ENV) {
            Some(v) => (v, UNIVERSE_DOMAIN_ENV),
            None => return Ok(DEFAULT_UNIVERSE_DOMAIN.to_string()),
        },
    };
    if value.trim().is_empty() {
        return Err(ConfigError::EmptyUniverseDomain { source_name });
    }
    Ok(value.trim().to_string())
}

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

fn read_file(path: &Path, what: &str) -> Result<Vec<u8>, ConfigError> {
    std::fs::read(path).map_err(|e| {
        ConfigError::cert(
            format!("cannot read the {what} file {}: {e}", path.display()),
            Some(path.to_path_buf()),
        )
    })
}

fn home_relative(env: &dyn Environment, rel: &str) -> Option<PathBuf> {
    env.home_dir().map(|h| h.join(rel))
}

fn expand_tilde(env: &dyn Environment, path: &str) -> PathBuf {
    if path == "~" {
        return env.home_dir().unwrap_or_else(|| PathBuf::from(path));
    }
    if let Some(rest) = path.strip_prefix("~/")
        && let Some(home) = env.home_dir()
    {
        return home.join(rest);
    }
    PathBuf::from(path)
}

/// The certificate config file to read: `GOOGLE_API_CERTIFICATE_CONFIG` if set
/// and non-empty, else the default under the home directory; `None` if that
/// file does not exist.
pub fn certificate_config_path(env: &dyn Environment) -> Option<PathBuf> {
    let path = match env.var(CERTIFICATE_CONFIG_ENV).filter(|p| !p.is_empty()) {
        Some(p) => expand_tilde(env, &p),
        None => home_relative(env, CERTIFICATE_CONFIG_DEFAULT_PATH)?,
    };
    path.is_file().then_some(path)
}

/// The secure-connect context-aware metadata file, if it exists.
pub fn context_aware_metadata_path(env: &dyn Environment) -> Option<PathBuf> {
    home_relative(env, CONTEXT_AWARE_METADATA_PATH).filter(|p| p.is_file())
}

/// Whether a default client certificate source exists: the context-aware
/// metadata file, the default certificate config file, or the file named by
/// `GOOGLE_API_CERTIFICATE_CONFIG`.
pub fn has_default_client_cert_source(env: &dyn Environment) -> bool {
    if context_aware_metadata_path(env).is_some() {
        return true;
    }
    if home_relative(env, CERTIFICATE_CONFIG_DEFAULT_PATH).is_some_and(|p| p.is_file()) {
        return true;
    }
    env.var(CERTIFICATE_CONFIG_ENV)
        .filter(|p| !p.is_empty())
        .is_some_and(|p| expand_tilde(env, &p).is_file())
}

/// The default client certificate source, or `None` if there is none.
///
/// When called, the source tries, in this order, as Google's auth libraries do:
/// 1. the certificate config file (see [`certificate_config_path`]): the
///    `cert_configs.workload.cert_path` and `key_path` files it names;
/// 2. the context-aware metadata file: it runs its `cert_provider_command`
///    and takes the certificate chain and private key from the PEM blocks of
///    its standard output.
///
/// The file system is looked at again on each call, so a rotated
/// certificate is picked up by the next client built.
pub fn default_client_cert_source(env: &dyn Environment) -> Option<ClientCertSource> {
    if !has_default_client_cert_source(env) {
        return None;
    }
    let config = certificate_config_path(env);
    let metadata = context_aware_metadata_path(env);
    let description = match (&config, &metadata) {
        (Some(c), Some(m)) => format!("{} or {}", c.display(), m.display()),
        (Some(c), None) => c.display().to_string(),
        (None, Some(m)) => m.display().to_string(),
        (None, None) => "default client certificate".to_string(),
    };
    Some(ClientCertSource::from_fn(description, move || {
        if let Some(config) = &config
            && let Some(identity) = workload_identity(config)?
        {
            return Ok(identity);
        }
        if let Some(metadata) = &metadata {
            return run_cert_provider(metadata);
        }
        Err(ConfigError::cert(
            "no usable default client certificate: the certificate config file has no workload certificate and there is no context-aware metadata file",
            config.clone(),
        ))
    }))
}

/// Reads the workload certificate and key named by a certificate config file.
///
/// Returns `Ok(None)` when the file has no `workload` entry.
fn workload_identity(config: &Path) -> Result<Option<ClientIdentity>, ConfigError> {
    let err = |m: String| ConfigError::cert(m, Some(config.to_path_buf()));
    let text = read_file(config, "certificate config")?;
    let json: serde_json::Value = serde_json::from_slice(&text).map_err(|e| {
        err(format!(
            "the certificate config file {} is not valid JSON: {e}",
            config.display()
        ))
    })?;
    let Some(cert_configs) = json.get("cert_configs").filter(|v| v.is_object()) else {
        return Err(err(format!(
            "the certificate config file {} has no \"cert_configs\" object",
            config.display()
        )));
    };
    let Some(workload) = cert_configs.get("workload") else {
        return Ok(None);
    };
    let field = |name: &str| -> Result<PathBuf, ConfigError> {
        workload
            .get(name)
            .and_then(|v| v.as_str())
            .map(PathBuf::from)
            .ok_or_else(|| {
                err(format!(
                    "the certificate config file {} has no string \"cert_configs.workload.{name}\"",
                    config.display()
                ))
            })
    };
    let cert_path = field("cert_path")?;
    let key_path = field("key_path")?;
    Ok(Some(ClientIdentity::from_pem(
        read_file(&cert_path, "certificate")?,
        read_file(&key_path, "private key")?,
    )))
}

/// Runs the `cert_provider_command` of a context-aware metadata file.
fn run_cert_provider(metadata: &Path) -> Result<ClientIdentity, ConfigError> {
    let err = |m: String| ConfigError::cert(m, Some(metadata.to_path_buf()));
    let text = read_file(metadata, "context-aware metadata")?;
    let json: serde_json::Value = serde_json::from_slice(&text)
        .map_err(|e| err(format!("{} is not valid JSON: {e}", metadata.display())))?;
    let command: Vec<String> = match json.get("cert_provider_command") {
        Some(serde_json::Value::Array(items)) if !items.is_empty() => items
            .iter()
            .map(|v| v.as_str().map(str::to_string))
            .collect::<Option<_>>()
            .ok_or_else(|| {
                err(format!(
                    "\"cert_provider_command\" in {} must be a list of strings",
                    metadata.display()
                ))
            })?,
        _ => {
            return Err(err(format!(
                "{} has no \"cert_provider_command\" list",
                metadata.display()
            )));
        }
    };
    let output = std::process::Command::new(&command[0])
        .args(&command[1..])
        .stdin(std::process::Stdio::null())
        .output()
        .map_err(|e| {
            err(format!(
                "cannot run the cert provider command {:?}: {e}",
                command[0]
            ))
        })?;
    if !output.status.success() {
        return Err(err(format!(
            "the cert provider command {:?} failed with {}: {}",
            command[0],
            output.status,
            String::from_utf8_lossy(&output.stderr).trim()
        )));
    }
    parse_cert_provider_output(&output.stdout).map_err(err)
}

/// Takes the certificate chain and the private key out of a cert provider's output.
///
/// The certificate is everything from the first `BEGIN CERTIFICATE` line to
/// the end of the last `END CERTIFICATE` line (a chain stays whole); the key is
/// the `BEGIN ... PRIVATE KEY` block. Encrypted keys are refused.
pub fn parse_cert_provider_output(out: &[u8]) -> Result<ClientIdentity, String> {
    let text = std::str::from_utf8(out)
        .map_err(|_| "the cert provider command printed something that is not UTF-8".to_string())?;
    let cert = pem_span(
        text,
        "-----BEGIN CERTIFICATE-----",
        "-----END CERTIFICATE-----",
    )
    .ok_or("the cert provider command printed no PEM certificate")?;
    let key =
        private_key_span(text).ok_or("the cert provider command printed no PEM private key")?;
    if key.contains("ENCRYPTED") {
        return Err(
            "the cert provider command printed an encrypted private key, which is not supported"
                .to_string(),
        );
    }
    Ok(ClientIdentity::from_pem(cert.as_bytes(), key.as_bytes()))
}

/// From the first `begin` to the end of the last `end` (with its line ending).
fn pem_span<'a>(text: &'a str, begin: &str, end: &str) -> Option<&'a str> {
    let start = text.find(begin)?;
    let last_end = text.rfind(end)?;
    if last_end < start {
        return None;
    }
    Some(&text[start..line_end(text, last_end + end.len())])
}

fn line_end(text: &str, mut i: usize) -> usize {
    let b = text.as_bytes();
    if i < b.len() && b[i] == b'\r' {
        i += 1;
    }
    if i < b.len() && b[i] == b'\n' {
        i += 1;
    }
    i
}

/// `-----BEGIN [A-Z ]*PRIVATE KEY-----` to the matching last END line.
fn private_key_span(text: &str) -> Option<&str> {
    let is_label = |s: &str| s.bytes().all(|c| c.is_ascii_uppercase() || c == b' ');
    let mut start = None;
    for (i, _) in text.match_indices("-----BEGIN ") {
        let rest = &text[i + "-----BEGIN ".len()..];
        if let Some(p) = rest.find("PRIVATE KEY-----")
            && is_label(&rest[..p])
        {
            start = Some(i);
            break;
        }
    }
    let start = start?;
    let mut last = None;
    for (i, _) in text[start..].match_indices("-----END ") {
        let at = start + i;
        let rest = &text[at + "-----END ".len()..];
        if let Some(p) = rest.find("PRIVATE KEY-----")
            && is_label(&rest[..p])
        {
            last = Some(at + "-----END ".len() + p + "PRIVATE KEY-----".len());
        }
    }
    Some(&text[start..line_end(text, last?)])
}

/// The mTLS variant of a `googleapis.com` host, as Google's clients compute it.
///
/// `x.googleapis.com` becomes `x.mtls.googleapis.com`, `x.sandbox.googleapis.com`
/// becomes `x.mtls.sandbox.googleapis.com`; hosts already on mTLS and hosts of
/// other domains are returned unchanged.
///
/// ```
/// use dialogflow_conversations::endpoint::default_mtls_endpoint;
///
/// assert_eq!(default_mtls_endpoint("dialogflow.googleapis.com"), "dialogflow.mtls.googleapis.com");
/// assert_eq!(default_mtls_endpoint("example.com"), "example.com");
/// ```
pub fn default_mtls_endpoint(api_endpoint: &str) -> String {
    let Some((name, rest)) = api_endpoint.split_once('.') else {
        return api_endpoint.to_string();
    };
    match rest {
        "googleapis.com" => format!("{name}.mtls.googleapis.com"),
        "sandbox.googleapis.com" => format!("{name}.mtls.sandbox.googleapis.com"),
        _ => api_endpoint.to_string(),
    }
}

/// The service host for `location` in `universe_domain`.
///
/// `global` (or no location) gives `dialogflow.{universe}`; any other location
/// gives the regional host `{location}-dialogflow.{universe}`.
///
/// ```
/// use dialogflow_conversations::endpoint::regional_endpoint;
///
/// assert_eq!(regional_endpoint(Some("europe-west1"), "googleapis.com")?, "europe-west1-dialogflow.googleapis.com");
/// assert_eq!(regional_endpoint(Some("global"), "googleapis.com")?, "dialogflow.googleapis.com");
/// assert!(regional_endpoint(Some("evil.com/"), "googleapis.com").is_err());
/// # Ok::<(), dialogflow_conversations::ConfigError>(())
/// ```
pub fn regional_endpoint(
    location: Option<&str>,
    universe_domain: &str,
) -> Result<String, ConfigError> {
    match location {
        None | Some("global") => Ok(format!("dialogflow.{universe_domain}")),
        Some(loc) => {
            validate_location(loc)?;
            Ok(format!("{loc}-dialogflow.{universe_domain}"))
        }
    }
}

pub(crate) fn validate_location(loc: &str) -> Result<(), ConfigError> {
    let ok = !loc.is_empty()
        && !loc.starts_with('-')
        && !loc.ends_with('-')
        && loc
            .bytes()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'-');
    if ok {
        Ok(())
    } else {
        Err(ConfigError::InvalidLocation {
            location: loc.to_string(),
        })
    }
}

/// Python's `get_mtls_endpoint_and_cert_source`, reading the process environment.
///
/// Returns the API endpoint (a host) and the client certificate source to use:
///
/// * the certificate source is `None` unless `GOOGLE_API_USE_CLIENT_CERTIFICATE`
///   is `true`; then it is the [option](ClientOptions::with_client_cert_source)
///   if given, else the [default source](default_client_cert_source) if one
///   exists, else `None`;
/// * the endpoint is the [option](ClientOptions::with_api_endpoint) if given;
///   else the mTLS endpoint if `GOOGLE_API_USE_MTLS_ENDPOINT` is `always`, or
///   `auto` with a certificate source; else the default endpoint.
///
/// Like the Python method, this ignores the universe domain and the location;
/// the client itself uses [`resolve_endpoint`].
pub fn get_mtls_endpoint_and_cert_source(
    options: &ClientOptions,
) -> Result<(String, Option<ClientCertSource>), ConfigError> {
    get_mtls_endpoint_and_cert_source_with_env(options, &ProcessEnv)
}

/// [`get_mtls_endpoint_and_cert_source`] with an explicit environment.
pub fn get_mtls_endpoint_and_cert_source_with_env(
    options: &ClientOptions,
    env: &dyn Environment,
) -> Result<(String, Option<ClientCertSource>), ConfigError> {
    let use_cert = use_client_certificate(env)?;
    let use_mtls = UseMtlsEndpoint::from_env(env)?;
    let cert_source = select_cert_source(options, use_cert, env);
    let endpoint = match options.api_endpoint() {
        Some(e) => e.to_string(),
        None if wants_mtls(use_mtls, cert_source.is_some()) => DEFAULT_MTLS_ENDPOINT.to_string(),
        None => DEFAULT_ENDPOINT.to_string(),
    };
    Ok((endpoint, cert_source))
}

fn select_cert_source(
    options: &ClientOptions,
    use_cert: bool,
    env: &dyn Environment,
) -> Option<ClientCertSource> {
    if !use_cert {
        return None;
    }
    options
        .client_cert_source()
        .cloned()
        .or_else(|| default_client_cert_source(env))
}

fn wants_mtls(use_mtls: UseMtlsEndpoint, has_cert: bool) -> bool {
    match use_mtls {
        UseMtlsEndpoint::Always => true,
        UseMtlsEndpoint::Auto => has_cert,
        UseMtlsEndpoint::Never => false,
    }
}

/// How to secure the connection.
#[derive(Debug, Clone)]
pub enum TlsChoice {
    /// No TLS (emulator, or an explicit `http://` endpoint).
    Plaintext,
    /// TLS, verifying the server against the web PKI roots.
    Tls,
    /// TLS with a client certificate.
    Mtls(ClientCertSource),
}

/// A parsed endpoint: scheme, host and port.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoint {
    plaintext: bool,
    host: String,
    port: u16,
}

impl Endpoint {
    /// Parses `host`, `host:port`, `[v6]:port`, `https://host[:port]` or `http://host[:port]`.
    ///
    /// Without a scheme, TLS on port 443 is assumed; `http://` defaults to port 80.
    pub fn parse(s: &str) -> Result<Self, ConfigError> {
        let bad = |reason: &str| ConfigError::InvalidEndpoint {
            endpoint: s.to_string(),
            reason: reason.to_string(),
        };
        let (plaintext, rest) = if let Some(r) = s.strip_prefix("https://") {
            (false, r)
        } else if let Some(r) = s.strip_prefix("http://") {
            (true, r)
        } else if s.contains("://") {
            return Err(bad("the scheme must be http or https"));
        } else {
            (false, s)
        };
        let rest = rest.strip_suffix('/').unwrap_or(rest);
        if rest.contains('/') || rest.contains('?') || rest.contains('#') || rest.contains('@') {
            return Err(bad("an endpoint has no path, query or user part"));
        }
        let default_port = if plaintext { 80 } else { 443 };
        let (host, port) = if let Some(v6) = rest.strip_prefix('[') {
            let (h, after) = v6.split_once(']').ok_or_else(|| bad("unclosed '['"))?;
            let port = match after {
                "" => default_port,
                p => parse_port(p.strip_prefix(':').ok_or_else(|| bad("junk after ']'"))?)
                    .ok_or_else(|| bad("the port is not a number in 1..=65535"))?,
            };
            (h.to_string(), port)
        } else {
            match rest.rsplit_once(':') {
                Some((h, p)) if !h.contains(':') => (
                    h.to_string(),
                    parse_port(p).ok_or_else(|| bad("the port is not a number in 1..=65535"))?,
                ),
                Some(_) => (rest.to_string(), default_port),
                None => (rest.to_string(), default_port),
            }
        };
        if host.is_empty() {
            return Err(bad("the host is empty"));
        }
        if host.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(bad("the host contains whitespace"));
        }
        Ok(Endpoint {
            plaintext,
            host,
            port,
        })
    }

    /// The host (without brackets for IPv6).
    pub fn host(&self) -> &str {
        &self.host
    }

    /// The port.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// Whether the endpoint was given as `http://` (no TLS).
    pub fn is_plaintext(&self) -> bool {
        self.plaintext
    }

    /// The URL the transports use: `https://host:port` or `http://host:port`.
    pub fn url(&self) -> String {
        let scheme = if self.plaintext { "http" } else { "https" };
        if self.host.contains(':') {
            format!("{scheme}://[{}]:{}", self.host, self.port)
        } else {
            format!("{scheme}://{}:{}", self.host, self.port)
        }
    }

    /// Whether the host is `localhost` or a loopback IP address.
    pub fn is_loopback(&self) -> bool {
        is_loopback_host(&self.host)
    }
}

fn parse_port(p: &str) -> Option<u16> {
    p.parse::<u16>().ok().filter(|&p| p != 0)
}

/// Whether `host` is `localhost` (or a name under `.localhost`) or a loopback IP address.
pub fn is_loopback_host(host: &str) -> bool {
    let h = host.trim_start_matches('[').trim_end_matches(']');
    let lower = h.to_ascii_lowercase();
    if lower == "localhost" || lower.ends_with(".localhost") {
        return true;
    }
    h.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

/// Everything the client needs to connect.
#[derive(Debug, Clone)]
pub struct ResolvedEndpoint {
    /// Where to connect.
    pub endpoint: Endpoint,
    /// How to secure the connection.
    pub tls: TlsChoice,
    /// The universe domain in force.
    pub universe_domain: String,
    /// Whether the endpoint came from `DIALOGFLOW_EMULATOR_HOST` (or
    /// [`ClientOptions::with_emulator_host`]); the client then uses anonymous credentials.
    pub emulator: bool,
}

/// Resolves endpoint, TLS and universe from options and environment.
///
/// In order:
/// 1. An emulator host ([`ClientOptions::with_emulator_host`], else
///    `DIALOGFLOW_EMULATOR_HOST` unless [ignored](ClientOptions::with_ignore_emulator_env))
///    wins over everything: plaintext to that `host:port`.
/// 2. The switches are read and checked (an invalid value is an error even when
///    not needed), then the universe domain.
/// 3. The certificate source as in [`get_mtls_endpoint_and_cert_source`].
/// 4. The endpoint: the explicit option, used as given (an `http://` endpoint
///    means plaintext); else the mTLS endpoint when wanted (an error outside
///    `googleapis.com`), regional if a location is set; else the regional or
///    global endpoint of the universe.
pub fn resolve_endpoint(
    options: &ClientOptions,
    env: &dyn Environment,
) -> Result<ResolvedEndpoint, ConfigError> {
    let emulator = match options.emulator_host() {
        Some(h) => Some(h.to_string()),
        None if options.ignore_emulator_env() => None,
        None => env.var(EMULATOR_HOST_ENV).filter(|h| !h.is_empty()),
    };
    if let Some(host) = emulator {
        let bad = || ConfigError::InvalidEmulatorHost {
            value: host.clone(),
        };
        let stripped = host.strip_prefix("http://").unwrap_or(&host);
        if stripped.contains("://") {
            return Err(bad());
        }
        // Google's emulator convention is `host:port`; an IPv6 host needs brackets.
        let has_port = stripped
            .rsplit_once(':')
            .is_some_and(|(_, p)| parse_port(p).is_some());
        let unbracketed_v6 = stripped.matches(':').count() > 1 && !stripped.starts_with('[');
        if !has_port || unbracketed_v6 {
            return Err(bad());
        }
        let endpoint = Endpoint::parse(&format!("http://{stripped}")).map_err(|_| bad())?;
        return Ok(ResolvedEndpoint {
            endpoint,
            tls: TlsChoice::Plaintext,
            universe_domain: universe_domain(options.universe_domain(), env)?,
            emulator: true,
        });
    }

    let use_cert = use_client_certificate(env)?;
    let use_mtls = UseMtlsEndpoint::from_env(env)?;
    let universe = universe_domain(options.universe_domain(), env)?;
    if let Some(loc) = options.location() {
        validate_location(loc)?;
    }
    let cert_source = select_cert_source(options, use_cert, env);

    let host = if let Some(explicit) = options.api_endpoint() {
        explicit.to_string()
    } else if wants_mtls(use_mtls, cert_source.is_some()) {
        if universe != DEFAULT_UNIVERSE_DOMAIN {
            return Err(ConfigError::MtlsOutsideDefaultUniverse {
                universe_domain: universe,
            });
        }
        default_mtls_endpoint(&regional_endpoint(
            options.location(),
            DEFAULT_UNIVERSE_DOMAIN,
        )?)
    } else {
        regional_endpoint(options.location(), &universe)?
    };
    let endpoint = Endpoint::parse(&host)?;
    let tls = if endpoint.is_plaintext() {
        TlsChoice::Plaintext
    } else {
        match cert_source {
            Some(source) => TlsChoice::Mtls(source),
            None => TlsChoice::Tls,
        }
    };
    Ok(ResolvedEndpoint {
        endpoint,
        tls,
        universe_domain: universe,
        emulator: false,
    })
}

#[cfg(test)]
mod tests;
