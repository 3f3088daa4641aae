//! A page of a list built as JSON text by the database itself.
//!
//! Through sqlx's `Any` driver each fetched row costs several microseconds (every column is
//! converted and copied a few times before it reaches a struct, then again into JSON), which
//! made a 50-row list the slowest read of the API. A list that is only handed to API clients
//! can instead ask the database for one text value, the page's JSON array, and one integer,
//! the total: `json_build_object`/`json_agg` on PostgreSQL, `json_object` joined by
//! `group_concat` on SQLite (the one dialect difference, side by side here, as DESIGN.md §5
//! allows).
//!
//! The object's fields are SQL expressions of the caller's choosing; the caller's typed view
//! of the same rows stays the reference, and a test compares the two on both databases.

use crate::db::Backend;

/// One field of the JSON object: its name and the SQL expression of its value.
#[derive(Clone, Copy, Debug)]
pub enum Field<'a> {
    /// A text, number or NULL column as it is.
    Value(&'a str, &'a str),
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

/// SQL answering one row: `rows` (the page's JSON array as text, `[]` when it is empty) and
/// `total` (rows matching in all). The page is cut first, with only the columns it needs,
/// and only its rows become JSON; the total is a plain count (a window count made the sort
/// carry every matching row twice).
pub fn sql(backend: Backend, fields: &[Field], page: PageQuery) -> String {
    let object = object(backend, fields);
    let PageQuery {
        columns,
        from_where,
        order_by,
        limit,
        offset,
    } = page;
    let cut = format!(
        "SELECT {object} AS j, cut.* FROM (SELECT {columns} {from_where} \
         ORDER BY {order_by} LIMIT {limit} OFFSET {offset}) cut"
    );
    let rows = match backend {
        Backend::Postgres => format!(
            "SELECT CAST(COALESCE(json_agg(p.j ORDER BY {order_by}), '[]') AS TEXT) FROM ({cut}) p"
        ),
        // The objects are JSON text already: joined as they are, not parsed again (which
        // `json_group_array(json(p.j))` would do).
        Backend::Sqlite => format!(
            "SELECT '[' || COALESCE(group_concat(p.j, ',' ORDER BY {order_by}), '') || ']' \
             FROM ({cut}) p"
        ),
    };
    format!("SELECT ({rows}) AS rows, (SELECT COUNT(*) {from_where}) AS total")
}

fn object(backend: Backend, fields: &[Field]) -> String {
    let pairs: Vec<String> = fields
        .iter()
        .map(|f| match (f, backend) {
            (Field::Value(name, expr), _) => format!("'{name}', {expr}"),
            (Field::Bool(name, cond), Backend::Postgres) => format!("'{name}', ({cond})"),
            (Field::Bool(name, cond), Backend::Sqlite) => {
                format!("'{name}', json(CASE WHEN {cond} THEN 'true' ELSE 'false' END)")
            }
        })
        .collect();
    let function = match backend {
        Backend::Postgres => "json_build_object",
        Backend::Sqlite => "json_object",
    };
    format!("{function}({})", pairs.join(", "))
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

    #[test]
    fn both_dialects_build_one_array_in_the_page_order() {
        let fields = [
            Field::Value("id", "public_id"),
            Field::Bool("blocked", "blocked_at IS NOT NULL"),
        ];
        let pg = sql(Backend::Postgres, &fields, PAGE);
        assert!(
            pg.contains("json_build_object('id', public_id, 'blocked', (blocked_at IS NOT NULL))")
        );
        assert!(pg.contains("json_agg(p.j ORDER BY created_at DESC, id DESC)"));
        let lite = sql(Backend::Sqlite, &fields, PAGE);
        assert!(lite.contains("json_object('id', public_id, 'blocked', json(CASE WHEN blocked_at IS NOT NULL THEN 'true' ELSE 'false' END))"));
        assert!(lite.contains("group_concat(p.j, ',' ORDER BY created_at DESC, id DESC)"));
        for q in [pg, lite] {
            assert!(q.contains(
                "FROM users WHERE role = $1 ORDER BY created_at DESC, id DESC LIMIT 50 OFFSET 100"
            ));
        }
    }
}
