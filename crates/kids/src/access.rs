//! Who may see a story: published ones everyone; one written for a child that child (once a
//! parent approved it, where the parent asked to), their parents and moderators; a teacher's
//! story under review its author and moderators. Anyone else is told it does not exist.

use kernel::auth::{Principal, Role};
use kernel::{AppError, AppResult, AppState};

use crate::store::StoryRow;

/// Whether `parent` is the parent of `child` (by internal key).
pub async fn is_parent_of(app: &AppState, parent: &Principal, child: i64) -> AppResult<bool> {
    if parent.role != Role::Parent {
        return Ok(false);
    }
    Ok(app
        .directory
        .children_of(parent.id)
        .await?
        .iter()
        .any(|c| c.id == child))
}

fn staff(who: &Principal) -> bool {
    matches!(who.role, Role::Moderator | Role::Admin)
}

/// Fails with 404 unless `who` may read the story; a child whose story waits for a parent's
/// approval gets 403 `smartkids_awaiting_parent`.
pub async fn check_read(app: &AppState, who: Option<&Principal>, s: &StoryRow) -> AppResult<()> {
    if s.status == "published" {
        return Ok(());
    }
    let Some(who) = who else {
        return Err(AppError::not_found());
    };
    if staff(who) {
        return Ok(());
    }
    if let Some(child) = s.child_id {
        if who.id == child {
            return match s.status.as_str() {
                "private" => Ok(()),
                "awaiting_parent" => {
                    Err(AppError::forbidden().with_code("smartkids_awaiting_parent"))
                }
                _ => Err(AppError::not_found()),
            };
        }
        if is_parent_of(app, who, child).await? && s.status != "hidden" {
            return Ok(());
        }
    }
    if s.author_id == Some(who.id) {
        return Ok(());
    }
    Err(AppError::not_found())
}
