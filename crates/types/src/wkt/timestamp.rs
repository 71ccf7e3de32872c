//! `google.protobuf.Timestamp` as an RFC 3339 string in UTC, e.g. `"2024-05-01T12:30:00.250Z"`.

use std::fmt;
use std::time::{SystemTime, UNIX_EPOCH};

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};

use crate::protobuf::Timestamp;

/// Seconds of 0001-01-01T00:00:00Z, the earliest instant a Timestamp may hold.
const MIN_SECONDS: i64 = -62_135_596_800;
/// Seconds of 9999-12-31T23:59:59Z, the latest instant a Timestamp may hold.
const MAX_SECONDS: i64 = 253_402_300_799;

/// Why a [`Timestamp`] could not be written, read or converted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimestampError(String);

impl fmt::Display for TimestampError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for TimestampError {}

impl Timestamp {
    /// Builds a timestamp from seconds and nanoseconds since the Unix epoch, checking the ranges
    /// the type allows (years 1 to 9999, `0 <= nanos < 1e9`).
    pub fn new(seconds: i64, nanos: i32) -> Result<Timestamp, TimestampError> {
        let t = Timestamp { seconds, nanos };
        t.check()?;
        Ok(t)
    }

    /// The current time.
    pub fn now() -> Timestamp {
        Timestamp::from(SystemTime::now())
    }

    fn check(&self) -> Result<(), TimestampError> {
        if !(MIN_SECONDS..=MAX_SECONDS).contains(&self.seconds) {
            return Err(TimestampError(format!(
                "timestamp seconds {} are outside years 0001 to 9999",
                self.seconds
            )));
        }
        if !(0..1_000_000_000).contains(&self.nanos) {
            return Err(TimestampError(format!(
                "timestamp nanos {} are outside 0..1000000000",
                self.nanos
            )));
        }
        Ok(())
    }

    /// Parses an RFC 3339 date-time such as `2024-05-01T12:30:00Z` or
    /// `2024-05-01T14:30:00.5+02:00`. Offsets are folded into UTC.
    ///
    /// ```
    /// use dialogflow_types::protobuf::Timestamp;
    /// let t = Timestamp::parse_rfc3339("1970-01-01T00:01:00.5Z").unwrap();
    /// assert_eq!((t.seconds, t.nanos), (60, 500_000_000));
    /// assert_eq!(t.to_rfc3339().unwrap(), "1970-01-01T00:01:00.500Z");
    /// ```
    pub fn parse_rfc3339(text: &str) -> Result<Timestamp, TimestampError> {
        parse(text).ok_or_else(|| {
            TimestampError(format!(
                "expected an RFC 3339 timestamp like \"2024-05-01T12:30:00Z\", got {text:?}"
            ))
        })?
    }

    /// Formats as RFC 3339 in UTC with a `Z` suffix and 0, 3, 6 or 9 fractional digits, the
    /// canonical proto3 JSON form.
    pub fn to_rfc3339(&self) -> Result<String, TimestampError> {
        self.check()?;
        let days = self.seconds.div_euclid(86_400);
        let secs_of_day = self.seconds.rem_euclid(86_400);
        let (year, month, day) = civil_from_days(days);
        let mut out = format!(
            "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}",
            secs_of_day / 3600,
            secs_of_day / 60 % 60,
            secs_of_day % 60
        );
        push_fraction(&mut out, self.nanos);
        out.push('Z');
        Ok(out)
    }
}

/// Appends `.fff`, `.ffffff` or `.fffffffff` (the shortest exact form), or nothing for zero.
pub(super) fn push_fraction(out: &mut String, nanos: i32) {
    let nanos = nanos.unsigned_abs();
    if nanos == 0 {
    } else if nanos.is_multiple_of(1_000_000) {
        out.push_str(&format!(".{:03}", nanos / 1_000_000));
    } else if nanos.is_multiple_of(1_000) {
        out.push_str(&format!(".{:06}", nanos / 1_000));
    } else {
        out.push_str(&format!(".{nanos:09}"));
    }
}

/// Reads 1 to 9 fractional digits (after the dot) as nanoseconds; returns the rest of the text.
pub(super) fn parse_fraction(text: &str) -> Option<(i32, &str)> {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 9 {
        return None;
    }
    let mut nanos: i32 = text[..digits].parse().ok()?;
    for _ in digits..9 {
        nanos *= 10;
    }
    Some((nanos, &text[digits..]))
}

