//! `google.protobuf.Duration` as a decimal number of seconds with an `s` suffix, e.g. `"1.5s"`.

use std::fmt;

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};

use super::timestamp::{parse_fraction, push_fraction};
use crate::protobuf::Duration;

/// About 10,000 years, the largest magnitude a Duration may hold.
const MAX_SECONDS: i64 = 315_576_000_000;

/// Why a [`Duration`] could not be written, read or converted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DurationError(String);

impl fmt::Display for DurationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for DurationError {}

impl Duration {
    fn check(&self) -> Result<(), DurationError> {
        let sign_ok =
            (self.seconds >= 0 && self.nanos >= 0) || (self.seconds <= 0 && self.nanos <= 0);
        if self.seconds.abs() > MAX_SECONDS || self.nanos.abs() >= 1_000_000_000 || !sign_ok {
            return Err(DurationError(format!(
                "duration {{ seconds: {}, nanos: {} }} is out of range or mixes signs",
                self.seconds, self.nanos
            )));
        }
        Ok(())
    }

    /// Formats the canonical proto3 JSON text: seconds with 0, 3, 6 or 9 fractional digits and
    /// an `s` suffix.
    ///
    /// ```
    /// use dialogflow_types::protobuf::Duration;
    /// assert_eq!(Duration { seconds: 1, nanos: 500_000_000 }.to_json_string().unwrap(), "1.500s");
    /// assert_eq!(Duration { seconds: 0, nanos: -1_000 }.to_json_string().unwrap(), "-0.000001s");
    /// ```
    pub fn to_json_string(&self) -> Result<String, DurationError> {
        self.check()?;
        let mut out = String::new();
        if self.seconds < 0 || self.nanos < 0 {
            out.push('-');
        }
        out.push_str(&self.seconds.unsigned_abs().to_string());
        push_fraction(&mut out, self.nanos);
        out.push('s');
        Ok(out)
    }

    /// Parses the proto3 JSON text, e.g. `"3s"`, `"-0.25s"`, `"1.000000001s"`.
    pub fn parse_json_string(text: &str) -> Result<Duration, DurationError> {
        let err = || DurationError(format!("expected a duration like \"1.5s\", got {text:?}"));
        let body = text.strip_suffix('s').ok_or_else(err)?;
        let (negative, body) = match body.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, body),
        };
        let int_len = body.bytes().take_while(u8::is_ascii_digit).count();
        if int_len == 0 {
            return Err(err());
        }
        let seconds: i64 = body[..int_len].parse().map_err(|_| err())?;
        let nanos = match &body[int_len..] {
            "" => 0,
            frac => {
                let (nanos, rest) = frac
                    .strip_prefix('.')
                    .and_then(parse_fraction)
                    .ok_or_else(err)?;
                if !rest.is_empty() {
                    return Err(err());
                }
                nanos
            }
        };
        let d = if negative {
            Duration {
                seconds: -seconds,
                nanos: -nanos,
            }
        } else {
            Duration { seconds, nanos }
        };
        d.check()?;
        Ok(d)
    }
}

impl From<std::time::Duration> for Duration {
    /// Saturates at the largest Duration the type allows.
    fn from(d: std::time::Duration) -> Duration {
        match i64::try_from(d.as_secs()) {
            Ok(s) if s <= MAX_SECONDS => Duration {
                seconds: s,
                nanos: d.subsec_nanos() as i32,
            },
            _ => Duration {
                seconds: MAX_SECONDS,
                nanos: 0,
            },
        }
    }
}

impl TryFrom<Duration> for std::time::Duration {
    type Error = DurationError;

    /// Fails for negative or out-of-range durations.
    fn try_from(d: Duration) -> Result<std::time::Duration, DurationError> {
        d.check()?;
        if d.seconds < 0 || d.nanos < 0 {
            return Err(DurationError(format!("duration {d:?} is negative")));
        }
        Ok(std::time::Duration::new(d.seconds as u64, d.nanos as u32))
    }
}

impl Serialize for Duration {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let text = self.to_json_string().map_err(serde::ser::Error::custom)?;
        serializer.serialize_str(&text)
    }
}

impl<'de> Deserialize<'de> for Duration {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct DurationVisitor;
        impl Visitor<'_> for DurationVisitor {
            type Value = Duration;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a duration string such as \"1.5s\"")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Duration, E> {
                Duration::parse_json_string(v).map_err(E::custom)
            }
        }
        deserializer.deserialize_str(DurationVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_forms() {
        for (d, text) in [
            (
                Duration {
                    seconds: 0,
                    nanos: 0,
                },
                "0s",
            ),
            (
                Duration {
                    seconds: 3,
                    nanos: 0,
                },
                "3s",
            ),
            (
                Duration {
                    seconds: -1,
                    nanos: -500_000_000,
                },
                "-1.500s",
            ),
            (
                Duration {
                    seconds: 0,
                    nanos: 1,
                },
                "0.000000001s",
            ),
        ] {
            assert_eq!(d.to_json_string().unwrap(), text);
            assert_eq!(Duration::parse_json_string(text).unwrap(), d);
        }
        assert_eq!(
            Duration::parse_json_string("1.5s").unwrap(),
            Duration {
                seconds: 1,
                nanos: 500_000_000
            }
        );
        for bad in [
            "",
            "s",
            "1",
            "1.s",
            "-s",
            "1.5 s",
            "+1s",
            "1e3s",
            "99999999999999999999s",
            "315576000001s",
        ] {
            assert!(
                Duration::parse_json_string(bad).is_err(),
                "{bad:?} accepted"
            );
        }
        assert!(
            Duration {
                seconds: 1,
                nanos: -1
            }
            .to_json_string()
            .is_err()
        );
    }
}
