//! The `users` table.

use sqlx::{Any, Executor};

/// A row of `users`.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct UserRow {
    pub id: i64,
    pub public_id: String,
    pub role: String,
    pub status: String,
    pub name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub password_hash: String,
    pub language: String,
    pub avatar: String,
    pub birth_year: Option<i64>,
    pub blocked_at: Option<i64>,
    pub created_at: i64,
    pub updated_at: i64,
    /// Codes from `kernel::regions`.
    pub region: Option<String>,
    pub district: Option<String>,
}

pub const COLUMNS: &str =
    "id, public_id, role, status, name, email, phone, password_hash, language, \
                           avatar, birth_year, blocked_at, created_at, updated_at, region, district";

/// Fields of a new user.
pub struct NewUser<'a> {
    pub public_id: &'a str,
    pub role: &'a str,
    pub status: &'a str,
    pub name: &'a str,
    pub email: Option<&'a str>,
    pub phone: Option<&'a str>,
    pub password_hash: &'a str,
    pub language: &'a str,
    pub avatar: &'a str,
    pub birth_year: Option<i64>,
    pub now: i64,
}

pub async fn insert<'e>(
    ex: impl Executor<'e, Database = Any>,
    u: &NewUser<'_>,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO users (public_id, role, status, name, email, phone, password_hash, language, \
         avatar, birth_year, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11) RETURNING id",
    )
    .bind(u.public_id)
    .bind(u.role)
    .bind(u.status)
    .bind(u.name)
    .bind(u.email)
    .bind(u.phone)
    .bind(u.password_hash)
    .bind(u.language)
    .bind(u.avatar)
    .bind(u.birth_year)
    .bind(u.now)
    .fetch_one(ex)
    .await
}

pub async fn find_by_id<'e>(
    ex: impl Executor<'e, Database = Any>,
    id: i64,
) -> Result<Option<UserRow>, sqlx::Error> {
    sqlx::query_as(&format!("SELECT {COLUMNS} FROM users WHERE id = $1"))
        .bind(id)
        .fetch_optional(ex)
        .await
}

/// Finds a user by a unique column: `email`, `phone` or `public_id`.
pub async fn find_by<'e>(
    ex: impl Executor<'e, Database = Any>,
    column: UniqueColumn,
    value: &str,
) -> Result<Option<UserRow>, sqlx::Error> {
    let sql = format!("SELECT {COLUMNS} FROM users WHERE {} = $1", column.as_sql());
    sqlx::query_as(&sql).bind(value).fetch_optional(ex).await
}

/// Columns that identify one user.
#[derive(Clone, Copy, Debug)]
pub enum UniqueColumn {
    Email,
    Phone,
    PublicId,
}

impl UniqueColumn {
    fn as_sql(self) -> &'static str {
        match self {
            Self::Email => "email",
            Self::Phone => "phone",
            Self::PublicId => "public_id",
        }
    }
}

pub async fn public_id_taken<'e>(
    ex: impl Executor<'e, Database = Any>,
    public_id: &str,
) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM users WHERE public_id = $1")
        .bind(public_id)
        .fetch_one(ex)
        .await?;
    Ok(n > 0)
}

pub async fn count_admins<'e>(ex: impl Executor<'e, Database = Any>) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT COUNT(*) FROM users WHERE role = 'admin'")
        .fetch_one(ex)
        .await
}

pub async fn set_password<'e>(
    ex: impl Executor<'e, Database = Any>,
    id: i64,
    hash: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET password_hash = $1, updated_at = $2 WHERE id = $3")
        .bind(hash)
        .bind(now)
        .bind(id)
        .execute(ex)
        .await
        .map(|_| ())
}

pub async fn set_profile<'e>(
    ex: impl Executor<'e, Database = Any>,
    id: i64,
    name: &str,
    avatar: &str,
    language: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE users SET name = $1, avatar = $2, language = $3, updated_at = $4 WHERE id = $5",
    )
    .bind(name)
    .bind(avatar)
    .bind(language)
    .bind(now)
    .bind(id)
    .execute(ex)
    .await
    .map(|_| ())
}

pub async fn set_language<'e>(
    ex: impl Executor<'e, Database = Any>,
    id: i64,
    language: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET language = $1, updated_at = $2 WHERE id = $3")
        .bind(language)
        .bind(now)
        .bind(id)
        .execute(ex)
        .await
        .map(|_| ())
}

pub async fn set_status<'e>(
    ex: impl Executor<'e, Database = Any>,
    id: i64,
    status: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET status = $1, updated_at = $2 WHERE id = $3")
        .bind(status)
        .bind(now)
        .bind(id)
        .execute(ex)
        .await
        .map(|_| ())
}

pub async fn set_role<'e>(
    ex: impl Executor<'e, Database = Any>,
    id: i64,
    role: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET role = $1, updated_at = $2 WHERE id = $3")
        .bind(role)
        .bind(now)
        .bind(id)
        .execute(ex)
        .await
        .map(|_| ())
}

/// Sets or clears the block; `blocked_at` is `None` to unblock.
pub async fn set_blocked<'e>(
    ex: impl Executor<'e, Database = Any>,
    id: i64,
    blocked_at: Option<i64>,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET blocked_at = $1, updated_at = $2 WHERE id = $3")
        .bind(blocked_at)
        .bind(now)
        .bind(id)
        .execute(ex)
        .await
        .map(|_| ())
}

/// How many accounts each role has, as `(role, count)`.
pub async fn count_by_role<'e>(
    ex: impl Executor<'e, Database = Any>,
) -> Result<Vec<(String, i64)>, sqlx::Error> {
    sqlx::query_as("SELECT role, COUNT(*) FROM users GROUP BY role")
        .fetch_all(ex)
        .await
}

const PENDING_APPROVAL: &str =
    "role IN ('teacher', 'organization') AND status = 'pending' AND blocked_at IS NULL";

/// Teachers and organisations waiting for a staff decision, longest waiting first.
pub async fn pending_approvals<'e>(
    ex: impl Executor<'e, Database = Any>,
    limit: i64,
) -> Result<Vec<UserRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM users WHERE {PENDING_APPROVAL} ORDER BY created_at, id LIMIT {}",
        limit.clamp(1, 500)
    ))
    .fetch_all(ex)
    .await
}

pub async fn count_pending_approvals<'e>(
    ex: impl Executor<'e, Database = Any>,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(&format!(
        "SELECT COUNT(*) FROM users WHERE {PENDING_APPROVAL}"
    ))
    .fetch_one(ex)
    .await
}

/// Unblocked administrators other than `except_id`: who would be left to run the platform.
pub async fn count_other_admins<'e>(
    ex: impl Executor<'e, Database = Any>,
    except_id: i64,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT COUNT(*) FROM users WHERE role = 'admin' AND blocked_at IS NULL AND id <> $1",
    )
    .bind(except_id)
    .fetch_one(ex)
    .await
}
