//! A page of a list as JSON text made by the database.
//!
//! Through sqlx's `Any` driver each fetched row costs several microseconds (every column is
//! converted and copied a few times before it reaches a struct, then again into JSON), which
//! made a 50-row list the slowest read of the API. A list that is only handed to API clients
//! can instead ask the database for its objects as JSON text:
//! - SQLite, in the server's own process, answers one value, the whole array (`json_object`
//!   per row joined with `group_concat`). Asked for one row per object instead, it ran
//!   slower: each row crosses from sqlx's SQLite thread on its own.
//! - PostgreSQL answers one value too, the whole array (`string_agg` of objects joined as text
//!   from its values, escaped by `to_json` where they can need it; `json_build_object` and
//!   `json_agg` cost more). Its JSON is slower
//!   than sending the rows, but still cheaper than decoding them through `Any`.
//!
//! The object's fields are SQL expressions of the caller's choosing; the caller's typed view
//! of the same rows stays the reference, and a test compares the two.

use crate::db::{Backend, Db};

/// One field of the JSON object: its name and the SQL expression of its value.
#[derive(Clone, Copy, Debug)]
pub enum Field<'a> {
    /// Any text, number or NULL, escaped as JSON needs.
    Value(&'a str, &'a str),
    /// Text the application only ever writes from a fixed set of ASCII words or digits
    /// (roles, statuses, language codes, 8-digit IDs): nothing to escape, and PostgreSQL is
    /// not asked to try (its escaping is most of the page's cost).
    Word(&'a str, &'a str),
    /// A whole number or NULL.
    Number(&'a str, &'a str),
    /// A condition, as JSON `true`/`false` (SQLite has no booleans of its own).
    Bool(&'a str, &'a str),
}

/// What the page is cut from.
#[derive(Clone, Copy, Debug)]
pub struct PageQuery<'a> {
    /// The columns the fields and the order use (the page is sorted with these only).
    pub columns: &'a str,
    /// `FROM …` and `WHERE …`, with `$n` placeholders.
    pub from_where: &'a str,
    /// The `ORDER BY` list, a total order (end with a unique key), of plain column names.
    pub order_by: &'a str,
    pub limit: i64,
    pub offset: i64,
}

