//! The `login_cards` table: long-lived secrets that sign one child in, kept as SHA-256 hashes.

use sqlx::{Any, Executor};

/// A card as its owner's parent or teacher sees it (never its secret).
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct CardRow {
    pub id: i64,
    pub user_id: i64,
    pub created_at: i64,
    pub expires_at: i64,
    pub last_used_at: Option<i64>,
    pub revoked_at: Option<i64>,
}

const COLUMNS: &str = "id, user_id, created_at, expires_at, last_used_at, revoked_at";

pub async fn insert<'e>(
    ex: impl Executor<'e, Database = Any>,
    user_id: i64,
    token_hash: &str,
    created_by: i64,
    now: i64,
    expires_at: i64,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO login_cards (user_id, token_hash, created_by, created_at, expires_at) \
         VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(user_id)
    .bind(token_hash)
    .bind(created_by)
    .bind(now)
    .bind(expires_at)
    .fetch_one(ex)
    .await
}

/// The live card whose secret hashes to `token_hash`.
pub async fn find_live<'e>(
    ex: impl Executor<'e, Database = Any>,
    token_hash: &str,
    now: i64,
) -> Result<Option<CardRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM login_cards WHERE token_hash = $1 \
         AND revoked_at IS NULL AND expires_at > $2"
    ))
    .bind(token_hash)
    .bind(now)
    .fetch_optional(ex)
    .await
}

/// A child's cards that still work, newest first.
pub async fn list_live<'e>(
    ex: impl Executor<'e, Database = Any>,
    user_id: i64,
    now: i64,
) -> Result<Vec<CardRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM login_cards WHERE user_id = $1 \
         AND revoked_at IS NULL AND expires_at > $2 ORDER BY created_at DESC, id DESC"
    ))
    .bind(user_id)
    .bind(now)
    .fetch_all(ex)
    .await
}

pub async fn count_live<'e>(
    ex: impl Executor<'e, Database = Any>,
    user_id: i64,
    now: i64,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT COUNT(*) FROM login_cards WHERE user_id = $1 \
         AND revoked_at IS NULL AND expires_at > $2",
    )
    .bind(user_id)
    .bind(now)
    .fetch_one(ex)
    .await
}

pub async fn touch<'e>(
    ex: impl Executor<'e, Database = Any>,
    id: i64,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE login_cards SET last_used_at = $1 WHERE id = $2")
        .bind(now)
        .bind(id)
        .execute(ex)
        .await
        .map(|_| ())
}

/// Revokes one of `user_id`'s cards; false when it is not theirs or already revoked.
pub async fn revoke<'e>(
    ex: impl Executor<'e, Database = Any>,
    user_id: i64,
    id: i64,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE login_cards SET revoked_at = $1 WHERE id = $2 AND user_id = $3 \
         AND revoked_at IS NULL",
    )
    .bind(now)
    .bind(id)
    .bind(user_id)
    .execute(ex)
    .await?;
    Ok(done.rows_affected() == 1)
}
