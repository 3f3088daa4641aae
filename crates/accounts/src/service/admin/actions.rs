//! Decisions and changes on one user: approve, reject, role, block, unblock, password.

use super::{
    find_target, given, require_admin, require_staff, AdminUser, REASON_MAX, TEMP_PASSWORD_LEN,
};
use crate::model::{Password, PASSWORD_MIN};
use crate::service::auth_cache::Change;
use crate::store::users::{self, UserRow};
use crate::store::{admin_guard, sessions};
use kernel::auth::{AccountStatus, Principal, Role};
use kernel::error::FieldError;
use kernel::{AppError, AppResult, AppState};
use serde::{Deserialize, Serialize};
use serde_json::json;

#[derive(Debug, Default, Deserialize)]
pub struct DecisionRequest {
    pub reason: Option<String>,
}

/// Approves (`Active`) or rejects (`Rejected`) a teacher or an organisation; deciding what
/// already stands changes nothing and writes nothing.
pub async fn decide(
    state: &AppState,
    who: &Principal,
    public_id: &str,
    req: &DecisionRequest,
    to: AccountStatus,
) -> AppResult<AdminUser> {
    require_staff(who)?;
    let reason = given(&req.reason).map(kernel::text::clean_line);
    if reason
        .as_ref()
        .is_some_and(|r| r.chars().count() > REASON_MAX)
    {
        let e = FieldError::new("reason", "field-too-long").arg("max", REASON_MAX);
        return Err(AppError::invalid(vec![e]));
    }
    let now = state.now_ms();
    let mut tx = state.db.begin().await?;
    let target = find_target(&mut *tx, public_id).await?;
    if !Role::parse(&target.role).is_some_and(Role::needs_approval) {
        return Err(AppError::conflict("approval_not_applicable"));
    }
    if target.status == to.as_str() {
        return Ok(AdminUser::from(&target));
    }
    users::set_status(&mut *tx, target.id, to.as_str(), now).await?;
    let mut detail = json!({"from": target.status, "to": to.as_str()});
    if let Some(r) = reason {
        detail["reason"] = json!(r);
    }
    let action = match to {
        AccountStatus::Active => "admin.approve",
        _ => "admin.reject",
    };
    let user = record_and_reload(&mut tx, who, action, &target, &detail, now).await?;
    tx.commit().await?;
    crate::service::auth_cache::changed(state, &[Change::User(target.id)]).await;
    Ok(user)
}

/// Writes the audit entry and reads the changed user back, inside the caller's transaction.
async fn record_and_reload(
    tx: &mut kernel::db::Tx,
    who: &Principal,
    action: &str,
    target: &UserRow,
    detail: &serde_json::Value,
    now: i64,
) -> AppResult<AdminUser> {
    let entry = kernel::audit::Entry {
        actor_id: who.id,
        action,
        target_id: Some(target.id),
        detail,
    };
    kernel::audit::record(&mut **tx, entry, now).await?;
    tracing::info!(
        user.id = target.id,
        staff.id = who.id,
        audit.action = action,
        "admin action"
    );
    let row = users::find_by_id(&mut **tx, target.id)
        .await?
        .ok_or_else(AppError::not_found)?;
    Ok(AdminUser::from(&row))
}

#[derive(Debug, Default, Deserialize)]
pub struct RoleRequest {
    pub role: Option<String>,
}

/// Gives a user another role. The administrator's choice is their approval, so the account
/// becomes active. Organisation accounts own an organisation record, so nobody becomes one
/// or stops being one this way.
pub async fn change_role(
    state: &AppState,
    who: &Principal,
    public_id: &str,
    req: &RoleRequest,
) -> AppResult<AdminUser> {
    require_admin(who)?;
    let to = match given(&req.role) {
        None => Err(FieldError::new("role", "field-required")),
        Some(r) => Role::parse(r).ok_or_else(|| FieldError::new("role", "field-invalid")),
    }
    .map_err(|e| AppError::invalid(vec![e]))?;
    let now = state.now_ms();
    let mut tx = state.db.begin().await?;
    // Taken before reading anything: two administrators demoting each other at once would
    // otherwise each count the other as the remaining admin.
    admin_guard::lock_admin_guard(&mut *tx, now).await?;
    let target = find_target(&mut *tx, public_id).await?;
    let from = Role::parse(&target.role).unwrap_or(Role::Student);
    if from == to {
        return Ok(AdminUser::from(&target));
    }
    if from == Role::Admin && users::count_other_admins(&mut *tx, target.id).await? == 0 {
        return Err(AppError::conflict("last_admin"));
    }
    if target.id == who.id {
        return Err(AppError::conflict("cannot_change_own_role"));
    }
    if from == Role::Organization || to == Role::Organization {
        return Err(AppError::conflict("organization_role_fixed"));
    }
    users::set_role(&mut *tx, target.id, to.as_str(), now).await?;
    users::set_status(&mut *tx, target.id, AccountStatus::Active.as_str(), now).await?;
    let detail = json!({"from": from.as_str(), "to": to.as_str()});
    let user = record_and_reload(&mut tx, who, "admin.role_change", &target, &detail, now).await?;
    tx.commit().await?;
    crate::service::auth_cache::changed(state, &[Change::User(target.id)]).await;
    Ok(user)
}

