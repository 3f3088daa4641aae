//! Organisations: schools and learning centres and their members.
//!
//! An organisation is managed by its admin members (the organisation account itself is one).
//! Anyone may look at their own memberships and leave; managing members and approving teachers
//! needs an approved (active) organisation. Outsiders get 403, other organisations 404.

use kernel::auth::{AccountStatus, Principal, Role};
use kernel::error::FieldError;
use kernel::{AppError, AppResult, AppState};
use serde::{Deserialize, Serialize};

use crate::model::Problems;
use crate::store::audit;
use crate::store::orgs::{self, MemberRole, MemberRow, OrgRow};
use crate::store::users::{self, UniqueColumn, UserRow};

/// `POST /api/v1/orgs/{id}/members` and the add-member form.
#[derive(Debug, Default, Deserialize)]
pub struct AddMemberRequest {
    /// The 8-digit Alif24 ID of the person to add.
    pub user_id: Option<String>,
    /// `teacher` or `student`, matching the person's account.
    pub member_role: Option<String>,
}

/// An organisation as one of its members sees it.
#[derive(Clone, Debug, Serialize)]
pub struct OrgView {
    pub id: i64,
    pub name: String,
    pub kind: String,
    pub member_role: MemberRole,
    /// True for the organisation's own account (it cannot leave).
    pub is_owner: bool,
}

/// A member as the organisation's admins see them.
#[derive(Clone, Debug, Serialize)]
pub struct MemberView {
    /// The 8-digit Alif24 ID.
    pub id: String,
    pub name: String,
    /// The account's role on the platform.
    pub role: String,
    pub member_role: String,
    /// `pending`, `active`, `rejected` or `blocked`.
    pub status: String,
    /// Unix milliseconds.
    pub added_at: i64,
    #[serde(skip)]
    pub is_owner: bool,
}

impl MemberView {
    fn from(m: &MemberRow, owner_id: i64) -> Self {
        Self {
            id: m.public_id.clone(),
            name: m.name.clone(),
            role: m.role.clone(),
            member_role: m.member_role.clone(),
            status: if m.blocked_at.is_some() {
                "blocked".into()
            } else {
                m.status.clone()
            },
            added_at: m.added_at,
            is_owner: m.user_id == owner_id,
        }
    }

    /// A teacher member an approved organisation may approve.
    pub fn awaits_approval(&self) -> bool {
        self.role == "teacher" && self.status == "pending"
    }
}

/// An organisation with its members, for its admins.
#[derive(Clone, Debug)]
pub struct OrgMembers {
    pub org: OrgRow,
    pub members: Vec<MemberView>,
}

impl OrgMembers {
    pub fn count(&self, member_role: &str) -> usize {
        self.members
            .iter()
            .filter(|m| m.member_role == member_role)
            .count()
    }

    /// The message key naming the organisation's kind.
    pub fn kind_key(&self) -> String {
        format!("org-kind-{}", self.org.kind)
    }

    pub fn pending_teachers(&self) -> Vec<&MemberView> {
        self.members
            .iter()
            .filter(|m| m.awaits_approval())
            .collect()
    }
}

/// A user by 8-digit Alif24 ID; `None` for anything else.
pub async fn user_by_public_id(state: &AppState, raw: &str) -> AppResult<Option<UserRow>> {
    let id: String = raw.chars().filter(|c| !c.is_whitespace()).collect();
    if !kernel::ids::is_public_id(&id) {
        return Ok(None);
    }
    Ok(users::find_by(state.db.pool(), UniqueColumn::PublicId, &id).await?)
}

/// The organisation if the caller is one of its admins: 404 for other organisations (and for
/// one that does not exist), 403 for everyone else.
pub(crate) async fn managed(state: &AppState, who: &Principal, org_id: i64) -> AppResult<OrgRow> {
    let pool = state.db.pool();
    if orgs::member_role(pool, org_id, who.id).await? == Some(MemberRole::Admin) {
        if let Some(org) = orgs::find(pool, org_id).await? {
            return Ok(org);
        }
    }
    Err(match who.role {
        Role::Organization => AppError::not_found(),
        _ => AppError::forbidden(),
    })
}

/// Like [`managed`], for changes: the caller's own account must be approved.
async fn managed_active(state: &AppState, who: &Principal, org_id: i64) -> AppResult<OrgRow> {
    let org = managed(state, who, org_id).await?;
    if who.status != AccountStatus::Active {
        return Err(AppError::forbidden().with_code("account_not_approved"));
    }
    Ok(org)
}

/// The organisations the caller belongs to, with their part in each.
pub async fn mine(state: &AppState, who: &Principal) -> AppResult<Vec<OrgView>> {
    Ok(orgs::list_for_user(state.db.pool(), who.id)
        .await?
        .into_iter()
        .filter_map(|m| {
            Some(OrgView {
                id: m.id,
                is_owner: m.owner_id == who.id,
                member_role: MemberRole::parse(&m.member_role)?,
                name: m.name,
                kind: m.kind,
            })
        })
        .collect())
}

/// The first organisation the caller manages, for the `/org` page and the dashboard.
pub async fn managed_org(state: &AppState, who: &Principal) -> AppResult<Option<i64>> {
    Ok(mine(state, who)
        .await?
        .into_iter()
        .find(|o| o.member_role == MemberRole::Admin)
        .map(|o| o.id))
}

