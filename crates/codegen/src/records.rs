//! The RPC records: one per method of every service in `proto/`, read from the compiled
//! descriptor set and the service config. Every per-RPC surface is generated from these.

use std::collections::{BTreeMap, HashMap};
use std::error::Error;
use std::path::Path;

use heck::ToSnakeCase;
use prost::Message as _;
use prost_types::field_descriptor_proto::{Label, Type};
use prost_types::{
    DescriptorProto, FieldDescriptorProto, FileDescriptorSet, MethodDescriptorProto,
};

/// The services every Dialogflow client also serves, as Google's service configuration lists
/// them (`mixins`): their RPCs appear on each client.
pub const MIXINS: &[&str] = &[
    "google.longrunning.Operations",
    "google.cloud.location.Locations",
];

/// The package whose services get a client.
pub const API_PACKAGE: &str = "google.cloud.dialogflow.v2";

/// The services of [`API_PACKAGE`] that have a client (transport traits, wires, mock, builders)
/// today. Other services in `proto/` get their messages only (`types.rs` uses
/// [`Api::every_service`]) until their issue adds them here and writes what the generated
/// surface cannot (the client struct, the emulator's behaviour, streaming).
pub const SURFACED: &[&str] = &[
    "google.cloud.dialogflow.v2.Conversations",
    "google.cloud.dialogflow.v2.ConversationProfiles",
    "google.cloud.dialogflow.v2.Participants",
];

/// The routing field of each streaming RPC, `(full method, field)`. A streaming RPC has no
/// `google.api.http` binding to take its routing from, so it is named here: the field of the
/// first request that says which resource the stream is about (`x-goog-request-params`).
pub const STREAM_ROUTING: &[(&str, &str)] = &[(
    "google.cloud.dialogflow.v2.Participants/StreamingAnalyzeContent",
    "participant",
)];

/// The service the client and transport crates are named for: its generated code is always
/// compiled. Every other surfaced service is behind a cargo feature of its own ([`feature`]).
pub const ALWAYS_COMPILED: &str = "google.cloud.dialogflow.v2.Conversations";

/// The cargo feature that compiles a service's generated code, the kebab case of its short
/// name (`conversation-profiles`); `None` for [`ALWAYS_COMPILED`] and the mixins.
pub fn feature(service: &str) -> Option<String> {
    use heck::ToKebabCase;
    if service == ALWAYS_COMPILED || MIXINS.contains(&service) {
        None
    } else {
        Some(short(service).to_kebab_case())
    }
}

/// The `#[cfg(...)]` line (with its newline) for code that any of `services` needs; empty
/// when one of them is always compiled.
pub fn cfg_for<'a>(services: impl IntoIterator<Item = &'a str>) -> String {
    cfg_condition(services).map_or_else(String::new, |c| format!("#[cfg({c})]\n"))
}

/// What goes inside `cfg(...)` for code that any of `services` needs; `None` when one of
/// them is always compiled.
pub fn cfg_condition<'a>(services: impl IntoIterator<Item = &'a str>) -> Option<String> {
    let mut features = Vec::new();
    for service in services {
        match feature(service) {
            None => return None,
            Some(f) if !features.contains(&f) => features.push(f),
            Some(_) => {}
        }
    }
    match features.as_slice() {
        [] => None,
        [one] => Some(format!("feature = \"{one}\"")),
        many => Some(format!(
            "any({})",
            many.iter()
                .map(|f| format!("feature = \"{f}\""))
                .collect::<Vec<_>>()
                .join(", ")
        )),
    }
}

/// How requests and responses flow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Streaming {
    Unary,
    Server,
    Client,
    Bidi,
}

/// One `google.api.http` binding.
#[derive(Debug, Clone)]
pub struct Binding {
    pub verb: String,
    pub path: String,
}

/// AIP-158 paging: the request's `page_token` and the response's repeated items.
#[derive(Debug, Clone)]
pub struct Paging {
    /// The repeated field of the response that holds the items.
    pub items_field: String,
    /// The items' message type (full name with a leading dot).
    pub item_type: String,
}

/// `google.longrunning.operation_info`: what a finished operation holds.
#[derive(Debug, Clone)]
pub struct Lro {
    pub response_type: String,
    pub metadata_type: String,
}

