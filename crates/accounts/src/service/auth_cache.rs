//! The access-token check without a database round trip on every request.
//!
//! Each replica keeps the live access tokens it has seen (by hash: user, session, expiry) and
//! the users behind them. Whatever ends a session or changes a user (logout, blocking, a new
//! password, a role, a profile) calls [`changed`] after its transaction commits: the change is
//! applied here at once and published on the bus, so every other replica drops the same
//! entries as soon as Redis brings the message.
//!
//! Three rules keep a stale entry from being served:
//! - a lookup that read the database before a change arrived does not store what it read
//!   (a counter of applied changes is compared before and after);
//! - while the bus cannot hear other replicas (Redis pub/sub down) nothing is read from or
//!   stored in the cache, and entries stored before an outage are not used after it;
//! - an entry lives at most [`TTL_MS`], so a change made where no message could be sent (the
//!   command line on SQLite without Redis) still reaches every replica within that time.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, RwLock, Weak};

use kernel::bus::{Bus, Received};
use kernel::AppState;

use crate::store::users::UserRow;

/// The longest an entry is trusted without asking the database again.
pub const TTL_MS: i64 = 30_000;
/// Tokens (and users) kept at most; the cache starts again empty when full.
const MAX_ENTRIES: usize = 20_000;
/// The bus topic changes travel on.
pub const TOPIC: &str = "accounts.auth";

/// What changed, as far as signed-in callers are concerned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    /// The user's row (role, status, block, name, password…) or all of their sessions.
    User(i64),
    /// One login session ended.
    Session(i64),
}

impl Change {
    fn encode(self) -> String {
        match self {
            Change::User(id) => format!("u{id}"),
            Change::Session(id) => format!("s{id}"),
        }
    }

    fn decode(text: &[u8]) -> Option<Change> {
        let text = std::str::from_utf8(text).ok()?;
        let (kind, id) = text.split_at_checked(1)?;
        let id = id.parse().ok()?;
        match kind {
            "u" => Some(Change::User(id)),
            "s" => Some(Change::Session(id)),
            _ => None,
        }
    }
}

/// A live access token as the database described it.
#[derive(Clone, Copy, Debug)]
pub struct TokenEntry {
    pub user_id: i64,
    pub session_id: i64,
    pub expires_at: i64,
}

/// When a lookup began: entries read from the database after it may be stored only if nothing
/// changed meanwhile.
#[derive(Clone, Copy, Debug)]
pub struct Stamp {
    changes: u64,
    link: u64,
}

struct Stored<T> {
    value: T,
    stored_at: i64,
    link: u64,
}

#[derive(Default)]
struct Maps {
    tokens: HashMap<String, Stored<TokenEntry>>,
    users: HashMap<i64, Stored<Arc<UserRow>>>,
}

/// One replica's cache of access tokens and their users.
pub struct AuthCache {
    bus: Bus,
    maps: RwLock<Maps>,
    changes: AtomicU64,
}

impl AuthCache {
    pub fn new(bus: Bus) -> Arc<Self> {
        Arc::new(Self {
            bus,
            maps: RwLock::new(Maps::default()),
            changes: AtomicU64::new(0),
        })
    }

    /// Starts hearing other replicas' changes; returns once subscribed.
    pub async fn listen(self: &Arc<Self>) {
        let mut subscription = self.bus.subscribe(TOPIC).await;
        let cache: Weak<Self> = Arc::downgrade(self);
        tokio::spawn(async move {
            while let Some(received) = subscription.recv().await {
                let Some(cache) = cache.upgrade() else { break };
                match received {
                    Received::Message(bytes) => match Change::decode(&bytes) {
                        Some(change) => cache.apply(change),
                        None => cache.clear(),
                    },
                    Received::Lagged(_) => cache.clear(),
                }
            }
        });
    }

    /// The moment a lookup starts; `None` when the cache must not be used now.
    pub fn stamp(&self) -> Option<Stamp> {
        let changes = self.changes.load(Ordering::SeqCst);
        self.bus.epoch().map(|link| Stamp { changes, link })
    }

    /// A cached live token, if any.
    pub fn token(&self, stamp: Stamp, hash: &str, now: i64) -> Option<TokenEntry> {
        let maps = self.maps.read().unwrap_or_else(|e| e.into_inner());
        let entry = maps.tokens.get(hash)?;
        (fresh(entry, stamp, now) && entry.value.expires_at > now).then_some(entry.value)
    }

    /// A cached user, if any.
    pub fn user(&self, stamp: Stamp, id: i64, now: i64) -> Option<Arc<UserRow>> {
        let maps = self.maps.read().unwrap_or_else(|e| e.into_inner());
        let entry = maps.users.get(&id)?;
        fresh(entry, stamp, now).then(|| entry.value.clone())
    }

    /// Keeps what a lookup begun at `stamp` read, unless something changed meanwhile.
    pub fn store(
        &self,
        stamp: Stamp,
        token: Option<(&str, TokenEntry)>,
        user: Option<Arc<UserRow>>,
        now: i64,
    ) {
        let mut maps = self.maps.write().unwrap_or_else(|e| e.into_inner());
        // Checked under the lock that `apply` takes too, so no change slips in between.
        if self.changes.load(Ordering::SeqCst) != stamp.changes
            || self.bus.epoch() != Some(stamp.link)
        {
            return;
        }
        if maps.tokens.len() >= MAX_ENTRIES || maps.users.len() >= MAX_ENTRIES {
            *maps = Maps::default();
        }
        let stored = |value| Stored {
            value,
            stored_at: now,
            link: stamp.link,
        };
        if let Some((hash, entry)) = token {
            maps.tokens.insert(hash.to_string(), stored(entry));
        }
        if let Some(user) = user {
            maps.users.insert(
                user.id,
                Stored {
                    value: user,
                    stored_at: now,
                    link: stamp.link,
                },
            );
        }
    }

