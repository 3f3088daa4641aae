//! SQL of class assignments: a teacher gives a class a published story once; the class's
//! children find it on their shelf, and the teacher sees who read it.

use kernel::AppResult;
use sqlx::{AnyPool, FromRow};

use crate::store::StoryRow;

#[derive(Clone, Debug, FromRow)]
pub struct AssignmentRow {
    pub id: i64,
    pub story_id: i64,
    pub class_id: i64,
    pub teacher_id: i64,
    pub created_at: i64,
}

const ASSIGNMENT: &str =
    "SELECT id, story_id, class_id, teacher_id, created_at FROM kids_assignments";

/// `$start, $start+1, …` for `n` values bound in order (lists of ids the directory gave).
fn placeholders(start: usize, n: usize) -> String {
    (start..start + n)
        .map(|i| format!("${i}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Assigns a story to a class; `None` when it already was.
pub async fn insert(
    pool: &AnyPool,
    story: i64,
    class: i64,
    teacher: i64,
    now: i64,
) -> AppResult<Option<i64>> {
    let row: Option<(i64,)> = sqlx::query_as(
        "INSERT INTO kids_assignments (story_id, class_id, teacher_id, created_at) \
         VALUES ($1, $2, $3, $4) ON CONFLICT (class_id, story_id) DO NOTHING RETURNING id",
    )
    .bind(story)
    .bind(class)
    .bind(teacher)
    .bind(now)
    .fetch_optional(pool)
    .await?;
    Ok(row.map(|(id,)| id))
}

pub async fn find(pool: &AnyPool, class: i64, story: i64) -> AppResult<Option<AssignmentRow>> {
    Ok(sqlx::query_as(&format!(
        "{ASSIGNMENT} WHERE class_id = $1 AND story_id = $2"
    ))
    .bind(class)
    .bind(story)
    .fetch_optional(pool)
    .await?)
}

pub async fn get(pool: &AnyPool, id: i64) -> AppResult<Option<AssignmentRow>> {
    Ok(sqlx::query_as(&format!("{ASSIGNMENT} WHERE id = $1"))
        .bind(id)
        .fetch_optional(pool)
        .await?)
}

pub async fn delete(pool: &AnyPool, id: i64) -> AppResult<()> {
    sqlx::query("DELETE FROM kids_assignments WHERE id = $1")
        .bind(id)
        .execute(pool)
        .await?;
    Ok(())
}

/// A class's assignment with its story.
#[derive(Clone, Debug, FromRow)]
pub struct AssignedStory {
    pub id: i64,
    pub story_id: i64,
    pub title: String,
    pub emoji: String,
    pub language: String,
    pub age: String,
    pub status: String,
    pub created_at: i64,
}

/// A class's assignments, newest first.
pub async fn of_class(pool: &AnyPool, class: i64) -> AppResult<Vec<AssignedStory>> {
    Ok(sqlx::query_as(
        "SELECT a.id, a.story_id, s.title, s.emoji, s.language, s.age, s.status, a.created_at \
         FROM kids_assignments a JOIN kids_stories s ON s.id = a.story_id \
         WHERE a.class_id = $1 ORDER BY a.created_at DESC, a.id DESC LIMIT 100",
    )
    .bind(class)
    .fetch_all(pool)
    .await?)
}

/// Published stories assigned to any of `classes`, the latest assignment first (a story given
/// to two of the classes comes twice).
pub async fn for_classes(pool: &AnyPool, classes: &[i64]) -> AppResult<Vec<StoryRow>> {
    if classes.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT s.id, s.language, s.age, s.title, s.emoji, s.body, s.words, s.source, s.status, \
         s.author_id, s.child_id, s.created_at \
         FROM kids_assignments a JOIN kids_stories s ON s.id = a.story_id \
         WHERE a.class_id IN ({}) AND s.status = 'published' \
         ORDER BY a.created_at DESC, a.id DESC LIMIT 100",
        placeholders(1, classes.len())
    );
    let mut q = sqlx::query_as(&sql);
    for c in classes {
        q = q.bind(*c);
    }
    Ok(q.fetch_all(pool).await?)
}

/// A finished reading of one of the stories by one of the children.
#[derive(Clone, Debug, FromRow)]
pub struct FinishedRow {
    pub story_id: i64,
    pub child_id: i64,
    pub wpm: Option<i64>,
    pub accuracy: Option<i64>,
    pub quiz_score: Option<i64>,
    pub finished_at: i64,
}

/// Every finished reading of `stories` by `children`.
pub async fn finished(
    pool: &AnyPool,
    stories: &[i64],
    children: &[i64],
) -> AppResult<Vec<FinishedRow>> {
    if stories.is_empty() || children.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT story_id, child_id, wpm, accuracy, quiz_score, finished_at FROM kids_readings \
         WHERE finished_at IS NOT NULL AND story_id IN ({}) AND child_id IN ({})",
        placeholders(1, stories.len()),
        placeholders(1 + stories.len(), children.len())
    );
    let mut q = sqlx::query_as(&sql);
    for id in stories.iter().chain(children) {
        q = q.bind(*id);
    }
    Ok(q.fetch_all(pool).await?)
}

/// The languages of the stories `children` have read, most read first.
pub async fn languages_read(pool: &AnyPool, children: &[i64]) -> AppResult<Vec<String>> {
    if children.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT s.language, COUNT(*) FROM kids_readings r JOIN kids_stories s ON s.id = r.story_id \
         WHERE r.child_id IN ({}) GROUP BY s.language ORDER BY COUNT(*) DESC, s.language",
        placeholders(1, children.len())
    );
    let mut q = sqlx::query_as::<_, (String, i64)>(&sql);
    for c in children {
        q = q.bind(*c);
    }
    Ok(q.fetch_all(pool)
        .await?
        .into_iter()
        .map(|(l, _)| l)
        .collect())
}
