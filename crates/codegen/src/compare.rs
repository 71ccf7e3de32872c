//! `--compare-reference PATH`: checks that `proto/` is wire-identical to Google's definition.
//!
//! Both trees are compiled with protox. Starting from the API services below (their requests,
//! responses and `google.longrunning.operation_info` types), every message and enum reachable
//! through fields is compared: fields (name, number, type, label, type name, oneof, json name,
//! proto3 `optional`, options such as `field_behavior` and `resource_reference`), oneof names,
//! message options (`google.api.resource`), enum values and their options. Each service is
//! compared method by method (types, streaming flags, encoded options: `google.api.http`,
//! `method_signature`, `operation_info`), and every resource type that a reachable field
//! references must have the same patterns in both trees. Comments are not compared: ours are
//! our own words.
//!
//! The reference is read only when this command is run; nothing else in the project reads it.

use std::collections::{BTreeMap, BTreeSet};
use std::error::Error;
use std::path::Path;

use prost_reflect::{
    DescriptorPool, DynamicMessage, EnumDescriptor, ExtensionDescriptor, Kind, MessageDescriptor,
    Value,
};

/// The services whose reachable types must match the reference.
pub const SERVICES: &[&str] = &[
    "google.cloud.dialogflow.v2.Conversations",
    "google.cloud.dialogflow.v2.Participants",
    "google.cloud.dialogflow.v2.ConversationProfiles",
];

const PACKAGE_DIR: &str = "google/cloud/dialogflow/v2";

