//! Hand-written proto3 JSON forms of the well-known types, and conversions between them and
//! `std` types. pbjson generates the JSON code of every other message; these are the types whose
//! JSON form is special (a string, a bare value, or the `@type` object of an `Any`).

mod any_json;
mod duration;
mod empty;
mod field_mask;
mod structs;
mod timestamp;

pub use duration::DurationError;
pub use timestamp::TimestampError;
