//! One cargo feature of `dialogflow-types` per service of the API package: every message and
//! enum of `google.cloud.dialogflow.v2` is compiled only when a service whose RPCs reach it
//! (through request, response and `operation_info` types, transitively through fields) is
//! enabled. The other packages (`google.rpc`, `google.longrunning`, `google.protobuf`, the
//! mixins, `google.type`) are always compiled.
//!
//! The gates are added to the generated text item by item: prost's messages, enums, oneof
//! enums, `Name` impls and nested modules, tonic's stub modules, pbjson's serde impls and the
//! entries of the `Any` registry. An item the mapping does not know is an error, so that a
//! change in prost's or pbjson's output cannot leave code ungated silently.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::error::Error;

use heck::{ToKebabCase, ToSnakeCase, ToUpperCamelCase};
use prost_types::{DescriptorProto, FileDescriptorSet};

use crate::emit::ident;
use crate::records::{API_PACKAGE, Api};

/// The cargo feature of a service, e.g. `conversation-profiles` for
/// `google.cloud.dialogflow.v2.ConversationProfiles`.
pub fn feature(service: &str) -> String {
    crate::records::short(service).to_kebab_case()
}

/// The feature of the package's types that no service's RPCs reach.
pub const OTHER_MESSAGES: &str = "other-messages";

/// What each item of the API package's generated code needs.
#[derive(Debug, Default)]
pub struct Gates {
    /// Every service feature, in service order.
    pub features: Vec<String>,
    /// By Rust path relative to the package module (`conversation::LifecycleState`): the
    /// features of a message, enum or oneof enum.
    types: HashMap<String, BTreeSet<String>>,
    /// By Rust path of a nested-types module (`conversation`): the union of its types'.
    modules: HashMap<String, BTreeSet<String>>,
    /// By full proto name without a leading dot: the features of a message (Any registry).
    messages: HashMap<String, BTreeSet<String>>,
    /// By snake-case service name (`conversation_profiles`): its feature (tonic modules).
    services: HashMap<String, String>,
    /// Types of the package that no service reaches; they get the feature [`OTHER_MESSAGES`].
    pub unreached: Vec<String>,
    /// How many types each feature compiles: `(messages, enums)`.
    pub counts: BTreeMap<String, (usize, usize)>,
}

/// One message or enum of the package.
struct Type {
    rust: String,
    /// The Rust path of its nested-types module, for messages.
    module: Option<String>,
    /// The full names of its nested messages and enums, for messages.
    children: Vec<String>,
    /// The Rust paths of its (non-synthetic) oneof enums, for messages.
    oneofs: Vec<String>,
    is_enum: bool,
}

impl Gates {
    /// Computes the gates from the compiled `proto/` and the services of the records.
    pub fn compute(fds: &FileDescriptorSet, api: &Api) -> Result<Gates, Box<dyn Error>> {
        let mut types: BTreeMap<String, Type> = BTreeMap::new();
        let mut fields: HashMap<String, Vec<String>> = HashMap::new();
        for file in fds.file.iter().filter(|f| f.package() == API_PACKAGE) {
            for e in &file.enum_type {
                types.insert(
                    format!(".{API_PACKAGE}.{}", e.name()),
                    Type {
                        rust: ident(&e.name().to_upper_camel_case()),
                        module: None,
                        children: Vec::new(),
                        oneofs: Vec::new(),
                        is_enum: true,
                    },
                );
            }
            for m in &file.message_type {
                index(&format!(".{API_PACKAGE}"), &[], m, &mut types, &mut fields);
            }
        }

        let mut gates = Gates::default();
        let mut reached: HashMap<String, BTreeSet<String>> = HashMap::new();
        let walk = |feature: &str,
                    mut queue: Vec<String>,
                    reached: &mut HashMap<String, BTreeSet<String>>| {
            while let Some(name) = queue.pop() {
                if !types.contains_key(&name) {
                    continue; // another package: always compiled
                }
                if !reached
                    .entry(name.clone())
                    .or_default()
                    .insert(feature.to_string())
                {
                    continue;
                }
                queue.extend(fields.get(&name).cloned().unwrap_or_default());
            }
        };
        for service in &api.every_service {
            let feature = feature(&service.name);
            gates.features.push(feature.clone());
            gates.services.insert(
                crate::records::short(&service.name).to_snake_case(),
                feature.clone(),
            );
            let mut roots: Vec<String> = Vec::new();
            for rpc in &service.rpcs {
                roots.push(rpc.input.clone());
                roots.push(rpc.output.clone());
                if let Some(lro) = &rpc.lro {
                    roots.push(lro.response_type.clone());
                    roots.push(lro.metadata_type.clone());
                }
            }
            walk(&feature, roots, &mut reached);
        }
        // A type no service reaches is compiled with the `other-messages` feature only (no
        // client sends or receives it), and so is everything it reaches in turn.
        gates.unreached = types
            .keys()
            .filter(|name| !reached.contains_key(*name))
            .map(|name| name.trim_start_matches('.').to_string())
            .collect();
        let unreached: Vec<String> = gates.unreached.iter().map(|n| format!(".{n}")).collect();
        walk(OTHER_MESSAGES, unreached, &mut reached);
        let mut own_sets = HashMap::new();
        for name in types.keys() {
            own_sets.insert(name.clone(), reached.get(name).cloned().unwrap_or_default());
        }
        for (name, t) in &types {
            let set = own_sets[name].clone();
            for f in &set {
                let count = gates.counts.entry(f.clone()).or_default();
                if t.is_enum {
                    count.1 += 1;
                } else {
                    count.0 += 1;
                }
            }
            for oneof in &t.oneofs {
                gates.types.insert(oneof.clone(), set.clone());
            }
            if let Some(module) = &t.module {
                let mut union = set.clone();
                descendants(name, &types, &own_sets, &mut union);
                gates.modules.insert(module.clone(), union);
            }
            if !t.is_enum {
                gates
                    .messages
                    .insert(name.trim_start_matches('.').to_string(), set.clone());
            }
            gates.types.insert(t.rust.clone(), set);
        }
        Ok(gates)
    }

