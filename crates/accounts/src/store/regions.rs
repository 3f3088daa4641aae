//! The `region` and `district` columns of `users` and `organizations`.

use sqlx::{Any, Executor};

pub async fn set_user_place<'e>(
    ex: impl Executor<'e, Database = Any>,
    user_id: i64,
    region: Option<&str>,
    district: Option<&str>,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET region = $1, district = $2, updated_at = $3 WHERE id = $4")
        .bind(region)
        .bind(district)
        .bind(now)
        .bind(user_id)
        .execute(ex)
        .await
        .map(|_| ())
}

pub async fn set_org_place<'e>(
    ex: impl Executor<'e, Database = Any>,
    org_id: i64,
    region: Option<&str>,
    district: Option<&str>,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE organizations SET region = $1, district = $2 WHERE id = $3")
        .bind(region)
        .bind(district)
        .bind(org_id)
        .execute(ex)
        .await
        .map(|_| ())
}
