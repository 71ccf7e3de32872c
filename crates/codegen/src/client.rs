//! The per-RPC code of the client crate: for each service, the client's methods (seeded from
//! the method signature), a request builder per RPC (`set_*` for request fields, `with_*` for
//! per-call options, awaitable), list builders with page and item streams, and the blocking
//! mirror of all of it.

use std::error::Error;
use std::fmt::Write as _;
use std::path::Path;

use heck::{ToSnakeCase, ToUpperCamelCase};
use prost_types::FieldDescriptorProto;
use prost_types::field_descriptor_proto::{Label, Type};

use crate::emit::{self, doc, ident, rust_type};
use crate::records::{self, Api, Rpc, Service, Streaming};

/// RPCs whose builder's `send` is written by hand (`send_<rpc>` on the client), because the
/// client adds behaviour: a client-generated id that makes a POST safe to retry.
const CUSTOM_SEND: &[&str] = &["CreateConversation", "AnalyzeContent"];

/// Writes one async and one blocking file per service, and `mod.rs`.
pub fn generate(proto_root: &Path, out: &Path) -> Result<(), Box<dyn Error>> {
    let api = records::read(proto_root)?;
    let mut module = String::from(
        "//! Generated per-RPC code of the clients: methods, request builders, blocking mirror.\n",
    );
    for service in &api.services {
        let file = service.short().to_snake_case();
        emit::write(out, &format!("{file}.rs"), &async_file(api, service)?)?;
        emit::write(
            out,
            &format!("blocking_{file}.rs"),
            &blocking_file(api, service)?,
        )?;
        // The blocking module needs the `blocking` feature as well as the service's.
        let (cfg, blocking_cfg) = match records::cfg_condition([service.name.as_str()]) {
            Some(condition) => (
                format!("#[cfg({condition})]\n"),
                format!("#[cfg(all(feature = \"blocking\", {condition}))]\n"),
            ),
            None => (
                String::new(),
                "#[cfg(feature = \"blocking\")]\n".to_string(),
            ),
        };
        let _ = write!(
            module,
            "\n{cfg}pub mod {file};\n{blocking_cfg}pub mod blocking_{file};\n"
        );
    }
    emit::write(out, "mod.rs", &module)
}

/// How one request field is set: the setter's parameter type and the assigned expression.
struct Setter {
    /// The field (or oneof) name as a Rust identifier.
    field: String,
    /// `set_<name>`.
    name: String,
    param: String,
    assign: String,
    doc: String,
}

/// The Rust type of a single value of a field (not counting repetition or optionality).
fn value_type(field: &FieldDescriptorProto) -> String {
    match field.r#type() {
        Type::String => "String".into(),
        Type::Bytes => "Vec<u8>".into(),
        Type::Bool => "bool".into(),
        Type::Int32 | Type::Sint32 | Type::Sfixed32 | Type::Enum => "i32".into(),
        Type::Int64 | Type::Sint64 | Type::Sfixed64 => "i64".into(),
        Type::Uint32 | Type::Fixed32 => "u32".into(),
        Type::Uint64 | Type::Fixed64 => "u64".into(),
        Type::Float => "f32".into(),
        Type::Double => "f64".into(),
        Type::Message | Type::Group => rust_type(field.type_name()),
    }
}

/// A parameter type that accepts a value of the field's single type conveniently.
fn param_of(field: &FieldDescriptorProto) -> (String, String) {
    match field.r#type() {
        Type::String => ("impl Into<String>".into(), "$v.into()".into()),
        Type::Bytes => ("impl Into<Vec<u8>>".into(), "$v.into()".into()),
        // Enum values and their raw numbers alike.
        Type::Enum => ("impl Into<i32>".into(), "$v.into()".into()),
        Type::Message | Type::Group => (
            format!("impl Into<{}>", value_type(field)),
            "$v.into()".into(),
        ),
        _ => (value_type(field), "$v".into()),
    }
}

/// The Rust type of a message's oneof, e.g. `dialogflow_types::v2::analyze_content_request::Input`.
fn oneof_type(message_name: &str, message_short: &str, oneof: &str) -> String {
    format!(
        "{}::{}",
        rust_type(message_name).replace(
            &format!("::{message_short}"),
            &format!("::{}", message_short.to_snake_case())
        ),
        oneof.to_upper_camel_case()
    )
}

/// For a field that is a member of a real oneof: the oneof's name, the member's variant path
/// and the parameter type that takes its value. `None` when the field is not such a member.
fn oneof_member(
    api: &Api,
    message_name: &str,
    field_name: &str,
) -> Result<Option<(String, String, String)>, String> {
    let message = api.message(message_name)?;
    let Some(field) = message.field.iter().find(|f| f.name() == field_name) else {
        return Ok(None);
    };
    let Some(index) = field.oneof_index.filter(|_| !field.proto3_optional()) else {
        return Ok(None);
    };
    let oneof = message.oneof_decl[index as usize].name().to_string();
    let variant = format!(
        "{}::{}",
        oneof_type(message_name, message.name(), &oneof),
        field_name.to_upper_camel_case()
    );
    let (param, _) = param_of(field);
    Ok(Some((oneof.to_snake_case(), variant, param)))
}

