//! A local emulator of the Google Dialogflow v2 **Conversations**, **Participants** and
//! **ConversationProfiles** services, for tests and development without a Google Cloud project.
//!
//! One port serves both wire surfaces of the API: gRPC (`google.cloud.dialogflow.v2.Conversations`,
//! `Participants` with its bidirectional `StreamingAnalyzeContent`, `ConversationProfiles`,
//! `google.longrunning.Operations`, `google.cloud.location.Locations`) and REST (the same RPCs
//! routed by their `google.api.http` bindings, proto3 JSON, Google's JSON error shape). Both
//! share one in-memory state. Optional extras: TLS and mutual TLS, a data file that survives
//! restarts, a clock tests can move forward, and fault injection.
//!
//! # Example
//!
//! ```
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), dialogflow_emulator::Error> {
//! use dialogflow_emulator::Emulator;
//!
//! let emulator = Emulator::builder().start().await?;
//! // Point a client at it, gRPC or REST alike: with dialogflow-conversations,
//! // `ConversationsClient::builder().with_emulator_host(emulator.host())` (plaintext,
//! // anonymous credentials), or DIALOGFLOW_EMULATOR_HOST set to this value.
//! let host = emulator.host();
//! assert!(host.starts_with("127.0.0.1:"));
//! assert_eq!(emulator.endpoint(), format!("http://{host}"));
//! emulator.shutdown().await?;
//! # Ok(()) }
//! ```
//!
//! The crate README lists the semantics chosen where the API definition is silent, the admin
//! routes and the fault-injection options.
#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod admin;
pub mod audio;
mod clock;
mod contract;
#[cfg(test)]
mod dispatch_tests;
mod error;
mod faults;
mod filter;
mod format2;
mod generated;
mod grpc;
mod journal;
mod logfile;
mod names;
mod persist;
mod recognizer;
mod rest;
mod rng;
mod schema;
mod search;
mod server;
mod service;
mod state;
mod store;
mod summary;
#[cfg(feature = "test-pki")]
pub mod test_pki;
mod tls;
mod tokens;
mod tracked;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use dialogflow_types::longrunning::Operation;
use dialogflow_types::protobuf::{Any, Timestamp};
use dialogflow_types::rpc;
use dialogflow_types::v2::participant::Role;
use dialogflow_types::v2::{Conversation, Message};
use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio::task::JoinHandle;

pub use error::Error;
pub use faults::{FaultMode, FaultPlan};
pub use persist::DataFileReport;
pub use service::LOCATIONS;
pub use tls::TlsConfig;

use crate::clock::Clock;
use crate::faults::Faults;
use crate::persist::Persistence;
use crate::rng::SplitMix64;
use crate::server::Shared;
use crate::service::Core;
use crate::state::State;

/// The address the emulator listens on when none is given: loopback, any free port.
pub const DEFAULT_BIND: &str = "127.0.0.1:0";

/// The environment variable that tells clients where an emulator listens (`host:port`).
pub const HOST_ENV: &str = "DIALOGFLOW_EMULATOR_HOST";

/// Which wire surface a request came in on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Surface {
    /// gRPC over HTTP/2 (`content-type: application/grpc`).
    Grpc,
    /// REST: JSON over HTTP/1.1 or HTTP/2.
    Rest,
}

/// One API call as the emulator received it, for tests that check what a client sent.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct RecordedRequest {
    /// The RPC's gRPC path, e.g. `/google.cloud.dialogflow.v2.Conversations/GetConversation`,
    /// whichever surface carried it.
    pub method: String,
    /// The surface it came in on.
    pub surface: Surface,
    /// The HTTP verb (`POST` for every gRPC call).
    pub http_method: String,
    /// The URL path as sent (percent-encoded).
    pub path: String,
    /// Every request header or metadata entry, names in lowercase, in arrival order
    /// (`authorization`, `x-goog-api-client`, `x-goog-request-params`, `x-goog-user-project`,
    /// and whatever else the caller sent).
    pub headers: Vec<(String, String)>,
}

