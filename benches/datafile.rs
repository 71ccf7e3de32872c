//! What the data file costs: CreateConversation over REST against the in-process emulator,
//! without a data file and with a durable one, one call at a time and with 64 in flight, as the
//! store grows to 100,000 conversations; then how long a file of 100,000 conversations with 10
//! messages each takes to convert from format 1 and to load, cleanly closed and after a crash.
//!
//! `nice cargo bench -p dialogflow-benches --bench datafile` prints the tables as Markdown.
//! `DATAFILE_BENCH=rates`, `=load` or `=store` runs one part; `DATAFILE_BENCH_MAX=20000` stops
//! the growth earlier. `store` compares one durable redb commit of one small row (format 2 kept
//! its rows in redb) with what the append-only log of format 3 pays: appending the same bytes to
//! a file and calling `fdatasync`.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use bytes::Bytes;
use dialogflow_emulator::{Emulator, EmulatorHandle};
use http_body_util::{BodyExt, Full};
use hyper::client::conn::http1::SendRequest;
use hyper_util::rt::TokioIo;
use serde_json::json;

const PROFILE: &str = "projects/bench/conversationProfiles/p";

async fn connect(addr: SocketAddr) -> SendRequest<Full<Bytes>> {
    let stream = tokio::net::TcpStream::connect(addr).await.expect("tcp");
    stream.set_nodelay(true).expect("nodelay");
    let (sender, conn) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
        .await
        .expect("handshake");
    tokio::spawn(conn);
    sender
}

async fn create(sender: &mut SendRequest<Full<Bytes>>, id: u64) {
    let body = json!({ "conversationProfile": PROFILE }).to_string();
    let request = hyper::Request::builder()
        .method("POST")
        .uri(format!(
            "/v2/projects/bench/conversations?conversationId=conv{id}"
        ))
        .header("host", "localhost")
        .header("content-type", "application/json")
        .body(Full::new(Bytes::from(body)))
        .expect("request");
    sender.ready().await.expect("ready");
    let response = sender.send_request(request).await.expect("response");
    let status = response.status();
    let bytes = response
        .into_body()
        .collect()
        .await
        .expect("body")
        .to_bytes();
    assert!(status.is_success(), "{status}: {bytes:?}");
}

/// Creates conversations `from..to` with `lanes` connections, each one call at a time.
async fn grow(addr: SocketAddr, from: u64, to: u64, lanes: u64) -> Duration {
    let mut senders = Vec::new();
    for _ in 0..lanes {
        senders.push(connect(addr).await);
    }
    let started = Instant::now();
    let mut tasks = Vec::new();
    for (lane, mut sender) in senders.into_iter().enumerate() {
        tasks.push(tokio::spawn(async move {
            let mut id = from + lane as u64;
            while id < to {
                create(&mut sender, id).await;
                id += lanes;
            }
        }));
    }
    for t in tasks {
        t.await.expect("lane");
    }
    started.elapsed()
}

fn temp(name: &str) -> PathBuf {
    let p = std::env::temp_dir().join(format!("dialogflow-bench-{name}-{}.db", std::process::id()));
    remove(&p);
    p
}

fn remove(path: &Path) {
    let _ = std::fs::remove_file(path);
    let mut backup = path.as_os_str().to_owned();
    backup.push(".v1.json");
    let _ = std::fs::remove_file(PathBuf::from(backup));
}

async fn start(data_file: Option<&Path>) -> EmulatorHandle {
    let mut builder = Emulator::builder().seed(1);
    if let Some(path) = data_file {
        builder = builder.data_file(path);
    }
    builder.start().await.expect("emulator")
}

/// Rates (creates per second) per step for one configuration.
async fn rates(durable: bool, lanes: u64, steps: &[(u64, u64)]) -> Vec<f64> {
    let path = temp(if durable { "durable" } else { "memory" });
    let emulator = start(durable.then_some(path.as_path())).await;
    let addr = emulator.local_addr();
    let mut out = Vec::new();
    let mut at = 0;
    for &(from, to) in steps {
        if at < from {
            // Fill quickly (64 in flight) up to where the next measured step starts.
            grow(addr, at, from, 64).await;
        }
        let took = grow(addr, from, to, lanes).await;
        out.push((to - from) as f64 / took.as_secs_f64());
        at = to;
    }
    emulator.shutdown().await.expect("shutdown");
    remove(&path);
    out
}

