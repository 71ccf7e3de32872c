//! The Participants service over REST with a plain HTTP/1.1 client, and a restart with a data
//! file.

mod common;

use common::assist::*;
use common::*;
use dialogflow_emulator::Emulator;
use dialogflow_types::v2::*;
use serde_json::json;

#[tokio::test]
async fn rest_surface() {
    let emu = start().await;
    let (conv, user, _) = assisted(&emu).await;
    let addr = emu.local_addr();
    let (status, made) = http(
        addr,
        "POST",
        &format!("/v2/{conv}/participants"),
        Some(&json!({"role": "HUMAN_AGENT"}).to_string()),
    )
    .await;
    assert_eq!(status, 200, "{made}");
    let name = made["name"].as_str().unwrap().to_string();
    let (status, got) = http(addr, "GET", &format!("/v2/{name}"), None).await;
    assert_eq!((status, &got["role"]), (200, &json!("HUMAN_AGENT")));
    let (status, page) = http(
        addr,
        "GET",
        &format!("/v2/{conv}/participants?pageSize=1"),
        None,
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(page["participants"].as_array().unwrap().len(), 1);
    assert!(
        page["nextPageToken"]
            .as_str()
            .is_some_and(|t| !t.is_empty())
    );
    let (status, patched) = http(
        addr,
        "PATCH",
        &format!("/v2/{name}?updateMask=obfuscatedExternalUserId"),
        Some(&json!({"obfuscatedExternalUserId": "u-7"}).to_string()),
    )
    .await;
    assert_eq!(
        (status, &patched["obfuscatedExternalUserId"]),
        (200, &json!("u-7"))
    );
    let body = json!({"textInput": {"text": "refunds please", "languageCode": "en-US"}, "requestId": "r-1"});
    let (status, answer) = http(
        addr,
        "POST",
        &format!("/v2/{}:analyzeContent", user.name),
        Some(&body.to_string()),
    )
    .await;
    assert_eq!(status, 200, "{answer}");
    assert_eq!(answer["message"]["content"], "refunds please");
    let (_, again) = http(
        addr,
        "POST",
        &format!("/v2/{}:analyzeContent", user.name),
        Some(&body.to_string()),
    )
    .await;
    assert_eq!(again, answer);
    let (status, faq) = http(
        addr,
        "POST",
        &format!("/v2/{}/suggestions:suggestFaqAnswers", user.name),
        Some("{}"),
    )
    .await;
    assert_eq!(status, 200, "{faq}");
    assert_eq!(faq["faqAnswers"][0]["answer"], "Refunds take five days.");
    let (status, err) = http(
        addr,
        "POST",
        &format!("/v2/{}:analyzeContent", user.name),
        Some(&json!({"textInput": {"text": "", "languageCode": "en-US"}}).to_string()),
    )
    .await;
    assert_eq!(status, 400, "{err}");
    assert!(
        err["error"]["message"]
            .as_str()
            .unwrap()
            .contains("text_input.text"),
        "{err}"
    );
}

#[tokio::test]
async fn restart_keeps_participants_and_request_id_answers() {
    let path = std::env::temp_dir().join(format!(
        "emu-participants-{}-{:?}.db",
        std::process::id(),
        std::time::SystemTime::now()
    ));
    let _ = std::fs::remove_file(&path);
    let emu = Emulator::builder()
        .seed(3)
        .data_file(&path)
        .start()
        .await
        .unwrap();
    let (conv, user, _) = assisted(&emu).await;
    let mut p = participants(&emu).await;
    let first = p
        .analyze_content(text(&user.name, "refunds?", "keep-me"))
        .await
        .unwrap()
        .into_inner();
    drop(p);
    // No graceful shutdown: each change was written before its answer.
    drop(emu);
    tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    let emu = Emulator::builder()
        .seed(4)
        .data_file(&path)
        .start()
        .await
        .unwrap();
    let mut p = participants(&emu).await;
    let listed = p
        .list_participants(ListParticipantsRequest {
            parent: conv.clone(),
            ..Default::default()
        })
        .await
        .unwrap()
        .into_inner();
    assert!(listed.participants.contains(&user));
    let again = p
        .analyze_content(text(&user.name, "refunds?", "keep-me"))
        .await
        .unwrap()
        .into_inner();
    assert_eq!(again, first);
    let messages = conversations(&emu)
        .await
        .list_messages(ListMessagesRequest {
            parent: conv,
            ..Default::default()
        })
        .await
        .unwrap()
        .into_inner()
        .messages;
    assert_eq!(messages.len(), 2, "the repeat appended nothing");
    emu.shutdown().await.unwrap();
    let _ = std::fs::remove_file(&path);
}
