use super::*;
use crate::ErrorDetail;
use dialogflow_types::rpc::RetryInfo;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};

const TEST_RPC: RpcInfo = RpcInfo::new("Test", "test.v1.Tests", true);

/// `run` with one policy as both strategies.
async fn run_with<T, F, Fut>(
    policy: &RetryPolicy,
    deadline: Option<Instant>,
    f: F,
) -> Result<T, Error>
where
    F: FnMut(Attempt) -> Fut,
    Fut: Future<Output = Result<T, Error>>,
{
    run(policy, policy, TEST_RPC, deadline, f).await
}

fn unavailable() -> Error {
    Error::new(Code::Unavailable, "try again")
}

fn with_retry_info(code: Code, delay: Duration) -> Error {
    Error::new(code, "slow down").with_details([ErrorDetail::RetryInfo(RetryInfo {
        retry_delay: Some(delay.into()),
    })])
}

#[test]
fn default_is_the_service_config() {
    let p = RetryPolicy::default();
    assert_eq!(p.retryable_codes(), &[Code::Unavailable]);
    assert_eq!(p.initial_backoff(), Duration::from_millis(100));
    assert_eq!(p.multiplier(), 1.3);
    assert_eq!(p.max_backoff(), Duration::from_secs(60));
    assert_eq!(p.total_timeout(), Some(Duration::from_secs(60)));
    assert_eq!(p.max_attempts(), None);
    assert!(p.retries_enabled());
    let none = RetryPolicy::none();
    assert!(!none.retries_enabled());
    assert_eq!(none.max_attempts(), Some(1));
    for code in Code::ALL {
        assert_eq!(p.is_retryable(code), code == Code::Unavailable, "{code:?}");
        assert!(!none.is_retryable(code));
    }
}

#[test]
fn setters_clamp() {
    let p = RetryPolicy::default()
        .with_multiplier(0.5)
        .with_max_attempts(0);
    assert_eq!(p.multiplier(), 1.0);
    assert_eq!(p.max_attempts(), Some(1));
    assert_eq!(
        RetryPolicy::default()
            .with_multiplier(f64::NAN)
            .multiplier(),
        1.0
    );
}

#[test]
fn backoff_is_full_jitter_under_a_growing_ceiling() {
    let policy = RetryPolicy::default().with_jitter_seed(7);
    let mut backoff = policy.backoff();
    let mut ceiling = Duration::from_millis(100);
    let mut sum = Duration::ZERO;
    let n = 60;
    for i in 0..n {
        assert_eq!(backoff.ceiling(), ceiling, "step {i}");
        let d = backoff.next().unwrap();
        assert!(d < ceiling, "step {i}: {d:?} >= {ceiling:?}");
        sum += d.mul_f64(1.0 / ceiling.as_secs_f64());
        ceiling = ceiling.mul_f64(1.3).min(Duration::from_secs(60));
    }
    // The ceiling reaches the cap.
    assert_eq!(backoff.ceiling(), Duration::from_secs(60));
    // Delays are spread over the whole range: their mean fraction is near 1/2.
    let mean = sum.as_secs_f64() / n as f64;
    assert!((0.3..0.7).contains(&mean), "mean fraction {mean}");
}

#[test]
fn backoff_is_reproducible_with_a_seed() {
    let a: Vec<_> = RetryPolicy::default()
        .with_jitter_seed(1)
        .backoff()
        .take(10)
        .collect();
    let b: Vec<_> = RetryPolicy::default()
        .with_jitter_seed(1)
        .backoff()
        .take(10)
        .collect();
    let c: Vec<_> = RetryPolicy::default()
        .with_jitter_seed(2)
        .backoff()
        .take(10)
        .collect();
    assert_eq!(a, b);
    assert_ne!(a, c);
    // Unseeded policies differ from call to call.
    let d: Vec<_> = RetryPolicy::default().backoff().take(10).collect();
    let e: Vec<_> = RetryPolicy::default().backoff().take(10).collect();
    assert_ne!(d, e);
}

