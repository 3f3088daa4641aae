//! The `exam_questions` bank and `exam_images`.

use sqlx::{Any, Executor};

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct QuestionRow {
    pub id: i64,
    pub owner_id: i64,
    pub subject: String,
    pub grade: i64,
    pub topic: String,
    pub language: String,
    pub difficulty: i64,
    pub kind: String,
    pub body: String,
    pub image_id: Option<i64>,
    pub status: String,
    pub created_at: i64,
    pub updated_at: i64,
}

const COLUMNS: &str = "id, owner_id, subject, grade, topic, language, difficulty, kind, body, image_id, status, created_at, updated_at";

/// Fields of a question to insert or update.
pub struct QuestionFields<'a> {
    pub subject: &'a str,
    pub grade: i64,
    pub topic: &'a str,
    pub language: &'a str,
    pub difficulty: i64,
    pub kind: &'a str,
    pub body: &'a str,
    pub image_id: Option<i64>,
    pub status: &'a str,
}

pub async fn insert<'e>(
    ex: impl Executor<'e, Database = Any>,
    owner_id: i64,
    f: &QuestionFields<'_>,
    now: i64,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO exam_questions (owner_id, subject, grade, topic, language, difficulty, kind, body, image_id, status, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11) RETURNING id",
    )
    .bind(owner_id)
    .bind(f.subject)
    .bind(f.grade)
    .bind(f.topic)
    .bind(f.language)
    .bind(f.difficulty)
    .bind(f.kind)
    .bind(f.body)
    .bind(f.image_id)
    .bind(f.status)
    .bind(now)
    .fetch_one(ex)
    .await
}

pub async fn update<'e>(
    ex: impl Executor<'e, Database = Any>,
    id: i64,
    f: &QuestionFields<'_>,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE exam_questions SET subject = $1, grade = $2, topic = $3, language = $4, difficulty = $5, kind = $6, body = $7, \
         image_id = $8, status = $9, updated_at = $10 WHERE id = $11",
    )
    .bind(f.subject)
    .bind(f.grade)
    .bind(f.topic)
    .bind(f.language)
    .bind(f.difficulty)
    .bind(f.kind)
    .bind(f.body)
    .bind(f.image_id)
    .bind(f.status)
    .bind(now)
    .bind(id)
    .execute(ex)
    .await
    .map(|_| ())
}

pub async fn find<'e>(
    ex: impl Executor<'e, Database = Any>,
    id: i64,
) -> Result<Option<QuestionRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM exam_questions WHERE id = $1"
    ))
    .bind(id)
    .fetch_optional(ex)
    .await
}

/// Filters of a teacher's bank.
#[derive(Clone, Debug, Default)]
pub struct BankFilter {
    pub subject: Option<String>,
    pub grade: Option<i64>,
    pub topic: Option<String>,
    pub language: Option<String>,
    pub status: Option<String>,
}

pub async fn list_owned<'e>(
    ex: impl Executor<'e, Database = Any>,
    owner_id: i64,
    f: &BankFilter,
    limit: i64,
) -> Result<Vec<QuestionRow>, sqlx::Error> {
    let mut sql = format!("SELECT {COLUMNS} FROM exam_questions WHERE owner_id = $1");
    let mut texts: Vec<String> = Vec::new();
    for (col, v) in [
        ("subject", &f.subject),
        ("topic", &f.topic),
        ("language", &f.language),
        ("status", &f.status),
    ] {
        if let Some(v) = v {
            texts.push(v.clone());
            sql.push_str(&format!(" AND {col} = ${}", texts.len() + 1));
        }
    }
    if let Some(g) = f.grade {
        sql.push_str(&format!(" AND grade = {g}"));
    }
    sql.push_str(&format!(
        " ORDER BY updated_at DESC, id DESC LIMIT {}",
        limit.clamp(1, 500)
    ));
    let mut q = sqlx::query_as(&sql).bind(owner_id);
    for t in texts {
        q = q.bind(t);
    }
    q.fetch_all(ex).await
}

/// Deletes a question that no test uses; false when it is in use.
pub async fn delete_unused<'e>(
    ex: impl Executor<'e, Database = Any>,
    id: i64,
) -> Result<bool, sqlx::Error> {
    let r = sqlx::query("DELETE FROM exam_questions WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM exam_test_questions WHERE question_id = $1)")
        .bind(id)
        .execute(ex)
        .await?;
    Ok(r.rows_affected() == 1)
}

/// True when the question belongs to a test that has been assigned (it is frozen then).
pub async fn is_assigned<'e>(
    ex: impl Executor<'e, Database = Any>,
    id: i64,
) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM exam_test_questions tq JOIN exam_assignments a ON a.test_id = tq.test_id WHERE tq.question_id = $1",
    )
    .bind(id)
    .fetch_one(ex)
    .await?;
    Ok(n > 0)
}

/// Stores a picture; `token` makes its URL unguessable.
pub async fn insert_image<'e>(
    ex: impl Executor<'e, Database = Any>,
    owner_id: i64,
    token: &str,
    mime: &str,
    bytes: &[u8],
    now: i64,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("INSERT INTO exam_images (owner_id, token, mime, bytes, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id")
        .bind(owner_id)
        .bind(token)
        .bind(mime)
        .bind(bytes.to_vec())
        .bind(now)
        .fetch_one(ex)
        .await
}

#[derive(sqlx::FromRow)]
pub struct ImageRow {
    pub owner_id: i64,
    pub token: String,
    pub mime: String,
    pub bytes: Vec<u8>,
}

pub async fn find_image<'e>(
    ex: impl Executor<'e, Database = Any>,
    id: i64,
) -> Result<Option<ImageRow>, sqlx::Error> {
    sqlx::query_as("SELECT owner_id, token, mime, bytes FROM exam_images WHERE id = $1")
        .bind(id)
        .fetch_optional(ex)
        .await
}
