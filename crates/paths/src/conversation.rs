//! Conversations and what lives inside them: messages and participants.

use crate::grammar::{Raw, Spec};
use crate::macros::resource_name;
use crate::{ParentName, ParseError};

const CONVERSATION: Spec = Spec {
    collections: &["projects/", "locations/", "conversations/"],
    segments: &["{project}", "{location}", "{conversation}"],
    optional_location: true,
    suffix: "",
    optional_run: None,
    patterns: &[
        "projects/{project}/conversations/{conversation}",
        "projects/{project}/locations/{location}/conversations/{conversation}",
    ],
};

const MESSAGE: Spec = Spec {
    collections: &["projects/", "locations/", "conversations/", "messages/"],
    segments: &["{project}", "{location}", "{conversation}", "{message}"],
    optional_location: true,
    suffix: "",
    optional_run: None,
    patterns: &[
        "projects/{project}/conversations/{conversation}/messages/{message}",
        "projects/{project}/locations/{location}/conversations/{conversation}/messages/{message}",
    ],
};

const PARTICIPANT: Spec = Spec {
    collections: &["projects/", "locations/", "conversations/", "participants/"],
    segments: &["{project}", "{location}", "{conversation}", "{participant}"],
    optional_location: true,
    suffix: "",
    optional_run: None,
    patterns: &[
        "projects/{project}/conversations/{conversation}/participants/{participant}",
        "projects/{project}/locations/{location}/conversations/{conversation}/participants/{participant}",
    ],
};

resource_name! {
    /// A conversation, at project or location level.
    ///
    /// Accepts `projects/{project}/conversations/{conversation}` and
    /// `projects/{project}/locations/{location}/conversations/{conversation}`;
    /// both are the same type, with [`location`](Self::location) telling them apart.
    ///
    /// ```
    /// use dialogflow_paths::ConversationName;
    ///
    /// let name: ConversationName = "projects/p/locations/global/conversations/c-1".parse()?;
    /// assert_eq!(name.project(), "p");
    /// assert_eq!(name.location(), Some("global"));
    /// assert_eq!(name.conversation(), "c-1");
    /// assert_eq!(name.parent().as_str(), "projects/p/locations/global");
    ///
    /// let built = ConversationName::with_location("p", "global", "c-1")?;
    /// assert_eq!(built, name);
    /// assert_eq!(ConversationName::new("p", "c-1")?.to_string(), "projects/p/conversations/c-1");
    /// # Ok::<(), dialogflow_paths::ParseError>(())
    /// ```
    pub struct ConversationName(Raw<3>) = CONVERSATION;
}

impl ConversationName {
    /// Builds the project-level name `projects/{project}/conversations/{conversation}`.
    pub fn new(project: &str, conversation: &str) -> Result<Self, ParseError> {
        Raw::build(&CONVERSATION, [Some(project), None, Some(conversation)]).map(Self)
    }

