//! A page of a list built as JSON text by SQLite itself.
//!
//! Through sqlx's `Any` driver each fetched row costs several microseconds (every column is
//! converted and copied a few times before it reaches a struct, then again into JSON), which
//! made a 50-row list the slowest read of the API. On SQLite, in the server's own process, a
//! list that is only handed to API clients can instead ask for one text value, the page's
//! JSON array (`json_object` per row, joined with `group_concat`), and one integer, the total.
//! PostgreSQL is not asked: its JSON functions are slower than sending the rows, and in a
//! cluster its CPU is the shared one (figures in `docs/performance.md`).
//!
//! The object's fields are SQL expressions of the caller's choosing; the caller's typed view
//! of the same rows stays the reference, and a test compares the two.

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

/// SQLite's SQL answering one row: `rows` (the page's JSON array as text, `[]` when it is
/// empty) and `total` (rows matching in all). The page is cut first, with only the columns it
/// needs, and only its rows become JSON; the objects are JSON text already and are joined as
/// they are; the total is a plain count (a window count made the sort carry every matching
/// row twice).
pub fn sqlite_sql(fields: &[Field], page: PageQuery) -> String {
    let PageQuery {
        columns,
        from_where,
        order_by,
        limit,
        offset,
    } = page;
    let pairs: Vec<String> = fields
        .iter()
        .map(|f| match f {
            Field::Value(name, expr) => format!("'{name}', {expr}"),
            Field::Bool(name, cond) => {
                format!("'{name}', json(CASE WHEN {cond} THEN 'true' ELSE 'false' END)")
            }
        })
        .collect();
    let object = format!("json_object({})", pairs.join(", "));
    let cut = format!(
        "SELECT {object} AS j, cut.* FROM (SELECT {columns} {from_where} \
         ORDER BY {order_by} LIMIT {limit} OFFSET {offset}) cut"
    );
    format!(
        "SELECT (SELECT '[' || COALESCE(group_concat(p.j, ',' ORDER BY {order_by}), '') || ']' \
         FROM ({cut}) p) AS rows, (SELECT COUNT(*) {from_where}) AS total"
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

    #[test]
    fn the_page_is_cut_then_its_rows_joined_as_json_in_order() {
        let fields = [
            Field::Value("id", "public_id"),
            Field::Bool("blocked", "blocked_at IS NOT NULL"),
        ];
        let q = sqlite_sql(&fields, PAGE);
        assert!(q.contains("json_object('id', public_id, 'blocked', json(CASE WHEN blocked_at IS NOT NULL THEN 'true' ELSE 'false' END))"));
        assert!(q.contains("group_concat(p.j, ',' ORDER BY created_at DESC, id DESC)"));
        assert!(q.contains("SELECT public_id, blocked_at, created_at, id FROM users WHERE role = $1 ORDER BY created_at DESC, id DESC LIMIT 50 OFFSET 100"));
        assert!(q.ends_with("(SELECT COUNT(*) FROM users WHERE role = $1) AS total"));
    }
}
