//! Every RPC over REST with hand-written URLs and JSON, plus the error shape and bad input.

mod common;

use common::*;
use dialogflow_emulator::Surface;
use dialogflow_types::v2::participant::Role;
use serde_json::{Value, json};

fn create_body() -> String {
    json!({ "conversationProfile": PROFILE }).to_string()
}

#[tokio::test]
async fn conversations_over_rest() {
    let emu = start().await;
    let a = emu.local_addr();

    let (s, made) = http(
        a,
        "POST",
        "/v2/projects/p1/conversations?conversationId=rest-1",
        Some(&create_body()),
    )
    .await;
    assert_eq!(s, 200, "{made}");
    assert_eq!(made["name"], "projects/p1/conversations/rest-1");
    assert_eq!(made["lifecycleState"], "IN_PROGRESS");
    assert!(made["startTime"].as_str().unwrap().ends_with('Z'));

    let (s, loc) = http(
        a,
        "POST",
        "/v2/projects/p1/locations/us-central1/conversations",
        Some(&create_body()),
    )
    .await;
    assert_eq!(s, 200);
    let loc_name = loc["name"].as_str().unwrap().to_string();
    assert!(loc_name.starts_with("projects/p1/locations/us-central1/conversations/"));

    let (s, got) = http(a, "GET", "/v2/projects/p1/conversations/rest-1", None).await;
    assert_eq!(s, 200);
    assert_eq!(got, made);

    let (s, done) = http(
        a,
        "POST",
        "/v2/projects/p1/conversations/rest-1:complete",
        Some("{}"),
    )
    .await;
    assert_eq!(s, 200);
    assert_eq!(done["lifecycleState"], "COMPLETED");
    let (s, again) = http(
        a,
        "POST",
        "/v2/projects/p1/conversations/rest-1:complete",
        None,
    )
    .await;
    assert_eq!(s, 200);
    assert_eq!(again["endTime"], done["endTime"]);

    // List with the filter in the query string, proto3 defaults meaning "unset".
    let (s, list) = http(
        a,
        "GET",
        "/v2/projects/p1/conversations?pageSize=0&pageToken=&filter=lifecycle_state%20%3D%20%22COMPLETED%22",
        None,
    )
    .await;
    assert_eq!(s, 200, "{list}");
    assert_eq!(list["conversations"].as_array().unwrap().len(), 1);
    assert!(list.get("nextPageToken").is_none_or(|t| t == ""));

    // Pages over REST with snake_case parameter names too.
    for i in 0..3 {
        http(
            a,
            "POST",
            &format!("/v2/projects/pg/conversations?conversation_id=c-{i}"),
            Some(&create_body()),
        )
        .await;
    }
    let (_, p1) = http(a, "GET", "/v2/projects/pg/conversations?page_size=2", None).await;
    assert_eq!(p1["conversations"].as_array().unwrap().len(), 2);
    let token = p1["nextPageToken"].as_str().unwrap();
    let (_, p2) = http(
        a,
        "GET",
        &format!("/v2/projects/pg/conversations?pageSize=2&pageToken={token}"),
        None,
    )
    .await;
    assert_eq!(
        p2["conversations"][0]["name"],
        "projects/pg/conversations/c-2"
    );

    // Location-level get; recorded as REST with the gRPC method path.
    let (s, _) = http(a, "GET", &format!("/v2/{loc_name}"), None).await;
    assert_eq!(s, 200);
    let last = emu.recorded_requests().pop().unwrap();
    assert_eq!(last.surface, Surface::Rest);
    assert_eq!(
        last.method,
        "/google.cloud.dialogflow.v2.Conversations/GetConversation"
    );
    assert_eq!(last.http_method, "GET");
}

#[tokio::test]
async fn error_shape_and_statuses() {
    let emu = start().await;
    let a = emu.local_addr();
    let (s, e) = http(a, "GET", "/v2/projects/p1/conversations/missing", None).await;
    assert_eq!(s, 404);
    assert_eq!(e["error"]["code"], 404);
    assert_eq!(e["error"]["status"], "NOT_FOUND");
    assert!(e["error"]["message"].as_str().unwrap().contains("missing"));
    assert_eq!(
        e["error"]["details"][0]["@type"],
        "type.googleapis.com/google.rpc.ErrorInfo"
    );

    let (s, e) = http(
        a,
        "POST",
        "/v2/projects/p1/conversations?conversationId=9bad",
        Some(&create_body()),
    )
    .await;
    assert_eq!(s, 400);
    assert_eq!(e["error"]["status"], "INVALID_ARGUMENT");
    assert_eq!(
        e["error"]["details"][0]["@type"],
        "type.googleapis.com/google.rpc.BadRequest"
    );
    assert_eq!(
        e["error"]["details"][0]["fieldViolations"][0]["field"],
        "conversation_id"
    );

    http(
        a,
        "POST",
        "/v2/projects/p1/conversations?conversationId=twice",
        Some(&create_body()),
    )
    .await;
    let (s, e) = http(
        a,
        "POST",
        "/v2/projects/p1/conversations?conversationId=twice",
        Some(&create_body()),
    )
    .await;
    assert_eq!(s, 409);
    assert_eq!(e["error"]["status"], "ALREADY_EXISTS");

    // Missing profile names the field.
    let (s, e) = http(a, "POST", "/v2/projects/p1/conversations", Some("{}")).await;
    assert_eq!(s, 400);
    assert!(
        e["error"]["message"]
            .as_str()
            .unwrap()
            .contains("conversation_profile")
    );
}

