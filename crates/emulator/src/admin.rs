//! Admin routes under `/emulator/v1/` for driving the emulator from another process (tests in
//! other languages, the CLI). They are neither recorded nor subject to the fault plan.
//!
//! | route | body | what it does |
//! |---|---|---|
//! | `GET /emulator/v1/clock` | | `{"now": RFC 3339}` |
//! | `POST /emulator/v1/clock:advance` | `{"seconds": 86400}` or `{"duration": "86400s"}` | moves the clock forward |
//! | `POST /emulator/v1/messages:add` | `{"conversation": NAME, "role": "END_USER", "text": "..."}` | adds a message, returns it |
//! | `POST /emulator/v1/profiles` | `{"name": PROFILE}` | registers a profile (strict mode) |
//! | `POST /emulator/v1/operations` | `{"parent": "projects/p"}` | creates a running operation |
//! | `GET /emulator/v1/requests` | | `{"requests": [...]}` recorded API calls |
//! | `DELETE /emulator/v1/requests` | | forgets them |
//! | `GET /emulator/v1/faults` / `POST /emulator/v1/faults` | see [`FaultJson`] | reads / replaces the fault plan |
//! | `POST /emulator/v1/state:save` | | writes the data file now |

use std::time::Duration;

use dialogflow_types::rpc::Code;
use dialogflow_types::v2::participant::Role;
use http::{Method, Request, Response};
use hyper::body::Incoming;
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use tonic::body::Body;

use crate::error::ApiError;
use crate::faults::{FaultMode, FaultPlan};
use crate::rest::error_response;
use crate::server::{Shared, json_response, read_body};

/// The fault plan in JSON, for `/emulator/v1/faults`.
#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub(crate) struct FaultJson {
    fail_next: u32,
    fail_fraction: f64,
    /// A `google.rpc.Code` name such as `UNAVAILABLE`.
    code: Option<String>,
    /// `BEFORE` or `AFTER`.
    mode: Option<String>,
    latency_ms: u64,
    drop_connection: bool,
    methods: Vec<String>,
    seed: u64,
    /// Streams break after this many responses.
    stream_fail_after: Option<u32>,
    /// Only this many streams break.
    stream_fail_streams: Option<u32>,
    /// Delay before each response of a stream.
    stream_latency_ms: u64,
}

impl FaultJson {
    fn into_plan(self) -> Result<FaultPlan, ApiError> {
        let code = match self.code.as_deref() {
            None | Some("") => Code::Unavailable,
            Some(name) => Code::from_str_name(name)
                .ok_or_else(|| ApiError::invalid("code", format!("unknown code {name:?}")))?,
        };
        let mode = match self.mode.as_deref() {
            None | Some("") | Some("BEFORE") => FaultMode::Before,
            Some("AFTER") => FaultMode::After,
            Some(other) => {
                return Err(ApiError::invalid(
                    "mode",
                    format!("expected BEFORE or AFTER, got {other:?}"),
                ));
            }
        };
        if !(0.0..=1.0).contains(&self.fail_fraction) {
            return Err(ApiError::invalid("failFraction", "must be between 0 and 1"));
        }
        let mut plan = FaultPlan::new();
        if let Some(k) = self.stream_fail_after {
            plan = plan.stream_fail_after(k);
        }
        if let Some(n) = self.stream_fail_streams {
            plan = plan.stream_fail_streams(n);
        }
        Ok(plan
            .stream_latency(Duration::from_millis(self.stream_latency_ms))
            .fail_next(self.fail_next)
            .fail_fraction(self.fail_fraction)
            .code(code)
            .mode(mode)
            .latency(Duration::from_millis(self.latency_ms))
            .drop_connection(self.drop_connection)
            .methods(self.methods)
            .seed(self.seed))
    }

    fn of(plan: &FaultPlan) -> Self {
        FaultJson {
            fail_next: plan.fail_next_count(),
            fail_fraction: plan.fail_fraction_value(),
            code: Some(plan.code_value().as_str_name().to_string()),
            mode: Some(
                match plan.mode_value() {
                    FaultMode::Before => "BEFORE",
                    FaultMode::After => "AFTER",
                }
                .to_string(),
            ),
            latency_ms: plan.latency_value().as_millis() as u64,
            drop_connection: plan.drops_connection(),
            methods: plan.method_filter().to_vec(),
            seed: 0,
            stream_fail_after: plan.stream_fail_after_value(),
            stream_fail_streams: plan.stream_fail_streams_value(),
            stream_latency_ms: plan.stream_latency_value().as_millis() as u64,
        }
    }
}

fn body_json<T: for<'de> Deserialize<'de>>(body: &[u8]) -> Result<T, ApiError> {
    let body = if body.iter().all(u8::is_ascii_whitespace) {
        b"{}".as_slice()
    } else {
        body
    };
    serde_json::from_slice(body).map_err(|e| {
        ApiError::new(
            Code::InvalidArgument,
            format!("the admin request body is not the expected JSON: {e}"),
        )
    })
}

fn now_json(shared: &Shared) -> Value {
    let now = crate::clock::timestamp_of_micros(shared.core.clock.now_micros());
    json!({ "now": now.to_rfc3339().unwrap_or_default() })
}

