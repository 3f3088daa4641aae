//! Failed-login counters (`login_throttles`).

use sqlx::{Any, Executor};

/// A key's failures so far, when it may try again and when it last tried (unix ms).
#[derive(Clone, Copy, Debug, sqlx::FromRow)]
pub struct ThrottleRow {
    pub failures: i64,
    pub next_at: i64,
    pub updated_at: i64,
}

pub async fn find<'e>(
    ex: impl Executor<'e, Database = Any>,
    key: &str,
) -> Result<Option<ThrottleRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT failures, next_at, updated_at FROM login_throttles WHERE throttle_key = $1",
    )
    .bind(key)
    .fetch_optional(ex)
    .await
}

/// Creates the key's counter at one failure; `false` when another request created it first.
pub async fn insert_first<'e>(
    ex: impl Executor<'e, Database = Any>,
    key: &str,
    next_at: i64,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "INSERT INTO login_throttles (throttle_key, failures, next_at, updated_at) \
         VALUES ($1, 1, $2, $3) ON CONFLICT (throttle_key) DO NOTHING",
    )
    .bind(key)
    .bind(next_at)
    .bind(now)
    .execute(ex)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Moves the counter from `seen` to `failures`; `false` when another request moved it first.
pub async fn advance<'e>(
    ex: impl Executor<'e, Database = Any>,
    key: &str,
    seen: &ThrottleRow,
    failures: i64,
    next_at: i64,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE login_throttles SET failures = $1, next_at = $2, updated_at = $3 \
         WHERE throttle_key = $4 AND failures = $5 AND updated_at = $6",
    )
    .bind(failures)
    .bind(next_at)
    .bind(now)
    .bind(key)
    .bind(seen.failures)
    .bind(seen.updated_at)
    .execute(ex)
    .await?;
    Ok(done.rows_affected() == 1)
}

pub async fn delete<'e>(
    ex: impl Executor<'e, Database = Any>,
    key: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM login_throttles WHERE throttle_key = $1")
        .bind(key)
        .execute(ex)
        .await?;
    Ok(())
}

/// Deletes the key's counter if it is still exactly `seen`.
pub async fn delete_if<'e>(
    ex: impl Executor<'e, Database = Any>,
    key: &str,
    seen: &ThrottleRow,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "DELETE FROM login_throttles WHERE throttle_key = $1 AND failures = $2 AND updated_at = $3",
    )
    .bind(key)
    .bind(seen.failures)
    .bind(seen.updated_at)
    .execute(ex)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Drops counters untouched since `before` (unix ms).
pub async fn delete_stale<'e>(
    ex: impl Executor<'e, Database = Any>,
    before: i64,
) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("DELETE FROM login_throttles WHERE updated_at < $1")
        .bind(before)
        .execute(ex)
        .await?;
    Ok(done.rows_affected())
}
