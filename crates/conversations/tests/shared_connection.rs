//! Clients made from one `Connection` share its connections; clients built apart do not.
//! A loopback TCP proxy in front of the emulator counts the connections it accepts.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use dialogflow_conversations::{ClientOptions, Connection, ConversationsClient, Transport};
use dialogflow_emulator::{Emulator, EmulatorHandle};
use dialogflow_types::v2::Conversation;

const PROFILE: &str = "projects/p1/conversationProfiles/prof-1";

async fn start() -> EmulatorHandle {
    Emulator::builder()
        .seed(1)
        .start()
        .await
        .expect("emulator starts")
}

/// Forwards every connection to `target`; returns its address and the count of accepted
/// connections.
async fn counting_proxy(target: String) -> (String, Arc<AtomicUsize>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap().to_string();
    let accepted = Arc::new(AtomicUsize::new(0));
    let count = accepted.clone();
    tokio::spawn(async move {
        while let Ok((mut inbound, _)) = listener.accept().await {
            count.fetch_add(1, Ordering::SeqCst);
            let target = target.clone();
            tokio::spawn(async move {
                if let Ok(mut outbound) = tokio::net::TcpStream::connect(target).await {
                    let _ = tokio::io::copy_bidirectional(&mut inbound, &mut outbound).await;
                }
            });
        }
    });
    (addr, accepted)
}

fn options(host: &str, transport: Transport) -> ClientOptions {
    ClientOptions::new()
        .with_emulator_host(host)
        .with_transport(transport)
}

async fn use_client(client: &ConversationsClient) {
    let created = client
        .create_conversation(
            "projects/p1",
            Conversation {
                conversation_profile: PROFILE.into(),
                ..Default::default()
            },
        )
        .await
        .expect("create");
    let got = client.get_conversation(&created.name).await.expect("get");
    assert_eq!(got.name, created.name);
}

#[tokio::test]
async fn clients_of_one_connection_share_one_grpc_connection() {
    let emu = start().await;
    let (proxy, accepted) = counting_proxy(emu.host().to_string()).await;
    let connection = Connection::new(options(&proxy, Transport::Grpc))
        .await
        .expect("connection");
    let first = ConversationsClient::from_connection(&connection).unwrap();
    let second = ConversationsClient::from_connection(&connection).unwrap();
    // Concurrent calls from both clients, then more from each.
    tokio::join!(use_client(&first), use_client(&second));
    use_client(&first).await;
    use_client(&second).await;
    assert_eq!(accepted.load(Ordering::SeqCst), 1, "one HTTP/2 connection");
    assert_eq!(first.endpoint(), second.endpoint());

    // Clients built apart make a connection each: the count above can fail.
    let (proxy, accepted) = counting_proxy(emu.host().to_string()).await;
    let apart_a = ConversationsClient::from_options(options(&proxy, Transport::Grpc))
        .await
        .unwrap();
    let apart_b = ConversationsClient::from_options(options(&proxy, Transport::Grpc))
        .await
        .unwrap();
    use_client(&apart_a).await;
    use_client(&apart_b).await;
    assert_eq!(accepted.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn clients_of_one_connection_share_rest_connections_too() {
    let emu = start().await;
    let (proxy, accepted) = counting_proxy(emu.host().to_string()).await;
    let connection = Connection::new(options(&proxy, Transport::Rest))
        .await
        .expect("connection");
    let first = ConversationsClient::from_connection(&connection).unwrap();
    let second = ConversationsClient::from_connection(&connection).unwrap();
    // One after the other: the idle HTTP/1.1 connection of the first serves the second.
    use_client(&first).await;
    use_client(&second).await;
    use_client(&first).await;
    assert_eq!(accepted.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn a_custom_transport_of_another_service_is_refused() {
    let custom = dialogflow_conversations::CustomTransport::new(Arc::new(42u32));
    let connection = Connection::custom(custom);
    let err = ConversationsClient::from_connection(&connection).unwrap_err();
    assert!(
        err.to_string().contains("dyn ConversationsTransport"),
        "{err}"
    );
}
