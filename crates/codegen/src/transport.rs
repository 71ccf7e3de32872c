//! The per-RPC code of `dialogflow-transport`: the `Rpc` values with their service-config
//! defaults, the routing of each request, and per service the transport trait with its
//! forwarding, gRPC, REST and mock implementations.

use std::error::Error;
use std::fmt::Write as _;
use std::path::Path;

use heck::ToSnakeCase;

use crate::emit::{self, doc, rust_type};
use crate::records::{self, Api, Rpc, Service, Streaming};

/// Writes `rpc.rs`, one file per service and `mod.rs`.
pub fn generate(proto_root: &Path, out: &Path) -> Result<(), Box<dyn Error>> {
    let api = records::read(proto_root)?;
    emit::write(out, "rpc.rs", &rpc_file(api)?)?;
    let mut module = String::from(
        "//! Generated per-RPC code: see `rpc.rs` and one file per service.\n\nmod rpc;\npub use rpc::Rpc;\n#[cfg(feature = \"fuzzing\")]\npub(crate) use rpc::RESPONSE_DECODERS;\n#[cfg(all(feature = \"fuzzing\", feature = \"rest\"))]\npub(crate) use rpc::REST_REQUEST_CHECKS;\n",
    );
    for service in &api.services {
        let file = service.short().to_snake_case();
        emit::write(out, &format!("{file}.rs"), &service_file(service)?)?;
        // A service other than the crate's own compiles only with its feature.
        let cfg = records::cfg_for([service.name.as_str()]);
        let mock_cfg = match records::feature(&service.name) {
            Some(f) => format!("#[cfg(all(feature = \"mock\", feature = \"{f}\"))]\n"),
            None => "#[cfg(feature = \"mock\")]\n".to_string(),
        };
        let _ = write!(
            module,
            "\n{cfg}mod {file};\n{cfg}pub use {file}::{0}Transport;\n{mock_cfg}pub use {file}::Mock{0}Transport;\n",
            service.short()
        );
    }
    emit::write(out, "mod.rs", &module)
}