#[test]
fn backoff_table() {
    // (initial ms, multiplier, max ms, expected ceilings in ms)
    let table: &[(u64, f64, u64, &[u64])] = &[
        (100, 1.3, 60_000, &[100, 130, 169, 219]),
        (100, 2.0, 500, &[100, 200, 400, 500, 500]),
        (1000, 1.0, 60_000, &[1000, 1000, 1000]),
        (5000, 2.0, 1000, &[1000, 1000]),
    ];
    for (initial, mult, max, ceilings) in table {
        let mut b = RetryPolicy::default()
            .with_initial_backoff(Duration::from_millis(*initial))
            .with_multiplier(*mult)
            .with_max_backoff(Duration::from_millis(*max))
            .with_jitter_seed(3)
            .backoff();
        for want in *ceilings {
            assert_eq!(
                b.ceiling().as_millis() as u64,
                *want,
                "{initial} {mult} {max}"
            );
            b.next();
        }
    }
}

/// Scripted attempts: each call pops the next outcome and records what it was told.
struct Script {
    outcomes: Mutex<Vec<Result<u32, Error>>>,
    seen: Mutex<Vec<(Attempt, Instant)>>,
}

impl Script {
    fn new(mut outcomes: Vec<Result<u32, Error>>) -> Self {
        outcomes.reverse();
        Script {
            outcomes: Mutex::new(outcomes),
            seen: Mutex::new(Vec::new()),
        }
    }

    async fn call(&self, a: Attempt) -> Result<u32, Error> {
        self.seen.lock().unwrap().push((a, Instant::now()));
        self.outcomes
            .lock()
            .unwrap()
            .pop()
            .unwrap_or_else(|| Err(unavailable()))
    }

    fn attempts(&self) -> Vec<(Attempt, Instant)> {
        self.seen.lock().unwrap().clone()
    }
}

#[tokio::test(start_paused = true)]
async fn retries_unavailable_until_success() {
    let script = Script::new(vec![Err(unavailable()), Err(unavailable()), Ok(42)]);
    let policy = RetryPolicy::default().with_jitter_seed(11);
    let got = run_with(&policy, None, |a| script.call(a)).await;
    assert_eq!(got.unwrap(), 42);
    let seen = script.attempts();
    assert_eq!(seen.len(), 3);
    assert_eq!(
        seen.iter().map(|(a, _)| a.number).collect::<Vec<_>>(),
        vec![1, 2, 3]
    );
    // The sleeps are exactly the seeded backoffs.
    let expected: Vec<Duration> = policy.backoff().take(2).collect();
    // (Tokio's timer works in whole milliseconds and rounds a sleep up.)
    for i in 0..2 {
        let slept = seen[i + 1].1 - seen[i].1;
        assert!(
            slept >= expected[i] && slept <= expected[i] + Duration::from_millis(1),
            "{slept:?} vs {:?}",
            expected[i]
        );
    }
    // Each attempt's timeout is what is left of the 60 s total timeout.
    assert_eq!(seen[0].0.timeout, Some(Duration::from_secs(60)));
    assert_eq!(
        seen[2].0.timeout,
        Some(Duration::from_secs(60) - (seen[2].1 - seen[0].1))
    );
}

#[tokio::test(start_paused = true)]
async fn non_retryable_codes_are_not_retried() {
    for code in Code::ALL {
        if code == Code::Ok || code == Code::Unavailable {
            continue;
        }
        let script = Script::new(vec![Err(Error::new(code, "no")), Ok(1)]);
        let err = run_with(&RetryPolicy::default(), None, |a| script.call(a))
            .await
            .unwrap_err();
        assert_eq!(err.code(), code);
        assert_eq!(script.attempts().len(), 1, "{code:?}");
    }
}

#[tokio::test(start_paused = true)]
async fn custom_retryable_codes() {
    let policy = RetryPolicy::default()
        .with_retryable_codes([Code::ResourceExhausted, Code::Aborted])
        .with_jitter_seed(1);
    let script = Script::new(vec![
        Err(Error::new(Code::ResourceExhausted, "quota")),
        Err(Error::new(Code::Aborted, "conflict")),
        Err(unavailable()),
        Ok(5),
    ]);
    let err = run_with(&policy, None, |a| script.call(a))
        .await
        .unwrap_err();
    assert_eq!(err.code(), Code::Unavailable);
    assert_eq!(script.attempts().len(), 3);
}

