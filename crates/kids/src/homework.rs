//! A teacher turns MathKids' whole solutions off (or on again) for a class, for homework: a
//! child of that class then solves step by step, as when a parent turns them off.

use kernel::auth::{Principal, Role};
use kernel::{AppError, AppResult, AppState};
use serde::{Deserialize, Serialize};

#[derive(Debug, Serialize, Deserialize)]
pub struct ClassSettings {
    pub full_solutions: bool,
}

/// The class if `who` teaches it (404 otherwise, as if it did not exist).
async fn own_class(app: &AppState, who: &Principal, class_id: i64) -> AppResult<()> {
    who.require_active(&[Role::Teacher])?;
    app.directory
        .teacher_class(who.id, class_id)
        .await?
        .map(|_| ())
        .ok_or_else(AppError::not_found)
}

pub async fn get(app: &AppState, who: &Principal, class_id: i64) -> AppResult<ClassSettings> {
    own_class(app, who, class_id).await?;
    let row: Option<(i64,)> =
        sqlx::query_as("SELECT full_solutions FROM kids_class_settings WHERE class_id = $1")
            .bind(class_id)
            .fetch_optional(app.db.pool())
            .await?;
    Ok(ClassSettings {
        full_solutions: row.is_none_or(|(f,)| f != 0),
    })
}

pub async fn set(
    app: &AppState,
    who: &Principal,
    class_id: i64,
    s: &ClassSettings,
) -> AppResult<()> {
    own_class(app, who, class_id).await?;
    sqlx::query(
        "INSERT INTO kids_class_settings (class_id, full_solutions, set_by, updated_at) \
         VALUES ($1, $2, $3, $4) ON CONFLICT (class_id) DO UPDATE SET \
         full_solutions = excluded.full_solutions, set_by = excluded.set_by, \
         updated_at = excluded.updated_at",
    )
    .bind(class_id)
    .bind(i64::from(s.full_solutions))
    .bind(who.id)
    .bind(app.now_ms())
    .execute(app.db.pool())
    .await?;
    Ok(())
}

/// Whether any of a child's classes has whole solutions off.
pub async fn off_for(app: &AppState, child: i64) -> AppResult<bool> {
    let classes = app.directory.student_classes(child).await?;
    for c in classes {
        let row: Option<(i64,)> =
            sqlx::query_as("SELECT full_solutions FROM kids_class_settings WHERE class_id = $1")
                .bind(c.id)
                .fetch_optional(app.db.pool())
                .await?;
        if row.is_some_and(|(f,)| f == 0) {
            return Ok(true);
        }
    }
    Ok(false)
}
