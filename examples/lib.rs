//! The examples of the dialogflow-rs workspace live beside this file as `[[example]]` targets;
//! this library holds what more than one of them needs.

pub mod wav;
