//! Invitations: an organisation's admin invites a teacher or student by Alif24 ID, and the
//! person accepts or declines; for a child with a linked parent, the parent does.
//!
//! Sending reveals nothing about the ID: the answer is the same whether the ID exists and
//! whatever the account's role. An invitation to an ID that does not exist or does not fit is
//! kept but never reaches anybody, and the organisation sees only the ID it typed until the
//! invitation is accepted.

use kernel::auth::{Principal, Role};
use kernel::error::FieldError;
use kernel::ratelimit::Limit;
use kernel::{AppError, AppResult, AppState};
use serde::Deserialize;

use crate::model::Problems;
use crate::service::invitation_views::{ReceivedInvitation, SentInvitation};
use crate::service::orgs::{managed, managed_active, OrgView};
use crate::store::org_invitations::{self, NewInvitation, SentRow};
use crate::store::orgs::{self as org_store, MemberRole};
use crate::store::users::{self, UniqueColumn};
use crate::store::{families, org_requests};

/// How long an invitation waits for an answer.
pub const INVITATION_TTL_MS: i64 = 14 * 24 * 3_600_000;
/// Invitations one admin may send, whatever the organisation.
pub const INVITES_PER_CALLER: Limit = Limit {
    max: 60,
    window_s: 3600,
};
/// Invitations one organisation may send, whoever its admin.
pub const INVITES_PER_ORG: Limit = Limit {
    max: 300,
    window_s: 86_400,
};

/// `POST /api/v1/orgs/{id}/members` and the invite form.
#[derive(Debug, Default, Deserialize)]
pub struct InviteRequest {
    /// The 8-digit Alif24 ID of the person to invite.
    pub user_id: Option<String>,
    /// `teacher` or `student`.
    pub member_role: Option<String>,
}

fn parse(req: &InviteRequest) -> AppResult<(String, MemberRole)> {
    let mut p = Problems::default();
    let role = p.take(match req.member_role.as_deref().map(str::trim) {
        None | Some("") => Err(FieldError::new("member_role", "field-required")),
        Some(r) => MemberRole::parse(r)
            .filter(|r| *r != MemberRole::Admin)
            .ok_or_else(|| FieldError::new("member_role", "field-invalid")),
    });
    let typed: String = (req.user_id.as_deref().unwrap_or(""))
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    if typed.is_empty() {
        p.0.push(FieldError::new("user_id", "field-required"));
    } else if !kernel::ids::is_public_id(&typed) {
        p.0.push(FieldError::new("user_id", "field-org-invite-id-invalid"));
    }
    p.finish()?;
    Ok((typed, role.expect("checked")))
}

/// Invites a person by Alif24 ID. Only the format is checked: the answer never says whether
/// the ID exists or what kind of account it is.
pub async fn invite(
    state: &AppState,
    who: &Principal,
    org_id: i64,
    req: &InviteRequest,
) -> AppResult<SentInvitation> {
    let org = managed_active(state, who, org_id).await?;
    let (typed, role) = parse(req)?;
    let now = state.now_ms();
    let limiter = &state.limiter;
    limiter
        .hit(
            &format!("org-invite-by:{}", who.id),
            INVITES_PER_CALLER,
            now,
        )
        .await?;
    limiter
        .hit(&format!("org-invite-org:{org_id}"), INVITES_PER_ORG, now)
        .await?;
    let mut tx = state.db.begin().await?;
    let user = users::find_by(&mut *tx, UniqueColumn::PublicId, &typed).await?;
    // The organisation sees its members' IDs already, so saying so reveals nothing new.
    if let Some(u) = &user {
        if org_store::member_role(&mut *tx, org_id, u.id)
            .await?
            .is_some()
        {
            return Err(AppError::conflict("org_already_member"));
        }
    }
    if org_invitations::find_sent_to(&mut *tx, org_id, &typed, now)
        .await?
        .is_some()
    {
        return Err(AppError::conflict("org_already_invited"));
    }
    let fits =
        user.filter(|u| u.role == role.as_str() && u.blocked_at.is_none() && u.id != org.owner_id);
    let new = NewInvitation {
        org_id,
        invited_by: who.id,
        typed_id: &typed,
        user_id: fits.map(|u| u.id),
        member_role: role.as_str(),
        now,
        expires_at: now + INVITATION_TTL_MS,
    };
    let id = org_invitations::insert(&mut *tx, &new).await?;
    let expires_at = new.expires_at;
    tx.commit().await?;
    tracing::info!(org.id = org_id, invitation.id = id, "invitation sent");
    Ok(SentInvitation::from(&SentRow {
        id,
        typed_id: typed,
        member_role: role.as_str().into(),
        created_at: now,
        expires_at,
    }))
}