impl RecordedRequest {
    /// The first value of a header (name matched case-insensitively).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// Entry point: `Emulator::builder()` configures and starts an emulator.
#[derive(Debug)]
pub struct Emulator(());

impl Emulator {
    /// A builder with the defaults: loopback, a free port, no TLS, no data file, no faults,
    /// every well-formed conversation profile accepted.
    pub fn builder() -> EmulatorBuilder {
        EmulatorBuilder::default()
    }
}

/// How the emulator should run. Every option has a default; call [`start`](Self::start) to
/// bind and serve.
#[derive(Debug, Clone, Default)]
pub struct EmulatorBuilder {
    bind: Option<SocketAddr>,
    rest_bind: Option<SocketAddr>,
    tls: Option<TlsConfig>,
    strict_profiles: bool,
    profiles: Vec<String>,
    data_file: Option<PathBuf>,
    persist_every: Option<Duration>,
    compact_after: Option<u64>,
    faults: FaultPlan,
    seed: Option<u64>,
    clock_start: Option<SystemTime>,
    operation_delay: Option<Duration>,
    stream_limit: Option<Duration>,
}

impl EmulatorBuilder {
    /// The address of the main listener, which serves gRPC and REST (default `127.0.0.1:0`).
    pub fn bind(mut self, addr: SocketAddr) -> Self {
        self.bind = Some(addr);
        self
    }

    /// An additional listener for clients that want a separate REST address. It speaks both
    /// surfaces too (the emulator tells them apart by content type), so either address works.
    pub fn rest_bind(mut self, addr: SocketAddr) -> Self {
        self.rest_bind = Some(addr);
        self
    }

    /// Serves TLS (and mutual TLS if the config has a client CA) on every listener.
    pub fn tls(mut self, tls: TlsConfig) -> Self {
        self.tls = Some(tls);
        self
    }

    /// Accepts only conversation profiles registered with [`profile`](Self::profile) or
    /// [`EmulatorHandle::register_profile`]; others get NOT_FOUND.
    pub fn strict_profiles(mut self, strict: bool) -> Self {
        self.strict_profiles = strict;
        self
    }

    /// Registers a conversation profile name (meaningful with strict profiles).
    pub fn profile(mut self, name: impl Into<String>) -> Self {
        self.profiles.push(name.into());
        self
    }

    /// How long `SetSuggestionFeatureConfig` and `ClearSuggestionFeatureConfig` operations run
    /// before they complete, on the emulator's clock (default 1 s; [`EmulatorHandle::advance_clock`]
    /// completes them sooner).
    pub fn operation_delay(mut self, delay: Duration) -> Self {
        self.operation_delay = Some(delay);
        self
    }

    /// The longest a `StreamingAnalyzeContent` stream may last (default 3 minutes, the limit
    /// the API documents for extended streaming). A stream's duration is the larger of the
    /// wall time since it opened and the audio it has sent; past the limit the stream sends
    /// what it has finalised and ends with OUT_OF_RANGE, `Exceeded maximum allowed stream
    /// duration of N seconds.` See the crate README's "Streams".
    pub fn stream_limit(mut self, limit: Duration) -> Self {
        self.stream_limit = Some(limit);
        self
    }

    /// Keeps the state in this file (an append-only log of changes): loaded at start if it
    /// exists (a file of an earlier format is converted once), and by default each change is on
    /// disk before its answer is sent. See the crate README's "Persistence".
    pub fn data_file(mut self, path: impl Into<PathBuf>) -> Self {
        self.data_file = Some(path.into());
        self
    }

    /// Writes the data file on this period instead of after every change (a crash may then
    /// lose up to one period of changes; a graceful shutdown loses nothing).
    pub fn persist_every(mut self, period: Duration) -> Self {
        self.persist_every = Some(period);
        self
    }

    /// Rewrites the data file without the rows later changes replaced once the file is twice
    /// the size its state needs plus `bytes` (default 16 MiB). Smaller keeps the file closer to
    /// the state's size, at the cost of more frequent rewrites, each of which holds up writes
    /// for as long as it takes to encode and write the whole state.
    pub fn compact_after(mut self, bytes: u64) -> Self {
        self.compact_after = Some(bytes);
        self
    }

