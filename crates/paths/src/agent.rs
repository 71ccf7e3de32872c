//! Resources of a Dialogflow ES agent that `AnalyzeContent`'s answers and query parameters
//! name: intents, and the sessions of an automated agent with their contexts and session
//! entity types.
//!
//! A session lives directly under the agent (`projects/{project}/agent/sessions/{session}`)
//! or under a user of one of its environments
//! (`projects/{project}/agent/environments/{environment}/users/{user}/sessions/{session}`),
//! each at project or location level: four patterns, one type, with
//! [`environment`](SessionName::environment) and [`user`](SessionName::user) giving `None`
//! for the agent's own sessions.

use crate::grammar::{OptionalRun, Raw, Spec};
use crate::macros::resource_name;
use crate::{AgentName, ParentName, ParseError};

const INTENT: Spec = Spec {
    collections: &["projects/", "locations/", "agent/intents/"],
    segments: &["{project}", "{location}", "{intent}"],
    optional_location: true,
    suffix: "",
    optional_run: None,
    patterns: &[
        "projects/{project}/agent/intents/{intent}",
        "projects/{project}/locations/{location}/agent/intents/{intent}",
    ],
};

/// The environment and user a session may sit under, left out for the agent's own sessions.
const ENVIRONMENT_USER: Option<OptionalRun> = Some(OptionalRun {
    first: 2,
    len: 2,
    skipped: "agent/sessions/",
});

const SESSION: Spec = Spec {
    collections: &[
        "projects/",
        "locations/",
        "agent/environments/",
        "users/",
        "sessions/",
    ],
    segments: &[
        "{project}",
        "{location}",
        "{environment}",
        "{user}",
        "{session}",
    ],
    optional_location: true,
    suffix: "",
    optional_run: ENVIRONMENT_USER,
    patterns: &[
        "projects/{project}/agent/sessions/{session}",
        "projects/{project}/agent/environments/{environment}/users/{user}/sessions/{session}",
        "projects/{project}/locations/{location}/agent/sessions/{session}",
        "projects/{project}/locations/{location}/agent/environments/{environment}/users/{user}/sessions/{session}",
    ],
};

const CONTEXT: Spec = Spec {
    collections: &[
        "projects/",
        "locations/",
        "agent/environments/",
        "users/",
        "sessions/",
        "contexts/",
    ],
    segments: &[
        "{project}",
        "{location}",
        "{environment}",
        "{user}",
        "{session}",
        "{context}",
    ],
    optional_location: true,
    suffix: "",
    optional_run: ENVIRONMENT_USER,
    patterns: &[
        "projects/{project}/agent/sessions/{session}/contexts/{context}",
        "projects/{project}/agent/environments/{environment}/users/{user}/sessions/{session}/contexts/{context}",
        "projects/{project}/locations/{location}/agent/sessions/{session}/contexts/{context}",
        "projects/{project}/locations/{location}/agent/environments/{environment}/users/{user}/sessions/{session}/contexts/{context}",
    ],
};

const SESSION_ENTITY_TYPE: Spec = Spec {
    collections: &[
        "projects/",
        "locations/",
        "agent/environments/",
        "users/",
        "sessions/",
        "entityTypes/",
    ],
    segments: &[
        "{project}",
        "{location}",
        "{environment}",
        "{user}",
        "{session}",
        "{entity_type}",
    ],
    optional_location: true,
    suffix: "",
    optional_run: ENVIRONMENT_USER,
    patterns: &[
        "projects/{project}/agent/sessions/{session}/entityTypes/{entity_type}",
        "projects/{project}/agent/environments/{environment}/users/{user}/sessions/{session}/entityTypes/{entity_type}",
        "projects/{project}/locations/{location}/agent/sessions/{session}/entityTypes/{entity_type}",
        "projects/{project}/locations/{location}/agent/environments/{environment}/users/{user}/sessions/{session}/entityTypes/{entity_type}",
    ],
};

resource_name! {
    /// An intent of a Dialogflow ES agent (what an automated agent's reply matched), at
    /// project or location level.
    ///
    /// Accepts `projects/{project}/agent/intents/{intent}` and the same with
    /// `locations/{location}/` after the project.
    ///
    /// ```
    /// use dialogflow_paths::IntentName;
    ///
    /// let name: IntentName = "projects/p/locations/global/agent/intents/i-1".parse()?;
    /// assert_eq!((name.location(), name.intent()), (Some("global"), "i-1"));
    /// assert_eq!(name.agent().as_str(), "projects/p/locations/global/agent");
    /// assert_eq!(IntentName::new("p", "i-1")?.as_str(), "projects/p/agent/intents/i-1");
    /// assert!("projects/p/intents/i-1".parse::<IntentName>().is_err());
    /// # Ok::<(), dialogflow_paths::ParseError>(())
    /// ```
    pub struct IntentName(Raw<3>) = INTENT;
}