#[tokio::test(start_paused = true)]
async fn none_makes_one_attempt() {
    let script = Script::new(vec![Err(unavailable()), Ok(1)]);
    let err = run_with(&RetryPolicy::none(), None, |a| script.call(a))
        .await
        .unwrap_err();
    assert_eq!(err.code(), Code::Unavailable);
    assert_eq!(script.attempts().len(), 1);
    assert_eq!(script.attempts()[0].0.timeout, None);
}

#[tokio::test(start_paused = true)]
async fn max_attempts_bounds_the_attempts() {
    let script = Script::new(vec![]);
    let policy = RetryPolicy::default().with_max_attempts(4);
    let err = run_with(&policy, None, |a| script.call(a))
        .await
        .unwrap_err();
    assert_eq!(err.code(), Code::Unavailable);
    assert_eq!(script.attempts().len(), 4);
}

#[tokio::test(start_paused = true)]
async fn gives_up_at_the_deadline_with_the_last_error() {
    for total in [
        Duration::from_millis(500),
        Duration::from_secs(3),
        Duration::from_secs(60),
    ] {
        let script = Script::new(vec![]);
        let start = Instant::now();
        let policy = RetryPolicy::default().with_total_timeout(Some(total));
        let err = run_with(&policy, None, |a| script.call(a))
            .await
            .unwrap_err();
        // The last error, unchanged.
        assert_eq!(err.code(), Code::Unavailable);
        assert_eq!(err.message(), "try again");
        // It never slept past the deadline, and tried more than once.
        assert!(start.elapsed() < total, "{total:?}: {:?}", start.elapsed());
        assert!(script.attempts().len() > 1, "{total:?}");
    }
}

#[tokio::test(start_paused = true)]
async fn the_shorter_of_deadline_and_total_timeout_wins() {
    let script = Script::new(vec![]);
    let start = Instant::now();
    let deadline = start + Duration::from_secs(2);
    let err = run_with(&RetryPolicy::default(), Some(deadline), |a| script.call(a))
        .await
        .unwrap_err();
    assert_eq!(err.code(), Code::Unavailable);
    assert!(Instant::now() < deadline);
    assert_eq!(script.attempts()[0].0.timeout, Some(Duration::from_secs(2)));
}

#[tokio::test(start_paused = true)]
async fn a_hanging_attempt_is_cut_at_the_deadline() {
    let start = Instant::now();
    let deadline = start + Duration::from_secs(5);
    let err = run_with(&RetryPolicy::default(), Some(deadline), |_| async {
        std::future::pending::<Result<(), Error>>().await
    })
    .await
    .unwrap_err();
    assert_eq!(err.code(), Code::DeadlineExceeded);
    assert!(err.is_timeout());
    assert_eq!(start.elapsed(), Duration::from_secs(5));
}

#[tokio::test(start_paused = true)]
async fn a_passed_deadline_makes_no_attempt() {
    let script = Script::new(vec![Ok(1)]);
    let err = run_with(&RetryPolicy::default(), Some(Instant::now()), |a| {
        script.call(a)
    })
    .await
    .unwrap_err();
    assert_eq!(err.code(), Code::DeadlineExceeded);
    assert!(err.message().contains("Test"));
    assert!(script.attempts().is_empty());
}

#[tokio::test(start_paused = true)]
async fn retry_info_delay_is_honoured() {
    let script = Script::new(vec![
        Err(with_retry_info(Code::Unavailable, Duration::from_secs(7))),
        Ok(9),
    ]);
    let got = run_with(&RetryPolicy::default(), None, |a| script.call(a)).await;
    assert_eq!(got.unwrap(), 9);
    let seen = script.attempts();
    assert_eq!(seen[1].1 - seen[0].1, Duration::from_secs(7));
}

#[tokio::test(start_paused = true)]
async fn retry_info_can_be_ignored() {
    let script = Script::new(vec![
        Err(with_retry_info(Code::Unavailable, Duration::from_secs(7))),
        Ok(9),
    ]);
    let policy = RetryPolicy::default().with_honor_retry_info(false);
    run_with(&policy, None, |a| script.call(a)).await.unwrap();
    let seen = script.attempts();
    assert!(seen[1].1 - seen[0].1 < Duration::from_millis(100));
}

