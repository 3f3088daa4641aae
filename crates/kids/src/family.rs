//! A parent's say over a child's SmartKids and MathKids: approve LLM stories before the child
//! sees them, allow or forbid whole math solutions, approve or reject a waiting story, and see
//! what the child read.

use kernel::auth::{Principal, Role};
use kernel::relations::ChildRef;
use kernel::{AppError, AppResult, AppState};
use serde::{Deserialize, Serialize};

use crate::{access, reading_store, store};

/// A parent's own child by Alif24 ID (404 for anyone else's).
pub async fn own_child(app: &AppState, parent: &Principal, child: &str) -> AppResult<ChildRef> {
    parent.require(&[Role::Parent])?;
    kernel::relations::caller_or_child(app, parent, Some(child)).await
}

#[derive(Debug, Serialize, Deserialize)]
pub struct Settings {
    /// LLM stories wait for the parent's approval before the child sees them.
    pub approve_llm: bool,
    /// The child may open a whole math solution (off: step by step only).
    pub full_solutions: bool,
}

pub async fn settings(app: &AppState, child: i64) -> AppResult<Settings> {
    let (approve_llm, full_solutions) = store::settings(app.db.pool(), child).await?;
    Ok(Settings {
        approve_llm,
        full_solutions,
    })
}

pub async fn save(app: &AppState, parent: &Principal, child: i64, s: &Settings) -> AppResult<()> {
    store::set_settings(
        app.db.pool(),
        child,
        s.approve_llm,
        s.full_solutions,
        parent.id,
        app.now_ms(),
    )
    .await
}

/// Approves (the child may read it) or rejects a story waiting for this parent.
pub async fn decide(
    app: &AppState,
    parent: &Principal,
    story_id: i64,
    approve: bool,
) -> AppResult<()> {
    let story = store::story(app.db.pool(), story_id)
        .await?
        .ok_or_else(AppError::not_found)?;
    let child = story.child_id.ok_or_else(AppError::not_found)?;
    if !access::is_parent_of(app, parent, child).await? {
        return Err(AppError::not_found());
    }
    let to = if approve { "private" } else { "rejected" };
    if !store::set_status(
        app.db.pool(),
        story_id,
        "awaiting_parent",
        to,
        parent.id,
        app.now_ms(),
    )
    .await?
    {
        return Err(AppError::conflict("smartkids_not_waiting"));
    }
    Ok(())
}

/// A finished reading as a parent sees it.
#[derive(Debug, Serialize)]
pub struct ReadLine {
    pub title: String,
    pub emoji: String,
    pub language: String,
    pub wpm: Option<i64>,
    pub accuracy: Option<i64>,
    pub quiz_score: Option<i64>,
    pub coins: i64,
    pub finished_at: i64,
}

/// A child's last readings, newest first.
pub async fn readings(app: &AppState, child: i64) -> AppResult<Vec<ReadLine>> {
    Ok(reading_store::history(app.db.pool(), child, 50)
        .await?
        .into_iter()
        .map(
            |(title, emoji, language, wpm, accuracy, quiz_score, coins, finished_at)| ReadLine {
                title,
                emoji,
                language,
                wpm,
                accuracy,
                quiz_score,
                coins,
                finished_at,
            },
        )
        .collect())
}
