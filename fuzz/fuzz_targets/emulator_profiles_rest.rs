//! Fuzzes the emulator's REST surface for `ConversationProfiles` and the `Operations` mixin
//! with scripts: a profile is created, its suggestion features are set and cleared through
//! long-running operations, and those operations are read, listed, cancelled and completed by
//! moving the emulator's clock, all in one in-memory emulator whose state lasts the script.
//! Every answer is checked (its shape, and that what was created or started can be read
//! back); the line format and the checks live in
//! `dialogflow_emulator::fuzzing::check_profiles_script`, shared with the corpus replay test
//! `crates/emulator/tests/fuzz_corpus.rs`.
//!
//! Input: lines of `ACTION ARGUMENTS`, for example `c projects/p` (create a profile),
//! `s $P` (set a feature on it), `t 61` (move the clock a minute), `o $O` (read the operation).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Err(broken) = dialogflow_emulator::fuzzing::check_profiles_script(data) {
        panic!("{broken}");
    }
});
