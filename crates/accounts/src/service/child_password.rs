//! A parent sets a new password for their own child; the child's other sessions end. Children
//! do not change their own password, so a parent always knows how to sign them in.

use kernel::auth::Principal;
use kernel::ratelimit::Limit;
use kernel::{AppError, AppResult, AppState};
use serde::Deserialize;

use crate::model::{Password, CHILD_PASSWORD_MIN};
use crate::store::{families, sessions, users};

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
    parent.require(&[kernel::auth::Role::Parent])?;
    let child = families::child_of(state.db.pool(), parent.id, child_public_id.trim())
        .await?
        .ok_or_else(AppError::not_found)?;
    let password = Password::parse_new(
        "password",
        req.password.as_deref(),
        CHILD_PASSWORD_MIN,
        &crate::service::personal(&child),
    )
    .map_err(|e| AppError::invalid(vec![e]))?;
    let now = state.now_ms();
    state
        .limiter
        .hit(
            &format!("child-password:{}", parent.id),
            RESETS_PER_PARENT,
            now,
        )
        .await?;
    let hash = crate::password::hash(password.0, state.config.password_cost).await?;
    let mut tx = state.db.begin().await?;
    users::set_password(&mut *tx, child.id, &hash, now).await?;
    sessions::revoke_all(&mut *tx, child.id, now).await?;
    tx.commit().await?;
    tracing::info!(
        user.id = parent.id,
        child.id = child.id,
        "child's password set by parent"
    );
    Ok(())
}
