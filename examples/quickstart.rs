//! The quickstart: one conversation's life over gRPC and then over REST.
//!
//! ```sh
//! cargo run --example quickstart                       # against an in-process emulator
//! DIALOGFLOW_EMULATOR_HOST=127.0.0.1:8085 cargo run --example quickstart   # a running emulator
//! cargo run --example quickstart -- --project my-project [--location europe-west1] \
//!     [--profile projects/my-project/locations/europe-west1/conversationProfiles/ID]
//! ```
//!
//! With no `--project` and no `DIALOGFLOW_EMULATOR_HOST`, it starts the emulator inside the
//! process, so it needs no Google Cloud account and no network. With `--project` it talks to the
//! real service with Application Default Credentials; the program is the same.

use std::error::Error;

use dialogflow_conversations::{ConversationsClient, RequestOptions, Transport};
use dialogflow_emulator::{Emulator, EmulatorHandle};
use dialogflow_types::v2::conversation::LifecycleState;
use dialogflow_types::v2::participant::Role;
use dialogflow_types::v2::{Conversation, ListConversationsRequest};

/// Command-line options (`--project`, `--location`, `--profile`).
#[derive(Debug, Default)]
struct Args {
    project: Option<String>,
    location: Option<String>,
    profile: Option<String>,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args::default();
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut value = || it.next().ok_or_else(|| format!("{flag} needs a value"));
        match flag.as_str() {
            "--project" => args.project = Some(value()?),
            "--location" => args.location = Some(value()?),
            "--profile" => args.profile = Some(value()?),
            "-h" | "--help" => {
                return Err(
                    "usage: quickstart [--project P] [--location L] [--profile NAME]".into(),
                );
            }
            other => return Err(format!("unknown argument {other:?} (try --help)")),
        }
    }
    Ok(args)
}

/// Errors are printed with `Display` (the message says what was expected and how to fix it),
/// not with the `Debug` form `main` would print for a returned error.
#[tokio::main]
async fn main() -> std::process::ExitCode {
    match run().await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

async fn run() -> Result<(), Box<dyn Error>> {
    let args = parse_args()?;

    // No project and no emulator address: start the emulator here, on a free loopback port.
    let emulator =
        if args.project.is_none() && std::env::var_os("DIALOGFLOW_EMULATOR_HOST").is_none() {
            let handle = Emulator::builder().start().await?;
            println!(
                "Started the Dialogflow emulator in-process on {}\n",
                handle.local_addr()
            );
            Some(handle)
        } else {
            None
        };

    let project = args
        .project
        .clone()
        .unwrap_or_else(|| "quickstart-project".into());
    let parent = match &args.location {
        Some(location) => format!("projects/{project}/locations/{location}"),
        None => format!("projects/{project}"),
    };
    let profile = args
        .profile
        .clone()
        .unwrap_or_else(|| format!("{parent}/conversationProfiles/quickstart-profile"));

    for transport in [Transport::Grpc, Transport::Rest] {
        let mut builder = ConversationsClient::builder().with_transport(transport);
        if let Some(handle) = &emulator {
            builder = builder.with_emulator_host(handle.local_addr().to_string());
        }
        if let Some(location) = &args.location {
            builder = builder.with_location(location.clone());
        }
        let client = builder.build().await?;
        println!(
            "=== over {} ({}) ===",
            client.transport_name(),
            client.endpoint().unwrap_or("custom")
        );
        one_conversation(&client, emulator.as_ref(), &parent, &profile).await?;
        println!();
    }

    if let Some(handle) = emulator {
        handle.shutdown().await?;
    }
    Ok(())
}

async fn one_conversation(
    client: &ConversationsClient,
    emulator: Option<&EmulatorHandle>,
    parent: &str,
    profile: &str,
) -> Result<(), Box<dyn Error>> {
    // 1. Create.
    let created = client
        .create_conversation(
            parent,
            Conversation {
                conversation_profile: profile.into(),
                ..Default::default()
            },
        )
        .await?;
    println!("1. created   {} ({})", created.name, state(&created));

    // 2. Messages. The real service takes them through the Participants API (AnalyzeContent),
    //    which is outside this client; the emulator lets the program add them directly.
    match emulator {
        Some(handle) => {
            for (role, text) in [
                (Role::EndUser, "Hello, my order 4711 has not arrived yet."),
                (
                    Role::HumanAgent,
                    "Sorry to hear that. Let me check the delivery status.",
                ),
                (
                    Role::EndUser,
                    "It was supposed to arrive on Monday. Can you send a replacement?",
                ),
                (
                    Role::HumanAgent,
                    "I have sent a replacement that arrives tomorrow.",
                ),
            ] {
                handle.add_message(&created.name, role, text)?;
            }
            println!("2. added     4 messages through the emulator");
        }
        None => {
            println!("2. (messages come from the Participants API on a real deployment; skipped)")
        }
    }

    // 3. List them (newest first), through the pager.
    let messages = client.list_messages(&created.name).by_item().all().await?;
    println!("3. listed    {} messages:", messages.len());
    for m in &messages {
        let role = Role::try_from(m.participant_role)
            .map(|r| r.as_str_name())
            .unwrap_or("?");
        println!("     {role:<12} {}", m.content);
    }

    // 4. A summary and suggestions.
    let summary = client.suggest_conversation_summary(&created.name).await?;
    let text = summary
        .summary
        .as_ref()
        .map(|s| s.text.as_str())
        .unwrap_or("");
    println!("4. summary   {text:?}");
    let suggestions = client.generate_suggestions(&created.name).await?;
    println!(
        "   {} suggestion(s):",
        suggestions.generator_suggestion_answers.len()
    );
    for answer in &suggestions.generator_suggestion_answers {
        let json = serde_json::to_string(&answer.generator_suggestion)?;
        let short: String = json.chars().take(96).collect();
        let more = if short.len() < json.len() { "…" } else { "" };
        println!("     from {}: {short}{more}", answer.source_generator);
    }

    // 5. Complete it.
    let completed = client.complete_conversation(&created.name).await?;
    println!("5. completed {} ({})", completed.name, state(&completed));

    // 6. List the completed conversations of the parent with a filter.
    let request = ListConversationsRequest {
        parent: parent.into(),
        filter: r#"lifecycle_state = "COMPLETED""#.into(),
        page_size: 10,
        ..Default::default()
    };
    let completed_list = client
        .request(request)
        .with_options(RequestOptions::new())
        .by_item()
        .all()
        .await?;
    println!(
        "6. listed    {} completed conversation(s) under {parent}",
        completed_list.len()
    );
    Ok(())
}

fn state(c: &Conversation) -> &'static str {
    LifecycleState::try_from(c.lifecycle_state)
        .map(|s| s.as_str_name())
        .unwrap_or("UNKNOWN")
}
