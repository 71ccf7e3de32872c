//! Names shared by all Google Cloud APIs: project, location, organization,
//! folder and billing account, plus [`ParentName`] for "a project, or a
//! location inside one".

use crate::ParseError;
use crate::grammar::{Raw, Spec};
use crate::macros::resource_name;

const PROJECT: Spec = Spec {
    collections: &["projects/"],
    segments: &["{project}"],
    optional_location: false,
    suffix: "",
    optional_run: None,
    patterns: &["projects/{project}"],
};

const LOCATION: Spec = Spec {
    collections: &["projects/", "locations/"],
    segments: &["{project}", "{location}"],
    optional_location: false,
    suffix: "",
    optional_run: None,
    patterns: &["projects/{project}/locations/{location}"],
};

const PARENT: Spec = Spec {
    collections: &["projects/", "locations/"],
    segments: &["{project}", "{location}"],
    optional_location: true,
    suffix: "",
    optional_run: None,
    patterns: &[
        "projects/{project}",
        "projects/{project}/locations/{location}",
    ],
};

const ORGANIZATION: Spec = Spec {
    collections: &["organizations/"],
    segments: &["{organization}"],
    optional_location: false,
    suffix: "",
    optional_run: None,
    patterns: &["organizations/{organization}"],
};

const FOLDER: Spec = Spec {
    collections: &["folders/"],
    segments: &["{folder}"],
    optional_location: false,
    suffix: "",
    optional_run: None,
    patterns: &["folders/{folder}"],
};

const BILLING_ACCOUNT: Spec = Spec {
    collections: &["billingAccounts/"],
    segments: &["{billing_account}"],
    optional_location: false,
    suffix: "",
    optional_run: None,
    patterns: &["billingAccounts/{billing_account}"],
};

resource_name! {
    /// A Google Cloud project: `projects/{project}`.
    ///
    /// ```
    /// use dialogflow_paths::ProjectName;
    ///
    /// let project = ProjectName::new("my-project")?;
    /// assert_eq!(project.to_string(), "projects/my-project");
    /// assert_eq!("projects/my-project".parse::<ProjectName>()?, project);
    /// # Ok::<(), dialogflow_paths::ParseError>(())
    /// ```
    pub struct ProjectName(Raw<1>) = PROJECT;
}

impl ProjectName {
    /// Builds `projects/{project}`, rejecting an empty id or one containing `/`.
    pub fn new(project: &str) -> Result<Self, ParseError> {
        Raw::build(&PROJECT, [Some(project)]).map(Self)
    }

    /// The project id.
    pub fn project(&self) -> &str {
        self.0.id(0)
    }
}

resource_name! {
    /// A location (region) inside a project: `projects/{project}/locations/{location}`.
    ///
    /// The location is required here; use [`ParentName`] where a location may be left out.
    ///
    /// ```
    /// use dialogflow_paths::LocationName;
    ///
    /// let location = LocationName::new("my-project", "europe-west3")?;
    /// assert_eq!(location.as_str(), "projects/my-project/locations/europe-west3");
    /// assert_eq!(location.parent().as_str(), "projects/my-project");
    /// # Ok::<(), dialogflow_paths::ParseError>(())
    /// ```
    pub struct LocationName(Raw<2>) = LOCATION;
}

impl LocationName {
    /// Builds `projects/{project}/locations/{location}`, rejecting empty ids or ids containing `/`.
    pub fn new(project: &str, location: &str) -> Result<Self, ParseError> {
        Raw::build(&LOCATION, [Some(project), Some(location)]).map(Self)
    }

    /// The project id.
    pub fn project(&self) -> &str {
        self.0.id(0)
    }

    /// The location id, such as `global` or `us-central1`.
    pub fn location(&self) -> &str {
        self.0.id(1)
    }

    /// The project this location belongs to.
    pub fn parent(&self) -> ProjectName {
        ProjectName(self.0.prefix())
    }
}

resource_name! {
    /// The container of top-level Dialogflow resources: a project, optionally narrowed to a location.
    ///
    /// Conversations, conversation profiles, knowledge bases and operations
    /// exist both directly under a project and under a location; this type
    /// stands for either kind of container, so code can take one parent type
    /// and read [`location`](Self::location) as an `Option`.
    ///
    /// ```
    /// use dialogflow_paths::{LocationName, ParentName, ProjectName};
    ///
    /// let global: ParentName = "projects/p".parse()?;
    /// assert_eq!(global.location(), None);
    ///
    /// let regional = ParentName::with_location("p", "us-central1")?;
    /// assert_eq!(regional.as_str(), "projects/p/locations/us-central1");
    ///
    /// // Both common names convert into it without allocating.
    /// assert_eq!(ParentName::from(ProjectName::new("p")?), global);
    /// assert_eq!(ParentName::from(LocationName::new("p", "us-central1")?), regional);
    /// # Ok::<(), dialogflow_paths::ParseError>(())
    /// ```
    pub struct ParentName(Raw<2>) = PARENT;
}

