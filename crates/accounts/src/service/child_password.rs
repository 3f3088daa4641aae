//! A parent (or the teacher of the child's class) sets a new password for a child; the child's
//! other sessions end. Children do not change their own password, so a grown-up always knows
//! how to sign them in.

use kernel::auth::Principal;
use kernel::ratelimit::Limit;
use kernel::{AppError, AppResult, AppState};
use serde::Deserialize;

use crate::model::{Password, CHILD_PASSWORD_MIN};
use crate::store::users::UserRow;
use crate::store::{sessions, users};

/// `POST /api/v1/family/children/{id}/password` and the family page's form.
#[derive(Debug, Default, Deserialize)]
pub struct ChildPasswordRequest {
    pub password: Option<String>,
}

/// Each reset is a password hash: a parent gets 20 an hour.
const RESETS_PER_PARENT: Limit = Limit {
    max: 20,
    window_s: 3600,
};

pub async fn reset(
    state: &AppState,
    parent: &Principal,
    child_public_id: &str,
    req: &ChildPasswordRequest,
) -> AppResult<()> {
    let child = crate::service::child_access::parents_child(state, parent, child_public_id).await?;
    set_for(state, parent, &child, req).await
}

/// Sets `child`'s password; `actor` is already known to be the child's parent or teacher.
pub async fn set_for(
    state: &AppState,
    actor: &Principal,
    child: &UserRow,
    req: &ChildPasswordRequest,
) -> AppResult<()> {
    let password = Password::parse_new(
        "password",
        req.password.as_deref(),
        CHILD_PASSWORD_MIN,
        &crate::service::personal(child),
    )
    .map_err(|e| AppError::invalid(vec![e]))?;
    let now = state.now_ms();
    state
        .limiter
        .hit(
            &format!("child-password:{}", actor.id),
            RESETS_PER_PARENT,
            now,
        )
        .await?;
    let hash = crate::password::hash(password.0, state.config.password_cost).await?;
    let mut tx = state.db.begin().await?;
    users::set_password(&mut *tx, child.id, &hash, now).await?;
    sessions::revoke_all(&mut *tx, child.id, now).await?;
    tx.commit().await?;
    crate::service::auth_cache::changed(
        state,
        &[crate::service::auth_cache::Change::User(child.id)],
    )
    .await;
    tracing::info!(
        user.id = actor.id,
        child.id = child.id,
        "child's password set"
    );
    Ok(())
}