    /// The fault plan in force from the start (change it later with
    /// [`EmulatorHandle::set_faults`]).
    pub fn faults(mut self, plan: FaultPlan) -> Self {
        self.faults = plan;
        self
    }

    /// Seeds the generator of ids, so two runs with the same seed and the same calls hand out
    /// the same names.
    pub fn seed(mut self, seed: u64) -> Self {
        self.seed = Some(seed);
        self
    }

    /// Starts the emulator's clock at this instant instead of now; it then runs at real speed
    /// and moves forward with [`EmulatorHandle::advance_clock`].
    pub fn clock_start(mut self, start: SystemTime) -> Self {
        self.clock_start = Some(start);
        self
    }

    /// Binds the listeners, loads the data file and starts serving.
    pub async fn start(self) -> Result<EmulatorHandle, Error> {
        let bind = self
            .bind
            .unwrap_or_else(|| DEFAULT_BIND.parse().expect("the default address parses"));
        let tls = self.tls.as_ref().map(TlsConfig::acceptor).transpose()?;
        let seed = self.seed.unwrap_or_else(SplitMix64::entropy);

        let compact_after = self.compact_after.unwrap_or(logfile::GROWTH_FLOOR);
        let (persistence, loaded, report) = match &self.data_file {
            Some(path) => {
                let (p, state, report) =
                    Persistence::open(path.clone(), self.persist_every.is_none(), compact_after)?;
                (Some(p), state, Some(report))
            }
            None => (None, None, None),
        };
        let clock = Clock::new(self.clock_start);
        let state = match loaded {
            Some(state) => {
                clock.not_before(state.saved_at_micros);
                state
            }
            None => {
                let mut state = State {
                    version: persist::VERSION,
                    ..Default::default()
                };
                state.secret =
                    SplitMix64::new(seed ^ 0x7365_6372_6574).next_u64() ^ SplitMix64::entropy();
                state
            }
        };
        let mut core = Core::new(state, clock, seed, self.strict_profiles);
        if let Some(delay) = self.operation_delay {
            core = core.with_operation_delay(delay);
        }
        if let Some(limit) = self.stream_limit {
            core = core.with_stream_limit(limit);
        }
        let core = Arc::new(core);
        let faults = Arc::new(Faults::new(self.faults.clone()));
        for p in &self.profiles {
            core.register_profile(p)
                .map_err(|e| Error::Config(format!("profile {p:?}: {}", e.message)))?;
        }
        let shared = Arc::new(Shared {
            core: core.clone(),
            faults: faults.clone(),
            recorded: Mutex::new(Default::default()),
            routes: generated::routes(core),
            persistence,
        });
        if let Some(p) = &shared.persistence {
            p.commit_blocking(&shared.core, true)?;
        }
        let weak = Arc::downgrade(&shared);
        let persist: service::streaming::Persist = Arc::new(move || {
            let shared = weak.upgrade();
            Box::pin(async move {
                if let Some(shared) = shared
                    && let Err(e) = shared.changed(false).await
                {
                    tracing::error!("dialogflow-emulator: {e}");
                }
            })
        });
        let _ = shared
            .core
            .hooks
            .set(service::streaming::Hooks { faults, persist });

        let (shutdown_tx, shutdown_rx) = watch::channel(false);
        let listener = TcpListener::bind(bind)
            .await
            .map_err(|e| Error::io(format!("binding {bind}"), e))?;
        let local_addr = listener
            .local_addr()
            .map_err(|e| Error::io("reading the bound address", e))?;
        let mut tasks = vec![tokio::spawn(server::accept_loop(
            listener,
            tls.clone(),
            shared.clone(),
            shutdown_rx.clone(),
        ))];
        let mut rest_addr = local_addr;
        if let Some(addr) = self.rest_bind {
            let listener = TcpListener::bind(addr)
                .await
                .map_err(|e| Error::io(format!("binding {addr}"), e))?;
            rest_addr = listener
                .local_addr()
                .map_err(|e| Error::io("reading the bound address", e))?;
            tasks.push(tokio::spawn(server::accept_loop(
                listener,
                tls.clone(),
                shared.clone(),
                shutdown_rx.clone(),
            )));
        }
        if let (Some(period), Some(_)) = (self.persist_every, &shared.persistence) {
            let shared = shared.clone();
            let mut rx = shutdown_rx.clone();
            let period = period.max(Duration::from_millis(10));
            tasks.push(tokio::spawn(async move {
                let mut tick = tokio::time::interval(period);
                tick.tick().await;
                loop {
                    tokio::select! {
                        _ = tick.tick() => {
                            if let Some(p) = &shared.persistence
                                && let Err(e) = p.commit(&shared.core, true).await {
                                    tracing::error!("dialogflow-emulator: {e}");
                                }
                        }
                        _ = crate::server::stopped(&mut rx) => break,
                    }
                }
            }));
        }
        Ok(EmulatorHandle {
            shared,
            local_addr,
            rest_addr,
            tls: tls.is_some(),
            shutdown: shutdown_tx,
            tasks,
            report,
        })
    }
}

/// A running emulator. Dropping it stops the listeners and closes the data file without
/// writing changes not yet written (by default there are none: each is written before its
/// answer); call
/// [`shutdown`](Self::shutdown) for a graceful stop that writes the data file.
#[derive(Debug)]
pub struct EmulatorHandle {
    shared: Arc<Shared>,
    local_addr: SocketAddr,
    rest_addr: SocketAddr,
    tls: bool,
    shutdown: watch::Sender<bool>,
    tasks: Vec<JoinHandle<()>>,
    report: Option<DataFileReport>,
}

impl EmulatorHandle {
    /// The address of the main listener (gRPC and REST).
    pub fn local_addr(&self) -> SocketAddr {
        self.local_addr
    }

