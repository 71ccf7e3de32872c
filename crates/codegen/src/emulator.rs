//! The per-RPC code of `dialogflow-emulator`: for each proto service (the API's services and
//! the `Operations` / `Locations` mixins) a server trait whose methods answer `UNIMPLEMENTED`
//! unless overridden, tonic's server trait implemented over it for the gRPC surface, the
//! `Server` bound that gathers every service with the gRPC router, and the REST table from an
//! RPC's gRPC path to its trait method.
//!
//! The behaviour stays hand-written: `Core` in `crates/emulator/src/service/` implements the
//! traits, and `service::serve` holds every request to the API's contract before a trait method
//! sees it, on both surfaces.

use std::error::Error;
use std::fmt::Write as _;
use std::path::Path;

use heck::ToSnakeCase;

use crate::emit::{self, doc, rust_type};
use crate::records::{self, Api, Rpc, Streaming};

/// One proto service as the emulator serves it: its own RPCs only (a mixin is its own service
/// on the wire, served once).
struct ServerService<'a> {
    /// Full name, e.g. `google.cloud.dialogflow.v2.Conversations`.
    name: &'a str,
    doc: &'a str,
    rpcs: Vec<&'a Rpc>,
}

impl ServerService<'_> {
    fn short(&self) -> &str {
        records::short(self.name)
    }

    /// `ConversationsService`.
    fn trait_name(&self) -> String {
        format!("{}Service", self.short())
    }

    /// The Rust module of tonic's server code for this service, e.g.
    /// `dialogflow_types::v2::conversations_server`.
    fn tonic_module(&self) -> String {
        let as_type = rust_type(&format!(".{}", self.name));
        let package = as_type
            .rsplit_once("::")
            .map_or(as_type.as_str(), |(p, _)| p);
        format!("{package}::{}_server", self.short().to_snake_case())
    }
}

/// Writes one file per service, `server.rs` (the `Server` bound, the gRPC router), `rest.rs`
/// (the REST table) and `mod.rs`.
pub fn generate(proto_root: &Path, out: &Path) -> Result<(), Box<dyn Error>> {
    let api = records::read(proto_root)?;
    let services = server_services(api);
    for service in &services {
        for rpc in &service.rpcs {
            check_streaming(rpc)?;
        }
    }
    let mut module = String::from(
        "//! Generated per-RPC code of the emulator: a server trait per service with its gRPC\n//! dispatch (one file each), the `Server` bound and gRPC router (`server.rs`), and the REST\n//! dispatch table (`rest.rs`).\n",
    );
    for service in &services {
        let file = service.short().to_snake_case();
        emit::write(out, &format!("{file}.rs"), &service_file(service))?;
        let _ = write!(
            module,
            "\nmod {file};\npub(crate) use {file}::{};\n",
            service.trait_name()
        );
    }
    emit::write(out, "server.rs", &server_file(&services))?;
    emit::write(out, "rest.rs", &rest_file(&services))?;
    module.push_str(
        "\nmod server;\npub(crate) use server::{Server, routes};\n\nmod rest;\npub(crate) use rest::invoke;\n",
    );
    emit::write(out, "mod.rs", &module)
}

/// The API's services with their own RPCs, then the mixins, in the records' order.
fn server_services(api: &Api) -> Vec<ServerService<'_>> {
    let own =
        |name: &str| -> Vec<&Rpc> { api.all_rpcs.iter().filter(|r| r.service == name).collect() };
    let mut out: Vec<ServerService<'_>> = api
        .services
        .iter()
        .map(|s| ServerService {
            name: &s.name,
            doc: &s.doc,
            rpcs: own(&s.name),
        })
        .collect();
    for mixin in records::MIXINS {
        out.push(ServerService {
            name: mixin,
            doc: "",
            rpcs: own(mixin),
        });
    }
    out
}

/// Unary and bidirectional RPCs have templates; a server- or client-streaming RPC is refused
/// rather than emitted as half a surface.
fn check_streaming(rpc: &Rpc) -> Result<(), String> {
    let kind = match rpc.streaming {
        Streaming::Unary | Streaming::Bidi => return Ok(()),
        Streaming::Server => "server-streaming",
        Streaming::Client => "client-streaming",
    };
    Err(format!(
        "{}.{} is {kind}; the emulator generator has templates for unary and bidirectional \
         RPCs only",
        rpc.service, rpc.name
    ))
}

/// `google.cloud.dialogflow.v2.Conversations/CreateConversation`: how errors name an RPC.
fn full_method(rpc: &Rpc) -> String {
    format!("{}/{}", rpc.service, rpc.name)
}

/// The Rust path of a message, as tonic's server traits name it: unlike the clients' surface,
/// where `google.protobuf.Empty` is `()`, the server answers the message itself.
fn message_type(full: &str) -> String {
    if full == ".google.protobuf.Empty" {
        "dialogflow_types::protobuf::Empty".to_string()
    } else {
        rust_type(full)
    }
}

