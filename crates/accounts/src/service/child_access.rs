//! Who may help a child sign in: the child's own parents, and the teacher of a class the
//! child is in. Anyone else is told the child does not exist (404), or is refused by role (403).

use kernel::auth::{Principal, Role};
use kernel::{AppError, AppResult, AppState};

use crate::store::users::UserRow;
use crate::store::{classes, families};

/// One of the caller's own children, by Alif24 ID.
pub async fn parents_child(
    state: &AppState,
    parent: &Principal,
    child_public_id: &str,
) -> AppResult<UserRow> {
    parent.require(&[Role::Parent])?;
    families::child_of(state.db.pool(), parent.id, child_public_id.trim())
        .await?
        .ok_or_else(AppError::not_found)
}

/// A student of one of the caller's own classes, by Alif24 ID.
pub async fn teachers_student(
    state: &AppState,
    teacher: &Principal,
    class_id: i64,
    student_public_id: &str,
) -> AppResult<UserRow> {
    teacher.require_active(&[Role::Teacher])?;
    crate::service::classes::open_own(state, teacher, class_id).await?;
    let student = crate::service::orgs::user_by_public_id(state, student_public_id)
        .await?
        .filter(|u| u.role == Role::Student.as_str())
        .ok_or_else(AppError::not_found)?;
    if !classes::is_member(state.db.pool(), class_id, student.id).await? {
        return Err(AppError::not_found());
    }
    Ok(student)
}