    /// The gRPC address: the main listener.
    pub fn grpc_addr(&self) -> SocketAddr {
        self.local_addr
    }

    /// The REST address: the separate REST listener if one was configured, else the main one.
    pub fn rest_addr(&self) -> SocketAddr {
        self.rest_addr
    }

    /// The main listener as a URL, `http://127.0.0.1:PORT` (or `https://` with TLS).
    pub fn endpoint(&self) -> String {
        self.url(self.local_addr)
    }

    /// The REST listener as a URL.
    pub fn rest_endpoint(&self) -> String {
        self.url(self.rest_addr)
    }

    /// `host:port` of the main listener, the value for [`HOST_ENV`].
    pub fn host(&self) -> String {
        self.local_addr.to_string()
    }

    fn url(&self, addr: SocketAddr) -> String {
        format!("{}://{addr}", if self.tls { "https" } else { "http" })
    }

    /// Adds a message to a conversation as spoken by `role`, creating that role's participant
    /// on first use. The message is named `<conversation>/messages/<id>` and stamped with the
    /// emulator's clock. Fails with NOT_FOUND for an unknown conversation and
    /// FAILED_PRECONDITION for a completed one.
    pub fn add_message(
        &self,
        conversation_name: &str,
        role: Role,
        text: &str,
    ) -> Result<Message, Error> {
        let m = self
            .shared
            .core
            .add_message(conversation_name, role, text)?;
        self.shared.after_change()?;
        Ok(m)
    }

    /// Records a running long-running operation under `parent` (`projects/p` or
    /// `projects/p/locations/l`), so clients can get, list and cancel it.
    pub fn create_operation(
        &self,
        parent: &str,
        metadata: Option<Any>,
    ) -> Result<Operation, Error> {
        let op = self.shared.core.create_operation(parent, metadata)?;
        self.shared.after_change()?;
        Ok(op)
    }

    /// Marks an operation done with a response or an error.
    pub fn finish_operation(
        &self,
        name: &str,
        result: Result<Any, rpc::Status>,
    ) -> Result<Operation, Error> {
        let op = self.shared.core.finish_operation(name, result)?;
        self.shared.after_change()?;
        Ok(op)
    }

