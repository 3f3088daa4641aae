//! The append-only audit log: who did what to whom, for staff and organisations' actions and
//! anything else a domain must be able to account for later (a subscription granted by hand, a
//! payment cancelled). Any domain writes an entry inside the transaction of the change it
//! records, so the two commit together; the admin area reads the log.

use sqlx::{Any, Executor};

/// One thing done by `actor_id`, optionally to `target_id` (users' internal ids).
#[derive(Clone, Debug)]
pub struct Entry<'a> {
    pub actor_id: i64,
    /// A dotted name, e.g. `user.block`, `org.invite`, `payments.grant`.
    pub action: &'a str,
    pub target_id: Option<i64>,
    /// Whatever makes the entry understandable later (old and new values, a reason).
    pub detail: &'a serde_json::Value,
}

/// Appends `entry` at `now` (unix ms); pass the transaction of the change it records.
pub async fn record<'e>(
    ex: impl Executor<'e, Database = Any>,
    entry: Entry<'_>,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO audit_log (actor_id, action, target_id, detail, created_at) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(entry.actor_id)
    .bind(entry.action)
    .bind(entry.target_id)
    .bind(entry.detail.to_string())
    .bind(now)
    .execute(ex)
    .await
    .map(|_| ())
}
