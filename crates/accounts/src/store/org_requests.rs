//! The `org_join_codes` and `org_join_requests` tables: the code an organisation gives its
//! teachers, and the teachers' requests to join that its admins approve or reject.

use sqlx::{Any, Executor};

/// The organisation's join code, if it has made one.
pub async fn join_code<'e>(
    ex: impl Executor<'e, Database = Any>,
    org_id: i64,
) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar("SELECT code FROM org_join_codes WHERE org_id = $1")
        .bind(org_id)
        .fetch_optional(ex)
        .await
}

/// The organisation whose join code this is.
pub async fn org_by_code<'e>(
    ex: impl Executor<'e, Database = Any>,
    code: &str,
) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar("SELECT org_id FROM org_join_codes WHERE code = $1")
        .bind(code)
        .fetch_optional(ex)
        .await
}

/// Gives the organisation `code`, replacing its old one.
pub async fn set_join_code<'e>(
    ex: impl Executor<'e, Database = Any>,
    org_id: i64,
    code: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO org_join_codes (org_id, code, created_at) VALUES ($1, $2, $3) \
         ON CONFLICT (org_id) DO UPDATE SET code = excluded.code, created_at = excluded.created_at",
    )
    .bind(org_id)
    .bind(code)
    .bind(now)
    .execute(ex)
    .await
    .map(|_| ())
}

pub async fn insert<'e>(
    ex: impl Executor<'e, Database = Any>,
    org_id: i64,
    user_id: i64,
    now: i64,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO org_join_requests (org_id, user_id, status, created_at) \
         VALUES ($1, $2, 'pending', $3) RETURNING id",
    )
    .bind(org_id)
    .bind(user_id)
    .bind(now)
    .fetch_one(ex)
    .await
}

/// A pending request with the organisation and the teacher who asked.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct RequestRow {
    pub id: i64,
    pub org_id: i64,
    pub org_name: String,
    pub org_kind: String,
    pub user_id: i64,
    pub user_public_id: String,
    pub user_name: String,
    pub created_at: i64,
}

const PENDING: &str = "SELECT r.id, r.org_id, o.name AS org_name, o.kind AS org_kind, \
     r.user_id, u.public_id AS user_public_id, u.name AS user_name, r.created_at \
     FROM org_join_requests r JOIN organizations o ON o.id = r.org_id \
     JOIN users u ON u.id = r.user_id WHERE r.status = 'pending'";

/// The pending request of `user_id` to join `org_id`, if any.
pub async fn pending_of<'e>(
    ex: impl Executor<'e, Database = Any>,
    org_id: i64,
    user_id: i64,
) -> Result<Option<RequestRow>, sqlx::Error> {
    sqlx::query_as(&format!("{PENDING} AND r.org_id = $1 AND r.user_id = $2"))
        .bind(org_id)
        .bind(user_id)
        .fetch_optional(ex)
        .await
}

/// One pending request to `org_id`.
pub async fn find_pending<'e>(
    ex: impl Executor<'e, Database = Any>,
    org_id: i64,
    id: i64,
) -> Result<Option<RequestRow>, sqlx::Error> {
    sqlx::query_as(&format!("{PENDING} AND r.org_id = $1 AND r.id = $2"))
        .bind(org_id)
        .bind(id)
        .fetch_optional(ex)
        .await
}

/// Pending requests to an organisation, oldest first.
pub async fn list_for_org<'e>(
    ex: impl Executor<'e, Database = Any>,
    org_id: i64,
) -> Result<Vec<RequestRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "{PENDING} AND r.org_id = $1 ORDER BY r.created_at, r.id"
    ))
    .bind(org_id)
    .fetch_all(ex)
    .await
}

/// A teacher's pending requests, by organisation name.
pub async fn list_for_user<'e>(
    ex: impl Executor<'e, Database = Any>,
    user_id: i64,
) -> Result<Vec<RequestRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "{PENDING} AND r.user_id = $1 ORDER BY o.name, r.id"
    ))
    .bind(user_id)
    .fetch_all(ex)
    .await
}

/// Closes a pending request as `approved` or `rejected`; false when it was not pending.
pub async fn close<'e>(
    ex: impl Executor<'e, Database = Any>,
    id: i64,
    status: &str,
    by: i64,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE org_join_requests SET status = $1, answered_by = $2, answered_at = $3 \
         WHERE id = $4 AND status = 'pending'",
    )
    .bind(status)
    .bind(by)
    .bind(now)
    .bind(id)
    .execute(ex)
    .await?;
    Ok(done.rows_affected() == 1)
}