    /// Registers a conversation profile name, for strict profile mode.
    pub fn register_profile(&self, name: &str) -> Result<(), Error> {
        self.shared.core.register_profile(name)?;
        self.shared.after_change()?;
        Ok(())
    }

    /// Moves the emulator's clock forward: conversations older than 24 hours complete, and
    /// those completed more than 30 days ago disappear.
    pub fn advance_clock(&self, by: Duration) {
        self.shared.core.clock.advance(by);
        if let Err(e) = self.shared.after_clock_change() {
            tracing::error!("dialogflow-emulator: {e}");
        }
    }

    /// The emulator's current time.
    pub fn now(&self) -> Timestamp {
        clock::timestamp_of_micros(self.shared.core.clock.now_micros())
    }

    /// Every API call received so far (oldest first; the last 100 000 are kept).
    pub fn recorded_requests(&self) -> Vec<RecordedRequest> {
        self.shared
            .recorded
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .iter()
            .map(server::Recorded::to_request)
            .collect()
    }

    /// Forgets the recorded calls.
    pub fn clear_recorded_requests(&self) {
        self.shared
            .recorded
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clear();
    }

    /// Replaces the fault plan (its counters and random generator start afresh).
    pub fn set_faults(&self, plan: FaultPlan) {
        self.shared.faults.set(plan);
    }

    /// The fault plan in force, with what remains of its `fail_next` count.
    pub fn faults(&self) -> FaultPlan {
        self.shared.faults.get()
    }

    /// How many `StreamingAnalyzeContent` streams are open now (their task still runs).
    pub fn streams_open(&self) -> usize {
        self.shared.core.streams.open.load(Ordering::SeqCst)
    }

    /// How many `StreamingAnalyzeContent` streams were opened since the start.
    pub fn streams_opened(&self) -> u64 {
        self.shared.core.streams.opened.load(Ordering::SeqCst)
    }

    /// How many streams the client cancelled: it reset the stream or stopped reading (dropped
    /// the call) before the emulator ended it.
    pub fn streams_cancelled(&self) -> u64 {
        self.shared.core.streams.cancelled.load(Ordering::SeqCst)
    }

    /// How many conversations exist (purged ones excluded).
    pub fn conversation_count(&self) -> usize {
        self.shared.core.conversation_count()
    }

    /// A copy of every conversation, in creation order.
    pub fn conversations(&self) -> Vec<Conversation> {
        self.shared.core.conversations()
    }

    /// Writes every change not yet in the data file and waits for the disk (a no-op without
    /// a data file). Only needed with [`EmulatorBuilder::persist_every`]: by default every
    /// change is written before its answer is sent.
    pub fn persist(&self) -> Result<(), Error> {
        match &self.shared.persistence {
            Some(p) => p.commit_blocking(&self.shared.core, true),
            None => Ok(()),
        }
    }

    /// What the emulator found in its data file at start: how much it loaded and how long
    /// that took, and whether the file was created, converted from an older format or
    /// recovered after a crash. `None` without a data file.
    pub fn data_file_report(&self) -> Option<&DataFileReport> {
        self.report.as_ref()
    }

    /// Stops accepting connections, lets open ones finish their calls (up to 5 seconds), and
    /// writes the data file.
    pub async fn shutdown(mut self) -> Result<(), Error> {
        let _ = self.shutdown.send(true);
        for task in std::mem::take(&mut self.tasks) {
            let _ = task.await;
        }
        match &self.shared.persistence {
            Some(p) => p.close(&self.shared.core),
            None => Ok(()),
        }
    }
}

impl Drop for EmulatorHandle {
    fn drop(&mut self) {
        let _ = self.shutdown.send(true);
        // Release the data file now (another emulator may want it), not when the last
        // connection lets go; changes already acknowledged are on disk.
        if let Some(p) = &self.shared.persistence {
            p.stop();
        }
    }
}

/// Entry points for fuzz targets, their corpus-replay tests and property tests; not a stable
/// API.
#[doc(hidden)]
pub mod fuzzing;
