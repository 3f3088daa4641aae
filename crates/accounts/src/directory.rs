//! The accounts domain's answers to other domains about family ties and class rosters.

use kernel::auth::BoxFuture;
use kernel::db::Db;
use kernel::relations::{ChildRef, ClassRef, Directory, Placement};
use kernel::AppResult;
use std::sync::Arc;

use crate::service::auth_cache::{AuthCache, Change};

/// Family ties and rosters read from `families`, `classes`, `class_members` and `users`.
pub struct FamilyDirectory {
    db: Db,
    /// Told when a user's avatar changes.
    auth: Arc<AuthCache>,
}

impl FamilyDirectory {
    pub fn new(db: Db, auth: Arc<AuthCache>) -> Self {
        Self { db, auth }
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

    fn teacher_class(
        &self,
        teacher_id: i64,
        class_id: i64,
    ) -> BoxFuture<'_, AppResult<Option<ClassRef>>> {
        Box::pin(async move {
            let row: Option<ClassRow> = sqlx::query_as(&format!(
                "{CLASS_SQL} WHERE c.teacher_id = $1 AND c.id = $2"
            ))
            .bind(teacher_id)
            .bind(class_id)
            .fetch_optional(self.db.pool())
            .await?;
            Ok(row.map(ClassRef::from))
        })
    }

    fn teacher_classes(&self, teacher_id: i64) -> BoxFuture<'_, AppResult<Vec<ClassRef>>> {
        Box::pin(self.classes(format!("{CLASS_SQL} WHERE c.teacher_id = $1 AND c.archived_at IS NULL ORDER BY c.name, c.id"), teacher_id))
    }

    fn student_classes(&self, student_id: i64) -> BoxFuture<'_, AppResult<Vec<ClassRef>>> {
        Box::pin(self.classes(
            format!("{CLASS_SQL} JOIN class_members m ON m.class_id = c.id WHERE m.student_id = $1 ORDER BY c.name, c.id"),
            student_id,
        ))
    }

    fn org_ids(&self, user_id: i64) -> BoxFuture<'_, AppResult<Vec<i64>>> {
        Box::pin(async move {
            Ok(sqlx::query_scalar(
                "SELECT org_id FROM org_members WHERE user_id = $1 ORDER BY org_id",
            )
            .bind(user_id)
            .fetch_all(self.db.pool())
            .await?)
        })
    }

    fn class_students(&self, class_id: i64) -> BoxFuture<'_, AppResult<Vec<ChildRef>>> {
        Box::pin(async move {
            let rows: Vec<ChildRow> = sqlx::query_as(
                "SELECT u.id, u.public_id, u.name, u.avatar FROM class_members m JOIN users u ON u.id = m.student_id \
                 WHERE m.class_id = $1 ORDER BY u.name, u.id",
            )
            .bind(class_id)
            .fetch_all(self.db.pool())
            .await?;
            Ok(rows.into_iter().map(ChildRef::from).collect())
        })
    }

    fn placements<'a>(&'a self, ids: &'a [i64]) -> BoxFuture<'a, AppResult<Vec<Placement>>> {
        Box::pin(crate::directory_placements::placements(&self.db, ids))
    }

    fn set_avatar<'a>(
        &'a self,
        user_id: i64,
        avatar: &'a str,
        now: i64,
    ) -> BoxFuture<'a, AppResult<()>> {
        Box::pin(async move {
            sqlx::query("UPDATE users SET avatar = $1, updated_at = $2 WHERE id = $3")
                .bind(avatar)
                .bind(now)
                .bind(user_id)
                .execute(self.db.pool())
                .await?;
            self.auth.changed(&[Change::User(user_id)]).await;
            Ok(())
        })
    }
}

#[derive(sqlx::FromRow)]
struct ClassRow {
    id: i64,
    name: String,
    teacher_id: i64,
    teacher_name: String,
}

impl From<ClassRow> for ClassRef {
    fn from(r: ClassRow) -> Self {
        ClassRef {
            id: r.id,
            name: r.name,
            teacher_id: r.teacher_id,
            teacher_name: r.teacher_name,
        }
    }
}

const CLASS_SQL: &str = "SELECT c.id, c.name, c.teacher_id, t.name AS teacher_name FROM classes c JOIN users t ON t.id = c.teacher_id";

impl FamilyDirectory {
    async fn classes(&self, sql: String, id: i64) -> AppResult<Vec<ClassRef>> {
        let rows: Vec<ClassRow> = sqlx::query_as(&sql)
            .bind(id)
            .fetch_all(self.db.pool())
            .await?;
        Ok(rows.into_iter().map(ClassRef::from).collect())
    }
}