/// The signature of a server trait method, without body. A bidirectional RPC's method takes
/// the server (to keep it for as long as the call lasts) and the stream of requests, and
/// answers the stream of responses.
fn method_signature(rpc: &Rpc) -> String {
    if rpc.streaming == Streaming::Bidi {
        return format!(
            "fn {}(\n        self: Arc<Self>,\n        requests: Inbound<{}>,\n    ) -> Result<Outbound<{}>, ApiError>",
            rpc.snake(),
            message_type(&rpc.input),
            message_type(&rpc.output)
        );
    }
    format!(
        "fn {}(&self, request: {}) -> Result<{}, ApiError>",
        rpc.snake(),
        message_type(&rpc.input),
        message_type(&rpc.output)
    )
}

fn service_file(service: &ServerService<'_>) -> String {
    let trait_name = service.trait_name();
    let short = service.short();
    let tonic = service.tonic_module();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "//! [`{trait_name}`], the server trait of `{}`, and\n//! tonic's `{short}` server over it.\n",
        service.name
    );
    let streams = service.rpcs.iter().any(|r| r.streaming == Streaming::Bidi);
    if streams {
        out.push_str("\nuse std::sync::Arc;\n");
    }
    out.push_str("\nuse dialogflow_types::rpc::Code;\n\nuse crate::error::ApiError;\n");
    if streams {
        out.push_str("use crate::grpc::{GrpcApi, Inbound, Outbound};\n");
    } else {
        out.push_str("use crate::grpc::GrpcApi;\n");
    }
    out.push_str("use crate::service::serve;\n\n");
    let about = format!(
        "{}\n\nThe emulator's side of `{}`: one method per RPC, taking the request message once \
         it has met the API's contract and answering the response message or an API error. Both \
         surfaces call it: gRPC through tonic's `{short}` trait, implemented below for \
         [`GrpcApi`], and REST through [`invoke`](super::invoke). Every method's default body \
         answers `UNIMPLEMENTED`, so an implementation writes only the RPCs it serves.",
        if service.doc.trim().is_empty() {
            format!(
                "The `{}` mixin, served beside every API service.",
                service.name
            )
        } else {
            service.doc.to_string()
        },
        service.name
    );
    doc(&mut out, "", &about, "");
    let _ = writeln!(
        out,
        "pub(crate) trait {trait_name}: Send + Sync + 'static {{"
    );
    for (i, rpc) in service.rpcs.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        doc(&mut out, "    ", &rpc.doc, &format!("`{}`.", rpc.name));
        let _ = writeln!(
            out,
            "    ///\n    /// The default body answers `UNIMPLEMENTED`.\n    {} {{\n        let _ = {};\n        Err(ApiError::new(\n            Code::Unimplemented,\n            \"the emulator does not implement {}\",\n        ))\n    }}",
            method_signature(rpc),
            if rpc.streaming == Streaming::Bidi {
                "requests"
            } else {
                "request"
            },
            full_method(rpc)
        );
    }
    out.push_str("}\n");

    let _ = write!(
        out,
        "\n#[tonic::async_trait]\nimpl<S: {trait_name}> {tonic}::{short} for GrpcApi<S> {{\n"
    );
    for (i, rpc) in service.rpcs.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        if rpc.streaming == Streaming::Bidi {
            let _ = writeln!(
                out,
                "    type {name}Stream = futures::stream::BoxStream<'static, Result<{output}, tonic::Status>>;\n\n    async fn {method}(\n        &self,\n        request: tonic::Request<tonic::Streaming<{input}>>,\n    ) -> Result<tonic::Response<Self::{name}Stream>, tonic::Status> {{\n        let requests = crate::grpc::inbound(request.into_inner());\n        S::{method}(self.0.clone(), requests)\n            .map(|responses| tonic::Response::new(crate::grpc::outbound(responses)))\n            .map_err(tonic::Status::from)\n    }}",
                method = rpc.snake(),
                input = message_type(&rpc.input),
                output = message_type(&rpc.output),
                name = rpc.name,
            );
            continue;
        }
        let _ = writeln!(
            out,
            "    async fn {method}(\n        &self,\n        request: tonic::Request<{input}>,\n    ) -> Result<tonic::Response<{output}>, tonic::Status> {{\n        serve(\n            &*self.0,\n            \"{service}.{name}\",\n            request.into_inner(),\n            S::{method},\n        )\n        .map(tonic::Response::new)\n        .map_err(tonic::Status::from)\n    }}",
            method = rpc.snake(),
            input = message_type(&rpc.input),
            output = message_type(&rpc.output),
            service = rpc.service,
            name = rpc.name,
        );
    }
    out.push_str("}\n");
    out
}