/// Blocks a user and ends every one of their login sessions at once.
pub async fn block(state: &AppState, who: &Principal, public_id: &str) -> AppResult<AdminUser> {
    require_admin(who)?;
    let now = state.now_ms();
    let mut tx = state.db.begin().await?;
    admin_guard::lock_admin_guard(&mut *tx, now).await?;
    let target = find_target(&mut *tx, public_id).await?;
    if target.id == who.id {
        return Err(AppError::conflict("cannot_block_self"));
    }
    if target.blocked_at.is_some() {
        return Ok(AdminUser::from(&target));
    }
    if target.role == Role::Admin.as_str()
        && users::count_other_admins(&mut *tx, target.id).await? == 0
    {
        return Err(AppError::conflict("last_admin"));
    }
    users::set_blocked(&mut *tx, target.id, Some(now), now).await?;
    let ended = sessions::revoke_all(&mut *tx, target.id, now).await?;
    let detail = json!({"sessions_ended": ended});
    let user = record_and_reload(&mut tx, who, "admin.block", &target, &detail, now).await?;
    tx.commit().await?;
    crate::service::auth_cache::changed(state, &[Change::User(target.id)]).await;
    Ok(user)
}

/// Lifts a block; the user logs in again (their old sessions stay ended).
pub async fn unblock(state: &AppState, who: &Principal, public_id: &str) -> AppResult<AdminUser> {
    require_admin(who)?;
    let now = state.now_ms();
    let mut tx = state.db.begin().await?;
    let target = find_target(&mut *tx, public_id).await?;
    if target.blocked_at.is_none() {
        return Ok(AdminUser::from(&target));
    }
    users::set_blocked(&mut *tx, target.id, None, now).await?;
    let user = record_and_reload(&mut tx, who, "admin.unblock", &target, &json!({}), now).await?;
    tx.commit().await?;
    crate::service::auth_cache::changed(state, &[Change::User(target.id)]).await;
    Ok(user)
}

/// A new password chosen by the administrator; empty means "generate one".
#[derive(Default, Deserialize)]
pub struct PasswordRequest {
    pub password: Option<String>,
}

/// The result of a reset. Deliberately not `Debug`: it may carry a password.
#[derive(Serialize)]
pub struct PasswordReset {
    pub user: AdminUser,
    /// The generated password, shown this once; `None` when the administrator chose it.
    pub temporary_password: Option<String>,
}

/// Sets a new password (given or generated) and ends all the user's sessions.
pub async fn reset_password(
    state: &AppState,
    who: &Principal,
    public_id: &str,
    req: &PasswordRequest,
) -> AppResult<PasswordReset> {
    require_admin(who)?;
    let target = find_target(state.db.pool(), public_id).await?;
    let chosen = match req.password.as_deref().filter(|p| !p.is_empty()) {
        Some(raw) => Some(
            Password::parse_new(
                "password",
                Some(raw),
                PASSWORD_MIN,
                &crate::service::personal(&target),
            )
            .map_err(|e| AppError::invalid(vec![e]))?,
        ),
        None => None,
    };
    if target.id == who.id {
        return Err(AppError::conflict("cannot_reset_own_password"));
    }
    let generated = chosen.is_none();
    let password = chosen
        .map(|p| p.0)
        .unwrap_or_else(|| kernel::ids::short_code(TEMP_PASSWORD_LEN));
    let hash = crate::password::hash(password.clone(), state.config.password_cost).await?;
    let now = state.now_ms();
    let mut tx = state.db.begin().await?;
    users::set_password(&mut *tx, target.id, &hash, now).await?;
    let ended = sessions::revoke_all(&mut *tx, target.id, now).await?;
    let detail = json!({"generated": generated, "sessions_ended": ended});
    let user =
        record_and_reload(&mut tx, who, "admin.password_reset", &target, &detail, now).await?;
    tx.commit().await?;
    crate::service::auth_cache::changed(state, &[Change::User(target.id)]).await;
    Ok(PasswordReset {
        user,
        temporary_password: generated.then_some(password),
    })
}
