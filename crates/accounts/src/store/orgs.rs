//! Organisations (schools and learning centres) and their members.

use sqlx::{Any, Executor};

/// What kind of place an organisation is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OrgKind {
    School,
    LearningCentre,
}

impl OrgKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::School => "school",
            Self::LearningCentre => "learning_centre",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s.trim() {
            "school" => Some(Self::School),
            "learning_centre" => Some(Self::LearningCentre),
            _ => None,
        }
    }
}

/// A member's part in an organisation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum MemberRole {
    Admin,
    Teacher,
    Student,
}

impl MemberRole {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Admin => "admin",
            Self::Teacher => "teacher",
            Self::Student => "student",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s.trim() {
            "admin" => Some(Self::Admin),
            "teacher" => Some(Self::Teacher),
            "student" => Some(Self::Student),
            _ => None,
        }
    }
}

pub async fn insert<'e>(
    ex: impl Executor<'e, Database = Any>,
    owner_id: i64,
    name: &str,
    kind: OrgKind,
    now: i64,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("INSERT INTO organizations (owner_id, name, kind, created_at) VALUES ($1, $2, $3, $4) RETURNING id")
        .bind(owner_id)
        .bind(name)
        .bind(kind.as_str())
        .bind(now)
        .fetch_one(ex)
        .await
}

pub async fn add_member<'e>(
    ex: impl Executor<'e, Database = Any>,
    org_id: i64,
    user_id: i64,
    role: MemberRole,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO org_members (org_id, user_id, member_role, added_at) VALUES ($1, $2, $3, $4)",
    )
    .bind(org_id)
    .bind(user_id)
    .bind(role.as_str())
    .bind(now)
    .execute(ex)
    .await
    .map(|_| ())
}

/// A row of `organizations`.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct OrgRow {
    pub id: i64,
    pub owner_id: i64,
    pub name: String,
    pub kind: String,
    pub created_at: i64,
    /// Codes from `kernel::regions`.
    pub region: Option<String>,
    pub district: Option<String>,
}

pub async fn find<'e>(
    ex: impl Executor<'e, Database = Any>,
    id: i64,
) -> Result<Option<OrgRow>, sqlx::Error> {
    sqlx::query_as("SELECT id, owner_id, name, kind, created_at, region, district FROM organizations WHERE id = $1")
        .bind(id)
        .fetch_optional(ex)
        .await
}

/// The member role of `user_id` in `org_id`, if they belong to it.
pub async fn member_role<'e>(
    ex: impl Executor<'e, Database = Any>,
    org_id: i64,
    user_id: i64,
) -> Result<Option<MemberRole>, sqlx::Error> {
    let role: Option<String> = sqlx::query_scalar(
        "SELECT member_role FROM org_members WHERE org_id = $1 AND user_id = $2",
    )
    .bind(org_id)
    .bind(user_id)
    .fetch_optional(ex)
    .await?;
    Ok(role.as_deref().and_then(MemberRole::parse))
}

/// An organisation as one of its members sees it.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct MembershipRow {
    pub id: i64,
    pub owner_id: i64,
    pub name: String,
    pub kind: String,
    pub member_role: String,
    pub added_at: i64,
    pub region: Option<String>,
    pub district: Option<String>,
}

/// The organisations a user belongs to, by name.
pub async fn list_for_user<'e>(
    ex: impl Executor<'e, Database = Any>,
    user_id: i64,
) -> Result<Vec<MembershipRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT o.id, o.owner_id, o.name, o.kind, m.member_role, m.added_at, o.region, \
         o.district FROM org_members m \
         JOIN organizations o ON o.id = m.org_id WHERE m.user_id = $1 ORDER BY o.name, o.id",
    )
    .bind(user_id)
    .fetch_all(ex)
    .await
}

/// A member with the account details an organisation may see.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct MemberRow {
    pub user_id: i64,
    pub public_id: String,
    pub name: String,
    pub role: String,
    pub status: String,
    pub blocked_at: Option<i64>,
    pub member_role: String,
    pub added_at: i64,
}

/// Members of an organisation: admins, then teachers, then students, each by name.
pub async fn members<'e>(
    ex: impl Executor<'e, Database = Any>,
    org_id: i64,
) -> Result<Vec<MemberRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT u.id AS user_id, u.public_id, u.name, u.role, u.status, u.blocked_at, \
         m.member_role, m.added_at FROM org_members m JOIN users u ON u.id = m.user_id \
         WHERE m.org_id = $1 ORDER BY CASE m.member_role WHEN 'admin' THEN 0 \
         WHEN 'teacher' THEN 1 ELSE 2 END, u.name, u.id",
    )
    .bind(org_id)
    .fetch_all(ex)
    .await
}

/// Takes a user out of an organisation; false when they were not in it.
pub async fn remove_member<'e>(
    ex: impl Executor<'e, Database = Any>,
    org_id: i64,
    user_id: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query("DELETE FROM org_members WHERE org_id = $1 AND user_id = $2")
        .bind(org_id)
        .bind(user_id)
        .execute(ex)
        .await?;
    Ok(done.rows_affected() > 0)
}
