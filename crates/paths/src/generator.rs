//! Generators: the LLM-backed suggestion and summary configurations.

use crate::grammar::{Raw, Spec};
use crate::macros::resource_name;
use crate::{LocationName, ParseError};

const GENERATOR: Spec = Spec {
    collections: &["projects/", "locations/", "generators/"],
    segments: &["{project}", "{location}", "{generator}"],
    optional_location: false,
    suffix: "",
    optional_run: None,
    patterns: &["projects/{project}/locations/{location}/generators/{generator}"],
};

resource_name! {
    /// A generator: `projects/{project}/locations/{location}/generators/{generator}`.
    ///
    /// Unlike most Dialogflow names, generators only exist at location level,
    /// so [`location`](Self::location) is a plain `&str` and the parent is a [`LocationName`].
    ///
    /// ```
    /// use dialogflow_paths::GeneratorName;
    ///
    /// let name = GeneratorName::new("p", "global", "summarizer")?;
    /// assert_eq!(name.as_str(), "projects/p/locations/global/generators/summarizer");
    /// assert_eq!(name.parent().location(), "global");
    /// assert!("projects/p/generators/summarizer".parse::<GeneratorName>().is_err());
    /// # Ok::<(), dialogflow_paths::ParseError>(())
    /// ```
    pub struct GeneratorName(Raw<3>) = GENERATOR;
}

impl GeneratorName {
    /// Builds `projects/{project}/locations/{location}/generators/{generator}`.
    pub fn new(project: &str, location: &str, generator: &str) -> Result<Self, ParseError> {
        Raw::build(&GENERATOR, [Some(project), Some(location), Some(generator)]).map(Self)
    }

    /// The project id.
    pub fn project(&self) -> &str {
        self.0.id(0)
    }

    /// The location id (always present for generators).
    pub fn location(&self) -> &str {
        self.0.id(1)
    }

    /// The generator id.
    pub fn generator(&self) -> &str {
        self.0.id(2)
    }

    /// The location that holds this generator.
    pub fn parent(&self) -> LocationName {
        LocationName(self.0.prefix())
    }
}

impl LocationName {
    /// Builds the name of a generator in this location.
    pub fn generator(&self, generator: &str) -> Result<GeneratorName, ParseError> {
        Raw::build(
            &GENERATOR,
            [Some(self.project()), Some(self.location()), Some(generator)],
        )
        .map(GeneratorName)
    }
}
