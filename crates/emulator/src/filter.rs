//! Parsers for the `filter` strings of ListConversations and ListMessages.

use dialogflow_types::protobuf::Timestamp;
use dialogflow_types::v2::conversation::LifecycleState;

use crate::clock::micros_of_timestamp;
use crate::error::ApiError;

/// `lifecycle_state = "COMPLETED"` (or `!=`, quotes optional): `(equal, state)`.
pub(crate) fn parse_lifecycle_filter(filter: &str) -> Result<Option<(bool, i32)>, ApiError> {
    let f = filter.trim();
    if f.is_empty() {
        return Ok(None);
    }
    let bad = || {
        ApiError::invalid(
            "filter",
            format!(
                "only `lifecycle_state = \"IN_PROGRESS\"` or `lifecycle_state = \"COMPLETED\"` (or `!=`) is supported, got {filter:?}"
            ),
        )
    };
    let rest = f
        .strip_prefix("lifecycle_state")
        .ok_or_else(bad)?
        .trim_start();
    let (eq, value) = if let Some(v) = rest.strip_prefix("!=") {
        (false, v)
    } else if let Some(v) = rest.strip_prefix('=') {
        (true, v)
    } else {
        return Err(bad());
    };
    let value = value.trim();
    let value = value
        .strip_prefix('"')
        .and_then(|v| v.strip_suffix('"'))
        .unwrap_or(value);
    let state = LifecycleState::from_str_name(value).ok_or_else(bad)?;
    Ok(Some((eq, state as i32)))
}

/// One predicate of a ListMessages filter, on microseconds since the epoch.
#[derive(Debug, Clone, Copy)]
pub(crate) struct TimePredicate {
    op: Op,
    micros: i64,
    /// `create_time` compares at millisecond accuracy.
    millis: bool,
}

#[derive(Debug, Clone, Copy)]
pub(crate) enum Op {
    Lt,
    Le,
    Gt,
    Ge,
    Eq,
}

impl TimePredicate {
    pub(crate) fn matches(&self, micros: i64) -> bool {
        let (lhs, rhs) = if self.millis {
            (micros.div_euclid(1000), self.micros.div_euclid(1000))
        } else {
            (micros, self.micros)
        };
        match self.op {
            Op::Lt => lhs < rhs,
            Op::Le => lhs <= rhs,
            Op::Gt => lhs > rhs,
            Op::Ge => lhs >= rhs,
            Op::Eq => lhs == rhs,
        }
    }
}

/// Predicates on `create_time` / `create_time_epoch_microseconds` joined by `AND`.
pub(crate) fn parse_message_filter(filter: &str) -> Result<Vec<TimePredicate>, ApiError> {
    let f = filter.trim();
    if f.is_empty() {
        return Ok(Vec::new());
    }
    let mut out = Vec::new();
    for clause in f.split(" AND ") {
        let clause = clause.trim();
        let (field, rest, millis) = if let Some(r) =
            clause.strip_prefix("create_time_epoch_microseconds")
        {
            ("create_time_epoch_microseconds", r, false)
        } else if let Some(r) = clause.strip_prefix("create_time") {
            ("create_time", r, true)
        } else {
            return Err(ApiError::invalid(
                "filter",
                format!(
                    "only `create_time` and `create_time_epoch_microseconds` can be filtered on, got {clause:?}"
                ),
            ));
        };
        let rest = rest.trim_start();
        let (op, value) = [
            (">=", Op::Ge),
            ("<=", Op::Le),
            (">", Op::Gt),
            ("<", Op::Lt),
            ("=", Op::Eq),
        ]
        .iter()
        .find_map(|(s, op)| rest.strip_prefix(s).map(|v| (*op, v.trim())))
        .ok_or_else(|| {
            ApiError::invalid(
                "filter",
                format!("expected one of > >= < <= = after `{field}` in {clause:?}"),
            )
        })?;
        let value = value
            .strip_prefix('"')
            .and_then(|v| v.strip_suffix('"'))
            .unwrap_or(value);
        let micros = if millis {
            let t = Timestamp::parse_rfc3339(value)
                .map_err(|e| ApiError::invalid("filter", format!("`create_time` value: {e}")))?;
            micros_of_timestamp(&t)
        } else {
            value.parse::<i64>().map_err(|_| {
                ApiError::invalid(
                    "filter",
                    format!("`create_time_epoch_microseconds` needs an integer, got {value:?}"),
                )
            })?
        };
        out.push(TimePredicate { op, micros, millis });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters() {
        assert_eq!(
            parse_lifecycle_filter("lifecycle_state = \"COMPLETED\"").unwrap(),
            Some((true, 2))
        );
        assert_eq!(
            parse_lifecycle_filter("lifecycle_state!=IN_PROGRESS").unwrap(),
            Some((false, 1))
        );
        assert!(parse_lifecycle_filter("name = \"x\"").is_err());
        assert!(parse_lifecycle_filter("lifecycle_state = \"DONE\"").is_err());
        let p = parse_message_filter(
            "create_time_epoch_microseconds > 5 AND create_time <= \"1970-01-01T00:00:00.010Z\"",
        )
        .unwrap();
        assert_eq!(p.len(), 2);
        assert!(p[0].matches(6) && !p[0].matches(5));
        assert!(p[1].matches(10_999) && !p[1].matches(11_000));
        assert!(parse_message_filter("create_time ~ 3").is_err());
    }
}