    /// The attribute line for a set of features.
    fn cfg(set: &BTreeSet<String>) -> String {
        let features: Vec<String> = set.iter().map(|f| format!("feature = \"{f}\"")).collect();
        match features.as_slice() {
            [one] => format!("#[cfg({one})]"),
            many => format!("#[cfg(any({}))]", many.join(", ")),
        }
    }

    fn lookup<'a>(
        map: &'a HashMap<String, BTreeSet<String>>,
        key: &str,
        what: &str,
    ) -> Result<&'a BTreeSet<String>, String> {
        map.get(key).ok_or_else(|| {
            format!("features: the generated {what} `{key}` matches no type of {API_PACKAGE}")
        })
    }

    /// Gates prost's output for the package (messages, enums, oneofs, `Name` impls, nested
    /// modules) and tonic's stub modules.
    pub fn gate_prost(&self, code: &str) -> Result<String, Box<dyn Error>> {
        let lines: Vec<&str> = code.lines().collect();
        let mut out = String::with_capacity(code.len() + code.len() / 16);
        let mut modules: Vec<String> = Vec::new();
        let mut i = 0;
        while i < lines.len() {
            let line = lines[i];
            let trimmed = line.trim_start();
            let indent = line.len() - trimmed.len();
            let depth = modules.len();
            let pad = " ".repeat(indent);
            if !modules.is_empty() && indent == 4 * (depth - 1) && trimmed == "}" {
                modules.pop();
            } else if indent == 4 * depth && is_item(trimmed) {
                let name = item_name(trimmed)
                    .ok_or_else(|| format!("features: unexpected generated item `{trimmed}`"))?;
                let path = modules
                    .iter()
                    .map(String::as_str)
                    .chain([name])
                    .collect::<Vec<_>>()
                    .join("::");
                if trimmed.starts_with("pub mod ") {
                    let service = depth
                        .eq(&0)
                        .then(|| {
                            name.strip_suffix("_client")
                                .or_else(|| name.strip_suffix("_server"))
                        })
                        .flatten()
                        .and_then(|s| self.services.get(s));
                    if let Some(feature) = service {
                        // A tonic module: copied whole, behind its service's feature.
                        out.push_str(&format!("{pad}#[cfg(feature = \"{feature}\")]\n"));
                        while i < lines.len() {
                            out.push_str(lines[i]);
                            out.push('\n');
                            if lines[i] == "}" {
                                break;
                            }
                            i += 1;
                        }
                        i += 1;
                        continue;
                    }
                    let set = Self::lookup(&self.modules, &path, "module")?;
                    out.push_str(&format!("{pad}{}\n", Self::cfg(set)));
                    modules.push(name.to_string());
                } else {
                    let set = Self::lookup(&self.types, &path, "item")?;
                    out.push_str(&format!("{pad}{}\n", Self::cfg(set)));
                }
            }
            out.push_str(line);
            out.push('\n');
            i += 1;
        }
        Ok(out)
    }

    /// Gates pbjson's output for the package: each top-level `impl` by the type it is for.
    pub fn gate_serde(&self, code: &str) -> Result<String, Box<dyn Error>> {
        let mut out = String::with_capacity(code.len() + code.len() / 16);
        for line in code.lines() {
            if line.starts_with("impl") {
                let ty = line
                    .strip_suffix(" {")
                    .and_then(|l| l.rsplit_once(" for "))
                    .map(|(_, ty)| ty)
                    .ok_or_else(|| format!("features: unexpected serde item `{line}`"))?;
                let set = Self::lookup(&self.types, ty, "serde impl for")?;
                out.push_str(&Self::cfg(set));
                out.push('\n');
            } else if !line.is_empty() && !line.starts_with([' ', '}', '/', ';']) {
                return Err(format!("features: unexpected serde line `{line}`").into());
            }
            out.push_str(line);
            out.push('\n');
        }
        Ok(out)
    }

    /// The attribute for an `Any` registry entry of a message, if it is in the package.
    pub fn registry_cfg(&self, full_name: &str) -> Result<Option<String>, Box<dyn Error>> {
        if !full_name.starts_with(&format!("{API_PACKAGE}.")) {
            return Ok(None);
        }
        Ok(Some(Self::cfg(Self::lookup(
            &self.messages,
            full_name,
            "Any entry",
        )?)))
    }
}

