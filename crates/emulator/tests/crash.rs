//! Crash campaign: the emulator program runs on a data file under concurrent creates, new
//! participants, message appends and completes over gRPC and REST, and is killed with SIGKILL
//! at random moments. Each new participant rewrites its conversation's row, so the file is
//! mostly replaced rows and is compacted (rewritten) often, and some kills land in a rewrite.
//! After every restart on the same file, every change a client saw acknowledged must be there
//! exactly once.
//!
//! The seed of the random moments is printed; `CRASH_SEED=<n>` replays a run.
//!
//! Unix only: it tells a rewrite of the file by its inode.
#![cfg(unix)]

use std::collections::{HashMap, HashSet};
use std::io::{BufRead as _, BufReader};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use bytes::Bytes;
use dialogflow_types::v2::conversations_client::ConversationsClient;
use dialogflow_types::v2::{CompleteConversationRequest, Conversation, CreateConversationRequest};
use http_body_util::{BodyExt, Full};
use hyper::client::conn::http1::SendRequest;
use hyper_util::rt::TokioIo;
use serde_json::{Value, json};
use tonic::transport::Channel;

/// How many times the emulator is killed.
const KILLS: usize = 22;
/// Clients per wire, each with its own connection.
const CLIENTS_PER_WIRE: usize = 3;
/// Acknowledged changes each round waits for before its random wait for the kill.
const MIN_PER_ROUND: usize = 10;
const PROFILE: &str = "projects/p1/conversationProfiles/prof-1";

/// What clients were told succeeded, over the whole campaign.
#[derive(Debug, Default, Clone)]
struct Acked {
    conversations: HashSet<String>,
    /// Conversation name → the names of its acknowledged messages.
    messages: HashMap<String, Vec<String>>,
    /// Conversation name → the names of its acknowledged participants.
    participants: HashMap<String, Vec<String>>,
    completed: HashSet<String>,
}

impl Acked {
    fn changes(&self) -> usize {
        self.conversations.len()
            + self.messages.values().map(Vec::len).sum::<usize>()
            + self.participants.values().map(Vec::len).sum::<usize>()
            + self.completed.len()
    }
}

/// A small deterministic generator for the kill moments and the clients' choices.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// The running program; killed when dropped, so a failing test leaves no process behind.
struct Program(Child);

impl Program {
    fn kill(&mut self) {
        self.0.kill().expect("SIGKILL");
        self.0.wait().expect("reaped");
    }
}