fn parse(text: &str) -> Option<Result<Timestamp, TimestampError>> {
    let b = text.as_bytes();
    if b.len() < 20 || b[4] != b'-' || b[7] != b'-' || !matches!(b[10], b'T' | b't') {
        return None;
    }
    if b[13] != b':' || b[16] != b':' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<i64> {
        let s = text.get(r)?;
        s.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| s.parse().ok())?
    };
    let (year, month, day) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let (hour, minute, second) = (num(11..13)?, num(14..16)?, num(17..19)?);
    if !(1..=12).contains(&month) || day < 1 || day > days_in_month(year, month as u32) as i64 {
        return None;
    }
    if hour > 23 || minute > 59 || second > 59 || year < 1 {
        return None;
    }
    let mut rest = &text[19..];
    let mut nanos = 0;
    if let Some(frac) = rest.strip_prefix('.') {
        let (n, r) = parse_fraction(frac)?;
        nanos = n;
        rest = r;
    }
    let offset = match rest.as_bytes() {
        [b'Z' | b'z'] => 0,
        [sign @ (b'+' | b'-'), h1, h2, b':', m1, m2] => {
            let digits = [*h1, *h2, *m1, *m2];
            if !digits.iter().all(u8::is_ascii_digit) {
                return None;
            }
            let h = i64::from((h1 - b'0') * 10 + (h2 - b'0'));
            let m = i64::from((m1 - b'0') * 10 + (m2 - b'0'));
            if h > 23 || m > 59 {
                return None;
            }
            let total = h * 3600 + m * 60;
            if *sign == b'+' { total } else { -total }
        }
        _ => return None,
    };
    let seconds = days_from_civil(year, month as u32, day as u32) * 86_400
        + hour * 3600
        + minute * 60
        + second
        - offset;
    Some(Timestamp::new(seconds, nanos))
}

fn is_leap(year: i64) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let m = i64::from(month);
    let mp = if m > 2 { m - 3 } else { m + 9 };
    let doy = (153 * mp + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date of a day count since 1970-01-01 (inverse of [`days_from_civil`]).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

impl From<SystemTime> for Timestamp {
    fn from(time: SystemTime) -> Timestamp {
        match time.duration_since(UNIX_EPOCH) {
            Ok(d) => Timestamp {
                seconds: d.as_secs() as i64,
                nanos: d.subsec_nanos() as i32,
            },
            Err(e) => {
                let d = e.duration();
                let mut seconds = -(d.as_secs() as i64);
                let mut nanos = -(d.subsec_nanos() as i32);
                if nanos < 0 {
                    seconds -= 1;
                    nanos += 1_000_000_000;
                }
                Timestamp { seconds, nanos }
            }
        }
    }
}

impl TryFrom<Timestamp> for SystemTime {
    type Error = TimestampError;

    fn try_from(t: Timestamp) -> Result<SystemTime, TimestampError> {
        t.check()?;
        let offset = std::time::Duration::new(t.seconds.unsigned_abs(), 0);
        let base = if t.seconds >= 0 {
            UNIX_EPOCH.checked_add(offset)
        } else {
            UNIX_EPOCH.checked_sub(offset)
        };
        base.and_then(|b| b.checked_add(std::time::Duration::from_nanos(t.nanos as u64)))
            .ok_or_else(|| {
                TimestampError(format!(
                    "timestamp {t:?} does not fit this platform's SystemTime"
                ))
            })
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let text = self.to_rfc3339().map_err(serde::ser::Error::custom)?;
        serializer.serialize_str(&text)
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TimestampVisitor;
        impl Visitor<'_> for TimestampVisitor {
            type Value = Timestamp;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an RFC 3339 timestamp string")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Timestamp, E> {
                Timestamp::parse_rfc3339(v).map_err(E::custom)
            }
        }
        deserializer.deserialize_str(TimestampVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_round_trip_over_the_whole_range() {
        for days in (MIN_SECONDS / 86_400..=MAX_SECONDS / 86_400).step_by(997) {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
    }

    #[test]
    fn extremes() {
        assert_eq!(
            Timestamp {
                seconds: MIN_SECONDS,
                nanos: 0
            }
            .to_rfc3339()
            .unwrap(),
            "0001-01-01T00:00:00Z"
        );
        assert_eq!(
            Timestamp {
                seconds: MAX_SECONDS,
                nanos: 999_999_999
            }
            .to_rfc3339()
            .unwrap(),
            "9999-12-31T23:59:59.999999999Z"
        );
        assert!(
            Timestamp {
                seconds: MAX_SECONDS + 1,
                nanos: 0
            }
            .to_rfc3339()
            .is_err()
        );
        assert!(
            Timestamp {
                seconds: 0,
                nanos: -1
            }
            .to_rfc3339()
            .is_err()
        );
    }

    #[test]
    fn parses_offsets_and_rejects_garbage() {
        let t = Timestamp::parse_rfc3339("2024-02-29T01:00:00+01:00").unwrap();
        assert_eq!(t.to_rfc3339().unwrap(), "2024-02-29T00:00:00Z");
        for bad in [
            "",
            "2023-02-29T00:00:00Z",
            "2024-13-01T00:00:00Z",
            "2024-01-01 00:00:00Z",
            "2024-01-01T00:00:00",
            "2024-01-01T00:00:00.Z",
            "2024-01-01T00:00:00.0123456789Z",
            "2024-01-01T24:00:00Z",
            "2024-01-01T00:00:00+1:00",
            "２０２４-01-01T00:00:00Z",
        ] {
            assert!(
                Timestamp::parse_rfc3339(bad).is_err(),
                "{bad:?} was accepted"
            );
        }
    }

    #[test]
    fn system_time_round_trip() {
        let before = UNIX_EPOCH - std::time::Duration::from_millis(1500);
        let t = Timestamp::from(before);
        assert_eq!((t.seconds, t.nanos), (-2, 500_000_000));
        assert_eq!(SystemTime::try_from(t).unwrap(), before);
    }
}