#[tokio::test(start_paused = true)]
async fn retry_info_past_the_deadline_gives_up_at_once() {
    let script = Script::new(vec![
        Err(with_retry_info(Code::Unavailable, Duration::from_secs(90))),
        Ok(9),
    ]);
    let start = Instant::now();
    let err = run_with(&RetryPolicy::default(), None, |a| script.call(a))
        .await
        .unwrap_err();
    assert_eq!(err.retry_delay(), Some(Duration::from_secs(90)));
    assert_eq!(start.elapsed(), Duration::ZERO);
    assert_eq!(script.attempts().len(), 1);
}

#[tokio::test(start_paused = true)]
async fn retry_info_does_not_make_a_code_retryable() {
    let script = Script::new(vec![
        Err(with_retry_info(
            Code::ResourceExhausted,
            Duration::from_secs(1),
        )),
        Ok(9),
    ]);
    let err = run_with(&RetryPolicy::default(), None, |a| script.call(a))
        .await
        .unwrap_err();
    assert_eq!(err.code(), Code::ResourceExhausted);
    assert_eq!(script.attempts().len(), 1);
}

#[test]
fn conversation_ids_fit_the_api_rule_and_differ() {
    let mut seen = std::collections::HashSet::new();
    for _ in 0..1000 {
        let id = new_conversation_id();
        assert_eq!(id.len(), 27);
        assert!(id.starts_with(|c: char| c.is_ascii_alphabetic()));
        assert!(
            id.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        );
        assert!(seen.insert(id));
    }
}

#[tokio::test(start_paused = true)]
async fn a_retry_cut_by_the_deadline_reports_the_error_that_caused_it() {
    let calls = AtomicU64::new(0);
    let start = Instant::now();
    let err = run_with(
        &RetryPolicy::default().with_initial_backoff(Duration::from_millis(1)),
        Some(start + Duration::from_secs(1)),
        |_| {
            let n = calls.fetch_add(1, Ordering::Relaxed);
            async move {
                if n == 0 {
                    Err(unavailable())
                } else {
                    std::future::pending::<Result<(), Error>>().await
                }
            }
        },
    )
    .await
    .unwrap_err();
    assert_eq!(err.code(), Code::Unavailable);
    assert_eq!(err.message(), "try again");
    assert_eq!(start.elapsed(), Duration::from_secs(1));
    assert_eq!(calls.load(Ordering::Relaxed), 2);
}

/// A subscriber that keeps every span and event field it sees, as text.
#[derive(Default)]
struct Capture {
    lines: Mutex<Vec<String>>,
    next: AtomicU64,
}

struct Fields<'a>(&'a mut String);

impl tracing::field::Visit for Fields<'_> {
    fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
        self.0.push_str(&format!(" {}={:?}", field.name(), value));
    }
}

impl tracing::Subscriber for Capture {
    fn enabled(&self, _: &tracing::Metadata<'_>) -> bool {
        true
    }
    fn new_span(&self, attrs: &tracing::span::Attributes<'_>) -> tracing::span::Id {
        let mut line = format!("span {}", attrs.metadata().name());
        attrs.record(&mut Fields(&mut line));
        self.lines.lock().unwrap().push(line);
        tracing::span::Id::from_u64(self.next.fetch_add(1, Ordering::Relaxed) + 1)
    }
    fn record(&self, _: &tracing::span::Id, values: &tracing::span::Record<'_>) {
        let mut line = "record".to_string();
        values.record(&mut Fields(&mut line));
        self.lines.lock().unwrap().push(line);
    }
    fn record_follows_from(&self, _: &tracing::span::Id, _: &tracing::span::Id) {}
    fn event(&self, event: &tracing::Event<'_>) {
        let mut line = "event".to_string();
        event.record(&mut Fields(&mut line));
        self.lines.lock().unwrap().push(line);
    }
    fn enter(&self, _: &tracing::span::Id) {}
    fn exit(&self, _: &tracing::span::Id) {}
}

