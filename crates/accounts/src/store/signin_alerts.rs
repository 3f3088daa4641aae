//! The `signin_alerts` table: failed sign-ins to a child's account per Tashkent day.

use sqlx::{Any, Executor};

/// Counts one failure at `now` on `day`; the one-hour window starts again once it is older
/// than `window_ms`, and `alerted_at` is set the first time the window reaches `threshold`.
pub async fn count_failure<'e>(
    ex: impl Executor<'e, Database = Any>,
    user_id: i64,
    day: &str,
    now: i64,
    window_ms: i64,
    threshold: i64,
) -> Result<(), sqlx::Error> {
    // Both databases evaluate every SET expression on the row as it was, so the window's new
    // count is spelled out again where `alerted_at` needs it.
    sqlx::query(
        "INSERT INTO signin_alerts (user_id, day, failures, window_start, window_failures, last_at) \
         VALUES ($1, $2, 1, $3, 1, $3) \
         ON CONFLICT (user_id, day) DO UPDATE SET \
           failures = signin_alerts.failures + 1, \
           window_start = CASE WHEN $3 - signin_alerts.window_start >= $4 THEN $3 \
                          ELSE signin_alerts.window_start END, \
           window_failures = CASE WHEN $3 - signin_alerts.window_start >= $4 THEN 1 \
                             ELSE signin_alerts.window_failures + 1 END, \
           last_at = $3, \
           alerted_at = CASE WHEN signin_alerts.alerted_at IS NULL \
                        AND $3 - signin_alerts.window_start < $4 \
                        AND signin_alerts.window_failures + 1 >= $5 THEN $3 \
                        ELSE signin_alerts.alerted_at END",
    )
    .bind(user_id)
    .bind(day)
    .bind(now)
    .bind(window_ms)
    .bind(threshold)
    .execute(ex)
    .await
    .map(|_| ())
}

/// An alert a parent has not dismissed yet (dismissing clears `alerted_at`).
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct AlertRow {
    pub user_id: i64,
    pub day: String,
    pub failures: i64,
    pub last_at: i64,
}

/// Undismissed alerts of the children of `parent_id` since `since` (unix ms), newest first.
pub async fn open_for_parent<'e>(
    ex: impl Executor<'e, Database = Any>,
    parent_id: i64,
    since: i64,
) -> Result<Vec<AlertRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT user_id, day, failures, last_at FROM signin_alerts \
         WHERE alerted_at IS NOT NULL AND last_at >= $2 \
         AND user_id IN (SELECT child_id FROM families WHERE parent_id = $1) \
         ORDER BY last_at DESC",
    )
    .bind(parent_id)
    .bind(since)
    .fetch_all(ex)
    .await
}

/// Marks a child's alerts as seen; a later hour of guessing raises a new one.
pub async fn dismiss<'e>(
    ex: impl Executor<'e, Database = Any>,
    user_id: i64,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE signin_alerts SET seen_at = $1, alerted_at = NULL, window_start = $1, \
         window_failures = 0 WHERE user_id = $2 AND alerted_at IS NOT NULL",
    )
    .bind(now)
    .bind(user_id)
    .execute(ex)
    .await
    .map(|_| ())
}
