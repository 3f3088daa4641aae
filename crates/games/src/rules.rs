//! What every game is to the platform: the rules the server replays a round with.
//!
//! A round starts on the server with a seed and a level; the page plays it with the same seed
//! and sends back its input log; the server replays the log with the same rules and keeps its
//! own result. Each game's rules are a pure module (no web, no database, no clock: time enters
//! the log as numbers) with a twin in `web/js/games/`, both checked against
//! `vectors/{game}.json`.

use serde_json::Value;

/// What a replayed round came to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    /// The game's score (its own unit: points, tiles, correct answers…).
    pub score: i64,
    /// 0–3 stars for levelled games; 0 for endless ones.
    pub stars: u8,
    /// The level is done (opens the next one).
    pub passed: bool,
}

/// A level a child has played, as the rules see it when deciding what opens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LevelDone {
    pub level: u32,
    pub stars: u8,
    pub passed: bool,
}

/// Why a log could not be replayed.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ReplayError {
    #[error("the log is not what this game writes: {0}")]
    Malformed(String),
    #[error("the log holds a move the rules do not allow: {0}")]
    Illegal(String),
    #[error("the log is longer than a round can be")]
    TooLong,
}

/// One game's rules.
pub trait Rules: Send + Sync + 'static {
    /// The game's id in paths and the database (`2048`, `tetris`, `memory`…).
    fn id(&self) -> &'static str;
    /// The picture on the game's tile: one emoji phones from 2016 on can draw. The game's
    /// name is the Fluent message `games-name-{id}` (its page is `/games/{id}`).
    fn emoji(&self) -> &'static str {
        "🎮"
    }
    /// How many levels it has; 1 for a game played without levels (2048, Tetris).
    fn levels(&self) -> u32;
    /// What the page needs besides the seed to play `level` (pairs, ranges, …), in `lang`.
    fn config(&self, level: u32, lang: &str) -> Value;
    /// The config of one round: `config` unless the round's content comes from its seed.
    fn round_config(&self, _seed: u32, level: u32, lang: &str) -> Value {
        self.config(level, lang)
    }
    /// Whether `level` is open to a child who has played `done`: level 1 always, any other
    /// once the one before it is passed.
    fn opens(&self, level: u32, done: &[LevelDone]) -> bool {
        level == 1 || done.iter().any(|d| d.level + 1 == level && d.passed)
    }
    /// The longest a round may take before it expires, in milliseconds.
    fn round_ms(&self) -> i64;
    /// Replays `log` on the round's seed, level and config.
    fn replay(
        &self,
        seed: u32,
        level: u32,
        config: &Value,
        log: &Value,
    ) -> Result<Outcome, ReplayError>;
    /// Coins for a finished round (capped per day by rewards, source `games.{id}`).
    fn coins(&self, outcome: &Outcome) -> i64;
}
