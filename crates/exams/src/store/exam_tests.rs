//! `exam_tests` and the questions in them.

use sqlx::{Any, Executor};

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct TestRow {
    pub id: i64,
    pub owner_id: i64,
    pub title: String,
    pub subject: String,
    pub grade: i64,
    pub language: String,
    pub settings: String,
    pub visibility: String,
    pub org_id: Option<i64>,
    pub created_at: i64,
    pub updated_at: i64,
}

const COLUMNS: &str = "id, owner_id, title, subject, grade, language, settings, visibility, org_id, created_at, updated_at";

pub struct TestFields<'a> {
    pub title: &'a str,
    pub subject: &'a str,
    pub grade: i64,
    pub language: &'a str,
    pub settings: &'a str,
}

pub async fn insert<'e>(
    ex: impl Executor<'e, Database = Any>,
    owner_id: i64,
    f: &TestFields<'_>,
    now: i64,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO exam_tests (owner_id, title, subject, grade, language, settings, visibility, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, 'private', $7, $7) RETURNING id",
    )
    .bind(owner_id)
    .bind(f.title)
    .bind(f.subject)
    .bind(f.grade)
    .bind(f.language)
    .bind(f.settings)
    .bind(now)
    .fetch_one(ex)
    .await
}

pub async fn update<'e>(
    ex: impl Executor<'e, Database = Any>,
    id: i64,
    f: &TestFields<'_>,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE exam_tests SET title = $1, subject = $2, grade = $3, language = $4, settings = $5, updated_at = $6 WHERE id = $7")
        .bind(f.title)
        .bind(f.subject)
        .bind(f.grade)
        .bind(f.language)
        .bind(f.settings)
        .bind(now)
        .bind(id)
        .execute(ex)
        .await
        .map(|_| ())
}

pub async fn set_visibility<'e>(
    ex: impl Executor<'e, Database = Any>,
    id: i64,
    visibility: &str,
    org_id: Option<i64>,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE exam_tests SET visibility = $1, org_id = $2, updated_at = $3 WHERE id = $4")
        .bind(visibility)
        .bind(org_id)
        .bind(now)
        .bind(id)
        .execute(ex)
        .await
        .map(|_| ())
}

pub async fn find<'e>(
    ex: impl Executor<'e, Database = Any>,
    id: i64,
) -> Result<Option<TestRow>, sqlx::Error> {
    sqlx::query_as(&format!("SELECT {COLUMNS} FROM exam_tests WHERE id = $1"))
        .bind(id)
        .fetch_optional(ex)
        .await
}

/// A teacher's own tests, and tests shared with them: public ones and those of their organisations.
pub async fn list_visible<'e>(
    ex: impl Executor<'e, Database = Any>,
    user_id: i64,
    org_ids: &[i64],
) -> Result<Vec<TestRow>, sqlx::Error> {
    let orgs = if org_ids.is_empty() {
        String::new()
    } else {
        let ids: Vec<String> = org_ids.iter().map(i64::to_string).collect();
        format!(
            " OR (visibility = 'org' AND org_id IN ({}))",
            ids.join(", ")
        )
    };
    sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM exam_tests WHERE owner_id = $1 OR visibility = 'public'{orgs} ORDER BY updated_at DESC, id DESC LIMIT 500"
    ))
    .bind(user_id)
    .fetch_all(ex)
    .await
}

pub async fn list_by_visibility<'e>(
    ex: impl Executor<'e, Database = Any>,
    visibility: &str,
) -> Result<Vec<TestRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM exam_tests WHERE visibility = $1 ORDER BY updated_at, id"
    ))
    .bind(visibility)
    .fetch_all(ex)
    .await
}

/// A question of a test, in the test's order.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct TestQuestionRow {
    pub question_id: i64,
    pub position: i64,
    pub points: i64,
    pub body: String,
    pub image_id: Option<i64>,
    pub image_token: Option<String>,
}

pub async fn questions<'e>(
    ex: impl Executor<'e, Database = Any>,
    test_id: i64,
) -> Result<Vec<TestQuestionRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT tq.question_id, tq.position, tq.points, q.body, q.image_id, i.token AS image_token FROM exam_test_questions tq \
         JOIN exam_questions q ON q.id = tq.question_id LEFT JOIN exam_images i ON i.id = q.image_id \
         WHERE tq.test_id = $1 ORDER BY tq.position, tq.question_id",
    )
    .bind(test_id)
    .fetch_all(ex)
    .await
}

pub async fn add_question<'e>(
    ex: impl Executor<'e, Database = Any>,
    test_id: i64,
    question_id: i64,
    position: i64,
    points: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO exam_test_questions (test_id, question_id, position, points) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (test_id, question_id) DO NOTHING",
    )
    .bind(test_id)
    .bind(question_id)
    .bind(position)
    .bind(points)
    .execute(ex)
    .await
    .map(|_| ())
}

pub async fn remove_question<'e>(
    ex: impl Executor<'e, Database = Any>,
    test_id: i64,
    question_id: i64,
) -> Result<bool, sqlx::Error> {
    let r = sqlx::query("DELETE FROM exam_test_questions WHERE test_id = $1 AND question_id = $2")
        .bind(test_id)
        .bind(question_id)
        .execute(ex)
        .await?;
    Ok(r.rows_affected() == 1)
}

pub async fn next_position<'e>(
    ex: impl Executor<'e, Database = Any>,
    test_id: i64,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT CAST(COALESCE(MAX(position), 0) + 1 AS BIGINT) FROM exam_test_questions WHERE test_id = $1")
        .bind(test_id)
        .fetch_one(ex)
        .await
}

pub async fn is_assigned<'e>(
    ex: impl Executor<'e, Database = Any>,
    test_id: i64,
) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM exam_assignments WHERE test_id = $1")
        .bind(test_id)
        .fetch_one(ex)
        .await?;
    Ok(n > 0)
}

pub async fn delete<'e>(
    ex: impl Executor<'e, Database = Any>,
    test_id: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM exam_tests WHERE id = $1")
        .bind(test_id)
        .execute(ex)
        .await
        .map(|_| ())
}

pub async fn delete_questions<'e>(
    ex: impl Executor<'e, Database = Any>,
    test_id: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM exam_test_questions WHERE test_id = $1")
        .bind(test_id)
        .execute(ex)
        .await
        .map(|_| ())
}
