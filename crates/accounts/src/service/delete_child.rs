//! A parent deletes their child's account and everything kept about the child: every domain's
//! rows (`kernel::forget`), then the accounts rows and the account itself, in one transaction.
//! The audit log keeps that the parent deleted a child's account, and nothing about the child.

use kernel::auth::{Principal, Role};
use kernel::error::{FieldError, Problems};
use kernel::{AppError, AppResult, AppState};
use serde::Deserialize;

use crate::store::{families, forget, users};

/// `DELETE /api/v1/family/children/{id}` and the confirmation page's form.
#[derive(Debug, Default, Deserialize)]
pub struct DeleteChildRequest {
    /// The parent's own password.
    pub password: Option<String>,
    /// The child's name as the parent typed it; the page always asks for it.
    pub confirm_name: Option<String>,
}

/// The child a parent may delete, for the confirmation page.
pub async fn child_to_delete(
    state: &AppState,
    parent: &Principal,
    child_public_id: &str,
) -> AppResult<users::UserRow> {
    parent.require(&[Role::Parent])?;
    families::child_of(state.db.pool(), parent.id, child_public_id.trim())
        .await?
        .ok_or_else(AppError::not_found)
}

/// Deletes the child when the parent's password is right (and, when `require_name`, the typed
/// name matches the child's). Nothing is deleted when anything is refused.
pub async fn delete(
    state: &AppState,
    parent: &Principal,
    child_public_id: &str,
    req: &DeleteChildRequest,
    require_name: bool,
) -> AppResult<()> {
    let child = child_to_delete(state, parent, child_public_id).await?;
    let mut p = Problems::default();
    let password = req.password.clone().unwrap_or_default();
    if password.is_empty() {
        p.push(FieldError::new("password", "field-required"));
    }
    let typed = req.confirm_name.as_deref().unwrap_or("").trim();
    if require_name && !same_name(typed, &child.name) {
        let key = if typed.is_empty() {
            "field-required"
        } else {
            "field-delete-child-name-mismatch"
        };
        p.push(FieldError::new("confirm_name", key));
    }
    p.finish()?;
    // The same allowance as a password change: an unlocked phone gives no unlimited guesses.
    let limit_key = format!("password-change:{}", parent.id);
    let limit = kernel::ratelimit::limits::LOGIN_PER_ACCOUNT;
    state.limiter.hit(&limit_key, limit, state.now_ms()).await?;
    let me = users::find_by_id(state.db.pool(), parent.id)
        .await?
        .ok_or_else(AppError::unauthorized)?;
    if !crate::password::verify(password, me.password_hash).await? {
        return Err(AppError::field("password", "field-password-wrong"));
    }
    let now = state.now_ms();
    let mut tx = state.db.begin().await?;
    kernel::forget::forget_everywhere(&state.forget, &mut tx, child.id).await?;
    forget::delete_user(&mut tx, child.id, &child.public_id).await?;
    let detail = serde_json::json!({});
    let entry = kernel::audit::Entry {
        actor_id: parent.id,
        action: "family.child_deleted",
        target_id: None,
        detail: &detail,
    };
    kernel::audit::record(&mut *tx, entry, now).await?;
    tx.commit().await?;
    crate::service::auth_cache::changed(
        state,
        &[crate::service::auth_cache::Change::User(child.id)],
    )
    .await;
    tracing::info!(user.id = parent.id, "child's account deleted by parent");
    Ok(())
}

/// Names match ignoring case, surrounding spaces and runs of spaces.
fn same_name(typed: &str, name: &str) -> bool {
    let norm = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    !typed.is_empty() && norm(typed) == norm(name)
}

#[cfg(test)]
mod tests {
    use super::same_name;

    #[test]
    fn a_typed_name_matches_regardless_of_case_and_spacing() {
        assert!(same_name("  ali  valiyev ", "Ali Valiyev"));
        assert!(!same_name("Ali", "Ali Valiyev"));
        assert!(!same_name("", ""));
    }
}
