//! Collections that remember which of their keys changed since the last look.
//!
//! The state keeps every kind of record (conversations, operations, profiles) in one of these,
//! so the data file learns of a change without the service code having to report it: a write
//! can only go through a method that notes the key, and reads see the plain collection through
//! `Deref`. There is deliberately no `iter_mut` or `DerefMut`: a mutable walk over every record
//! would mark them all, and the next write to the data file would cost as much as the state.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Deref;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A `BTreeMap` that notes every key written or removed through it.
#[derive(Debug, Clone)]
pub(crate) struct TrackedMap<K: Ord, V> {
    map: BTreeMap<K, V>,
    changed: BTreeSet<K>,
}

impl<K: Ord, V> Default for TrackedMap<K, V> {
    fn default() -> Self {
        TrackedMap {
            map: BTreeMap::new(),
            changed: BTreeSet::new(),
        }
    }
}

impl<K: Ord + Clone, V> TrackedMap<K, V> {
    /// Inserts or replaces the value under `key`.
    pub(crate) fn insert(&mut self, key: K, value: V) -> Option<V> {
        self.changed.insert(key.clone());
        self.map.insert(key, value)
    }

    /// The value under `key`, for changing it (the key counts as changed if it exists).
    pub(crate) fn get_mut(&mut self, key: &K) -> Option<&mut V> {
        let value = self.map.get_mut(key)?;
        self.changed.insert(key.clone());
        Some(value)
    }

    /// Removes the value under `key`.
    pub(crate) fn remove(&mut self, key: &K) -> Option<V> {
        let value = self.map.remove(key)?;
        self.changed.insert(key.clone());
        Some(value)
    }

    /// The keys changed since the last call, oldest key first, and forgets them.
    pub(crate) fn take_changed(&mut self) -> BTreeSet<K> {
        std::mem::take(&mut self.changed)
    }
}

impl<K: Ord, V> Deref for TrackedMap<K, V> {
    type Target = BTreeMap<K, V>;

    fn deref(&self) -> &BTreeMap<K, V> {
        &self.map
    }
}

impl<K: Ord, V> From<BTreeMap<K, V>> for TrackedMap<K, V> {
    fn from(map: BTreeMap<K, V>) -> Self {
        TrackedMap {
            map,
            changed: BTreeSet::new(),
        }
    }
}

impl<K: Ord + Serialize, V: Serialize> Serialize for TrackedMap<K, V> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.map.serialize(serializer)
    }
}

impl<'de, K: Ord + Deserialize<'de>, V: Deserialize<'de>> Deserialize<'de> for TrackedMap<K, V> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        BTreeMap::deserialize(deserializer).map(TrackedMap::from)
    }
}

/// A `BTreeSet` that notes every member added or removed through it.
#[derive(Debug, Clone)]
pub(crate) struct TrackedSet<T: Ord> {
    set: BTreeSet<T>,
    changed: BTreeSet<T>,
}

impl<T: Ord> Default for TrackedSet<T> {
    fn default() -> Self {
        TrackedSet {
            set: BTreeSet::new(),
            changed: BTreeSet::new(),
        }
    }
}

impl<T: Ord + Clone> TrackedSet<T> {
    /// Adds `value`; true if it was not there.
    pub(crate) fn insert(&mut self, value: T) -> bool {
        let added = self.set.insert(value.clone());
        if added {
            self.changed.insert(value);
        }
        added
    }

    /// Removes `value`; true if it was there.
    pub(crate) fn remove(&mut self, value: &T) -> bool {
        let removed = self.set.remove(value);
        if removed {
            self.changed.insert(value.clone());
        }
        removed
    }

    /// The members added or removed since the last call, and forgets them.
    pub(crate) fn take_changed(&mut self) -> BTreeSet<T> {
        std::mem::take(&mut self.changed)
    }
}

impl<T: Ord> Deref for TrackedSet<T> {
    type Target = BTreeSet<T>;

    fn deref(&self) -> &BTreeSet<T> {
        &self.set
    }
}

impl<T: Ord> From<BTreeSet<T>> for TrackedSet<T> {
    fn from(set: BTreeSet<T>) -> Self {
        TrackedSet {
            set,
            changed: BTreeSet::new(),
        }
    }
}

impl<T: Ord + Serialize> Serialize for TrackedSet<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.set.serialize(serializer)
    }
}

impl<'de, T: Ord + Deserialize<'de>> Deserialize<'de> for TrackedSet<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        BTreeSet::deserialize(deserializer).map(TrackedSet::from)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_are_noted_and_reads_are_not() {
        let mut map: TrackedMap<u64, &str> = TrackedMap::default();
        map.insert(1, "a");
        map.insert(2, "b");
        assert_eq!(map.take_changed().into_iter().collect::<Vec<_>>(), [1, 2]);
        assert_eq!(map.get(&1), Some(&"a"));
        assert_eq!(map.values().count(), 2);
        assert!(map.take_changed().is_empty());
        *map.get_mut(&2).unwrap() = "c";
        assert!(map.get_mut(&9).is_none());
        map.remove(&1);
        assert_eq!(map.take_changed().into_iter().collect::<Vec<_>>(), [1, 2]);

        let mut set: TrackedSet<String> = TrackedSet::default();
        assert!(set.insert("p".into()));
        assert!(!set.insert("p".into()));
        assert_eq!(set.take_changed().len(), 1);
        assert!(set.remove(&"p".to_string()));
        assert_eq!(set.take_changed().len(), 1);
        assert!(set.is_empty());
    }
}