fn rpc_file(api: &Api) -> Result<String, Box<dyn Error>> {
    let rpcs = &api.all_rpcs;
    let mut out = String::new();
    out.push_str(
        "use std::time::Duration;\n\nuse crate::Code;\nuse crate::metadata::{Routed, RoutingFields, RpcInfo, Streaming};\n\n",
    );
    out.push_str(
        "/// Every RPC the transports know, as values: the API's services, then their mixins.\n\
         #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]\n#[non_exhaustive]\npub enum Rpc {\n",
    );
    for rpc in rpcs {
        doc(
            &mut out,
            "    ",
            &rpc.doc,
            &format!("`{}.{}`.", rpc.service, rpc.name),
        );
        let _ = writeln!(out, "    {},", rpc.name);
    }
    out.push_str("}\n\nimpl Rpc {\n    /// Every RPC, services in order.\n    pub const ALL: &'static [Rpc] = &[\n");
    for rpc in rpcs {
        let _ = writeln!(out, "        Rpc::{},", rpc.name);
    }
    out.push_str("    ];\n");
    let mut table = |doc_line: &str, signature: &str, value: &dyn Fn(&Rpc) -> String| {
        let _ = write!(
            out,
            "\n    /// {doc_line}\n    pub const fn {signature} {{\n        match self {{\n"
        );
        for rpc in rpcs {
            let _ = writeln!(out, "            Rpc::{} => {},", rpc.name, value(rpc));
        }
        out.push_str("        }\n    }\n");
    };
    table(
        "The method name, e.g. `GetConversation`.",
        "name(self) -> &'static str",
        &|r| format!("{:?}", r.name),
    );
    table(
        "The full service name, e.g. `google.cloud.dialogflow.v2.Conversations`.",
        "service(self) -> &'static str",
        &|r| format!("{:?}", r.service),
    );
    table(
        "The gRPC path, e.g. `/google.cloud.dialogflow.v2.Conversations/GetConversation`.",
        "grpc_path(self) -> &'static str",
        &|r| format!("\"/{}/{}\"", r.service, r.name),
    );
    table(
        "Whether a blind retry is safe: AIP-194 reads the HTTP verbs GET, PUT and DELETE as idempotent.",
        "idempotent(self) -> bool",
        &|r| r.idempotent().to_string(),
    );
    table(
        "The deadline the service config gives a call.",
        "default_timeout(self) -> Duration",
        &|r| format!("Duration::from_millis({})", r.timeout_ms),
    );
    table(
        "The codes the service config retries (a call's own retry policy decides).",
        "retryable_codes(self) -> &'static [Code]",
        &|r| {
            let codes: Vec<String> = r
                .retry_codes
                .iter()
                .map(|c| format!("Code::{}", code_variant(c)))
                .collect();
            format!("&[{}]", codes.join(", "))
        },
    );
    table(
        "How requests and responses flow.",
        "streaming(self) -> Streaming",
        &|r| {
            format!(
                "Streaming::{}",
                match r.streaming {
                    Streaming::Unary => "Unary",
                    Streaming::Server => "Server",
                    Streaming::Client => "Client",
                    Streaming::Bidi => "Bidi",
                }
            )
        },
    );
    table(
        "The service-agnostic description of the RPC, for the runtime (retry policies, timeouts).",
        "info(self) -> RpcInfo",
        &|r| {
            let codes: Vec<String> = r
                .retry_codes
                .iter()
                .map(|c| format!("Code::{}", code_variant(c)))
                .collect();
            format!(
                "RpcInfo::new({:?}, {:?}, {}).with_default_timeout(Duration::from_millis({})).with_retryable_codes(&[{}]).with_streaming(Streaming::{})",
                r.name,
                r.service,
                r.idempotent(),
                r.timeout_ms,
                codes.join(", "),
                match r.streaming {
                    Streaming::Unary => "Unary",
                    Streaming::Server => "Server",
                    Streaming::Client => "Client",
                    Streaming::Bidi => "Bidi",
                }
            )
        },
    );
    table(
        "For a long-running operation, the full names of its result and metadata types (`google.longrunning.operation_info`).",
        "operation_info(self) -> Option<(&'static str, &'static str)>",
        &|r| match &r.lro {
            Some(lro) => format!(
                "Some(({:?}, {:?}))",
                lro.response_type.trim_start_matches('.'),
                lro.metadata_type.trim_start_matches('.')
            ),
            None => "None".to_string(),
        },
    );
    out.push_str("}\n");

    // Routing: one impl per request type.
    let mut seen = std::collections::HashSet::new();
    for rpc in rpcs {
        if !seen.insert(rpc.input.clone()) {
            continue;
        }
        let fields: Vec<String> = rpc
            .routing
            .iter()
            .map(|path| accessor(api, &rpc.input, path).map(|a| format!("({path:?}, {a})")))
            .collect::<Result<_, _>>()?;
        let cfg = records::cfg_for(
            rpcs.iter()
                .filter(|r| r.input == rpc.input)
                .map(|r| r.service.as_str()),
        );
        let _ = write!(
            out,
            "\n{cfg}impl Routed for {} {{\n    const RPC: Rpc = Rpc::{};\n    fn routing_fields(&self) -> RoutingFields<'_> {{\n        [{}].into()\n    }}\n}}\n",
            rust_type(&rpc.input),
            rpc.name,
            fields.join(", ")
        );
    }

    // The fuzz dispatch: a REST request check per RPC, a decoder per response type.
    out.push_str(
        "\n/// The REST request check of each RPC, in the order of [`Rpc::ALL`] (fuzzing).\n#[cfg(all(feature = \"fuzzing\", feature = \"rest\"))]\npub(crate) const REST_REQUEST_CHECKS: &[crate::fuzzing::rest_checks::Check] = &[\n",
    );
    for rpc in rpcs {
        if rpc.streaming == Streaming::Unary {
            let _ = writeln!(
                out,
                "    crate::fuzzing::rest_checks::check::<{}>,",
                rust_type(&rpc.input)
            );
        } else {
            out.push_str("    crate::fuzzing::rest_checks::grpc_only,\n");
        }
    }
    out.push_str("];\n\n/// A JSON decoder per response type, in the order of [`Rpc::ALL`] (fuzzing).\n#[cfg(feature = \"fuzzing\")]\npub(crate) const RESPONSE_DECODERS: &[crate::fuzzing::Decoder] = &[\n");
    let mut seen = std::collections::HashSet::new();
    for rpc in rpcs {
        if rpc.output != ".google.protobuf.Empty" && seen.insert(rpc.output.clone()) {
            let _ = writeln!(
                out,
                "    crate::fuzzing::decode_response::<{}>,",
                rust_type(&rpc.output)
            );
        }
    }
    out.push_str("];\n");

    // REST: how each response type is decoded.
    let mut seen = std::collections::HashSet::new();
    for rpc in rpcs {
        if rpc.output == ".google.protobuf.Empty"
            || rpc.streaming != Streaming::Unary
            || !seen.insert(rpc.output.clone())
        {
            continue;
        }
        let cfg = records::cfg_for(
            rpcs.iter()
                .filter(|r| r.output == rpc.output)
                .map(|r| r.service.as_str()),
        );
        let _ = write!(
            out,
            "\n#[cfg(feature = \"rest\")]\n{cfg}impl crate::rest::RestResponse for {} {{\n    fn decode(body: &[u8]) -> Result<Self, crate::Error> {{\n        crate::rest::decode_message(body)\n    }}\n}}\n",
            rust_type(&rpc.output)
        );
    }
    Ok(out)
}