/// Compares `proto_root` with the reference tree; prints a report and returns whether they
/// match.
pub fn run(reference: &Path, proto_root: &Path) -> Result<bool, Box<dyn Error>> {
    let dir = reference.join(PACKAGE_DIR);
    if !dir.is_dir() {
        return Err(format!(
            "{} has no {PACKAGE_DIR}/: expected the root of a googleapis checkout",
            reference.display()
        )
        .into());
    }
    let mut reference_files: Vec<String> = std::fs::read_dir(&dir)?
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".proto"))
        .map(|n| format!("{PACKAGE_DIR}/{n}"))
        .collect();
    reference_files.sort();
    let theirs = protox::Compiler::new([reference])?
        .include_imports(true)
        .open_files(&reference_files)
        .map_err(|e| format!("compiling the reference: {e}"))?
        .descriptor_pool();
    let ours = protox::Compiler::new([proto_root])?
        .include_imports(true)
        .open_files(crate::types::proto_files(proto_root)?)
        .map_err(|e| format!("compiling proto/: {e}"))?
        .descriptor_pool();

    let mut report = Report::default();
    let mut roots = Vec::new();
    for service in SERVICES {
        let Some(theirs_service) = theirs.get_service_by_name(service) else {
            return Err(format!("the reference has no service {service}").into());
        };
        let operation_info = theirs.get_extension_by_name("google.longrunning.operation_info");
        for method in theirs_service.methods() {
            roots.push(method.input().full_name().to_string());
            roots.push(method.output().full_name().to_string());
            if let Some(ext) = &operation_info {
                roots.extend(operation_types(
                    &method.options(),
                    ext,
                    theirs_service.package_name(),
                ));
            }
        }
        let Some(ours_service) = ours.get_service_by_name(service) else {
            report.diff(service, "missing from proto/".into());
            continue;
        };
        report.compared_services += 1;
        if encode(&theirs_service.options()) != encode(&ours_service.options()) {
            report.diff(
                service,
                format!(
                    "service options differ:\n  ours:      {}\n  reference: {}",
                    show(&ours_service.options()),
                    show(&theirs_service.options())
                ),
            );
        }
        let their_methods: Vec<_> = theirs_service
            .methods()
            .map(|m| m.name().to_string())
            .collect();
        let our_methods: Vec<_> = ours_service
            .methods()
            .map(|m| m.name().to_string())
            .collect();
        if their_methods != our_methods {
            report.diff(
                service,
                format!(
                    "methods differ:\n  ours:      {our_methods:?}\n  reference: {their_methods:?}"
                ),
            );
        }
        for method in theirs_service.methods() {
            report.compared_methods += 1;
            let name = method.full_name();
            let Some(mine) = ours_service.methods().find(|m| m.name() == method.name()) else {
                report.diff(name, "missing from proto/".into());
                continue;
            };
            let pairs = [
                (
                    "input",
                    method.input().full_name().to_string(),
                    mine.input().full_name().to_string(),
                ),
                (
                    "output",
                    method.output().full_name().to_string(),
                    mine.output().full_name().to_string(),
                ),
                (
                    "client streaming",
                    method.is_client_streaming().to_string(),
                    mine.is_client_streaming().to_string(),
                ),
                (
                    "server streaming",
                    method.is_server_streaming().to_string(),
                    mine.is_server_streaming().to_string(),
                ),
            ];
            for (what, theirs_value, ours_value) in pairs {
                if theirs_value != ours_value {
                    report.diff(
                        name,
                        format!("{what}: ours {ours_value}, reference {theirs_value}"),
                    );
                }
            }
            if encode(&method.options()) != encode(&mine.options()) {
                report.diff(
                    name,
                    format!(
                        "options differ:\n  ours:      {}\n  reference: {}",
                        show(&mine.options()),
                        show(&method.options())
                    ),
                );
            }
        }
    }

    // Every message and enum reachable from the services, in the reference.
    let (messages, enums) = reachable(&theirs, roots);
    let mut referenced_resources = BTreeSet::new();
    let resource_reference = theirs.get_extension_by_name("google.api.resource_reference");
    for name in &messages {
        let Some(message) = theirs.get_message_by_name(name) else {
            continue;
        };
        report.compared_messages += 1;
        let Some(mine) = ours.get_message_by_name(name) else {
            report.diff(name, "message missing from proto/".into());
            report.missing.push(name.clone());
            continue;
        };
        if let Some(ext) = &resource_reference {
            for field in message.fields() {
                let options = field.options();
                if options.has_extension(ext)
                    && let Value::Message(reference) = options.get_extension(ext).as_ref()
                {
                    for key in ["type", "child_type"] {
                        if let Some(Value::String(t)) = reference.get_field_by_name(key).as_deref()
                            && !t.is_empty()
                            && t != "*"
                        {
                            referenced_resources.insert((t.clone(), key == "child_type"));
                        }
                    }
                }
            }
        }
        compare_message(&message, &mine, &mut report);
    }
    for name in &enums {
        let Some(e) = theirs.get_enum_by_name(name) else {
            continue;
        };
        report.compared_enums += 1;
        let Some(mine) = ours.get_enum_by_name(name) else {
            report.diff(name, "enum missing from proto/".into());
            report.missing.push(name.clone());
            continue;
        };
        compare_enum(&e, &mine, &mut report);
    }

    // The resource types the reachable fields reference.
    let their_resources = resources(&theirs);
    let our_resources = resources(&ours);
    for (resource, child) in &referenced_resources {
        report.compared_resources += 1;
        let what = if *child { "child_type" } else { "type" };
        match (their_resources.get(resource), our_resources.get(resource)) {
            (Some(t), Some(o)) if t == o => {}
            (Some(t), Some(o)) => report.diff(
                resource,
                format!("resource patterns differ:\n  ours:      {o:?}\n  reference: {t:?}"),
            ),
            (Some(_), None) => report.diff(
                resource,
                format!("resource (referenced as {what}) is not defined in proto/"),
            ),
            // Defined in a file of the API that neither tree holds (agent.proto and the like).
            (None, _) => report.undefined_resources.push(resource.clone()),
        }
    }

    // Informational: what proto/ holds in the API package beyond what the services reach.
    let extra: Vec<String> = ours
        .all_messages()
        .filter(|m| m.package_name() == crate::records::API_PACKAGE && !m.is_map_entry())
        .map(|m| m.full_name().to_string())
        .filter(|n| !messages.contains(n))
        .collect();

    println!(
        "compared {} services, {} methods, {} messages, {} enums, {} referenced resource types",
        report.compared_services,
        report.compared_methods,
        report.compared_messages,
        report.compared_enums,
        report.compared_resources
    );
    if !extra.is_empty() {
        println!(
            "proto/ also holds {} message(s) of {} that no compared service reaches: {}",
            extra.len(),
            crate::records::API_PACKAGE,
            extra.join(", ")
        );
    }
    if !report.undefined_resources.is_empty() {
        println!(
            "referenced resource types that neither tree defines (their files are not part of \
             the reference): {}",
            report.undefined_resources.join(", ")
        );
    }
    for (item, problems) in &report.differences {
        for p in problems {
            println!("DIFF {item}: {p}");
        }
    }
    if report.differences.is_empty() {
        println!("wire contract identical to the reference");
    } else {
        println!(
            "{} item(s) differ ({} missing)",
            report.differences.len(),
            report.missing.len()
        );
    }
    Ok(report.differences.is_empty())
}