/// Everything the generators know about one RPC.
#[derive(Debug, Clone)]
pub struct Rpc {
    /// Full service name, e.g. `google.cloud.dialogflow.v2.Conversations`.
    pub service: String,
    /// The method name, e.g. `GetConversation`.
    pub name: String,
    /// Full input type name with a leading dot.
    pub input: String,
    /// Full output type name with a leading dot.
    pub output: String,
    pub streaming: Streaming,
    pub bindings: Vec<Binding>,
    /// Routing field paths (the path variables of the bindings), in binding order.
    pub routing: Vec<String>,
    /// The first `google.api.method_signature`, split into field names.
    pub signature: Vec<String>,
    pub paging: Option<Paging>,
    pub lro: Option<Lro>,
    /// The service config's timeout, in milliseconds.
    pub timeout_ms: u64,
    /// The service config's retryable codes, e.g. `UNAVAILABLE`.
    pub retry_codes: Vec<String>,
    /// The method's leading comment in `proto/`.
    pub doc: String,
}

impl Rpc {
    /// The method name in snake case, e.g. `get_conversation`.
    pub fn snake(&self) -> String {
        self.name.to_snake_case()
    }

    /// Whether a blind retry is safe by default: AIP-194 reads GET, PUT and DELETE as
    /// idempotent.
    pub fn idempotent(&self) -> bool {
        self.bindings
            .first()
            .is_some_and(|b| matches!(b.verb.as_str(), "get" | "put" | "delete"))
    }
}

/// A client: one API service and the mixins it also serves.
#[derive(Debug, Clone)]
pub struct Service {
    /// Full name, e.g. `google.cloud.dialogflow.v2.Conversations`.
    pub name: String,
    /// The service's leading comment.
    pub doc: String,
    /// Its own RPCs, then the mixins'.
    pub rpcs: Vec<Rpc>,
}

impl Service {
    /// The short name, e.g. `Conversations`.
    pub fn short(&self) -> &str {
        short(&self.name)
    }
}

/// The last dot-separated part of a name.
pub fn short(name: &str) -> &str {
    name.rsplit('.').next().unwrap_or(name)
}

/// Every message of the descriptor set by full name (leading dot).
pub type Messages = HashMap<String, DescriptorProto>;

/// What the generators read: the services with their RPCs, and the messages.
#[derive(Debug)]
pub struct Api {
    /// The services that get a client ([`SURFACED`]), each with the mixins' RPCs.
    pub services: Vec<Service>,
    /// Every RPC of the surfaced services once (mixins once), services in order.
    pub all_rpcs: Vec<Rpc>,
    /// Every service of [`API_PACKAGE`], surfaced or not, with its own RPCs only (no mixins).
    pub every_service: Vec<Service>,
    pub messages: Messages,
    /// The leading comment of each field of the top-level messages: `(message, field)`.
    pub field_docs: HashMap<(String, String), String>,
}

impl Api {
    /// A message by full name (leading dot).
    pub fn message(&self, name: &str) -> Result<&DescriptorProto, String> {
        self.messages
            .get(name)
            .ok_or_else(|| format!("message {name} is not in the descriptor set"))
    }
}

/// The records of `proto/`, read once per run and shared by the generators.
pub fn read(proto_root: &Path) -> Result<&'static Api, Box<dyn Error>> {
    static API: std::sync::OnceLock<Api> = std::sync::OnceLock::new();
    if let Some(api) = API.get() {
        return Ok(api);
    }
    let api = read_uncached(proto_root)?;
    Ok(API.get_or_init(|| api))
}