#[tokio::test]
async fn garbage_never_panics() {
    let emu = start().await;
    let a = emu.local_addr();
    let cases: &[(&str, &str, Option<&str>, u16)] = &[
        (
            "POST",
            "/v2/projects/p1/conversations",
            Some("{not json"),
            400,
        ),
        ("POST", "/v2/projects/p1/conversations", Some("[1,2]"), 400),
        (
            "POST",
            "/v2/projects/p1/conversations",
            Some("\"str\""),
            400,
        ),
        (
            "POST",
            "/v2/projects/p1/conversations",
            Some(r#"{"conversationProfile": 5}"#),
            400,
        ),
        (
            "POST",
            "/v2/projects/p1/conversations",
            Some(r#"{"lifecycleState": "NOPE", "conversationProfile": "x"}"#),
            400,
        ),
        (
            "GET",
            "/v2/projects/p1/conversations?pageSize=abc",
            None,
            400,
        ),
        (
            "GET",
            "/v2/projects/p1/conversations?pageSize=99999999999",
            None,
            400,
        ),
        ("GET", "/v2/projects/p1/conversations?bogus=1", None, 400),
        (
            "GET",
            "/v2/projects/p1/conversations?pageToken=%ZZ",
            None,
            400,
        ),
        (
            "GET",
            "/v2/projects/p1/conversations?%24alt=proto",
            None,
            400,
        ),
        ("GET", "/v2/nothing/here", None, 404),
        ("DELETE", "/v2/projects/p1/conversations/x", None, 404),
        ("GET", "/v2/projects/p%2F1/conversations/x", None, 404),
        (
            "POST",
            "/v2/projects/p1/conversations/x/suggestions:generate",
            Some(r#"{"triggerEvents": "x"}"#),
            400,
        ),
        (
            "POST",
            "/emulator/v1/clock:advance",
            Some("{\"seconds\": -1}"),
            400,
        ),
        ("GET", "/emulator/v1/nothing", None, 404),
    ];
    for (method, path, body, want) in cases {
        let (s, e) = http(a, method, path, *body).await;
        assert_eq!(s, *want, "{method} {path}: {e}");
        assert!(e["error"]["message"].is_string(), "{method} {path}: {e}");
    }
    // Huge page sizes are clamped, unknown body fields are tolerated.
    let (s, _) = http(
        a,
        "GET",
        "/v2/projects/p1/conversations?pageSize=2147483647",
        None,
    )
    .await;
    assert_eq!(s, 200);
    let (s, _) = http(
        a,
        "POST",
        "/v2/projects/p1/conversations",
        Some(&json!({"conversationProfile": PROFILE, "futureField": 1}).to_string()),
    )
    .await;
    assert_eq!(s, 200);
    // Wrong content type.
    let stream = tokio::net::TcpStream::connect(a).await.unwrap();
    let (s, e) = http_over(
        stream,
        "POST",
        "/v2/projects/p1/conversations",
        Some(("text/plain", create_body().as_bytes())),
        &[],
    )
    .await;
    assert_eq!(s, 400, "{e}");
    assert!(
        e["error"]["message"]
            .as_str()
            .unwrap()
            .contains("Content-Type")
    );
    // Invalid UTF-8 body.
    let stream = tokio::net::TcpStream::connect(a).await.unwrap();
    let (s, _) = http_over(
        stream,
        "POST",
        "/v2/projects/p1/conversations",
        Some(("application/json", &[0xff, 0xfe, b'{'])),
        &[],
    )
    .await;
    assert_eq!(s, 400);
    // Still serving.
    let (s, _) = http(a, "GET", "/v2/projects/p1/locations", None).await;
    assert_eq!(s, 200);
}

#[tokio::test]
async fn enum_encoding_int() {
    let emu = start().await;
    let a = emu.local_addr();
    http(
        a,
        "POST",
        "/v2/projects/p1/conversations?conversationId=enum-1",
        Some(&create_body()),
    )
    .await;
    let (_, c) = http(
        a,
        "GET",
        "/v2/projects/p1/conversations/enum-1?%24alt=json%3Benum-encoding%3Dint",
        None,
    )
    .await;
    assert_eq!(c["lifecycleState"], 1);
    assert_eq!(c["conversationStage"], 2);
    let (_, c) = http(
        a,
        "GET",
        "/v2/projects/p1/conversations/enum-1?$alt=json;enum-encoding=int",
        None,
    )
    .await;
    assert_eq!(c["lifecycleState"], 1);
    emu.add_message("projects/p1/conversations/enum-1", Role::EndUser, "hi")
        .unwrap();
    let (_, m) = http(
        a,
        "GET",
        "/v2/projects/p1/conversations/enum-1/messages?alt=json;enum-encoding=int",
        None,
    )
    .await;
    assert_eq!(m["messages"][0]["participantRole"], 3);
    let (_, m) = http(
        a,
        "GET",
        "/v2/projects/p1/conversations/enum-1/messages",
        None,
    )
    .await;
    assert_eq!(m["messages"][0]["participantRole"], "END_USER");
    // Enums in requests: by number in a query parameter works like by name.
    let (s, _) = http(
        a,
        "GET",
        "/v2/projects/p1/conversations?filter=lifecycle_state%3DCOMPLETED",
        None,
    )
    .await;
    assert_eq!(s, 200);
}

#[tokio::test]
async fn remaining_rpcs_over_rest() {
    let emu = start().await;
    let a = emu.local_addr();
    let (_, conv) = http(
        a,
        "POST",
        "/v2/projects/p1/locations/global/conversations?conversationId=all-rpcs",
        Some(&create_body()),
    )
    .await;
    let name = conv["name"].as_str().unwrap().to_string();
    emu.add_message(&name, Role::EndUser, "Can I get a refund? Thanks.")
        .unwrap();
    emu.advance_clock(std::time::Duration::from_millis(5));
    emu.add_message(&name, Role::HumanAgent, "Yes you can. Here is how.")
        .unwrap();

    let (s, m) = http(a, "GET", &format!("/v2/{name}/messages?pageSize=1"), None).await;
    assert_eq!(s, 200);
    assert_eq!(m["messages"][0]["content"], "Yes you can. Here is how.");
    let t = m["messages"][0]["createTime"].as_str().unwrap();
    let (s, m) = http(
        a,
        "GET",
        &format!("/v2/{name}/messages?filter=create_time%20%3C%20%22{t}%22"),
        None,
    )
    .await;
    assert_eq!(s, 200, "{m}");
    assert_eq!(m["messages"].as_array().unwrap().len(), 1);

    let body = json!({
        "contextReferences": {
            "policy": {
                "contextContents": [{"content": "Refunds take five days.", "contentFormat": "PLAIN_TEXT"}],
                "updateMode": "OVERWRITE"
            }
        }
    });
    let (s, r) = http(
        a,
        "POST",
        &format!("/v2/{name}:ingestContextReferences"),
        Some(&body.to_string()),
    )
    .await;
    assert_eq!(s, 200, "{r}");
    assert!(r["ingestedContextReferences"]["policy"]["createTime"].is_string());

    let (s, r) = http(
        a,
        "POST",
        &format!("/v2/{name}/suggestions:suggestConversationSummary"),
        Some("{}"),
    )
    .await;
    assert_eq!(s, 200, "{r}");
    assert_eq!(
        r["summary"]["text"],
        "customer: Can I get a refund?\nagent: Yes you can."
    );
    assert_eq!(
        r["summary"]["textSections"]["customer"],
        "Can I get a refund?"
    );

    let (s, r) = http(
        a,
        "POST",
        &format!("/v2/{name}/suggestions:generate"),
        Some("{}"),
    )
    .await;
    assert_eq!(s, 200, "{r}");
    assert_eq!(r["generatorSuggestionAnswers"].as_array().unwrap().len(), 2);

    let search = json!({
        "parent": "projects/p1/locations/global",
        "query": {"text": "refund days", "languageCode": "en"},
        "conversationProfile": PROFILE,
        "sessionId": "s"
    });
    let (s, r) = http(
        a,
        "POST",
        &format!("/v2/{name}/suggestions:searchKnowledge"),
        Some(&search.to_string()),
    )
    .await;
    assert_eq!(s, 200, "{r}");
    assert_eq!(r["answers"][0]["answer"], "Refunds take five days.");
    assert_eq!(r["answers"][0]["answerType"], "FAQ");
    let (s, r) = http(
        a,
        "POST",
        "/v2/projects/p1/locations/global/suggestions:searchKnowledge",
        Some(&search.to_string()),
    )
    .await;
    assert_eq!(s, 200, "{r}");
    assert_eq!(r["answers"][0]["answerSources"][0]["title"], "policy");
    let (s, r) = http(
        a,
        "POST",
        "/v2/projects/p1/suggestions:searchKnowledge",
        Some(&json!({"conversationProfile": PROFILE, "sessionId": "s"}).to_string()),
    )
    .await;
    assert_eq!(s, 400);
    assert!(
        r["error"]["message"]
            .as_str()
            .unwrap()
            .contains("query.text")
    );

    let stateless = json!({
        "statelessConversation": {"messages": [{"content": "Hi. Bye.", "participantRole": "END_USER"}]},
        "conversationProfile": {
            "languageCode": "en-US",
            "securitySettings": "projects/p1/locations/global/securitySettings/s1"
        }
    });
    let (s, r) = http(
        a,
        "POST",
        "/v2/projects/p1/suggestions:generateStatelessSummary",
        Some(&stateless.to_string()),
    )
    .await;
    assert_eq!(s, 200, "{r}");
    assert_eq!(r["summary"]["text"], "customer: Hi.");
    assert_eq!(r["contextSize"], 1);

    let gen_req = json!({
        "generatorName": "projects/p1/locations/global/generators/g1",
        "conversationContext": {"messageEntries": [{"role": "END_USER", "text": "Refund please."}]},
        "contextReferences": {"kb": {"contextContents": [{"content": "A refund needs a receipt.", "contentFormat": "PLAIN_TEXT"}], "updateMode": "APPEND"}}
    });
    let (s, r) = http(
        a,
        "POST",
        "/v2/projects/p1/locations/global/statelessSuggestion:generate",
        Some(&gen_req.to_string()),
    )
    .await;
    assert_eq!(s, 200, "{r}");
    let response = r["generatorSuggestion"]["freeFormSuggestion"]["response"]
        .as_str()
        .unwrap_or_else(|| panic!("{}", r.to_string()));
    assert!(response.contains("receipt"), "{response}");

    // Operations and locations.
    let op = emu
        .create_operation("projects/p1/locations/global", None)
        .unwrap();
    let (s, r) = http(a, "GET", &format!("/v2/{}", op.name), None).await;
    assert_eq!(s, 200);
    assert_eq!(r["name"], op.name.as_str());
    let (s, _) = http(a, "POST", &format!("/v2/{}:cancel", op.name), Some("{}")).await;
    assert_eq!(s, 200);
    let (s, r) = http(
        a,
        "GET",
        "/v2/projects/p1/locations/global/operations?filter=done%3Dtrue",
        None,
    )
    .await;
    assert_eq!(s, 200, "{r}");
    assert_eq!(r["operations"][0]["done"], true);
    assert_eq!(r["operations"][0]["error"]["code"], 1);
    let (s, r) = http(a, "GET", "/v2/projects/p1/locations?pageSize=3", None).await;
    assert_eq!(s, 200);
    assert_eq!(r["locations"].as_array().unwrap().len(), 3);
    let (s, r) = http(a, "GET", "/v2/projects/p1/locations/europe-west1", None).await;
    assert_eq!(s, 200);
    assert_eq!(r["locationId"], "europe-west1");
}

#[tokio::test]
async fn rest_over_http2_and_headers_recorded() {
    let emu = start().await;
    let stream = tokio::net::TcpStream::connect(emu.local_addr())
        .await
        .unwrap();
    let (mut sender, conn) = hyper::client::conn::http2::handshake(
        hyper_util::rt::TokioExecutor::new(),
        hyper_util::rt::TokioIo::new(stream),
    )
    .await
    .unwrap();
    tokio::spawn(conn);
    let req = hyper::Request::builder()
        .method("POST")
        .uri(format!("{}/v2/projects/p1/conversations", emu.endpoint()))
        .header("content-type", "application/json")
        .header("authorization", "Bearer abc")
        .header("x-goog-api-client", "rest/1")
        .header("x-goog-user-project", "bill")
        .body(http_body_util::Full::new(bytes::Bytes::from(create_body())))
        .unwrap();
    let resp = sender.send_request(req).await.unwrap();
    assert_eq!(resp.status(), 200);
    let r = emu.recorded_requests().pop().unwrap();
    assert_eq!(r.header("authorization"), Some("Bearer abc"));
    assert_eq!(r.header("x-goog-api-client"), Some("rest/1"));
    assert_eq!(r.header("x-goog-user-project"), Some("bill"));
    let _: Value = Value::Null;
}
