//! `exam_assignments`: a test given to a class with open and due times.

use sqlx::{Any, Executor};

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct AssignmentRow {
    pub id: i64,
    pub test_id: i64,
    pub class_id: i64,
    pub teacher_id: i64,
    pub opens_at: i64,
    pub due_at: i64,
    pub created_at: i64,
    pub title: String,
    pub settings: String,
    /// The test's language (`uz`, `ru`, `en`).
    pub language: String,
}

const SELECT: &str = "SELECT a.id, a.test_id, a.class_id, a.teacher_id, a.opens_at, a.due_at, a.created_at, t.title, t.settings, t.language \
                      FROM exam_assignments a JOIN exam_tests t ON t.id = a.test_id";

pub async fn insert<'e>(
    ex: impl Executor<'e, Database = Any>,
    test_id: i64,
    class_id: i64,
    teacher_id: i64,
    opens_at: i64,
    due_at: i64,
    now: i64,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO exam_assignments (test_id, class_id, teacher_id, opens_at, due_at, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(test_id)
    .bind(class_id)
    .bind(teacher_id)
    .bind(opens_at)
    .bind(due_at)
    .bind(now)
    .fetch_one(ex)
    .await
}

pub async fn find<'e>(
    ex: impl Executor<'e, Database = Any>,
    id: i64,
) -> Result<Option<AssignmentRow>, sqlx::Error> {
    sqlx::query_as(&format!("{SELECT} WHERE a.id = $1"))
        .bind(id)
        .fetch_optional(ex)
        .await
}

pub async fn by_teacher<'e>(
    ex: impl Executor<'e, Database = Any>,
    teacher_id: i64,
) -> Result<Vec<AssignmentRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "{SELECT} WHERE a.teacher_id = $1 ORDER BY a.due_at DESC, a.id DESC LIMIT 500"
    ))
    .bind(teacher_id)
    .fetch_all(ex)
    .await
}

/// Assignments of the given classes, soonest due first.
pub async fn by_classes<'e>(
    ex: impl Executor<'e, Database = Any>,
    class_ids: &[i64],
) -> Result<Vec<AssignmentRow>, sqlx::Error> {
    if class_ids.is_empty() {
        return Ok(Vec::new());
    }
    let ids: Vec<String> = class_ids.iter().map(i64::to_string).collect();
    sqlx::query_as(&format!(
        "{SELECT} WHERE a.class_id IN ({}) ORDER BY a.due_at, a.id LIMIT 500",
        ids.join(", ")
    ))
    .fetch_all(ex)
    .await
}
