//! The built-in library: `content/library-{uz,ru,en}.json`, copied into `kids_stories` the
//! first time a replica needs it and updated in place when a story's text changes.

use std::sync::LazyLock;

use kernel::{AppResult, AppState};
use serde::Deserialize;
use sha2::{Digest, Sha256};

use crate::body::StoryBody;
use crate::model::{Age, Lang};
use crate::store;

/// A built-in story as its content file holds it.
#[derive(Clone, Debug, Deserialize)]
pub struct Entry {
    pub slug: String,
    pub title: String,
    pub age: Age,
    pub emoji: String,
    pub origin: String,
    #[serde(flatten)]
    pub body: StoryBody,
}

fn load(text: &str) -> Vec<Entry> {
    serde_json::from_str(text).expect("the built-in library is valid")
}

static UZ: LazyLock<Vec<Entry>> =
    LazyLock::new(|| load(include_str!("../content/library-uz.json")));
static RU: LazyLock<Vec<Entry>> =
    LazyLock::new(|| load(include_str!("../content/library-ru.json")));
static EN: LazyLock<Vec<Entry>> =
    LazyLock::new(|| load(include_str!("../content/library-en.json")));

/// The built-in stories of a language, in the file's order.
pub fn entries(lang: Lang) -> &'static [Entry] {
    match lang {
        Lang::Uz => &UZ,
        Lang::Ru => &RU,
        Lang::En => &EN,
    }
}

/// A story's content hash: a changed text is written again, an unchanged one is left alone.
pub fn hash(title: &str, emoji: &str, body: &str) -> String {
    let mut h = Sha256::new();
    for part in [title, emoji, body] {
        h.update(part.as_bytes());
        h.update([0]);
    }
    h.finalize()
        .iter()
        .take(12)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Copies the built-in stories into the database: new ones inserted, changed ones updated.
/// Safe to run on several replicas at once (the slug is unique per language).
pub async fn sync(app: &AppState) -> AppResult<()> {
    let known = store::library_hashes(app.db.pool()).await?;
    for lang in Lang::ALL {
        for e in entries(lang) {
            let body = serde_json::to_string(&e.body).map_err(kernel::AppError::internal)?;
            let h = hash(&e.title, &e.emoji, &body);
            let key = (lang.code().to_string(), e.slug.clone());
            if known.get(&key) == Some(&h) {
                continue;
            }
            store::upsert_library(
                app.db.pool(),
                &store::LibraryRow {
                    slug: &e.slug,
                    language: lang.code(),
                    age: e.age.code(),
                    title: &e.title,
                    emoji: &e.emoji,
                    body: &body,
                    words: e.body.words() as i64,
                    hash: &h,
                    now: app.now_ms(),
                },
            )
            .await?;
        }
    }
    Ok(())
}