fn is_item(line: &str) -> bool {
    ["pub struct ", "pub enum ", "pub mod ", "impl "]
        .iter()
        .any(|p| line.starts_with(p))
}

/// The type or module an item line is about: `pub struct X {`, `pub enum X {`, `pub mod x {`,
/// `impl X {`, `impl ::prost::Name for X {`.
fn item_name(line: &str) -> Option<&str> {
    let rest = line.strip_suffix(" {")?;
    let name = if let Some((_, ty)) = rest.rsplit_once(" for ") {
        ty
    } else {
        rest.rsplit(' ').next()?
    };
    name.chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '#')
        .then_some(name)
}

fn index(
    prefix: &str,
    modules: &[String],
    m: &DescriptorProto,
    types: &mut BTreeMap<String, Type>,
    fields: &mut HashMap<String, Vec<String>>,
) {
    let full = format!("{prefix}.{}", m.name());
    let rust_in = |name: &str| {
        modules
            .iter()
            .cloned()
            .chain([name.to_string()])
            .collect::<Vec<_>>()
            .join("::")
    };
    let mut nested_modules = modules.to_vec();
    nested_modules.push(ident(&m.name().to_snake_case()));
    let module = nested_modules.join("::");
    let mut children = Vec::new();
    for e in &m.enum_type {
        let name = format!("{full}.{}", e.name());
        children.push(name.clone());
        types.insert(
            name,
            Type {
                rust: format!("{module}::{}", ident(&e.name().to_upper_camel_case())),
                module: None,
                children: Vec::new(),
                oneofs: Vec::new(),
                is_enum: true,
            },
        );
    }
    for n in &m.nested_type {
        if n.options.as_ref().is_some_and(|o| o.map_entry()) {
            // A map entry: its key and value types are what the map field reaches.
            fields.entry(full.clone()).or_default().extend(
                n.field
                    .iter()
                    .filter(|f| !f.type_name().is_empty())
                    .map(|f| f.type_name().to_string()),
            );
            continue;
        }
        children.push(format!("{full}.{}", n.name()));
        index(&full, &nested_modules, n, types, fields);
    }
    let oneofs = m
        .oneof_decl
        .iter()
        .enumerate()
        .filter(|(i, _)| {
            m.field
                .iter()
                .any(|f| f.oneof_index == Some(*i as i32) && !f.proto3_optional())
        })
        .map(|(_, o)| format!("{module}::{}", ident(&o.name().to_upper_camel_case())))
        .collect();
    fields.entry(full.clone()).or_default().extend(
        m.field
            .iter()
            .filter(|f| !f.type_name().is_empty())
            .map(|f| f.type_name().to_string()),
    );
    types.insert(
        full,
        Type {
            rust: rust_in(&ident(&m.name().to_upper_camel_case())),
            module: (!m.nested_type.is_empty()
                || !m.enum_type.is_empty()
                || !m.oneof_decl.is_empty())
            .then_some(module),
            children,
            oneofs,
            is_enum: false,
        },
    );
}

fn descendants(
    name: &str,
    types: &BTreeMap<String, Type>,
    own: &HashMap<String, BTreeSet<String>>,
    union: &mut BTreeSet<String>,
) {
    for child in &types[name].children {
        union.extend(own[child].iter().cloned());
        descendants(child, types, own, union);
    }
}
