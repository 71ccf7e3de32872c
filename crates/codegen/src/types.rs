//! The message code of `dialogflow-types`, from the project's `.proto` files (compiled with
//! protox, a pure-Rust protobuf compiler):
//!
//! * prost messages for every package, including `google.protobuf` (so that the crate owns the
//!   well-known types and can give them their proto3 JSON form);
//! * tonic client and server stubs, behind the `grpc-client` / `grpc-server` features;
//! * serde implementations following the proto3 JSON mapping (pbjson), post-processed so that
//!   enum numbers this build does not know survive a JSON round trip;
//! * the `google.protobuf.Any` type registry (`any_registry.rs`) listing every message type;
//! * the encoded descriptor set (`descriptor.bin`), for code that wants to read the API's
//!   options (HTTP bindings, field behaviour) at run time.
//!
//! Every item of `google.cloud.dialogflow.v2` (and its tonic stubs, serde impls and registry
//! entries) is put behind the features of the services that reach it (see `features.rs`).

use std::collections::BTreeSet;
use std::error::Error;
use std::fs;
use std::path::Path;

use heck::{ToSnakeCase, ToUpperCamelCase};

use crate::emit::ident;
use crate::features::Gates;
use prost_types::{DescriptorProto, FileDescriptorSet};

/// Packages that get proto3 JSON code from pbjson. `google.protobuf` is written by hand
/// (see `src/wkt/`), and `google.api` holds only annotation types that never travel.
const JSON_PACKAGES: &[&str] = &[
    ".google.cloud",
    ".google.rpc",
    ".google.longrunning",
    ".google.type",
];

/// Well-known types whose Any JSON form wraps the value in a `"value"` member.
const WKT_IN_REGISTRY: &[&str] = &[
    "Timestamp",
    "Duration",
    "Empty",
    "Struct",
    "Value",
    "ListValue",
    "FieldMask",
];

/// Compiles `proto/` and writes the message code of `dialogflow-types` into `out`.
pub fn generate(proto_root: &Path, out_dir: &Path) -> Result<(), Box<dyn Error>> {
    let files = proto_files(proto_root)?;

    // With source info (comments become rustdoc) for code generation...
    let mut fds: FileDescriptorSet = protox::Compiler::new([proto_root])?
        .include_source_info(true)
        .include_imports(true)
        .open_files(&files)?
        .file_descriptor_set();
    // descriptor.proto is only needed to declare the google.api options; no code is wanted for it.
    fds.file
        .retain(|f| f.name() != "google/protobuf/descriptor.proto");
    // ...and without, but with the custom options (google.api.http and friends) kept, for the
    // embedded descriptor set and pbjson.
    let descriptor_bytes = descriptor_set(proto_root)?;
    let gates = Gates::compute(&fds, crate::records::read(proto_root)?)?;
    let counts: Vec<String> = gates
        .counts
        .iter()
        .map(|(f, (m, e))| format!("{f}: {m} messages, {e} enums"))
        .collect();
    println!(
        "dialogflow-types features: {}; {} types no service reaches (feature other-messages)",
        counts.join("; "),
        gates.unreached.len()
    );
    fs::write(out_dir.join("descriptor.bin"), &descriptor_bytes)?;

    let mut config = prost_build::Config::new();
    config.enable_type_names();
    config.type_name_domain(["."], "type.googleapis.com");
    config.compile_well_known_types();
    // A ConversationProfile is 800-odd bytes; inline, it would make every Conversation (and
    // every future and result that holds one) that much bigger to move, though the field is
    // output-only and mostly unset.
    config.boxed(".google.cloud.dialogflow.v2.Conversation.initial_conversation_profile");
    config.out_dir(out_dir);
    // Both stub kinds are generated; `gate_stubs` puts each behind its feature.
    tonic_prost_build::configure()
        .build_client(true)
        .build_server(true)
        .build_transport(false)
        .out_dir(out_dir)
        .compile_well_known_types(true)
        .emit_rerun_if_changed(false)
        .compile_fds_with_config(fds.clone(), config)?;

    pbjson_build::Builder::new()
        .register_descriptors(&descriptor_bytes)?
        .out_dir(out_dir)
        .ignore_unknown_fields()
        .build(JSON_PACKAGES)?;
    // prost and pbjson name the files of `google.type` after its module, `r#type`.
    for suffix in ["rs", "serde.rs"] {
        fs::rename(
            out_dir.join(format!("google.r#type.{suffix}")),
            out_dir.join(format!("google.type.{suffix}")),
        )?;
    }
    for package in [
        "google.cloud.dialogflow.v2",
        "google.cloud.location",
        "google.rpc",
        "google.longrunning",
        "google.type",
    ] {
        let api = package == crate::records::API_PACKAGE;
        let path = out_dir.join(format!("{package}.serde.rs"));
        let mut code = open_enums(&fs::read_to_string(&path)?);
        if api {
            code = gates.gate_serde(&code)?;
        }
        fs::write(&path, code)?;
        let path = out_dir.join(format!("{package}.rs"));
        let mut code = gate_stubs(&fs::read_to_string(&path)?);
        if api {
            code = gates.gate_prost(&code)?;
        }
        fs::write(&path, code)?;
    }

    fs::write(out_dir.join("any_registry.rs"), any_registry(&fds, &gates)?)?;
    crate::emit::write(
        out_dir,
        "paging.rs",
        &paging_file(crate::records::read(proto_root)?),
    )?;
    Ok(())
}