pub(crate) async fn handle(shared: &Shared, req: Request<Incoming>) -> Response<Body> {
    let method = req.method().clone();
    let path = req.uri().path().to_string();
    let result = async {
        let body = read_body(req.into_body()).await?;
        if method == Method::POST && path == "/emulator/v1/state:save" {
            return save(shared).await;
        }
        let value = route(shared, &method, &path, &body)?;
        if method == Method::POST && CHANGES.contains(&path.as_str()) {
            let clock = path == "/emulator/v1/clock:advance";
            shared
                .changed(clock)
                .await
                .map_err(|e| ApiError::new(Code::Internal, e.to_string()))?;
        }
        Ok(value)
    }
    .await;
    match result {
        Ok(v) => json_response(200, serde_json::to_vec(&v).unwrap_or_default()),
        Err(e) => {
            let (status, body) = error_response(&e);
            json_response(status, body)
        }
    }
}

/// The `POST` routes that change the state: answered once the change is in the data file.
const CHANGES: &[&str] = &[
    "/emulator/v1/clock:advance",
    "/emulator/v1/messages:add",
    "/emulator/v1/profiles",
    "/emulator/v1/operations",
];

async fn save(shared: &Shared) -> Result<Value, ApiError> {
    match &shared.persistence {
        Some(p) => p
            .commit(&shared.core, true)
            .await
            .map(|_| json!({ "path": p.path.display().to_string() }))
            .map_err(|e| ApiError::new(Code::Internal, e.to_string())),
        None => Err(ApiError::new(
            Code::FailedPrecondition,
            "the emulator was started without a data file",
        )),
    }
}

fn route(shared: &Shared, method: &Method, path: &str, body: &[u8]) -> Result<Value, ApiError> {
    let core = &shared.core;
    match (method.clone(), path) {
        (Method::GET, "/emulator/v1/clock") => Ok(now_json(shared)),
        (Method::POST, "/emulator/v1/clock:advance") => {
            #[derive(Deserialize, Default)]
            #[serde(default)]
            struct Advance {
                seconds: Option<f64>,
                duration: Option<dialogflow_types::protobuf::Duration>,
            }
            let a: Advance = body_json(body)?;
            let by = match (a.seconds, a.duration) {
                (Some(s), None) if s.is_finite() && s >= 0.0 => Duration::from_secs_f64(s),
                (None, Some(d)) if d.seconds >= 0 && d.nanos >= 0 => {
                    Duration::new(d.seconds as u64, d.nanos as u32)
                }
                _ => {
                    return Err(ApiError::invalid(
                        "seconds",
                        "give either a non-negative `seconds` number or a `duration` like \"3600s\"",
                    ));
                }
            };
            core.clock.advance(by);
            Ok(now_json(shared))
        }
        (Method::POST, "/emulator/v1/messages:add") => {
            #[derive(Deserialize, Default)]
            #[serde(default)]
            struct Add {
                conversation: String,
                role: String,
                text: String,
            }
            let a: Add = body_json(body)?;
            let role = Role::from_str_name(&a.role).ok_or_else(|| {
                ApiError::invalid(
                    "role",
                    format!(
                        "expected HUMAN_AGENT, AUTOMATED_AGENT or END_USER, got {:?}",
                        a.role
                    ),
                )
            })?;
            let m = core.add_message(&a.conversation, role, &a.text)?;
            to_value(&m)
        }
        (Method::POST, "/emulator/v1/profiles") => {
            #[derive(Deserialize, Default)]
            #[serde(default)]
            struct Profile {
                name: String,
            }
            let p: Profile = body_json(body)?;
            core.register_profile(&p.name)?;
            Ok(json!({ "name": p.name }))
        }
        (Method::POST, "/emulator/v1/operations") => {
            #[derive(Deserialize, Default)]
            #[serde(default)]
            struct Op {
                parent: String,
            }
            let o: Op = body_json(body)?;
            let op = core.create_operation(&o.parent, None)?;
            to_value(&op)
        }
        (Method::GET, "/emulator/v1/requests") => {
            let recorded = shared.recorded.lock().unwrap_or_else(|e| e.into_inner());
            let requests: Vec<Value> = recorded
                .iter()
                .map(|r| {
                    let r = r.to_request();
                    json!({
                        "method": r.method,
                        "surface": match r.surface { crate::Surface::Grpc => "GRPC", crate::Surface::Rest => "REST" },
                        "httpMethod": r.http_method,
                        "path": r.path,
                        "headers": r.headers.iter().map(|(k, v)| json!([k, v])).collect::<Vec<_>>(),
                    })
                })
                .collect();
            Ok(json!({ "requests": requests }))
        }
        (Method::DELETE, "/emulator/v1/requests") => {
            shared
                .recorded
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .clear();
            Ok(json!({}))
        }
        (Method::GET, "/emulator/v1/faults") => to_value(&FaultJson::of(&shared.faults.get())),
        (Method::POST, "/emulator/v1/faults") => {
            let plan = body_json::<FaultJson>(body)?.into_plan()?;
            shared.faults.set(plan);
            to_value(&FaultJson::of(&shared.faults.get()))
        }
        _ => Err(ApiError::new(
            Code::NotFound,
            format!("no admin route {method} {path}; see the crate README for the list"),
        )),
    }
}

fn to_value<T: Serialize>(v: &T) -> Result<Value, ApiError> {
    serde_json::to_value(v).map_err(|e| ApiError::new(Code::Internal, e.to_string()))
}