fn server_file(services: &[ServerService<'_>]) -> String {
    let traits: Vec<String> = services.iter().map(|s| s.trait_name()).collect();
    let mut out = String::from(
        "//! Every service the emulator serves, as one bound, and the gRPC router over them.\n\nuse std::sync::Arc;\n\nuse crate::grpc::GrpcApi;\n",
    );
    let _ = writeln!(out, "use super::{{{}}};\n", traits.join(", "));
    let _ = writeln!(
        out,
        "/// A server of every service in `proto/`: what the emulator's surfaces dispatch to.\n/// Implemented for every type implementing each service's trait.\npub(crate) trait Server: {} {{}}\n\nimpl<T: {0}> Server for T {{}}\n",
        traits.join(" + ")
    );
    out.push_str(
        "/// The gRPC router: tonic's server of each service, all over one `server`.\npub(crate) fn routes<S: Server>(server: Arc<S>) -> tonic::service::Routes {\n    let api = GrpcApi(server);\n    tonic::service::Routes::default()\n",
    );
    for service in services {
        let _ = writeln!(
            out,
            "        .add_service({}::{}Server::new(api.clone()))",
            service.tonic_module(),
            service.short()
        );
    }
    out.push_str("}\n");
    out
}

fn rest_file(services: &[ServerService<'_>]) -> String {
    let traits: Vec<String> = services.iter().map(|s| s.trait_name()).collect();
    let mut out = String::from(
        "//! The REST dispatch: from the gRPC path of a routed request to its server trait method.\n\nuse dialogflow_types::http::MethodBindings;\nuse dialogflow_types::rpc::Code;\nuse serde_json::Value;\n\nuse crate::error::ApiError;\nuse crate::rest::call;\nuse crate::service::serve;\n",
    );
    let _ = writeln!(out, "use super::{{Server, {}}};\n", traits.join(", "));
    out.push_str(
        "/// Runs the RPC of `bindings` on its JSON request through `serve` (the contract first) and\n/// writes the response as JSON, enums by number when `int_enums`.\npub(crate) fn invoke<S: Server>(\n    server: &S,\n    bindings: &MethodBindings,\n    request: Value,\n    int_enums: bool,\n) -> Result<Vec<u8>, ApiError> {\n    let rpc = bindings.grpc_path.as_str();\n    match rpc {\n",
    );
    for service in services {
        let trait_name = service.trait_name();
        // A streaming RPC has no HTTP binding, so no REST request routes to it.
        for rpc in service
            .rpcs
            .iter()
            .filter(|r| r.streaming == Streaming::Unary)
        {
            let _ = writeln!(
                out,
                "        \"/{}/{}\" => call(request, int_enums, |r| {{\n            serve(server, rpc, r, <S as {trait_name}>::{})\n        }}),",
                rpc.service,
                rpc.name,
                rpc.snake()
            );
        }
    }
    out.push_str(
        "        other => Err(ApiError::new(\n            Code::Unimplemented,\n            format!(\"the emulator does not implement {other}\"),\n        )),\n    }\n}\n",
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rpc(streaming: Streaming) -> Rpc {
        Rpc {
            service: "google.cloud.dialogflow.v2.Participants".into(),
            name: "StreamingAnalyzeContent".into(),
            input: ".google.cloud.dialogflow.v2.StreamingAnalyzeContentRequest".into(),
            output: ".google.cloud.dialogflow.v2.StreamingAnalyzeContentResponse".into(),
            streaming,
            bindings: Vec::new(),
            routing: Vec::new(),
            signature: Vec::new(),
            paging: None,
            lro: None,
            timeout_ms: 60_000,
            retry_codes: Vec::new(),
            doc: String::new(),
        }
    }

    #[test]
    fn one_way_streams_are_refused_by_name() {
        assert!(check_streaming(&rpc(Streaming::Unary)).is_ok());
        assert!(check_streaming(&rpc(Streaming::Bidi)).is_ok());
        let e = check_streaming(&rpc(Streaming::Server)).unwrap_err();
        assert!(
            e.starts_with(
                "google.cloud.dialogflow.v2.Participants.StreamingAnalyzeContent is server-streaming"
            ),
            "{e}"
        );
        assert!(check_streaming(&rpc(Streaming::Client)).is_err());
    }

    #[test]
    fn a_bidirectional_method_takes_and_answers_streams() {
        let sig = method_signature(&rpc(Streaming::Bidi));
        assert!(sig.contains("self: Arc<Self>"), "{sig}");
        assert!(
            sig.contains("requests: Inbound<dialogflow_types::v2::StreamingAnalyzeContentRequest>"),
            "{sig}"
        );
        assert!(
            sig.contains(
                "Result<Outbound<dialogflow_types::v2::StreamingAnalyzeContentResponse>, ApiError>"
            ),
            "{sig}"
        );
    }
}
