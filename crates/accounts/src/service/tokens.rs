//! Access and refresh tokens: issue, resolve, rotate with reuse detection, revoke.
//!
//! Tokens are 256-bit random strings; only their SHA-256 is stored. A refresh token works
//! once. Presenting a spent one means it was copied, so the whole login session ends.

use kernel::auth::{Authenticator, BoxFuture, Principal, TokenPair};
use kernel::bus::Bus;
use kernel::clock::Clock;
use kernel::db::{Db, Tx};
use kernel::ids::{sha256_hex, token};
use kernel::{AppError, AppState};
use std::sync::Arc;

use crate::service::auth_cache::{changed, AuthCache, Change, TokenEntry};
use crate::store::users::UserRow;
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

/// The principal behind an access token, if it is live and its user is not blocked: from this
/// replica's cache when it has both, else from the database (and then kept).
pub async fn resolve(
    db: &Db,
    cache: &AuthCache,
    access_token: &str,
    now: i64,
) -> Result<Option<Principal>, AppError> {
    if access_token.len() != 64 {
        return Ok(None);
    }
    let hash = sha256_hex(access_token);
    let stamp = cache.stamp();
    if let Some(stamp) = stamp {
        if let Some(token) = cache.token(stamp, &hash, now) {
            if let Some(user) = cache.user(stamp, token.user_id, now) {
                return Ok(live(&user, token.session_id));
            }
        }
    }
    let Some(row) = sessions::find_access(db.pool(), &hash, now).await? else {
        return Ok(None);
    };
    let token = TokenEntry {
        user_id: row.user.id,
        session_id: row.session_id,
        expires_at: row.token_expires_at,
    };
    let mut user = row.user;
    user.password_hash.clear();
    let user = Arc::new(user);
    if let Some(stamp) = stamp {
        cache.store(stamp, Some((&hash, token)), Some(user.clone()), now);
    }
    Ok(live(&user, token.session_id))
}

/// A user's row as the cache has it (fresh) or the database (then kept), without the
/// password hash.
pub async fn user_row(
    db: &Db,
    cache: &AuthCache,
    user_id: i64,
    now: i64,
) -> Result<Option<Arc<UserRow>>, AppError> {
    let stamp = cache.stamp();
    if let Some(user) = stamp.and_then(|s| cache.user(s, user_id, now)) {
        return Ok(Some(user));
    }
    let Some(mut user) = users::find_by_id(db.pool(), user_id).await? else {
        return Ok(None);
    };
    user.password_hash.clear();
    let user = Arc::new(user);
    if let Some(stamp) = stamp {
        cache.store(stamp, None, Some(user.clone()), now);
    }
    Ok(Some(user))
}

fn live(user: &UserRow, session_id: i64) -> Option<Principal> {
    user.blocked_at
        .is_none()
        .then(|| crate::service::view::principal(user, session_id))
}

/// Rotates a refresh token. `None` when it is unknown, expired, revoked or spent; a spent
/// token also revokes its session.
pub async fn rotate(
    db: &Db,
    cache: &AuthCache,
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
        cache.changed(&[Change::Session(row.session_id)]).await;
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

/// Ends one login session, on every replica.
pub async fn end_session(state: &AppState, session_id: i64) -> Result<(), AppError> {
    sessions::revoke_session(state.db.pool(), session_id, state.now_ms()).await?;
    changed(state, &[Change::Session(session_id)]).await;
    Ok(())
}

/// Ends every login session of a user, on every replica.
pub async fn end_all_sessions(state: &AppState, user_id: i64) -> Result<u64, AppError> {
    let ended = sessions::revoke_all(state.db.pool(), user_id, state.now_ms()).await?;
    changed(state, &[Change::User(user_id)]).await;
    Ok(ended)
}

/// The accounts domain's answer to "who holds this token?" for the kernel.
pub struct TokenAuthenticator {
    db: Db,
    clock: Arc<dyn Clock>,
    cache: Arc<AuthCache>,
}

impl TokenAuthenticator {
    /// An authenticator whose cache hears other replicas' changes on `bus`.
    pub async fn new(db: Db, clock: Arc<dyn Clock>, bus: Bus) -> Self {
        let cache = AuthCache::new(bus);
        cache.listen().await;
        Self { db, clock, cache }
    }

    pub fn cache(&self) -> &AuthCache {
        &self.cache
    }

    pub fn cache_handle(&self) -> Arc<AuthCache> {
        self.cache.clone()
    }
}

impl Authenticator for TokenAuthenticator {
    fn resolve<'a>(
        &'a self,
        access_token: &'a str,
    ) -> BoxFuture<'a, Result<Option<Principal>, AppError>> {
        Box::pin(resolve(
            &self.db,
            &self.cache,
            access_token,
            self.clock.now_ms(),
        ))
    }

    fn refresh<'a>(
        &'a self,
        refresh_token: &'a str,
    ) -> BoxFuture<'a, Result<Option<(Principal, TokenPair)>, AppError>> {
        Box::pin(rotate(
            &self.db,
            &self.cache,
            refresh_token,
            self.clock.now_ms(),
        ))
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}
