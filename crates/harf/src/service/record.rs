//! Recording an activity's result: stars, the card learned, coins and XP.

use kernel::auth::Principal;
use kernel::{AppError, AppResult, AppState};

use super::{settle_in, Recorded, XP_PER_STAR};
use crate::progress::card_states;
use crate::scoring::{stars, Activity, ActivityResult};
use crate::store;
use alphabets::CONTENT;

pub async fn record(
    state: &AppState,
    who: &Principal,
    card_id: &str,
    activity: &str,
    result: &ActivityResult,
) -> AppResult<Recorded> {
    let (alphabet, index, card) = CONTENT.card(card_id).ok_or_else(AppError::not_found)?;
    let activity = Activity::parse(activity).ok_or_else(AppError::not_found)?;
    let stars =
        stars(activity, result).ok_or_else(|| AppError::bad_request("harf_result_invalid"))?;
    let now = state.now_ms();
    let mut tx = state.db.begin().await?;
    let rows = store::for_alphabet(&mut *tx, who.id, &alphabet.alphabet).await?;
    let before = card_states(alphabet, &rows);
    if !before[index].unlocked {
        return Err(AppError::conflict("harf_card_locked"));
    }
    let previous = store::best(&mut *tx, who.id, &card.id, activity.as_str())
        .await?
        .unwrap_or(0);
    store::record(&mut *tx, who.id, &card.id, activity.as_str(), stars, now).await?;
    rewards::service::progress_in(
        &mut tx,
        who.id,
        (stars - previous).max(0) * XP_PER_STAR,
        now,
    )
    .await?;
    let settled = settle_in(&mut tx, state, who, alphabet, index, &before, now).await?;
    tx.commit().await?;
    state
        .metrics
        .product(kernel::metrics::Product::HarfActivityFinished);
    Ok(Recorded {
        stars,
        best_stars: stars.max(previous),
        skipped: false,
        learned: settled.learned,
        newly_learned: settled.newly_learned,
        coins: settled.coins,
        alphabet_done: settled.alphabet_done,
        next_card: settled.next_card,
    })
}