#[tokio::test(start_paused = true)]
async fn spans_per_call_and_per_attempt() {
    let capture = std::sync::Arc::new(Capture::default());
    let _guard = tracing::subscriber::set_default(capture.clone());
    let script = Script::new(vec![Err(unavailable()), Ok(3)]);
    let policy = RetryPolicy::default();
    let rpc = RpcInfo::new("GetConversation", "test.v1.Tests", true);
    run(&policy, &policy, rpc, None, |a| script.call(a))
        .await
        .unwrap();
    let text = capture.lines.lock().unwrap().join("\n");
    assert!(
        text.contains("span dialogflow.call method=\"GetConversation\""),
        "{text}"
    );
    assert!(text.contains("span dialogflow.attempt attempt=1"), "{text}");
    assert!(text.contains("span dialogflow.attempt attempt=2"), "{text}");
    assert!(text.contains("code=\"UNAVAILABLE\""), "{text}");
    assert!(text.contains("code=\"OK\""), "{text}");
    assert!(text.contains("attempts=2"), "{text}");
    assert!(text.contains("latency_ms="), "{text}");
    assert!(text.contains("retrying"), "{text}");
}

#[test]
fn the_backoff_strategy_draws_what_the_iterator_draws() {
    let policy = RetryPolicy::default().with_jitter_seed(42);
    let err = unavailable();
    for (n, expected) in policy.backoff().take(40).enumerate() {
        let context = RetryContext::new(TEST_RPC, n as u32 + 1, Duration::ZERO);
        assert_eq!(policy.delay(&context, &err), expected, "retry {}", n + 1);
    }
    // A server's RetryInfo wins, unless the policy ignores it.
    let asked = with_retry_info(Code::Unavailable, Duration::from_secs(7));
    let context = RetryContext::new(TEST_RPC, 1, Duration::ZERO);
    assert_eq!(policy.delay(&context, &asked), Duration::from_secs(7));
    let ignoring = policy.clone().with_honor_retry_info(false);
    assert!(ignoring.delay(&context, &asked) < Duration::from_millis(100));
}

/// Retries what failed before it was sent, and `UNAVAILABLE` of idempotent calls only;
/// records what it was shown.
#[derive(Debug, Default)]
struct Careful {
    seen: Mutex<Vec<(u32, ErrorKind, bool)>>,
}

impl RetryStrategy for Careful {
    fn should_retry(&self, context: &RetryContext, error: &Error) -> bool {
        self.seen
            .lock()
            .unwrap()
            .push((context.attempt, error.kind(), context.rpc.idempotent()));
        error.kind().before_sending()
            || (error.code() == Code::Unavailable && context.rpc.idempotent())
    }
}

#[derive(Debug)]
struct Fixed(Duration);

impl BackoffStrategy for Fixed {
    fn delay(&self, _: &RetryContext, _: &Error) -> Duration {
        self.0
    }
}

#[tokio::test(start_paused = true)]
async fn a_custom_strategy_sees_the_kind_and_the_idempotency() {
    let refused = || {
        Error::local(
            Code::Unavailable,
            ErrorKind::Connect,
            "cannot connect to h:1",
        )
    };
    let careful = Careful::default();
    let backoff = Fixed(Duration::from_millis(250));
    let post = RpcInfo::new("CreateThing", "test.v1.Tests", false);

    // Not idempotent: a refused connection is retried, a server's UNAVAILABLE is not.
    let script = Script::new(vec![Err(refused()), Err(unavailable()), Ok(1)]);
    let err = run(&careful, &backoff, post, None, |a| script.call(a))
        .await
        .unwrap_err();
    assert_eq!(
        (err.code(), err.kind()),
        (Code::Unavailable, ErrorKind::Status)
    );
    assert_eq!(
        *careful.seen.lock().unwrap(),
        [
            (1, ErrorKind::Connect, false),
            (2, ErrorKind::Status, false)
        ]
    );
    let seen = script.attempts();
    assert_eq!(seen.len(), 2);
    assert_eq!(seen[1].1 - seen[0].1, Duration::from_millis(250));

    // Idempotent: both are retried.
    careful.seen.lock().unwrap().clear();
    let script = Script::new(vec![Err(refused()), Err(unavailable()), Ok(1)]);
    let got = run(&careful, &backoff, TEST_RPC, None, |a| script.call(a)).await;
    assert_eq!(got.unwrap(), 1);
    assert_eq!(careful.seen.lock().unwrap().len(), 2);
}