/// An organisation's members, for its admins.
pub async fn members(state: &AppState, who: &Principal, org_id: i64) -> AppResult<OrgMembers> {
    let org = managed(state, who, org_id).await?;
    let members = orgs::members(state.db.pool(), org_id)
        .await?
        .iter()
        .map(|m| MemberView::from(m, org.owner_id))
        .collect();
    Ok(OrgMembers { org, members })
}

/// Adds a teacher or student, by Alif24 ID, whose account has that role.
pub async fn add_member(
    state: &AppState,
    who: &Principal,
    org_id: i64,
    req: &AddMemberRequest,
) -> AppResult<MemberView> {
    let org = managed_active(state, who, org_id).await?;
    let mut p = Problems::default();
    let role = p.take(match req.member_role.as_deref().map(str::trim) {
        None | Some("") => Err(FieldError::new("member_role", "field-required")),
        Some(r) => MemberRole::parse(r)
            .filter(|r| *r != MemberRole::Admin)
            .ok_or_else(|| FieldError::new("member_role", "field-invalid")),
    });
    let raw_id = req.user_id.as_deref().unwrap_or("").trim();
    let user = if raw_id.is_empty() {
        p.0.push(FieldError::new("user_id", "field-required"));
        None
    } else {
        let found = user_by_public_id(state, raw_id).await?;
        if found.is_none() {
            p.0.push(FieldError::new("user_id", "field-org-user-unknown"));
        }
        found
    };
    if let (Some(user), Some(role)) = (&user, role) {
        if user.role != role.as_str() {
            let key = match role {
                MemberRole::Teacher => "field-org-not-a-teacher",
                _ => "field-org-not-a-student",
            };
            p.0.push(FieldError::new("user_id", key));
        }
    }
    p.finish()?;
    let (user, role) = (user.expect("checked"), role.expect("checked"));
    let now = state.now_ms();
    let mut tx = state.db.begin().await?;
    if orgs::member_role(&mut *tx, org_id, user.id)
        .await?
        .is_some()
    {
        return Err(AppError::conflict("org_already_member"));
    }
    orgs::add_member(&mut *tx, org_id, user.id, role, now).await?;
    tx.commit().await?;
    tracing::info!(org.id = org_id, user.id = user.id, "member added");
    let row = orgs::members(state.db.pool(), org_id)
        .await?
        .into_iter()
        .find(|m| m.user_id == user.id)
        .ok_or_else(AppError::not_found)?;
    Ok(MemberView::from(&row, org.owner_id))
}

/// Removes a member. Admins remove others (approved organisations only); anyone may remove
/// themselves, i.e. leave. The organisation's own account always stays.
pub async fn remove_member(
    state: &AppState,
    who: &Principal,
    org_id: i64,
    user_public_id: &str,
) -> AppResult<()> {
    let pool = state.db.pool();
    let user = user_by_public_id(state, user_public_id).await?;
    let leaving = user.as_ref().is_some_and(|u| u.id == who.id);
    let org = if leaving {
        orgs::find(pool, org_id)
            .await?
            .ok_or_else(AppError::not_found)?
    } else {
        managed_active(state, who, org_id).await?
    };
    let user = user.ok_or_else(AppError::not_found)?;
    if user.id == org.owner_id {
        return Err(AppError::conflict("org_owner_stays"));
    }
    if !orgs::remove_member(pool, org_id, user.id).await? {
        return Err(AppError::not_found());
    }
    tracing::info!(org.id = org_id, user.id = user.id, "member removed");
    Ok(())
}

/// An approved organisation approves a pending teacher who is its member; recorded in the
/// audit log. Approving an active teacher again changes nothing.
pub async fn approve_teacher(
    state: &AppState,
    who: &Principal,
    org_id: i64,
    user_public_id: &str,
) -> AppResult<MemberView> {
    let org = managed_active(state, who, org_id).await?;
    let user = user_by_public_id(state, user_public_id)
        .await?
        .ok_or_else(AppError::not_found)?;
    let is_member = orgs::member_role(state.db.pool(), org_id, user.id)
        .await?
        .is_some();
    if !is_member || user.role != Role::Teacher.as_str() {
        return Err(AppError::not_found());
    }
    match AccountStatus::parse(&user.status) {
        Some(AccountStatus::Pending) => {
            let now = state.now_ms();
            let mut tx = state.db.begin().await?;
            users::set_status(&mut *tx, user.id, AccountStatus::Active.as_str(), now).await?;
            let detail = serde_json::json!({ "org_id": org.id, "org_name": org.name });
            audit::record(
                &mut *tx,
                who.id,
                "org.approve_teacher",
                Some(user.id),
                &detail,
                now,
            )
            .await?;
            tx.commit().await?;
            tracing::info!(
                org.id = org_id,
                user.id = user.id,
                "teacher approved by organisation"
            );
        }
        Some(AccountStatus::Active) => {}
        _ => return Err(AppError::conflict("teacher_not_pending")),
    }
    let row = orgs::members(state.db.pool(), org_id)
        .await?
        .into_iter()
        .find(|m| m.user_id == user.id)
        .ok_or_else(AppError::not_found)?;
    Ok(MemberView::from(&row, org.owner_id))
}
