//! Answer records: the record the service keeps of each suggestion or answer it gave, which
//! a client names to send feedback on it.

use crate::grammar::{Raw, Spec};
use crate::macros::resource_name;
use crate::{ParentName, ParseError};

const ANSWER_RECORD: Spec = Spec {
    collections: &["projects/", "locations/", "answerRecords/"],
    segments: &["{project}", "{location}", "{answer_record}"],
    optional_location: true,
    suffix: "",
    optional_run: None,
    patterns: &[
        "projects/{project}/answerRecords/{answer_record}",
        "projects/{project}/locations/{location}/answerRecords/{answer_record}",
    ],
};

resource_name! {
    /// An answer record, at project or location level: what `AnalyzeContent` and the
    /// `Suggest*` RPCs attach to each suggestion (`answer_record`).
    ///
    /// Accepts `projects/{project}/answerRecords/{answer_record}` and the same with
    /// `locations/{location}/` after the project.
    ///
    /// ```
    /// use dialogflow_paths::AnswerRecordName;
    ///
    /// let name: AnswerRecordName = "projects/p/locations/global/answerRecords/r-1".parse()?;
    /// assert_eq!((name.location(), name.answer_record()), (Some("global"), "r-1"));
    /// assert_eq!(name.parent().as_str(), "projects/p/locations/global");
    /// assert_eq!(AnswerRecordName::new("p", "r-1")?.as_str(), "projects/p/answerRecords/r-1");
    /// # Ok::<(), dialogflow_paths::ParseError>(())
    /// ```
    pub struct AnswerRecordName(Raw<3>) = ANSWER_RECORD;
}

impl AnswerRecordName {
    /// Builds the project-level name `projects/{project}/answerRecords/{answer_record}`.
    pub fn new(project: &str, answer_record: &str) -> Result<Self, ParseError> {
        Raw::build(&ANSWER_RECORD, [Some(project), None, Some(answer_record)]).map(Self)
    }

    /// Builds the location-level name `projects/{project}/locations/{location}/answerRecords/{answer_record}`.
    pub fn with_location(
        project: &str,
        location: &str,
        answer_record: &str,
    ) -> Result<Self, ParseError> {
        Raw::build(
            &ANSWER_RECORD,
            [Some(project), Some(location), Some(answer_record)],
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

    /// The answer record id.
    pub fn answer_record(&self) -> &str {
        self.0.id(2)
    }

    /// The project or location that holds this record.
    pub fn parent(&self) -> ParentName {
        ParentName(self.0.prefix())
    }
}

impl ParentName {
    /// Builds the name of an answer record under this project or location.
    pub fn answer_record(&self, answer_record: &str) -> Result<AnswerRecordName, ParseError> {
        let [project, location] = self.0.ids();
        Raw::build(&ANSWER_RECORD, [project, location, Some(answer_record)]).map(AnswerRecordName)
    }
}
