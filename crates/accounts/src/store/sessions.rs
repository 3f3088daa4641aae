//! Login sessions and their access and refresh tokens (stored as SHA-256 hashes only).

use sqlx::{Any, Executor};

use crate::store::users::UserRow;

pub const ACCESS: &str = "access";
pub const REFRESH: &str = "refresh";

pub async fn insert_session<'e>(
    ex: impl Executor<'e, Database = Any>,
    user_id: i64,
    user_agent: &str,
    now: i64,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO auth_sessions (user_id, user_agent, created_at, last_used_at) VALUES ($1, $2, $3, $3) RETURNING id",
    )
    .bind(user_id)
    .bind(user_agent)
    .bind(now)
    .fetch_one(ex)
    .await
}

pub async fn insert_token<'e>(
    ex: impl Executor<'e, Database = Any>,
    token_hash: &str,
    session_id: i64,
    kind: &str,
    now: i64,
    expires_at: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO auth_tokens (token_hash, session_id, kind, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)")
        .bind(token_hash)
        .bind(session_id)
        .bind(kind)
        .bind(now)
        .bind(expires_at)
        .execute(ex)
        .await
        .map(|_| ())
}

/// A live access token with its session and unblocked user.
#[derive(Debug, sqlx::FromRow)]
pub struct AccessRow {
    pub session_id: i64,
    pub token_expires_at: i64,
    #[sqlx(flatten)]
    pub user: UserRow,
}

pub async fn find_access<'e>(
    ex: impl Executor<'e, Database = Any>,
    token_hash: &str,
    now: i64,
) -> Result<Option<AccessRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT s.id AS session_id, t.expires_at AS token_expires_at, \
         u.id, u.public_id, u.role, u.status, u.name, u.email, u.phone, u.password_hash, \
         u.language, u.avatar, u.birth_year, u.blocked_at, u.created_at, u.updated_at, \
         u.region, u.district \
         FROM auth_tokens t JOIN auth_sessions s ON s.id = t.session_id JOIN users u ON u.id = s.user_id \
         WHERE t.token_hash = $1 AND t.kind = 'access' AND t.expires_at > $2 \
         AND s.revoked_at IS NULL AND u.blocked_at IS NULL",
    )
    .bind(token_hash)
    .bind(now)
    .fetch_optional(ex)
    .await
}

/// A refresh token with its session, whatever its state.
#[derive(Debug, sqlx::FromRow)]
pub struct RefreshRow {
    pub session_id: i64,
    pub user_id: i64,
    pub used_at: Option<i64>,
    pub expires_at: i64,
    pub revoked_at: Option<i64>,
}

pub async fn find_refresh<'e>(
    ex: impl Executor<'e, Database = Any>,
    token_hash: &str,
) -> Result<Option<RefreshRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT t.session_id, s.user_id, t.used_at, t.expires_at, s.revoked_at \
         FROM auth_tokens t JOIN auth_sessions s ON s.id = t.session_id \
         WHERE t.token_hash = $1 AND t.kind = 'refresh'",
    )
    .bind(token_hash)
    .fetch_optional(ex)
    .await
}

/// Marks a refresh token spent; false when another request spent it first.
pub async fn spend_refresh<'e>(
    ex: impl Executor<'e, Database = Any>,
    token_hash: &str,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let r = sqlx::query("UPDATE auth_tokens SET used_at = $1 WHERE token_hash = $2 AND kind = 'refresh' AND used_at IS NULL")
        .bind(now)
        .bind(token_hash)
        .execute(ex)
        .await?;
    Ok(r.rows_affected() == 1)
}

pub async fn touch_session<'e>(
    ex: impl Executor<'e, Database = Any>,
    session_id: i64,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE auth_sessions SET last_used_at = $1 WHERE id = $2")
        .bind(now)
        .bind(session_id)
        .execute(ex)
        .await
        .map(|_| ())
}

pub async fn revoke_session<'e>(
    ex: impl Executor<'e, Database = Any>,
    session_id: i64,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE auth_sessions SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL")
        .bind(now)
        .bind(session_id)
        .execute(ex)
        .await
        .map(|_| ())
}

/// Ends every login session of a user; returns how many were live.
pub async fn revoke_all<'e>(
    ex: impl Executor<'e, Database = Any>,
    user_id: i64,
    now: i64,
) -> Result<u64, sqlx::Error> {
    sqlx::query(
        "UPDATE auth_sessions SET revoked_at = $1 WHERE user_id = $2 AND revoked_at IS NULL",
    )
    .bind(now)
    .bind(user_id)
    .execute(ex)
    .await
    .map(|r| r.rows_affected())
}

/// Deletes tokens that expired before `cutoff`.
pub async fn delete_expired_tokens<'e>(
    ex: impl Executor<'e, Database = Any>,
    cutoff: i64,
) -> Result<u64, sqlx::Error> {
    sqlx::query("DELETE FROM auth_tokens WHERE expires_at < $1")
        .bind(cutoff)
        .execute(ex)
        .await
        .map(|r| r.rows_affected())
}

/// Ends every login session of a user except `keep` (after a password change).
pub async fn revoke_all_but<'e>(
    ex: impl Executor<'e, Database = Any>,
    user_id: i64,
    keep: i64,
    now: i64,
) -> Result<u64, sqlx::Error> {
    sqlx::query("UPDATE auth_sessions SET revoked_at = $1 WHERE user_id = $2 AND id <> $3 AND revoked_at IS NULL")
        .bind(now)
        .bind(user_id)
        .bind(keep)
        .execute(ex)
        .await
        .map(|r| r.rows_affected())
}

/// Notes how a session began: the login card it was opened with, or the parent who opened it.
pub async fn set_origin<'e>(
    ex: impl Executor<'e, Database = Any>,
    session_id: i64,
    login_card_id: Option<i64>,
    opened_by: Option<i64>,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE auth_sessions SET login_card_id = $1, opened_by = $2 WHERE id = $3")
        .bind(login_card_id)
        .bind(opened_by)
        .bind(session_id)
        .execute(ex)
        .await
        .map(|_| ())
}

/// The parent who opened this session on their phone, if one did.
pub async fn opened_by<'e>(
    ex: impl Executor<'e, Database = Any>,
    session_id: i64,
) -> Result<Option<i64>, sqlx::Error> {
    let row: Option<(Option<i64>,)> =
        sqlx::query_as("SELECT opened_by FROM auth_sessions WHERE id = $1")
            .bind(session_id)
            .fetch_optional(ex)
            .await?;
    Ok(row.and_then(|r| r.0))
}

/// Ends every session started with a login card.
pub async fn revoke_by_card<'e>(
    ex: impl Executor<'e, Database = Any>,
    login_card_id: i64,
    now: i64,
) -> Result<u64, sqlx::Error> {
    sqlx::query(
        "UPDATE auth_sessions SET revoked_at = $1 WHERE login_card_id = $2 AND revoked_at IS NULL",
    )
    .bind(now)
    .bind(login_card_id)
    .execute(ex)
    .await
    .map(|r| r.rows_affected())
}
