//! The accounts domain's answers to other domains about family ties.

use kernel::auth::BoxFuture;
use kernel::db::Db;
use kernel::relations::{ChildRef, Directory};
use kernel::AppResult;

/// Family ties read from `families` and `users`.
pub struct FamilyDirectory {
    db: Db,
}

impl FamilyDirectory {
    pub fn new(db: Db) -> Self {
        Self { db }
    }
}

#[derive(sqlx::FromRow)]
struct ChildRow {
    id: i64,
    public_id: String,
    name: String,
    avatar: String,
}

impl From<ChildRow> for ChildRef {
    fn from(r: ChildRow) -> Self {
        ChildRef {
            id: r.id,
            public_id: r.public_id,
            name: r.name,
            avatar: r.avatar,
        }
    }
}

const CHILDREN_SQL: &str = "SELECT u.id, u.public_id, u.name, u.avatar FROM families f \
                            JOIN users u ON u.id = f.child_id WHERE f.parent_id = $1";

impl Directory for FamilyDirectory {
    fn child_of<'a>(
        &'a self,
        parent_id: i64,
        child_public_id: &'a str,
    ) -> BoxFuture<'a, AppResult<Option<ChildRef>>> {
        Box::pin(async move {
            let row: Option<ChildRow> =
                sqlx::query_as(&format!("{CHILDREN_SQL} AND u.public_id = $2"))
                    .bind(parent_id)
                    .bind(child_public_id)
                    .fetch_optional(self.db.pool())
                    .await?;
            Ok(row.map(ChildRef::from))
        })
    }

    fn children_of(&self, parent_id: i64) -> BoxFuture<'_, AppResult<Vec<ChildRef>>> {
        Box::pin(async move {
            let rows: Vec<ChildRow> =
                sqlx::query_as(&format!("{CHILDREN_SQL} ORDER BY f.created_at, u.id"))
                    .bind(parent_id)
                    .fetch_all(self.db.pool())
                    .await?;
            Ok(rows.into_iter().map(ChildRef::from).collect())
        })
    }
}
