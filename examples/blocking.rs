//! The blocking client: a program without `async`, like a script or a CLI tool.
//!
//! ```sh
//! cargo run --example blocking                                   # an emulator on a thread
//! DIALOGFLOW_EMULATOR_HOST=127.0.0.1:8085 cargo run --example blocking   # a running emulator
//! ```
//!
//! `dialogflow_conversations::blocking::ConversationsClient` owns a small Tokio runtime and
//! runs each call on it; its list calls return iterators that fetch pages as they are read.
//! `main` itself has no runtime. The emulator, which is an async server, gets one of its own on
//! a background thread ([`BackgroundEmulator`]).
//!
//! Do not call the blocking client from inside an async runtime (an `async fn`, a
//! `#[tokio::main]`): blocking a runtime thread on another runtime panics. Use the async
//! client there.

use std::error::Error;
use std::sync::Arc;
use std::thread::JoinHandle;

use dialogflow_conversations::ClientBuilder;
use dialogflow_conversations::blocking::ConversationsClient;
use dialogflow_emulator::{Emulator, EmulatorHandle};
use dialogflow_types::v2::conversation::LifecycleState;
use dialogflow_types::v2::participant::Role;
use dialogflow_types::v2::{Conversation, ListConversationsRequest};
use tokio::sync::oneshot;

/// The emulator running on its own thread, with its own single-threaded Tokio runtime.
///
/// The runtime drives the emulator's server tasks for as long as the thread waits for the
/// stop signal; [`stop`](Self::stop) shuts the emulator down gracefully and joins the thread.
struct BackgroundEmulator {
    handle: Option<Arc<EmulatorHandle>>,
    stop: Option<oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

type BoxError = Box<dyn Error + Send + Sync>;

impl BackgroundEmulator {
    fn start() -> Result<Self, BoxError> {
        let (ready_tx, ready_rx) =
            std::sync::mpsc::channel::<Result<Arc<EmulatorHandle>, BoxError>>();
        let (stop_tx, stop_rx) = oneshot::channel::<()>();
        let thread = std::thread::Builder::new()
            .name("dialogflow-emulator".into())
            .spawn(move || {
                let runtime = match tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                {
                    Ok(rt) => rt,
                    Err(e) => {
                        let _ = ready_tx.send(Err(e.into()));
                        return;
                    }
                };
                runtime.block_on(async move {
                    let handle = match Emulator::builder().start().await {
                        Ok(h) => Arc::new(h),
                        Err(e) => {
                            let _ = ready_tx.send(Err(e.into()));
                            return;
                        }
                    };
                    let _ = ready_tx.send(Ok(handle.clone()));
                    // Serve until told to stop (or until the other side is dropped).
                    let _ = stop_rx.await;
                    match Arc::try_unwrap(handle) {
                        Ok(handle) => {
                            if let Err(e) = handle.shutdown().await {
                                eprintln!("emulator shutdown: {e}");
                            }
                        }
                        Err(handle) => drop(handle), // still shared: dropping it stops the listeners
                    }
                });
            })?;
        let handle = ready_rx
            .recv()
            .map_err(|_| "the emulator thread ended early")??;
        Ok(BackgroundEmulator {
            handle: Some(handle),
            stop: Some(stop_tx),
            thread: Some(thread),
        })
    }

    /// The handle: its methods other than `shutdown` are synchronous and work from any thread.
    fn handle(&self) -> &EmulatorHandle {
        self.handle.as_ref().expect("running")
    }

    fn stop(mut self) {
        self.handle = None; // so that the emulator thread holds the only reference
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn main() -> Result<(), BoxError> {
    // An emulator named by DIALOGFLOW_EMULATOR_HOST, or one on a background thread.
    let emulator = match std::env::var_os("DIALOGFLOW_EMULATOR_HOST") {
        Some(_) => None,
        None => {
            let emulator = BackgroundEmulator::start()?;
            println!(
                "Started the emulator on a background thread: {}\n",
                emulator.handle().local_addr()
            );
            Some(emulator)
        }
    };

    // The builder is the async client's; `from_builder` builds it on the blocking client's own
    // runtime. Without an emulator host, this is the real service with ADC.
    let mut builder = ClientBuilder::new();
    if let Some(emulator) = &emulator {
        builder = builder.with_emulator_host(emulator.handle().host());
    }
    let client = ConversationsClient::from_builder(builder)?;
    println!(
        "blocking client over {} ({})",
        client.async_client().transport_name(),
        client.async_client().endpoint().unwrap_or("?")
    );

    let parent = "projects/blocking-demo";
    let profile = format!("{parent}/conversationProfiles/p1");

    // 1. Create five conversations.
    let mut names = Vec::new();
    for _ in 0..5 {
        let c = client
            .create_conversation(
                parent,
                Conversation {
                    conversation_profile: profile.clone(),
                    ..Default::default()
                },
            )
            .send()?;
        names.push(c.name);
    }
    println!(
        "1. created   {} conversations, the first is {}",
        names.len(),
        names[0]
    );

    // 2. List them two per page: the pager is an iterator that fetches page after page as it
    //    is read.
    let request = ListConversationsRequest {
        parent: parent.into(),
        page_size: 2,
        ..Default::default()
    };
    println!("2. listed (page_size 2, three requests behind one iterator):");
    for conversation in client.request(request.clone()).by_item() {
        let conversation = conversation?;
        println!("     {} {}", conversation.name, state(&conversation));
    }
    //    ... or page by page.
    let mut sizes = Vec::new();
    for page in client.request(request).by_page() {
        sizes.push(page?.conversations.len());
    }
    println!(
        "   page by page: {} pages of {sizes:?} conversations",
        sizes.len()
    );

    // 3. Messages of the first one (added through the emulator; the real service takes them
    //    through the Participants API), newest first, through the iterator too.
    if let Some(emulator) = &emulator {
        emulator
            .handle()
            .add_message(&names[0], Role::EndUser, "My parcel has not arrived.")?;
        emulator
            .handle()
            .add_message(&names[0], Role::HumanAgent, "Let me look it up for you.")?;
        let texts: Vec<String> = client
            .list_messages(&names[0])
            .by_item()
            .map(|m| m.map(|m| m.content))
            .collect::<Result<_, _>>()?;
        println!("3. messages  of {}: {texts:?}", names[0]);
    }

    // 4. Complete two, then list the completed ones with a filter.
    for name in &names[..2] {
        let completed = client.complete_conversation(name).send()?;
        println!("4. completed {} ({})", completed.name, state(&completed));
    }
    let completed_only = ListConversationsRequest {
        parent: parent.into(),
        filter: r#"lifecycle_state = "COMPLETED""#.into(),
        ..Default::default()
    };
    let completed: Vec<Conversation> = client
        .request(completed_only)
        .by_item()
        .collect::<Result<_, _>>()?;
    println!(
        "   {} of {} conversations are COMPLETED",
        completed.len(),
        names.len()
    );

    // 5. Errors come back as values, as with the async client.
    let err = client
        .get_conversation(format!("{parent}/conversations/no-such-one"))
        .send()
        .unwrap_err();
    println!("5. get of a missing conversation: {err}");

    drop(client);
    if let Some(emulator) = emulator {
        emulator.stop();
        println!("\nStopped the emulator.");
    }
    Ok(())
}

fn state(c: &Conversation) -> &'static str {
    LifecycleState::try_from(c.lifecycle_state)
        .map(|s| s.as_str_name())
        .unwrap_or("UNKNOWN")
}
