//! Anyone who may read a story may report it to moderators; a moderator keeps it or takes it
//! down (a taken-down story is hidden from everyone but moderators).

use kernel::auth::{Principal, Role};
use kernel::{AppError, AppResult, AppState};
use serde::{Deserialize, Serialize};
use sqlx::FromRow;

use crate::{access, store};

/// The longest reason a reporter may write.
pub const REASON_MAX: usize = 300;

#[derive(Debug, Deserialize)]
pub struct ReportInput {
    pub reason: Option<String>,
}

/// Reports a story once per person (a second report by the same person changes nothing).
pub async fn report(
    app: &AppState,
    who: &Principal,
    story_id: i64,
    input: &ReportInput,
) -> AppResult<bool> {
    let story = store::story(app.db.pool(), story_id)
        .await?
        .ok_or_else(AppError::not_found)?;
    access::check_read(app, Some(who), &story).await?;
    let reason = input.reason.as_deref().map(str::trim).unwrap_or("");
    if reason.chars().count() > REASON_MAX {
        return Err(AppError::field("reason", "smartkids-report-too-long").arg("max", REASON_MAX));
    }
    let done = sqlx::query(
        "INSERT INTO kids_reports (story_id, reporter_id, reason, created_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (story_id, reporter_id) DO NOTHING",
    )
    .bind(story_id)
    .bind(who.id)
    .bind(reason)
    .bind(app.now_ms())
    .execute(app.db.pool())
    .await?;
    Ok(done.rows_affected() == 1)
}

/// An open report as a moderator sees it.
#[derive(Debug, Serialize, FromRow)]
pub struct OpenReport {
    pub id: i64,
    pub story_id: i64,
    pub title: String,
    pub source: String,
    pub status: String,
    pub reason: String,
    pub created_at: i64,
}

pub async fn open(app: &AppState, who: &Principal) -> AppResult<Vec<OpenReport>> {
    who.require(&[Role::Moderator, Role::Admin])?;
    Ok(sqlx::query_as(
        "SELECT r.id, r.story_id, s.title, s.source, s.status, r.reason, r.created_at \
         FROM kids_reports r JOIN kids_stories s ON s.id = r.story_id \
         WHERE r.resolved_at IS NULL ORDER BY r.created_at, r.id LIMIT 200",
    )
    .fetch_all(app.db.pool())
    .await?)
}

/// Closes every open report of the report's story; `hide` takes the story down.
pub async fn resolve(app: &AppState, who: &Principal, report_id: i64, hide: bool) -> AppResult<()> {
    who.require(&[Role::Moderator, Role::Admin])?;
    let story: Option<(i64,)> = sqlx::query_as("SELECT story_id FROM kids_reports WHERE id = $1")
        .bind(report_id)
        .fetch_optional(app.db.pool())
        .await?;
    let (story_id,) = story.ok_or_else(AppError::not_found)?;
    let now = app.now_ms();
    let mut tx = app.db.begin().await?;
    sqlx::query("UPDATE kids_reports SET resolved_by = $2, resolved_at = $3 WHERE story_id = $1 AND resolved_at IS NULL")
        .bind(story_id)
        .bind(who.id)
        .bind(now)
        .execute(&mut *tx)
        .await?;
    if hide {
        sqlx::query("UPDATE kids_stories SET status = 'hidden', reviewed_by = $2, reviewed_at = $3 WHERE id = $1")
            .bind(story_id)
            .bind(who.id)
            .bind(now)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(())
}
