//! A teacher gives one of their classes a published story (once per class and story); the
//! class's children find it on their "From your teacher" shelf.

use kernel::auth::{Principal, Role};
use kernel::relations::ClassRef;
use kernel::{AppError, AppResult, AppState};
use serde::{Deserialize, Serialize};

use crate::assignments_store::{self, AssignmentRow};
use crate::store;
use crate::stories::Card;

/// The class if the caller, an approved teacher, teaches it (404 otherwise).
pub async fn own_class(app: &AppState, who: &Principal, class_id: i64) -> AppResult<ClassRef> {
    who.require_active(&[Role::Teacher])?;
    app.directory
        .teacher_class(who.id, class_id)
        .await?
        .ok_or_else(AppError::not_found)
}

#[derive(Debug, Default, Deserialize)]
pub struct AssignInput {
    pub story_id: Option<i64>,
    pub class_id: Option<i64>,
}

#[derive(Debug, Serialize)]
pub struct Assignment {
    pub id: i64,
    pub story_id: i64,
    pub class_id: i64,
    pub created_at: i64,
}

impl Assignment {
    fn of(r: &AssignmentRow) -> Self {
        Assignment {
            id: r.id,
            story_id: r.story_id,
            class_id: r.class_id,
            created_at: r.created_at,
        }
    }
}

/// Assigns a published story to the caller's class; `true` when it is new (the same story
/// for the same class again changes nothing).
pub async fn assign(
    app: &AppState,
    who: &Principal,
    input: &AssignInput,
) -> AppResult<(bool, Assignment)> {
    who.require_active(&[Role::Teacher])?;
    let class_id = input
        .class_id
        .ok_or_else(|| AppError::field("class_id", "field-required"))?;
    let class = own_class(app, who, class_id).await?;
    let story_id = input
        .story_id
        .ok_or_else(|| AppError::field("story_id", "field-required"))?;
    let story = store::story(app.db.pool(), story_id).await?;
    if story.is_none_or(|s| s.status != "published") {
        return Err(AppError::field("story_id", "smartkids-class-story-unknown"));
    }
    let pool = app.db.pool();
    let new = assignments_store::insert(pool, story_id, class.id, who.id, app.now_ms())
        .await?
        .is_some();
    let row = assignments_store::find(pool, class.id, story_id)
        .await?
        .ok_or_else(AppError::not_found)?;
    Ok((new, Assignment::of(&row)))
}

/// Takes an assignment back (the class's teacher only; 404 for anyone else).
pub async fn unassign(app: &AppState, who: &Principal, id: i64) -> AppResult<i64> {
    let row = assignments_store::get(app.db.pool(), id)
        .await?
        .ok_or_else(AppError::not_found)?;
    own_class(app, who, row.class_id).await?;
    assignments_store::delete(app.db.pool(), id).await?;
    Ok(row.class_id)
}

/// The published stories a child's teachers gave their classes, latest first, each once.
pub async fn for_child(app: &AppState, child: &Principal) -> AppResult<Vec<Card>> {
    if child.role != Role::Student {
        return Ok(Vec::new());
    }
    let classes: Vec<i64> = app
        .directory
        .student_classes(child.id)
        .await?
        .iter()
        .map(|c| c.id)
        .collect();
    let mut seen = std::collections::HashSet::new();
    Ok(assignments_store::for_classes(app.db.pool(), &classes)
        .await?
        .iter()
        .filter(|s| seen.insert(s.id))
        .map(Card::of)
        .collect())
}
