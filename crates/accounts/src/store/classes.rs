//! The `classes` and `class_members` tables: rosters teachers run and students join by code.

use sqlx::{Any, Executor};

/// A class with its teacher's and organisation's names and its number of students.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct ClassRow {
    pub id: i64,
    pub teacher_id: i64,
    pub org_id: Option<i64>,
    pub name: String,
    pub join_code: String,
    pub created_at: i64,
    pub archived_at: Option<i64>,
    pub teacher_public_id: String,
    pub teacher_name: String,
    pub org_name: Option<String>,
    pub student_count: i64,
}

const SELECT: &str = "SELECT c.id, c.teacher_id, c.org_id, c.name, c.join_code, c.created_at, \
     c.archived_at, t.public_id AS teacher_public_id, t.name AS teacher_name, o.name AS org_name, \
     (SELECT COUNT(*) FROM class_members m WHERE m.class_id = c.id) AS student_count \
     FROM classes c JOIN users t ON t.id = c.teacher_id \
     LEFT JOIN organizations o ON o.id = c.org_id";

/// A student on a roster.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct RosterRow {
    pub id: i64,
    pub public_id: String,
    pub name: String,
    pub avatar: String,
    pub joined_at: i64,
}

pub async fn insert<'e>(
    ex: impl Executor<'e, Database = Any>,
    teacher_id: i64,
    org_id: Option<i64>,
    name: &str,
    join_code: &str,
    now: i64,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO classes (teacher_id, org_id, name, join_code, created_at) \
         VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(teacher_id)
    .bind(org_id)
    .bind(name)
    .bind(join_code)
    .bind(now)
    .fetch_one(ex)
    .await
}

pub async fn find<'e>(
    ex: impl Executor<'e, Database = Any>,
    id: i64,
) -> Result<Option<ClassRow>, sqlx::Error> {
    sqlx::query_as(&format!("{SELECT} WHERE c.id = $1"))
        .bind(id)
        .fetch_optional(ex)
        .await
}

pub async fn find_by_code<'e>(
    ex: impl Executor<'e, Database = Any>,
    join_code: &str,
) -> Result<Option<ClassRow>, sqlx::Error> {
    sqlx::query_as(&format!("{SELECT} WHERE c.join_code = $1"))
        .bind(join_code)
        .fetch_optional(ex)
        .await
}

pub async fn code_taken<'e>(
    ex: impl Executor<'e, Database = Any>,
    join_code: &str,
) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM classes WHERE join_code = $1")
        .bind(join_code)
        .fetch_one(ex)
        .await?;
    Ok(n > 0)
}

/// A teacher's classes, open ones first, newest first.
pub async fn list_by_teacher<'e>(
    ex: impl Executor<'e, Database = Any>,
    teacher_id: i64,
) -> Result<Vec<ClassRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "{SELECT} WHERE c.teacher_id = $1 \
         ORDER BY CASE WHEN c.archived_at IS NULL THEN 0 ELSE 1 END, c.created_at DESC, c.id DESC"
    ))
    .bind(teacher_id)
    .fetch_all(ex)
    .await
}

/// The open classes a student is in, in the order they joined.
pub async fn list_by_student<'e>(
    ex: impl Executor<'e, Database = Any>,
    student_id: i64,
) -> Result<Vec<ClassRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "{SELECT} JOIN class_members me ON me.class_id = c.id AND me.student_id = $1 \
         WHERE c.archived_at IS NULL ORDER BY me.joined_at, c.id"
    ))
    .bind(student_id)
    .fetch_all(ex)
    .await
}

/// Every class of one organisation, open ones first.
pub async fn list_by_org<'e>(
    ex: impl Executor<'e, Database = Any>,
    org_id: i64,
) -> Result<Vec<ClassRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "{SELECT} WHERE c.org_id = $1 \
         ORDER BY CASE WHEN c.archived_at IS NULL THEN 0 ELSE 1 END, c.name, c.id"
    ))
    .bind(org_id)
    .fetch_all(ex)
    .await
}

pub async fn rename<'e>(
    ex: impl Executor<'e, Database = Any>,
    id: i64,
    name: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE classes SET name = $1 WHERE id = $2")
        .bind(name)
        .bind(id)
        .execute(ex)
        .await
        .map(|_| ())
}

/// Archives (`Some(now)`) or reopens (`None`) a class.
pub async fn set_archived<'e>(
    ex: impl Executor<'e, Database = Any>,
    id: i64,
    archived_at: Option<i64>,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE classes SET archived_at = $1 WHERE id = $2")
        .bind(archived_at)
        .bind(id)
        .execute(ex)
        .await
        .map(|_| ())
}

pub async fn set_code<'e>(
    ex: impl Executor<'e, Database = Any>,
    id: i64,
    join_code: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE classes SET join_code = $1 WHERE id = $2")
        .bind(join_code)
        .bind(id)
        .execute(ex)
        .await
        .map(|_| ())
}

/// Puts a student on the roster; joining twice changes nothing.
pub async fn add_student<'e>(
    ex: impl Executor<'e, Database = Any>,
    class_id: i64,
    student_id: i64,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO class_members (class_id, student_id, joined_at) VALUES ($1, $2, $3) \
         ON CONFLICT (class_id, student_id) DO NOTHING",
    )
    .bind(class_id)
    .bind(student_id)
    .bind(now)
    .execute(ex)
    .await
    .map(|_| ())
}

/// Takes a student off the roster; false when they were not on it.
pub async fn remove_student<'e>(
    ex: impl Executor<'e, Database = Any>,
    class_id: i64,
    student_id: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query("DELETE FROM class_members WHERE class_id = $1 AND student_id = $2")
        .bind(class_id)
        .bind(student_id)
        .execute(ex)
        .await?;
    Ok(done.rows_affected() > 0)
}

pub async fn is_member<'e>(
    ex: impl Executor<'e, Database = Any>,
    class_id: i64,
    student_id: i64,
) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM class_members WHERE class_id = $1 AND student_id = $2",
    )
    .bind(class_id)
    .bind(student_id)
    .fetch_one(ex)
    .await?;
    Ok(n > 0)
}

/// The students of a class, by name.
pub async fn roster<'e>(
    ex: impl Executor<'e, Database = Any>,
    class_id: i64,
) -> Result<Vec<RosterRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT u.id, u.public_id, u.name, u.avatar, m.joined_at FROM class_members m \
         JOIN users u ON u.id = m.student_id WHERE m.class_id = $1 ORDER BY u.name, u.id",
    )
    .bind(class_id)
    .fetch_all(ex)
    .await
}
