//! Entry points for fuzz targets, their corpus-replay tests and property tests; not a stable
//! API.

use crate::clock::Clock;
use crate::service::Core;
use crate::state::State;

/// Runs one REST request (verb, path with optional query, body) through routing, request
/// decoding and the service on a fresh in-memory state, and returns the HTTP status and
/// JSON body the emulator would send.
pub fn rest_call(method: &str, path_and_query: &str, body: &[u8]) -> (u16, Vec<u8>) {
    Session::default().rest_call(method, path_and_query, body)
}

/// Runs one REST request like [`rest_call`], on a state that already holds what the
/// Participants RPCs need (see [`Session::with_participants`]), so that their handlers run
/// beyond NOT_FOUND.
pub fn participants_rest_call(method: &str, path_and_query: &str, body: &[u8]) -> (u16, Vec<u8>) {
    Session::with_participants().rest_call(method, path_and_query, body)
}

/// The conversation [`Session::with_participants`] makes.
pub const CONVERSATION: &str = "projects/p/conversations/conv1";
/// Its END_USER participant.
pub const END_USER: &str = "projects/p/conversations/conv1/participants/user";
/// Its HUMAN_AGENT participant.
pub const HUMAN_AGENT: &str = "projects/p/conversations/conv1/participants/agent";

/// An in-memory emulator without a listener whose state lasts from call to call, for
/// property tests that need conversations to exist.
#[derive(Debug)]
pub struct Session {
    core: Core,
}

impl Default for Session {
    fn default() -> Self {
        Session {
            core: Core::new(
                State {
                    version: crate::persist::VERSION,
                    ..Default::default()
                },
                Clock::new(None),
                0,
                false,
            ),
        }
    }
}