async fn rate_table(max: u64) {
    let mut steps = vec![(0, 1_000), (1_000, 5_000)];
    if max > 5_000 {
        steps.push((max - 5_000, max));
    }
    println!(
        "| stored | calls | in flight | no data file (creates/s) | durable data file (creates/s) | ratio |"
    );
    println!("|---|---|---|---|---|---|");
    // `DATAFILE_BENCH_ONLY=memory` or `=durable` runs one side (for timing the two sides as
    // whole processes, alternately); `DATAFILE_BENCH_LANES=1` or `=64` one concurrency.
    let only = std::env::var("DATAFILE_BENCH_ONLY").unwrap_or_default();
    let lanes: Vec<u64> = match std::env::var("DATAFILE_BENCH_LANES").ok() {
        Some(l) => vec![l.parse().expect("a number of lanes")],
        None => vec![1, 64],
    };
    for lanes in lanes {
        let memory = match only.as_str() {
            "durable" => vec![f64::NAN; steps.len()],
            _ => rates(false, lanes, &steps).await,
        };
        let durable = match only.as_str() {
            "memory" => vec![f64::NAN; steps.len()],
            _ => rates(true, lanes, &steps).await,
        };
        for (i, (from, to)) in steps.iter().enumerate() {
            println!(
                "| {from}→{to} | {} | {lanes} | {:.0} | {:.0} | {:.0}% |",
                to - from,
                memory[i],
                durable[i],
                100.0 * durable[i] / memory[i]
            );
        }
    }
}

/// A format-1 (JSON) file of `n` conversations with `per` messages each.
fn write_json(path: &Path, n: u64, per: u64) {
    use std::io::Write as _;
    let file = std::fs::File::create(path).expect("create");
    let mut w = std::io::BufWriter::new(file);
    let mut seq = 0u64;
    write!(
        w,
        "{{\"version\":1,\"secret\":7,\"saved_at_micros\":0,\"conversations\":{{"
    )
    .unwrap();
    let start = 1_767_225_600_000_000i64; // 2026-01-01
    for c in 0..n {
        seq += 1;
        let conv_seq = seq;
        let name = format!("projects/bench/conversations/conv{c}");
        let mut messages = Vec::new();
        for m in 0..per {
            seq += 1;
            messages.push(json!({
                "seq": seq,
                "micros": start,
                "message": {
                    "name": format!("{name}/messages/m{m}"),
                    "content": format!("message number {m} of conversation {c}, some ordinary text"),
                    "languageCode": "en-US",
                    "participant": format!("{name}/participants/p1"),
                    "participantRole": "END_USER",
                    "createTime": "2026-01-01T00:00:00Z",
                    "sendTime": "2026-01-01T00:00:00Z"
                }
            }));
        }
        let record = json!({
            "parent": "projects/bench",
            "conversation": {
                "name": name,
                "lifecycleState": "IN_PROGRESS",
                "conversationProfile": PROFILE,
                "startTime": "2026-01-01T00:00:00Z",
                "conversationStage": "HUMAN_ASSIST_STAGE"
            },
            "start_micros": start,
            "participants": [{ "name": format!("{name}/participants/p1"), "role": "END_USER" }],
            "messages": messages,
        });
        if c > 0 {
            write!(w, ",").unwrap();
        }
        write!(w, "\"{conv_seq}\":{record}").unwrap();
    }
    write!(w, "}},\"seq\":{seq},\"operations\":{{}},\"profiles\":[]}}").unwrap();
    w.flush().unwrap();
}

