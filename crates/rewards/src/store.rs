//! SQL of the rewards service.

use sqlx::{Any, Executor};

/// Makes sure the user has a totals row.
pub async fn ensure_account<'e>(
    ex: impl Executor<'e, Database = Any>,
    user_id: i64,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO reward_accounts (user_id, balance, xp, streak_current, streak_longest, updated_at) \
         VALUES ($1, 0, 0, 0, 0, $2) ON CONFLICT (user_id) DO NOTHING",
    )
    .bind(user_id)
    .bind(now)
    .execute(ex)
    .await
    .map(|_| ())
}

/// The user's totals, locking the row for the rest of the transaction on PostgreSQL
/// (SQLite's write transactions are already exclusive).
pub async fn lock_account<'e>(
    ex: impl Executor<'e, Database = Any>,
    user_id: i64,
    now: i64,
) -> Result<AccountRow, sqlx::Error> {
    sqlx::query_as(
        "UPDATE reward_accounts SET updated_at = $2 WHERE user_id = $1 \
         RETURNING balance, xp, streak_current, streak_longest, last_active_day",
    )
    .bind(user_id)
    .bind(now)
    .fetch_one(ex)
    .await
}

#[derive(Clone, Debug, Default, sqlx::FromRow)]
pub struct AccountRow {
    pub balance: i64,
    pub xp: i64,
    pub streak_current: i64,
    pub streak_longest: i64,
    pub last_active_day: Option<i64>,
}

pub async fn find_account<'e>(
    ex: impl Executor<'e, Database = Any>,
    user_id: i64,
) -> Result<Option<AccountRow>, sqlx::Error> {
    sqlx::query_as("SELECT balance, xp, streak_current, streak_longest, last_active_day FROM reward_accounts WHERE user_id = $1")
        .bind(user_id)
        .fetch_optional(ex)
        .await
}

pub async fn key_used<'e>(
    ex: impl Executor<'e, Database = Any>,
    key: &str,
) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM coin_ledger WHERE idempotency_key = $1")
        .bind(key)
        .fetch_one(ex)
        .await?;
    Ok(n > 0)
}

/// Coins earned today from one source.
pub async fn earned_on_day<'e>(
    ex: impl Executor<'e, Database = Any>,
    user_id: i64,
    source: &str,
    day: i64,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT CAST(COALESCE(SUM(amount), 0) AS BIGINT) FROM coin_ledger \
         WHERE user_id = $1 AND source = $2 AND day = $3 AND amount > 0",
    )
    .bind(user_id)
    .bind(source)
    .bind(day)
    .fetch_one(ex)
    .await
}

pub struct NewEntry<'a> {
    pub user_id: i64,
    pub amount: i64,
    pub source: &'a str,
    pub reference: &'a str,
    pub key: &'a str,
    pub day: i64,
    pub now: i64,
}

pub async fn insert_entry<'e>(
    ex: impl Executor<'e, Database = Any>,
    e: &NewEntry<'_>,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO coin_ledger (user_id, amount, source, reference, idempotency_key, day, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(e.user_id)
    .bind(e.amount)
    .bind(e.source)
    .bind(e.reference)
    .bind(e.key)
    .bind(e.day)
    .bind(e.now)
    .execute(ex)
    .await
    .map(|_| ())
}

pub async fn add_balance<'e>(
    ex: impl Executor<'e, Database = Any>,
    user_id: i64,
    delta: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE reward_accounts SET balance = balance + $1 WHERE user_id = $2")
        .bind(delta)
        .bind(user_id)
        .execute(ex)
        .await
        .map(|_| ())
}

pub async fn set_progress<'e>(
    ex: impl Executor<'e, Database = Any>,
    user_id: i64,
    a: &AccountRow,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE reward_accounts SET xp = $1, streak_current = $2, streak_longest = $3, last_active_day = $4 WHERE user_id = $5",
    )
    .bind(a.xp)
    .bind(a.streak_current)
    .bind(a.streak_longest)
    .bind(a.last_active_day)
    .bind(user_id)
    .execute(ex)
    .await
    .map(|_| ())
}

/// A ledger entry as people see it.
#[derive(Clone, Debug, serde::Serialize, sqlx::FromRow)]
pub struct EntryRow {
    pub amount: i64,
    pub source: String,
    pub reference: String,
    pub created_at: i64,
}

pub async fn recent<'e>(
    ex: impl Executor<'e, Database = Any>,
    user_id: i64,
    limit: i64,
) -> Result<Vec<EntryRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT amount, source, reference, created_at FROM coin_ledger WHERE user_id = $1 \
         ORDER BY created_at DESC, id DESC LIMIT {}",
        limit.clamp(1, 200)
    ))
    .bind(user_id)
    .fetch_all(ex)
    .await
}

/// Sum of the ledger, to check the running balance against.
pub async fn ledger_sum<'e>(
    ex: impl Executor<'e, Database = Any>,
    user_id: i64,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT CAST(COALESCE(SUM(amount), 0) AS BIGINT) FROM coin_ledger WHERE user_id = $1",
    )
    .bind(user_id)
    .fetch_one(ex)
    .await
}

/// What deleting a user's account removes here (`$1` is the user's internal id): the whole
/// ledger of a deleted account goes, not only its balance.
pub const FORGET_USER: &[&str] = &[
    "DELETE FROM shop_owned WHERE user_id = $1",
    "DELETE FROM coin_ledger WHERE user_id = $1",
    "DELETE FROM reward_accounts WHERE user_id = $1",
];
