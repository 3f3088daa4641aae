//! Reading the library and one story.

use std::sync::Arc;

use kernel::auth::Principal;
use kernel::{AppError, AppResult, AppState};
use serde::Serialize;
use tokio::sync::OnceCell;

use crate::body::{PublicQuestion, StoryBody};
use crate::model::Lang;
use crate::{access, library, store};

/// Whether this replica has copied the built-in library into the database.
pub type LibraryReady = Arc<OnceCell<()>>;

/// Makes sure the built-in stories are in the database (once per replica).
pub async fn ensure_library(app: &AppState, ready: &LibraryReady) -> AppResult<()> {
    ready.get_or_try_init(|| library::sync(app)).await?;
    Ok(())
}

/// A story on a library shelf.
#[derive(Debug, Serialize)]
pub struct Card {
    pub id: i64,
    pub title: String,
    pub emoji: String,
    pub age: String,
    pub words: i64,
    pub source: String,
}

impl Card {
    pub fn of(s: &store::StoryRow) -> Self {
        Card {
            id: s.id,
            title: s.title.clone(),
            emoji: s.emoji.clone(),
            age: s.age.clone(),
            words: s.words,
            source: s.source.clone(),
        }
    }
}

/// The published stories of a language: the built-in library and approved stories.
pub async fn library(app: &AppState, ready: &LibraryReady, lang: Lang) -> AppResult<Vec<Card>> {
    ensure_library(app, ready).await?;
    Ok(store::published(app.db.pool(), lang.code())
        .await?
        .into_iter()
        .map(|(id, title, emoji, age, words, source)| Card {
            id,
            title,
            emoji,
            age,
            words,
            source,
        })
        .collect())
}

/// A story as a reader gets it: no answer keys.
#[derive(Debug, Serialize)]
pub struct StoryView {
    pub id: i64,
    pub title: String,
    pub emoji: String,
    pub language: String,
    pub age: String,
    pub words: i64,
    pub paragraphs: Vec<String>,
    pub pictures: Vec<String>,
    pub questions: Vec<PublicQuestion>,
    pub talk: Vec<String>,
    pub moral: String,
    pub source: String,
    pub status: String,
}

impl StoryView {
    pub fn of(s: &store::StoryRow, body: &StoryBody) -> Self {
        StoryView {
            id: s.id,
            title: s.title.clone(),
            emoji: s.emoji.clone(),
            language: s.language.clone(),
            age: s.age.clone(),
            words: s.words,
            paragraphs: body.paragraphs.clone(),
            pictures: body.pictures.clone(),
            questions: body.public_questions(),
            talk: body.talk.iter().map(|t| t.prompt.clone()).collect(),
            moral: body.moral.clone(),
            source: s.source.clone(),
            status: s.status.clone(),
        }
    }
}

/// A story and its body, if `who` may read it (404 otherwise).
pub async fn open(
    app: &AppState,
    ready: &LibraryReady,
    who: Option<&Principal>,
    id: i64,
) -> AppResult<(store::StoryRow, StoryBody)> {
    ensure_library(app, ready).await?;
    let row = store::story(app.db.pool(), id)
        .await?
        .ok_or_else(AppError::not_found)?;
    access::check_read(app, who, &row).await?;
    let body = serde_json::from_str(&row.body).map_err(AppError::internal)?;
    Ok((row, body))
}