#[derive(Default)]
struct Report {
    differences: BTreeMap<String, Vec<String>>,
    missing: Vec<String>,
    undefined_resources: Vec<String>,
    compared_services: usize,
    compared_methods: usize,
    compared_messages: usize,
    compared_enums: usize,
    compared_resources: usize,
}

impl Report {
    fn diff(&mut self, item: &str, what: String) {
        self.differences
            .entry(item.to_string())
            .or_default()
            .push(what);
    }
}

/// A compact text form of a message (options): `{name: value, ...}`, extensions by full name.
fn show(message: &DynamicMessage) -> String {
    fn value(v: &Value) -> String {
        match v {
            Value::Message(m) => show(m),
            Value::List(l) => format!("[{}]", l.iter().map(value).collect::<Vec<_>>().join(", ")),
            Value::String(s) => format!("{s:?}"),
            Value::EnumNumber(n) => n.to_string(),
            other => format!("{other:?}"),
        }
    }
    let mut parts: Vec<String> = message
        .fields()
        .map(|(f, v)| format!("{}: {}", f.name(), value(v)))
        .collect();
    parts.extend(
        message
            .extensions()
            .map(|(e, v)| format!("({}): {}", e.full_name(), value(v))),
    );
    format!("{{{}}}", parts.join(", "))
}

fn encode(options: &DynamicMessage) -> Vec<u8> {
    use prost::Message as _;
    options.encode_to_vec()
}

/// The response and metadata types named by a method's `operation_info`, fully qualified.
fn operation_types(
    options: &DynamicMessage,
    ext: &ExtensionDescriptor,
    package: &str,
) -> Vec<String> {
    if !options.has_extension(ext) {
        return Vec::new();
    }
    let Value::Message(info) = options.get_extension(ext).into_owned() else {
        return Vec::new();
    };
    ["response_type", "metadata_type"]
        .iter()
        .filter_map(|k| match info.get_field_by_name(k).as_deref() {
            Some(Value::String(t)) if !t.is_empty() => Some(if t.contains('.') {
                t.clone()
            } else {
                format!("{package}.{t}")
            }),
            _ => None,
        })
        .collect()
}

/// The transitive closure of message and enum types reachable from `roots` through fields.
pub fn reachable(
    pool: &DescriptorPool,
    roots: Vec<String>,
) -> (BTreeSet<String>, BTreeSet<String>) {
    let mut messages = BTreeSet::new();
    let mut enums = BTreeSet::new();
    let mut queue = roots;
    while let Some(name) = queue.pop() {
        if !messages.insert(name.clone()) {
            continue;
        }
        let Some(message) = pool.get_message_by_name(&name) else {
            continue;
        };
        for field in message.fields() {
            match field.kind() {
                Kind::Message(m) => queue.push(m.full_name().to_string()),
                Kind::Enum(e) => {
                    enums.insert(e.full_name().to_string());
                }
                _ => {}
            }
        }
    }
    (messages, enums)
}

fn kind_name(kind: &Kind) -> String {
    match kind {
        Kind::Message(m) => format!("message {}", m.full_name()),
        Kind::Enum(e) => format!("enum {}", e.full_name()),
        other => format!("{other:?}"),
    }
}