impl ParentName {
    /// Builds the project-level parent `projects/{project}`.
    pub fn new(project: &str) -> Result<Self, ParseError> {
        Raw::build(&PARENT, [Some(project), None]).map(Self)
    }

    /// Builds the location-level parent `projects/{project}/locations/{location}`.
    pub fn with_location(project: &str, location: &str) -> Result<Self, ParseError> {
        Raw::build(&PARENT, [Some(project), Some(location)]).map(Self)
    }

    /// The project id.
    pub fn project(&self) -> &str {
        self.0.id(0)
    }

    /// The location id, or `None` for a project-level parent.
    pub fn location(&self) -> Option<&str> {
        self.0.optional_id(1)
    }

    /// The project part alone, as a [`ProjectName`].
    pub fn project_name(&self) -> ProjectName {
        ProjectName(self.0.prefix())
    }

    /// The parent as a [`LocationName`], or `None` for a project-level parent.
    pub fn location_name(&self) -> Option<LocationName> {
        self.location().map(|_| LocationName(self.0.clone()))
    }
}

impl From<ProjectName> for ParentName {
    fn from(project: ProjectName) -> Self {
        ParentName(project.0.widen())
    }
}

impl From<LocationName> for ParentName {
    fn from(location: LocationName) -> Self {
        ParentName(location.0.widen())
    }
}

resource_name! {
    /// A Google Cloud organization: `organizations/{organization}`.
    ///
    /// ```
    /// use dialogflow_paths::OrganizationName;
    ///
    /// let org = OrganizationName::new("123456")?;
    /// assert_eq!(org.as_str(), "organizations/123456");
    /// assert_eq!(org.organization(), "123456");
    /// # Ok::<(), dialogflow_paths::ParseError>(())
    /// ```
    pub struct OrganizationName(Raw<1>) = ORGANIZATION;
}

impl OrganizationName {
    /// Builds `organizations/{organization}`, rejecting an empty id or one containing `/`.
    pub fn new(organization: &str) -> Result<Self, ParseError> {
        Raw::build(&ORGANIZATION, [Some(organization)]).map(Self)
    }

    /// The organization id.
    pub fn organization(&self) -> &str {
        self.0.id(0)
    }
}

resource_name! {
    /// A resource-manager folder: `folders/{folder}`.
    ///
    /// ```
    /// use dialogflow_paths::FolderName;
    ///
    /// let folder: FolderName = "folders/42".parse()?;
    /// assert_eq!(folder.folder(), "42");
    /// # Ok::<(), dialogflow_paths::ParseError>(())
    /// ```
    pub struct FolderName(Raw<1>) = FOLDER;
}

impl FolderName {
    /// Builds `folders/{folder}`, rejecting an empty id or one containing `/`.
    pub fn new(folder: &str) -> Result<Self, ParseError> {
        Raw::build(&FOLDER, [Some(folder)]).map(Self)
    }

    /// The folder id.
    pub fn folder(&self) -> &str {
        self.0.id(0)
    }
}

resource_name! {
    /// A Cloud Billing account: `billingAccounts/{billing_account}`.
    ///
    /// ```
    /// use dialogflow_paths::BillingAccountName;
    ///
    /// let account = BillingAccountName::new("0123AB-4567CD-89EF01")?;
    /// assert_eq!(account.as_str(), "billingAccounts/0123AB-4567CD-89EF01");
    /// # Ok::<(), dialogflow_paths::ParseError>(())
    /// ```
    pub struct BillingAccountName(Raw<1>) = BILLING_ACCOUNT;
}

impl BillingAccountName {
    /// Builds `billingAccounts/{billing_account}`, rejecting an empty id or one containing `/`.
    pub fn new(billing_account: &str) -> Result<Self, ParseError> {
        Raw::build(&BILLING_ACCOUNT, [Some(billing_account)]).map(Self)
    }

    /// The billing account id.
    pub fn billing_account(&self) -> &str {
        self.0.id(0)
    }
}
