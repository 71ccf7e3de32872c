//! Codec costs: a full Conversation and a ListMessagesResponse of 100 messages, encoded and
//! decoded in the protobuf binary form and in proto3 JSON.
//!
//! `cargo bench -p dialogflow-benches --bench codecs -- --warm-up-time 1 --measurement-time 3`

use std::collections::HashMap;
use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use dialogflow_types::protobuf::Timestamp;
use dialogflow_types::v2::conversation::context_reference::{
    ContextContent, UpdateMode, context_content,
};
use dialogflow_types::v2::conversation::{ContextReference, LifecycleState};
use dialogflow_types::v2::participant::Role;
use dialogflow_types::v2::{Conversation, ConversationPhoneNumber, ListMessagesResponse, Message};
use prost::Message as _;

fn conversation() -> Conversation {
    let references = (0..3)
        .map(|i| {
            let reference = ContextReference {
                context_contents: vec![ContextContent {
                    content: format!(
                        "Policy {i}: refunds are accepted within 30 days of delivery."
                    ),
                    content_format: context_content::ContentFormat::PlainText as i32,
                    ingestion_time: Some(Timestamp {
                        seconds: 1_700_000_000 + i,
                        nanos: 0,
                    }),
                    answer_record: String::new(),
                }],
                update_mode: UpdateMode::Append as i32,
                language_code: "en-US".into(),
                create_time: Some(Timestamp {
                    seconds: 1_700_000_000,
                    nanos: 250_000_000,
                }),
            };
            (format!("policy-{i}"), reference)
        })
        .collect::<HashMap<_, _>>();
    Conversation {
        name: "projects/bench-project/locations/europe-west1/conversations/conversation-0001"
            .into(),
        lifecycle_state: LifecycleState::InProgress as i32,
        conversation_profile:
            "projects/bench-project/locations/europe-west1/conversationProfiles/support".into(),
        phone_number: Some(ConversationPhoneNumber {
            country_code: 49,
            phone_number: "+49 30 1234567".into(),
        }),
        start_time: Some(Timestamp {
            seconds: 1_700_000_000,
            nanos: 123_456_000,
        }),
        ingested_context_references: references,
        ..Default::default()
    }
}

fn messages(n: usize) -> ListMessagesResponse {
    let conversation =
        "projects/bench-project/locations/europe-west1/conversations/conversation-0001";
    let messages = (0..n)
        .map(|i| Message {
            name: format!("{conversation}/messages/m-{i:04}"),
            content: format!("Message number {i}: I would like to know where my order is, please."),
            language_code: "en-US".into(),
            participant: format!("{conversation}/participants/p-{}", i % 2),
            participant_role: if i % 2 == 0 {
                Role::EndUser
            } else {
                Role::HumanAgent
            } as i32,
            create_time: Some(Timestamp {
                seconds: 1_700_000_000 + i as i64,
                nanos: 0,
            }),
            ..Default::default()
        })
        .collect();
    ListMessagesResponse {
        messages,
        next_page_token: "opaque-token".into(),
    }
}

fn bench_codecs(c: &mut Criterion) {
    let conv = conversation();
    let list = messages(100);
    let conv_bin = conv.encode_to_vec();
    let conv_json = serde_json::to_vec(&conv).unwrap();
    let list_bin = list.encode_to_vec();
    let list_json = serde_json::to_vec(&list).unwrap();

    let mut g = c.benchmark_group("codec/conversation");
    g.throughput(Throughput::Elements(1));
    g.bench_function("binary_encode", |b| {
        b.iter(|| black_box(&conv).encode_to_vec())
    });
    g.bench_function("binary_decode", |b| {
        b.iter(|| Conversation::decode(black_box(conv_bin.as_slice())).unwrap())
    });
    g.bench_function("json_encode", |b| {
        b.iter(|| serde_json::to_vec(black_box(&conv)).unwrap())
    });
    g.bench_function("json_decode", |b| {
        b.iter(|| serde_json::from_slice::<Conversation>(black_box(&conv_json)).unwrap())
    });
    g.finish();

    let mut g = c.benchmark_group("codec/list_messages_100");
    g.throughput(Throughput::Elements(100));
    g.bench_function("binary_encode", |b| {
        b.iter(|| black_box(&list).encode_to_vec())
    });
    g.bench_function("binary_decode", |b| {
        b.iter(|| ListMessagesResponse::decode(black_box(list_bin.as_slice())).unwrap())
    });
    g.bench_function("json_encode", |b| {
        b.iter(|| serde_json::to_vec(black_box(&list)).unwrap())
    });
    g.bench_function("json_decode", |b| {
        b.iter(|| serde_json::from_slice::<ListMessagesResponse>(black_box(&list_json)).unwrap())
    });
    g.finish();
}

criterion_group!(benches, bench_codecs);
criterion_main!(benches);
