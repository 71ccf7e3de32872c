//! The quickstart's command line: its flags, and where they say the loop works.

/// The flags, each set when given.
#[derive(Debug, Default)]
pub struct Args {
    /// `--project`: run against Google, in this project.
    pub project: Option<String>,
    /// `--location`: the location of the endpoint and of what the loop makes.
    pub location: Option<String>,
    /// `--profile`: use this conversation profile instead of making one.
    pub profile: Option<String>,
    /// `--knowledge-base`: the knowledge base of articles for article suggestions.
    pub knowledge_base: Option<String>,
    /// `--audio`: a WAV recording for the spoken turn.
    pub audio: Option<String>,
}

const USAGE: &str = "usage: quickstart [--project P] [--location L] [--profile NAME] \
                     [--knowledge-base NAME] [--audio FILE.wav]";

/// Reads the flags of `args` (the program's arguments without its name).
pub fn parse_args(mut args: impl Iterator<Item = String>) -> Result<Args, String> {
    let mut parsed = Args::default();
    while let Some(flag) = args.next() {
        let mut value = || {
            args.next()
                .ok_or_else(|| format!("{flag} needs a value; {USAGE}"))
        };
        match flag.as_str() {
            "--project" => parsed.project = Some(value()?),
            "--location" => parsed.location = Some(value()?),
            "--profile" => parsed.profile = Some(value()?),
            "--knowledge-base" => parsed.knowledge_base = Some(value()?),
            "--audio" => parsed.audio = Some(value()?),
            "-h" | "--help" => return Err(USAGE.into()),
            other => return Err(format!("unknown argument {other:?}; {USAGE}")),
        }
    }
    Ok(parsed)
}

/// Where the loop works: the parent of the conversation (and of the profile it makes), and
/// the location, which picks the endpoint. With `--profile`, the profile's own parent.
pub fn where_to_work(args: &Args) -> Result<(String, String), String> {
    let project = args.project.as_deref().unwrap_or("quickstart-project");
    let location = args.location.as_deref().unwrap_or("global");
    let Some(profile) = &args.profile else {
        return Ok((
            format!("projects/{project}/locations/{location}"),
            location.into(),
        ));
    };
    let expected = || {
        format!(
            "--profile: expected projects/PROJECT/locations/LOCATION/conversationProfiles/ID, \
             got {profile:?}"
        )
    };
    let (parent, id) = profile
        .split_once("/conversationProfiles/")
        .ok_or_else(expected)?;
    let parts: Vec<&str> = parent.split('/').collect();
    let (profile_project, profile_location) = match parts[..] {
        ["projects", p] => (p, "global"),
        ["projects", p, "locations", l] => (p, l),
        _ => return Err(expected()),
    };
    if id.is_empty()
        || id.contains('/')
        || profile_project.is_empty()
        || profile_location.is_empty()
    {
        return Err(expected());
    }
    if args
        .project
        .as_deref()
        .is_some_and(|p| p != profile_project)
        || args
            .location
            .as_deref()
            .is_some_and(|l| l != profile_location)
    {
        return Err(format!(
            "--profile {profile} lives in project {profile_project}, location \
             {profile_location}; --project / --location name another place"
        ));
    }
    Ok((parent.to_string(), profile_location.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_line() {
        let parse = |line: &str| parse_args(line.split_whitespace().map(str::to_string));
        let args = parse("--project p --location europe-west1 --audio a.wav").unwrap();
        assert_eq!(args.project.as_deref(), Some("p"));
        assert_eq!(args.location.as_deref(), Some("europe-west1"));
        assert_eq!(args.audio.as_deref(), Some("a.wav"));
        let err = parse("--project").unwrap_err();
        assert!(err.starts_with("--project needs a value"), "{err}");
        let err = parse("--projekt p").unwrap_err();
        assert!(err.starts_with("unknown argument \"--projekt\""), "{err}");
        assert!(err.contains("usage: quickstart"), "{err}");

        // Where the loop works: the flags, or the given profile's own parent.
        let place = |line: &str| where_to_work(&parse(line).unwrap());
        assert_eq!(
            place("").unwrap(),
            (
                "projects/quickstart-project/locations/global".into(),
                "global".into()
            )
        );
        assert_eq!(
            place("--project p --location europe-west1").unwrap(),
            (
                "projects/p/locations/europe-west1".into(),
                "europe-west1".into()
            )
        );
        let profile = "--profile projects/p/locations/us-east1/conversationProfiles/x";
        assert_eq!(
            place(profile).unwrap(),
            ("projects/p/locations/us-east1".into(), "us-east1".into())
        );
        assert_eq!(
            place("--profile projects/p/conversationProfiles/x").unwrap(),
            ("projects/p".into(), "global".into())
        );
        let err = place(&format!("{profile} --location europe-west1")).unwrap_err();
        assert!(
            err.contains("lives in project p, location us-east1"),
            "{err}"
        );
        let err = place("--profile projects/p/conversations/x").unwrap_err();
        assert!(err.starts_with("--profile: expected projects/"), "{err}");
        assert!(place("--profile projects/p/conversationProfiles/").is_err());
    }
}
