//! Knowledge bases and the documents inside them.

use crate::grammar::{Raw, Spec};
use crate::macros::resource_name;
use crate::{ParentName, ParseError};

const KNOWLEDGE_BASE: Spec = Spec {
    collections: &["projects/", "locations/", "knowledgeBases/"],
    segments: &["{project}", "{location}", "{knowledge_base}"],
    optional_location: true,
    suffix: "",
    optional_run: None,
    patterns: &[
        "projects/{project}/knowledgeBases/{knowledge_base}",
        "projects/{project}/locations/{location}/knowledgeBases/{knowledge_base}",
    ],
};

const DOCUMENT: Spec = Spec {
    collections: &["projects/", "locations/", "knowledgeBases/", "documents/"],
    segments: &["{project}", "{location}", "{knowledge_base}", "{document}"],
    optional_location: true,
    suffix: "",
    optional_run: None,
    patterns: &[
        "projects/{project}/knowledgeBases/{knowledge_base}/documents/{document}",
        "projects/{project}/locations/{location}/knowledgeBases/{knowledge_base}/documents/{document}",
    ],
};

resource_name! {
    /// A knowledge base, at project or location level.
    ///
    /// Accepts `projects/{project}/knowledgeBases/{knowledge_base}` and the
    /// same with `locations/{location}/` after the project.
    ///
    /// ```
    /// use dialogflow_paths::KnowledgeBaseName;
    ///
    /// let name = KnowledgeBaseName::with_location("p", "l", "faq")?;
    /// assert_eq!(name.as_str(), "projects/p/locations/l/knowledgeBases/faq");
    /// assert_eq!(name.document("returns")?.document(), "returns");
    /// # Ok::<(), dialogflow_paths::ParseError>(())
    /// ```
    pub struct KnowledgeBaseName(Raw<3>) = KNOWLEDGE_BASE;
}

impl KnowledgeBaseName {
    /// Builds the project-level name `projects/{project}/knowledgeBases/{knowledge_base}`.
    pub fn new(project: &str, knowledge_base: &str) -> Result<Self, ParseError> {
        Raw::build(&KNOWLEDGE_BASE, [Some(project), None, Some(knowledge_base)]).map(Self)
    }

    /// Builds the location-level name `projects/{project}/locations/{location}/knowledgeBases/{knowledge_base}`.
    pub fn with_location(
        project: &str,
        location: &str,
        knowledge_base: &str,
    ) -> Result<Self, ParseError> {
        Raw::build(
            &KNOWLEDGE_BASE,
            [Some(project), Some(location), Some(knowledge_base)],
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

    /// The knowledge base id.
    pub fn knowledge_base(&self) -> &str {
        self.0.id(2)
    }

    /// The project or location that holds this knowledge base.
    pub fn parent(&self) -> ParentName {
        ParentName(self.0.prefix())
    }

    /// Builds the name of a document in this knowledge base.
    pub fn document(&self, document: &str) -> Result<DocumentName, ParseError> {
        let [project, location, knowledge_base] = self.0.ids();
        Raw::build(
            &DOCUMENT,
            [project, location, knowledge_base, Some(document)],
        )
        .map(DocumentName)
    }
}

impl ParentName {
    /// Builds the name of a knowledge base under this project or location.
    pub fn knowledge_base(&self, knowledge_base: &str) -> Result<KnowledgeBaseName, ParseError> {
        let [project, location] = self.0.ids();
        Raw::build(&KNOWLEDGE_BASE, [project, location, Some(knowledge_base)])
            .map(KnowledgeBaseName)
    }
}

resource_name! {
    /// A document inside a knowledge base, at project or location level.
    ///
    /// Accepts `projects/{project}/knowledgeBases/{knowledge_base}/documents/{document}`
    /// and the same with `locations/{location}/` after the project.
    ///
    /// ```
    /// use dialogflow_paths::DocumentName;
    ///
    /// let name: DocumentName = "projects/p/knowledgeBases/faq/documents/returns".parse()?;
    /// assert_eq!(name.knowledge_base(), "faq");
    /// assert_eq!(name.parent().as_str(), "projects/p/knowledgeBases/faq");
    /// # Ok::<(), dialogflow_paths::ParseError>(())
    /// ```
    pub struct DocumentName(Raw<4>) = DOCUMENT;
}

impl DocumentName {
    /// Builds the project-level name `projects/{project}/knowledgeBases/{knowledge_base}/documents/{document}`.
    pub fn new(project: &str, knowledge_base: &str, document: &str) -> Result<Self, ParseError> {
        Raw::build(
            &DOCUMENT,
            [Some(project), None, Some(knowledge_base), Some(document)],
        )
        .map(Self)
    }

    /// Builds the location-level name `projects/{project}/locations/{location}/knowledgeBases/{knowledge_base}/documents/{document}`.
    pub fn with_location(
        project: &str,
        location: &str,
        knowledge_base: &str,
        document: &str,
    ) -> Result<Self, ParseError> {
        Raw::build(
            &DOCUMENT,
            [
                Some(project),
                Some(location),
                Some(knowledge_base),
                Some(document),
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

    /// The id of the knowledge base holding the document.
    pub fn knowledge_base(&self) -> &str {
        self.0.id(2)
    }

    /// The document id.
    pub fn document(&self) -> &str {
        self.0.id(3)
    }

    /// The knowledge base holding this document.
    pub fn parent(&self) -> KnowledgeBaseName {
        KnowledgeBaseName(self.0.prefix())
    }
}