/// Every `.proto` file under `proto_root`, relative and sorted, plus `field_mask.proto`, which
/// protox ships: the API's messages do not use FieldMask, but users build update masks with it.
pub fn proto_files(proto_root: &Path) -> Result<Vec<String>, Box<dyn Error>> {
    let mut files = Vec::new();
    collect_protos(proto_root, proto_root, &mut files)
        .map_err(|e| format!("reading the proto directory {}: {e}", proto_root.display()))?;
    files.sort();
    files.push("google/protobuf/field_mask.proto".to_string());
    Ok(files)
}

/// The encoded descriptor set of `proto/`: imports included, custom options kept, no source info.
pub fn descriptor_set(proto_root: &Path) -> Result<Vec<u8>, Box<dyn Error>> {
    Ok(protox::Compiler::new([proto_root])?
        .include_source_info(false)
        .include_imports(true)
        .open_files(proto_files(proto_root)?)?
        .encode_file_descriptor_set())
}

/// Puts tonic's client modules behind the `grpc-client` feature and its server modules behind
/// `grpc-server`, so that the checked-in file serves every feature combination.
fn gate_stubs(code: &str) -> String {
    code.replace(
        "/// Generated client implementations.\n",
        "/// Generated client implementations.\n#[cfg(feature = \"grpc-client\")]\n",
    )
    .replace(
        "/// Generated server implementations.\n",
        "/// Generated server implementations.\n#[cfg(feature = \"grpc-server\")]\n",
    )
}

fn collect_protos(root: &Path, dir: &Path, out: &mut Vec<String>) -> Result<(), Box<dyn Error>> {
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect_protos(root, &path, out)?;
        } else if path.extension().is_some_and(|e| e == "proto") {
            let rel = path
                .strip_prefix(root)?
                .to_string_lossy()
                .replace('\\', "/");
            out.push(rel);
        }
    }
    Ok(())
}

/// Rewrites pbjson's enum handling inside messages so that an enum field keeps any number:
/// decoding goes through `crate::json::OpenEnum`, which accepts names and arbitrary numbers,
/// and encoding writes the number when the value has no name in this build.
fn open_enums(code: &str) -> String {
    let lines: Vec<&str> = code.lines().collect();
    let mut out = String::with_capacity(code.len() + 4096);
    for (i, line) in lines.iter().enumerate() {
        let next_is_variant_error = lines
            .get(i + 1)
            .is_some_and(|n| n.contains("Invalid variant"));
        let rewritten = if next_is_variant_error {
            rewrite_enum_encode(line)
        } else {
            rewrite_enum_line(line)
        };
        out.push_str(rewritten.as_deref().unwrap_or(line));
        out.push('\n');
    }
    out
}

/// Encoding: `T::try_from(x)` followed by a `map_err(.. "Invalid variant" ..)` line becomes
/// `crate::json::OpenEnum::<T>::from_number(x)`, which never fails.
fn rewrite_enum_encode(line: &str) -> Option<String> {
    let at = line.find("::try_from(")?;
    let start = line[..at]
        .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == ':'))
        .map_or(0, |i| i + 1);
    let ty = &line[start..at];
    Some(format!(
        "{}crate::json::OpenEnum::<{ty}>::from_number({}",
        &line[..start],
        &line[at + "::try_from(".len()..]
    ))
}

fn rewrite_enum_line(line: &str) -> Option<String> {
    // Decoding, singular:  `Some(map_.next_value::<T>()? as i32)`
    // Decoding, optional:  `map_.next_value::<::std::option::Option<T>>()?.map(|x| x as i32)`
    // Decoding, repeated:  `Some(map_.next_value::<Vec<T>>()?.into_iter().map(|x| x as i32).collect())`
    // Decoding, oneof:     `map_.next_value::<::std::option::Option<T>>()?.map(|x| P::V(x as i32))`
    if line.contains("map_.next_value::<") && line.contains("as i32") {
        let start = line.find("map_.next_value::<")? + "map_.next_value::<".len();
        let end = line.find(">()?")?;
        let ty = &line[start..end];
        let (wrap_open, inner, wrap_close) =
            if let Some(t) = ty.strip_prefix("::std::option::Option<") {
                ("::std::option::Option<", t.strip_suffix('>')?, ">")
            } else if let Some(t) = ty.strip_prefix("Vec<") {
                ("Vec<", t.strip_suffix('>')?, ">")
            } else {
                ("", ty, "")
            };
        let new_ty = format!("{wrap_open}crate::json::OpenEnum<{inner}>{wrap_close}");
        let replaced = line.replacen(ty, &new_ty, 1).replace(" as i32", ".0");
        return Some(replaced);
    }
    None
}

