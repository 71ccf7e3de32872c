//! Every request and response type of the Conversations service and of the Operations and
//! Locations mixins exists with both codecs: checked against the descriptor set the crate was
//! built from, so a method added to proto/ without its types fails here.

use dialogflow_types::FILE_DESCRIPTOR_SET;
use prost::Message;
use prost_types::FileDescriptorSet;

fn methods() -> Vec<(String, String, String, String)> {
    let fds = FileDescriptorSet::decode(FILE_DESCRIPTOR_SET).unwrap();
    let mut out = Vec::new();
    for file in &fds.file {
        for service in &file.service {
            for m in &service.method {
                out.push((
                    format!("{}.{}", file.package(), service.name()),
                    m.name().to_string(),
                    m.input_type().trim_start_matches('.').to_string(),
                    m.output_type().trim_start_matches('.').to_string(),
                ));
            }
        }
    }
    out
}

#[test]
fn services_have_the_expected_methods() {
    let methods = methods();
    let names = |svc: &str| -> Vec<String> {
        let mut v: Vec<String> = methods
            .iter()
            .filter(|m| m.0 == svc)
            .map(|m| m.1.clone())
            .collect();
        v.sort();
        v
    };
    assert_eq!(
        names("google.cloud.dialogflow.v2.Conversations"),
        [
            "CompleteConversation",
            "CreateConversation",
            "GenerateStatelessSuggestion",
            "GenerateStatelessSummary",
            "GenerateSuggestions",
            "GetConversation",
            "IngestContextReferences",
            "ListConversations",
            "ListMessages",
            "SearchKnowledge",
            "SuggestConversationSummary",
        ]
    );
    assert_eq!(
        names("google.longrunning.Operations"),
        ["CancelOperation", "GetOperation", "ListOperations"]
    );
    assert_eq!(
        names("google.cloud.location.Locations"),
        ["GetLocation", "ListLocations"]
    );
}

#[test]
fn every_method_type_has_json_and_binary_codecs() {
    for (service, method, input, output) in methods() {
        for ty in [&input, &output] {
            assert!(
                dialogflow_types::any::is_known(ty),
                "{service}.{method}: {ty} has no proto3 JSON codec in the registry"
            );
            // Round trip the default value through the registry's JSON form and binary form.
            let any = dialogflow_types::protobuf::Any {
                type_url: format!("type.googleapis.com/{ty}"),
                value: vec![],
            };
            let json = any.to_json_value().unwrap();
            let back = dialogflow_types::protobuf::Any::from_json_value(json).unwrap();
            assert_eq!(back.type_name(), ty);
        }
    }
}
