//! The leaderboards' sorted sets: in Redis when `REDIS_URL` is set (every replica shares
//! them), else in this process. Scores only ever rise (`ZADD GT`), so a rebuild racing a new
//! round never lowers anyone, and a board can be rebuilt from the stored rounds at any time.

use std::collections::{BTreeSet, HashMap};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use kernel::AppResult;

use super::sets_redis::RedisSets;

/// How long a replica trusts that a bucket has been built before asking again.
const BUILT_TRUST: Duration = Duration::from_secs(60);

pub enum Sets {
    Memory(MemorySets),
    Redis(RedisSets),
}

/// One score to raise: (board key, user, score).
pub type Raise = (String, i64, i64);

impl Sets {
    pub fn memory() -> Self {
        Self::Memory(MemorySets::default())
    }

    pub fn redis(conn: redis::aio::ConnectionManager, prefix: &str) -> Self {
        Self::Redis(RedisSets::new(conn, prefix))
    }

    /// Raises each user's score on each board to the given one if it is higher.
    pub async fn raise(&self, raises: &[Raise], ttl_s: Option<i64>) -> AppResult<()> {
        match self {
            Self::Memory(m) => {
                m.raise(raises);
                Ok(())
            }
            Self::Redis(r) => r.raise(raises, ttl_s).await,
        }
    }

    /// Takes `user` off every board in `keys`.
    pub async fn remove(&self, keys: &[String], user: i64) -> AppResult<()> {
        match self {
            Self::Memory(m) => {
                m.remove(keys, user);
                Ok(())
            }
            Self::Redis(r) => r.remove(keys, user).await,
        }
    }

    /// The `n` best (user, score), best first; equal scores by user id.
    pub async fn top(&self, key: &str, n: usize) -> AppResult<Vec<(i64, i64)>> {
        match self {
            Self::Memory(m) => Ok(m.top(key, n)),
            Self::Redis(r) => r.top(key, n).await,
        }
    }

    /// A user's score on a board and how many scores are strictly higher.
    pub async fn standing(&self, key: &str, user: i64) -> AppResult<Option<(i64, u64)>> {
        match self {
            Self::Memory(m) => Ok(m.standing(key, user)),
            Self::Redis(r) => r.standing(key, user).await,
        }
    }

    /// Whether this caller should build the bucket named by `marker` (nobody has yet);
    /// `false` when it is built or being built.
    pub async fn claim_build(&self, marker: &str, ttl_s: Option<i64>) -> AppResult<bool> {
        match self {
            Self::Memory(m) => Ok(m.claim_build(marker)),
            Self::Redis(r) => r.claim_build(marker, ttl_s).await,
        }
    }
}

/// Per-replica boards: each a score per user and the same entries ordered best first.
#[derive(Default)]
pub struct MemorySets {
    boards: Mutex<HashMap<String, Board>>,
    built: Mutex<HashMap<String, Instant>>,
}

#[derive(Default)]
struct Board {
    scores: HashMap<i64, i64>,
    /// (−score, user): iteration order is best first.
    order: BTreeSet<(i64, i64)>,
}

impl MemorySets {
    fn raise(&self, raises: &[Raise]) {
        let mut boards = self.boards.lock().expect("boards lock");
        for (key, user, score) in raises {
            let board = boards.entry(key.clone()).or_default();
            match board.scores.get(user) {
                Some(old) if old >= score => {}
                old => {
                    if let Some(old) = old {
                        board.order.remove(&(-old, *user));
                    }
                    board.scores.insert(*user, *score);
                    board.order.insert((-score, *user));
                }
            }
        }
    }

    fn remove(&self, keys: &[String], user: i64) {
        let mut boards = self.boards.lock().expect("boards lock");
        for key in keys {
            if let Some(board) = boards.get_mut(key) {
                if let Some(old) = board.scores.remove(&user) {
                    board.order.remove(&(-old, user));
                }
            }
        }
    }

    fn top(&self, key: &str, n: usize) -> Vec<(i64, i64)> {
        let boards = self.boards.lock().expect("boards lock");
        boards.get(key).map_or_else(Vec::new, |b| {
            b.order.iter().take(n).map(|(s, u)| (*u, -s)).collect()
        })
    }

    fn standing(&self, key: &str, user: i64) -> Option<(i64, u64)> {
        let boards = self.boards.lock().expect("boards lock");
        let board = boards.get(key)?;
        let score = *board.scores.get(&user)?;
        let above = board.order.range(..(-score, i64::MIN)).count() as u64;
        Some((score, above))
    }

    /// Claims a bucket once per process; claiming a new week's or month's bucket drops the
    /// boards of that game's earlier ones.
    fn claim_build(&self, marker: &str) -> bool {
        let mut built = self.built.lock().expect("built lock");
        if built.contains_key(marker) {
            return false;
        }
        built.insert(marker.to_string(), Instant::now());
        drop(built);
        if let Some((game, bucket)) = marker.split_once(':') {
            if let Some(kind) = bucket.chars().next().filter(|k| *k == 'w' || *k == 'm') {
                let stale = |key: &String| {
                    let mut parts = key.splitn(3, ':');
                    let (g, b) = (parts.next(), parts.next().unwrap_or_default());
                    g == Some(game) && b != bucket && b.starts_with(kind)
                };
                self.boards
                    .lock()
                    .expect("boards lock")
                    .retain(|k, _| !stale(k));
            }
        }
        true
    }
}

/// Remembers for [`BUILT_TRUST`] which buckets a replica found built in Redis.
#[derive(Default)]
pub struct BuiltMemo(Mutex<HashMap<String, Instant>>);

impl BuiltMemo {
    pub fn fresh(&self, marker: &str) -> bool {
        let memo = self.0.lock().expect("memo lock");
        memo.get(marker)
            .is_some_and(|at| at.elapsed() < BUILT_TRUST)
    }

    pub fn note(&self, marker: &str) {
        self.0
            .lock()
            .expect("memo lock")
            .insert(marker.to_string(), Instant::now());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raise(m: &MemorySets, key: &str, user: i64, score: i64) {
        m.raise(&[(key.to_string(), user, score)]);
    }

    #[test]
    fn a_score_only_rises_and_ranks_count_only_higher_scores() {
        let m = MemorySets::default();
        raise(&m, "b", 1, 50);
        raise(&m, "b", 2, 80);
        raise(&m, "b", 3, 50);
        raise(&m, "b", 2, 10); // lower: ignored
        assert_eq!(m.top("b", 10), vec![(2, 80), (1, 50), (3, 50)]);
        assert_eq!(m.standing("b", 3), Some((50, 1)));
        assert_eq!(m.standing("b", 9), None);
        m.remove(&["b".into()], 2);
        assert_eq!(m.top("b", 1), vec![(1, 50)]);
    }

    #[test]
    fn a_new_week_drops_the_old_weeks_boards_of_that_game_only() {
        let m = MemorySets::default();
        raise(&m, "2048:w2026-11-30:all", 1, 5);
        raise(&m, "2048:m2026-11:all", 1, 5);
        raise(&m, "tetris:w2026-11-30:all", 1, 5);
        assert!(m.claim_build("2048:w2026-12-07"));
        assert!(!m.claim_build("2048:w2026-12-07"));
        assert!(m.top("2048:w2026-11-30:all", 1).is_empty());
        assert_eq!(m.top("2048:m2026-11:all", 1).len(), 1);
        assert_eq!(m.top("tetris:w2026-11-30:all", 1).len(), 1);
    }
}