impl Session {
    /// A session holding a stored profile `projects/p/conversationProfiles/…` with a virtual
    /// agent and every suggestion feature the emulator answers, the conversation
    /// [`CONVERSATION`] using it, with one ingested context reference (`faq`), and its
    /// participants [`END_USER`] and [`HUMAN_AGENT`].
    pub fn with_participants() -> Session {
        use crate::generated::{ConversationProfilesService, ConversationsService};
        use dialogflow_types::v2::human_agent_assistant_config::{
            SuggestionConfig, SuggestionFeatureConfig,
        };
        use dialogflow_types::v2::participant::Role;
        use dialogflow_types::v2::suggestion_feature::Type;
        use dialogflow_types::v2::*;
        let session = Session::default();
        let feature = |t: Type| SuggestionFeatureConfig {
            suggestion_feature: Some(SuggestionFeature { r#type: t as i32 }),
            ..Default::default()
        };
        let features = |list: &[Type]| SuggestionConfig {
            feature_configs: list.iter().map(|t| feature(*t)).collect(),
            ..Default::default()
        };
        let profile = session
            .core
            .create_conversation_profile(CreateConversationProfileRequest {
                parent: "projects/p".into(),
                conversation_profile: Some(ConversationProfile {
                    display_name: "fuzz".into(),
                    automated_agent_config: Some(AutomatedAgentConfig {
                        agent: "projects/p/locations/global/agent".into(),
                        ..Default::default()
                    }),
                    human_agent_assistant_config: Some(HumanAgentAssistantConfig {
                        human_agent_suggestion_config: Some(features(&[
                            Type::ArticleSuggestion,
                            Type::Faq,
                            Type::KnowledgeAssist,
                        ])),
                        end_user_suggestion_config: Some(features(&[Type::SmartReply])),
                        ..Default::default()
                    }),
                    ..Default::default()
                }),
            })
            .expect("a valid profile");
        session
            .core
            .create_conversation(CreateConversationRequest {
                parent: "projects/p".into(),
                conversation: Some(Conversation {
                    conversation_profile: profile.name,
                    ..Default::default()
                }),
                conversation_id: "conv1".into(),
            })
            .expect("a valid conversation");
        use conversation::context_reference::context_content::ContentFormat;
        use conversation::context_reference::{ContextContent, UpdateMode};
        session
            .core
            .ingest_context_references(IngestContextReferencesRequest {
                conversation: CONVERSATION.into(),
                context_references: [(
                    "faq".to_string(),
                    conversation::ContextReference {
                        context_contents: vec![ContextContent {
                            content: "Refunds take five days. Shipping is free.".into(),
                            content_format: ContentFormat::PlainText as i32,
                            ..Default::default()
                        }],
                        update_mode: UpdateMode::Append as i32,
                        ..Default::default()
                    },
                )]
                .into(),
            })
            .expect("a valid reference");
        {
            let (mut state, _) = session.core.lock();
            let record = state
                .conversation_mut(CONVERSATION)
                .expect("the conversation exists");
            for (name, role) in [(END_USER, Role::EndUser), (HUMAN_AGENT, Role::HumanAgent)] {
                record.participants.push(Participant {
                    name: name.into(),
                    role: role as i32,
                    ..Default::default()
                });
            }
        }
        session
    }

    /// Runs one REST request (verb, path with optional query, body) through routing,
    /// request decoding, the contract check and the service, and returns the HTTP status
    /// and JSON body the emulator would send.
    pub fn rest_call(&self, method: &str, path_and_query: &str, body: &[u8]) -> (u16, Vec<u8>) {
        let Ok(method) = http::Method::from_bytes(method.as_bytes()) else {
            return (405, Vec::new());
        };
        let (path, query) = match path_and_query.split_once('?') {
            Some((p, q)) => (p, Some(q)),
            None => (path_and_query, None),
        };
        match crate::rest::route(&method, path) {
            Ok(route) => {
                crate::rest::serve(&self.core, &route, query, Some("application/json"), body)
            }
            Err(e) => crate::rest::error_response(&e),
        }
    }

    /// Adds a message from the end user (`customer`) or a human agent, as
    /// `EmulatorHandle::add_message` does; the error is the API error's text.
    pub fn add_message(
        &self,
        conversation: &str,
        customer: bool,
        text: &str,
    ) -> Result<(), String> {
        let role = if customer {
            dialogflow_types::v2::participant::Role::EndUser
        } else {
            dialogflow_types::v2::participant::Role::HumanAgent
        };
        self.core
            .add_message(conversation, role, text)
            .map(|_| ())
            .map_err(|e| e.to_string())
    }
}

/// Decodes one REST request (verb, path with optional query, JSON body) the way the REST
/// surface does before it calls the service: routing by the HTTP bindings, the `$alt`
/// parameter, the path variable, the query parameters and the body. Returns the gRPC path
/// of the RPC it routes to (`/google.cloud.dialogflow.v2.Conversations/GetConversation`)
/// and the request message as proto3 JSON, or the error it would answer with
/// (`"NOT_FOUND: ..."`). Runs no RPC.
pub fn rest_decode(
    method: &str,
    path_and_query: &str,
    body: &[u8],
) -> Result<(String, serde_json::Value), String> {
    let method = http::Method::from_bytes(method.as_bytes())
        .map_err(|_| format!("not an HTTP method: {method:?}"))?;
    let (path, query) = path_and_query
        .split_once('?')
        .unwrap_or((path_and_query, ""));
    let decoded = (|| {
        let route = crate::rest::route(&method, path)?;
        let params = crate::rest::parse_query(query)?;
        crate::rest::enums_as_numbers(&params)?;
        let request = crate::rest::request_json(&route, &params, body)?;
        Ok((route.bindings.grpc_path.clone(), request))
    })();
    decoded.map_err(|e: crate::error::ApiError| format!("{}: {}", e.code.as_str_name(), e.message))
}

/// The operation delay of a [`check_profiles_script`] session: long enough that operations
/// stay running until the script moves the clock (`t`) past it.
const SCRIPT_OPERATION_DELAY: std::time::Duration = std::time::Duration::from_secs(60);

/// The most lines of a script [`check_profiles_script`] runs; the rest is ignored.
const SCRIPT_MAX_STEPS: usize = 64;

/// The most seconds one `t` line moves the clock.
const SCRIPT_MAX_TICK: u64 = 3600;

/// What a script's lines did, per action letter (see [`check_profiles_script`]).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct ScriptReport {
    /// For each action letter: how many of its requests were answered 200, and how many
    /// with an error status.
    pub answers: std::collections::BTreeMap<char, (usize, usize)>,
}

/// The actions of a script line, in the order a first byte that is no action letter picks
/// them (`byte % 12`).
const SCRIPT_ACTIONS: [char; 12] = ['c', 'g', 'l', 'u', 'd', 's', 'x', 'o', 'L', 'k', 't', 'r'];

/// Names and tokens earlier answers gave, for `$P`, `$O` and `$T` in later lines.
#[derive(Debug, Default)]
struct Remembered {
    profile: Option<String>,
    operation: Option<String>,
    token: Option<String>,
}

impl Remembered {
    fn expand(&self, text: &str) -> String {
        text.replace(
            "$P",
            self.profile
                .as_deref()
                .unwrap_or("projects/p/conversationProfiles/none"),
        )
        .replace(
            "$O",
            self.operation
                .as_deref()
                .unwrap_or("projects/p/operations/none"),
        )
        .replace("$T", self.token.as_deref().unwrap_or(""))
    }
}

/// The default body of a `s` line: a suggestion feature the human agent may have.
const DEFAULT_SET_BODY: &str = r#"{"participantRole":"HUMAN_AGENT","suggestionFeatureConfig":{"suggestionFeature":{"type":"ARTICLE_SUGGESTION"}}}"#;
/// The default body of an `x` line: clears what [`DEFAULT_SET_BODY`] sets.
const DEFAULT_CLEAR_BODY: &str =
    r#"{"participantRole":"HUMAN_AGENT","suggestionFeatureType":"ARTICLE_SUGGESTION"}"#;

/// Runs a script of `ConversationProfiles` and `Operations` REST requests against one
/// in-memory emulator (strict profiles; operations that finish 60 s after they start, on a
/// clock that starts at a fixed time and that the script moves forward, real time being far
/// shorter than a minute) and checks every answer. The fuzz target
/// `emulator_profiles_rest` and its corpus replay test both call it.
///
/// Each line (at most 64) is one request: an action letter, a space, then arguments
/// separated by single spaces, the last one taking the rest of the line. A first byte that
/// is no action letter picks one by its value, so every line is some request. In the
/// arguments `$P`, `$O` and `$T` stand for the last profile name, operation name and page
/// token an answer gave.
///
/// | line | request |
/// |---|---|
/// | `c PARENT BODY` | `POST /v2/PARENT/conversationProfiles` (BODY defaults to a valid profile) |
/// | `g NAME` | `GET /v2/NAME` |
/// | `l PARENT QUERY` | `GET /v2/PARENT/conversationProfiles?QUERY` |
/// | `u NAME QUERY BODY` | `PATCH /v2/NAME?QUERY` |
/// | `d NAME` | `DELETE /v2/NAME` |
/// | `s NAME BODY` | `POST /v2/NAME:setSuggestionFeatureConfig` |
/// | `x NAME BODY` | `POST /v2/NAME:clearSuggestionFeatureConfig` |
/// | `o NAME` | `GET /v2/NAME` (an operation) |
/// | `L PARENT QUERY` | `GET /v2/PARENT/operations?QUERY` |
/// | `k NAME` | `POST /v2/NAME:cancel` |
/// | `t SECONDS` | moves the emulator's clock forward (at most an hour a line) |
/// | `r VERB PATH BODY` | any request |
///
/// The checks: every answer has a status from 200 to 599 and a JSON body (an unknown verb
/// may answer 405 with none); an error body is Google's shape with the same code; a created
/// profile is named under its parent and reads back as created; a started operation is
/// named under the profile's project or location and can be read; a cancelled operation
/// reads back done; a listed operation belongs to the listed parent and matches a
/// `done=true` or `done=false` filter. The error says which line broke which check.
pub fn check_profiles_script(data: &[u8]) -> Result<ScriptReport, String> {
    let session = Session {
        core: Core::new(
            State {
                version: crate::persist::VERSION,
                ..Default::default()
            },
            Clock::new(Some(
                std::time::UNIX_EPOCH + std::time::Duration::from_secs(1_800_000_000),
            )),
            0,
            true,
        )
        .with_operation_delay(SCRIPT_OPERATION_DELAY),
    };
    let mut memory = Remembered::default();
    let mut report = ScriptReport::default();
    let text = String::from_utf8_lossy(data);
    for (number, line) in text.split('\n').take(SCRIPT_MAX_STEPS).enumerate() {
        let mut chars = line.chars();
        let Some(first) = chars.next() else { continue };
        let action = if SCRIPT_ACTIONS.contains(&first) {
            first
        } else {
            SCRIPT_ACTIONS[first as usize % SCRIPT_ACTIONS.len()]
        };
        let rest = chars.as_str();
        let rest = memory.expand(rest.strip_prefix(' ').unwrap_or(rest));
        let step = Step {
            session: &session,
            line: number + 1,
            action,
        };
        let status = step.run(&rest, &mut memory)?;
        if let Some(status) = status {
            let entry = report.answers.entry(action).or_default();
            if status == 200 {
                entry.0 += 1;
            } else {
                entry.1 += 1;
            }
        }
    }
    Ok(report)
}

/// Whether a name is compared as written: no percent escapes, query or fragment that the
/// emulator would read differently.
fn plain(name: &str) -> bool {
    !name.contains(['%', '?', '#'])
}

/// One line of a script being run.
struct Step<'a> {
    session: &'a Session,
    line: usize,
    action: char,
}

