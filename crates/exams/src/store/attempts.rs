//! `exam_attempts` and `exam_answers`.

use sqlx::{Any, Executor};

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct AttemptRow {
    pub id: i64,
    pub assignment_id: i64,
    pub student_id: i64,
    pub number: i64,
    pub layout: String,
    pub started_at: i64,
    pub deadline_at: i64,
    pub submitted_at: Option<i64>,
    pub score: Option<f64>,
    pub max_score: f64,
    /// Coins the attempt paid; none until it is settled (see `service::pay`).
    pub coins: Option<i64>,
}

impl AttemptRow {
    /// Closed by the clock rather than handed in: the deadline passed first (a hand-in during
    /// the network grace is closed at the deadline too, so it counts as time running out).
    pub fn timed_out(&self) -> bool {
        self.submitted_at.is_some_and(|at| at >= self.deadline_at)
    }
}

const COLUMNS: &str = "id, assignment_id, student_id, number, layout, started_at, deadline_at, submitted_at, score, max_score, coins";

pub struct NewAttempt<'a> {
    pub assignment_id: i64,
    pub student_id: i64,
    pub number: i64,
    pub layout: &'a str,
    pub started_at: i64,
    pub deadline_at: i64,
    pub max_score: f64,
}

pub async fn insert<'e>(
    ex: impl Executor<'e, Database = Any>,
    a: &NewAttempt<'_>,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO exam_attempts (assignment_id, student_id, number, layout, started_at, deadline_at, max_score) \
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
    )
    .bind(a.assignment_id)
    .bind(a.student_id)
    .bind(a.number)
    .bind(a.layout)
    .bind(a.started_at)
    .bind(a.deadline_at)
    .bind(a.max_score)
    .fetch_one(ex)
    .await
}

pub async fn find<'e>(
    ex: impl Executor<'e, Database = Any>,
    id: i64,
) -> Result<Option<AttemptRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM exam_attempts WHERE id = $1"
    ))
    .bind(id)
    .fetch_optional(ex)
    .await
}

/// A student's attempts at one assignment, first to last.
pub async fn of_student<'e>(
    ex: impl Executor<'e, Database = Any>,
    assignment_id: i64,
    student_id: i64,
) -> Result<Vec<AttemptRow>, sqlx::Error> {
    sqlx::query_as(&format!("SELECT {COLUMNS} FROM exam_attempts WHERE assignment_id = $1 AND student_id = $2 ORDER BY number"))
        .bind(assignment_id)
        .bind(student_id)
        .fetch_all(ex)
        .await
}

/// Every attempt at an assignment.
pub async fn of_assignment<'e>(
    ex: impl Executor<'e, Database = Any>,
    assignment_id: i64,
) -> Result<Vec<AttemptRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM exam_attempts WHERE assignment_id = $1 ORDER BY student_id, number"
    ))
    .bind(assignment_id)
    .fetch_all(ex)
    .await
}

/// Closes an attempt with its score; false when it was closed already.
pub async fn close<'e>(
    ex: impl Executor<'e, Database = Any>,
    id: i64,
    score: f64,
    at: i64,
) -> Result<bool, sqlx::Error> {
    let r = sqlx::query("UPDATE exam_attempts SET submitted_at = $1, score = $2 WHERE id = $3 AND submitted_at IS NULL")
        .bind(at)
        .bind(score)
        .bind(id)
        .execute(ex)
        .await?;
    Ok(r.rows_affected() == 1)
}

/// Records what a graded attempt paid; false when it was settled already.
pub async fn set_coins<'e>(
    ex: impl Executor<'e, Database = Any>,
    id: i64,
    coins: i64,
) -> Result<bool, sqlx::Error> {
    let r = sqlx::query("UPDATE exam_attempts SET coins = $1 WHERE id = $2 AND coins IS NULL")
        .bind(coins)
        .bind(id)
        .execute(ex)
        .await?;
    Ok(r.rows_affected() == 1)
}

/// A student's graded attempts that have not paid yet (their score was hidden at hand-in).
pub async fn unsettled_of_student<'e>(
    ex: impl Executor<'e, Database = Any>,
    student_id: i64,
) -> Result<Vec<AttemptRow>, sqlx::Error> {
    sqlx::query_as(&format!("SELECT {COLUMNS} FROM exam_attempts WHERE student_id = $1 AND submitted_at IS NOT NULL AND coins IS NULL ORDER BY id"))
        .bind(student_id)
        .fetch_all(ex)
        .await
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct AnswerRow {
    pub attempt_id: i64,
    pub question_id: i64,
    pub answer: String,
    pub credit: Option<f64>,
    pub time_ms: i64,
}

pub async fn save_answer<'e>(
    ex: impl Executor<'e, Database = Any>,
    attempt_id: i64,
    question_id: i64,
    answer: &str,
    time_ms: i64,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO exam_answers (attempt_id, question_id, answer, time_ms, updated_at) VALUES ($1, $2, $3, $4, $5) \
         ON CONFLICT (attempt_id, question_id) DO UPDATE SET answer = excluded.answer, time_ms = excluded.time_ms, updated_at = excluded.updated_at",
    )
    .bind(attempt_id)
    .bind(question_id)
    .bind(answer)
    .bind(time_ms)
    .bind(now)
    .execute(ex)
    .await
    .map(|_| ())
}

pub async fn set_credit<'e>(
    ex: impl Executor<'e, Database = Any>,
    attempt_id: i64,
    question_id: i64,
    credit: f64,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE exam_answers SET credit = $1 WHERE attempt_id = $2 AND question_id = $3")
        .bind(credit)
        .bind(attempt_id)
        .bind(question_id)
        .execute(ex)
        .await
        .map(|_| ())
}

pub async fn answers<'e>(
    ex: impl Executor<'e, Database = Any>,
    attempt_id: i64,
) -> Result<Vec<AnswerRow>, sqlx::Error> {
    sqlx::query_as("SELECT attempt_id, question_id, answer, credit, time_ms FROM exam_answers WHERE attempt_id = $1")
        .bind(attempt_id)
        .fetch_all(ex)
        .await
}

/// Every answer of every submitted attempt at an assignment, for statistics.
pub async fn answers_of_assignment<'e>(
    ex: impl Executor<'e, Database = Any>,
    assignment_id: i64,
) -> Result<Vec<AnswerRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT an.attempt_id, an.question_id, an.answer, an.credit, an.time_ms FROM exam_answers an \
         JOIN exam_attempts at ON at.id = an.attempt_id WHERE at.assignment_id = $1 AND at.submitted_at IS NOT NULL",
    )
    .bind(assignment_id)
    .fetch_all(ex)
    .await
}
