//! The emulator's clock: real time plus an offset that tests move forward.

use std::sync::Mutex;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use dialogflow_types::protobuf::Timestamp;

/// A clock that runs at real speed from a chosen start and can be advanced by hand.
#[derive(Debug)]
pub(crate) struct Clock {
    start: SystemTime,
    started: Instant,
    offset: Mutex<Duration>,
}

impl Clock {
    pub(crate) fn new(start: Option<SystemTime>) -> Self {
        Clock {
            start: start.unwrap_or_else(SystemTime::now),
            started: Instant::now(),
            offset: Mutex::new(Duration::ZERO),
        }
    }

    pub(crate) fn now_system(&self) -> SystemTime {
        let offset = *self.offset.lock().unwrap_or_else(|e| e.into_inner());
        self.start + self.started.elapsed() + offset
    }

    /// Microseconds since the Unix epoch.
    pub(crate) fn now_micros(&self) -> i64 {
        micros_of(self.now_system())
    }

    pub(crate) fn advance(&self, by: Duration) {
        let mut offset = self.offset.lock().unwrap_or_else(|e| e.into_inner());
        *offset = offset.saturating_add(by);
    }

    /// Moves the clock forward so that it reads at least `micros` (used after loading a data
    /// file, so time never runs backwards across a restart).
    pub(crate) fn not_before(&self, micros: i64) {
        let now = self.now_micros();
        if micros > now {
            self.advance(Duration::from_micros((micros - now) as u64));
        }
    }
}

pub(crate) fn micros_of(t: SystemTime) -> i64 {
    match t.duration_since(UNIX_EPOCH) {
        Ok(d) => d.as_micros() as i64,
        Err(e) => -(e.duration().as_micros() as i64),
    }
}

pub(crate) fn timestamp_of_micros(micros: i64) -> Timestamp {
    Timestamp {
        seconds: micros.div_euclid(1_000_000),
        nanos: (micros.rem_euclid(1_000_000) * 1000) as i32,
    }
}

pub(crate) fn micros_of_timestamp(t: &Timestamp) -> i64 {
    t.seconds
        .saturating_mul(1_000_000)
        .saturating_add(i64::from(t.nanos) / 1000)
}
