//! Teachers and moderators write stories for the library: Markdown text and questions in the
//! question engine's text formats ([`crate::authoring_input`]). An approved teacher's story
//! waits for a moderator (`pending`); a moderator's own is published at once. The author may
//! edit or delete a story while it is pending or declined; editing a declined one sends it
//! back to the moderators.

use kernel::auth::{Principal, Role};
use kernel::i18n::Tr;
use kernel::ratelimit::Limit;
use kernel::{AppError, AppResult, AppState};
use serde::Serialize;

use crate::authoring_input::{self, AuthorInput, Draft};
use crate::authoring_store::{self, AuthoredRow, Written};
use crate::library;

/// Stories one author may send in an hour (new ones and edits): the moderators' queue stays
/// readable.
const WRITES_PER_HOUR: Limit = Limit {
    max: 30,
    window_s: 3600,
};

/// Who may write stories: approved teachers, moderators and administrators.
pub fn may_write(who: &Principal) -> AppResult<()> {
    who.require_active(&[Role::Teacher, Role::Moderator, Role::Admin])
}

/// A story as its author sees it in their list.
#[derive(Clone, Debug, Serialize)]
pub struct Authored {
    pub id: i64,
    pub title: String,
    pub emoji: String,
    pub language: String,
    pub age: String,
    pub words: i64,
    /// `pending`, `published`, `rejected` or `hidden`.
    pub status: String,
    /// The moderator's reason, for a declined story.
    pub reason: Option<String>,
    pub created_at: i64,
    pub reviewed_at: Option<i64>,
    /// Still the author's to change: pending or declined.
    pub editable: bool,
}

impl Authored {
    pub fn of(r: &AuthoredRow) -> Self {
        Authored {
            id: r.id,
            title: r.title.clone(),
            emoji: r.emoji.clone(),
            language: r.language.clone(),
            age: r.age.clone(),
            words: r.words,
            status: r.status.clone(),
            reason: r.review_note.clone().filter(|n| !n.is_empty()),
            created_at: r.created_at,
            reviewed_at: r.reviewed_at,
            editable: matches!(r.status.as_str(), "pending" | "rejected"),
        }
    }
}

/// The status a new or edited story gets from its author.
fn status_for(who: &Principal) -> &'static str {
    if who.role.is_staff() {
        "published"
    } else {
        "pending"
    }
}

/// The columns of a draft, borrowed from it.
fn written<'a>(d: &'a Draft, body: &'a str, hash: &'a str, status: &'a str) -> Written<'a> {
    Written {
        language: d.lang.code(),
        age: d.age.code(),
        title: &d.title,
        emoji: &d.emoji,
        body,
        words: d.body.words() as i64,
        markdown: &d.markdown,
        questions_text: &d.questions_text,
        hash,
        status,
    }
}

fn encode(d: &Draft) -> AppResult<(String, String)> {
    let body = serde_json::to_string(&d.body).map_err(AppError::internal)?;
    let hash = library::hash(&d.title, &d.emoji, &body);
    Ok((body, hash))
}

async fn limit(app: &AppState, who: &Principal) -> AppResult<()> {
    let key = format!("kids.authored:{}", who.id);
    app.limiter.hit(&key, WRITES_PER_HOUR, app.now_ms()).await
}

/// A new story (201).
pub async fn create(
    app: &AppState,
    who: &Principal,
    tr: &Tr,
    input: &AuthorInput,
) -> AppResult<Authored> {
    may_write(who)?;
    let draft = authoring_input::parse(input, tr)?;
    limit(app, who).await?;
    let (body, hash) = encode(&draft)?;
    let row = written(&draft, &body, &hash, status_for(who));
    let id = authoring_store::insert(app.db.pool(), &row, who.id, app.now_ms()).await?;
    let stored = authoring_store::get(app.db.pool(), id).await?;
    Ok(Authored::of(&stored.ok_or_else(AppError::not_found)?))
}

/// The caller's own stories, newest first.
pub async fn mine(app: &AppState, who: &Principal) -> AppResult<Vec<Authored>> {
    may_write(who)?;
    Ok(authoring_store::by_author(app.db.pool(), who.id)
        .await?
        .iter()
        .map(Authored::of)
        .collect())
}

/// The caller's own story with what they typed (404 for anyone else's).
pub async fn own(app: &AppState, who: &Principal, id: i64) -> AppResult<AuthoredRow> {
    may_write(who)?;
    authoring_store::get(app.db.pool(), id)
        .await?
        .filter(|r| r.author_id == Some(who.id))
        .ok_or_else(AppError::not_found)
}

/// 409 unless the story is still the author's to change.
fn check_editable(row: &AuthoredRow) -> AppResult<()> {
    if Authored::of(row).editable {
        Ok(())
    } else {
        Err(AppError::conflict("smartkids_author_locked"))
    }
}

/// Rewrites a pending or declined story; a declined one goes back to the moderators.
pub async fn update(
    app: &AppState,
    who: &Principal,
    tr: &Tr,
    id: i64,
    input: &AuthorInput,
) -> AppResult<Authored> {
    check_editable(&own(app, who, id).await?)?;
    let draft = authoring_input::parse(input, tr)?;
    limit(app, who).await?;
    let (body, hash) = encode(&draft)?;
    let row = written(&draft, &body, &hash, status_for(who));
    if !authoring_store::rewrite(app.db.pool(), id, who.id, &row).await? {
        return Err(AppError::conflict("smartkids_author_locked"));
    }
    Ok(Authored::of(&own(app, who, id).await?))
}

/// Deletes a pending or declined story.
pub async fn delete(app: &AppState, who: &Principal, id: i64) -> AppResult<()> {
    check_editable(&own(app, who, id).await?)?;
    if !authoring_store::delete(&app.db, id, who.id).await? {
        return Err(AppError::conflict("smartkids_author_locked"));
    }
    Ok(())
}

/// What an edit form starts from.
pub fn input_of(row: &AuthoredRow) -> AuthorInput {
    AuthorInput {
        language: Some(row.language.clone()),
        age: Some(row.age.clone()),
        title: Some(row.title.clone()),
        emoji: Some(row.emoji.clone()),
        text: row.markdown.clone(),
        questions: row.questions_text.clone(),
        questions_format: None,
    }
}
