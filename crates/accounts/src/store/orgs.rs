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
