//! SQL of SmartKids' stories, readings and settings.

use std::collections::HashMap;

use kernel::AppResult;
use sqlx::{AnyPool, FromRow};

/// A built-in story to write.
pub struct LibraryRow<'a> {
    pub slug: &'a str,
    pub language: &'a str,
    pub age: &'a str,
    pub title: &'a str,
    pub emoji: &'a str,
    pub body: &'a str,
    pub words: i64,
    pub hash: &'a str,
    pub now: i64,
}

/// The built-in stories already stored: (language, slug) → content hash.
pub async fn library_hashes(pool: &AnyPool) -> AppResult<HashMap<(String, String), String>> {
    let rows: Vec<(String, String, String)> = sqlx::query_as(
        "SELECT language, slug, hash FROM kids_stories WHERE source = 'library' AND slug IS NOT NULL",
    )
    .fetch_all(pool)
    .await?;
    Ok(rows.into_iter().map(|(l, s, h)| ((l, s), h)).collect())
}

pub async fn upsert_library(pool: &AnyPool, r: &LibraryRow<'_>) -> AppResult<()> {
    sqlx::query(
        "INSERT INTO kids_stories (slug, language, age, title, emoji, body, words, source, status, hash, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'library', 'published', $8, $9) \
         ON CONFLICT (language, slug) DO UPDATE SET age = excluded.age, title = excluded.title, \
         emoji = excluded.emoji, body = excluded.body, words = excluded.words, hash = excluded.hash",
    )
    .bind(r.slug)
    .bind(r.language)
    .bind(r.age)
    .bind(r.title)
    .bind(r.emoji)
    .bind(r.body)
    .bind(r.words)
    .bind(r.hash)
    .bind(r.now)
    .execute(pool)
    .await?;
    Ok(())
}

/// A story as stored.
#[derive(Clone, Debug, FromRow)]
pub struct StoryRow {
    pub id: i64,
    pub language: String,
    pub age: String,
    pub title: String,
    pub emoji: String,
    pub body: String,
    pub words: i64,
    pub source: String,
    pub status: String,
    pub author_id: Option<i64>,
    pub child_id: Option<i64>,
    pub created_at: i64,
}

const STORY: &str = "SELECT id, language, age, title, emoji, body, words, source, status, \
                     author_id, child_id, created_at FROM kids_stories";

pub async fn story(pool: &AnyPool, id: i64) -> AppResult<Option<StoryRow>> {
    Ok(sqlx::query_as(&format!("{STORY} WHERE id = $1"))
        .bind(id)
        .fetch_optional(pool)
        .await?)
}

/// A story on a shelf: (id, title, emoji, age, words, source).
pub type ShelfRow = (i64, String, String, String, i64, String);

/// Published stories of a language (every age band), library first: what a shelf shows, not
/// the stories' texts.
pub async fn published(pool: &AnyPool, language: &str) -> AppResult<Vec<ShelfRow>> {
    Ok(sqlx::query_as(
        "SELECT id, title, emoji, age, words, source FROM kids_stories \
         WHERE status = 'published' AND language = $1 \
         ORDER BY CASE WHEN source = 'library' THEN 0 ELSE 1 END, age, id",
    )
    .bind(language)
    .fetch_all(pool)
    .await?)
}

/// Stories written for one child (newest first), whatever their status.
pub async fn written_for(pool: &AnyPool, child: i64, limit: i64) -> AppResult<Vec<StoryRow>> {
    Ok(sqlx::query_as(&format!(
        "{STORY} WHERE child_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2"
    ))
    .bind(child)
    .bind(limit)
    .fetch_all(pool)
    .await?)
}

/// A story to insert.
pub struct NewStory<'a> {
    pub language: &'a str,
    pub age: &'a str,
    pub title: &'a str,
    pub emoji: &'a str,
    pub body: &'a str,
    pub words: i64,
    pub source: &'a str,
    pub status: &'a str,
    pub author_id: Option<i64>,
    pub child_id: Option<i64>,
    pub hash: &'a str,
    pub now: i64,
}

pub async fn insert_story(pool: &AnyPool, s: &NewStory<'_>) -> AppResult<i64> {
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO kids_stories (language, age, title, emoji, body, words, source, status, \
         author_id, child_id, hash, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id",
    )
    .bind(s.language)
    .bind(s.age)
    .bind(s.title)
    .bind(s.emoji)
    .bind(s.body)
    .bind(s.words)
    .bind(s.source)
    .bind(s.status)
    .bind(s.author_id)
    .bind(s.child_id)
    .bind(s.hash)
    .bind(s.now)
    .fetch_one(pool)
    .await?;
    Ok(id)
}

/// Moves a story from `from` to `to` status; false when it was not in `from`.
pub async fn set_status(
    pool: &AnyPool,
    id: i64,
    from: &str,
    to: &str,
    by: i64,
    now: i64,
) -> AppResult<bool> {
    let done = sqlx::query(
        "UPDATE kids_stories SET status = $3, reviewed_by = $4, reviewed_at = $5 \
         WHERE id = $1 AND status = $2",
    )
    .bind(id)
    .bind(from)
    .bind(to)
    .bind(by)
    .bind(now)
    .execute(pool)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// A parent's choices for a child: (approve LLM stories first, whole math solutions allowed).
pub async fn settings(pool: &AnyPool, child: i64) -> AppResult<(bool, bool)> {
    let row: Option<(i64, i64)> =
        sqlx::query_as("SELECT approve_llm, full_solutions FROM kids_settings WHERE child_id = $1")
            .bind(child)
            .fetch_optional(pool)
            .await?;
    Ok(row.map_or((false, true), |(a, f)| (a != 0, f != 0)))
}

pub async fn set_settings(
    pool: &AnyPool,
    child: i64,
    approve_llm: bool,
    full_solutions: bool,
    by: i64,
    now: i64,
) -> AppResult<()> {
    sqlx::query(
        "INSERT INTO kids_settings (child_id, approve_llm, full_solutions, set_by, updated_at) \
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (child_id) DO UPDATE SET \
         approve_llm = excluded.approve_llm, full_solutions = excluded.full_solutions, \
         set_by = excluded.set_by, updated_at = excluded.updated_at",
    )
    .bind(child)
    .bind(i64::from(approve_llm))
    .bind(i64::from(full_solutions))
    .bind(by)
    .bind(now)
    .execute(pool)
    .await?;
    Ok(())
}

/// What erasing a user removes here (readings, reports, settings, stories written for them).
pub const FORGET_USER: &[&str] = &[
    "DELETE FROM kids_readings WHERE child_id = $1",
    "DELETE FROM kids_readings WHERE story_id IN (SELECT id FROM kids_stories WHERE child_id = $1)",
    "DELETE FROM kids_reports WHERE reporter_id = $1",
    "DELETE FROM kids_reports WHERE story_id IN (SELECT id FROM kids_stories WHERE child_id = $1)",
    "DELETE FROM kids_settings WHERE child_id = $1 OR set_by = $1",
    "DELETE FROM kids_assignments WHERE teacher_id = $1 OR story_id IN (SELECT id FROM kids_stories WHERE child_id = $1)",
    "UPDATE kids_reports SET resolved_by = NULL WHERE resolved_by = $1",
    "DELETE FROM kids_class_settings WHERE set_by = $1",
    "UPDATE kids_stories SET author_id = NULL WHERE author_id = $1",
    "UPDATE kids_stories SET reviewed_by = NULL WHERE reviewed_by = $1",
    "DELETE FROM kids_stories WHERE child_id = $1",
];
