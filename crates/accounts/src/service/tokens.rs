//! Access and refresh tokens: issue, resolve, rotate with reuse detection, revoke.
//!
//! Tokens are 256-bit random strings; only their SHA-256 is stored. A refresh token works
//! once. Presenting a spent one means it was copied, so the whole login session ends.

use kernel::auth::{AccountStatus, Authenticator, BoxFuture, Principal, Role, TokenPair};
use kernel::clock::Clock;
use kernel::db::{Db, Tx};
use kernel::i18n::Lang;
use kernel::ids::{sha256_hex, token};
use kernel::AppError;
use std::sync::Arc;

use crate::store::{sessions, users};

pub const ACCESS_TTL_S: i64 = 15 * 60;
pub const REFRESH_TTL_S: i64 = 30 * 86_400;

/// Issues a fresh pair inside `tx` for a login session.
pub async fn issue(tx: &mut Tx, session_id: i64, now: i64) -> Result<TokenPair, sqlx::Error> {
    let access = token();
    let refresh = token();
    sessions::insert_token(
        &mut **tx,
        &sha256_hex(&access),
        session_id,
        sessions::ACCESS,
        now,
        now + ACCESS_TTL_S * 1000,
    )
    .await?;
    sessions::insert_token(
        &mut **tx,
        &sha256_hex(&refresh),
        session_id,
        sessions::REFRESH,
        now,
        now + REFRESH_TTL_S * 1000,
    )
    .await?;
    Ok(TokenPair {
        access_token: access,
        refresh_token: refresh,
        access_expires_in: ACCESS_TTL_S,
        refresh_expires_in: REFRESH_TTL_S,
    })
}

/// Starts a login session for `user_id` and issues its first pair.
pub async fn start_session(
    tx: &mut Tx,
    user_id: i64,
    user_agent: &str,
    now: i64,
) -> Result<(i64, TokenPair), sqlx::Error> {
    let ua: String = user_agent.chars().take(200).collect();
    let session_id = sessions::insert_session(&mut **tx, user_id, &ua, now).await?;
    Ok((session_id, issue(tx, session_id, now).await?))
}

/// The principal behind an access token, if it is live and its user is not blocked.
pub async fn resolve(db: &Db, access_token: &str, now: i64) -> Result<Option<Principal>, AppError> {
    if access_token.len() != 64 {
        return Ok(None);
    }
    let row = sessions::find_access(db.pool(), &sha256_hex(access_token), now).await?;
    Ok(row.map(|r| Principal {
        id: r.id,
        public_id: r.public_id,
        role: Role::parse(&r.role).unwrap_or(Role::Student),
        status: AccountStatus::parse(&r.status).unwrap_or(AccountStatus::Pending),
        name: r.name,
        avatar: r.avatar,
        language: Lang::parse(&r.language).unwrap_or_default(),
        session_id: r.session_id,
    }))
}

/// Rotates a refresh token. `None` when it is unknown, expired, revoked or spent; a spent
/// token also revokes its session.
pub async fn rotate(
    db: &Db,
    refresh_token: &str,
    now: i64,
) -> Result<Option<(Principal, TokenPair)>, AppError> {
    if refresh_token.len() != 64 {
        return Ok(None);
    }
    let hash = sha256_hex(refresh_token);
    let mut tx = db.begin().await?;
    let Some(row) = sessions::find_refresh(&mut *tx, &hash).await? else {
        return Ok(None);
    };
    if row.revoked_at.is_some() || row.expires_at <= now {
        return Ok(None);
    }
    if row.used_at.is_some() || !sessions::spend_refresh(&mut *tx, &hash, now).await? {
        sessions::revoke_session(&mut *tx, row.session_id, now).await?;
        tx.commit().await?;
        tracing::warn!(
            session.id = row.session_id,
            user.id = row.user_id,
            "refresh token reused; session revoked"
        );
        return Ok(None);
    }
    let Some(user) = users::find_by_id(&mut *tx, row.user_id).await? else {
        return Ok(None);
    };
    if user.blocked_at.is_some() {
        return Ok(None);
    }
    sessions::touch_session(&mut *tx, row.session_id, now).await?;
    let pair = issue(&mut tx, row.session_id, now).await?;
    tx.commit().await?;
    Ok(Some((
        crate::service::view::principal(&user, row.session_id),
        pair,
    )))
}

/// Ends one login session.
pub async fn end_session(db: &Db, session_id: i64, now: i64) -> Result<(), AppError> {
    sessions::revoke_session(db.pool(), session_id, now).await?;
    Ok(())
}

/// Ends every login session of a user.
pub async fn end_all_sessions(db: &Db, user_id: i64, now: i64) -> Result<u64, AppError> {
    Ok(sessions::revoke_all(db.pool(), user_id, now).await?)
}

/// The accounts domain's answer to "who holds this token?" for the kernel.
pub struct TokenAuthenticator {
    db: Db,
    clock: Arc<dyn Clock>,
}

impl TokenAuthenticator {
    pub fn new(db: Db, clock: Arc<dyn Clock>) -> Self {
        Self { db, clock }
    }
}

impl Authenticator for TokenAuthenticator {
    fn resolve<'a>(
        &'a self,
        access_token: &'a str,
    ) -> BoxFuture<'a, Result<Option<Principal>, AppError>> {
        Box::pin(resolve(&self.db, access_token, self.clock.now_ms()))
    }

    fn refresh<'a>(
        &'a self,
        refresh_token: &'a str,
    ) -> BoxFuture<'a, Result<Option<(Principal, TokenPair)>, AppError>> {
        Box::pin(rotate(&self.db, refresh_token, self.clock.now_ms()))
    }
}