async fn load_table(n: u64, per: u64) {
    let path = temp("load");
    write_json(&path, n, per);
    let json_bytes = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
    // Start at the file's time, so no conversation completes by itself while we look.
    let clock = std::time::UNIX_EPOCH + Duration::from_secs(1_767_225_600);
    let emulator = Emulator::builder()
        .clock_start(clock)
        .data_file(&path)
        .start()
        .await
        .expect("converts");
    let converted = emulator.data_file_report().expect("report").clone();
    assert_eq!(converted.conversations as u64, n);
    // A copy taken while it is open is what a crash leaves: a file not closed cleanly.
    let crashed = temp("load-crashed");
    std::fs::copy(&path, &crashed).expect("copy");
    emulator.shutdown().await.expect("shutdown");
    let store_bytes = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
    let clean = Emulator::builder().clock_start(clock).data_file(&path);
    let emulator = clean.start().await.expect("loads");
    let loaded = emulator.data_file_report().expect("report").clone();
    assert_eq!(loaded.messages as u64, n * per);
    emulator.shutdown().await.expect("shutdown");
    let emulator = Emulator::builder()
        .clock_start(clock)
        .data_file(&crashed)
        .start()
        .await
        .expect("recovers");
    let recovered = emulator.data_file_report().expect("report").clone();
    assert!(recovered.recovered);
    assert_eq!(recovered.messages as u64, n * per);
    drop(emulator);
    println!("| what | conversations × messages | file | time |");
    println!("|---|---|---|---|");
    let mb = |b: u64| b as f64 / 1e6;
    let secs = |d: Duration| d.as_secs_f64();
    println!(
        "| convert format 1 (JSON, {:.0} MB) and load | {n} × {per} | {:.0} MB | {:.2} s |",
        mb(json_bytes),
        mb(store_bytes),
        secs(converted.load_time)
    );
    println!(
        "| load, cleanly closed | {n} × {per} | {:.0} MB | {:.2} s |",
        mb(store_bytes),
        secs(loaded.load_time)
    );
    println!(
        "| load after a crash | {n} × {per} | {:.0} MB | {:.2} s |",
        mb(store_bytes),
        secs(recovered.load_time)
    );
    remove(&path);
    remove(&crashed);
}

/// Median time of one durable single-row commit into a redb table holding `stored` rows, and of
/// one append + `fdatasync` of the same bytes.
fn store_costs(stored: u64, samples: u32) -> (Duration, Duration) {
    use std::io::Write as _;
    const T: redb::TableDefinition<'_, u64, &[u8]> = redb::TableDefinition::new("t");
    let row = vec![7u8; 200];
    let path = temp("store");
    let db = redb::Database::create(&path).expect("db");
    let mut next = 0u64;
    while next < stored {
        let txn = db.begin_write().expect("txn");
        {
            let mut t = txn.open_table(T).expect("table");
            for _ in 0..10_000.min(stored - next) {
                t.insert(next, row.as_slice()).expect("insert");
                next += 1;
            }
        }
        txn.commit().expect("commit");
    }
    let mut redb_times = Vec::new();
    for _ in 0..samples {
        let started = Instant::now();
        let txn = db.begin_write().expect("txn");
        txn.open_table(T)
            .expect("table")
            .insert(next, row.as_slice())
            .expect("insert");
        txn.commit().expect("commit");
        redb_times.push(started.elapsed());
        next += 1;
    }
    drop(db);
    remove(&path);
    let log = temp("log");
    let mut file = std::fs::File::create(&log).expect("log");
    let mut log_times = Vec::new();
    for _ in 0..samples {
        let started = Instant::now();
        file.write_all(&row).expect("append");
        file.sync_data().expect("fdatasync");
        log_times.push(started.elapsed());
    }
    remove(&log);
    redb_times.sort();
    log_times.sort();
    (
        redb_times[redb_times.len() / 2],
        log_times[log_times.len() / 2],
    )
}

fn store_table() {
    println!("| rows stored | redb commit, 1 row (median) | append + fdatasync (median) | ratio |");
    println!("|---|---|---|---|");
    for stored in [1_000, 100_000, 1_000_000] {
        let (redb, log) = store_costs(stored, 500);
        println!(
            "| {stored} | {:.0} µs | {:.0} µs | {:.1} |",
            redb.as_secs_f64() * 1e6,
            log.as_secs_f64() * 1e6,
            redb.as_secs_f64() / log.as_secs_f64()
        );
    }
}

fn main() {
    let which = std::env::var("DATAFILE_BENCH").unwrap_or_default();
    let max = std::env::var("DATAFILE_BENCH_MAX")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000u64);
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    if which.is_empty() || which == "store" {
        store_table();
    }
    rt.block_on(async {
        if which.is_empty() || which == "rates" {
            rate_table(max).await;
        }
        if which.is_empty() || which == "load" {
            load_table(max, 10).await;
        }
    });
}
