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
