//! The use cases: start a round, finish it with its log (the server's replay decides the
//! score), and a child's progress.

use std::sync::Arc;

use kernel::auth::{Principal, Role};
use kernel::ratelimit::Limit;
use kernel::{AppError, AppResult, AppState};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::boards::Boards;
use crate::rules::{LevelDone, Outcome, ReplayError, Rules};
use crate::store::{self, Finished, NewRound};

/// Rounds one child may start: plenty for play, a wall for a script filling the database.
const ROUNDS_PER_USER: Limit = Limit {
    max: 300,
    window_s: 3600,
};

/// A round as the page gets it.
#[derive(Debug, Serialize)]
pub struct Started {
    pub round_id: i64,
    pub seed: u32,
    pub level: u32,
    pub config: Value,
    pub expires_at: i64,
}

#[derive(Debug, Deserialize)]
pub struct StartInput {
    pub level: Option<u32>,
}

#[derive(Debug, Deserialize)]
pub struct FinishInput {
    pub log: Value,
    pub claimed_score: Option<i64>,
}

/// What a finished round came to, by the server's replay.
#[derive(Debug, Serialize)]
pub struct RoundResult {
    pub round_id: i64,
    pub score: i64,
    pub stars: u8,
    pub passed: bool,
    /// Coins paid (0 past today's cap, or for grown-ups).
    pub coins: i64,
    /// The page claimed another score.
    pub mismatch: bool,
}

/// The game's rules, or 404.
pub fn rules(games: &[Arc<dyn Rules>], id: &str) -> AppResult<Arc<dyn Rules>> {
    games
        .iter()
        .find(|g| g.id() == id)
        .cloned()
        .ok_or_else(|| AppError::not_found().with_code("games_not_found"))
}

/// Starts a round of `game` at `level` (1 unless given): a level opens once the one before it
/// is passed.
pub async fn start(
    state: &AppState,
    games: &[Arc<dyn Rules>],
    who: &Principal,
    game: &str,
    level: Option<u32>,
) -> AppResult<Started> {
    let rules = rules(games, game)?;
    let level = level.unwrap_or(1);
    if level < 1 || level > rules.levels() {
        return Err(AppError::field("level", "games-level-invalid").arg("max", rules.levels()));
    }
    let now = state.now_ms();
    if level > 1 && !rules.opens(level, &done(state, who.id, game).await?) {
        return Err(AppError::conflict("games_level_locked"));
    }
    let key = format!("games-rounds:{}", who.id);
    state.limiter.hit(&key, ROUNDS_PER_USER, now).await?;
    let seed: u32 = rand::random();
    let config = rules.round_config(seed, level, who.language.code());
    let expires_at = now + rules.round_ms();
    let round_id = store::insert_round(
        state.db.pool(),
        &NewRound {
            user_id: who.id,
            game,
            level: i64::from(level),
            seed: i64::from(seed),
            config: &config.to_string(),
            now,
            expires_at,
        },
    )
    .await?;
    Ok(Started {
        round_id,
        seed,
        level,
        config,
        expires_at,
    })
}

/// The levels of `game` a child has played, for [`Rules::opens`].
pub async fn done(state: &AppState, user_id: i64, game: &str) -> AppResult<Vec<LevelDone>> {
    Ok(store::levels(state.db.pool(), user_id)
        .await?
        .into_iter()
        .filter(|l| l.game == game)
        .map(|l| LevelDone {
            level: l.level as u32,
            stars: l.stars as u8,
            passed: l.passed != 0,
        })
        .collect())
}

/// Finishes a round with the page's log: the server replays it and keeps its own score; the
/// level's best, and coins for a child (capped per game per day), in the same transaction.
pub async fn finish(
    state: &AppState,
    games: &[Arc<dyn Rules>],
    boards: &Boards,
    who: &Principal,
    round_id: i64,
    input: FinishInput,
) -> AppResult<RoundResult> {
    let not_found = || AppError::not_found().with_code("games_round_not_found");
    let round = store::find_round(state.db.pool(), round_id)
        .await?
        .filter(|r| r.user_id == who.id)
        .ok_or_else(not_found)?;
    if round.finished_at.is_some() {
        return Err(AppError::conflict("games_round_finished"));
    }
    let now = state.now_ms();
    if now > round.expires_at {
        return Err(AppError::conflict("games_round_expired"));
    }
    let rules = rules(games, &round.game)?;
    let outcome = replay(rules.clone(), &round, input.log).await?;
    let coins = match who.role {
        Role::Student => rules.coins(&outcome).max(0),
        _ => 0,
    };
    let finished = Finished {
        id: round.id,
        claimed: input.claimed_score,
        score: outcome.score,
        stars: i64::from(outcome.stars),
        passed: outcome.passed,
        coins,
        now,
    };
    let mut tx = state.db.begin().await?;
    if !store::finish_round(&mut *tx, &finished).await? {
        return Err(AppError::conflict("games_round_finished"));
    }
    store::record_level(&mut *tx, who.id, &round.game, round.level, &finished).await?;
    let paid = match coins {
        0 => 0,
        _ => pay(state, &mut tx, who.id, &round.game, round.id, coins, now).await?,
    };
    if paid != coins {
        store::set_paid(&mut *tx, round.id, paid).await?;
    }
    tx.commit().await?;
    if who.role == Role::Student {
        // The round is kept whatever happens here; the boards are rebuilt from the rounds.
        if let Err(e) = boards.record(state, who.id, &round.game).await {
            tracing::warn!(error = %e, "games: a leaderboard could not be updated");
        }
    }
    if let Some(claimed) = input.claimed_score.filter(|c| *c != outcome.score) {
        tracing::info!(round.id, game = %round.game, claimed, replayed = outcome.score, "games: a claimed score differs from the replay");
    }
    Ok(RoundResult {
        round_id,
        score: outcome.score,
        stars: outcome.stars,
        passed: outcome.passed,
        coins: paid,
        mismatch: input.claimed_score.is_some_and(|c| c != outcome.score),
    })
}

/// Replays off the async threads: a long log is a few milliseconds of work.
async fn replay(rules: Arc<dyn Rules>, round: &store::RoundRow, log: Value) -> AppResult<Outcome> {
    let config: Value = serde_json::from_str(&round.config).map_err(AppError::internal)?;
    let (seed, level) = (round.seed as u32, round.level as u32);
    let replayed = tokio::task::spawn_blocking(move || rules.replay(seed, level, &config, &log))
        .await
        .map_err(AppError::internal)?;
    replayed.map_err(|e: ReplayError| {
        tracing::info!(round.id = round.id, error = %e, "games: a round's log did not replay");
        AppError::field("log", "games-log-invalid")
    })
}

async fn pay(
    state: &AppState,
    tx: &mut kernel::db::Tx,
    user_id: i64,
    game: &str,
    round_id: i64,
    coins: i64,
    now: i64,
) -> AppResult<i64> {
    let source = format!("games.{game}");
    let reference = round_id.to_string();
    let key = format!("games.round.{round_id}");
    let award = rewards::service::Award {
        user_id,
        amount: coins,
        source: &source,
        reference: &reference,
        key: &key,
    };
    let caps = &state.config.coin_caps;
    Ok(
        match rewards::service::award_in(tx, caps, now, &award).await? {
            rewards::service::Outcome::Paid(n) => n,
            _ => 0,
        },
    )
}

/// A child's progress: every level played of every game.
pub async fn progress(state: &AppState, who: &Principal) -> AppResult<Vec<store::LevelRow>> {
    Ok(store::levels(state.db.pool(), who.id).await?)
}
