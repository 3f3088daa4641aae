//! The `picture_passwords` table: a child's sequence of pictures, hashed like a password.

use sqlx::{Any, Executor};

pub async fn find_hash<'e>(
    ex: impl Executor<'e, Database = Any>,
    user_id: i64,
) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar("SELECT hash FROM picture_passwords WHERE user_id = $1")
        .bind(user_id)
        .fetch_optional(ex)
        .await
}

/// Sets (or replaces) a user's picture password.
pub async fn upsert<'e>(
    ex: impl Executor<'e, Database = Any>,
    user_id: i64,
    hash: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO picture_passwords (user_id, hash, created_at, updated_at) \
         VALUES ($1, $2, $3, $3) \
         ON CONFLICT (user_id) DO UPDATE SET hash = $2, updated_at = $3",
    )
    .bind(user_id)
    .bind(hash)
    .bind(now)
    .execute(ex)
    .await
    .map(|_| ())
}

pub async fn delete<'e>(
    ex: impl Executor<'e, Database = Any>,
    user_id: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query("DELETE FROM picture_passwords WHERE user_id = $1")
        .bind(user_id)
        .execute(ex)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// Which of `user_ids` have a picture password.
pub async fn having<'e>(
    ex: impl Executor<'e, Database = Any>,
    user_ids: &[i64],
) -> Result<Vec<i64>, sqlx::Error> {
    if user_ids.is_empty() {
        return Ok(Vec::new());
    }
    let list: Vec<String> = user_ids.iter().map(i64::to_string).collect();
    sqlx::query_scalar(&format!(
        "SELECT user_id FROM picture_passwords WHERE user_id IN ({})",
        list.join(", ")
    ))
    .fetch_all(ex)
    .await
}
