//! `google.protobuf.FieldMask` as one string of comma-separated lowerCamelCase paths,
//! e.g. `"displayName,phoneNumber.phoneNumber"`.

use std::fmt;

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};

use crate::protobuf::FieldMask;

fn snake_to_camel(path: &str) -> Result<String, String> {
    let mut out = String::with_capacity(path.len());
    let mut upper = false;
    for c in path.chars() {
        if c == '_' {
            upper = true;
        } else if c.is_ascii_uppercase() {
            return Err(format!("field mask path {path:?} is not snake_case"));
        } else if upper {
            out.push(c.to_ascii_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    if upper {
        return Err(format!("field mask path {path:?} ends with '_'"));
    }
    Ok(out)
}

fn camel_to_snake(path: &str) -> String {
    let mut out = String::with_capacity(path.len() + 4);
    for c in path.chars() {
        if c.is_ascii_uppercase() {
            out.push('_');
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

impl Serialize for FieldMask {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let camel = self
            .paths
            .iter()
            .map(|p| snake_to_camel(p))
            .collect::<Result<Vec<_>, _>>()
            .map_err(serde::ser::Error::custom)?;
        serializer.serialize_str(&camel.join(","))
    }
}

impl<'de> Deserialize<'de> for FieldMask {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct MaskVisitor;
        impl Visitor<'_> for MaskVisitor {
            type Value = FieldMask;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a comma-separated list of field paths")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<FieldMask, E> {
                let paths = if v.is_empty() {
                    Vec::new()
                } else {
                    v.split(',').map(camel_to_snake).collect()
                };
                Ok(FieldMask { paths })
            }
        }
        deserializer.deserialize_str(MaskVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let mask = FieldMask {
            paths: vec!["display_name".into(), "phone_number.phone_number".into()],
        };
        let json = serde_json::to_string(&mask).unwrap();
        assert_eq!(json, r#""displayName,phoneNumber.phoneNumber""#);
        assert_eq!(serde_json::from_str::<FieldMask>(&json).unwrap(), mask);
        assert_eq!(
            serde_json::from_str::<FieldMask>(r#""""#).unwrap(),
            FieldMask::default()
        );
        assert!(
            serde_json::to_string(&FieldMask {
                paths: vec!["bad_".into()]
            })
            .is_err()
        );
    }
}