fn setters(api: &Api, message_name: &str) -> Result<Vec<Setter>, String> {
    let message = api.message(message_name)?;
    let mut out = Vec::new();
    let mut oneofs_done = std::collections::HashSet::new();
    for field in &message.field {
        let doc = api
            .field_docs
            .get(&(message_name.to_string(), field.name().to_string()))
            .cloned()
            .unwrap_or_default();
        let name = field.name().to_snake_case();
        if let Some(index) = field.oneof_index
            && !field.proto3_optional()
        {
            // A real oneof: one setter for the whole choice, as prost holds it.
            if !oneofs_done.insert(index) {
                continue;
            }
            let oneof = message.oneof_decl[index as usize].name();
            let ty = oneof_type(message_name, message.name(), oneof);
            out.push(Setter {
                field: ident(&oneof.to_snake_case()),
                name: format!("set_{}", oneof.to_snake_case()),
                param: format!("impl Into<Option<{ty}>>"),
                assign: "$v.into()".into(),
                doc: format!("Sets the `{oneof}` choice."),
            });
            continue;
        }
        let (param, assign) = if records::is_map(&api.messages, field) {
            let entry = api.message(field.type_name())?;
            let k = value_type(&entry.field[0]);
            let v = value_type(&entry.field[1]);
            (
                format!("impl IntoIterator<Item = ({k}, {v})>"),
                "$v.into_iter().collect()".to_string(),
            )
        } else if field.label() == Label::Repeated {
            (
                format!("impl IntoIterator<Item = {}>", value_type(field)),
                "$v.into_iter().collect()".to_string(),
            )
        } else if field.r#type() == Type::Message || field.proto3_optional() {
            let (param, assign) = param_of(field);
            (param, format!("Some({assign})"))
        } else {
            param_of(field)
        };
        out.push(Setter {
            field: ident(&name),
            name: format!("set_{name}"),
            param,
            assign,
            doc,
        });
    }
    Ok(out)
}

fn builder_name(rpc: &Rpc) -> String {
    rpc.name.clone()
}

