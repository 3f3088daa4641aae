//! "Open my child's account" on the parent's phone, and the way back.
//!
//! The parent opens a new session as the child (the parent's own web session ends, so the
//! phone holds only the child's). That session remembers which parent opened it; going back
//! needs that parent's password, throttled like a login, so the child cannot get into the
//! parent's account alone. See `docs/child-sign-in.md`.

use kernel::auth::{Principal, Role, TokenPair};
use kernel::{AppError, AppResult, AppState};

use crate::service::throttle;
use crate::store::users::UserRow;
use crate::store::{sessions, users};

/// A session just started for `user`.
pub struct Switched {
    pub user: UserRow,
    pub tokens: TokenPair,
}

/// Starts a session as `child` opened by `parent`; with `end_own` the parent's current
/// session ends (the web replaces its cookies).
pub async fn open_child(
    state: &AppState,
    parent: &Principal,
    child: UserRow,
    user_agent: &str,
    end_own: bool,
) -> AppResult<Switched> {
    parent.require(&[Role::Parent])?;
    if child.blocked_at.is_some() {
        return Err(AppError::forbidden().with_code("account_blocked"));
    }
    let now = state.now_ms();
    let mut tx = state.db.begin().await?;
    let (session_id, tokens) =
        crate::service::tokens::start_session(&mut tx, child.id, user_agent, now).await?;
    sessions::set_origin(&mut *tx, session_id, None, Some(parent.id)).await?;
    if end_own {
        sessions::revoke_session(&mut *tx, parent.session_id, now).await?;
    }
    tx.commit().await?;
    if end_own {
        crate::service::auth_cache::changed(
            state,
            &[crate::service::auth_cache::Change::Session(
                parent.session_id,
            )],
        )
        .await;
    }
    tracing::info!(
        user.id = parent.id,
        child.id = child.id,
        "parent opened child's account"
    );
    Ok(Switched {
        user: child,
        tokens,
    })
}

/// The parent who opened the caller's session, if one did.
pub async fn opener(state: &AppState, who: &Principal) -> AppResult<Option<UserRow>> {
    let pool = state.db.pool();
    let Some(parent_id) = sessions::opened_by(pool, who.session_id).await? else {
        return Ok(None);
    };
    Ok(users::find_by_id(pool, parent_id)
        .await?
        .filter(|u| u.blocked_at.is_none()))
}

/// Back to the parent who opened this session: their password, throttled per parent account
/// and address like a login; the child's session ends.
pub async fn back_to_parent(
    state: &AppState,
    child: &Principal,
    password: &str,
    ip: &str,
    user_agent: &str,
) -> AppResult<Switched> {
    let parent = opener(state, child)
        .await?
        .ok_or_else(AppError::forbidden)?;
    if password.is_empty() {
        return Err(AppError::field("password", "field-required"));
    }
    let key = throttle::key(&throttle::account_key(parent.id), ip);
    let claim = throttle::claim(state, &key).await?;
    let verified =
        match crate::password::verify(password.to_string(), parent.password_hash.clone()).await {
            Ok(verified) => verified,
            Err(busy) => {
                throttle::refund(state, &[claim]).await;
                return Err(busy);
            }
        };
    if !verified {
        return Err(AppError::new(
            axum::http::StatusCode::UNAUTHORIZED,
            "invalid_credentials",
        ));
    }
    throttle::clear(state, &key).await?;
    let now = state.now_ms();
    let mut tx = state.db.begin().await?;
    sessions::revoke_session(&mut *tx, child.session_id, now).await?;
    let (_, tokens) =
        crate::service::tokens::start_session(&mut tx, parent.id, user_agent, now).await?;
    tx.commit().await?;
    crate::service::auth_cache::changed(
        state,
        &[crate::service::auth_cache::Change::Session(
            child.session_id,
        )],
    )
    .await;
    tracing::info!(user.id = parent.id, child.id = child.id, "back to parent");
    Ok(Switched {
        user: parent,
        tokens,
    })
}
