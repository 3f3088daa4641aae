//! Skipping a listening activity on a device with no voice for the alphabet's language: the
//! activity is marked skipped (not failed), no stars are lost, and the card can still be
//! learned. The server cannot hear the child's phone, so it trusts the page on *whether* it
//! has a voice, and only allows the listening activities to be skipped.

use axum::http::StatusCode;
use kernel::auth::Principal;
use kernel::{AppError, AppResult, AppState};

use super::{settle_in, Recorded};
use crate::progress::card_states;
use crate::scoring::Activity;
use crate::store;
use alphabets::CONTENT;

pub async fn skip(
    state: &AppState,
    who: &Principal,
    card_id: &str,
    activity: &str,
) -> AppResult<Recorded> {
    let (alphabet, index, card) = CONTENT.card(card_id).ok_or_else(AppError::not_found)?;
    let activity = Activity::parse(activity).ok_or_else(AppError::not_found)?;
    if !activity.skippable() {
        return Err(AppError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "harf_not_skippable",
        ));
    }
    let now = state.now_ms();
    let mut tx = state.db.begin().await?;
    let rows = store::for_alphabet(&mut *tx, who.id, &alphabet.alphabet).await?;
    let before = card_states(alphabet, &rows);
    if !before[index].unlocked {
        return Err(AppError::conflict("harf_card_locked"));
    }
    let best = before[index].stars_of(activity.as_str());
    store::skip(&mut *tx, who.id, &card.id, activity.as_str(), now).await?;
    let settled = settle_in(&mut tx, state, who, alphabet, index, &before, now).await?;
    tx.commit().await?;
    Ok(Recorded {
        stars: 0,
        best_stars: best,
        skipped: true,
        learned: settled.learned,
        newly_learned: settled.newly_learned,
        coins: settled.coins,
        alphabet_done: settled.alphabet_done,
        next_card: settled.next_card,
    })
}