/// The expression reading a routing field (a dotted path through optional messages) as `&str`.
fn accessor(api: &Api, message: &str, path: &str) -> Result<String, String> {
    let mut expr = String::from("self");
    let mut current = message.to_string();
    let parts: Vec<&str> = path.split('.').collect();
    let mut closers = String::new();
    for (i, part) in parts.iter().enumerate() {
        let m = api.message(&current)?;
        let field = m
            .field
            .iter()
            .find(|f| f.name() == *part)
            .ok_or_else(|| format!("routing field {path}: {current} has no field {part}"))?;
        if i + 1 == parts.len() {
            let _ = write!(expr, ".{part}.as_str()");
        } else {
            let _ = write!(expr, ".{part}.as_ref().map_or(\"\", |m| m");
            closers.push(')');
            current = field.type_name().to_string();
        }
    }
    Ok(expr + &closers)
}

/// `UNAVAILABLE` → `Unavailable`.
fn code_variant(code: &str) -> String {
    use heck::ToUpperCamelCase;
    code.to_lowercase().to_upper_camel_case()
}

fn service_file(service: &Service) -> Result<String, Box<dyn Error>> {
    let name = service.short();
    let trait_name = format!("{name}Transport");
    let mut out = String::new();
    let _ = writeln!(
        out,
        "//! The [`{trait_name}`] trait and its implementations.\n// mockall generates helper types (expectations) without Debug.\n#![cfg_attr(feature = \"mock\", allow(missing_debug_implementations))]\n\nuse std::sync::Arc;\n\nuse crate::{{CallOptions, Error}};"
    );
    let streams = service.rpcs.iter().any(|r| r.streaming == Streaming::Bidi);
    if streams {
        out.push_str("use dialogflow_runtime::streaming::{RequestStream, ResponseReceiver};\n");
    }
    out.push('\n');
    doc(&mut out, "", &service.doc, "");
    let mixins: Vec<&str> = records::MIXINS.iter().map(|m| records::short(m)).collect();
    let _ = writeln!(
        out,
        "///\n/// One attempt of each RPC of the `{}` service and of its mixins ({}). Implemented by\n/// the gRPC transport (feature `grpc`), the REST transport (feature `rest`) and the mock\n/// (feature `mock`, `Mock{trait_name}`); implement it yourself to fake or wrap a transport.\n/// Every method has a default body that returns `UNIMPLEMENTED`, so an implementation only\n/// writes the RPCs it serves, and RPCs added later do not break it. The trait is object safe.",
        service.name,
        mixins
            .iter()
            .map(|m| format!("`{m}`"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let examples = format!("docs/{trait_name}.md");
    let _ = writeln!(out, "#[doc = include_str!(\"../../{examples}\")]");
    let _ = writeln!(
        out,
        "#[cfg_attr(feature = \"mock\", mockall::automock)]\n#[async_trait::async_trait]\npub trait {trait_name}: Send + Sync + std::fmt::Debug {{"
    );
    for (i, rpc) in service.rpcs.iter().enumerate() {
        check_streaming(rpc)?;
        if i > 0 {
            out.push('\n');
        }
        doc(&mut out, "    ", &rpc.doc, &format!("`{}`.", rpc.name));
        if rpc.streaming == Streaming::Bidi {
            out.push_str(
                "    ///\n    /// A bidirectional stream: the requests are read from `request` as the wire takes\n    /// them (the first one decides the routing header), and the answer is the receiver of\n    /// the responses.\n",
            );
        }
        let _ = writeln!(
            out,
            "    ///\n    /// The default body returns `UNIMPLEMENTED`.\n    async fn {} {{\n        let _ = (request, options);\n        Err(Error::unimplemented({:?}))\n    }}",
            signature(rpc),
            rpc.name
        );
    }
    out.push_str("}\n");

    let forward = |out: &mut String, cfg: &str, target: &str, body: &dyn Fn(&Rpc) -> String| {
        let _ = write!(out, "\n{cfg}#[async_trait::async_trait]\n{target} {{\n");
        for (i, rpc) in service.rpcs.iter().enumerate() {
            if i > 0 {
                out.push('\n');
            }
            let _ = writeln!(
                out,
                "    async fn {} {{\n        {}\n    }}",
                signature(rpc),
                body(rpc)
            );
        }
        out.push_str("}\n");
    };
    forward(
        &mut out,
        "",
        &format!("impl<T: {trait_name} + ?Sized> {trait_name} for Arc<T>"),
        &|rpc| format!("(**self).{}(request, options).await", rpc.snake()),
    );
    forward(
        &mut out,
        "",
        &format!("impl<T: {trait_name} + ?Sized> {trait_name} for Box<T>"),
        &|rpc| format!("(**self).{}(request, options).await", rpc.snake()),
    );
    forward(
        &mut out,
        "#[cfg(feature = \"grpc\")]\n",
        &format!("impl {trait_name} for crate::GrpcTransport"),
        &|rpc| match rpc.streaming {
            Streaming::Bidi => "self.bidi(request, options).await".to_string(),
            _ => "self.unary(request, options).await".to_string(),
        },
    );
    forward(
        &mut out,
        "#[cfg(feature = \"rest\")]\n",
        &format!("impl {trait_name} for crate::RestTransport"),
        &|rpc| match rpc.streaming {
            Streaming::Bidi => format!(
                "let _ = (request, options);\n        Err(crate::rest::grpc_only(crate::Rpc::{}))",
                rpc.name
            ),
            _ => "self.unary(request, options).await".to_string(),
        },
    );
    Ok(out)
}

/// A transport method's signature, without `async` and body: one request for a unary RPC; for
/// a bidirectional one, the stream of requests and the receiver of responses.
fn signature(rpc: &Rpc) -> String {
    match rpc.streaming {
        Streaming::Bidi => format!(
            "{}(\n        &self,\n        request: RequestStream<{}>,\n        options: &CallOptions,\n    ) -> Result<ResponseReceiver<{}>, Error>",
            rpc.snake(),
            rust_type(&rpc.input),
            rust_type(&rpc.output)
        ),
        _ => format!(
            "{}(&self, request: {}, options: &CallOptions) -> Result<{}, Error>",
            rpc.snake(),
            rust_type(&rpc.input),
            rust_type(&rpc.output)
        ),
    }
}

/// Unary and bidirectional RPCs have templates; one-way streams are refused by name.
fn check_streaming(rpc: &Rpc) -> Result<(), String> {
    match rpc.streaming {
        Streaming::Unary | Streaming::Bidi => Ok(()),
        _ => Err(format!(
            "{}.{} streams one way only; the transport generator has templates for unary and \
             bidirectional RPCs",
            rpc.service, rpc.name
        )),
    }
}
