//! Telling a parent that someone keeps trying to sign in to their child's account: failed
//! sign-ins are counted per child and Tashkent day, and once [`THRESHOLD`] of them fall within
//! one hour the family page shows a notice until the parent dismisses it.

use kernel::auth::Principal;
use kernel::{AppError, AppResult, AppState};
use serde::Serialize;

use crate::store::users::UserRow;
use crate::store::{families, signin_alerts, users};

/// Failed sign-ins within [`WINDOW_MS`] that make a notice.
pub const THRESHOLD: i64 = 10;
pub const WINDOW_MS: i64 = 3_600_000;
/// Notices older than this are no longer shown.
const SHOWN_FOR_MS: i64 = 7 * 86_400_000;

/// Counts one failed sign-in to `user` (only children's accounts are counted).
pub async fn record_failure(state: &AppState, user: &UserRow) -> AppResult<()> {
    if user.role != kernel::auth::Role::Student.as_str() {
        return Ok(());
    }
    let now = state.now_ms();
    let day = day_of(now);
    signin_alerts::count_failure(state.db.pool(), user.id, &day, now, WINDOW_MS, THRESHOLD).await?;
    Ok(())
}

/// The Tashkent date of `ms` as `YYYY-MM-DD`.
fn day_of(ms: i64) -> String {
    let t = kernel::clock::tashkent(ms);
    format!("{:04}-{:02}-{:02}", t.year, t.month, t.day)
}

/// A notice on the family page.
#[derive(Clone, Debug, Serialize)]
pub struct AlertView {
    /// The child's Alif24 ID.
    pub child_id: String,
    pub child_name: String,
    /// Tashkent date, `YYYY-MM-DD`.
    pub day: String,
    /// Failed sign-ins that day.
    pub failures: i64,
    /// Unix milliseconds of the last one.
    pub last_at: i64,
    /// Whether `day` is today in Tashkent.
    pub today: bool,
}

/// The parent's undismissed notices, newest first.
pub async fn for_parent(state: &AppState, parent: &Principal) -> AppResult<Vec<AlertView>> {
    let pool = state.db.pool();
    let now = state.now_ms();
    let since = now - SHOWN_FOR_MS;
    let today = day_of(now);
    let rows = signin_alerts::open_for_parent(pool, parent.id, since).await?;
    let mut out = Vec::with_capacity(rows.len());
    for r in rows {
        let Some(child) = users::find_by_id(pool, r.user_id).await? else {
            continue;
        };
        out.push(AlertView {
            child_id: child.public_id,
            child_name: child.name,
            today: r.day == today,
            day: r.day,
            failures: r.failures,
            last_at: r.last_at,
        });
    }
    Ok(out)
}

/// The parent has seen the notices about one child.
pub async fn dismiss(state: &AppState, parent: &Principal, child_public_id: &str) -> AppResult<()> {
    let pool = state.db.pool();
    let child = families::child_of(pool, parent.id, child_public_id.trim())
        .await?
        .ok_or_else(AppError::not_found)?;
    signin_alerts::dismiss(pool, child.id, state.now_ms()).await?;
    Ok(())
}
