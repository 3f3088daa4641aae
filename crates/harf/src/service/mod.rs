//! Harf's use cases: a learner's states, recording a play, skipping an activity the device
//! cannot play; what a play changes (learned, coins, the next card) is settled in one place.

use kernel::auth::Principal;
use kernel::db::Tx;
use kernel::{AppError, AppResult, AppState};
use serde::Serialize;

use crate::progress::{card_states, CardState};
use crate::store;
use alphabets::{Alphabet, CONTENT};

mod record;
mod skip;

pub use record::record;
pub use skip::skip;

/// Coins for learning a card the first time, and for finishing a whole alphabet.
pub const CARD_COINS: i64 = 5;
pub const ALPHABET_COINS: i64 = 50;
/// XP per star gained over the previous best.
pub const XP_PER_STAR: i64 = 5;

#[derive(Debug, Serialize)]
pub struct Recorded {
    pub stars: i64,
    pub best_stars: i64,
    /// The activity was skipped rather than played (no stars, none lost).
    pub skipped: bool,
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

/// What a play or a skip changed, once it is written: stars are filled in by the caller.
pub(crate) struct Settled {
    pub learned: bool,
    pub newly_learned: bool,
    pub coins: i64,
    pub alphabet_done: bool,
    pub next_card: Option<String>,
}

/// Re-reads the alphabet after a write in `tx` and pays what became due: the card learned,
/// the alphabet finished (each once, by idempotency key).
pub(crate) async fn settle_in(
    tx: &mut Tx,
    state: &AppState,
    who: &Principal,
    alphabet: &Alphabet,
    index: usize,
    before: &[CardState],
    now: i64,
) -> AppResult<Settled> {
    let card = &alphabet.cards[index];
    let rows = store::for_alphabet(&mut **tx, who.id, &alphabet.alphabet).await?;
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
        if let rewards::Outcome::Paid(n) = rewards::service::award_in(tx, caps, now, &award).await?
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
        if let rewards::Outcome::Paid(n) = rewards::service::award_in(tx, caps, now, &award).await?
        {
            coins += n;
        }
    }
    let next_card = after
        .get(index + 1)
        .filter(|s| s.unlocked && !before[index + 1].unlocked)
        .map(|s| s.card_id.clone());
    Ok(Settled {
        learned: after[index].learned,
        newly_learned,
        coins,
        alphabet_done,
        next_card,
    })
}
