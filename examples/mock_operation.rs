//! Unit-testing code that waits on a long-running operation, with
//! `MockConversationProfilesTransport` and Tokio's paused clock: no network, no emulator, no
//! real waiting.
//!
//! ```sh
//! cargo run --example mock_operation                       # the logic against a canned backend
//! cargo test -p dialogflow-examples --example mock_operation   # the unit tests below
//! ```
//!
//! The "application code" is [`enable_summaries`]: it turns on conversation summaries for the
//! human agent of a conversation profile. `SetSuggestionFeatureConfig` answers at once with a
//! running `google.longrunning.Operation`; the change is made when the operation is done, so
//! the function waits with `until_done()`, which polls `GetOperation` on a `PollingPolicy`.
//!
//! A mock of such a call answers twice: the RPC itself with a running operation, then
//! `GetOperation` (the `Operations` mixin, part of the same transport trait) with the
//! operation as each poll should see it, the last one done with its result packed in an
//! `Any`. On a paused clock (`#[tokio::test(start_paused = true)]`) the poller's waits take
//! no real time, and the test can check when each poll happened.

use std::sync::Arc;
use std::time::Duration;

use dialogflow_conversations::lro::PollingPolicy;
use dialogflow_conversations::{
    Code, ConversationProfilesClient, Error, MockConversationProfilesTransport,
};
use dialogflow_types::longrunning::{Operation, operation};
use dialogflow_types::protobuf::Any;
use dialogflow_types::v2::human_agent_assistant_config::{
    SuggestionConfig, SuggestionFeatureConfig,
};
use dialogflow_types::v2::participant::Role;
use dialogflow_types::v2::suggestion_feature::Type as FeatureType;
use dialogflow_types::v2::{
    ConversationProfile, HumanAgentAssistantConfig, SetSuggestionFeatureConfigOperationMetadata,
    SuggestionFeature,
};

// ---------------------------------------------------------------------------------------------
// Application code.
// ---------------------------------------------------------------------------------------------

/// How [`enable_summaries`] waits in production: first after 2 s, then twice as long each
/// time up to 30 s apart, and for at most 5 minutes.
pub fn production_policy() -> PollingPolicy {
    PollingPolicy::new()
        .with_initial_delay(Duration::from_secs(2))
        .with_multiplier(2.0)
        .with_max_delay(Duration::from_secs(30))
        .with_deadline(Duration::from_secs(300))
}

/// Turns on conversation summaries for the human agent of the profile `profile` and waits,
/// polling on `policy`, until the service has made the change. Returns the profile as the
/// operation left it.
///
/// An operation that fails returns its error; a profile that comes back without the feature
/// is an `INTERNAL` error, since the operation said it was done.
pub async fn enable_summaries(
    client: &ConversationProfilesClient,
    profile: &str,
    policy: PollingPolicy,
) -> Result<ConversationProfile, Error> {
    let updated = client
        .set_suggestion_feature_config(profile)
        .set_participant_role(Role::HumanAgent)
        .set_suggestion_feature_config(summaries())
        .with_polling_policy(policy)
        .until_done()
        .await?;
    if !has_summaries(&updated) {
        return Err(Error::new(
            Code::Internal,
            format!("{profile}: the operation finished but summaries are not enabled"),
        ));
    }
    Ok(updated)
}

/// The feature [`enable_summaries`] turns on.
fn summaries() -> SuggestionFeatureConfig {
    SuggestionFeatureConfig {
        suggestion_feature: Some(SuggestionFeature {
            r#type: FeatureType::ConversationSummarization as i32,
        }),
        ..Default::default()
    }
}

