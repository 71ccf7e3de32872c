//! Resources a conversation profile refers to but that belong to other services: the
//! Dialogflow agent that answers as the automated agent, Dialogflow CX security settings,
//! custom conversation models and Speech-to-Text phrase sets.

use crate::grammar::{Raw, Spec};
use crate::macros::resource_name;
use crate::{LocationName, ParentName, ParseError};

const AGENT: Spec = Spec {
    collections: &["projects/", "locations/"],
    segments: &["{project}", "{location}"],
    optional_location: true,
    suffix: "/agent",
    optional_run: None,
    patterns: &[
        "projects/{project}/agent",
        "projects/{project}/locations/{location}/agent",
    ],
};

resource_name! {
    /// The Dialogflow ES agent of a project or location: a singleton, so its name ends with
    /// the keyword `agent` and no id.
    ///
    /// Accepts `projects/{project}/agent` and the same with `locations/{location}/` after
    /// the project.
    ///
    /// ```
    /// use dialogflow_paths::AgentName;
    ///
    /// let name: AgentName = "projects/p/locations/europe-west1/agent".parse()?;
    /// assert_eq!(name.location(), Some("europe-west1"));
    /// assert_eq!(name.parent().as_str(), "projects/p/locations/europe-west1");
    /// assert_eq!(AgentName::new("p")?.as_str(), "projects/p/agent");
    /// assert!("projects/p/agent/x".parse::<AgentName>().is_err());
    /// # Ok::<(), dialogflow_paths::ParseError>(())
    /// ```
    pub struct AgentName(Raw<2>) = AGENT;
}

impl AgentName {
    /// Builds the project-level name `projects/{project}/agent`.
    pub fn new(project: &str) -> Result<Self, ParseError> {
        Raw::build(&AGENT, [Some(project), None]).map(Self)
    }

    /// Builds the location-level name `projects/{project}/locations/{location}/agent`.
    pub fn with_location(project: &str, location: &str) -> Result<Self, ParseError> {
        Raw::build(&AGENT, [Some(project), Some(location)]).map(Self)
    }

    /// The project id.
    pub fn project(&self) -> &str {
        self.0.id(0)
    }

    /// The location id, or `None` for a project-level name.
    pub fn location(&self) -> Option<&str> {
        self.0.optional_id(1)
    }

    /// The project or location this agent belongs to.
    pub fn parent(&self) -> ParentName {
        ParentName(self.0.without_suffix())
    }
}

impl ParentName {
    /// The name of this project's or location's agent (always valid: it has no id of its own).
    pub fn agent(&self) -> AgentName {
        AgentName(self.0.with_suffix(AGENT.suffix))
    }
}

const CX_SECURITY_SETTINGS: Spec = Spec {
    collections: &["projects/", "locations/", "securitySettings/"],
    segments: &["{project}", "{location}", "{security_settings}"],
    optional_location: false,
    suffix: "",
    optional_run: None,
    patterns: &["projects/{project}/locations/{location}/securitySettings/{security_settings}"],
};

resource_name! {
    /// Dialogflow CX security settings (data retention and redaction), which a profile's
    /// `security_settings` names: `projects/{project}/locations/{location}/securitySettings/{security_settings}`.
    ///
    /// They exist at location level only, so [`location`](Self::location) is a plain
    /// `&str` and the parent is a [`LocationName`].
    ///
    /// ```
    /// use dialogflow_paths::CxSecuritySettingsName;
    ///
    /// let name = CxSecuritySettingsName::new("p", "global", "redact")?;
    /// assert_eq!(name.as_str(), "projects/p/locations/global/securitySettings/redact");
    /// assert_eq!(name.security_settings(), "redact");
    /// assert!("projects/p/securitySettings/redact".parse::<CxSecuritySettingsName>().is_err());
    /// # Ok::<(), dialogflow_paths::ParseError>(())
    /// ```
    pub struct CxSecuritySettingsName(Raw<3>) = CX_SECURITY_SETTINGS;
}

impl CxSecuritySettingsName {
    /// Builds `projects/{project}/locations/{location}/securitySettings/{security_settings}`.
    pub fn new(project: &str, location: &str, security_settings: &str) -> Result<Self, ParseError> {
        Raw::build(
            &CX_SECURITY_SETTINGS,
            [Some(project), Some(location), Some(security_settings)],
        )
        .map(Self)
    }

    /// The project id.
    pub fn project(&self) -> &str {
        self.0.id(0)
    }

    /// The location id (always present for security settings).
    pub fn location(&self) -> &str {
        self.0.id(1)
    }

    /// The security settings id.
    pub fn security_settings(&self) -> &str {
        self.0.id(2)
    }

    /// The location that holds these settings.
    pub fn parent(&self) -> LocationName {
        LocationName(self.0.prefix())
    }
}

const CONVERSATION_MODEL: Spec = Spec {
    collections: &["projects/", "locations/", "conversationModels/"],
    segments: &["{project}", "{location}", "{conversation_model}"],
    optional_location: true,
    suffix: "",
    optional_run: None,
    patterns: &[
        "projects/{project}/conversationModels/{conversation_model}",
        "projects/{project}/locations/{location}/conversationModels/{conversation_model}",
    ],
};

