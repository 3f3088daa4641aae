//! SQL of the games: rounds and each child's best result per level.

use sqlx::{Any, Executor};

/// A round as stored.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct RoundRow {
    pub id: i64,
    pub user_id: i64,
    pub game: String,
    pub level: i64,
    pub seed: i64,
    pub config: String,
    pub started_at: i64,
    pub expires_at: i64,
    pub finished_at: Option<i64>,
}

pub struct NewRound<'a> {
    pub user_id: i64,
    pub game: &'a str,
    pub level: i64,
    pub seed: i64,
    pub config: &'a str,
    pub now: i64,
    pub expires_at: i64,
}

pub async fn insert_round<'e>(
    ex: impl Executor<'e, Database = Any>,
    r: &NewRound<'_>,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO game_rounds (user_id, game, level, seed, config, started_at, expires_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
    )
    .bind(r.user_id)
    .bind(r.game)
    .bind(r.level)
    .bind(r.seed)
    .bind(r.config)
    .bind(r.now)
    .bind(r.expires_at)
    .fetch_one(ex)
    .await
}

pub async fn find_round<'e>(
    ex: impl Executor<'e, Database = Any>,
    id: i64,
) -> Result<Option<RoundRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, user_id, game, level, seed, config, started_at, expires_at, finished_at \
         FROM game_rounds WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(ex)
    .await
}

/// The replay's result of a round not finished yet; false when it was finished meanwhile.
pub struct Finished {
    pub id: i64,
    pub claimed: Option<i64>,
    pub score: i64,
    pub stars: i64,
    pub passed: bool,
    pub coins: i64,
    pub now: i64,
}

pub async fn finish_round<'e>(
    ex: impl Executor<'e, Database = Any>,
    f: &Finished,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE game_rounds SET finished_at = $2, claimed_score = $3, score = $4, stars = $5, \
         passed = $6, coins = $7, mismatch = CASE WHEN $3 IS NOT NULL AND $3 <> $4 THEN 1 ELSE 0 END \
         WHERE id = $1 AND finished_at IS NULL",
    )
    .bind(f.id)
    .bind(f.now)
    .bind(f.claimed)
    .bind(f.score)
    .bind(f.stars)
    .bind(i64::from(f.passed))
    .bind(f.coins)
    .execute(ex)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Keeps the best score and stars of a level, and that it was passed once.
pub async fn record_level<'e>(
    ex: impl Executor<'e, Database = Any>,
    user_id: i64,
    game: &str,
    level: i64,
    f: &Finished,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO game_levels (user_id, game, level, best_score, stars, passed, plays, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, 1, $7) \
         ON CONFLICT (user_id, game, level) DO UPDATE SET \
         best_score = CASE WHEN excluded.best_score > game_levels.best_score \
             THEN excluded.best_score ELSE game_levels.best_score END, \
         stars = CASE WHEN excluded.stars > game_levels.stars THEN excluded.stars ELSE game_levels.stars END, \
         passed = CASE WHEN excluded.passed > game_levels.passed THEN excluded.passed ELSE game_levels.passed END, \
         plays = game_levels.plays + 1, updated_at = excluded.updated_at",
    )
    .bind(user_id)
    .bind(game)
    .bind(level)
    .bind(f.score)
    .bind(f.stars)
    .bind(i64::from(f.passed))
    .bind(f.now)
    .execute(ex)
    .await?;
    Ok(())
}

/// A child's best result on one level.
#[derive(Clone, Debug, sqlx::FromRow, serde::Serialize)]
pub struct LevelRow {
    pub game: String,
    pub level: i64,
    pub best_score: i64,
    pub stars: i64,
    pub passed: i64,
    pub plays: i64,
}

/// Every level a child has played, of every game.
pub async fn levels<'e>(
    ex: impl Executor<'e, Database = Any>,
    user_id: i64,
) -> Result<Vec<LevelRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT game, level, best_score, stars, passed, plays FROM game_levels \
         WHERE user_id = $1 ORDER BY game, level",
    )
    .bind(user_id)
    .fetch_all(ex)
    .await
}

/// Deleting a user deletes their rounds and progress.
/// The coins a round actually paid (less than its rules gave once the day's cap is reached).
pub async fn set_paid<'e>(
    ex: impl Executor<'e, Database = Any>,
    id: i64,
    coins: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE game_rounds SET coins = $1 WHERE id = $2")
        .bind(coins)
        .bind(id)
        .execute(ex)
        .await?;
    Ok(())
}

pub const FORGET_USER: &[&str] = &[
    "DELETE FROM game_rounds WHERE user_id = $1",
    "DELETE FROM game_levels WHERE user_id = $1",
    "DELETE FROM game_board_privacy WHERE child_id = $1 OR set_by = $1",
];