/// Reads the records from `proto/` (with source info, for the docs) and the service config.
fn read_uncached(proto_root: &Path) -> Result<Api, Box<dyn Error>> {
    let files = crate::types::proto_files(proto_root)?;
    let set = protox::Compiler::new([proto_root])?
        .include_source_info(true)
        .include_imports(true)
        .open_files(&files)?
        .encode_file_descriptor_set();
    let options = raw_method_options(&set);
    let set = FileDescriptorSet::decode(set.as_slice())?;
    let config = ServiceConfig::read(proto_root)?;

    let mut messages = Messages::new();
    for file in &set.file {
        for m in &file.message_type {
            collect(&format!(".{}", file.package()), m, &mut messages);
        }
    }

    let mut by_service: BTreeMap<String, (String, Vec<Rpc>)> = BTreeMap::new();
    let mut field_docs = HashMap::new();
    for file in &set.file {
        let comments = Comments::of(file);
        for (mi, m) in file.message_type.iter().enumerate() {
            for (fi, f) in m.field.iter().enumerate() {
                let text = comments.get(&[4, mi as i32, 2, fi as i32]);
                if !text.is_empty() {
                    let message = format!(".{}.{}", file.package(), m.name());
                    field_docs.insert((message, f.name().to_string()), text);
                }
            }
        }
        for (si, service) in file.service.iter().enumerate() {
            let full = format!("{}.{}", file.package(), service.name());
            let mut rpcs = Vec::new();
            for (mi, method) in service.method.iter().enumerate() {
                let doc = comments.get(&[6, si as i32, 2, mi as i32]);
                let raw = options
                    .get(&format!("{full}/{}", method.name()))
                    .cloned()
                    .unwrap_or_default();
                rpcs.push(rpc(&full, method, &raw, doc, &messages, &config)?);
            }
            by_service.insert(full, (comments.get(&[6, si as i32]), rpcs));
        }
    }

    let mixins: Vec<Rpc> = MIXINS
        .iter()
        .map(|m| {
            by_service
                .get(*m)
                .map(|(_, rpcs)| rpcs.clone())
                .ok_or_else(|| format!("the mixin service {m} is not in proto/"))
        })
        .collect::<Result<Vec<_>, _>>()?
        .concat();
    let mut services = Vec::new();
    let mut all_rpcs = Vec::new();
    let mut every_service = Vec::new();
    for (name, (doc, rpcs)) in &by_service {
        if name.rsplit_once('.').map(|(p, _)| p) != Some(API_PACKAGE) {
            continue;
        }
        every_service.push(Service {
            name: name.clone(),
            doc: doc.clone(),
            rpcs: rpcs.clone(),
        });
    }
    // The surfaced services in the order of SURFACED, then the mixins: a service added later
    // goes after the earlier ones in `Rpc::ALL`, and moves the mixins. The named seeds of the
    // `transport_rest_request` and `transport_rest_decode` fuzz targets pick an RPC (or a
    // response type) by that order, in their first byte: renumber the mixins' seeds then, as
    // the replay test (`crates/transport/tests/fuzz_corpus.rs`) says.
    for surfaced in SURFACED {
        let Some((doc, rpcs)) = by_service.get(*surfaced) else {
            continue;
        };
        all_rpcs.extend(rpcs.iter().cloned());
        let mut rpcs = rpcs.clone();
        rpcs.extend(mixins.iter().cloned());
        services.push(Service {
            name: surfaced.to_string(),
            doc: doc.clone(),
            rpcs,
        });
    }
    all_rpcs.extend(mixins);
    for surfaced in SURFACED {
        if !every_service.iter().any(|s| s.name == *surfaced) {
            return Err(
                format!("records::SURFACED names {surfaced}, which is not in proto/").into(),
            );
        }
    }
    Ok(Api {
        services,
        all_rpcs,
        every_service,
        messages,
        field_docs,
    })
}

fn collect(prefix: &str, m: &DescriptorProto, out: &mut Messages) {
    let full = format!("{prefix}.{}", m.name());
    for n in &m.nested_type {
        collect(&full, n, out);
    }
    out.insert(full, m.clone());
}

fn rpc(
    service: &str,
    method: &MethodDescriptorProto,
    raw_options: &[u8],
    doc: String,
    messages: &Messages,
    config: &ServiceConfig,
) -> Result<Rpc, Box<dyn Error>> {
    let name = method.name().to_string();
    let extensions = Extensions::of(raw_options);
    let streaming = match (method.client_streaming(), method.server_streaming()) {
        (false, false) => Streaming::Unary,
        (false, true) => Streaming::Server,
        (true, false) => Streaming::Client,
        (true, true) => Streaming::Bidi,
    };
    let mut bindings = Vec::new();
    if let Some(rule) = extensions.message(HTTP) {
        http_bindings(&rule, &mut bindings);
    }
    let mut routing = Vec::new();
    for b in &bindings {
        for var in path_variables(&b.path) {
            if !routing.contains(&var) {
                routing.push(var);
            }
        }
    }
    if streaming != Streaming::Unary {
        let full = format!("{service}/{name}");
        routing.extend(
            STREAM_ROUTING
                .iter()
                .filter(|(method, _)| *method == full)
                .map(|(_, field)| field.to_string()),
        );
    }
    let signature = extensions
        .strings(METHOD_SIGNATURE)
        .first()
        .map(|s| s.split(',').map(|f| f.trim().to_string()).collect())
        .unwrap_or_default();
    let lro = extensions.message(OPERATION_INFO).map(|info| {
        let info = Extensions::of(&info);
        let qualify = |t: String| {
            if t.contains('.') {
                format!(".{t}")
            } else {
                format!(".{}.{t}", service.rsplit_once('.').map_or("", |(p, _)| p))
            }
        };
        Lro {
            response_type: qualify(info.strings(1).into_iter().next().unwrap_or_default()),
            metadata_type: qualify(info.strings(2).into_iter().next().unwrap_or_default()),
        }
    });
    let paging = paging(method.input_type(), method.output_type(), messages);
    let (timeout_ms, retry_codes) = config.lookup(service, &name);
    Ok(Rpc {
        service: service.to_string(),
        name,
        input: method.input_type().to_string(),
        output: method.output_type().to_string(),
        streaming,
        bindings,
        routing,
        signature,
        paging,
        lro,
        timeout_ms,
        retry_codes,
        doc,
    })
}

