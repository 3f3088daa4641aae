//! SQL of Harf: best stars per learner, card and activity.

use sqlx::{Any, Executor};

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct ProgressRow {
    pub card_id: String,
    pub activity: String,
    pub best_stars: i64,
    pub updated_at: i64,
    /// 1 when the learner's device could not play the activity and skipped it.
    pub skipped: i64,
}

/// Every progress row of a learner in one alphabet (card ids start with `<alphabet>-`).
pub async fn for_alphabet<'e>(
    ex: impl Executor<'e, Database = Any>,
    user_id: i64,
    alphabet: &str,
) -> Result<Vec<ProgressRow>, sqlx::Error> {
    sqlx::query_as("SELECT card_id, activity, best_stars, updated_at, skipped FROM harf_progress WHERE user_id = $1 AND card_id LIKE $2")
        .bind(user_id)
        .bind(format!("{alphabet}-%"))
        .fetch_all(ex)
        .await
}

/// Every progress row of a learner, in every alphabet.
pub async fn for_user<'e>(
    ex: impl Executor<'e, Database = Any>,
    user_id: i64,
) -> Result<Vec<ProgressRow>, sqlx::Error> {
    sqlx::query_as("SELECT card_id, activity, best_stars, updated_at, skipped FROM harf_progress WHERE user_id = $1")
        .bind(user_id)
        .fetch_all(ex)
        .await
}

/// The best stars so far for one activity of a card, if it was ever played.
pub async fn best<'e>(
    ex: impl Executor<'e, Database = Any>,
    user_id: i64,
    card_id: &str,
    activity: &str,
) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar("SELECT best_stars FROM harf_progress WHERE user_id = $1 AND card_id = $2 AND activity = $3")
        .bind(user_id)
        .bind(card_id)
        .bind(activity)
        .fetch_optional(ex)
        .await
}

/// Records one play: keeps the best stars, counts the attempt.
pub async fn record<'e>(
    ex: impl Executor<'e, Database = Any>,
    user_id: i64,
    card_id: &str,
    activity: &str,
    stars: i64,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO harf_progress (user_id, card_id, activity, best_stars, last_stars, attempts, updated_at) \
         VALUES ($1, $2, $3, $4, $4, 1, $5) \
         ON CONFLICT (user_id, card_id, activity) DO UPDATE SET \
         best_stars = CASE WHEN excluded.best_stars > harf_progress.best_stars THEN excluded.best_stars ELSE harf_progress.best_stars END, \
         last_stars = excluded.last_stars, attempts = harf_progress.attempts + 1, updated_at = excluded.updated_at",
    )
    .bind(user_id)
    .bind(card_id)
    .bind(activity)
    .bind(stars)
    .bind(now)
    .execute(ex)
    .await
    .map(|_| ())
}

/// Marks an activity skipped on this learner's device; stars already earned stay.
pub async fn skip<'e>(
    ex: impl Executor<'e, Database = Any>,
    user_id: i64,
    card_id: &str,
    activity: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO harf_progress (user_id, card_id, activity, best_stars, last_stars, attempts, updated_at, skipped) \
         VALUES ($1, $2, $3, 0, 0, 0, $4, 1) \
         ON CONFLICT (user_id, card_id, activity) DO UPDATE SET skipped = 1, updated_at = excluded.updated_at",
    )
    .bind(user_id)
    .bind(card_id)
    .bind(activity)
    .bind(now)
    .execute(ex)
    .await
    .map(|_| ())
}

/// What deleting a user's account removes here (`$1` is the user's internal id).
pub const FORGET_USER: &[&str] = &["DELETE FROM harf_progress WHERE user_id = $1"];
