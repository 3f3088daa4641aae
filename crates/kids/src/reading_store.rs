//! SQL of readings: one row per time a child opens a story to read it.

use kernel::db::Tx;
use kernel::AppResult;
use sqlx::{AnyPool, FromRow};

#[derive(Clone, Debug, FromRow)]
pub struct ReadingRow {
    pub id: i64,
    pub story_id: i64,
    pub child_id: i64,
    pub started_at: i64,
    pub finished_at: Option<i64>,
    /// Per cent of the recorded paragraphs' words read right, when any was recorded.
    pub accuracy: Option<i64>,
    /// JSON: what each recorded paragraph came to (`crate::recording::Heard`).
    pub heard: Option<String>,
}

pub async fn insert(pool: &AnyPool, story: i64, child: i64, now: i64) -> AppResult<i64> {
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO kids_readings (story_id, child_id, started_at) VALUES ($1, $2, $3) RETURNING id",
    )
    .bind(story)
    .bind(child)
    .bind(now)
    .fetch_one(pool)
    .await?;
    Ok(id)
}

pub async fn get(pool: &AnyPool, id: i64) -> AppResult<Option<ReadingRow>> {
    Ok(sqlx::query_as(
        "SELECT id, story_id, child_id, started_at, finished_at, accuracy, heard \
         FROM kids_readings WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(pool)
    .await?)
}

/// Keeps the recorded paragraphs and their accuracy, only while the reading is open and
/// `heard` is still `before` (so a recording saved meanwhile is not lost); false otherwise.
pub async fn set_heard(
    pool: &AnyPool,
    id: i64,
    before: Option<&str>,
    heard: &str,
    accuracy: i64,
) -> AppResult<bool> {
    let done = sqlx::query(
        "UPDATE kids_readings SET heard = $2, accuracy = $3 \
         WHERE id = $1 AND finished_at IS NULL AND COALESCE(heard, '') = $4",
    )
    .bind(id)
    .bind(heard)
    .bind(accuracy)
    .bind(before.unwrap_or(""))
    .execute(pool)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// What a finished reading came to.
pub struct Finished<'a> {
    pub id: i64,
    pub read_ms: Option<i64>,
    pub wpm: Option<i64>,
    pub accuracy: Option<i64>,
    pub heard: Option<&'a str>,
    pub quiz_score: Option<i64>,
    pub answers: &'a str,
    pub now: i64,
}

/// Marks a reading finished; false when it already was (a second finish changes nothing).
pub async fn finish(tx: &mut Tx, f: &Finished<'_>) -> AppResult<bool> {
    let done = sqlx::query(
        "UPDATE kids_readings SET read_ms = $2, wpm = $3, accuracy = $4, heard = $5, \
         quiz_score = $6, answers = $7, finished_at = $8 WHERE id = $1 AND finished_at IS NULL",
    )
    .bind(f.id)
    .bind(f.read_ms)
    .bind(f.wpm)
    .bind(f.accuracy)
    .bind(f.heard)
    .bind(f.quiz_score)
    .bind(f.answers)
    .bind(f.now)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() == 1)
}

pub async fn set_coins(tx: &mut Tx, id: i64, coins: i64) -> AppResult<()> {
    sqlx::query("UPDATE kids_readings SET coins = $2 WHERE id = $1")
        .bind(id)
        .bind(coins)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// A child's finished readings, newest first: (story title, emoji, language, wpm, accuracy,
/// quiz score, coins, finished at).
pub type HistoryRow = (
    String,
    String,
    String,
    Option<i64>,
    Option<i64>,
    Option<i64>,
    i64,
    i64,
);

pub async fn history(pool: &AnyPool, child: i64, limit: i64) -> AppResult<Vec<HistoryRow>> {
    Ok(sqlx::query_as(
        "SELECT s.title, s.emoji, s.language, r.wpm, r.accuracy, r.quiz_score, r.coins, r.finished_at \
         FROM kids_readings r JOIN kids_stories s ON s.id = r.story_id \
         WHERE r.child_id = $1 AND r.finished_at IS NOT NULL \
         ORDER BY r.finished_at DESC, r.id DESC LIMIT $2",
    )
    .bind(child)
    .bind(limit)
    .fetch_all(pool)
    .await?)
}
