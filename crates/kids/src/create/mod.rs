//! New stories on request: the child (or a parent, for their child) picks a hero, a place, a
//! theme and a length. An LLM writes the story when one is configured and its text passes the
//! checks; otherwise the offline writer does. A hero name the filter refuses gives a safe
//! offline story with a friendly notice (`replaced: true`), never an error.

mod input;
mod write;

use std::sync::Arc;

use ai::llm::LlmClient;
use kernel::auth::Principal;
use kernel::ratelimit::Limit;
use kernel::relations::LetterProgress;
use kernel::{AppError, AppResult, AppState};
use serde::Serialize;

use crate::body::PublicQuestion;
use crate::compose;
use crate::{library, store};

pub use input::{CreateInput, NAME_MAX};

/// Stories one person may have written in an hour.
const STORIES_PER_HOUR: Limit = Limit {
    max: 30,
    window_s: 3600,
};

/// What the writer hands back (201).
#[derive(Debug, Serialize)]
pub struct Created {
    pub id: i64,
    pub title: String,
    pub emoji: String,
    pub paragraphs: Vec<String>,
    pub pictures: Vec<String>,
    pub questions: Vec<PublicQuestion>,
    pub talk: Vec<String>,
    pub moral: String,
    /// "offline" or "llm".
    pub source: &'static str,
    /// "private", or "awaiting_parent" when a parent approves LLM stories first.
    pub status: &'static str,
    /// The hero name was refused and a safe story written instead.
    pub replaced: bool,
    /// Why (the filter's reason), when `replaced`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<&'static str>,
    /// The same in the caller's language.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notice: Option<String>,
}

/// The writer's outside help.
pub struct Helpers<'a> {
    pub llm: Option<&'a LlmClient>,
    pub letters: &'a Arc<dyn LetterProgress>,
}

/// Writes a story for a child and stores it.
pub async fn create(
    app: &AppState,
    help: &Helpers<'_>,
    who: &Principal,
    tr: &kernel::i18n::Tr,
    input: CreateInput,
) -> AppResult<Created> {
    let p = input::parse(&input)?;
    let child = input::child_of(app, who, input.child.as_deref()).await?;
    let choices = compose::choices(p.lang);
    let place = input::known("place", input.place.as_deref(), &choices.places)?;
    let theme = input::known("theme", input.theme.as_deref(), &choices.themes)?;
    let hero = input::hero(&input, &choices.heroes);
    let now = app.now_ms();
    app.limiter
        .hit(&format!("kids.stories:{}", who.id), STORIES_PER_HOUR, now)
        .await?;
    let seed = rand::random::<u64>();
    let written = if input.decodable {
        let letters = help.letters.learned(app, child, "uz").await?;
        write::decodable(&letters, p.age, seed)?
    } else {
        let wish = write::Wish {
            parsed: &p,
            hero: &hero,
            place: place.as_deref(),
            theme: theme.as_deref(),
            seed,
        };
        write::story(help.llm, &choices, &wish).await?
    };
    let (approve_llm, _) = store::settings(app.db.pool(), child).await?;
    let status = if written.source == "llm" && approve_llm {
        "awaiting_parent"
    } else {
        "private"
    };
    let body = &written.body;
    let body_json = serde_json::to_string(body).map_err(AppError::internal)?;
    let id = store::insert_story(
        app.db.pool(),
        &store::NewStory {
            language: p.lang.code(),
            age: p.age.code(),
            title: &written.title,
            emoji: &written.emoji,
            body: &body_json,
            words: body.words() as i64,
            source: written.source,
            status,
            author_id: None,
            child_id: Some(child),
            hash: &library::hash(&written.title, &written.emoji, &body_json),
            now,
        },
    )
    .await?;
    let refused = hero.refused;
    Ok(Created {
        id,
        paragraphs: body.paragraphs.clone(),
        pictures: body.pictures.clone(),
        questions: body.public_questions(),
        talk: body.talk.iter().map(|t| t.prompt.clone()).collect(),
        moral: body.moral.clone(),
        title: written.title,
        emoji: written.emoji,
        source: written.source,
        status,
        replaced: refused.is_some(),
        reason: refused.map(|r| r.code()),
        notice: refused.map(|r| tr.t(r.key())),
    })
}