fn async_file(api: &Api, service: &Service) -> Result<String, Box<dyn Error>> {
    let client = format!("{}Client", service.short());
    let mut out = String::new();
    let _ = writeln!(
        out,
        "//! The request builders of [`{client}`](crate::{client}), one per RPC, and the methods\n//! that make them.\n// Requests start from their defaults, then take the signature's fields one by one.\n#![allow(clippy::field_reassign_with_default)]\n\nuse std::future::IntoFuture;\nuse std::sync::Arc;\nuse std::time::Duration;\n\nuse dialogflow_runtime::Error;\nuse dialogflow_runtime::lro::{{{lro_imports}}};\nuse dialogflow_transport::{{Rpc, {short}Transport}};\nuse dialogflow_types::longrunning;\nuse futures::future::BoxFuture;\nuse prost::{{Message, Name}};\n\nuse crate::pager::{{Items, Pages, Pager}};\nuse crate::builder::ClientBuilder;\nuse crate::options::ClientOptions;\nuse crate::service::{{ClientCore, ServiceClient, ServiceTransport}};\nuse crate::{{BackoffStrategy, ClientRequest, ConfigError, Connection, RequestOptions, RetryStrategy}};\n{stream_imports}",
        short = service.short(),
        stream_imports = if service.rpcs.iter().any(|r| r.streaming == Streaming::Bidi) {
            "use crate::streams::FirstRequest;\nuse dialogflow_runtime::streaming::{RequestSender, ResponseReceiver};\nuse futures::stream::{BoxStream, Stream, StreamExt as _};\n"
        } else {
            ""
        },
        lro_imports = if service.rpcs.iter().any(|r| r.lro.is_some()) {
            "Operation, OperationSource, Poller, PollingPolicy"
        } else {
            "OperationSource, Poller"
        },
    );
    // The service's transport trait object, made from either wire.
    let _ = writeln!(
        out,
        "impl ServiceTransport for dyn {short}Transport {{\n    const NAME: &'static str = \"{short}Transport\";\n\n    #[cfg(feature = \"grpc\")]\n    fn grpc(transport: dialogflow_transport::GrpcTransport) -> Arc<Self> {{\n        Arc::new(transport)\n    }}\n\n    #[cfg(feature = \"rest\")]\n    fn rest(transport: dialogflow_transport::RestTransport) -> Arc<Self> {{\n        Arc::new(transport)\n    }}\n}}\n\n/// What a [`Poller`] of this client's operations asks: the `Operations` mixin, through the\n/// client's retries and credentials.\nimpl OperationSource for {client} {{\n    fn get_operation(&self, name: String) -> BoxFuture<'static, Result<longrunning::Operation, Error>> {{\n        Box::pin({client}::get_operation(self, name).send())\n    }}\n\n    fn cancel_operation(&self, name: String) -> BoxFuture<'static, Result<(), Error>> {{\n        Box::pin({client}::cancel_operation(self, name).send())\n    }}\n}}\n",
        short = service.short(),
    );
    // The client struct and what every client has.
    let _ = writeln!(
        out,
        "#[doc = include_str!(\"../../docs/{client}.md\")]\n#[derive(Clone, Debug)]\npub struct {client} {{\n    inner: Arc<ClientCore<dyn {short}Transport>>,\n}}\n\nimpl ServiceClient for {client} {{\n    type Transport = dyn {short}Transport;\n\n    fn from_connection(connection: &Connection) -> Result<Self, ConfigError> {{\n        Self::from_connection(connection)\n    }}\n\n    fn from_transport(transport: Arc<dyn {short}Transport>) -> Self {{\n        Self::from_transport(transport)\n    }}\n}}\n\nimpl {client} {{\n    /// A client with Application Default Credentials, the default endpoint and gRPC; with\n    /// `DIALOGFLOW_EMULATOR_HOST` set, the emulator at that address instead.\n    pub async fn new() -> Result<Self, ConfigError> {{\n        Self::builder().build().await\n    }}\n\n    /// A builder for every option: endpoint, credentials, transport, retries, timeouts.\n    pub fn builder() -> ClientBuilder<Self> {{\n        ClientBuilder::for_client()\n    }}\n\n    /// A client built from options.\n    pub async fn from_options(options: ClientOptions) -> Result<Self, ConfigError> {{\n        ClientBuilder::for_client_from_options(options).build().await\n    }}\n\n    /// A client over any transport (the mock, a wrapper, your own), with the default retry\n    /// policy and timeout.\n    pub fn from_transport(transport: Arc<dyn {short}Transport>) -> Self {{\n        {client} {{ inner: Arc::new(ClientCore::from_transport(transport)) }}\n    }}\n\n    /// A client over `connection`: its wire, endpoint, credentials, call defaults and\n    /// connection pool, shared with every other client made from it.\n    pub fn from_connection(connection: &Connection) -> Result<Self, ConfigError> {{\n        Ok({client} {{ inner: Arc::new(ClientCore::from_connection(connection)?) }})\n    }}\n\n    /// The transport the client sends its calls through.\n    pub fn transport(&self) -> &Arc<dyn {short}Transport> {{\n        self.inner.transport()\n    }}\n\n    /// `\"grpc\"`, `\"rest\"` or `\"custom\"`.\n    pub fn transport_name(&self) -> &'static str {{\n        self.inner.connection().transport().name()\n    }}\n\n    /// The URL the client connects to (`None` for a custom transport).\n    pub fn endpoint(&self) -> Option<&str> {{\n        self.inner.connection().endpoint()\n    }}\n\n    /// The connection the client was made from (its options, credentials and pool).\n    pub fn connection(&self) -> &Connection {{\n        self.inner.connection()\n    }}\n\n    /// The default retry strategy of the client's calls.\n    pub fn retry_policy(&self) -> &Arc<dyn RetryStrategy> {{\n        self.inner.connection().retry()\n    }}\n\n    /// The shared core: transport, connection and policy layer.\n    pub(crate) fn core(&self) -> &ClientCore<dyn {short}Transport> {{\n        &self.inner\n    }}\n}}\n",
        short = service.short(),
    );
    // The client's methods.
    let _ = writeln!(
        out,
        "impl {client} {{\n    /// The request builder of a whole request message, for any RPC of the client: the\n    /// message's type picks the RPC.\n    pub fn request<R: ClientRequest<Self>>(&self, request: R) -> R::Builder {{\n        request.into_builder(self)\n    }}\n\n    /// A poller of the operation named `name` (one an RPC of this client started, say before\n    /// a restart), whose result is an `R` and whose metadata is an `M`; it polls through this\n    /// client's `Operations` mixin.\n    pub fn resume_operation<R, M>(&self, name: impl Into<String>) -> Poller<R, M>\n    where\n        R: Message + Name + Default + Send + 'static,\n        M: Message + Name + Default + Send + 'static,\n    {{\n        Poller::resume(Arc::new(self.clone()), name)\n    }}\n"
    );
    for rpc in &service.rpcs {
        out.push('\n');
        client_method(api, rpc, &mut out, &|b| {
            format!("{b}::new(self.clone(), request)")
        })?;
    }
    out.push_str("}\n");
    for rpc in &service.rpcs {
        builder(api, rpc, &client, &mut out)?;
        let _ = writeln!(
            out,
            "\nimpl ClientRequest<{client}> for {request} {{\n    type Builder = {name};\n\n    fn into_builder(self, client: &{client}) -> {name} {{\n        {name}::new(client.clone(), self)\n    }}\n}}",
            request = rust_type(&rpc.input),
            name = builder_name(rpc),
        );
    }
    Ok(out)
}

