//! The parent's dashboard line for SmartKids: stories read this week and the last one, linking
//! to the child's SmartKids page.

use kernel::auth::BoxFuture;
use kernel::i18n::Tr;
use kernel::relations::{ChildRef, ProgressLine, ProgressSource};
use kernel::{AppResult, AppState};
use sqlx::AnyPool;

const DAY_MS: i64 = 86_400_000;
/// Tashkent is UTC+5 all year.
const TASHKENT_MS: i64 = 5 * 3_600_000;

/// Monday 00:00 in Tashkent of the week `now_ms` falls in.
pub fn week_start(now_ms: i64) -> i64 {
    let day = (now_ms + TASHKENT_MS).div_euclid(DAY_MS);
    // 1970-01-01 was a Thursday: day 0 is three days after a Monday.
    let monday = day - (day + 3).rem_euclid(7);
    monday * DAY_MS - TASHKENT_MS
}

/// Finished readings since `since`, and the title of the child's last finished reading.
async fn summary(pool: &AnyPool, child: i64, since: i64) -> AppResult<(i64, Option<String>)> {
    let (count,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM kids_readings \
         WHERE child_id = $1 AND finished_at IS NOT NULL AND finished_at >= $2",
    )
    .bind(child)
    .bind(since)
    .fetch_one(pool)
    .await?;
    let last: Option<(String,)> = sqlx::query_as(
        "SELECT s.title FROM kids_readings r JOIN kids_stories s ON s.id = r.story_id \
         WHERE r.child_id = $1 AND r.finished_at IS NOT NULL \
         ORDER BY r.finished_at DESC, r.id DESC LIMIT 1",
    )
    .bind(child)
    .fetch_optional(pool)
    .await?;
    Ok((count, last.map(|(t,)| t)))
}

/// SmartKids as a source of the parent's dashboard lines.
pub struct KidsProgress;

impl ProgressSource for KidsProgress {
    fn child_progress<'a>(
        &'a self,
        state: &'a AppState,
        child: &'a ChildRef,
        tr: &'a Tr,
    ) -> BoxFuture<'a, AppResult<Vec<ProgressLine>>> {
        Box::pin(async move {
            let since = week_start(state.now_ms());
            let (count, last) = summary(state.db.pool(), child.id, since).await?;
            let detail = match last {
                None => tr.t("smartkids-progress-none"),
                Some(title) => tr.ta(
                    "smartkids-progress-week",
                    &[("count", count.to_string()), ("title", title)],
                ),
            };
            Ok(vec![ProgressLine {
                icon: "📚".into(),
                label: tr.t("smartkids-progress-label"),
                detail,
                percent: None,
                href: Some(["/smartkids/children/", &child.public_id].concat()),
            }])
        })
    }
}

#[cfg(test)]
mod tests {
    use super::week_start;

    #[test]
    fn a_week_starts_on_monday_at_midnight_in_tashkent() {
        // Friday 2026-09-04 12:00 Tashkent (07:00 UTC) → Monday 2026-08-31 00:00 Tashkent.
        let friday = 1_788_505_200_000;
        assert_eq!(week_start(friday), 1_788_116_400_000);
        // Monday 00:30 Tashkent is still that Monday; Sunday 23:30 is the week before.
        let monday = 1_788_116_400_000;
        assert_eq!(week_start(monday + 1_800_000), monday);
        assert_eq!(week_start(monday - 1_800_000), monday - 7 * 86_400_000);
    }
}
