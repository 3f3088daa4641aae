//! Teachers ask to join: an organisation shows its admins a join code, a teacher types it, and
//! the organisation approves (the teacher becomes a member) or rejects the request.

use kernel::auth::{Principal, Role};
use kernel::error::FieldError;
use kernel::ratelimit::limits;
use kernel::{AppError, AppResult, AppState};
use serde::{Deserialize, Serialize};

use crate::service::orgs::{managed, managed_active};
use crate::store::org_requests::{self, RequestRow};
use crate::store::orgs::{self, MemberRole};

/// Length of an organisation's join code.
pub const ORG_CODE_LEN: usize = 6;

/// `POST /api/v1/orgs/join` and the join form.
#[derive(Debug, Default, Deserialize)]
pub struct JoinOrgRequest {
    pub code: Option<String>,
}

/// A teacher who asked to join, as the organisation sees them.
#[derive(Clone, Debug, Serialize)]
pub struct Asker {
    /// The 8-digit Alif24 ID.
    pub id: String,
    pub name: String,
}

/// The organisation asked.
#[derive(Clone, Debug, Serialize)]
pub struct AskedOrg {
    pub id: i64,
    pub name: String,
    pub kind: String,
}

/// A pending request to join.
#[derive(Clone, Debug, Serialize)]
pub struct JoinRequestView {
    pub id: i64,
    pub org: AskedOrg,
    pub teacher: Asker,
    /// Always `pending`: answered requests are not listed.
    pub status: &'static str,
    /// Unix milliseconds.
    pub created_at: i64,
}

impl JoinRequestView {
    fn from(r: &RequestRow) -> Self {
        Self {
            id: r.id,
            org: AskedOrg {
                id: r.org_id,
                name: r.org_name.clone(),
                kind: r.org_kind.clone(),
            },
            teacher: Asker {
                id: r.user_public_id.clone(),
                name: r.user_name.clone(),
            },
            status: "pending",
            created_at: r.created_at,
        }
    }

    pub fn kind_key(&self) -> String {
        format!("org-kind-{}", self.org.kind)
    }
}

/// The organisation's join code, if it has made one (its admins only).
pub async fn join_code(
    state: &AppState,
    who: &Principal,
    org_id: i64,
) -> AppResult<Option<String>> {
    managed(state, who, org_id).await?;
    Ok(org_requests::join_code(state.db.pool(), org_id).await?)
}

/// Gives the organisation a new join code; the old one stops working.
pub async fn new_join_code(state: &AppState, who: &Principal, org_id: i64) -> AppResult<String> {
    managed_active(state, who, org_id).await?;
    let mut tx = state.db.begin().await?;
    for _ in 0..20 {
        let code = kernel::ids::short_code(ORG_CODE_LEN);
        if org_requests::org_by_code(&mut *tx, &code).await?.is_none() {
            org_requests::set_join_code(&mut *tx, org_id, &code, state.now_ms()).await?;
            tx.commit().await?;
            tracing::info!(org.id = org_id, "organisation join code changed");
            return Ok(code);
        }
    }
    Err(AppError::internal(anyhow::anyhow!(
        "no free organisation code after 20 draws"
    )))
}

/// A teacher (approved or not) asks to join the organisation whose code they typed. Asking
/// again while a request waits changes nothing.
pub async fn ask_to_join(
    state: &AppState,
    who: &Principal,
    ip: &str,
    req: &JoinOrgRequest,
) -> AppResult<JoinRequestView> {
    who.require(&[Role::Teacher])?;
    let code = kernel::ids::normalize_code(req.code.as_deref().unwrap_or(""));
    if code.is_empty() {
        return Err(AppError::field("code", "field-required"));
    }
    let now = state.now_ms();
    state
        .limiter
        .hit(&format!("org-code:{ip}"), limits::CODE_PER_IP, now)
        .await?;
    let unknown = || {
        AppError::not_found()
            .with_code("org_code_unknown")
            .with_fields(vec![FieldError::new("code", "field-org-code-unknown")])
    };
    let mut tx = state.db.begin().await?;
    let org_id = match code.len() {
        ORG_CODE_LEN => org_requests::org_by_code(&mut *tx, &code).await?,
        _ => None,
    }
    .ok_or_else(unknown)?;
    if orgs::member_role(&mut *tx, org_id, who.id).await?.is_some() {
        return Err(AppError::conflict("org_already_member"));
    }
    if org_requests::pending_of(&mut *tx, org_id, who.id)
        .await?
        .is_none()
    {
        org_requests::insert(&mut *tx, org_id, who.id, now).await?;
    }
    let row = org_requests::pending_of(&mut *tx, org_id, who.id)
        .await?
        .ok_or_else(AppError::not_found)?;
    tx.commit().await?;
    tracing::info!(
        org.id = org_id,
        user.id = who.id,
        "asked to join organisation"
    );
    Ok(JoinRequestView::from(&row))
}

/// The caller's requests still waiting for an answer.
pub async fn mine(state: &AppState, who: &Principal) -> AppResult<Vec<JoinRequestView>> {
    let rows = org_requests::list_for_user(state.db.pool(), who.id).await?;
    Ok(rows.iter().map(JoinRequestView::from).collect())
}

/// Requests to join the organisation waiting for its admins.
pub async fn for_org(
    state: &AppState,
    who: &Principal,
    org_id: i64,
) -> AppResult<Vec<JoinRequestView>> {
    managed(state, who, org_id).await?;
    let rows = org_requests::list_for_org(state.db.pool(), org_id).await?;
    Ok(rows.iter().map(JoinRequestView::from).collect())
}

/// Approves (the teacher becomes a member) or rejects a request; 404 for anything but a
/// pending request to this organisation.
pub async fn answer(
    state: &AppState,
    who: &Principal,
    org_id: i64,
    id: i64,
    approve: bool,
) -> AppResult<()> {
    managed_active(state, who, org_id).await?;
    let now = state.now_ms();
    let mut tx = state.db.begin().await?;
    let row = org_requests::find_pending(&mut *tx, org_id, id)
        .await?
        .ok_or_else(AppError::not_found)?;
    approve_in(&mut tx, who, &row, approve, now).await?;
    tx.commit().await?;
    tracing::info!(
        org.id = org_id,
        user.id = row.user_id,
        approved = approve,
        "join request answered"
    );
    Ok(())
}

/// Closes a pending request inside the caller's transaction; approving adds the member.
pub(crate) async fn approve_in(
    tx: &mut kernel::db::Tx,
    who: &Principal,
    row: &RequestRow,
    approve: bool,
    now: i64,
) -> AppResult<()> {
    let status = if approve { "approved" } else { "rejected" };
    if !org_requests::close(&mut **tx, row.id, status, who.id, now).await? {
        return Err(AppError::not_found());
    }
    if approve
        && orgs::member_role(&mut **tx, row.org_id, row.user_id)
            .await?
            .is_none()
    {
        orgs::add_member(&mut **tx, row.org_id, row.user_id, MemberRole::Teacher, now).await?;
    }
    Ok(())
}
