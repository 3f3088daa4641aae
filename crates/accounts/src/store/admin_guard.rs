//! The row every decision about the last administrator writes first (`admin_guard`).

use sqlx::{Any, Executor};

/// Writes the single guard row, so that every transaction deciding about the last
/// administrator waits for the one before it (PostgreSQL's row lock; SQLite's one writer).
pub async fn lock_admin_guard<'e>(
    ex: impl Executor<'e, Database = Any>,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE admin_guard SET changed_at = $1 WHERE id = 1")
        .bind(now)
        .execute(ex)
        .await?;
    Ok(())
}