/// The client method of an RPC: arguments from the method signature, a builder back.
fn client_method(
    api: &Api,
    rpc: &Rpc,
    out: &mut String,
    construct: &dyn Fn(&str) -> String,
) -> Result<(), Box<dyn Error>> {
    let setters = setters(api, &rpc.input)?;
    let mut params = Vec::new();
    let mut assigns = Vec::new();
    for name in &rpc.signature {
        if let Some(setter) = setters.iter().find(|s| s.field == ident(name)) {
            params.push(format!("{}: {}", ident(name), setter.param));
            assigns.push(format!(
                "        request.{} = {};",
                setter.field,
                setter.assign.replace("$v", &ident(name))
            ));
            continue;
        }
        // A member of a oneof: the parameter is the member's value, the choice is set to it.
        let (oneof, variant, param) = oneof_member(api, &rpc.input, name)?.ok_or_else(|| {
            format!(
                "{}: signature field {name} is not a request field",
                rpc.name
            )
        })?;
        params.push(format!("{}: {param}", ident(name)));
        assigns.push(format!(
            "        request.{} = Some({variant}({}.into()));",
            ident(&oneof),
            ident(name)
        ));
    }
    doc(out, "    ", &rpc.doc, &format!("`{}`.", rpc.name));
    let what = if rpc.streaming == Streaming::Bidi {
        "`.await` opens the stream with it as the first request, and gives the sender of the \
         later requests and the receiver of the responses; `send_all` sends a stream of requests \
         instead"
    } else if rpc.paging.is_some() {
        "`.await` gives one page; `by_page()` and `by_item()` stream them all"
    } else if rpc.lro.is_some() {
        "`.await` starts the long-running operation; `poller()` and `until_done()` wait on it"
    } else {
        "`.await` sends it"
    };
    let _ = writeln!(
        out,
        "    ///\n    /// Returns the request builder{}: set more fields and per-call options on it; {what}.",
        if rpc.signature.is_empty() {
            String::new()
        } else {
            format!(
                ", seeded with {}",
                rpc.signature
                    .iter()
                    .map(|s| format!("`{s}`"))
                    .collect::<Vec<_>>()
                    .join(" and ")
            )
        }
    );
    let builder = builder_name(rpc);
    let request = rust_type(&rpc.input);
    let mutability = if rpc.signature.is_empty() { "" } else { "mut " };
    let _ = writeln!(
        out,
        "    pub fn {}(&self{}) -> {builder} {{\n        let {mutability}request = {request}::default();\n{}\n        {}\n    }}",
        rpc.snake(),
        params.iter().map(|p| format!(", {p}")).collect::<String>(),
        assigns.join("\n"),
        construct(&builder),
    );
    Ok(())
}