impl IntentName {
    /// Builds the project-level name `projects/{project}/agent/intents/{intent}`.
    pub fn new(project: &str, intent: &str) -> Result<Self, ParseError> {
        Raw::build(&INTENT, [Some(project), None, Some(intent)]).map(Self)
    }

    /// Builds the location-level name `projects/{project}/locations/{location}/agent/intents/{intent}`.
    pub fn with_location(project: &str, location: &str, intent: &str) -> Result<Self, ParseError> {
        Raw::build(&INTENT, [Some(project), Some(location), Some(intent)]).map(Self)
    }

    /// The project id.
    pub fn project(&self) -> &str {
        self.0.id(0)
    }

    /// The location id, or `None` for a project-level name.
    pub fn location(&self) -> Option<&str> {
        self.0.optional_id(1)
    }

    /// The intent id.
    pub fn intent(&self) -> &str {
        self.0.id(2)
    }

    /// The agent this intent belongs to.
    pub fn agent(&self) -> AgentName {
        ParentName(self.0.prefix()).agent()
    }
}

resource_name! {
    /// A session of a Dialogflow ES agent: the agent's own, or one of a user of an
    /// environment, at project or location level (four patterns, see the module docs).
    ///
    /// ```
    /// use dialogflow_paths::SessionName;
    ///
    /// let own: SessionName = "projects/p/agent/sessions/s-1".parse()?;
    /// assert_eq!((own.environment(), own.session()), (None, "s-1"));
    /// let staged: SessionName =
    ///     "projects/p/locations/l/agent/environments/draft/users/u/sessions/s-1".parse()?;
    /// assert_eq!((staged.environment(), staged.user()), (Some("draft"), Some("u")));
    /// assert_eq!(staged.agent().as_str(), "projects/p/locations/l/agent");
    /// assert_eq!(staged.context("c")?.parent(), staged);
    /// # Ok::<(), dialogflow_paths::ParseError>(())
    /// ```
    pub struct SessionName(Raw<5>) = SESSION;
}

impl SessionName {
    /// Builds `projects/{project}/agent/sessions/{session}`.
    pub fn new(project: &str, session: &str) -> Result<Self, ParseError> {
        Raw::build(&SESSION, [Some(project), None, None, None, Some(session)]).map(Self)
    }

    /// Builds `projects/{project}/locations/{location}/agent/sessions/{session}`.
    pub fn with_location(project: &str, location: &str, session: &str) -> Result<Self, ParseError> {
        Raw::build(
            &SESSION,
            [Some(project), Some(location), None, None, Some(session)],
        )
        .map(Self)
    }

    /// Builds the name of a session of `user` in `environment`:
    /// `projects/{project}[/locations/{location}]/agent/environments/{environment}/users/{user}/sessions/{session}`.
    pub fn with_environment(
        project: &str,
        location: Option<&str>,
        environment: &str,
        user: &str,
        session: &str,
    ) -> Result<Self, ParseError> {
        Raw::build(
            &SESSION,
            [
                Some(project),
                location,
                Some(environment),
                Some(user),
                Some(session),
            ],
        )
        .map(Self)
    }

    /// The agent this session talks to.
    pub fn agent(&self) -> AgentName {
        ParentName(self.0.prefix()).agent()
    }

    /// Builds the name of a context of this session.
    pub fn context(&self, context: &str) -> Result<ContextName, ParseError> {
        self.child(&CONTEXT, context).map(ContextName)
    }

    /// Builds the name of a session entity type of this session.
    pub fn entity_type(&self, entity_type: &str) -> Result<SessionEntityTypeName, ParseError> {
        self.child(&SESSION_ENTITY_TYPE, entity_type)
            .map(SessionEntityTypeName)
    }

    /// This session's ids followed by `id`, as a name of `spec`.
    fn child(&self, spec: &'static Spec, id: &str) -> Result<Raw<6>, ParseError> {
        let [project, location, environment, user, session] = self.0.ids();
        Raw::build(
            spec,
            [project, location, environment, user, session, Some(id)],
        )
    }
}

