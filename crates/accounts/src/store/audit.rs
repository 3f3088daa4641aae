//! Reading the audit log (written through `kernel::audit`) with the names of the people in it.

use sqlx::{Any, Executor};

/// An audit entry with the public IDs and names of who did it and to whom.
#[derive(Debug, sqlx::FromRow)]
pub struct AuditRow {
    pub id: i64,
    pub action: String,
    pub detail: String,
    pub created_at: i64,
    pub actor_public_id: String,
    pub actor_name: String,
    pub target_public_id: Option<String>,
    pub target_name: Option<String>,
}

/// Newest entries first, optionally only those about one user.
pub async fn list<'e>(
    ex: impl Executor<'e, Database = Any>,
    target_id: Option<i64>,
    limit: i64,
    offset: i64,
) -> Result<Vec<AuditRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT a.id, a.action, a.detail, a.created_at, actor.public_id AS actor_public_id, \
         actor.name AS actor_name, target.public_id AS target_public_id, target.name AS target_name \
         FROM audit_log a JOIN users actor ON actor.id = a.actor_id LEFT JOIN users target ON target.id = a.target_id \
         WHERE ($1 = 0 OR a.target_id = $1) ORDER BY a.created_at DESC, a.id DESC LIMIT {} OFFSET {}",
        limit.clamp(1, 500),
        offset.max(0)
    ))
    .bind(target_id.unwrap_or(0))
    .fetch_all(ex)
    .await
}

/// Newest entries first, optionally only those a user took part in, as actor or as target.
pub async fn list_involving<'e>(
    ex: impl Executor<'e, Database = Any>,
    user_id: Option<i64>,
    limit: i64,
    offset: i64,
) -> Result<Vec<AuditRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT a.id, a.action, a.detail, a.created_at, actor.public_id AS actor_public_id, \
         actor.name AS actor_name, target.public_id AS target_public_id, target.name AS target_name \
         FROM audit_log a JOIN users actor ON actor.id = a.actor_id LEFT JOIN users target ON target.id = a.target_id \
         WHERE ($1 = 0 OR a.target_id = $1 OR a.actor_id = $1) \
         ORDER BY a.created_at DESC, a.id DESC LIMIT {} OFFSET {}",
        limit.clamp(1, 500),
        offset.max(0)
    ))
    .bind(user_id.unwrap_or(0))
    .fetch_all(ex)
    .await
}

/// How many entries [`list_involving`] can page through.
pub async fn count_involving<'e>(
    ex: impl Executor<'e, Database = Any>,
    user_id: Option<i64>,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_log WHERE ($1 = 0 OR target_id = $1 OR actor_id = $1)",
    )
    .bind(user_id.unwrap_or(0))
    .fetch_one(ex)
    .await
}
