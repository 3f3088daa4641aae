//! The demo's own tables (`demo_accounts`, `demo_seed`), and the one question it asks of the
//! accounts table: are there users the demo did not make?

use kernel::{AppResult, AppState};

/// The logins printed when the demo was finished, if it was.
pub async fn finished(state: &AppState) -> AppResult<Option<String>> {
    Ok(
        sqlx::query_scalar("SELECT logins FROM demo_seed WHERE id = 1")
            .fetch_optional(state.db.pool())
            .await?,
    )
}

/// Marks the demo complete.
pub async fn finish(state: &AppState, now: i64, logins: &str) -> AppResult<()> {
    sqlx::query("INSERT INTO demo_seed (id, seeded_at, logins) VALUES (1, $1, $2)")
        .bind(now)
        .bind(logins)
        .execute(state.db.pool())
        .await?;
    Ok(())
}

/// Notes an account as the demo's.
pub async fn remember(state: &AppState, user_id: i64) -> AppResult<()> {
    sqlx::query("INSERT INTO demo_accounts (user_id) VALUES ($1)")
        .bind(user_id)
        .execute(state.db.pool())
        .await?;
    Ok(())
}

pub async fn demo_account_count(state: &AppState) -> AppResult<i64> {
    Ok(sqlx::query_scalar("SELECT COUNT(*) FROM demo_accounts")
        .fetch_one(state.db.pool())
        .await?)
}

/// Accounts the demo did not make, administrators aside.
pub async fn real_user_count(state: &AppState) -> AppResult<i64> {
    Ok(sqlx::query_scalar(
        "SELECT COUNT(*) FROM users u WHERE u.role <> 'admin' \
         AND NOT EXISTS (SELECT 1 FROM demo_accounts d WHERE d.user_id = u.id)",
    )
    .fetch_one(state.db.pool())
    .await?)
}
