//! Coins for a test, by score and not for finishing: nothing below half the points, then more
//! for more, up to [`MAX_COINS`] for a full score. A retake pays only what it adds over the best
//! earlier attempt, so taking a test again and again cannot farm coins. Coins would tell a
//! hidden score, so an attempt pays once its score may be shown (never, for tests that never
//! show it). The rules are written up in `docs/exams-coins.md`.

use kernel::db::Tx;
use kernel::{AppError, AppResult, AppState};
use questions::model::settings::{Reveal, Settings};

use crate::service::results::revealed;
use crate::store::assignments::{self as assignment_store, AssignmentRow};
use crate::store::attempts::{self as store, AttemptRow};

/// Coins for a full score.
pub const MAX_COINS: i64 = 15;
/// Below this share of the points (in percent) a test pays nothing.
pub const THRESHOLD_PERCENT: f64 = 50.0;

/// Coins a score is worth on its own: 0 below the threshold, else the share of [`MAX_COINS`]
/// (rounded), so 2 of 3 pays 10 and 3 of 3 pays 15.
pub fn coins_for(score: f64, max: f64) -> i64 {
    if max <= 0.0 || score <= 0.0 {
        return 0;
    }
    let share = (score / max).min(1.0);
    if share * 100.0 + 1e-9 < THRESHOLD_PERCENT {
        return 0;
    }
    (share * MAX_COINS as f64).round() as i64
}

/// What attempt `number` adds: the coins of the best score up to it, less those of the best
/// score before it (never below zero). Over all attempts this adds up to the coins of the best.
pub fn improvement(earlier: &[f64], score: f64, max: f64) -> i64 {
    let before = earlier.iter().copied().fold(0.0, f64::max);
    (coins_for(before.max(score), max) - coins_for(before, max)).max(0)
}

/// Pays a graded attempt inside the caller's transaction, if its score may be shown at `now`;
/// records what it paid (0 when nothing). Leaves it unsettled while the score waits for the
/// due time. Returns the coins paid, or none when it waits.
pub async fn settle_in(
    tx: &mut Tx,
    caps: &[(String, i64)],
    now: i64,
    a: &AssignmentRow,
    row: &AttemptRow,
    score: f64,
) -> AppResult<Option<i64>> {
    let settings: Settings = serde_json::from_str(&a.settings).map_err(AppError::internal)?;
    let paid = if settings.show_score == Reveal::Never {
        0
    } else if !revealed(settings.show_score, now, a.due_at) {
        return Ok(None);
    } else {
        let earlier: Vec<f64> = store::of_student(&mut **tx, a.id, row.student_id)
            .await?
            .iter()
            .filter(|t| t.number < row.number && t.submitted_at.is_some())
            .filter_map(|t| t.score)
            .collect();
        let amount = improvement(&earlier, score, row.max_score);
        if amount > 0 {
            let key = format!("exams:score:{}", row.id);
            let award = rewards::Award {
                user_id: row.student_id,
                amount,
                source: "exams.assignment_done",
                reference: &a.id.to_string(),
                key: &key,
            };
            match rewards::service::award_in(tx, caps, now, &award).await? {
                rewards::service::Outcome::Paid(n) => n,
                _ => 0,
            }
        } else {
            0
        }
    };
    store::set_coins(&mut **tx, row.id, paid).await?;
    Ok(Some(paid))
}

/// Pays the student's graded attempts whose score has become visible since (a test that shows
/// the score after its due time). Cheap when there is nothing to settle: one indexed query.
pub async fn settle(state: &AppState, student_id: i64) -> AppResult<()> {
    let waiting = store::unsettled_of_student(state.db.pool(), student_id).await?;
    let now = state.now_ms();
    for row in waiting {
        let Some(a) = assignment_store::find(state.db.pool(), row.assignment_id).await? else {
            continue;
        };
        let settings: Settings = serde_json::from_str(&a.settings).map_err(AppError::internal)?;
        if settings.show_score != Reveal::Never && !revealed(settings.show_score, now, a.due_at) {
            continue;
        }
        let mut tx = state.db.begin().await?;
        settle_in(
            &mut tx,
            &state.config.coin_caps,
            now,
            &a,
            &row,
            row.score.unwrap_or(0.0),
        )
        .await?;
        tx.commit().await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_below_half_then_more_for_more_up_to_the_cap() {
        assert_eq!(coins_for(0.0, 3.0), 0);
        assert_eq!(coins_for(1.0, 3.0), 0);
        assert_eq!(coins_for(1.5, 3.0), 8);
        assert_eq!(coins_for(2.0, 3.0), 10);
        assert_eq!(coins_for(3.0, 3.0), MAX_COINS);
        assert_eq!(coins_for(9.0, 3.0), MAX_COINS);
        assert_eq!(coins_for(1.0, 0.0), 0);
    }

    #[test]
    fn a_retake_pays_only_its_improvement_over_the_best_before() {
        assert_eq!(improvement(&[], 2.0, 3.0), 10);
        assert_eq!(improvement(&[2.0], 3.0, 3.0), 5);
        assert_eq!(improvement(&[3.0], 3.0, 3.0), 0);
        assert_eq!(improvement(&[3.0, 1.0], 2.0, 3.0), 0);
        assert_eq!(improvement(&[0.0], 1.0, 3.0), 0);
    }
}
