//! One synthesis per phrase at a time in this process: when a class opens the same card at
//! once, the first request makes the audio and the others wait for it and read it from the
//! cache, instead of each starting espeak-ng and an encoder.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, Weak};

use tokio::sync::{Mutex as TurnLock, OwnedMutexGuard};

/// Locks by cache key; entries go away when nobody holds or waits for them.
#[derive(Default)]
pub struct InFlight {
    locks: Mutex<HashMap<String, Weak<TurnLock<()>>>>,
}

impl InFlight {
    /// Waits until no other request of this process is making `key`, then holds it until the
    /// guard is dropped.
    pub async fn turn(&self, key: &str) -> OwnedMutexGuard<()> {
        let lock = {
            let mut locks = self.locks.lock().unwrap_or_else(|e| e.into_inner());
            // Dead entries are dropped as new keys come, so the map stays as small as the
            // number of phrases being made right now.
            locks.retain(|_, w| w.strong_count() > 0);
            match locks.get(key).and_then(Weak::upgrade) {
                Some(lock) => lock,
                None => {
                    let lock = Arc::new(TurnLock::new(()));
                    locks.insert(key.to_string(), Arc::downgrade(&lock));
                    lock
                }
            }
        };
        lock.lock_owned().await
    }

    /// How many keys are being made or waited for (for tests).
    pub fn len(&self) -> usize {
        let locks = self.locks.lock().unwrap_or_else(|e| e.into_inner());
        locks.values().filter(|w| w.strong_count() > 0).count()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::InFlight;

    #[tokio::test]
    async fn the_same_key_waits_and_another_key_does_not() {
        let flight = InFlight::default();
        let first = flight.turn("a").await;
        let other =
            tokio::time::timeout(std::time::Duration::from_millis(50), flight.turn("b")).await;
        assert!(other.is_ok(), "another phrase is not held up");
        let same =
            tokio::time::timeout(std::time::Duration::from_millis(50), flight.turn("a")).await;
        assert!(same.is_err(), "the same phrase waits");
        drop(first);
        drop(other);
        let again = flight.turn("a").await;
        drop(again);
        assert!(flight.is_empty());
    }
}
