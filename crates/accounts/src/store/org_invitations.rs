//! The `org_invitations` table: an organisation invites a person by the Alif24 ID its admin
//! typed; the person (or a child's parent) accepts or declines before the invitation expires.
//!
//! `user_id` is set only when the typed ID belonged to an account that fits the invitation, so
//! an invitation to anyone else is stored but never shown to anybody.

use sqlx::{Any, Executor};

/// Fields of a new invitation.
pub struct NewInvitation<'a> {
    pub org_id: i64,
    pub invited_by: i64,
    pub typed_id: &'a str,
    pub user_id: Option<i64>,
    pub member_role: &'a str,
    pub now: i64,
    pub expires_at: i64,
}

pub async fn insert<'e>(
    ex: impl Executor<'e, Database = Any>,
    new: &NewInvitation<'_>,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO org_invitations (org_id, invited_by, typed_id, user_id, member_role, \
         status, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, 'pending', $6, $7) \
         RETURNING id",
    )
    .bind(new.org_id)
    .bind(new.invited_by)
    .bind(new.typed_id)
    .bind(new.user_id)
    .bind(new.member_role)
    .bind(new.now)
    .bind(new.expires_at)
    .fetch_one(ex)
    .await
}

/// An invitation as the organisation that sent it sees it: only what its admin typed.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct SentRow {
    pub id: i64,
    pub typed_id: String,
    pub member_role: String,
    pub created_at: i64,
    pub expires_at: i64,
}

const SENT: &str = "SELECT id, typed_id, member_role, created_at, expires_at FROM org_invitations";

/// One pending, unexpired invitation of an organisation.
pub async fn find_sent<'e>(
    ex: impl Executor<'e, Database = Any>,
    org_id: i64,
    id: i64,
    now: i64,
) -> Result<Option<SentRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "{SENT} WHERE org_id = $1 AND id = $2 AND status = 'pending' AND expires_at > $3"
    ))
    .bind(org_id)
    .bind(id)
    .bind(now)
    .fetch_optional(ex)
    .await
}

/// The organisation's pending, unexpired invitation to the typed ID, if any.
pub async fn find_sent_to<'e>(
    ex: impl Executor<'e, Database = Any>,
    org_id: i64,
    typed_id: &str,
    now: i64,
) -> Result<Option<SentRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "{SENT} WHERE org_id = $1 AND typed_id = $2 AND status = 'pending' AND expires_at > $3"
    ))
    .bind(org_id)
    .bind(typed_id)
    .bind(now)
    .fetch_optional(ex)
    .await
}

/// An organisation's pending, unexpired invitations, newest first.
pub async fn list_sent<'e>(
    ex: impl Executor<'e, Database = Any>,
    org_id: i64,
    now: i64,
) -> Result<Vec<SentRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "{SENT} WHERE org_id = $1 AND status = 'pending' AND expires_at > $2 \
         ORDER BY created_at DESC, id DESC"
    ))
    .bind(org_id)
    .bind(now)
    .fetch_all(ex)
    .await
}

/// An invitation as the invited person (or their parent) sees it.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct ReceivedRow {
    pub id: i64,
    pub org_id: i64,
    pub org_name: String,
    pub org_kind: String,
    pub member_role: String,
    pub user_id: i64,
    pub user_public_id: String,
    pub user_name: String,
    pub created_at: i64,
    pub expires_at: i64,
}

const RECEIVED: &str = "SELECT i.id, i.org_id, o.name AS org_name, o.kind AS org_kind, \
     i.member_role, u.id AS user_id, u.public_id AS user_public_id, u.name AS user_name, \
     i.created_at, i.expires_at FROM org_invitations i \
     JOIN organizations o ON o.id = i.org_id JOIN users u ON u.id = i.user_id";

/// Pending, unexpired invitations to `user_id`, newest first.
pub async fn list_received<'e>(
    ex: impl Executor<'e, Database = Any>,
    user_id: i64,
    now: i64,
) -> Result<Vec<ReceivedRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "{RECEIVED} WHERE i.user_id = $1 AND i.status = 'pending' AND i.expires_at > $2 \
         ORDER BY i.created_at DESC, i.id DESC"
    ))
    .bind(user_id)
    .bind(now)
    .fetch_all(ex)
    .await
}

/// Pending, unexpired invitations to the children of `parent_id`, newest first.
pub async fn list_received_by_children<'e>(
    ex: impl Executor<'e, Database = Any>,
    parent_id: i64,
    now: i64,
) -> Result<Vec<ReceivedRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "{RECEIVED} WHERE i.user_id IN (SELECT child_id FROM families WHERE parent_id = $1) \
         AND i.status = 'pending' AND i.expires_at > $2 ORDER BY i.created_at DESC, i.id DESC"
    ))
    .bind(parent_id)
    .bind(now)
    .fetch_all(ex)
    .await
}

/// One pending, unexpired invitation that reached someone.
pub async fn find_received<'e>(
    ex: impl Executor<'e, Database = Any>,
    id: i64,
    now: i64,
) -> Result<Option<ReceivedRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "{RECEIVED} WHERE i.id = $1 AND i.status = 'pending' AND i.expires_at > $2"
    ))
    .bind(id)
    .bind(now)
    .fetch_optional(ex)
    .await
}

/// Closes a pending, unexpired invitation as `accepted`, `declined` or `withdrawn`; false when
/// it was no longer open (answered, withdrawn or expired meanwhile).
pub async fn close<'e>(
    ex: impl Executor<'e, Database = Any>,
    id: i64,
    status: &str,
    by: i64,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE org_invitations SET status = $1, answered_by = $2, answered_at = $3 \
         WHERE id = $4 AND status = 'pending' AND expires_at > $3",
    )
    .bind(status)
    .bind(by)
    .bind(now)
    .bind(id)
    .execute(ex)
    .await?;
    Ok(done.rows_affected() == 1)
}
