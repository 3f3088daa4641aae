//! The `families` and `child_link_codes` tables: which parents a child belongs to, and the
//! one-time codes a child shows a parent to be linked.

use sqlx::{Any, Executor};

use crate::store::users::{UserRow, COLUMNS};

/// Links a child to a parent; linking twice changes nothing.
pub async fn link<'e>(
    ex: impl Executor<'e, Database = Any>,
    parent_id: i64,
    child_id: i64,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO families (parent_id, child_id, created_at) VALUES ($1, $2, $3) \
         ON CONFLICT (parent_id, child_id) DO NOTHING",
    )
    .bind(parent_id)
    .bind(child_id)
    .bind(now)
    .execute(ex)
    .await
    .map(|_| ())
}

/// Removes the link between a parent and a child (never the child's account).
pub async fn unlink<'e>(
    ex: impl Executor<'e, Database = Any>,
    parent_id: i64,
    child_id: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM families WHERE parent_id = $1 AND child_id = $2")
        .bind(parent_id)
        .bind(child_id)
        .execute(ex)
        .await
        .map(|_| ())
}

pub async fn is_linked<'e>(
    ex: impl Executor<'e, Database = Any>,
    parent_id: i64,
    child_id: i64,
) -> Result<bool, sqlx::Error> {
    let n: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM families WHERE parent_id = $1 AND child_id = $2")
            .bind(parent_id)
            .bind(child_id)
            .fetch_one(ex)
            .await?;
    Ok(n > 0)
}

pub async fn count_children<'e>(
    ex: impl Executor<'e, Database = Any>,
    parent_id: i64,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT COUNT(*) FROM families WHERE parent_id = $1")
        .bind(parent_id)
        .fetch_one(ex)
        .await
}

/// A parent's children, oldest account first.
pub async fn children_of<'e>(
    ex: impl Executor<'e, Database = Any>,
    parent_id: i64,
) -> Result<Vec<UserRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM users \
         WHERE id IN (SELECT child_id FROM families WHERE parent_id = $1) \
         ORDER BY created_at, id"
    ))
    .bind(parent_id)
    .fetch_all(ex)
    .await
}

/// One of a parent's children by Alif24 ID; `None` for anyone else's.
pub async fn child_of<'e>(
    ex: impl Executor<'e, Database = Any>,
    parent_id: i64,
    public_id: &str,
) -> Result<Option<UserRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM users WHERE public_id = $1 \
         AND id IN (SELECT child_id FROM families WHERE parent_id = $2)"
    ))
    .bind(public_id)
    .bind(parent_id)
    .fetch_optional(ex)
    .await
}

/// Forgets every link code of a child, so only the newest one works.
pub async fn delete_link_codes<'e>(
    ex: impl Executor<'e, Database = Any>,
    child_id: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM child_link_codes WHERE child_id = $1")
        .bind(child_id)
        .execute(ex)
        .await
        .map(|_| ())
}

pub async fn link_code_taken<'e>(
    ex: impl Executor<'e, Database = Any>,
    code_hash: &str,
) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM child_link_codes WHERE code_hash = $1")
        .bind(code_hash)
        .fetch_one(ex)
        .await?;
    Ok(n > 0)
}

pub async fn insert_link_code<'e>(
    ex: impl Executor<'e, Database = Any>,
    code_hash: &str,
    child_id: i64,
    now: i64,
    expires_at: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO child_link_codes (code_hash, child_id, created_at, expires_at) \
         VALUES ($1, $2, $3, $4)",
    )
    .bind(code_hash)
    .bind(child_id)
    .bind(now)
    .bind(expires_at)
    .execute(ex)
    .await
    .map(|_| ())
}

/// Spends an unused, unexpired code and returns its child; `None` when it does not work.
/// One statement, so two parents racing for one code cannot both get it.
pub async fn take_link_code<'e>(
    ex: impl Executor<'e, Database = Any>,
    code_hash: &str,
    now: i64,
) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar(
        "UPDATE child_link_codes SET used_at = $1 \
         WHERE code_hash = $2 AND used_at IS NULL AND expires_at > $1 RETURNING child_id",
    )
    .bind(now)
    .bind(code_hash)
    .fetch_optional(ex)
    .await
}

/// Whether any parent is linked to the child.
pub async fn has_parent<'e>(
    ex: impl Executor<'e, Database = Any>,
    child_id: i64,
) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM families WHERE child_id = $1")
        .bind(child_id)
        .fetch_one(ex)
        .await?;
    Ok(n > 0)
}