/// The organisation's invitations still waiting for an answer.
pub async fn sent(
    state: &AppState,
    who: &Principal,
    org_id: i64,
) -> AppResult<Vec<SentInvitation>> {
    managed(state, who, org_id).await?;
    let rows = org_invitations::list_sent(state.db.pool(), org_id, state.now_ms()).await?;
    Ok(rows.iter().map(SentInvitation::from).collect())
}

/// Takes back an invitation nobody has answered yet.
pub async fn withdraw(state: &AppState, who: &Principal, org_id: i64, id: i64) -> AppResult<()> {
    managed_active(state, who, org_id).await?;
    let now = state.now_ms();
    let pool = state.db.pool();
    if org_invitations::find_sent(pool, org_id, id, now)
        .await?
        .is_none()
        || !org_invitations::close(pool, id, "withdrawn", who.id, now).await?
    {
        return Err(AppError::not_found());
    }
    tracing::info!(org.id = org_id, invitation.id = id, "invitation withdrawn");
    Ok(())
}

/// Invitations the caller may see: their own, and a parent's children's.
pub async fn received(state: &AppState, who: &Principal) -> AppResult<Vec<ReceivedInvitation>> {
    let pool = state.db.pool();
    let now = state.now_ms();
    if who.role == Role::Parent {
        let rows = org_invitations::list_received_by_children(pool, who.id, now).await?;
        return Ok(rows
            .iter()
            .map(|r| ReceivedInvitation::from(r, true))
            .collect());
    }
    let alone = !has_parent(state, who).await?;
    let rows = org_invitations::list_received(pool, who.id, now).await?;
    Ok(rows
        .iter()
        .map(|r| ReceivedInvitation::from(r, alone))
        .collect())
}

/// A student with a linked parent leaves answers to the parent.
async fn has_parent(state: &AppState, who: &Principal) -> AppResult<bool> {
    Ok(who.role == Role::Student && families::has_parent(state.db.pool(), who.id).await?)
}

/// Accepts (the person becomes a member with the invited role) or declines an invitation.
/// Anyone's invitation but one's own or one's child's is 404; a child whose parent is linked
/// gets 403 `org_invitation_parent_answers`.
pub async fn answer(
    state: &AppState,
    who: &Principal,
    id: i64,
    accept: bool,
) -> AppResult<OrgView> {
    let now = state.now_ms();
    let pool = state.db.pool();
    let inv = org_invitations::find_received(pool, id, now)
        .await?
        .ok_or_else(AppError::not_found)?;
    if inv.user_id == who.id {
        if has_parent(state, who).await? {
            return Err(AppError::forbidden().with_code("org_invitation_parent_answers"));
        }
    } else if !(who.role == Role::Parent && families::is_linked(pool, who.id, inv.user_id).await?) {
        return Err(AppError::not_found());
    }
    let role = MemberRole::parse(&inv.member_role).ok_or_else(AppError::not_found)?;
    let status = if accept { "accepted" } else { "declined" };
    let mut tx = state.db.begin().await?;
    if !org_invitations::close(&mut *tx, id, status, who.id, now).await? {
        return Err(AppError::not_found());
    }
    if accept
        && org_store::member_role(&mut *tx, inv.org_id, inv.user_id)
            .await?
            .is_none()
    {
        org_store::add_member(&mut *tx, inv.org_id, inv.user_id, role, now).await?;
        // Joining by invitation answers the teacher's own request to the same organisation.
        if let Some(r) = org_requests::pending_of(&mut *tx, inv.org_id, inv.user_id).await? {
            org_requests::close(&mut *tx, r.id, "approved", who.id, now).await?;
        }
    }
    tx.commit().await?;
    tracing::info!(
        org.id = inv.org_id,
        user.id = inv.user_id,
        invitation.id = id,
        accepted = accept,
        "invitation answered"
    );
    let org = org_store::find(state.db.pool(), inv.org_id).await?;
    let (region, district) = org.map_or((None, None), |o| (o.region, o.district));
    Ok(OrgView {
        id: inv.org_id,
        name: inv.org_name,
        kind: inv.org_kind,
        member_role: role,
        is_owner: false,
        region,
        district,
    })
}
