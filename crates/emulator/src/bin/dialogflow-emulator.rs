//! `dialogflow-emulator`: runs the Dialogflow v2 emulator (Conversations, Participants,
//! ConversationProfiles) until Ctrl-C.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::{Parser, ValueEnum};
use dialogflow_emulator::{Emulator, FaultMode, FaultPlan, HOST_ENV, TlsConfig};
use dialogflow_types::rpc::Code;

/// A local Dialogflow v2 Conversations server speaking gRPC and REST on one port.
#[derive(Debug, Parser)]
#[command(name = "dialogflow-emulator", version, about, long_about = None)]
struct Args {
    /// Address serving both gRPC and REST.
    #[arg(
        long,
        default_value = "127.0.0.1:8085",
        env = "DIALOGFLOW_EMULATOR_LISTEN"
    )]
    listen: SocketAddr,
    /// gRPC address (replaces --listen; it serves REST too).
    #[arg(long)]
    grpc: Option<SocketAddr>,
    /// An additional, separate REST address.
    #[arg(long)]
    rest: Option<SocketAddr>,
    /// Server certificate chain (PEM) to serve TLS.
    #[arg(long, requires = "tls_key")]
    tls_cert: Option<PathBuf>,
    /// Private key (PEM) of --tls-cert.
    #[arg(long, requires = "tls_cert")]
    tls_key: Option<PathBuf>,
    /// CA (PEM) that client certificates must chain to: turns on mutual TLS.
    #[arg(long, requires = "tls_cert")]
    client_ca: Option<PathBuf>,
    /// File holding the state: loaded at start, each change written before its answer is sent
    /// (files of earlier formats, JSON or redb, are converted once).
    #[arg(long)]
    data_file: Option<PathBuf>,
    /// Write the data file every this many seconds instead of before every answer (faster;
    /// a crash loses up to this many seconds of changes).
    #[arg(long, requires = "data_file")]
    persist_every_secs: Option<u64>,
    /// Rewrite the data file without replaced rows once it is twice the size its state needs
    /// plus this many bytes (default 16 MiB).
    #[arg(long, requires = "data_file")]
    compact_after_bytes: Option<u64>,
    /// Accept only conversation profiles given with --profile (or registered later).
    #[arg(long)]
    strict_profiles: bool,
    /// A conversation profile name to register (repeatable).
    #[arg(long = "profile")]
    profiles: Vec<String>,
    /// Seed for generated ids and for --fail-fraction.
    #[arg(long)]
    seed: Option<u64>,
    /// Fail the next N API calls.
    #[arg(long, default_value_t = 0)]
    fail_next: u32,
    /// Fail this fraction (0..=1) of API calls.
    #[arg(long, default_value_t = 0.0)]
    fail_fraction: f64,
    /// The google.rpc.Code injected failures carry, e.g. UNAVAILABLE or DEADLINE_EXCEEDED.
    #[arg(long, default_value = "UNAVAILABLE")]
    fail_code: String,
    /// Fail before the call touches state, or after it applied its change (reply lost).
    #[arg(long, value_enum, default_value_t = Mode::Before)]
    fail_mode: Mode,
    /// Close the connection instead of answering with an error.
    #[arg(long)]
    drop_connection: bool,
    /// Delay every API call by this many milliseconds.
    #[arg(long, default_value_t = 0)]
    latency_ms: u64,
    /// Limit injected faults to these methods (e.g. GetConversation); repeatable.
    #[arg(long = "fault-method")]
    fault_methods: Vec<String>,
    /// The longest a StreamingAnalyzeContent stream may last, in seconds (default 180); past
    /// it the stream ends with OUT_OF_RANGE.
    #[arg(long)]
    stream_limit_secs: Option<f64>,
    /// Break each StreamingAnalyzeContent stream after this many responses (with --fail-code,
    /// or by closing the connection with --drop-connection).
    #[arg(long)]
    stream_fail_after: Option<u32>,
    /// Delay every response of a stream by this many milliseconds.
    #[arg(long, default_value_t = 0)]
    stream_latency_ms: u64,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum Mode {
    Before,
    After,
}

async fn run(args: Args) -> Result<(), Box<dyn std::error::Error>> {
    let code = Code::from_str_name(&args.fail_code)
        .ok_or_else(|| format!("--fail-code: unknown code {:?}", args.fail_code))?;
    if !(0.0..=1.0).contains(&args.fail_fraction) {
        return Err("--fail-fraction must be between 0 and 1".into());
    }
    let plan = FaultPlan::new()
        .fail_next(args.fail_next)
        .fail_fraction(args.fail_fraction)
        .code(code)
        .mode(match args.fail_mode {
            Mode::Before => FaultMode::Before,
            Mode::After => FaultMode::After,
        })
        .drop_connection(args.drop_connection)
        .latency(Duration::from_millis(args.latency_ms))
        .methods(args.fault_methods.clone())
        .stream_latency(Duration::from_millis(args.stream_latency_ms))
        .seed(args.seed.unwrap_or(0));
    let plan = match args.stream_fail_after {
        Some(k) => plan.stream_fail_after(k),
        None => plan,
    };
    let mut builder = Emulator::builder()
        .bind(args.grpc.unwrap_or(args.listen))
        .strict_profiles(args.strict_profiles)
        .faults(plan);
    if let Some(rest) = args.rest {
        builder = builder.rest_bind(rest);
    }
    if let (Some(cert), Some(key)) = (&args.tls_cert, &args.tls_key) {
        let mut tls = TlsConfig::from_files(cert, key)?;
        if let Some(ca) = &args.client_ca {
            tls = tls.with_client_ca_file(ca)?;
        }
        builder = builder.tls(tls);
    }
    if let Some(path) = &args.data_file {
        builder = builder.data_file(path);
    }
    if let Some(secs) = args.persist_every_secs {
        builder = builder.persist_every(Duration::from_secs(secs));
    }
    if let Some(bytes) = args.compact_after_bytes {
        builder = builder.compact_after(bytes);
    }
    if let Some(seed) = args.seed {
        builder = builder.seed(seed);
    }
    if let Some(secs) = args.stream_limit_secs {
        let limit = Duration::try_from_secs_f64(secs)
            .map_err(|e| format!("--stream-limit-secs {secs}: {e}"))?;
        builder = builder.stream_limit(limit);
    }
    for p in &args.profiles {
        builder = builder.profile(p);
    }
    let emulator = builder.start().await?;
    println!(
        "dialogflow-emulator listening on {} (gRPC and REST)",
        emulator.endpoint()
    );
    if args.rest.is_some() {
        println!("REST also on {}", emulator.rest_endpoint());
    }
    if let Some(report) = emulator.data_file_report() {
        println!("{report}");
    }
    println!("export {HOST_ENV}={}", emulator.host());
    tokio::signal::ctrl_c().await?;
    println!("shutting down");
    emulator.shutdown().await?;
    Ok(())
}

fn main() -> ExitCode {
    let args = Args::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("dialogflow-emulator: cannot start the runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(args)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("dialogflow-emulator: {e}");
            ExitCode::FAILURE
        }
    }
}
