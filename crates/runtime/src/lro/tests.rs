//! The poller against a scripted operation source, on tokio's paused clock.

use std::collections::VecDeque;
use std::sync::Mutex;

use dialogflow_types::location::Location;
use dialogflow_types::longrunning::GetOperationRequest;
use dialogflow_types::rpc::Status;
use futures::StreamExt;

use super::*;

type Op = Operation<Location, GetOperationRequest>;

/// Answers `get_operation` from a script and records every call.
#[derive(Default)]
struct Script {
    answers: Mutex<VecDeque<Result<longrunning::Operation, Error>>>,
    gets: Mutex<Vec<(String, tokio::time::Instant)>>,
    cancels: Mutex<Vec<String>>,
}

impl Script {
    fn new(answers: Vec<Result<longrunning::Operation, Error>>) -> Arc<Script> {
        Arc::new(Script {
            answers: Mutex::new(answers.into()),
            ..Script::default()
        })
    }

    fn gets(&self) -> usize {
        self.gets.lock().unwrap().len()
    }
}

impl OperationSource for Script {
    fn get_operation(
        &self,
        name: String,
    ) -> BoxFuture<'static, Result<longrunning::Operation, Error>> {
        self.gets
            .lock()
            .unwrap()
            .push((name, tokio::time::Instant::now()));
        let next = self.answers.lock().unwrap().pop_front();
        Box::pin(async move {
            next.unwrap_or_else(|| Err(Error::new(Code::Internal, "the script ran out")))
        })
    }

    fn cancel_operation(&self, name: String) -> BoxFuture<'static, Result<(), Error>> {
        self.cancels.lock().unwrap().push(name);
        Box::pin(async { Ok(()) })
    }
}

const NAME: &str = "projects/p/locations/global/operations/op-1";

fn running(step: &str) -> longrunning::Operation {
    longrunning::Operation {
        name: NAME.into(),
        metadata: Some(Any::pack(&GetOperationRequest { name: step.into() })),
        done: false,
        result: None,
    }
}

fn finished(display_name: &str) -> longrunning::Operation {
    longrunning::Operation {
        done: true,
        result: Some(operation::Result::Response(Any::pack(&Location {
            display_name: display_name.into(),
            ..Location::default()
        }))),
        ..running("done")
    }
}

fn failed(code: Code, message: &str) -> longrunning::Operation {
    longrunning::Operation {
        done: true,
        result: Some(operation::Result::Error(Status {
            code: code.as_i32(),
            message: message.into(),
            details: vec![],
        })),
        ..running("failed")
    }
}

fn fast() -> PollingPolicy {
    PollingPolicy::new()
        .with_initial_delay(Duration::from_secs(1))
        .with_multiplier(2.0)
        .with_max_delay(Duration::from_secs(4))
        .with_deadline(Duration::from_secs(60))
}

#[tokio::test(start_paused = true)]
async fn until_done_polls_on_the_policy_and_returns_the_typed_result() {
    let script = Script::new(vec![
        Ok(running("a")),
        Ok(running("b")),
        Ok(running("c")),
        Ok(finished("Iowa")),
    ]);
    let poller = Poller::new(script.clone(), Op::new(running("first"))).with_policy(fast());
    let start = tokio::time::Instant::now();
    let result = poller.until_done().await.unwrap();
    assert_eq!(result.display_name, "Iowa");
    assert_eq!(script.gets(), 4);
    // Waits of 1, 2, 4 and 4 seconds (capped): the polls happened at 1, 3, 7 and 11 s.
    let at: Vec<u64> = script
        .gets
        .lock()
        .unwrap()
        .iter()
        .map(|(name, t)| {
            assert_eq!(name, NAME);
            (*t - start).as_secs()
        })
        .collect();
    assert_eq!(at, vec![1, 3, 7, 11]);
}

