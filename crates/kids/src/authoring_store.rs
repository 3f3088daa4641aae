//! SQL of the stories teachers and moderators write (`source = 'teacher'`) and of their review.

use kernel::db::Db;
use kernel::AppResult;
use sqlx::{AnyPool, FromRow};

/// A teacher's story as stored, with what the author typed.
#[derive(Clone, Debug, FromRow)]
pub struct AuthoredRow {
    pub id: i64,
    pub language: String,
    pub age: String,
    pub title: String,
    pub emoji: String,
    pub body: String,
    pub words: i64,
    pub status: String,
    pub author_id: Option<i64>,
    pub markdown: Option<String>,
    pub questions_text: Option<String>,
    pub review_note: Option<String>,
    pub created_at: i64,
    pub reviewed_at: Option<i64>,
}

const AUTHORED: &str = "SELECT id, language, age, title, emoji, body, words, status, author_id, \
                        markdown, questions_text, review_note, created_at, reviewed_at \
                        FROM kids_stories WHERE source = 'teacher'";

/// A story to write or rewrite.
pub struct Written<'a> {
    pub language: &'a str,
    pub age: &'a str,
    pub title: &'a str,
    pub emoji: &'a str,
    pub body: &'a str,
    pub words: i64,
    pub markdown: &'a str,
    pub questions_text: &'a str,
    pub hash: &'a str,
    pub status: &'a str,
}

pub async fn insert(pool: &AnyPool, w: &Written<'_>, author: i64, now: i64) -> AppResult<i64> {
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO kids_stories (language, age, title, emoji, body, words, source, status, \
         author_id, hash, created_at, markdown, questions_text) \
         VALUES ($1, $2, $3, $4, $5, $6, 'teacher', $7, $8, $9, $10, $11, $12) RETURNING id",
    )
    .bind(w.language)
    .bind(w.age)
    .bind(w.title)
    .bind(w.emoji)
    .bind(w.body)
    .bind(w.words)
    .bind(w.status)
    .bind(author)
    .bind(w.hash)
    .bind(now)
    .bind(w.markdown)
    .bind(w.questions_text)
    .fetch_one(pool)
    .await?;
    Ok(id)
}

/// Rewrites an author's story that is still pending or was declined; false otherwise.
pub async fn rewrite(pool: &AnyPool, id: i64, author: i64, w: &Written<'_>) -> AppResult<bool> {
    let done = sqlx::query(
        "UPDATE kids_stories SET language = $3, age = $4, title = $5, emoji = $6, body = $7, \
         words = $8, status = $9, hash = $10, markdown = $11, questions_text = $12, \
         review_note = NULL, reviewed_by = NULL, reviewed_at = NULL \
         WHERE id = $1 AND author_id = $2 AND source = 'teacher' \
         AND status IN ('pending', 'rejected')",
    )
    .bind(id)
    .bind(author)
    .bind(w.language)
    .bind(w.age)
    .bind(w.title)
    .bind(w.emoji)
    .bind(w.body)
    .bind(w.words)
    .bind(w.status)
    .bind(w.hash)
    .bind(w.markdown)
    .bind(w.questions_text)
    .execute(pool)
    .await?;
    Ok(done.rows_affected() == 1)
}

pub async fn get(pool: &AnyPool, id: i64) -> AppResult<Option<AuthoredRow>> {
    Ok(sqlx::query_as(&format!("{AUTHORED} AND id = $1"))
        .bind(id)
        .fetch_optional(pool)
        .await?)
}

/// An author's stories, newest first.
pub async fn by_author(pool: &AnyPool, author: i64) -> AppResult<Vec<AuthoredRow>> {
    Ok(sqlx::query_as(&format!(
        "{AUTHORED} AND author_id = $1 ORDER BY created_at DESC, id DESC LIMIT 200"
    ))
    .bind(author)
    .fetch_all(pool)
    .await?)
}

/// Stories waiting for a moderator, oldest first.
pub async fn pending(pool: &AnyPool) -> AppResult<Vec<AuthoredRow>> {
    Ok(sqlx::query_as(&format!(
        "{AUTHORED} AND status = 'pending' ORDER BY created_at, id LIMIT 100"
    ))
    .fetch_all(pool)
    .await?)
}

/// Deletes an author's story that is still pending or was declined (with any reports of it);
/// false otherwise.
pub async fn delete(db: &Db, id: i64, author: i64) -> AppResult<bool> {
    let mut tx = db.begin().await?;
    for sql in [
        "DELETE FROM kids_reports WHERE story_id = $1",
        "DELETE FROM kids_readings WHERE story_id = $1",
        "DELETE FROM kids_assignments WHERE story_id = $1",
    ] {
        sqlx::query(sql).bind(id).execute(&mut *tx).await?;
    }
    // Only the author's own, and only while nobody may read it: otherwise the rows above
    // are put back by the rollback.
    let done = sqlx::query(
        "DELETE FROM kids_stories WHERE id = $1 AND author_id = $2 AND source = 'teacher' \
         AND status IN ('pending', 'rejected')",
    )
    .bind(id)
    .bind(author)
    .execute(&mut *tx)
    .await?;
    if done.rows_affected() != 1 {
        return Ok(false);
    }
    tx.commit().await?;
    Ok(true)
}

/// Moves a pending story to `to` (published or rejected) with the moderator's note; false
/// when it was not pending.
pub async fn review(
    pool: &AnyPool,
    id: i64,
    to: &str,
    note: Option<&str>,
    by: i64,
    now: i64,
) -> AppResult<bool> {
    let done = sqlx::query(
        "UPDATE kids_stories SET status = $2, review_note = $3, reviewed_by = $4, reviewed_at = $5 \
         WHERE id = $1 AND source = 'teacher' AND status = 'pending'",
    )
    .bind(id)
    .bind(to)
    .bind(note)
    .bind(by)
    .bind(now)
    .execute(pool)
    .await?;
    Ok(done.rows_affected() == 1)
}
