//! Long-running operations, as returned by the Operations mixin.

use crate::grammar::{Raw, Spec};
use crate::macros::resource_name;
use crate::{ParentName, ParseError};

const OPERATION: Spec = Spec {
    collections: &["projects/", "locations/", "operations/"],
    segments: &["{project}", "{location}", "{operation}"],
    optional_location: true,
    suffix: "",
    optional_run: None,
    patterns: &[
        "projects/{project}/operations/{operation}",
        "projects/{project}/locations/{location}/operations/{operation}",
    ],
};

resource_name! {
    /// A long-running operation, at project or location level.
    ///
    /// Accepts `projects/{project}/operations/{operation}` and the same with
    /// `locations/{location}/` after the project, as used by the
    /// `GetOperation`, `CancelOperation` and `ListOperations` calls.
    ///
    /// ```
    /// use dialogflow_paths::OperationName;
    ///
    /// let name: OperationName = "projects/p/locations/l/operations/op-1".parse()?;
    /// assert_eq!(name.operation(), "op-1");
    /// assert_eq!(name.parent().location(), Some("l"));
    /// # Ok::<(), dialogflow_paths::ParseError>(())
    /// ```
    pub struct OperationName(Raw<3>) = OPERATION;
}

impl OperationName {
    /// Builds the project-level name `projects/{project}/operations/{operation}`.
    pub fn new(project: &str, operation: &str) -> Result<Self, ParseError> {
        Raw::build(&OPERATION, [Some(project), None, Some(operation)]).map(Self)
    }

    /// Builds the location-level name `projects/{project}/locations/{location}/operations/{operation}`.
    pub fn with_location(
        project: &str,
        location: &str,
        operation: &str,
    ) -> Result<Self, ParseError> {
        Raw::build(&OPERATION, [Some(project), Some(location), Some(operation)]).map(Self)
    }

    /// The project id.
    pub fn project(&self) -> &str {
        self.0.id(0)
    }

    /// The location id, or `None` for a project-level name.
    pub fn location(&self) -> Option<&str> {
        self.0.optional_id(1)
    }

    /// The operation id.
    pub fn operation(&self) -> &str {
        self.0.id(2)
    }

    /// The project or location that owns this operation (the `name` of a `ListOperations` call).
    pub fn parent(&self) -> ParentName {
        ParentName(self.0.prefix())
    }
}

impl ParentName {
    /// Builds the name of an operation under this project or location.
    pub fn operation(&self, operation: &str) -> Result<OperationName, ParseError> {
        let [project, location] = self.0.ids();
        Raw::build(&OPERATION, [project, location, Some(operation)]).map(OperationName)
    }
}
