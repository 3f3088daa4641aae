//! Earning and spending coins, XP and streaks.
//!
//! Every change of a balance is one ledger entry with an idempotency key, written in the same
//! transaction as the running total, after the user's totals row is locked. So the same award
//! is never paid twice, however many requests race, and a balance never goes below zero.

use kernel::db::Tx;
use kernel::{AppError, AppResult, AppState};
use serde::Serialize;

use crate::level::{day_number, level, xp_for_next};
use crate::store::{self, AccountRow, NewEntry};

/// Coins to pay (or, with a negative amount, to take) for one reason.
#[derive(Clone, Debug)]
pub struct Award<'a> {
    pub user_id: i64,
    /// Coins; positive to earn.
    pub amount: i64,
    /// What it is for, e.g. `harf.card_learned`; daily caps are per source.
    pub source: &'a str,
    /// What it refers to, e.g. the card id.
    pub reference: &'a str,
    /// The same key is paid once, ever.
    pub key: &'a str,
}

/// What happened to an award.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "outcome", content = "coins")]
pub enum Outcome {
    /// Paid this many coins (less than asked when the daily cap was near).
    Paid(i64),
    /// This key was paid before; nothing changed.
    AlreadyPaid,
    /// Today's cap for the source is reached; nothing changed.
    Capped,
}

/// Pays an award inside the caller's transaction.
pub async fn award_in(
    tx: &mut Tx,
    caps: &[(String, i64)],
    now: i64,
    a: &Award<'_>,
) -> AppResult<Outcome> {
    if a.amount <= 0 {
        return Err(AppError::internal(anyhow_msg(
            "awards must be positive; use spend",
        )));
    }
    store::ensure_account(&mut **tx, a.user_id, now).await?;
    store::lock_account(&mut **tx, a.user_id, now).await?;
    if store::key_used(&mut **tx, a.key).await? {
        return Ok(Outcome::AlreadyPaid);
    }
    let day = day_number(now);
    let amount = match crate::caps::cap_for(caps, a.source) {
        Some(cap) => {
            let earned = store::earned_on_day(&mut **tx, a.user_id, a.source, day).await?;
            a.amount.min(cap - earned)
        }
        None => a.amount,
    };
    if amount <= 0 {
        return Ok(Outcome::Capped);
    }
    let entry = NewEntry {
        user_id: a.user_id,
        amount,
        source: a.source,
        reference: a.reference,
        key: a.key,
        day,
        now,
    };
    store::insert_entry(&mut **tx, &entry).await?;
    store::add_balance(&mut **tx, a.user_id, amount).await?;
    Ok(Outcome::Paid(amount))
}

/// Pays an award in a transaction of its own.
pub async fn award(state: &AppState, a: &Award<'_>) -> AppResult<Outcome> {
    let mut tx = state.db.begin().await?;
    let outcome = award_in(&mut tx, &state.config.coin_caps, state.now_ms(), a).await?;
    tx.commit().await?;
    if let Outcome::Paid(n) = outcome {
        tracing::info!(
            user.id = a.user_id,
            coins = n,
            reward.source = a.source,
            "coins paid"
        );
    }
    Ok(outcome)
}

/// Takes `a.amount` coins (positive number) if the balance allows; 409 `not_enough_coins`
/// otherwise. The same key is taken once.
pub async fn spend(state: &AppState, a: &Award<'_>) -> AppResult<Outcome> {
    let mut tx = state.db.begin().await?;
    let outcome = spend_in(&mut tx, state.now_ms(), a).await?;
    tx.commit().await?;
    Ok(outcome)
}

/// [`spend`] inside the caller's transaction, so what the coins buy is written with them.
pub async fn spend_in(tx: &mut Tx, now: i64, a: &Award<'_>) -> AppResult<Outcome> {
    if a.amount <= 0 {
        return Err(AppError::field("amount", "field-invalid"));
    }
    store::ensure_account(&mut **tx, a.user_id, now).await?;
    let account = store::lock_account(&mut **tx, a.user_id, now).await?;
    if store::key_used(&mut **tx, a.key).await? {
        return Ok(Outcome::AlreadyPaid);
    }
    if account.balance < a.amount {
        return Err(AppError::conflict("not_enough_coins").arg("balance", account.balance));
    }
    let entry = NewEntry {
        user_id: a.user_id,
        amount: -a.amount,
        source: a.source,
        reference: a.reference,
        key: a.key,
        day: day_number(now),
        now,
    };
    store::insert_entry(&mut **tx, &entry).await?;
    store::add_balance(&mut **tx, a.user_id, -a.amount).await?;
    Ok(Outcome::Paid(-a.amount))
}

/// Adds XP and counts today towards the daily streak, inside the caller's transaction.
pub async fn progress_in(tx: &mut Tx, user_id: i64, xp: i64, now: i64) -> AppResult<()> {
    store::ensure_account(&mut **tx, user_id, now).await?;
    let mut a = store::lock_account(&mut **tx, user_id, now).await?;
    a.xp += xp.max(0);
    let today = day_number(now);
    match a.last_active_day {
        Some(d) if d == today => {}
        Some(d) if d == today - 1 => a.streak_current += 1,
        _ => a.streak_current = 1,
    }
    a.streak_longest = a.streak_longest.max(a.streak_current);
    a.last_active_day = Some(today);
    store::set_progress(&mut **tx, user_id, &a).await?;
    Ok(())
}

/// A user's coins, XP, level and streaks.
#[derive(Clone, Debug, Serialize)]
pub struct Summary {
    pub balance: i64,
    pub xp: i64,
    pub level: i64,
    pub xp_next_level: i64,
    /// Days in a row with activity, counting today or yesterday; 0 once a day is missed.
    pub streak: i64,
    pub longest_streak: i64,
}

pub async fn summary(state: &AppState, user_id: i64) -> AppResult<Summary> {
    let a: AccountRow = store::find_account(state.db.pool(), user_id)
        .await?
        .unwrap_or_default();
    let today = day_number(state.now_ms());
    let streak = match a.last_active_day {
        Some(d) if d >= today - 1 => a.streak_current,
        _ => 0,
    };
    let lvl = level(a.xp);
    Ok(Summary {
        balance: a.balance,
        xp: a.xp,
        level: lvl,
        xp_next_level: xp_for_next(lvl),
        streak,
        longest_streak: a.streak_longest,
    })
}

pub async fn history(
    state: &AppState,
    user_id: i64,
    limit: i64,
) -> AppResult<Vec<store::EntryRow>> {
    Ok(store::recent(state.db.pool(), user_id, limit).await?)
}

fn anyhow_msg(msg: &'static str) -> std::io::Error {
    std::io::Error::other(msg)
}