impl AgentName {
    /// Builds the name of an intent of this agent.
    ///
    /// ```
    /// use dialogflow_paths::AgentName;
    ///
    /// let agent = AgentName::with_location("p", "l")?;
    /// assert_eq!(agent.intent("i")?.as_str(), "projects/p/locations/l/agent/intents/i");
    /// assert_eq!(agent.session("s")?.as_str(), "projects/p/locations/l/agent/sessions/s");
    /// # Ok::<(), dialogflow_paths::ParseError>(())
    /// ```
    pub fn intent(&self, intent: &str) -> Result<IntentName, ParseError> {
        Raw::build(
            &INTENT,
            [Some(self.project()), self.location(), Some(intent)],
        )
        .map(IntentName)
    }

    /// Builds the name of a session of this agent (not of an environment's user).
    pub fn session(&self, session: &str) -> Result<SessionName, ParseError> {
        Raw::build(
            &SESSION,
            [
                Some(self.project()),
                self.location(),
                None,
                None,
                Some(session),
            ],
        )
        .map(SessionName)
    }
}

/// The accessors of the ids every name of a session (or inside one) starts with; `$none` says
/// when environment and user are `None`.
macro_rules! session_ids {
    ($name:ident, $none:literal) => {
        impl $name {
            /// The project id.
            pub fn project(&self) -> &str {
                self.0.id(0)
            }

            /// The location id, or `None` for a project-level name.
            pub fn location(&self) -> Option<&str> {
                self.0.optional_id(1)
            }

            #[doc = concat!("The environment id, or `None` ", $none, ".")]
            pub fn environment(&self) -> Option<&str> {
                self.0.optional_id(2)
            }

            #[doc = concat!("The user id, or `None` ", $none, ".")]
            pub fn user(&self) -> Option<&str> {
                self.0.optional_id(3)
            }

            /// The session id.
            pub fn session(&self) -> &str {
                self.0.id(4)
            }
        }
    };
}

session_ids!(SessionName, "for a session of the agent itself");

/// The accessors of the two names that live inside a session.
macro_rules! session_child {
    ($name:ident, $spec:ident, $id:ident, $what:literal) => {
        impl $name {
            #[doc = concat!("Builds `projects/{project}/agent/sessions/{session}/", $what, "`.")]
            pub fn new(project: &str, session: &str, $id: &str) -> Result<Self, ParseError> {
                Raw::build(
                    &$spec,
                    [Some(project), None, None, None, Some(session), Some($id)],
                )
                .map(Self)
            }

            #[doc = concat!("The ", stringify!($id), " id.")]
            pub fn $id(&self) -> &str {
                self.0.id(5)
            }

            /// The session this belongs to.
            pub fn parent(&self) -> SessionName {
                SessionName(self.0.prefix())
            }
        }

        session_ids!($name, "under a session of the agent itself");
    };
}

resource_name! {
    /// A context of a Dialogflow ES session (what the agent remembers between turns), in any
    /// of the session's four patterns followed by `/contexts/{context}`.
    ///
    /// ```
    /// use dialogflow_paths::ContextName;
    ///
    /// let name: ContextName = "projects/p/agent/sessions/s/contexts/order".parse()?;
    /// assert_eq!((name.session(), name.context()), ("s", "order"));
    /// assert_eq!(name.parent().as_str(), "projects/p/agent/sessions/s");
    /// assert_eq!(ContextName::new("p", "s", "order")?, name);
    /// # Ok::<(), dialogflow_paths::ParseError>(())
    /// ```
    pub struct ContextName(Raw<6>) = CONTEXT;
}

session_child!(ContextName, CONTEXT, context, "contexts/{context}");

resource_name! {
    /// A session entity type of a Dialogflow ES session (entities that hold for the session
    /// only), in any of the session's four patterns followed by `/entityTypes/{entity_type}`.
    ///
    /// ```
    /// use dialogflow_paths::SessionEntityTypeName;
    ///
    /// let name: SessionEntityTypeName =
    ///     "projects/p/agent/environments/e/users/u/sessions/s/entityTypes/size".parse()?;
    /// assert_eq!((name.user(), name.entity_type()), (Some("u"), "size"));
    /// assert_eq!(name.parent().entity_type("size")?, name);
    /// # Ok::<(), dialogflow_paths::ParseError>(())
    /// ```
    pub struct SessionEntityTypeName(Raw<6>) = SESSION_ENTITY_TYPE;
}

session_child!(
    SessionEntityTypeName,
    SESSION_ENTITY_TYPE,
    entity_type,
    "entityTypes/{entity_type}"
);