#[tokio::test(start_paused = true)]
async fn progress_reports_each_metadata_then_the_outcome() {
    let script = Script::new(vec![Ok(running("b")), Ok(finished("Oregon"))]);
    let steps: Vec<_> = Poller::new(script, Op::new(running("a")))
        .with_policy(fast())
        .progress()
        .collect()
        .await;
    assert_eq!(steps.len(), 3, "{steps:?}");
    let seen: Vec<String> = steps
        .iter()
        .filter_map(|s| match s {
            Progress::Running(Some(m)) => Some(m.name.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(seen, ["a", "b"]);
    match &steps[2] {
        Progress::Done(Ok(location)) => assert_eq!(location.display_name, "Oregon"),
        other => panic!("expected the result, got {other:?}"),
    }
}

#[tokio::test(start_paused = true)]
async fn an_operation_that_failed_returns_its_status_as_the_error() {
    let script = Script::new(vec![Ok(failed(
        Code::FailedPrecondition,
        "no knowledge base",
    ))]);
    let err = Poller::<Location, GetOperationRequest>::resume(script.clone(), NAME)
        .with_policy(fast())
        .until_done()
        .await
        .unwrap_err();
    assert_eq!(err.code(), Code::FailedPrecondition);
    assert_eq!(err.message(), "no knowledge base");
    assert_eq!(err.kind(), ErrorKind::Status);
    // A resumed poller asks at once.
    assert_eq!(script.gets(), 1);
}

#[tokio::test(start_paused = true)]
async fn a_result_of_another_type_is_an_error_naming_both_types() {
    let mut wrong = finished("x");
    wrong.result = Some(operation::Result::Response(Any::pack(&Status::default())));
    let op = Op::new(wrong);
    let err = op.result().unwrap().unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Decode);
    let text = err.to_string();
    assert!(text.contains("google.rpc.Status"), "{text}");
    assert!(text.contains("google.cloud.location.Location"), "{text}");

    let mut wrong_metadata = running("a");
    wrong_metadata.metadata = Some(Any::pack(&Location::default()));
    let err = Op::new(wrong_metadata).metadata().unwrap_err();
    assert!(
        err.to_string()
            .contains("google.longrunning.GetOperationRequest"),
        "{err}"
    );
}

#[tokio::test(start_paused = true)]
async fn the_deadline_stops_polling_with_deadline_exceeded() {
    let script = Script::new((0..100).map(|_| Ok(running("slow"))).collect());
    let policy = fast().with_deadline(Duration::from_secs(10));
    let err = Poller::new(script.clone(), Op::new(running("a")))
        .with_policy(policy)
        .until_done()
        .await
        .unwrap_err();
    assert_eq!(err.code(), Code::DeadlineExceeded);
    assert!(err.message().contains(NAME), "{err}");
    // Polls at 1, 3 and 7 s; the next (at 11 s) would pass the 10 s deadline.
    assert_eq!(script.gets(), 3);
}

#[tokio::test(start_paused = true)]
async fn a_failed_poll_ends_the_poller_with_that_error() {
    let script = Script::new(vec![Err(Error::new(Code::PermissionDenied, "nope"))]);
    let mut poller = Poller::<Location, GetOperationRequest>::resume(script, NAME);
    match poller.next().await {
        Some(Progress::Done(Err(e))) => assert_eq!(e.code(), Code::PermissionDenied),
        other => panic!("expected the poll's error, got {other:?}"),
    }
    assert!(poller.next().await.is_none());
}

#[tokio::test(start_paused = true)]
async fn cancel_goes_to_the_source_with_the_name() {
    let script = Script::new(vec![Ok(failed(Code::Cancelled, "cancelled"))]);
    let poller = Poller::new(script.clone(), Op::new(running("a")));
    poller.cancel().await.unwrap();
    assert_eq!(*script.cancels.lock().unwrap(), vec![NAME.to_string()]);
    let err = poller.with_policy(fast()).until_done().await.unwrap_err();
    assert_eq!(err.code(), Code::Cancelled);
}

#[test]
fn the_policy_caps_and_ignores_a_shrinking_multiplier() {
    let policy = PollingPolicy::new()
        .with_initial_delay(Duration::from_millis(100))
        .with_multiplier(0.5)
        .with_max_delay(Duration::from_secs(1));
    assert_eq!(policy.delay(0), Duration::from_millis(100));
    assert_eq!(policy.delay(5), Duration::from_millis(100));
    let growing = policy.with_multiplier(10.0);
    assert_eq!(growing.delay(1), Duration::from_secs(1));
    assert_eq!(growing.delay(u32::MAX), Duration::from_secs(1));
}

#[test]
fn a_done_operation_without_an_outcome_is_an_error_not_an_empty_result() {
    let mut op = finished("x");
    op.result = None;
    let err = Op::new(op).result().unwrap().unwrap_err();
    assert!(err.message().contains("neither"), "{err}");
}

#[tokio::test(start_paused = true)]
async fn after_the_deadline_the_last_metadata_is_still_readable() {
    let script = Script::new(vec![Ok(running("b")), Ok(running("c")), Ok(running("d"))]);
    let policy = fast().with_deadline(Duration::from_secs(10));
    let mut poller = Poller::new(script.clone(), Op::new(running("a"))).with_policy(policy);
    let mut seen = Vec::new();
    let err = loop {
        match poller.next().await {
            Some(Progress::Running(Some(m))) => seen.push(m.name),
            Some(Progress::Done(Err(e))) => break e,
            other => panic!("expected progress or the deadline, got {other:?}"),
        }
    };
    assert_eq!(err.code(), Code::DeadlineExceeded);
    assert_eq!(seen, ["a", "b", "c", "d"]);
    // The operation as the last poll saw it, and its metadata, outlive the error.
    assert_eq!(poller.metadata().unwrap().unwrap().name, "d");
    let latest = poller.latest().unwrap();
    assert!(!latest.done());
    assert_eq!(latest.name(), NAME);
    assert!(poller.next().await.is_none());
    assert_eq!(script.gets(), 3);
}

#[tokio::test(start_paused = true)]
async fn the_first_step_reports_the_operation_the_rpc_returned_without_polling() {
    let script = Script::new(vec![Ok(finished("Ohio"))]);
    let mut poller = Poller::new(script.clone(), Op::new(running("a"))).with_policy(fast());
    match poller.next().await {
        Some(Progress::Running(Some(m))) => assert_eq!(m.name, "a"),
        other => panic!("expected the first operation's metadata, got {other:?}"),
    }
    assert_eq!(script.gets(), 0);
    // A done operation from the RPC is reported done at once, also without a poll.
    let done = Poller::new(script.clone(), Op::new(finished("Utah")));
    assert_eq!(done.until_done().await.unwrap().display_name, "Utah");
    assert_eq!(script.gets(), 0);
    match poller.next().await {
        Some(Progress::Done(Ok(location))) => assert_eq!(location.display_name, "Ohio"),
        other => panic!("expected the polled result, got {other:?}"),
    }
    assert_eq!(script.gets(), 1);
    assert!(poller.latest().unwrap().done());
}