/// Emits the `Any` registry: one entry per message of the JSON packages, plus the
/// well-known types that have a JSON form, sorted by full name for binary search.
fn any_registry(fds: &FileDescriptorSet, gates: &Gates) -> Result<String, Box<dyn Error>> {
    let mut entries = BTreeSet::new();
    for file in &fds.file {
        let package = file.package();
        let json = JSON_PACKAGES
            .iter()
            .any(|p| format!(".{package}").starts_with(p));
        if package == "google.protobuf" {
            for m in &file.message_type {
                if WKT_IN_REGISTRY.contains(&m.name()) {
                    entries.insert((
                        format!("{package}.{}", m.name()),
                        rust_path(package, &[], m.name()),
                        true,
                    ));
                }
            }
        } else if json {
            for m in &file.message_type {
                collect_messages(package, &[], m, &mut entries);
            }
        }
    }
    let mut out = String::from(
        "// Generated by dialogflow-codegen: every message type this crate can carry in an Any.\n",
    );
    out.push_str("pub(crate) static ANY_TYPES: &[AnyType] = &[\n");
    for (full, path, wkt) in &entries {
        if let Some(cfg) = gates.registry_cfg(full)? {
            out.push_str(&format!("    {cfg}\n"));
        }
        out.push_str(&format!(
            "    AnyType {{ full_name: \"{full}\", well_known: {wkt}, to_json: to_json::<{path}>, from_json: from_json::<{path}> }},\n"
        ));
    }
    out.push_str("];\n\n");
    out.push_str("// The same messages' JSON code, compiled here once (see `JsonCodec`).\n");
    out.push_str("json_codec! {\n");
    for (full, path, _) in &entries {
        if let Some(cfg) = gates.registry_cfg(full)? {
            out.push_str(&format!("    {cfg}\n"));
        }
        out.push_str(&format!("    {path};\n"));
    }
    out.push_str("}\n");
    Ok(out)
}

fn collect_messages(
    package: &str,
    parents: &[String],
    m: &DescriptorProto,
    out: &mut BTreeSet<(String, String, bool)>,
) {
    if m.options.as_ref().is_some_and(|o| o.map_entry()) {
        return;
    }
    let mut full = package.to_string();
    for p in parents {
        full.push('.');
        full.push_str(p);
    }
    full.push('.');
    full.push_str(m.name());
    out.insert((full, rust_path(package, parents, m.name()), false));
    let mut nested = parents.to_vec();
    nested.push(m.name().to_string());
    for n in &m.nested_type {
        collect_messages(package, &nested, n, out);
    }
}

fn rust_path(package: &str, parents: &[String], name: &str) -> String {
    let mut path = String::from("crate");
    for seg in package.split('.') {
        path.push_str("::");
        path.push_str(&ident(&seg.to_snake_case()));
    }
    for p in parents {
        path.push_str("::");
        path.push_str(&ident(&p.to_snake_case()));
    }
    path.push_str("::");
    path.push_str(&ident(&name.to_upper_camel_case()));
    path
}

/// How the pagers read each list RPC's request and response (AIP-158), for every service in
/// `proto/`: each service's own list RPCs behind its feature, the mixins' always.
fn paging_file(api: &crate::records::Api) -> String {
    let mut out = String::from(
        "// The page token and items of each list RPC's messages (included by `paging.rs`).\n",
    );
    // The API's services' own RPCs (each behind its service's feature), then the mixins'.
    let own = api.every_service.iter().flat_map(|service| {
        let gate = format!(
            "#[cfg(feature = \"{}\")]\n",
            crate::features::feature(&service.name)
        );
        service.rpcs.iter().map(move |rpc| (rpc, gate.clone()))
    });
    let mixins = api
        .all_rpcs
        .iter()
        .filter(|rpc| !rpc.service.starts_with(crate::records::API_PACKAGE))
        .map(|rpc| (rpc, String::new()));
    let path =
        |full: &str| crate::emit::rust_type(full).replacen("dialogflow_types::", "crate::", 1);
    let mut seen = BTreeSet::new();
    for (rpc, gate) in own.chain(mixins) {
        let Some(paging) = &rpc.paging else { continue };
        if !seen.insert(rpc.input.clone()) {
            continue;
        }
        let (req, resp, item) = (path(&rpc.input), path(&rpc.output), path(&paging.item_type));
        let field = paging.items_field.to_snake_case();
        out.push_str(&format!(
            "\n{gate}impl PagedRequest for {req} {{\n    fn page_token(&self) -> &str {{\n        &self.page_token\n    }}\n\n    fn set_page_token(&mut self, token: String) {{\n        self.page_token = token;\n    }}\n}}\n"
        ));
        out.push_str(&format!(
            "\n{gate}impl PagedResponse for {resp} {{\n    type Item = {item};\n\n    fn next_page_token(&self) -> &str {{\n        &self.next_page_token\n    }}\n\n    fn into_items(self) -> Vec<{item}> {{\n        self.{field}\n    }}\n}}\n"
        ));
    }
    out
}