fn compare_message(theirs: &MessageDescriptor, ours: &MessageDescriptor, report: &mut Report) {
    let name = theirs.full_name();
    if encode(&theirs.options()) != encode(&ours.options()) {
        report.diff(
            name,
            format!(
                "message options differ:\n  ours:      {}\n  reference: {}",
                show(&ours.options()),
                show(&theirs.options())
            ),
        );
    }
    let oneofs = |m: &MessageDescriptor| -> Vec<(String, bool)> {
        m.oneofs()
            .map(|o| (o.name().to_string(), o.is_synthetic()))
            .collect()
    };
    if oneofs(theirs) != oneofs(ours) {
        report.diff(
            name,
            format!(
                "oneofs differ: ours {:?}, reference {:?}",
                oneofs(ours),
                oneofs(theirs)
            ),
        );
    }
    let numbers: BTreeSet<u32> = theirs
        .fields()
        .chain(ours.fields())
        .map(|f| f.number())
        .collect();
    for number in numbers {
        let t = theirs.get_field(number);
        let o = ours.get_field(number);
        let (t, o) = match (t, o) {
            (Some(t), Some(o)) => (t, o),
            (Some(t), None) => {
                report.diff(
                    name,
                    format!("field {} = {number} missing from proto/", t.name()),
                );
                continue;
            }
            (None, Some(o)) => {
                report.diff(
                    name,
                    format!("field {} = {number} is not in the reference", o.name()),
                );
                continue;
            }
            (None, None) => continue,
        };
        let describe = |f: &prost_reflect::FieldDescriptor| {
            let p = f.field_descriptor_proto();
            format!(
                "name={} type={} label={:?} type_name={} oneof={:?} json_name={} proto3_optional={} options={}",
                f.name(),
                kind_name(&f.kind()),
                p.label(),
                p.type_name(),
                p.oneof_index
                    .map(|i| (i, f.containing_oneof().map(|o| o.name().to_string()))),
                f.json_name(),
                p.proto3_optional(),
                show(&f.options()),
            )
        };
        let (dt, d_o) = (describe(&t), describe(&o));
        if dt != d_o {
            report.diff(
                name,
                format!("field {number} differs:\n  ours:      {d_o}\n  reference: {dt}"),
            );
        }
    }
}

fn compare_enum(theirs: &EnumDescriptor, ours: &EnumDescriptor, report: &mut Report) {
    let values = |e: &EnumDescriptor| -> Vec<(String, i32, Vec<u8>)> {
        e.values()
            .map(|v| (v.name().to_string(), v.number(), encode(&v.options())))
            .collect()
    };
    if values(theirs) != values(ours) {
        report.diff(
            theirs.full_name(),
            format!(
                "enum values differ:\n  ours:      {:?}\n  reference: {:?}",
                values(ours),
                values(theirs)
            ),
        );
    }
    if encode(&theirs.options()) != encode(&ours.options()) {
        report.diff(theirs.full_name(), "enum options differ".into());
    }
}

/// Every resource type of a pool (message-level `google.api.resource` and file-level
/// `google.api.resource_definition`), with its patterns.
fn resources(pool: &DescriptorPool) -> BTreeMap<String, Vec<String>> {
    let mut out = BTreeMap::new();
    let mut add = |value: &Value| {
        if let Value::Message(descriptor) = value {
            let t = match descriptor.get_field_by_name("type").as_deref() {
                Some(Value::String(t)) => t.clone(),
                _ => return,
            };
            let patterns = match descriptor.get_field_by_name("pattern").as_deref() {
                Some(Value::List(list)) => list
                    .iter()
                    .filter_map(|p| p.as_str().map(str::to_string))
                    .collect(),
                _ => Vec::new(),
            };
            out.insert(t, patterns);
        }
    };
    if let Some(ext) = pool.get_extension_by_name("google.api.resource") {
        for m in pool.all_messages() {
            let options = m.options();
            if options.has_extension(&ext) {
                add(options.get_extension(&ext).as_ref());
            }
        }
    }
    if let Some(ext) = pool.get_extension_by_name("google.api.resource_definition") {
        for file in pool.files() {
            let options = file.options();
            if options.has_extension(&ext)
                && let Value::List(list) = options.get_extension(&ext).as_ref()
            {
                for v in list {
                    add(v);
                }
            }
        }
    }
    out
}
