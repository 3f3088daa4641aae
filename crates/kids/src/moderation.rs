//! Moderators review the stories teachers write: each pending story in full with its
//! questions and their keys, published for everyone or declined with a reason the author sees.

use kernel::auth::{Principal, Role};
use kernel::error::FieldError;
use kernel::{AppError, AppResult, AppState};
use questions::model::question::Question;
use serde::{Deserialize, Serialize};

use crate::authoring_store::{self, AuthoredRow};
use crate::body::StoryBody;

/// The longest reason a moderator may give.
pub const REASON_MAX: usize = 300;

/// A story waiting for review, as a moderator reads it: answer keys included.
#[derive(Debug, Serialize)]
pub struct Pending {
    pub id: i64,
    pub title: String,
    pub emoji: String,
    pub language: String,
    pub age: String,
    pub words: i64,
    /// The author's name (empty when the account is gone).
    pub author: String,
    pub created_at: i64,
    pub paragraphs: Vec<String>,
    pub questions: Vec<Question>,
}

fn require_moderator(who: &Principal) -> AppResult<()> {
    who.require(&[Role::Moderator, Role::Admin])
}

/// Pending stories, oldest first.
pub async fn pending(app: &AppState, who: &Principal) -> AppResult<Vec<Pending>> {
    require_moderator(who)?;
    let rows = authoring_store::pending(app.db.pool()).await?;
    let mut ids: Vec<i64> = rows.iter().filter_map(|r| r.author_id).collect();
    ids.sort_unstable();
    ids.dedup();
    let people = app.directory.placements(&ids).await?;
    let name = |id: Option<i64>| {
        people
            .iter()
            .find(|p| Some(p.id) == id)
            .map(|p| p.name.clone())
            .unwrap_or_default()
    };
    rows.iter()
        .map(|r: &AuthoredRow| {
            let body: StoryBody = serde_json::from_str(&r.body).map_err(AppError::internal)?;
            Ok(Pending {
                id: r.id,
                title: r.title.clone(),
                emoji: r.emoji.clone(),
                language: r.language.clone(),
                age: r.age.clone(),
                words: r.words,
                author: name(r.author_id),
                created_at: r.created_at,
                paragraphs: body.paragraphs,
                questions: body.questions,
            })
        })
        .collect()
}

#[derive(Debug, Default, Deserialize)]
pub struct DeclineInput {
    pub reason: Option<String>,
}

/// Publishes (`publish`) or declines a pending story; 404 for no such story, 409 when it is
/// not waiting.
pub async fn review(
    app: &AppState,
    who: &Principal,
    id: i64,
    publish: bool,
    reason: Option<&str>,
) -> AppResult<()> {
    require_moderator(who)?;
    let reason = reason.map(str::trim).filter(|r| !r.is_empty());
    if reason.is_some_and(|r| r.chars().count() > REASON_MAX) {
        return Err(AppError::invalid(vec![FieldError::new(
            "reason",
            "field-too-long",
        )
        .arg("max", REASON_MAX)]));
    }
    if authoring_store::get(app.db.pool(), id).await?.is_none() {
        return Err(AppError::not_found());
    }
    let (to, note) = if publish {
        ("published", None)
    } else {
        ("rejected", reason)
    };
    if !authoring_store::review(app.db.pool(), id, to, note, who.id, app.now_ms()).await? {
        return Err(AppError::conflict("smartkids_review_not_pending"));
    }
    Ok(())
}
