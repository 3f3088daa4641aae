//! Leaderboards (`docs/games.md` § Leaderboards): per game and for all games, by period and
//! by scope (class, organisation, region, country), kept in sorted sets ([`sets`]) that are
//! raised after each round and rebuilt from the stored rounds when a period's bucket is first
//! used after a start ([`Boards::ensure_built`]). Who appears where is the parents' choice
//! ([`people`]); the reading side is [`read`].

pub mod page;
pub mod people;
pub mod period;
pub mod read;
pub mod routes;
pub mod scores;
pub mod sets;
mod sets_redis;
mod top_cache;

use kernel::{AppResult, AppState};

use self::people::People;
use self::period::{Bucket, Period};
use self::sets::{BuiltMemo, Raise, Sets};

/// The board of all games together (ranked by coins earned in games).
pub const ALL: &str = "all";
/// Week and month boards expire this long after their last change.
const BUCKET_TTL_S: i64 = 40 * 86_400;
/// Scores written to the sets per pipeline during a rebuild.
const BUILD_BATCH: usize = 5_000;

/// Who may see a child on the boards, as a parent chose.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Visibility {
    /// On no board at all.
    Hidden,
    /// On the boards of their classes and organisations (the default).
    #[default]
    Class,
    /// Also on their region's and the country's boards.
    Public,
}

impl Visibility {
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "hidden" => Some(Self::Hidden),
            "class" => Some(Self::Class),
            "public" => Some(Self::Public),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Hidden => "hidden",
            Self::Class => "class",
            Self::Public => "public",
        }
    }
}

/// The group a board ranks.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Scope {
    Class(i64),
    Organization(i64),
    Region(String),
    Country,
}

impl Scope {
    fn key(&self) -> String {
        match self {
            Self::Class(id) => format!("c{id}"),
            Self::Organization(id) => format!("o{id}"),
            Self::Region(code) => format!("r{code}"),
            Self::Country => "all".into(),
        }
    }
}

/// The sorted set of one game's board for one period bucket and scope.
fn board_key(game: &str, bucket: &Bucket, scope: &Scope) -> String {
    format!("{game}:{}:{}", bucket.name, scope.key())
}

fn ttl(period: Period) -> Option<i64> {
    (period != Period::All).then_some(BUCKET_TTL_S)
}

/// The boards and the people on them.
pub struct Boards {
    sets: Sets,
    tops: top_cache::TopCache,
    memo: BuiltMemo,
    pub people: People,
    /// Every game's id (the boards of [`ALL`] come on top).
    games: Vec<&'static str>,
}

impl Boards {
    /// In Redis when the app has it, else in this process.
    pub fn new(app: &AppState, games: Vec<&'static str>) -> Self {
        let sets = match app.limiter.redis() {
            Some((conn, prefix)) => Sets::redis(conn, prefix),
            None => Sets::memory(),
        };
        Self {
            sets,
            tops: top_cache::TopCache::default(),
            memo: BuiltMemo::default(),
            people: People::default(),
            games,
        }
    }

    pub fn knows(&self, game: &str) -> bool {
        game == ALL || self.games.contains(&game)
    }

    /// Builds a game's board for a period from the stored rounds, once per bucket (per
    /// replica in memory, once for all replicas in Redis).
    pub async fn ensure_built(&self, app: &AppState, game: &str, period: Period) -> AppResult<()> {
        let bucket = period.bucket(app.now_ms());
        let marker = format!("{game}:{}", bucket.name);
        if self.memo.fresh(&marker) {
            return Ok(());
        }
        if self.sets.claim_build(&marker, ttl(period)).await? {
            let everyone = scores::everyone(&app.db, game, bucket.since_ms).await?;
            let ids: Vec<i64> = everyone.iter().map(|(u, _)| *u).collect();
            let people = self.people.get(app, &ids).await?;
            let mut raises: Vec<Raise> = Vec::new();
            for (user, score) in everyone {
                let Some(person) = people.get(&user) else {
                    continue;
                };
                for scope in person.scopes() {
                    raises.push((board_key(game, &bucket, &scope), user, score));
                }
            }
            for batch in raises.chunks(BUILD_BATCH) {
                self.sets.raise(batch, ttl(period)).await?;
            }
            tracing::info!(game, bucket = %bucket.name, entries = ids.len(), "games: a leaderboard was built from the stored rounds");
        }
        self.memo.note(&marker);
        Ok(())
    }

    /// Raises a child's scores on every board a finished round of `game` changes.
    pub async fn record(&self, app: &AppState, user: i64, game: &str) -> AppResult<()> {
        let Some(person) = self.people.one(app, user).await? else {
            return Ok(());
        };
        let scopes = person.scopes();
        if scopes.is_empty() {
            return Ok(());
        }
        let now = app.now_ms();
        let buckets = Period::EVERY.map(|p| p.bucket(now));
        let since = [0, 1, 2].map(|i| buckets[i].since_ms);
        let mine = scores::game_scores(&app.db, user, game, since).await?;
        let coins = scores::coin_scores(&app.db, user, since).await?;
        for (i, period) in Period::EVERY.into_iter().enumerate() {
            let mut raises = Vec::new();
            for scope in &scopes {
                if mine[i] > 0 {
                    raises.push((board_key(game, &buckets[i], scope), user, mine[i]));
                }
                if coins[i] > 0 {
                    raises.push((board_key(ALL, &buckets[i], scope), user, coins[i]));
                }
            }
            self.sets.raise(&raises, ttl(period)).await?;
            self.tops.forget(raises.into_iter().map(|(key, _, _)| key));
        }
        Ok(())
    }

    /// The best `n` rows of a board (user, score), best first; read again at most once a
    /// second per replica.
    pub async fn top(&self, key: &str, n: usize) -> AppResult<std::sync::Arc<Vec<(i64, i64)>>> {
        if let Some(rows) = self.tops.get(key, n) {
            return Ok(rows);
        }
        let rows = std::sync::Arc::new(self.sets.top(key, n).await?);
        self.tops.put(key, n, rows.clone());
        Ok(rows)
    }

    /// Puts a child where a parent's new choice says: off every board they could be on, then
    /// back on the ones now allowed.
    pub async fn refresh(&self, app: &AppState, user: i64) -> AppResult<()> {
        self.people.forget(user);
        let Some(person) = self.people.one(app, user).await? else {
            return Ok(());
        };
        let now = app.now_ms();
        let mut keys = Vec::new();
        for game in self.games.iter().copied().chain([ALL]) {
            for period in Period::EVERY {
                let bucket = period.bucket(now);
                for scope in person.possible_scopes() {
                    keys.push(board_key(game, &bucket, &scope));
                }
            }
        }
        self.sets.remove(&keys, user).await?;
        self.tops.forget(keys);
        for game in &self.games {
            self.record(app, user, game).await?;
        }
        Ok(())
    }
}