fn builder(api: &Api, rpc: &Rpc, client: &str, out: &mut String) -> Result<(), Box<dyn Error>> {
    if rpc.streaming == Streaming::Bidi {
        return stream_builder(api, rpc, client, out);
    }
    let name = builder_name(rpc);
    let request = rust_type(&rpc.input);
    let lro = rpc
        .lro
        .as_ref()
        .map(|l| (rust_type(&l.response_type), rust_type(&l.metadata_type)));
    let response = match &lro {
        Some((r, m)) => format!("Operation<{r}, {m}>"),
        None => rust_type(&rpc.output),
    };
    let method = rpc.snake();
    let (polling_field, polling_init, lro_doc) = if lro.is_some() {
        (
            "    polling: Option<PollingPolicy>,\n",
            ", polling: None",
            "\n///\n/// The RPC starts a long-running operation: `.await` gives its first state,\n/// [`poller`](Self::poller) a poller that waits on it and [`until_done`](Self::until_done)\n/// its result.",
        )
    } else {
        ("", "", "")
    };
    let _ = write!(
        out,
        "\n/// The request builder of `{}` ([`{client}::{method}`]).\n///\n/// `set_*` sets request fields, `with_*` per-call options; `.await` (or [`send`](Self::send))\n/// sends it.{lro_doc}\n#[derive(Debug, Clone)]\n#[must_use = \"a request builder sends nothing until it is awaited\"]\npub struct {name} {{\n    client: {client},\n    request: {request},\n    options: RequestOptions,\n{polling_field}}}\n\nimpl {name} {{\n    pub(crate) fn new(client: {client}, request: {request}) -> Self {{\n        {name} {{ client, request, options: RequestOptions::new(){polling_init} }}\n    }}\n\n    /// The request as built so far.\n    pub fn request(&self) -> &{request} {{\n        &self.request\n    }}\n\n    /// Replaces the per-call options.\n    pub fn with_options(mut self, options: RequestOptions) -> Self {{\n        self.options = options;\n        self\n    }}\n\n    /// Sets the overall timeout of the call, retries included.\n    pub fn with_timeout(mut self, timeout: Duration) -> Self {{\n        self.options = self.options.with_timeout(timeout);\n        self\n    }}\n\n    /// Sets the retry strategy of the call (a [`RetryPolicy`](crate::RetryPolicy) or your own).\n    pub fn with_retry(mut self, retry: impl RetryStrategy + 'static) -> Self {{\n        self.options = self.options.with_retry(retry);\n        self\n    }}\n\n    /// Sets the backoff between the call's attempts, replacing the retry strategy's own.\n    pub fn with_backoff(mut self, backoff: impl BackoffStrategy + 'static) -> Self {{\n        self.options = self.options.with_backoff(backoff);\n        self\n    }}\n\n    /// Adds a request header (gRPC metadata), after the client's own.\n    pub fn with_metadata(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {{\n        self.options = self.options.with_metadata(name, value);\n        self\n    }}\n\n    /// Sets the project billed for this call's quota (`x-goog-user-project`).\n    pub fn with_user_project(mut self, project: impl Into<String>) -> Self {{\n        self.options = self.options.with_user_project(project);\n        self\n    }}\n",
        rpc.name
    );
    for setter in setters(api, &rpc.input)? {
        out.push('\n');
        doc(
            out,
            "    ",
            &setter.doc,
            &format!("Sets `{}`.", setter.field),
        );
        let _ = writeln!(
            out,
            "    pub fn {}(mut self, v: {}) -> Self {{\n        self.request.{} = {};\n        self\n    }}",
            setter.name,
            setter.param,
            setter.field,
            setter.assign.replace("$v", "v")
        );
    }
    let send = if CUSTOM_SEND.contains(&rpc.name.as_str()) {
        format!("self.client.send_{method}(self.request, self.options).await")
    } else {
        format!(
            "self.client\n            .core()\n            .execute(Rpc::{}, self.request, self.options, |t, r, o| async move {{\n                t.as_ref().{method}(r, &o).await\n            }})\n            .await{}",
            rpc.name,
            if lro.is_some() {
                ".map(Operation::new)"
            } else {
                ""
            }
        )
    };
    let _ = writeln!(
        out,
        "\n    /// Sends the request: the same as `.await`.\n    pub async fn send(self) -> Result<{response}, Error> {{\n        {send}\n    }}"
    );
    if let Some((result, metadata)) = &lro {
        let _ = writeln!(
            out,
            "\n    /// Sets the polling policy of [`poller`](Self::poller) and [`until_done`](Self::until_done)\n    /// (the default: [`PollingPolicy::default`]).\n    pub fn with_polling_policy(mut self, policy: PollingPolicy) -> Self {{\n        self.polling = Some(policy);\n        self\n    }}\n\n    /// Sends the request and returns a poller of the operation it started, polling through\n    /// the client's `Operations` mixin.\n    pub async fn poller(self) -> Result<Poller<{result}, {metadata}>, Error> {{\n        let source: Arc<dyn OperationSource> = Arc::new(self.client.clone());\n        let policy = self.polling.clone().unwrap_or_default();\n        let first = self.send().await?;\n        Ok(Poller::new(source, first).with_policy(policy))\n    }}\n\n    /// Sends the request and polls until the operation finishes: its result, or its error.\n    pub async fn until_done(self) -> Result<{result}, Error> {{\n        self.poller().await?.until_done().await\n    }}"
        );
    }
    if let Some(paging) = &rpc.paging {
        let item = rust_type(&paging.item_type);
        let _ = writeln!(
            out,
            "\n    /// Every page, each fetched when the stream reaches it; the options apply to each.\n    pub fn by_page(self) -> Pages<{response}> {{\n        let {name} {{ client, request, options }} = self;\n        Pages::new(Pager::new(\n            request,\n            std::sync::Arc::new(move |request| {{\n                let page = {name} {{ client: client.clone(), request, options: options.clone() }};\n                Box::pin(page.send())\n            }}),\n        ))\n    }}\n\n    /// Every item of every page, pages fetched as the stream reaches them.\n    pub fn by_item(self) -> Items<{item}> {{\n        self.by_page().items()\n    }}"
        );
    }
    let _ = writeln!(
        out,
        "}}\n\nimpl IntoFuture for {name} {{\n    type Output = Result<{response}, Error>;\n    type IntoFuture = BoxFuture<'static, Self::Output>;\n\n    fn into_future(self) -> Self::IntoFuture {{\n        Box::pin(self.send())\n    }}\n}}"
    );
    Ok(())
}

