//! Parse and format speed of `dialogflow-paths` names, next to a regex baseline.
//!
//! The baseline uses the regular expressions of Google's Python client
//! (`^projects/(?P<project>.+?)/conversations/(?P<conversation>.+?)$` and
//! friends; the location-level ones add `/locations/(?P<location>.+?)` in the
//! same style). They are compiled once, outside the measured loop, and the
//! baseline only borrows the captured groups, so it allocates less than the
//! typed parser, which returns an owned name.
//!
//! Run with: `cargo bench -p dialogflow-benches --bench paths`

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use dialogflow_paths::{ConversationName, MessageName, conversation_path, message_path};
use regex::Regex;

const CONVERSATION_PROJECT: &str =
    "projects/acme-support-prod/conversations/Xk3p9QmZt0a7LwRbVy2cGd";
const CONVERSATION_LOCATION: &str =
    "projects/acme-support-prod/locations/europe-west1/conversations/Xk3p9QmZt0a7LwRbVy2cGd";
const MESSAGE_PROJECT: &str = "projects/acme-support-prod/conversations/Xk3p9QmZt0a7LwRbVy2cGd/messages/Qw8e4Rt6Yu2Io0PaSdFgHj";
const MESSAGE_LOCATION: &str = "projects/acme-support-prod/locations/europe-west1/conversations/Xk3p9QmZt0a7LwRbVy2cGd/messages/Qw8e4Rt6Yu2Io0PaSdFgHj";

const PY_CONVERSATION: &str = r"^projects/(?P<project>.+?)/conversations/(?P<conversation>.+?)$";
const PY_CONVERSATION_LOCATION: &str =
    r"^projects/(?P<project>.+?)/locations/(?P<location>.+?)/conversations/(?P<conversation>.+?)$";
const PY_MESSAGE: &str =
    r"^projects/(?P<project>.+?)/conversations/(?P<conversation>.+?)/messages/(?P<message>.+?)$";
const PY_MESSAGE_LOCATION: &str = r"^projects/(?P<project>.+?)/locations/(?P<location>.+?)/conversations/(?P<conversation>.+?)/messages/(?P<message>.+?)$";

/// Matches `input` with `regex` and borrows every named group, as Python's helper builds its dict.
fn regex_parse(regex: &Regex, names: &[&str], input: &str) -> usize {
    let captures = regex.captures(input).expect("baseline input matches");
    names
        .iter()
        .map(|name| black_box(captures.name(name).map_or("", |m| m.as_str())).len())
        .sum()
}

fn parse(c: &mut Criterion) {
    let py_conversation = Regex::new(PY_CONVERSATION).unwrap();
    let py_conversation_location = Regex::new(PY_CONVERSATION_LOCATION).unwrap();
    let py_message = Regex::new(PY_MESSAGE).unwrap();
    let py_message_location = Regex::new(PY_MESSAGE_LOCATION).unwrap();

    let mut group = c.benchmark_group("paths_parse_conversation");
    group.bench_function("typed/project", |b| {
        b.iter(|| {
            black_box(CONVERSATION_PROJECT)
                .parse::<ConversationName>()
                .unwrap()
        })
    });
    group.bench_function("regex_python/project", |b| {
        b.iter(|| {
            regex_parse(
                &py_conversation,
                &["project", "conversation"],
                black_box(CONVERSATION_PROJECT),
            )
        })
    });
    group.bench_function("typed/location", |b| {
        b.iter(|| {
            black_box(CONVERSATION_LOCATION)
                .parse::<ConversationName>()
                .unwrap()
        })
    });
    group.bench_function("regex_python/location", |b| {
        b.iter(|| {
            regex_parse(
                &py_conversation_location,
                &["project", "location", "conversation"],
                black_box(CONVERSATION_LOCATION),
            )
        })
    });
    group.finish();

    let mut group = c.benchmark_group("paths_parse_message");
    group.bench_function("typed/project", |b| {
        b.iter(|| black_box(MESSAGE_PROJECT).parse::<MessageName>().unwrap())
    });
    group.bench_function("regex_python/project", |b| {
        b.iter(|| {
            regex_parse(
                &py_message,
                &["project", "conversation", "message"],
                black_box(MESSAGE_PROJECT),
            )
        })
    });
    group.bench_function("typed/location", |b| {
        b.iter(|| black_box(MESSAGE_LOCATION).parse::<MessageName>().unwrap())
    });
    group.bench_function("regex_python/location", |b| {
        b.iter(|| {
            regex_parse(
                &py_message_location,
                &["project", "location", "conversation", "message"],
                black_box(MESSAGE_LOCATION),
            )
        })
    });
    group.finish();
}

fn format(c: &mut Criterion) {
    let conversation_project: ConversationName = CONVERSATION_PROJECT.parse().unwrap();
    let conversation_location: ConversationName = CONVERSATION_LOCATION.parse().unwrap();
    let message_project: MessageName = MESSAGE_PROJECT.parse().unwrap();
    let message_location: MessageName = MESSAGE_LOCATION.parse().unwrap();

    let mut group = c.benchmark_group("paths_format_conversation");
    group.bench_function("to_string/project", |b| {
        b.iter(|| black_box(&conversation_project).to_string())
    });
    group.bench_function("to_string/location", |b| {
        b.iter(|| black_box(&conversation_location).to_string())
    });
    group.bench_function("new/location", |b| {
        b.iter(|| {
            ConversationName::with_location(
                black_box("acme-support-prod"),
                black_box("europe-west1"),
                black_box("Xk3p9QmZt0a7LwRbVy2cGd"),
            )
            .unwrap()
        })
    });
    group.bench_function("python_helper/project", |b| {
        b.iter(|| {
            conversation_path(
                black_box("acme-support-prod"),
                black_box("Xk3p9QmZt0a7LwRbVy2cGd"),
            )
        })
    });
    group.finish();

    let mut group = c.benchmark_group("paths_format_message");
    group.bench_function("to_string/project", |b| {
        b.iter(|| black_box(&message_project).to_string())
    });
    group.bench_function("to_string/location", |b| {
        b.iter(|| black_box(&message_location).to_string())
    });
    group.bench_function("new/location", |b| {
        b.iter(|| {
            MessageName::with_location(
                black_box("acme-support-prod"),
                black_box("europe-west1"),
                black_box("Xk3p9QmZt0a7LwRbVy2cGd"),
                black_box("Qw8e4Rt6Yu2Io0PaSdFgHj"),
            )
            .unwrap()
        })
    });
    group.bench_function("python_helper/project", |b| {
        b.iter(|| {
            message_path(
                black_box("acme-support-prod"),
                black_box("Xk3p9QmZt0a7LwRbVy2cGd"),
                black_box("Qw8e4Rt6Yu2Io0PaSdFgHj"),
            )
        })
    });
    group.finish();
}

criterion_group!(benches, parse, format);
criterion_main!(benches);
