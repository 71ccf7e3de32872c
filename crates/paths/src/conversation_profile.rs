//! Conversation profiles: the configuration a conversation is created with.

use crate::grammar::{Raw, Spec};
use crate::macros::resource_name;
use crate::{ParentName, ParseError};

const CONVERSATION_PROFILE: Spec = Spec {
    collections: &["projects/", "locations/", "conversationProfiles/"],
    segments: &["{project}", "{location}", "{conversation_profile}"],
    optional_location: true,
    suffix: "",
    optional_run: None,
    patterns: &[
        "projects/{project}/conversationProfiles/{conversation_profile}",
        "projects/{project}/locations/{location}/conversationProfiles/{conversation_profile}",
    ],
};

resource_name! {
    /// A conversation profile, at project or location level.
    ///
    /// Accepts `projects/{project}/conversationProfiles/{conversation_profile}`
    /// and the same with `locations/{location}/` after the project.
    ///
    /// ```
    /// use dialogflow_paths::ConversationProfileName;
    ///
    /// let name: ConversationProfileName = "projects/p/conversationProfiles/support".parse()?;
    /// assert_eq!(name.conversation_profile(), "support");
    /// assert_eq!(name.location(), None);
    /// assert_eq!(name.parent().as_str(), "projects/p");
    /// # Ok::<(), dialogflow_paths::ParseError>(())
    /// ```
    pub struct ConversationProfileName(Raw<3>) = CONVERSATION_PROFILE;
}

impl ConversationProfileName {
    /// Builds the project-level name `projects/{project}/conversationProfiles/{conversation_profile}`.
    pub fn new(project: &str, conversation_profile: &str) -> Result<Self, ParseError> {
        Raw::build(
            &CONVERSATION_PROFILE,
            [Some(project), None, Some(conversation_profile)],
        )
        .map(Self)
    }

    /// Builds the location-level name `projects/{project}/locations/{location}/conversationProfiles/{conversation_profile}`.
    pub fn with_location(
        project: &str,
        location: &str,
        conversation_profile: &str,
    ) -> Result<Self, ParseError> {
        Raw::build(
            &CONVERSATION_PROFILE,
            [Some(project), Some(location), Some(conversation_profile)],
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

    /// The conversation profile id.
    pub fn conversation_profile(&self) -> &str {
        self.0.id(2)
    }

    /// The project or location that holds this profile.
    pub fn parent(&self) -> ParentName {
        ParentName(self.0.prefix())
    }
}

impl ParentName {
    /// Builds the name of a conversation profile under this project or location.
    pub fn conversation_profile(
        &self,
        conversation_profile: &str,
    ) -> Result<ConversationProfileName, ParseError> {
        let [project, location] = self.0.ids();
        Raw::build(
            &CONVERSATION_PROFILE,
            [project, location, Some(conversation_profile)],
        )
        .map(ConversationProfileName)
    }
}