/// The builder of a bidirectional RPC: the first request (its setters), the per-call options
/// that apply to a stream, and the two ways to open it.
fn stream_builder(
    api: &Api,
    rpc: &Rpc,
    client: &str,
    out: &mut String,
) -> Result<(), Box<dyn Error>> {
    let name = builder_name(rpc);
    let request = rust_type(&rpc.input);
    let response = rust_type(&rpc.output);
    let method = rpc.snake();
    let _ = write!(
        out,
        "\n/// The stream builder of `{}` ([`{client}::{method}`]).\n///\n/// Its request is the first of the stream (`set_*` fills it in), checked before anything is\n/// sent. `with_*` sets per-call options; `.await` (or [`send`](Self::send)) opens the stream\n/// and gives a [`RequestSender`] for the later requests and a [`ResponseReceiver`] of the\n/// responses, and [`send_all`](Self::send_all) sends a whole stream of requests instead.\n///\n/// A stream is never retried: when it breaks, the receiver's error says how many requests\n/// were sent and how many responses came back. The timeout bounds the whole stream (the\n/// service config's by default). Closing or dropping the sender ends the request side;\n/// dropping the receiver cancels the call.\n#[derive(Debug, Clone)]\n#[must_use = \"a stream builder opens nothing until it is awaited\"]\npub struct {name} {{\n    client: {client},\n    request: {request},\n    options: RequestOptions,\n    buffer: usize,\n}}\n\nimpl {name} {{\n    /// How many requests the sender holds while the wire is busy, unless\n    /// [`with_buffer`](Self::with_buffer) says otherwise.\n    pub const DEFAULT_BUFFER: usize = 8;\n\n    pub(crate) fn new(client: {client}, request: {request}) -> Self {{\n        {name} {{ client, request, options: RequestOptions::new(), buffer: Self::DEFAULT_BUFFER }}\n    }}\n\n    /// The first request as built so far.\n    pub fn request(&self) -> &{request} {{\n        &self.request\n    }}\n\n    /// Replaces the per-call options (a stream ignores their retry and backoff).\n    pub fn with_options(mut self, options: RequestOptions) -> Self {{\n        self.options = options;\n        self\n    }}\n\n    /// Sets the timeout of the whole stream.\n    pub fn with_timeout(mut self, timeout: Duration) -> Self {{\n        self.options = self.options.with_timeout(timeout);\n        self\n    }}\n\n    /// Adds a request header (gRPC metadata), after the client's own.\n    pub fn with_metadata(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {{\n        self.options = self.options.with_metadata(name, value);\n        self\n    }}\n\n    /// Sets the project billed for this call's quota (`x-goog-user-project`).\n    pub fn with_user_project(mut self, project: impl Into<String>) -> Self {{\n        self.options = self.options.with_user_project(project);\n        self\n    }}\n\n    /// Sets how many requests the sender holds while the wire is busy (at least 1): when it is\n    /// full, [`RequestSender::send`] waits, so a slow network or server holds the caller back\n    /// instead of letting memory grow.\n    pub fn with_buffer(mut self, requests: usize) -> Self {{\n        self.buffer = requests.max(1);\n        self\n    }}\n",
        rpc.name
    );
    for setter in setters(api, &rpc.input)? {
        out.push('\n');
        doc(
            out,
            "    ",
            &setter.doc,
            &format!("Sets `{}`.", setter.field),
        );
        let _ = writeln!(
            out,
            "    pub fn {}(mut self, v: {}) -> Self {{\n        self.request.{} = {};\n        self\n    }}",
            setter.name,
            setter.param,
            setter.field,
            setter.assign.replace("$v", "v")
        );
    }
    let _ = writeln!(
        out,
        "\n    /// Checks the first request and opens the stream with it: the sender of the later\n    /// requests and the receiver of the responses. The same as `.await`.\n    pub async fn send(self) -> Result<(RequestSender<{request}>, ResponseReceiver<{response}>), Error> {{\n        self.request.check_first()?;\n        self.client\n            .core()\n            .open_stream(Rpc::{rpc_name}, self.request, self.options, self.buffer, |t, s, o| async move {{\n                t.as_ref().{method}(s, &o).await\n            }})\n            .await\n    }}\n\n    /// Checks the first request and opens the stream with it, followed by every request of\n    /// `requests` as the wire takes them; the stream's request side ends with `requests`.\n    pub async fn send_all(\n        self,\n        requests: impl Stream<Item = {request}> + Send + 'static,\n    ) -> Result<ResponseReceiver<{response}>, Error> {{\n        self.request.check_first()?;\n        let requests: BoxStream<'static, {request}> = requests.boxed();\n        self.client\n            .core()\n            .stream_all(Rpc::{rpc_name}, self.request, requests, self.options, |t, s, o| async move {{\n                t.as_ref().{method}(s, &o).await\n            }})\n            .await\n    }}\n}}\n\nimpl IntoFuture for {name} {{\n    type Output = Result<(RequestSender<{request}>, ResponseReceiver<{response}>), Error>;\n    type IntoFuture = BoxFuture<'static, Self::Output>;\n\n    fn into_future(self) -> Self::IntoFuture {{\n        Box::pin(self.send())\n    }}\n}}",
        rpc_name = rpc.name,
    );
    Ok(())
}

