//! The macro that gives every name type the same string-like behaviour.
//!
//! Only what is identical across types lives here (formatting, parsing,
//! conversions, serde). Constructors, accessors and `parent()` differ per
//! type and are written out next to each type.

/// Declares a name type over `Raw<N>` with the given spec, plus its common trait impls.
macro_rules! resource_name {
    (
        $(#[$attr:meta])*
        pub struct $name:ident(Raw<$n:literal>) = $spec:ident;
    ) => {
        $(#[$attr])*
        #[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(pub(crate) $crate::grammar::Raw<$n>);

        const _: () = assert!($spec.collections.len() == $n && $spec.segments.len() == $n);

        impl $name {
            /// Every pattern this type accepts, in the order they are listed by the API.
            pub const PATTERNS: &'static [&'static str] = $spec.patterns;

            /// Returns the full name as a string slice (no allocation).
            pub fn as_str(&self) -> &str {
                self.0.as_str()
            }

            /// Returns the full name as an owned `String`, reusing the name's buffer.
            pub fn into_string(self) -> String {
                self.0.into_string()
            }
        }

        impl $crate::grammar::Named<$n> for $name {
            const SPEC: &'static $crate::grammar::Spec = &$spec;

            fn raw(&self) -> &$crate::grammar::Raw<$n> {
                &self.0
            }

            fn from_raw(raw: $crate::grammar::Raw<$n>) -> Self {
                $name(raw)
            }
        }

        impl ::core::fmt::Display for $name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::core::fmt::Debug for $name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_tuple(stringify!($name)).field(&self.as_str()).finish()
            }
        }

        impl ::core::str::FromStr for $name {
            type Err = $crate::ParseError;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                $crate::grammar::Raw::parse_str(&$spec, s).map($name)
            }
        }

        impl TryFrom<&str> for $name {
            type Error = $crate::ParseError;

            fn try_from(s: &str) -> Result<Self, Self::Error> {
                s.parse()
            }
        }

        impl TryFrom<String> for $name {
            type Error = $crate::ParseError;

            /// Parses an owned string, keeping its buffer instead of copying it.
            fn try_from(s: String) -> Result<Self, Self::Error> {
                $crate::grammar::Raw::parse_string(&$spec, s).map($name)
            }
        }

        impl From<$name> for String {
            fn from(name: $name) -> String {
                name.into_string()
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                self.as_str()
            }
        }

        impl ::core::borrow::Borrow<str> for $name {
            fn borrow(&self) -> &str {
                self.as_str()
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                self.as_str() == other
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.as_str() == *other
            }
        }

        #[cfg(feature = "serde")]
        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        #[cfg(feature = "serde")]
        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct Visitor;

                impl ::serde::de::Visitor<'_> for Visitor {
                    type Value = $name;

                    fn expecting(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                        write!(f, "a string matching {}", $spec.patterns.join(" or "))
                    }

                    fn visit_str<E: ::serde::de::Error>(self, v: &str) -> Result<$name, E> {
                        v.parse().map_err(E::custom)
                    }

                    fn visit_string<E: ::serde::de::Error>(self, v: String) -> Result<$name, E> {
                        $name::try_from(v).map_err(E::custom)
                    }
                }

                deserializer.deserialize_str(Visitor)
            }
        }
    };
}

pub(crate) use resource_name;