    /// Drops what `change` makes stale, in this process only.
    pub fn apply(&self, change: Change) {
        let mut maps = self.maps.write().unwrap_or_else(|e| e.into_inner());
        self.changes.fetch_add(1, Ordering::SeqCst);
        match change {
            Change::User(id) => {
                maps.users.remove(&id);
                maps.tokens.retain(|_, t| t.value.user_id != id);
            }
            Change::Session(id) => maps.tokens.retain(|_, t| t.value.session_id != id),
        }
    }

    /// Applies `changes` here, then tells the other replicas.
    pub async fn changed(&self, changes: &[Change]) {
        for &change in changes {
            self.apply(change);
            if self.bus.is_shared() {
                let _ = self.bus.publish(TOPIC, change.encode()).await;
            }
        }
    }

    fn clear(&self) {
        let mut maps = self.maps.write().unwrap_or_else(|e| e.into_inner());
        self.changes.fetch_add(1, Ordering::SeqCst);
        *maps = Maps::default();
    }

    /// Entries kept now, tokens and users (for tests and metrics).
    pub fn len(&self) -> (usize, usize) {
        let maps = self.maps.read().unwrap_or_else(|e| e.into_inner());
        (maps.tokens.len(), maps.users.len())
    }

    pub fn is_empty(&self) -> bool {
        self.len() == (0, 0)
    }
}

fn fresh<T>(entry: &Stored<T>, stamp: Stamp, now: i64) -> bool {
    entry.link == stamp.link && now - entry.stored_at < TTL_MS && now >= entry.stored_at
}

/// This replica's cache, which the accounts domain's authenticator holds (the application
/// always authenticates through it).
pub fn of(state: &AppState) -> &AuthCache {
    state
        .auth
        .as_any()
        .downcast_ref::<crate::TokenAuthenticator>()
        .expect("the application authenticates with accounts' TokenAuthenticator")
        .cache()
}

/// Tells every replica, this one first, that `changes` happened. Call it after the
/// transaction that made them has committed.
pub async fn changed(state: &AppState, changes: &[Change]) {
    of(state).changed(changes).await;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changes_travel_as_short_text() {
        for change in [Change::User(42), Change::Session(7)] {
            assert_eq!(Change::decode(change.encode().as_bytes()), Some(change));
        }
        assert_eq!(Change::decode(b"x1"), None);
        assert_eq!(Change::decode(b"u"), None);
        assert_eq!(Change::decode("uё".as_bytes()), None);
    }

    fn user(id: i64) -> Arc<UserRow> {
        Arc::new(UserRow {
            id,
            public_id: "10000001".into(),
            role: "parent".into(),
            status: "active".into(),
            name: "Ona".into(),
            email: None,
            phone: None,
            password_hash: String::new(),
            language: "uz".into(),
            avatar: "🦊".into(),
            birth_year: None,
            blocked_at: None,
            created_at: 0,
            updated_at: 0,
            region: None,
            district: None,
        })
    }

    const TOKEN: TokenEntry = TokenEntry {
        user_id: 7,
        session_id: 70,
        expires_at: 1_000_000,
    };

    #[test]
    fn what_was_read_before_a_change_is_not_kept() {
        let cache = AuthCache::new(Bus::in_process());
        let stamp = cache.stamp().expect("in process, the cache is usable");
        // The user changes while the lookup is reading the database.
        cache.apply(Change::User(7));
        cache.store(stamp, Some(("h", TOKEN)), Some(user(7)), 10);
        assert!(cache.is_empty());
        // A lookup begun after the change keeps what it read.
        let stamp = cache.stamp().unwrap();
        cache.store(stamp, Some(("h", TOKEN)), Some(user(7)), 10);
        assert_eq!(cache.token(stamp, "h", 20).map(|t| t.session_id), Some(70));
        assert!(cache.user(stamp, 7, 20).is_some());
    }

    #[test]
    fn entries_end_with_their_session_their_user_their_token_or_their_lifetime() {
        let cache = AuthCache::new(Bus::in_process());
        let stamp = cache.stamp().unwrap();
        cache.store(stamp, Some(("h", TOKEN)), Some(user(7)), 10);
        assert!(cache.token(stamp, "h", 10 + TTL_MS - 1).is_some());
        assert!(cache.token(stamp, "h", 10 + TTL_MS).is_none(), "lifetime");
        assert!(
            cache.token(stamp, "h", TOKEN.expires_at).is_none(),
            "token expiry"
        );
        cache.apply(Change::Session(70));
        let stamp = cache.stamp().unwrap();
        assert!(cache.token(stamp, "h", 20).is_none(), "session ended");
        assert!(cache.user(stamp, 7, 20).is_some(), "the user stays");
        cache.store(stamp, Some(("h", TOKEN)), None, 20);
        cache.apply(Change::User(7));
        let stamp = cache.stamp().unwrap();
        assert!(cache.token(stamp, "h", 30).is_none() && cache.user(stamp, 7, 30).is_none());
    }
}