resource_name! {
    /// A custom conversation model, which a profile's suggestion features may use instead
    /// of the baseline model.
    ///
    /// Accepts `projects/{project}/conversationModels/{conversation_model}` and the same
    /// with `locations/{location}/` after the project.
    ///
    /// ```
    /// use dialogflow_paths::ConversationModelName;
    ///
    /// let name: ConversationModelName = "projects/p/conversationModels/m-1".parse()?;
    /// assert_eq!(name.conversation_model(), "m-1");
    /// assert_eq!(name.location(), None);
    /// assert_eq!(name.parent().as_str(), "projects/p");
    /// # Ok::<(), dialogflow_paths::ParseError>(())
    /// ```
    pub struct ConversationModelName(Raw<3>) = CONVERSATION_MODEL;
}

impl ConversationModelName {
    /// Builds the project-level name `projects/{project}/conversationModels/{conversation_model}`.
    pub fn new(project: &str, conversation_model: &str) -> Result<Self, ParseError> {
        Raw::build(
            &CONVERSATION_MODEL,
            [Some(project), None, Some(conversation_model)],
        )
        .map(Self)
    }

    /// Builds the location-level name `projects/{project}/locations/{location}/conversationModels/{conversation_model}`.
    pub fn with_location(
        project: &str,
        location: &str,
        conversation_model: &str,
    ) -> Result<Self, ParseError> {
        Raw::build(
            &CONVERSATION_MODEL,
            [Some(project), Some(location), Some(conversation_model)],
        )
        .map(Self)
    }

    /// The project id.
    pub fn project(&self) -> &str {
        self.0.id(0)
    }

    /// The location id, or `None` for a project-level name.
    pub fn location(&self) -> Option<&str> {
        self.0.optional_id(1)
    }

    /// The conversation model id.
    pub fn conversation_model(&self) -> &str {
        self.0.id(2)
    }

    /// The project or location that holds this model.
    pub fn parent(&self) -> ParentName {
        ParentName(self.0.prefix())
    }
}

impl ParentName {
    /// Builds the name of a conversation model under this project or location.
    pub fn conversation_model(
        &self,
        conversation_model: &str,
    ) -> Result<ConversationModelName, ParseError> {
        let [project, location] = self.0.ids();
        Raw::build(
            &CONVERSATION_MODEL,
            [project, location, Some(conversation_model)],
        )
        .map(ConversationModelName)
    }
}

const PHRASE_SET: Spec = Spec {
    collections: &["projects/", "locations/", "phraseSets/"],
    segments: &["{project}", "{location}", "{phrase_set}"],
    optional_location: false,
    suffix: "",
    optional_run: None,
    patterns: &["projects/{project}/locations/{location}/phraseSets/{phrase_set}"],
};

resource_name! {
    /// A Speech-to-Text phrase set (words and phrases that bias recognition), which a
    /// profile's speech settings list: `projects/{project}/locations/{location}/phraseSets/{phrase_set}`.
    ///
    /// Phrase sets exist at location level only, so [`location`](Self::location) is a
    /// plain `&str` and the parent is a [`LocationName`].
    ///
    /// ```
    /// use dialogflow_paths::PhraseSetName;
    ///
    /// let name: PhraseSetName = "projects/p/locations/global/phraseSets/products".parse()?;
    /// assert_eq!((name.location(), name.phrase_set()), ("global", "products"));
    /// assert_eq!(name.parent().generator("g")?.location(), "global");
    /// # Ok::<(), dialogflow_paths::ParseError>(())
    /// ```
    pub struct PhraseSetName(Raw<3>) = PHRASE_SET;
}

impl PhraseSetName {
    /// Builds `projects/{project}/locations/{location}/phraseSets/{phrase_set}`.
    pub fn new(project: &str, location: &str, phrase_set: &str) -> Result<Self, ParseError> {
        Raw::build(
            &PHRASE_SET,
            [Some(project), Some(location), Some(phrase_set)],
        )
        .map(Self)
    }

    /// The project id.
    pub fn project(&self) -> &str {
        self.0.id(0)
    }

    /// The location id (always present for phrase sets).
    pub fn location(&self) -> &str {
        self.0.id(1)
    }

    /// The phrase set id.
    pub fn phrase_set(&self) -> &str {
        self.0.id(2)
    }

    /// The location that holds this phrase set.
    pub fn parent(&self) -> LocationName {
        LocationName(self.0.prefix())
    }
}

impl LocationName {
    /// Builds the name of CX security settings in this location.
    pub fn cx_security_settings(
        &self,
        security_settings: &str,
    ) -> Result<CxSecuritySettingsName, ParseError> {
        Raw::build(
            &CX_SECURITY_SETTINGS,
            [
                Some(self.project()),
                Some(self.location()),
                Some(security_settings),
            ],
        )
        .map(CxSecuritySettingsName)
    }

    /// Builds the name of a phrase set in this location.
    pub fn phrase_set(&self, phrase_set: &str) -> Result<PhraseSetName, ParseError> {
        Raw::build(
            &PHRASE_SET,
            [
                Some(self.project()),
                Some(self.location()),
                Some(phrase_set),
            ],
        )
        .map(PhraseSetName)
    }
}