/// The page's JSON array (`[]` when it is empty) and how many rows match in all; `binds`
/// are the values of `from_where`'s placeholders, in order.
pub async fn fetch(
    db: &Db,
    fields: &[Field<'_>],
    page: PageQuery<'_>,
    binds: &[String],
) -> Result<(String, i64), sqlx::Error> {
    let sql = match db.backend() {
        Backend::Sqlite => sqlite_sql(fields, page),
        Backend::Postgres => postgres_sql(fields, page),
    };
    let mut query = sqlx::query_as::<_, (String, i64)>(&sql);
    for b in binds {
        query = query.bind(b.clone());
    }
    query.fetch_one(db.pool()).await
}

/// SQLite's SQL answering one row: `rows` (the page's JSON array as text, `[]` when it is
/// empty) and `total` (rows matching in all). The page is cut first, with only the columns
/// it needs, and only its rows become JSON; the objects are JSON text already and are joined
/// as they are, in the order the cut gives them: SQLite feeds an aggregate the rows of its
/// subquery as that subquery yields them. (`group_concat(… ORDER BY …)` would sort them
/// again through a temporary B-tree of whole objects, a fifth of the page's cost; the API
/// test compares the order with the typed list's.) The total is a plain count (a window count
/// made the sort carry every matching row twice).
fn sqlite_sql(fields: &[Field], page: PageQuery) -> String {
    let pairs: Vec<String> = fields
        .iter()
        .map(|f| match f {
            Field::Value(name, expr) | Field::Word(name, expr) | Field::Number(name, expr) => {
                format!("'{name}', {expr}")
            }
            Field::Bool(name, cond) => {
                format!("'{name}', json(CASE WHEN {cond} THEN 'true' ELSE 'false' END)")
            }
        })
        .collect();
    let object = format!("json_object({})", pairs.join(", "));
    format!(
        "SELECT (SELECT '[' || COALESCE(group_concat({object}, ','), '') || ']' FROM ({})) \
         AS rows, (SELECT COUNT(*) {}) AS total",
        cut(page),
        page.from_where
    )
}

/// The page with only the columns it needs, in order.
fn cut(page: PageQuery) -> String {
    let PageQuery {
        columns,
        from_where,
        order_by,
        limit,
        offset,
    } = page;
    format!("SELECT {columns} {from_where} ORDER BY {order_by} LIMIT {limit} OFFSET {offset}")
}

/// PostgreSQL's SQL answering one row: `rows` (the page's JSON array as text) and `total`.
/// Each object is text joined from its fields, text values through `to_json` (which
/// escapes).
fn postgres_sql(fields: &[Field], page: PageQuery) -> String {
    let parts: Vec<String> = fields
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let sep = if i == 0 { "{" } else { "," };
            match f {
                Field::Value(name, expr) => {
                    format!("'{sep}\"{name}\":' || COALESCE(to_json({expr})::text, 'null')")
                }
                Field::Word(name, expr) => {
                    format!("'{sep}\"{name}\":' || COALESCE('\"' || ({expr}) || '\"', 'null')")
                }
                Field::Number(name, expr) => {
                    format!("'{sep}\"{name}\":' || COALESCE(({expr})::text, 'null')")
                }
                Field::Bool(name, cond) => {
                    format!("'{sep}\"{name}\":' || CASE WHEN {cond} THEN 'true' ELSE 'false' END")
                }
            }
        })
        .collect();
    let object = format!("{} || '}}'", parts.join(" || "));
    format!(
        "SELECT (SELECT '[' || COALESCE(string_agg({object}, ',' ORDER BY {}), '') || ']' \
         FROM ({}) cut) AS rows, (SELECT COUNT(*) {}) AS total",
        page.order_by,
        cut(page),
        page.from_where
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: PageQuery = PageQuery {
        columns: "public_id, blocked_at, created_at, id",
        from_where: "FROM users WHERE role = $1",
        order_by: "created_at DESC, id DESC",
        limit: 50,
        offset: 100,
    };

    const FIELDS: [Field; 4] = [
        Field::Word("id", "public_id"),
        Field::Value("name", "name"),
        Field::Number("at", "blocked_at"),
        Field::Bool("blocked", "blocked_at IS NOT NULL"),
    ];

    #[test]
    fn sqlite_cuts_the_page_then_joins_an_object_of_each_row() {
        let q = sqlite_sql(&FIELDS, PAGE);
        assert!(q.contains("group_concat(json_object('id', public_id, 'name', name, 'at', blocked_at, 'blocked', json(CASE WHEN blocked_at IS NOT NULL THEN 'true' ELSE 'false' END)), ',')"), "{q}");
        assert!(q.contains("FROM (SELECT public_id, blocked_at, created_at, id FROM users WHERE role = $1 ORDER BY created_at DESC, id DESC LIMIT 50 OFFSET 100))"));
        assert!(q.ends_with("(SELECT COUNT(*) FROM users WHERE role = $1) AS total"));
    }

    #[test]
    fn postgres_joins_escaped_values_into_one_array_in_order() {
        let q = postgres_sql(&FIELDS, PAGE);
        let object = r#"'{"id":' || COALESCE('"' || (public_id) || '"', 'null') || ',"name":' || COALESCE(to_json(name)::text, 'null') || ',"at":' || COALESCE((blocked_at)::text, 'null') || ',"blocked":' || CASE WHEN blocked_at IS NOT NULL THEN 'true' ELSE 'false' END || '}'"#;
        assert!(
            q.contains(&format!(
                "string_agg({object}, ',' ORDER BY created_at DESC, id DESC)"
            )),
            "{q}"
        );
        assert!(q.ends_with("(SELECT COUNT(*) FROM users WHERE role = $1) AS total"));
    }
}