    /// Builds the location-level name `projects/{project}/locations/{location}/conversations/{conversation}`.
    pub fn with_location(
        project: &str,
        location: &str,
        conversation: &str,
    ) -> Result<Self, ParseError> {
        Raw::build(
            &CONVERSATION,
            [Some(project), Some(location), Some(conversation)],
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

    /// The conversation id.
    pub fn conversation(&self) -> &str {
        self.0.id(2)
    }

    /// The project or location that holds this conversation.
    pub fn parent(&self) -> ParentName {
        ParentName(self.0.prefix())
    }

    /// Builds the name of a message in this conversation.
    ///
    /// ```
    /// use dialogflow_paths::ConversationName;
    ///
    /// let conversation = ConversationName::new("p", "c")?;
    /// assert_eq!(conversation.message("m")?.as_str(), "projects/p/conversations/c/messages/m");
    /// # Ok::<(), dialogflow_paths::ParseError>(())
    /// ```
    pub fn message(&self, message: &str) -> Result<MessageName, ParseError> {
        let [project, location, conversation] = self.0.ids();
        Raw::build(&MESSAGE, [project, location, conversation, Some(message)]).map(MessageName)
    }

    /// Builds the name of a participant in this conversation.
    pub fn participant(&self, participant: &str) -> Result<ParticipantName, ParseError> {
        let [project, location, conversation] = self.0.ids();
        Raw::build(
            &PARTICIPANT,
            [project, location, conversation, Some(participant)],
        )
        .map(ParticipantName)
    }
}

impl ParentName {
    /// Builds the name of a conversation under this project or location.
    ///
    /// ```
    /// use dialogflow_paths::ParentName;
    ///
    /// let parent: ParentName = "projects/p/locations/l".parse()?;
    /// assert_eq!(parent.conversation("c")?.as_str(), "projects/p/locations/l/conversations/c");
    /// # Ok::<(), dialogflow_paths::ParseError>(())
    /// ```
    pub fn conversation(&self, conversation: &str) -> Result<ConversationName, ParseError> {
        let [project, location] = self.0.ids();
        Raw::build(&CONVERSATION, [project, location, Some(conversation)]).map(ConversationName)
    }
}

resource_name! {
    /// A message inside a conversation, at project or location level.
    ///
    /// Accepts `projects/{project}/conversations/{conversation}/messages/{message}`
    /// and the same with `locations/{location}/` after the project.
    ///
    /// ```
    /// use dialogflow_paths::MessageName;
    ///
    /// let name: MessageName = "projects/p/locations/l/conversations/c/messages/m".parse()?;
    /// assert_eq!(name.message(), "m");
    /// assert_eq!(name.parent().as_str(), "projects/p/locations/l/conversations/c");
    /// assert_eq!(MessageName::new("p", "c", "m")?.location(), None);
    /// # Ok::<(), dialogflow_paths::ParseError>(())
    /// ```
    pub struct MessageName(Raw<4>) = MESSAGE;
}

impl MessageName {
    /// Builds the project-level name `projects/{project}/conversations/{conversation}/messages/{message}`.
    pub fn new(project: &str, conversation: &str, message: &str) -> Result<Self, ParseError> {
        Raw::build(
            &MESSAGE,
            [Some(project), None, Some(conversation), Some(message)],
        )
        .map(Self)
    }

    /// Builds the location-level name `projects/{project}/locations/{location}/conversations/{conversation}/messages/{message}`.
    pub fn with_location(
        project: &str,
        location: &str,
        conversation: &str,
        message: &str,
    ) -> Result<Self, ParseError> {
        Raw::build(
            &MESSAGE,
            [
                Some(project),
                Some(location),
                Some(conversation),
                Some(message),
            ],
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

    /// The id of the conversation holding the message.
    pub fn conversation(&self) -> &str {
        self.0.id(2)
    }

    /// The message id.
    pub fn message(&self) -> &str {
        self.0.id(3)
    }

    /// The conversation holding this message.
    pub fn parent(&self) -> ConversationName {
        ConversationName(self.0.prefix())
    }
}

resource_name! {
    /// A participant (human agent, virtual agent or end user) in a conversation, at project or location level.
    ///
    /// Accepts `projects/{project}/conversations/{conversation}/participants/{participant}`
    /// and the same with `locations/{location}/` after the project.
    ///
    /// ```
    /// use dialogflow_paths::ParticipantName;
    ///
    /// let name = ParticipantName::with_location("p", "l", "c", "agent-7")?;
    /// assert_eq!(name.as_str(), "projects/p/locations/l/conversations/c/participants/agent-7");
    /// assert_eq!(name.parent().conversation(), "c");
    /// # Ok::<(), dialogflow_paths::ParseError>(())
    /// ```
    pub struct ParticipantName(Raw<4>) = PARTICIPANT;
}

impl ParticipantName {
    /// Builds the project-level name `projects/{project}/conversations/{conversation}/participants/{participant}`.
    pub fn new(project: &str, conversation: &str, participant: &str) -> Result<Self, ParseError> {
        Raw::build(
            &PARTICIPANT,
            [Some(project), None, Some(conversation), Some(participant)],
        )
        .map(Self)
    }

    /// Builds the location-level name `projects/{project}/locations/{location}/conversations/{conversation}/participants/{participant}`.
    pub fn with_location(
        project: &str,
        location: &str,
        conversation: &str,
        participant: &str,
    ) -> Result<Self, ParseError> {
        Raw::build(
            &PARTICIPANT,
            [
                Some(project),
                Some(location),
                Some(conversation),
                Some(participant),
            ],
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

    /// The id of the conversation the participant takes part in.
    pub fn conversation(&self) -> &str {
        self.0.id(2)
    }

    /// The participant id.
    pub fn participant(&self) -> &str {
        self.0.id(3)
    }

    /// The conversation this participant takes part in.
    pub fn parent(&self) -> ConversationName {
        ConversationName(self.0.prefix())
    }
}
