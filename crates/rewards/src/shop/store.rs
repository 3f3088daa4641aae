//! SQL of the coin shop: what a child owns and the theme they chose.

use sqlx::{Any, Executor};

/// Ids of the items the user bought, oldest first.
pub async fn owned_items<'e>(
    ex: impl Executor<'e, Database = Any>,
    user_id: i64,
) -> Result<Vec<String>, sqlx::Error> {
    sqlx::query_scalar("SELECT item FROM shop_owned WHERE user_id = $1 ORDER BY acquired_at, item")
        .bind(user_id)
        .fetch_all(ex)
        .await
}

pub async fn is_owned<'e>(
    ex: impl Executor<'e, Database = Any>,
    user_id: i64,
    item: &str,
) -> Result<bool, sqlx::Error> {
    let n: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM shop_owned WHERE user_id = $1 AND item = $2")
            .bind(user_id)
            .bind(item)
            .fetch_one(ex)
            .await?;
    Ok(n > 0)
}

pub async fn insert_owned<'e>(
    ex: impl Executor<'e, Database = Any>,
    user_id: i64,
    item: &str,
    price: i64,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO shop_owned (user_id, item, price, acquired_at) VALUES ($1, $2, $3, $4)",
    )
    .bind(user_id)
    .bind(item)
    .bind(price)
    .bind(now)
    .execute(ex)
    .await
    .map(|_| ())
}

/// The chosen theme's name, if any (no totals row yet means none).
pub async fn find_theme<'e>(
    ex: impl Executor<'e, Database = Any>,
    user_id: i64,
) -> Result<Option<String>, sqlx::Error> {
    let row: Option<Option<String>> =
        sqlx::query_scalar("SELECT theme FROM reward_accounts WHERE user_id = $1")
            .bind(user_id)
            .fetch_optional(ex)
            .await?;
    Ok(row.flatten())
}

/// Sets the chosen theme (`None` for the default look); the totals row must exist.
pub async fn set_theme<'e>(
    ex: impl Executor<'e, Database = Any>,
    user_id: i64,
    theme: Option<&str>,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE reward_accounts SET theme = $1 WHERE user_id = $2")
        .bind(theme)
        .bind(user_id)
        .execute(ex)
        .await
        .map(|_| ())
}
