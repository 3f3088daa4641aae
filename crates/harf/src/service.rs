//! Recording an activity's result: stars, the card learned, coins and XP.

use kernel::auth::Principal;
use kernel::{AppError, AppResult, AppState};
use serde::Serialize;

use crate::progress::{card_states, CardState};
use crate::scoring::{stars, Activity, ActivityResult};
use crate::store;
use alphabets::CONTENT;

/// Coins for learning a card the first time, and for finishing a whole alphabet.
pub const CARD_COINS: i64 = 5;
pub const ALPHABET_COINS: i64 = 50;
/// XP per star gained over the previous best.
pub const XP_PER_STAR: i64 = 5;

#[derive(Debug, Serialize)]
pub struct Recorded {
    pub stars: i64,
    pub best_stars: i64,
    pub learned: bool,
    /// This play made the card learned.
    pub newly_learned: bool,
    /// Coins paid by this play.
    pub coins: i64,
    pub alphabet_done: bool,
    /// The card that opened, if any.
    pub next_card: Option<String>,
}

/// The learner's states for one alphabet.
pub async fn states(state: &AppState, user_id: i64, alphabet: &str) -> AppResult<Vec<CardState>> {
    let a = CONTENT.alphabet(alphabet).ok_or_else(AppError::not_found)?;
    let rows = store::for_alphabet(state.db.pool(), user_id, alphabet).await?;
    Ok(card_states(a, &rows))
}

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

    let rows = store::for_alphabet(&mut *tx, who.id, &alphabet.alphabet).await?;
    let after = card_states(alphabet, &rows);
    let newly_learned = after[index].learned && !before[index].learned;
    let caps = &state.config.coin_caps;
    let mut coins = 0;
    if after[index].learned {
        let key = format!("harf:learned:{}:{}", who.id, card.id);
        let award = rewards::Award {
            user_id: who.id,
            amount: CARD_COINS,
            source: "harf.card_learned",
            reference: &card.id,
            key: &key,
        };
        if let rewards::Outcome::Paid(n) =
            rewards::service::award_in(&mut tx, caps, now, &award).await?
        {
            coins += n;
        }
    }
    let alphabet_done = after.iter().all(|s| s.learned);
    if alphabet_done {
        let key = format!("harf:done:{}:{}", who.id, alphabet.alphabet);
        let award = rewards::Award {
            user_id: who.id,
            amount: ALPHABET_COINS,
            source: "harf.alphabet_done",
            reference: &alphabet.alphabet,
            key: &key,
        };
        if let rewards::Outcome::Paid(n) =
            rewards::service::award_in(&mut tx, caps, now, &award).await?
        {
            coins += n;
        }
    }
    tx.commit().await?;
    let next_card = after
        .get(index + 1)
        .filter(|s| s.unlocked && !before[index + 1].unlocked)
        .map(|s| s.card_id.clone());
    Ok(Recorded {
        stars,
        best_stars: stars.max(previous),
        learned: after[index].learned,
        newly_learned,
        coins,
        alphabet_done,
        next_card,
    })
}
