//! Organisations: schools and learning centres and their members.
//!
//! An organisation is managed by its admin members (the organisation account itself is one).
//! Nobody becomes a member without agreeing: people join by accepting an invitation
//! (`org_invitations`) or by a request the organisation approves (`org_requests`).
//! Anyone may look at their own memberships and leave; managing members and approving teachers
//! needs an approved (active) organisation. Outsiders get 403, other organisations 404.

use kernel::auth::{AccountStatus, Principal, Role};
use kernel::{AppError, AppResult, AppState};
use serde::Serialize;

use crate::store::org_requests;
use crate::store::orgs::{self, MemberRole, MemberRow, OrgRow};
use crate::store::users::{self, UniqueColumn, UserRow};

/// An organisation as one of its members sees it.
#[derive(Clone, Debug, Serialize)]
pub struct OrgView {
    pub id: i64,
    pub name: String,
    pub kind: String,
    pub member_role: MemberRole,
    /// True for the organisation's own account (it cannot leave).
    pub is_owner: bool,
    /// Region and district codes (`kernel::regions`), or null.
    pub region: Option<String>,
    pub district: Option<String>,
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
pub(crate) async fn managed_active(
    state: &AppState,
    who: &Principal,
    org_id: i64,
) -> AppResult<OrgRow> {
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
                region: m.region,
                district: m.district,
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

/// An approved organisation approves a pending teacher who is its member or who asked to join
/// it (the request is then approved too); recorded in the audit log. Any other teacher is 404,
/// so the answer says nothing about accounts the organisation has no tie to. Approving an
/// active teacher again changes nothing.
pub async fn approve_teacher(
    state: &AppState,
    who: &Principal,
    org_id: i64,
    user_public_id: &str,
) -> AppResult<MemberView> {
    let org = managed_active(state, who, org_id).await?;
    let pool = state.db.pool();
    let user = user_by_public_id(state, user_public_id)
        .await?
        .filter(|u| u.role == Role::Teacher.as_str())
        .ok_or_else(AppError::not_found)?;
    let is_member = orgs::member_role(pool, org_id, user.id).await?.is_some();
    let request = org_requests::pending_of(pool, org_id, user.id).await?;
    if !is_member && request.is_none() {
        return Err(AppError::not_found());
    }
    let now = state.now_ms();
    let mut tx = state.db.begin().await?;
    match AccountStatus::parse(&user.status) {
        Some(AccountStatus::Pending) => {
            users::set_status(&mut *tx, user.id, AccountStatus::Active.as_str(), now).await?;
            let detail = serde_json::json!({ "org_id": org.id, "org_name": org.name });
            let entry = kernel::audit::Entry {
                actor_id: who.id,
                action: "org.approve_teacher",
                target_id: Some(user.id),
                detail: &detail,
            };
            kernel::audit::record(&mut *tx, entry, now).await?;
            tracing::info!(
                org.id = org_id,
                user.id = user.id,
                "teacher approved by organisation"
            );
        }
        Some(AccountStatus::Active) => {}
        _ => return Err(AppError::conflict("teacher_not_pending")),
    }
    if let Some(request) = &request {
        crate::service::org_requests::approve_in(&mut tx, who, request, true, now).await?;
    }
    tx.commit().await?;
    crate::service::auth_cache::changed(
        state,
        &[crate::service::auth_cache::Change::User(user.id)],
    )
    .await;
    let row = orgs::members(pool, org_id)
        .await?
        .into_iter()
        .find(|m| m.user_id == user.id)
        .ok_or_else(AppError::not_found)?;
    Ok(MemberView::from(&row, org.owner_id))
}
