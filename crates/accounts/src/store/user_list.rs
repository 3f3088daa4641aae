//! The admin's list of users: a filter, a page of rows and the total, typed for pages and as
//! JSON text for the API.

use kernel::db::Db;
use kernel::json_page::{self, Field, PageQuery};

use crate::store::users::UserRow;

/// `users::COLUMNS` for lists, which never show the password hash and so do not fetch it.
const LISTED: &str =
    "id, public_id, role, status, name, email, phone, '' AS password_hash, language, \
                      avatar, birth_year, blocked_at, created_at, updated_at, region, district";

/// Filters for the admin's user list.
#[derive(Clone, Debug, Default)]
pub struct UserFilter {
    /// Matched against name, e-mail, phone and Alif24 ID.
    pub q: Option<String>,
    pub role: Option<String>,
    /// `pending`, `active`, `rejected` or `blocked`.
    pub status: Option<String>,
    pub limit: i64,
    pub offset: i64,
}

/// The filter as a `WHERE` clause and its bound values.
fn where_clause(f: &UserFilter) -> (String, Vec<String>) {
    let mut conds: Vec<String> = Vec::new();
    let mut binds: Vec<String> = Vec::new();
    if let Some(q) = f.q.as_deref().filter(|q| !q.is_empty()) {
        binds.push(format!("%{}%", q.to_lowercase().replace(['%', '_'], "")));
        let n = binds.len();
        conds.push(format!(
            "(LOWER(name) LIKE ${n} OR LOWER(COALESCE(email, '')) LIKE ${n} OR COALESCE(phone, '') LIKE ${n} OR public_id LIKE ${n})"
        ));
    }
    if let Some(role) = &f.role {
        binds.push(role.clone());
        conds.push(format!("role = ${}", binds.len()));
    }
    match f.status.as_deref() {
        Some("blocked") => conds.push("blocked_at IS NOT NULL".into()),
        Some(status) => {
            binds.push(status.to_string());
            conds.push(format!("status = ${} AND blocked_at IS NULL", binds.len()));
        }
        None => {}
    }
    let where_sql = if conds.is_empty() {
        String::new()
    } else {
        format!("WHERE {}", conds.join(" AND "))
    };
    (where_sql, binds)
}

/// Users matching a filter, newest first, and the total count.
pub async fn search(
    pool: &sqlx::AnyPool,
    f: &UserFilter,
) -> Result<(Vec<UserRow>, i64), sqlx::Error> {
    let (where_sql, binds) = where_clause(f);
    // One query for the page and the total (a window count), and a second one only for a page
    // past the end, which has no row to carry the total.
    let list_sql = format!(
        "SELECT {LISTED}, COUNT(*) OVER () AS total FROM users {where_sql} \
         ORDER BY created_at DESC, id DESC LIMIT {} OFFSET {}",
        f.limit.clamp(1, 200),
        f.offset.max(0)
    );
    let mut list = sqlx::query_as::<_, Counted>(&list_sql);
    for b in &binds {
        list = list.bind(b.clone());
    }
    let rows = list.fetch_all(pool).await?;
    let total = match rows.first() {
        Some(first) => first.total,
        None => count(pool, &where_sql, &binds).await?,
    };
    Ok((rows.into_iter().map(|r| r.user).collect(), total))
}

/// The same page as [`search`], as the API shows it (`AdminUser` objects), built by the
/// database as JSON text (see `kernel::json_page`), and the total count.
pub async fn search_json(db: &Db, f: &UserFilter) -> Result<(String, i64), sqlx::Error> {
    let (where_sql, binds) = where_clause(f);
    let from_where = format!("FROM users {where_sql}");
    let page = PageQuery {
        columns: "public_id, role, status, name, email, phone, avatar, language, birth_year, \
                  created_at, region, district, blocked_at, id",
        from_where: &from_where,
        order_by: "created_at DESC, id DESC",
        limit: f.limit.clamp(1, 200),
        offset: f.offset.max(0),
    };
    json_page::fetch(db, ADMIN_USER_JSON, page, &binds).await
}

/// `AdminUser`'s fields in its JSON order (`service::admin::AdminUser`, `service::view::UserView`).
const ADMIN_USER_JSON: &[Field] = &[
    Field::Word("id", "public_id"),
    Field::Word("role", "role"),
    Field::Word(
        "status",
        "CASE WHEN blocked_at IS NOT NULL THEN 'blocked' ELSE status END",
    ),
    Field::Value("name", "name"),
    Field::Value("email", "email"),
    Field::Value("phone", "phone"),
    Field::Value("avatar", "avatar"),
    Field::Word("language", "language"),
    Field::Number("birth_year", "birth_year"),
    Field::Number("created_at", "created_at"),
    Field::Value("region", "region"),
    Field::Value("district", "district"),
    Field::Bool("blocked", "blocked_at IS NOT NULL"),
    Field::Number("blocked_at", "blocked_at"),
];

async fn count(
    pool: &sqlx::AnyPool,
    where_sql: &str,
    binds: &[String],
) -> Result<i64, sqlx::Error> {
    let count_sql = format!("SELECT COUNT(*) FROM users {where_sql}");
    let mut count = sqlx::query_scalar::<_, i64>(&count_sql);
    for b in binds {
        count = count.bind(b.clone());
    }
    count.fetch_one(pool).await
}

#[derive(sqlx::FromRow)]
struct Counted {
    #[sqlx(flatten)]
    user: UserRow,
    total: i64,
}