fn blocking_file(api: &Api, service: &Service) -> Result<String, Box<dyn Error>> {
    let client = format!("{}Client", service.short());
    let module = service.short().to_snake_case();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "//! The blocking request builders of [`blocking::{client}`](crate::blocking::{client}), one per\n//! RPC: the async builders, run to completion on the client's runtime.\n// Requests start from their defaults, then take the signature's fields one by one.\n#![allow(clippy::field_reassign_with_default)]\n\nuse std::sync::Arc;\nuse std::time::Duration;\n\nuse dialogflow_runtime::Error;\nuse tokio::runtime::Runtime;\n\nuse crate::blocking::{{{client}, Items, Pages, Poller{stream_types}}};\nuse crate::generated::{module} as nonblocking;\nuse crate::{{BackoffStrategy, ClientRequest, RequestOptions, RetryStrategy}};\n{lro_imports}",
        lro_imports = if service.rpcs.iter().any(|r| r.lro.is_some()) {
            "use dialogflow_runtime::lro::{Operation, PollingPolicy};\n"
        } else {
            ""
        },
        stream_types = if service.rpcs.iter().any(|r| r.streaming == Streaming::Bidi) {
            ", StreamReceiver, StreamSender"
        } else {
            ""
        },
    );
    let _ = writeln!(
        out,
        "impl {client} {{\n    /// The request builder of a whole request message, for any RPC of the client: the\n    /// message's type picks the RPC.\n    pub fn request<R: ClientRequest<Self>>(&self, request: R) -> R::Builder {{\n        request.into_builder(self)\n    }}\n\n    /// A poller of the operation named `name` (one an RPC of this client started, say before\n    /// a restart), whose result is an `R` and whose metadata is an `M`.\n    pub fn resume_operation<R, M>(&self, name: impl Into<String>) -> Poller<R, M>\n    where\n        R: prost::Message + prost::Name + Default + Send + 'static,\n        M: prost::Message + prost::Name + Default + Send + 'static,\n    {{\n        Poller::new(self.client.resume_operation(name), self.rt.clone())\n    }}\n"
    );
    for rpc in &service.rpcs {
        out.push('\n');
        // The blocking builder wraps the async one made the same way, with the runtime.
        client_method(api, rpc, &mut out, &|b| {
            format!(
                "{b} {{\n            inner: nonblocking::{b}::new(self.client.clone(), request),\n            rt: self.rt.clone(),\n        }}"
            )
        })?;
    }
    out.push_str("}\n");
    for rpc in &service.rpcs {
        if rpc.streaming == Streaming::Bidi {
            blocking_stream_builder(api, rpc, &client, &mut out)?;
            continue;
        }
        let name = builder_name(rpc);
        let request = rust_type(&rpc.input);
        let lro = rpc
            .lro
            .as_ref()
            .map(|l| (rust_type(&l.response_type), rust_type(&l.metadata_type)));
        let response = match &lro {
            Some((r, m)) => format!("Operation<{r}, {m}>"),
            None => rust_type(&rpc.output),
        };
        let _ = write!(
            out,
            "\n/// The blocking request builder of `{}`: `set_*` and `with_*` as on the async one, then\n/// [`send`](Self::send).\n#[derive(Debug, Clone)]\n#[must_use = \"a request builder sends nothing until `send` is called\"]\npub struct {name} {{\n    inner: nonblocking::{name},\n    rt: Arc<Runtime>,\n}}\n\nimpl {name} {{\n    fn map(self, f: impl FnOnce(nonblocking::{name}) -> nonblocking::{name}) -> Self {{\n        {name} {{ inner: f(self.inner), rt: self.rt }}\n    }}\n\n    /// The request as built so far.\n    pub fn request(&self) -> &{request} {{\n        self.inner.request()\n    }}\n\n    /// Replaces the per-call options.\n    pub fn with_options(self, options: RequestOptions) -> Self {{\n        self.map(|b| b.with_options(options))\n    }}\n\n    /// Sets the overall timeout of the call, retries included.\n    pub fn with_timeout(self, timeout: Duration) -> Self {{\n        self.map(|b| b.with_timeout(timeout))\n    }}\n\n    /// Sets the retry strategy of the call (a [`RetryPolicy`](crate::RetryPolicy) or your own).\n    pub fn with_retry(self, retry: impl RetryStrategy + 'static) -> Self {{\n        self.map(|b| b.with_retry(retry))\n    }}\n\n    /// Sets the backoff between the call's attempts, replacing the retry strategy's own.\n    pub fn with_backoff(self, backoff: impl BackoffStrategy + 'static) -> Self {{\n        self.map(|b| b.with_backoff(backoff))\n    }}\n\n    /// Adds a request header (gRPC metadata), after the client's own.\n    pub fn with_metadata(self, name: impl Into<String>, value: impl Into<String>) -> Self {{\n        self.map(|b| b.with_metadata(name, value))\n    }}\n\n    /// Sets the project billed for this call's quota (`x-goog-user-project`).\n    pub fn with_user_project(self, project: impl Into<String>) -> Self {{\n        self.map(|b| b.with_user_project(project))\n    }}\n",
            rpc.name
        );
        for setter in setters(api, &rpc.input)? {
            out.push('\n');
            doc(
                &mut out,
                "    ",
                &setter.doc,
                &format!("Sets `{}`.", setter.field),
            );
            let _ = writeln!(
                out,
                "    pub fn {0}(self, v: {1}) -> Self {{\n        self.map(|b| b.{0}(v))\n    }}",
                setter.name, setter.param
            );
        }
        let _ = writeln!(
            out,
            "\n    /// Sends the request and waits for the answer.\n    pub fn send(self) -> Result<{response}, Error> {{\n        self.rt.block_on(self.inner.send())\n    }}"
        );
        if let Some((result, metadata)) = &lro {
            let _ = writeln!(
                out,
                "\n    /// Sets the polling policy of [`poller`](Self::poller) and [`until_done`](Self::until_done).\n    pub fn with_polling_policy(self, policy: PollingPolicy) -> Self {{\n        self.map(|b| b.with_polling_policy(policy))\n    }}\n\n    /// Sends the request and returns a poller of the operation it started.\n    pub fn poller(self) -> Result<Poller<{result}, {metadata}>, Error> {{\n        let poller = self.rt.block_on(self.inner.poller())?;\n        Ok(Poller::new(poller, self.rt))\n    }}\n\n    /// Sends the request and polls until the operation finishes: its result, or its error.\n    pub fn until_done(self) -> Result<{result}, Error> {{\n        self.rt.block_on(self.inner.until_done())\n    }}"
            );
        }
        if let Some(paging) = &rpc.paging {
            let item = rust_type(&paging.item_type);
            let _ = writeln!(
                out,
                "\n    /// Every page, as an iterator; each page is fetched when the iterator reaches it.\n    pub fn by_page(self) -> Pages<{response}> {{\n        Pages::new(self.inner.by_page(), self.rt)\n    }}\n\n    /// Every item of every page, as an iterator.\n    pub fn by_item(self) -> Items<{item}> {{\n        Items::new(self.inner.by_item(), self.rt)\n    }}"
            );
        }
        out.push_str("}\n");
        let _ = writeln!(
            out,
            "\nimpl ClientRequest<{client}> for {request} {{\n    type Builder = {name};\n\n    fn into_builder(self, client: &{client}) -> {name} {{\n        {name} {{\n            inner: nonblocking::{name}::new(client.client.clone(), self),\n            rt: client.rt.clone(),\n        }}\n    }}\n}}"
        );
    }
    Ok(out)
}

