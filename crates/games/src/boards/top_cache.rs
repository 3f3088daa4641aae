//! The best rows of each board, kept by a replica for [`FRESH_FOR`]: a class of children
//! opening their board together costs one read of the sorted set a second, not one each. A
//! round finished on this replica clears the boards it raised, so a child sees their new
//! score at once; other replicas show it within [`FRESH_FOR`].

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

pub const FRESH_FOR: Duration = Duration::from_secs(1);
/// Boards kept at most; past it the cache starts again empty.
const MAX_BOARDS: usize = 20_000;

type Rows = Arc<Vec<(i64, i64)>>;

#[derive(Default)]
pub struct TopCache(Mutex<HashMap<String, (Instant, usize, Rows)>>);

impl TopCache {
    /// The first `n` rows of `key` if this replica read at least that many within
    /// [`FRESH_FOR`].
    pub fn get(&self, key: &str, n: usize) -> Option<Rows> {
        let map = self.0.lock().expect("top cache lock");
        match map.get(key) {
            Some((at, read, rows)) if *read >= n && at.elapsed() < FRESH_FOR => Some(rows.clone()),
            _ => None,
        }
    }

    pub fn put(&self, key: &str, n: usize, rows: Rows) {
        let mut map = self.0.lock().expect("top cache lock");
        if map.len() >= MAX_BOARDS {
            map.clear();
        }
        map.insert(key.to_string(), (Instant::now(), n, rows));
    }

    pub fn forget(&self, keys: impl IntoIterator<Item = String>) {
        let mut map = self.0.lock().expect("top cache lock");
        for key in keys {
            map.remove(&key);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_reused_only_when_enough_were_read_and_forgotten_on_change() {
        let cache = TopCache::default();
        cache.put("b", 100, Arc::new(vec![(1, 50)]));
        assert!(cache.get("b", 100).is_some());
        assert!(cache.get("b", 300).is_none(), "fewer rows read than asked");
        cache.forget(["b".to_string()]);
        assert!(cache.get("b", 10).is_none());
    }
}
