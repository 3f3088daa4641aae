//! The growing delay after failed logins, counted per account and address.
//!
//! The counter is keyed by the account's internal id once the identifier names one (so its
//! e-mail, phone and Alif24 ID share one budget), and by the identifier otherwise (so unknown
//! identifiers are answered exactly like known ones), each together with the client address:
//! the guesser's address waits, the owner at home does not. The first [`FREE_FAILURES`] failures cost
//! nothing; after that each attempt must wait [`delay_ms`]: 30 s, doubling, at most 5 minutes.
//! An attempt inside the wait is refused (429) without looking at the password, so guesses stay
//! expensive; the right password after the wait is accepted from any device, and clears the
//! count. A device the account logged in from before skips the wait altogether (see
//! `service::login`). A device that presents a token the account does not know is also
//! counted on its own ([`device_key`]), so moving between addresses does not reset its wait.
//! Counters untouched for a day are forgotten.
//!
//! Each attempt is counted *before* its password is checked (a compare-and-set on the row), so
//! parallel guesses cannot slip past the count.

use kernel::{AppError, AppResult, AppState};

use crate::store::throttles::{self, ThrottleRow};

pub const FREE_FAILURES: i64 = 10;
pub const FIRST_DELAY_MS: i64 = 30_000;
pub const MAX_DELAY_MS: i64 = 5 * 60_000;
/// A counter left alone this long starts again from zero.
pub const FORGET_MS: i64 = 24 * 3_600_000;

/// The wait after `failures` failed attempts.
pub fn delay_ms(failures: i64) -> i64 {
    if failures < FREE_FAILURES {
        return 0;
    }
    let doublings = (failures - FREE_FAILURES).min(16) as u32;
    (FIRST_DELAY_MS << doublings).min(MAX_DELAY_MS)
}

/// The name of an account in counter keys.
pub fn account_key(user_id: i64) -> String {
    format!("user:{user_id}")
}

/// The counter of one account (or unknown identifier) as seen from one address: a guesser
/// slows down only their own address, so the account's owner elsewhere is never held.
pub fn key(account: &str, ip: &str) -> String {
    format!("{account}@{ip}")
}

/// The counter of one account as seen from one device (the SHA-256 of the device's token):
/// a device the account does not know yet is slowed down wherever it moves.
pub fn device_key(account: &str, device_hash: &str) -> String {
    format!("{account}#device:{device_hash}")
}

/// One attempt counted on a key, which [`refund`] can take back.
#[derive(Clone, Debug)]
pub struct Claim {
    key: String,
    before: Option<ThrottleRow>,
    after: ThrottleRow,
}

/// Counts one attempt on `key` as failed until [`clear`] says otherwise; 429 `login_delayed`
/// with the seconds left while the key must wait.
pub async fn claim(state: &AppState, key: &str) -> AppResult<Claim> {
    let now = state.now_ms();
    let pool = state.db.pool();
    for _ in 0..20 {
        let Some(seen) = throttles::find(pool, key).await? else {
            if rand::random::<u8>() == 0 {
                throttles::delete_stale(pool, now - FORGET_MS).await?;
            }
            let next_at = now + delay_ms(1);
            if throttles::insert_first(pool, key, next_at, now).await? {
                return Ok(Claim {
                    key: key.to_string(),
                    before: None,
                    after: ThrottleRow {
                        failures: 1,
                        next_at,
                        updated_at: now,
                    },
                });
            }
            continue;
        };
        let forgotten = now - seen.updated_at >= FORGET_MS;
        if !forgotten && seen.next_at > now {
            return Err(delayed(seen.next_at - now));
        }
        let failures = if forgotten { 1 } else { seen.failures + 1 };
        let next_at = now + delay_ms(failures);
        if throttles::advance(pool, key, &seen, failures, next_at, now).await? {
            return Ok(Claim {
                key: key.to_string(),
                before: Some(seen),
                after: ThrottleRow {
                    failures,
                    next_at,
                    updated_at: now,
                },
            });
        }
    }
    // Many attempts on one key at the same moment: let this one wait the shortest delay.
    Err(delayed(1000))
}

/// Takes back attempts whose password was never checked (the server was too busy to hash),
/// so a crowd at the door does not lock the owner out. A counter that moved on since is
/// left alone.
pub async fn refund(state: &AppState, claims: &[Claim]) {
    let pool = state.db.pool();
    for c in claims {
        let undone = match &c.before {
            None => throttles::delete_if(pool, &c.key, &c.after).await,
            Some(b) => {
                throttles::advance(pool, &c.key, &c.after, b.failures, b.next_at, b.updated_at)
                    .await
            }
        };
        if let Err(e) = undone {
            tracing::warn!(error = %e, "login attempt not taken back");
        }
    }
}

/// The right password: the account's count starts again.
pub async fn clear(state: &AppState, key: &str) -> AppResult<()> {
    Ok(throttles::delete(state.db.pool(), key).await?)
}

fn delayed(ms: i64) -> AppError {
    let seconds = ((ms + 999) / 1000).max(1) as u64;
    AppError::rate_limited(seconds).with_code("login_delayed")
}