/// AIP-158: a request with `page_token` and `page_size` and a response with `next_page_token`
/// and one repeated field.
fn paging(input: &str, output: &str, messages: &Messages) -> Option<Paging> {
    let request = messages.get(input)?;
    let response = messages.get(output)?;
    let has = |m: &DescriptorProto, name: &str| m.field.iter().any(|f| f.name() == name);
    if !(has(request, "page_token")
        && has(request, "page_size")
        && has(response, "next_page_token"))
    {
        return None;
    }
    let items: Vec<&FieldDescriptorProto> = response
        .field
        .iter()
        .filter(|f| f.label() == Label::Repeated && f.r#type() == Type::Message)
        .filter(|f| !is_map(messages, f))
        .collect();
    match items.as_slice() {
        [field] => Some(Paging {
            items_field: field.name().to_string(),
            item_type: field.type_name().to_string(),
        }),
        _ => None,
    }
}

/// Whether a field is a protobuf map (a repeated field of a synthetic map-entry message).
pub fn is_map(messages: &Messages, field: &FieldDescriptorProto) -> bool {
    field.r#type() == Type::Message
        && messages
            .get(field.type_name())
            .and_then(|m| m.options.as_ref())
            .is_some_and(|o| o.map_entry())
}

/// The `{field=...}` variables of a path template.
fn path_variables(path: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = path;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}') else {
            break;
        };
        let var = &rest[open + 1..open + close];
        out.push(var.split('=').next().unwrap_or(var).to_string());
        rest = &rest[open + close + 1..];
    }
    out
}

// --- custom options, read from their encoded form ---------------------------------------------

/// `google.api.http` on MethodOptions.
const HTTP: u32 = 72295728;
/// `google.api.method_signature` on MethodOptions (repeated string).
const METHOD_SIGNATURE: u32 = 1051;
/// `google.longrunning.operation_info` on MethodOptions.
const OPERATION_INFO: u32 = 1049;

/// The encoded `MethodOptions` of every method, by `package.Service/Method`, read from the
/// encoded descriptor set: prost's descriptor types drop the custom options on decoding.
fn raw_method_options(set: &[u8]) -> HashMap<String, Vec<u8>> {
    let mut out = HashMap::new();
    for (_, file) in Extensions::of(set).0.iter().filter(|(n, _)| *n == 1) {
        let file = Extensions::of(file);
        let package = file.strings(2).into_iter().next().unwrap_or_default();
        for (_, service) in file.0.iter().filter(|(n, _)| *n == 6) {
            let service = Extensions::of(service);
            let name = service.strings(1).into_iter().next().unwrap_or_default();
            for (_, method) in service.0.iter().filter(|(n, _)| *n == 2) {
                let method = Extensions::of(method);
                let method_name = method.strings(1).into_iter().next().unwrap_or_default();
                let options = method.message(4).unwrap_or_default();
                out.insert(format!("{package}.{name}/{method_name}"), options);
            }
        }
    }
    out
}

/// The length-delimited fields of an encoded message, by number, in order.
struct Extensions(Vec<(u32, Vec<u8>)>);

