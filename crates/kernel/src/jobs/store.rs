//! SQL of the job runner: queued jobs in `jobs`, the leases of periodic jobs in `job_leases`.
//!
//! Every claim is one conditional `UPDATE`, so two replicas racing for the same row cannot
//! both win: on PostgreSQL the loser waits for the winner's row lock and then finds the
//! condition false; on SQLite writes are serialised.

use sqlx::{Any, Executor};

/// States of a queued job.
pub const QUEUED: &str = "queued";
pub const DONE: &str = "done";
pub const DEAD: &str = "dead";

/// A queued job this runner has claimed.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct ClaimedJob {
    pub id: i64,
    pub name: String,
    pub payload: String,
    /// Attempts so far, this one included.
    pub attempts: i64,
    pub max_attempts: i64,
}

/// A job row as tests and the operations page read it.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct JobRow {
    pub id: i64,
    pub name: String,
    pub payload: String,
    pub state: String,
    pub run_at: i64,
    pub attempts: i64,
    pub last_error: Option<String>,
}

pub async fn insert_job<'e>(
    ex: impl Executor<'e, Database = Any>,
    name: &str,
    payload: &str,
    run_at: i64,
    max_attempts: i64,
    now: i64,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO jobs (name, payload, state, run_at, attempts, max_attempts, created_at, updated_at) \
         VALUES ($1, $2, 'queued', $3, 0, $4, $5, $5) RETURNING id",
    )
    .bind(name)
    .bind(payload)
    .bind(run_at)
    .bind(max_attempts)
    .bind(now)
    .fetch_one(ex)
    .await
}

pub async fn find_job<'e>(
    ex: impl Executor<'e, Database = Any>,
    id: i64,
) -> Result<Option<JobRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, name, payload, state, run_at, attempts, last_error FROM jobs WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(ex)
    .await
}

/// Claims the oldest due job among `names` for `owner` until `lease_until`, counting the
/// attempt; `None` when nothing is due (or another runner took it first).
pub async fn claim_job<'e>(
    ex: impl Executor<'e, Database = Any>,
    names: &[&str],
    owner: &str,
    now: i64,
    lease_until: i64,
) -> Result<Option<ClaimedJob>, sqlx::Error> {
    if names.is_empty() {
        return Ok(None);
    }
    let placeholders: Vec<String> = (0..names.len()).map(|i| format!("${}", i + 4)).collect();
    let free = "state = 'queued' AND run_at <= $3 AND (lease_until IS NULL OR lease_until < $3)";
    let sql = format!(
        "UPDATE jobs SET lease_owner = $1, lease_until = $2, attempts = attempts + 1, updated_at = $3 \
         WHERE id = (SELECT id FROM jobs WHERE {free} AND name IN ({}) ORDER BY run_at, id LIMIT 1) \
         AND {free} \
         RETURNING id, name, payload, attempts, max_attempts",
        placeholders.join(", ")
    );
    let mut query = sqlx::query_as(&sql).bind(owner).bind(lease_until).bind(now);
    for name in names {
        query = query.bind(*name);
    }
    query.fetch_optional(ex).await
}

/// Marks a claimed job done; false if the lease was lost meanwhile.
pub async fn finish_job<'e>(
    ex: impl Executor<'e, Database = Any>,
    id: i64,
    owner: &str,
    now: i64,
) -> Result<bool, sqlx::Error> {
    sqlx::query(
        "UPDATE jobs SET state = 'done', lease_owner = NULL, lease_until = NULL, updated_at = $3 \
         WHERE id = $1 AND lease_owner = $2 AND state = 'queued'",
    )
    .bind(id)
    .bind(owner)
    .bind(now)
    .execute(ex)
    .await
    .map(|r| r.rows_affected() == 1)
}

/// Records a failure: the job waits until `run_at` for another attempt, or, when `dead`, is
/// given up.
pub async fn fail_job<'e>(
    ex: impl Executor<'e, Database = Any>,
    id: i64,
    owner: &str,
    error: &str,
    run_at: i64,
    dead: bool,
    now: i64,
) -> Result<bool, sqlx::Error> {
    sqlx::query(
        "UPDATE jobs SET state = $4, run_at = $5, last_error = $6, lease_owner = NULL, \
         lease_until = NULL, updated_at = $3 \
         WHERE id = $1 AND lease_owner = $2 AND state = 'queued'",
    )
    .bind(id)
    .bind(owner)
    .bind(now)
    .bind(if dead { DEAD } else { QUEUED })
    .bind(run_at)
    .bind(error)
    .execute(ex)
    .await
    .map(|r| r.rows_affected() == 1)
}

/// Keeps a long-running job's lease.
pub async fn extend_job_lease<'e>(
    ex: impl Executor<'e, Database = Any>,
    id: i64,
    owner: &str,
    lease_until: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE jobs SET lease_until = $3 WHERE id = $1 AND lease_owner = $2")
        .bind(id)
        .bind(owner)
        .bind(lease_until)
        .execute(ex)
        .await
        .map(|_| ())
}

/// Deletes finished jobs last touched before `before` (dead ones are kept for a look).
pub async fn delete_done_before<'e>(
    ex: impl Executor<'e, Database = Any>,
    before: i64,
) -> Result<u64, sqlx::Error> {
    sqlx::query("DELETE FROM jobs WHERE state = 'done' AND updated_at < $1")
        .bind(before)
        .execute(ex)
        .await
        .map(|r| r.rows_affected())
}

/// Creates the lease row of a periodic job, free from the start.
pub async fn ensure_lease<'e>(
    ex: impl Executor<'e, Database = Any>,
    name: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO job_leases (name, owner, until_ms) VALUES ($1, NULL, 0) \
         ON CONFLICT (name) DO NOTHING",
    )
    .bind(name)
    .execute(ex)
    .await
    .map(|_| ())
}

/// Takes the lease of periodic job `name` until `until` if it has run out; true when taken.
pub async fn take_lease<'e>(
    ex: impl Executor<'e, Database = Any>,
    name: &str,
    owner: &str,
    now: i64,
    until: i64,
) -> Result<bool, sqlx::Error> {
    sqlx::query(
        "UPDATE job_leases SET owner = $2, until_ms = $4 WHERE name = $1 AND until_ms <= $3",
    )
    .bind(name)
    .bind(owner)
    .bind(now)
    .bind(until)
    .execute(ex)
    .await
    .map(|r| r.rows_affected() == 1)
}

/// Moves the end of a held lease (a run that outlasts its interval).
pub async fn extend_lease<'e>(
    ex: impl Executor<'e, Database = Any>,
    name: &str,
    owner: &str,
    until: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE job_leases SET until_ms = $3 WHERE name = $1 AND owner = $2 AND until_ms < $3",
    )
    .bind(name)
    .bind(owner)
    .bind(until)
    .execute(ex)
    .await
    .map(|_| ())
}