/// Whether the human agent of `profile` gets conversation summaries.
fn has_summaries(profile: &ConversationProfile) -> bool {
    profile
        .human_agent_assistant_config
        .as_ref()
        .and_then(|a| a.human_agent_suggestion_config.as_ref())
        .is_some_and(|c| {
            c.feature_configs.iter().any(|f| {
                f.suggestion_feature.as_ref().map(|s| s.r#type)
                    == Some(FeatureType::ConversationSummarization as i32)
            })
        })
}

// ---------------------------------------------------------------------------------------------
// Canned operations, as the service would return them.
// ---------------------------------------------------------------------------------------------

const PROFILE: &str = "projects/demo/conversationProfiles/support";
const OPERATION: &str = "projects/demo/operations/set-summaries-1";

/// The operation while it runs: no result yet, its metadata says what it changes.
fn running() -> Operation {
    let metadata = SetSuggestionFeatureConfigOperationMetadata {
        conversation_profile: PROFILE.to_string(),
        participant_role: Role::HumanAgent as i32,
        suggestion_feature_type: FeatureType::ConversationSummarization as i32,
        create_time: None,
    };
    Operation {
        name: OPERATION.to_string(),
        metadata: Some(Any::pack(&metadata)),
        done: false,
        result: None,
    }
}

/// The operation once done, with `result` (the changed profile, or an error).
fn finished(result: operation::Result) -> Operation {
    Operation {
        done: true,
        result: Some(result),
        ..running()
    }
}

/// The profile with summaries enabled for the human agent.
fn profile_with_summaries() -> ConversationProfile {
    ConversationProfile {
        name: PROFILE.to_string(),
        display_name: "Support".to_string(),
        human_agent_assistant_config: Some(HumanAgentAssistantConfig {
            human_agent_suggestion_config: Some(SuggestionConfig {
                feature_configs: vec![summaries()],
                ..Default::default()
            }),
            ..Default::default()
        }),
        ..Default::default()
    }
}

/// A backend whose operation is still running at the first poll and done at the second.
fn canned_backend() -> MockConversationProfilesTransport {
    let mut mock = MockConversationProfilesTransport::new();
    mock.expect_set_suggestion_feature_config()
        .returning(|_, _| Ok(running()));
    let mut polls = 0;
    mock.expect_get_operation().returning(move |_, _| {
        polls += 1;
        Ok(if polls < 2 {
            running()
        } else {
            finished(operation::Result::Response(Any::pack(
                &profile_with_summaries(),
            )))
        })
    });
    mock
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = ConversationProfilesClient::from_transport(Arc::new(canned_backend()));
    // The production policy would wait 2 s, then 4 s; the demo polls every 100 ms.
    let quick = PollingPolicy::new()
        .with_initial_delay(Duration::from_millis(100))
        .with_max_delay(Duration::from_millis(100));
    let profile = enable_summaries(&client, PROFILE, quick).await?;
    println!(
        "{}: summaries enabled for the human agent: {}",
        profile.name,
        has_summaries(&profile)
    );
    println!(
        "\nNow run its unit tests: cargo test -p dialogflow-examples --example mock_operation"
    );
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// The unit tests.
// ---------------------------------------------------------------------------------------------

#[cfg(test)]
mod tests {
    use std::sync::Mutex;

    use dialogflow_conversations::RetryPolicy;
    use dialogflow_types::rpc::Status;
    use tokio::time::Instant;

    use super::*;

    /// Expects exactly one SetSuggestionFeatureConfig, asking for summaries for the human
    /// agent of `PROFILE`, and answers with the running operation.
    fn expect_start(mock: &mut MockConversationProfilesTransport) {
        mock.expect_set_suggestion_feature_config()
            .withf(|request, _options| {
                request.conversation_profile == PROFILE
                    && request.participant_role == Role::HumanAgent as i32
                    && request.suggestion_feature_config == Some(summaries())
            })
            .times(1)
            .returning(|_, _| Ok(running()));
    }

    /// Answers each GetOperation of `OPERATION` with the next of `answers` (exactly that
    /// many polls are expected), and records the paused clock's time of each poll.
    fn expect_polls(
        mock: &mut MockConversationProfilesTransport,
        answers: Vec<Operation>,
    ) -> Arc<Mutex<Vec<Instant>>> {
        let times = Arc::new(Mutex::new(Vec::new()));
        let seen = times.clone();
        let mut answers = answers.into_iter();
        mock.expect_get_operation()
            .withf(|request, _| request.name == OPERATION)
            .times(answers.len())
            .returning(move |_, _| {
                seen.lock().unwrap().push(Instant::now());
                Ok(answers.next().expect("times() allows no more polls"))
            });
        times
    }

    /// Seconds from `start` to each poll.
    fn seconds_after(start: Instant, times: &Mutex<Vec<Instant>>) -> Vec<u64> {
        times
            .lock()
            .unwrap()
            .iter()
            .map(|t| (*t - start).as_secs())
            .collect()
    }

    fn client(mock: MockConversationProfilesTransport) -> ConversationProfilesClient {
        ConversationProfilesClient::from_transport(Arc::new(mock))
    }

    /// The production policy on a paused clock: three polls see the operation running, the
    /// fourth sees it done. The waits (2, 4, 8 and 16 s) pass on the test's clock only.
    #[tokio::test(start_paused = true)]
    async fn waits_until_the_operation_is_done() {
        let mut mock = MockConversationProfilesTransport::new();
        expect_start(&mut mock);
        let done = finished(operation::Result::Response(Any::pack(
            &profile_with_summaries(),
        )));
        let polls = expect_polls(&mut mock, vec![running(), running(), running(), done]);

        let real = std::time::Instant::now();
        let start = Instant::now();
        let profile = enable_summaries(&client(mock), PROFILE, production_policy())
            .await
            .unwrap();
        assert_eq!(profile, profile_with_summaries());
        // The polling cadence follows the policy: 2 s, then doubling.
        assert_eq!(seconds_after(start, &polls), [2, 6, 14, 30]);
        assert!(
            real.elapsed() < Duration::from_secs(5),
            "{:?}",
            real.elapsed()
        );
    }

    /// The operation's own error (a `google.rpc.Status`) is what the caller gets.
    #[tokio::test(start_paused = true)]
    async fn a_failed_operation_returns_its_error() {
        let mut mock = MockConversationProfilesTransport::new();
        expect_start(&mut mock);
        let failed = finished(operation::Result::Error(Status {
            code: Code::FailedPrecondition as i32,
            message: "summaries need a generator in this location".to_string(),
            details: Vec::new(),
        }));
        expect_polls(&mut mock, vec![running(), failed]);

        let err = enable_summaries(&client(mock), PROFILE, production_policy())
            .await
            .unwrap_err();
        assert_eq!(err.code(), Code::FailedPrecondition, "{err}");
        assert!(err.message().contains("generator"), "{err}");
    }

    /// A done operation whose profile lacks the feature is caught by the application code.
    #[tokio::test(start_paused = true)]
    async fn a_profile_without_the_feature_is_an_error() {
        let mut mock = MockConversationProfilesTransport::new();
        expect_start(&mut mock);
        let unchanged = ConversationProfile {
            name: PROFILE.to_string(),
            ..Default::default()
        };
        expect_polls(
            &mut mock,
            vec![finished(operation::Result::Response(Any::pack(&unchanged)))],
        );

        let err = enable_summaries(&client(mock), PROFILE, production_policy())
            .await
            .unwrap_err();
        assert_eq!(err.code(), Code::Internal, "{err}");
        assert!(err.message().contains("not enabled"), "{err}");
    }

    /// An operation that never finishes: after the policy's 5 minutes (on the test's
    /// clock) the caller gets DEADLINE_EXCEEDED, and the last poll was the last one that
    /// fitted in the deadline.
    #[tokio::test(start_paused = true)]
    async fn an_operation_that_never_finishes_hits_the_deadline() {
        let mut mock = MockConversationProfilesTransport::new();
        expect_start(&mut mock);
        // Waits of 2, 4, 8, 16 and then 30 s: polls at 2, 6, 14, 30, 60, 90, ... 300 s.
        let polls = expect_polls(&mut mock, vec![running(); 13]);

        let start = Instant::now();
        let err = enable_summaries(&client(mock), PROFILE, production_policy())
            .await
            .unwrap_err();
        assert_eq!(err.code(), Code::DeadlineExceeded, "{err}");
        assert!(err.message().contains(OPERATION), "{err}");
        let at = seconds_after(start, &polls);
        assert_eq!(at.last(), Some(&300), "{at:?}");
        assert_eq!(start.elapsed(), Duration::from_secs(300));
    }

    /// The poll goes through the client's retry policy like any call: an UNAVAILABLE poll
    /// is retried, and the caller never sees it.
    #[tokio::test(start_paused = true)]
    async fn a_poll_that_fails_once_is_retried() {
        let mut mock = MockConversationProfilesTransport::new();
        expect_start(&mut mock);
        let mut calls = 0;
        mock.expect_get_operation().times(2).returning(move |_, _| {
            calls += 1;
            if calls == 1 {
                Err(Error::new(Code::Unavailable, "connection reset"))
            } else {
                Ok(finished(operation::Result::Response(Any::pack(
                    &profile_with_summaries(),
                ))))
            }
        });
        let client = ConversationProfilesClient::builder()
            .with_custom_transport(Arc::new(mock))
            .with_retry(RetryPolicy::default().with_max_attempts(3))
            .build()
            .await
            .unwrap();

        let profile = enable_summaries(&client, PROFILE, production_policy())
            .await
            .unwrap();
        assert!(has_summaries(&profile));
    }

    /// `main`'s canned backend: running at the first poll, done at the second.
    #[tokio::test(start_paused = true)]
    async fn the_canned_backend_of_main() {
        let client = ConversationProfilesClient::from_transport(Arc::new(canned_backend()));
        let profile = enable_summaries(&client, PROFILE, production_policy())
            .await
            .unwrap();
        assert!(has_summaries(&profile));
    }
}