impl Step<'_> {
    /// Runs the line; the status of its request (`None` for a clock move).
    fn run(&self, args: &str, memory: &mut Remembered) -> Result<Option<u16>, String> {
        let two = |default: &str| -> (String, String) {
            let (a, b) = args.split_once(' ').unwrap_or((args, ""));
            let b = if b.is_empty() { default } else { b };
            (a.to_string(), b.to_string())
        };
        let (status, _answer) = match self.action {
            'c' => {
                let (parent, body) = two(r#"{"displayName":"fuzz"}"#);
                let (status, answer) =
                    self.call("POST", &format!("/v2/{parent}/conversationProfiles"), &body)?;
                if status == 200 {
                    let name = self.name_of(&answer)?;
                    if plain(&parent)
                        && !name.starts_with(&format!("{parent}/conversationProfiles/"))
                    {
                        return self.broken(format!("profile {name:?} is not under {parent:?}"));
                    }
                    let (again, read) = self.call("GET", &format!("/v2/{name}"), "")?;
                    if again != 200 || read != answer {
                        return self.broken(format!(
                            "created {answer} but reading it back gave {again} {read}"
                        ));
                    }
                    memory.profile = Some(name);
                }
                (status, answer)
            }
            'g' | 'o' | 'd' => {
                let verb = if self.action == 'd' { "DELETE" } else { "GET" };
                self.call(verb, &format!("/v2/{args}"), "")?
            }
            'l' | 'L' => {
                let (parent, query) = two("");
                let collection = if self.action == 'l' {
                    "conversationProfiles"
                } else {
                    "operations"
                };
                let (status, answer) =
                    self.call("GET", &format!("/v2/{parent}/{collection}?{query}"), "")?;
                if status == 200 {
                    if let Some(token) = answer["nextPageToken"].as_str() {
                        memory.token = Some(token.to_string());
                    }
                    if self.action == 'L' {
                        self.check_listed_operations(&parent, &query, &answer)?;
                    }
                }
                (status, answer)
            }
            'u' => {
                let (name, rest) = two("");
                let (query, body) = rest.split_once(' ').unwrap_or((&rest, ""));
                let body = if body.is_empty() {
                    r#"{"displayName":"renamed"}"#
                } else {
                    body
                };
                self.call("PATCH", &format!("/v2/{name}?{query}"), body)?
            }
            's' | 'x' => {
                let (name, body) = two(if self.action == 's' {
                    DEFAULT_SET_BODY
                } else {
                    DEFAULT_CLEAR_BODY
                });
                let verb = if self.action == 's' {
                    "setSuggestionFeatureConfig"
                } else {
                    "clearSuggestionFeatureConfig"
                };
                let (status, answer) = self.call("POST", &format!("/v2/{name}:{verb}"), &body)?;
                if status == 200 {
                    let op = self.name_of(&answer)?;
                    let under = name
                        .split_once("/conversationProfiles/")
                        .map_or(name.as_str(), |(parent, _)| parent);
                    if plain(&name) && !op.starts_with(&format!("{under}/operations/")) {
                        return self.broken(format!("operation {op:?} is not under {under:?}"));
                    }
                    let (again, read) = self.call("GET", &format!("/v2/{op}"), "")?;
                    if again != 200 || read["name"] != answer["name"] {
                        return self.broken(format!(
                            "started {answer} but reading it back gave {again} {read}"
                        ));
                    }
                    memory.operation = Some(op);
                }
                (status, answer)
            }
            'k' => {
                let (status, answer) = self.call("POST", &format!("/v2/{args}:cancel"), "")?;
                // A name with a `:` of its own may route the cancel elsewhere than a read.
                if status == 200 && plain(args) && !args.contains(':') {
                    let (again, read) = self.call("GET", &format!("/v2/{args}"), "")?;
                    if again != 200 || read["done"] != serde_json::Value::Bool(true) {
                        return self.broken(format!(
                            "cancelled {args:?} but reading it back gave {again} {read}"
                        ));
                    }
                }
                (status, answer)
            }
            't' => {
                let seconds = args.trim().parse::<u64>().unwrap_or(0).min(SCRIPT_MAX_TICK);
                self.session
                    .core
                    .clock
                    .advance(std::time::Duration::from_secs(seconds));
                return Ok(None);
            }
            _ => {
                let (verb, rest) = args.split_once(' ').unwrap_or(("GET", args));
                let (path, body) = rest.split_once(' ').unwrap_or((rest, ""));
                self.call(verb, path, body)?
            }
        };
        Ok(Some(status))
    }

    /// Sends one request and checks the answer's shape.
    fn call(&self, verb: &str, path: &str, body: &str) -> Result<(u16, serde_json::Value), String> {
        let (status, out) = self.session.rest_call(verb, path, body.as_bytes());
        if !(200..600).contains(&status) {
            return self.broken(format!("{verb} {path}: status {status}"));
        }
        if status == 405 && out.is_empty() {
            return Ok((status, serde_json::Value::Null));
        }
        let answer: serde_json::Value = match serde_json::from_slice(&out) {
            Ok(v) => v,
            Err(e) => {
                return self.broken(format!(
                    "{verb} {path}: the answer is not JSON ({e}): {:?}",
                    String::from_utf8_lossy(&out)
                ));
            }
        };
        if status != 200
            && (answer["error"]["code"] != status || !answer["error"]["message"].is_string())
        {
            return self.broken(format!(
                "{verb} {path}: status {status} with the error body {answer}"
            ));
        }
        Ok((status, answer))
    }

    /// Every listed operation is under `parent` and matches a plain `done=` filter.
    fn check_listed_operations(
        &self,
        parent: &str,
        query: &str,
        answer: &serde_json::Value,
    ) -> Result<(), String> {
        if !plain(parent) {
            return Ok(());
        }
        let filters: Vec<&str> = query
            .split('&')
            .filter(|pair| pair.starts_with("filter="))
            .collect();
        let done_filter = match filters[..] {
            ["filter=done%3Dtrue" | "filter=done=true"] => Some(true),
            ["filter=done%3Dfalse" | "filter=done=false"] => Some(false),
            _ => None,
        };
        let empty = Vec::new();
        let listed = answer["operations"].as_array().unwrap_or(&empty);
        for op in listed {
            let name = op["name"].as_str().unwrap_or("");
            if !name.starts_with(&format!("{parent}/operations/")) {
                return self.broken(format!("listed {name:?} under {parent:?}"));
            }
            let done = op["done"].as_bool().unwrap_or(false);
            if done_filter.is_some_and(|want| want != done) {
                return self.broken(format!("listed {op} with the filter of {query:?}"));
            }
        }
        Ok(())
    }

    fn name_of(&self, answer: &serde_json::Value) -> Result<String, String> {
        match answer["name"].as_str() {
            Some(name) if !name.is_empty() => Ok(name.to_string()),
            _ => self.broken(format!("a 200 answer without a name: {answer}")),
        }
    }

    fn broken<T>(&self, what: String) -> Result<T, String> {
        Err(format!("line {} ({}): {what}", self.line, self.action))
    }
}