impl Extensions {
    fn of(bytes: &[u8]) -> Extensions {
        let mut out = Vec::new();
        let mut buf = bytes;
        while !buf.is_empty() {
            let Ok(key) = prost::encoding::decode_varint(&mut buf) else {
                break;
            };
            let (number, wire) = ((key >> 3) as u32, key & 7);
            match wire {
                0 => {
                    if prost::encoding::decode_varint(&mut buf).is_err() {
                        break;
                    }
                }
                1 => buf = buf.get(8..).unwrap_or_default(),
                5 => buf = buf.get(4..).unwrap_or_default(),
                2 => {
                    let Ok(len) = prost::encoding::decode_varint(&mut buf) else {
                        break;
                    };
                    let len = len as usize;
                    if len > buf.len() {
                        break;
                    }
                    out.push((number, buf[..len].to_vec()));
                    buf = &buf[len..];
                }
                _ => break,
            }
        }
        Extensions(out)
    }

    fn message(&self, number: u32) -> Option<Vec<u8>> {
        self.0
            .iter()
            .find(|(n, _)| *n == number)
            .map(|(_, b)| b.clone())
    }

    fn strings(&self, number: u32) -> Vec<String> {
        self.0
            .iter()
            .filter(|(n, _)| *n == number)
            .map(|(_, b)| String::from_utf8_lossy(b).into_owned())
            .collect()
    }
}

/// Reads a `google.api.HttpRule` (and its additional bindings).
fn http_bindings(rule: &[u8], out: &mut Vec<Binding>) {
    let fields = Extensions::of(rule);
    for (number, verb) in [
        (2, "get"),
        (3, "put"),
        (4, "post"),
        (5, "delete"),
        (6, "patch"),
    ] {
        if let Some(path) = fields.strings(number).into_iter().next() {
            out.push(Binding {
                verb: verb.to_string(),
                path,
            });
        }
    }
    for additional in fields.0.iter().filter(|(n, _)| *n == 11) {
        http_bindings(&additional.1, out);
    }
}

// --- comments ---------------------------------------------------------------------------------

/// The leading comments of a file, by descriptor path.
struct Comments(HashMap<Vec<i32>, String>);

impl Comments {
    fn of(file: &prost_types::FileDescriptorProto) -> Comments {
        let mut map = HashMap::new();
        for location in file
            .source_code_info
            .as_ref()
            .map(|i| i.location.as_slice())
            .unwrap_or_default()
        {
            if let Some(text) = &location.leading_comments {
                let text = text
                    .lines()
                    .map(str::trim)
                    .collect::<Vec<_>>()
                    .join(" ")
                    .trim()
                    .to_string();
                map.insert(location.path.clone(), text);
            }
        }
        Comments(map)
    }

    fn get(&self, path: &[i32]) -> String {
        self.0.get(path).cloned().unwrap_or_default()
    }
}

// --- the service config -----------------------------------------------------------------------

/// The timeouts and retry codes of `dialogflow_grpc_service_config.json`.
struct ServiceConfig(serde_json::Value);

impl ServiceConfig {
    fn read(proto_root: &Path) -> Result<ServiceConfig, Box<dyn Error>> {
        let path =
            proto_root.join("google/cloud/dialogflow/v2/dialogflow_grpc_service_config.json");
        let text = std::fs::read_to_string(&path)
            .map_err(|e| format!("reading the service config {}: {e}", path.display()))?;
        Ok(ServiceConfig(serde_json::from_str(&text).map_err(|e| {
            format!("the service config {} is not JSON: {e}", path.display())
        })?))
    }

    /// `(timeout in ms, retryable codes)` for a method: a method-level entry wins over a
    /// service-level one; mixins and unknown services get 60 s and no retry.
    fn lookup(&self, service: &str, method: &str) -> (u64, Vec<String>) {
        let configs = self.0["methodConfig"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        let matches = |exact: bool| {
            configs.iter().find(|c| {
                c["name"].as_array().is_some_and(|names| {
                    names.iter().any(|n| {
                        n["service"] == service
                            && if exact {
                                n["method"] == method
                            } else {
                                n.get("method").is_none()
                            }
                    })
                })
            })
        };
        let Some(config) = matches(true).or_else(|| matches(false)) else {
            return (60_000, Vec::new());
        };
        let timeout = config["timeout"]
            .as_str()
            .and_then(|t| t.strip_suffix('s'))
            .and_then(|t| t.parse::<f64>().ok())
            .map_or(60_000, |s| (s * 1000.0) as u64);
        let codes = config["retryPolicy"]["retryableStatusCodes"]
            .as_array()
            .map(|codes| {
                codes
                    .iter()
                    .filter_map(|c| c.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default();
        (timeout, codes)
    }
}
