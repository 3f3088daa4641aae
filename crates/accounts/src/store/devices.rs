//! Devices an account has logged in from, kept as hashes of the token their browser or app holds.

use sqlx::{Any, Executor};

/// Whether the device holding the token hashed as `token_hash` has logged in to `user_id`.
pub async fn is_known<'e>(
    ex: impl Executor<'e, Database = Any>,
    user_id: i64,
    token_hash: &str,
) -> Result<bool, sqlx::Error> {
    let row: Option<(i64,)> =
        sqlx::query_as("SELECT user_id FROM known_devices WHERE token_hash = $1 AND user_id = $2")
            .bind(token_hash)
            .bind(user_id)
            .fetch_optional(ex)
            .await?;
    Ok(row.is_some())
}

/// Remembers a device for `user_id`, or notes that it was used again.
pub async fn remember<'e>(
    ex: impl Executor<'e, Database = Any>,
    user_id: i64,
    token_hash: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO known_devices (token_hash, user_id, created_at, last_used_at) \
         VALUES ($1, $2, $3, $3) \
         ON CONFLICT (token_hash, user_id) DO UPDATE SET last_used_at = $3",
    )
    .bind(token_hash)
    .bind(user_id)
    .bind(now)
    .execute(ex)
    .await
    .map(|_| ())
}

/// Forgets all but the `keep` devices `user_id` used most recently (always keeping `current`),
/// so a script that logs in again and again without its token cannot grow the table.
pub async fn keep_recent<'e>(
    ex: impl Executor<'e, Database = Any>,
    user_id: i64,
    current: &str,
    keep: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(&format!(
        "DELETE FROM known_devices WHERE user_id = $1 AND token_hash <> $2 \
         AND token_hash NOT IN (SELECT token_hash FROM known_devices WHERE user_id = $1 \
         AND token_hash <> $2 ORDER BY last_used_at DESC, created_at DESC LIMIT {})",
        (keep - 1).max(0)
    ))
    .bind(user_id)
    .bind(current)
    .execute(ex)
    .await
    .map(|_| ())
}

/// The accounts a device is known to, most recently used first.
pub async fn users_of<'e>(
    ex: impl Executor<'e, Database = Any>,
    token_hash: &str,
) -> Result<Vec<i64>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT user_id FROM known_devices WHERE token_hash = $1 ORDER BY last_used_at DESC LIMIT 8",
    )
    .bind(token_hash)
    .fetch_all(ex)
    .await
}