impl Drop for Program {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// The emulator program on `path`, once it listens; returns it, its address and the data
/// file line it printed.
fn spawn(path: &Path) -> (Program, SocketAddr, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_dialogflow-emulator"))
        .args(["--listen", "127.0.0.1:0", "--data-file"])
        .arg(path)
        // Rewrite (compact) the file as soon as replaced rows outweigh the state, so that it
        // is rewritten several times during the campaign and kills may land in a rewrite.
        .args(["--compact-after-bytes", "0"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("the emulator program starts");
    let mut lines = BufReader::new(child.stdout.take().expect("stdout is piped")).lines();
    let mut addr = None;
    let mut report = None;
    while addr.is_none() || report.is_none() {
        let line = match lines.next() {
            Some(Ok(line)) => line,
            _ => {
                let status = child.wait().expect("wait");
                panic!("the emulator stopped before it listened ({status}); see stderr");
            }
        };
        if let Some(rest) = line.strip_prefix("dialogflow-emulator listening on http://") {
            let host = rest.split_whitespace().next().unwrap_or_default();
            addr = Some(host.parse().expect("a socket address"));
        } else if line.starts_with("data file ") {
            report = Some(line);
        }
    }
    // Keep reading (and dropping) what it prints, so it never blocks on a full pipe.
    std::thread::spawn(move || lines.for_each(drop));
    (Program(child), addr.unwrap(), report.unwrap())
}

/// One HTTP/1.1 connection, kept open across requests.
struct Rest(SendRequest<Full<Bytes>>);

impl Rest {
    async fn connect(addr: SocketAddr) -> Option<Rest> {
        let stream = tokio::net::TcpStream::connect(addr).await.ok()?;
        stream.set_nodelay(true).ok()?;
        let (sender, conn) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
            .await
            .ok()?;
        tokio::spawn(conn);
        Some(Rest(sender))
    }

    /// `None` once the server is gone; panics on an answer that is not a success.
    async fn call(&mut self, method: &str, path: &str, body: Option<Value>) -> Option<Value> {
        let request = hyper::Request::builder()
            .method(method)
            .uri(path)
            .header("host", "localhost")
            .header("content-type", "application/json")
            .body(Full::new(Bytes::from(
                body.map(|b| b.to_string()).unwrap_or_default(),
            )))
            .unwrap();
        self.0.ready().await.ok()?;
        let response = self.0.send_request(request).await.ok()?;
        let status = response.status();
        let bytes = response.into_body().collect().await.ok()?.to_bytes();
        assert!(
            status.is_success(),
            "{method} {path}: {status} {}",
            String::from_utf8_lossy(&bytes)
        );
        Some(serde_json::from_slice(&bytes).expect("a JSON answer"))
    }
}

/// One client: creates conversations over its wire, appends messages (admin route) and
/// completes some, recording each acknowledged change, until the server is gone.
async fn client(addr: SocketAddr, grpc: bool, tag: String, seed: u64, acked: Arc<Mutex<Acked>>) {
    let mut rng = Rng(seed);
    let Some(mut rest) = Rest::connect(addr).await else {
        return;
    };
    let mut stub = if grpc {
        let Ok(channel) = Channel::from_shared(format!("http://{addr}"))
            .unwrap()
            .connect()
            .await
        else {
            return;
        };
        Some(ConversationsClient::new(channel))
    } else {
        None
    };
    let gone = |status: &tonic::Status| {
        matches!(
            status.code(),
            tonic::Code::Unavailable | tonic::Code::Unknown | tonic::Code::Cancelled
        )
    };
    for i in 0.. {
        let id = format!("{tag}-{i}");
        let name = format!("projects/p1/conversations/{id}");
        let created = match stub.as_mut() {
            Some(stub) => match stub
                .create_conversation(CreateConversationRequest {
                    parent: "projects/p1".into(),
                    conversation: Some(Conversation {
                        conversation_profile: PROFILE.into(),
                        ..Default::default()
                    }),
                    conversation_id: id.clone(),
                })
                .await
            {
                Ok(c) => c.into_inner().name,
                Err(s) if gone(&s) => return,
                Err(s) => panic!("create {name}: {s:?}"),
            },
            None => {
                let path = format!("/v2/projects/p1/conversations?conversationId={id}");
                let body = json!({ "conversationProfile": PROFILE });
                match rest.call("POST", &path, Some(body)).await {
                    Some(c) => c["name"].as_str().unwrap_or_default().to_string(),
                    None => return,
                }
            }
        };
        assert_eq!(created, name);
        acked.lock().unwrap().conversations.insert(name.clone());
        for _ in 0..rng.below(4) {
            let body = json!({ "role": "END_USER" });
            let path = format!("/v2/{name}/participants");
            let Some(participant) = rest.call("POST", &path, Some(body)).await else {
                return;
            };
            let participant = participant["name"].as_str().unwrap_or_default().to_string();
            let mut acked = acked.lock().unwrap();
            acked
                .participants
                .entry(name.clone())
                .or_default()
                .push(participant);
        }
        for m in 0..rng.below(4) {
            let body = json!({ "conversation": name, "role": "END_USER", "text": format!("m{m}") });
            let Some(message) = rest
                .call("POST", "/emulator/v1/messages:add", Some(body))
                .await
            else {
                return;
            };
            let message = message["name"].as_str().unwrap_or_default().to_string();
            let mut acked = acked.lock().unwrap();
            acked
                .messages
                .entry(name.clone())
                .or_default()
                .push(message);
        }
        if rng.below(2) == 0 {
            let done = match stub.as_mut() {
                Some(stub) => match stub
                    .complete_conversation(CompleteConversationRequest { name: name.clone() })
                    .await
                {
                    Ok(_) => true,
                    Err(s) if gone(&s) => false,
                    Err(s) => panic!("complete {name}: {s:?}"),
                },
                None => rest
                    .call("POST", &format!("/v2/{name}:complete"), None)
                    .await
                    .is_some(),
            };
            if !done {
                return;
            }
            acked.lock().unwrap().completed.insert(name);
        }
    }
}

/// Reads the state back over REST and counts the acknowledged changes it lacks; panics on a
/// duplicate.
async fn lost_changes(addr: SocketAddr, acked: &Acked) -> usize {
    let mut rest = Rest::connect(addr).await.expect("connects after restart");
    let mut state = HashMap::new();
    let mut token = String::new();
    loop {
        let page = rest
            .call(
                "GET",
                &format!("/v2/projects/p1/conversations?pageSize=1000&pageToken={token}"),
                None,
            )
            .await
            .expect("lists conversations");
        for c in page["conversations"].as_array().into_iter().flatten() {
            let name = c["name"].as_str().unwrap().to_string();
            let lifecycle = c["lifecycleState"].as_str().unwrap_or_default().to_string();
            assert!(state.insert(name, lifecycle).is_none(), "a duplicate");
        }
        match page["nextPageToken"].as_str() {
            Some(t) if !t.is_empty() => token = t.to_string(),
            _ => break,
        }
    }
    let mut lost = acked
        .conversations
        .iter()
        .filter(|c| !state.contains_key(*c))
        .count();
    lost += acked
        .completed
        .iter()
        .filter(|c| state.get(*c).map(String::as_str) != Some("COMPLETED"))
        .count();
    lost += missing_children(&mut rest, &acked.messages, "messages").await;
    lost += missing_children(&mut rest, &acked.participants, "participants").await;
    lost
}

/// How many of the acknowledged children (`messages` or `participants`) of each conversation
/// its list lacks; panics on a duplicate.
async fn missing_children(
    rest: &mut Rest,
    acked: &HashMap<String, Vec<String>>,
    collection: &str,
) -> usize {
    let mut lost = 0;
    for (conversation, names) in acked {
        let page = rest
            .call(
                "GET",
                &format!("/v2/{conversation}/{collection}?pageSize=1000"),
                None,
            )
            .await
            .unwrap_or_else(|| panic!("lists {collection}"));
        let mut present: HashMap<&str, usize> = HashMap::new();
        for child in page[collection].as_array().into_iter().flatten() {
            *present.entry(child["name"].as_str().unwrap()).or_default() += 1;
        }
        assert!(
            present.values().all(|n| *n == 1),
            "a duplicate in the {collection} of {conversation}"
        );
        lost += names
            .iter()
            .filter(|n| !present.contains_key(n.as_str()))
            .count();
    }
    lost
}

fn temp_path() -> PathBuf {
    std::env::temp_dir().join(format!(
        "dialogflow-emulator-crash-{}.db",
        std::process::id()
    ))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn acknowledged_changes_survive_sigkill() {
    let seed = std::env::var("CRASH_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_nanos() as u64
        });
    println!("crash campaign seed {seed} (CRASH_SEED={seed} replays it)");
    let mut rng = Rng(seed);
    let path = temp_path();
    let _ = std::fs::remove_file(&path);
    let acked = Arc::new(Mutex::new(Acked::default()));
    let started = Instant::now();
    let (mut child, mut addr, _) = spawn(&path);
    let mut lost = 0;
    let mut recovered = 0;
    // Rounds in which the running program rewrote the file (a compaction gives it a new
    // inode), and restarts that rewrote it before serving.
    let (mut compacted, mut compacted_at_start) = (0, 0);
    let inode = || std::os::unix::fs::MetadataExt::ino(&std::fs::metadata(&path).unwrap());
    for round in 0..KILLS {
        let before_round = inode();
        let mut clients = Vec::new();
        for c in 0..CLIENTS_PER_WIRE * 2 {
            let grpc = c % 2 == 0;
            let tag = format!("r{round}-{}{c}", if grpc { "g" } else { "h" });
            clients.push(tokio::spawn(client(
                addr,
                grpc,
                tag,
                rng.next(),
                acked.clone(),
            )));
        }
        // Kill at a random moment once the load is under way (a slow machine still does
        // some work in every round).
        let before = acked.lock().unwrap().changes();
        let deadline = Instant::now() + Duration::from_secs(30);
        while acked.lock().unwrap().changes() < before + MIN_PER_ROUND {
            assert!(Instant::now() < deadline, "no progress in round {round}");
            tokio::time::sleep(Duration::from_millis(2)).await;
        }
        tokio::time::sleep(Duration::from_millis(rng.below(150))).await;
        child.kill();
        if inode() != before_round {
            compacted += 1;
        }
        for c in clients {
            c.await.expect("a client panicked");
        }

        let (next, next_addr, report) = spawn(&path);
        (child, addr) = (next, next_addr);
        if report.contains("compacted") {
            compacted_at_start += 1;
        }
        if report.contains("recovered") {
            recovered += 1;
        }
        let snapshot = acked.lock().unwrap().clone();
        let missing = lost_changes(addr, &snapshot).await;
        if missing > 0 {
            println!(
                "after kill {}: {missing} acknowledged changes missing",
                round + 1
            );
        }
        lost += missing;
    }
    child.kill();
    let _ = std::fs::remove_file(&path);
    let acked = acked.lock().unwrap();
    println!(
        "crash campaign: {KILLS} kills, {} changes acknowledged ({} creates, {} participants, {} \
         messages, {} completes), {lost} lost, {recovered} restarts reported a recovery, the file compacted \
         in {compacted} rounds and at {compacted_at_start} restarts, {:.1} s",
        acked.changes(),
        acked.conversations.len(),
        acked.participants.values().map(Vec::len).sum::<usize>(),
        acked.messages.values().map(Vec::len).sum::<usize>(),
        acked.completed.len(),
        started.elapsed().as_secs_f64()
    );
    assert_eq!(lost, 0, "acknowledged changes were lost");
    assert_eq!(
        recovered, KILLS,
        "every restart after a kill reports a recovery"
    );
    assert!(acked.changes() >= KILLS * MIN_PER_ROUND);
    assert!(
        compacted + compacted_at_start > 0,
        "the file was never compacted"
    );
}