/// The blocking builder of a bidirectional RPC: the async one, opened on the client's runtime,
/// its sender and receiver blocking in turn.
fn blocking_stream_builder(
    api: &Api,
    rpc: &Rpc,
    client: &str,
    out: &mut String,
) -> Result<(), Box<dyn Error>> {
    let name = builder_name(rpc);
    let request = rust_type(&rpc.input);
    let response = rust_type(&rpc.output);
    let _ = write!(
        out,
        "\n/// The blocking stream builder of `{}`: `set_*` and `with_*` as on the async one, then\n/// [`send`](Self::send) or [`send_all`](Self::send_all).\n#[derive(Debug, Clone)]\n#[must_use = \"a stream builder opens nothing until `send` is called\"]\npub struct {name} {{\n    inner: nonblocking::{name},\n    rt: Arc<Runtime>,\n}}\n\nimpl {name} {{\n    fn map(self, f: impl FnOnce(nonblocking::{name}) -> nonblocking::{name}) -> Self {{\n        {name} {{ inner: f(self.inner), rt: self.rt }}\n    }}\n\n    /// The first request as built so far.\n    pub fn request(&self) -> &{request} {{\n        self.inner.request()\n    }}\n\n    /// Replaces the per-call options (a stream ignores their retry and backoff).\n    pub fn with_options(self, options: RequestOptions) -> Self {{\n        self.map(|b| b.with_options(options))\n    }}\n\n    /// Sets the timeout of the whole stream.\n    pub fn with_timeout(self, timeout: Duration) -> Self {{\n        self.map(|b| b.with_timeout(timeout))\n    }}\n\n    /// Adds a request header (gRPC metadata), after the client's own.\n    pub fn with_metadata(self, name: impl Into<String>, value: impl Into<String>) -> Self {{\n        self.map(|b| b.with_metadata(name, value))\n    }}\n\n    /// Sets the project billed for this call's quota (`x-goog-user-project`).\n    pub fn with_user_project(self, project: impl Into<String>) -> Self {{\n        self.map(|b| b.with_user_project(project))\n    }}\n\n    /// Sets how many requests the sender holds while the wire is busy (at least 1).\n    pub fn with_buffer(self, requests: usize) -> Self {{\n        self.map(|b| b.with_buffer(requests))\n    }}\n",
        rpc.name
    );
    for setter in setters(api, &rpc.input)? {
        out.push('\n');
        doc(
            out,
            "    ",
            &setter.doc,
            &format!("Sets `{}`.", setter.field),
        );
        let _ = writeln!(
            out,
            "    pub fn {0}(self, v: {1}) -> Self {{\n        self.map(|b| b.{0}(v))\n    }}",
            setter.name, setter.param
        );
    }
    let _ = writeln!(
        out,
        "\n    /// Checks the first request and opens the stream: the sender of the later requests and\n    /// the receiver of the responses, both blocking.\n    pub fn send(self) -> Result<(StreamSender<{request}>, StreamReceiver<{response}>), Error> {{\n        let (sender, receiver) = self.rt.block_on(self.inner.send())?;\n        Ok((StreamSender::new(sender, self.rt.clone()), StreamReceiver::new(receiver, self.rt)))\n    }}\n\n    /// Checks the first request and opens the stream with it, followed by every request of\n    /// `requests`; the responses as an iterator.\n    pub fn send_all(\n        self,\n        requests: impl IntoIterator<Item = {request}, IntoIter: Send + 'static>,\n    ) -> Result<StreamReceiver<{response}>, Error> {{\n        let requests = futures::stream::iter(requests);\n        let receiver = self.rt.block_on(self.inner.send_all(requests))?;\n        Ok(StreamReceiver::new(receiver, self.rt))\n    }}\n}}\n\nimpl ClientRequest<{client}> for {request} {{\n    type Builder = {name};\n\n    fn into_builder(self, client: &{client}) -> {name} {{\n        {name} {{\n            inner: nonblocking::{name}::new(client.client.clone(), self),\n            rt: client.rt.clone(),\n        }}\n    }}\n}}"
    );
    Ok(())
}
