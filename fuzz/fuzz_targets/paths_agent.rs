//! Fuzzes the dialogflow-paths parsers of the `Agent` family; the checks live in
//! `dialogflow_paths::fuzzing` so that the corpus replay test runs the same ones.
#![no_main]

use dialogflow_paths::fuzzing::{Family, check_family};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| check_family(Family::Agent, data));
