//! `dialogflow-codegen`: writes the project's generated code from `proto/`.
//!
//! ```text
//! cargo run -p dialogflow-codegen            # regenerate every generated directory
//! cargo run -p dialogflow-codegen -- --check # fail if a checked-in file differs (CI)
//! cargo run -p dialogflow-codegen -- --compare-reference ../shared/reference/googleapis
//!                                            # proto/ against Google's definition, wire-wise
//! ```
//!
//! Every output directory belongs to the generator alone: its files are written whole, and
//! `--check` reports files that differ, are missing or should not be there.

use std::collections::BTreeSet;
use std::error::Error;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

mod client;
mod compare;
mod emit;
mod emulator;
mod features;
mod records;
mod transport;
mod types;

/// A generator: fills an output directory from `proto/`.
type Generator = fn(&Path, &Path) -> Result<(), Box<dyn Error>>;

/// One generated directory and the generator that fills it.
struct Output {
    /// Relative to the workspace root.
    dir: &'static str,
    generate: Generator,
}

const OUTPUTS: &[Output] = &[
    Output {
        dir: "crates/types/src/generated",
        generate: types::generate,
    },
    Output {
        dir: "crates/conversations/src/generated",
        generate: client::generate,
    },
    Output {
        dir: "crates/transport/src/generated",
        generate: transport::generate,
    },
    Output {
        dir: "crates/emulator/src/generated",
        generate: emulator::generate,
    },
];

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        [] => run(false),
        ["--check"] => run(true),
        ["--compare-reference", reference] => {
            let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
            compare::run(Path::new(reference), &root.join("proto"))
        }
        _ => {
            eprintln!(
                "dialogflow-codegen: unknown arguments {args:?}; expected none, --check or \
                 --compare-reference PATH (the root of a googleapis tree)"
            );
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("dialogflow-codegen: {e}");
            ExitCode::from(2)
        }
    }
}

/// Generates every output; with `check`, into a scratch directory compared with the checked-in
/// one. Returns whether everything matched (always true without `check`).
fn run(check: bool) -> Result<bool, Box<dyn Error>> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let proto = root.join("proto");
    let mut clean = true;
    for output in OUTPUTS {
        let target = root.join(output.dir);
        let dir = if check {
            let scratch = std::env::temp_dir().join(format!(
                "dialogflow-codegen-{}-{}",
                std::process::id(),
                output.dir.replace('/', "_")
            ));
            fresh_dir(&scratch)?;
            scratch
        } else {
            fresh_dir(&target)?;
            target.clone()
        };
        (output.generate)(&proto, &dir).map_err(|e| format!("generating {}: {e}", output.dir))?;
        if check {
            let differences = compare(&dir, &target)?;
            for d in &differences {
                eprintln!("{}/{d}", output.dir);
            }
            clean &= differences.is_empty();
            fs::remove_dir_all(&dir)?;
        }
    }
    if !clean {
        eprintln!(
            "dialogflow-codegen: the files above differ from what proto/ generates; \
             run `cargo run -p dialogflow-codegen` and commit the result"
        );
    }
    Ok(clean)
}

fn fresh_dir(dir: &Path) -> Result<(), Box<dyn Error>> {
    if dir.exists() {
        fs::remove_dir_all(dir).map_err(|e| format!("removing {}: {e}", dir.display()))?;
    }
    fs::create_dir_all(dir).map_err(|e| format!("creating {}: {e}", dir.display()))?;
    Ok(())
}

/// The names of the files that differ between two flat directories, with what is wrong.
fn compare(generated: &Path, checked_in: &Path) -> Result<Vec<String>, Box<dyn Error>> {
    let names = |dir: &Path| -> Result<BTreeSet<String>, Box<dyn Error>> {
        let mut names = BTreeSet::new();
        if dir.exists() {
            for entry in fs::read_dir(dir)? {
                names.insert(entry?.file_name().to_string_lossy().into_owned());
            }
        }
        Ok(names)
    };
    let ours = names(generated)?;
    let theirs = names(checked_in)?;
    let mut out = Vec::new();
    for name in ours.union(&theirs) {
        match (ours.contains(name), theirs.contains(name)) {
            (true, false) => out.push(format!("{name}: missing")),
            (false, true) => out.push(format!("{name}: not generated any more")),
            _ => {
                if fs::read(generated.join(name))? != fs::read(checked_in.join(name))? {
                    out.push(format!("{name}: differs"));
                }
            }
        }
    }
    Ok(out)
}
