//! Administration: users, approvals, roles, blocking, password resets, the audit log.
//!
//! Administrators may do everything here. Moderators may look (users, the audit log) and
//! decide on pending teachers and organisations, nothing more. Everyone else gets 403.
//! Every change writes its audit entry in the same transaction as the change itself.

use kernel::auth::{AccountStatus, Principal, Role};
use kernel::error::FieldError;
use kernel::ids::is_public_id;
use kernel::{AppError, AppResult, AppState};
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::model::{Password, Problems, PASSWORD_MIN};
use crate::service::view::UserView;
use crate::store::users::{self, UniqueColumn, UserFilter, UserRow};
use crate::store::{audit, sessions};

/// Rows per page of every admin list.
pub const PER_PAGE: i64 = 50;
const REASON_MAX: usize = 500;
const QUERY_MAX: usize = 100;
/// Length of a generated temporary password (letters and digits that cannot be confused).
const TEMP_PASSWORD_LEN: usize = 10;

/// 403 unless the caller is an administrator or a moderator.
pub fn require_staff(who: &Principal) -> AppResult<()> {
    who.require(&[Role::Admin, Role::Moderator])
}

/// 403 unless the caller is an administrator.
pub fn require_admin(who: &Principal) -> AppResult<()> {
    who.require(&[Role::Admin])
}

/// A user as staff see them: the public view plus the block and the approval state.
#[derive(Clone, Debug, Serialize)]
pub struct AdminUser {
    #[serde(flatten)]
    pub user: UserView,
    pub blocked: bool,
    /// Unix milliseconds, when blocked.
    pub blocked_at: Option<i64>,
    /// `pending`, `active` or `rejected`, whatever the block.
    #[serde(skip)]
    pub approval: &'static str,
}

impl From<&UserRow> for AdminUser {
    fn from(u: &UserRow) -> Self {
        Self {
            user: UserView::from(u),
            blocked: u.blocked_at.is_some(),
            blocked_at: u.blocked_at,
            approval: AccountStatus::parse(&u.status)
                .map(AccountStatus::as_str)
                .unwrap_or("pending"),
        }
    }
}

/// `GET /api/v1/admin/users` and the search form; every field may be empty.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct UsersQuery {
    pub q: Option<String>,
    pub role: Option<String>,
    pub status: Option<String>,
    pub page: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct UserPage {
    pub users: Vec<AdminUser>,
    pub total: i64,
    pub page: i64,
    pub per_page: i64,
}

/// A trimmed, non-empty value.
pub(crate) fn given(v: &Option<String>) -> Option<&str> {
    v.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

/// A 1-based page number; empty means the first.
pub(crate) fn parse_page(raw: &Option<String>) -> Result<i64, FieldError> {
    match given(raw) {
        None => Ok(1),
        Some(p) => p
            .parse::<i64>()
            .ok()
            .filter(|n| (1..=100_000).contains(n))
            .ok_or_else(|| FieldError::new("page", "field-invalid")),
    }
}

/// A search text: phone numbers typed with spaces or dashes still match the stored form.
fn search_text(q: &str) -> String {
    const PHONE_MARKS: [char; 4] = [' ', '-', '(', ')'];
    if q.chars()
        .all(|c| c.is_ascii_digit() || c == '+' || PHONE_MARKS.contains(&c))
    {
        q.replace(PHONE_MARKS, "")
    } else {
        kernel::text::normalize_uzbek(&kernel::text::clean_line(q))
    }
}

pub async fn list_users(state: &AppState, who: &Principal, q: &UsersQuery) -> AppResult<UserPage> {
    require_staff(who)?;
    let mut p = Problems::default();
    let text = match given(&q.q) {
        Some(t) if t.chars().count() > QUERY_MAX => {
            p.0.push(FieldError::new("q", "field-too-long").arg("max", QUERY_MAX));
            None
        }
        t => t.map(search_text),
    };
    let role = given(&q.role).and_then(|r| {
        p.take(Role::parse(r).ok_or_else(|| FieldError::new("role", "field-invalid")))
    });
    let status = given(&q.status).and_then(|s| {
        p.take(match s {
            "pending" | "active" | "rejected" | "blocked" => Ok(s.to_string()),
            _ => Err(FieldError::new("status", "field-invalid")),
        })
    });
    let page = p.take(parse_page(&q.page));
    p.finish()?;
    let page = page.expect("checked");
    let filter = UserFilter {
        q: text,
        role: role.map(|r| r.as_str().to_string()),
        status,
        limit: PER_PAGE,
        offset: (page - 1) * PER_PAGE,
    };
    let (rows, total) = users::search(state.db.pool(), &filter).await?;
    Ok(UserPage {
        users: rows.iter().map(AdminUser::from).collect(),
        total,
        page,
        per_page: PER_PAGE,
    })
}

/// One user with the latest audit entries they took part in.
#[derive(Debug, Serialize)]
pub struct UserDetail {
    pub user: AdminUser,
    pub audit: Vec<AuditEntry>,
}

/// The user an 8-digit Alif24 ID names, or 404.
async fn find_target(
    ex: impl sqlx::Executor<'_, Database = sqlx::Any>,
    public_id: &str,
) -> AppResult<UserRow> {
    if !is_public_id(public_id) {
        return Err(AppError::not_found());
    }
    users::find_by(ex, UniqueColumn::PublicId, public_id)
        .await?
        .ok_or_else(AppError::not_found)
}

pub async fn user_detail(
    state: &AppState,
    who: &Principal,
    public_id: &str,
) -> AppResult<UserDetail> {
    require_staff(who)?;
    let row = find_target(state.db.pool(), public_id).await?;
    let entries = audit::list_involving(state.db.pool(), Some(row.id), 20, 0).await?;
    Ok(UserDetail {
        user: AdminUser::from(&row),
        audit: entries.into_iter().map(AuditEntry::from).collect(),
    })
}

/// Approve or reject: the optional reason is kept in the audit log.
#[derive(Debug, Default, Deserialize)]
pub struct DecisionRequest {
    pub reason: Option<String>,
}

/// Approves (`Active`) or rejects (`Rejected`) a teacher or an organisation; deciding what
/// already stands changes nothing and writes nothing.
pub async fn decide(
    state: &AppState,
    who: &Principal,
    public_id: &str,
    req: &DecisionRequest,
    to: AccountStatus,
) -> AppResult<AdminUser> {
    require_staff(who)?;
    let reason = given(&req.reason).map(kernel::text::clean_line);
    if reason
        .as_ref()
        .is_some_and(|r| r.chars().count() > REASON_MAX)
    {
        let e = FieldError::new("reason", "field-too-long").arg("max", REASON_MAX);
        return Err(AppError::invalid(vec![e]));
    }
    let now = state.now_ms();
    let mut tx = state.db.begin().await?;
    let target = find_target(&mut *tx, public_id).await?;
    if !Role::parse(&target.role).is_some_and(Role::needs_approval) {
        return Err(AppError::conflict("approval_not_applicable"));
    }
    if target.status == to.as_str() {
        return Ok(AdminUser::from(&target));
    }
    users::set_status(&mut *tx, target.id, to.as_str(), now).await?;
    let mut detail = json!({"from": target.status, "to": to.as_str()});
    if let Some(r) = reason {
        detail["reason"] = json!(r);
    }
    let action = match to {
        AccountStatus::Active => "admin.approve",
        _ => "admin.reject",
    };
    let user = record_and_reload(&mut tx, who, action, &target, &detail, now).await?;
    tx.commit().await?;
    Ok(user)
}

/// Writes the audit entry and reads the changed user back, inside the caller's transaction.
async fn record_and_reload(
    tx: &mut kernel::db::Tx,
    who: &Principal,
    action: &str,
    target: &UserRow,
    detail: &serde_json::Value,
    now: i64,
) -> AppResult<AdminUser> {
    audit::record(&mut **tx, who.id, action, Some(target.id), detail, now).await?;
    tracing::info!(
        user.id = target.id,
        staff.id = who.id,
        audit.action = action,
        "admin action"
    );
    let row = users::find_by_id(&mut **tx, target.id)
        .await?
        .ok_or_else(AppError::not_found)?;
    Ok(AdminUser::from(&row))
}

#[derive(Debug, Default, Deserialize)]
pub struct RoleRequest {
    pub role: Option<String>,
}

/// Gives a user another role. The administrator's choice is their approval, so the account
/// becomes active. Organisation accounts own an organisation record, so nobody becomes one
/// or stops being one this way.
pub async fn change_role(
    state: &AppState,
    who: &Principal,
    public_id: &str,
    req: &RoleRequest,
) -> AppResult<AdminUser> {
    require_admin(who)?;
    let to = match given(&req.role) {
        None => Err(FieldError::new("role", "field-required")),
        Some(r) => Role::parse(r).ok_or_else(|| FieldError::new("role", "field-invalid")),
    }
    .map_err(|e| AppError::invalid(vec![e]))?;
    let now = state.now_ms();
    let mut tx = state.db.begin().await?;
    let target = find_target(&mut *tx, public_id).await?;
    let from = Role::parse(&target.role).unwrap_or(Role::Student);
    if from == to {
        return Ok(AdminUser::from(&target));
    }
    if from == Role::Admin && users::count_other_admins(&mut *tx, target.id).await? == 0 {
        return Err(AppError::conflict("last_admin"));
    }
    if target.id == who.id {
        return Err(AppError::conflict("cannot_change_own_role"));
    }
    if from == Role::Organization || to == Role::Organization {
        return Err(AppError::conflict("organization_role_fixed"));
    }
    users::set_role(&mut *tx, target.id, to.as_str(), now).await?;
    users::set_status(&mut *tx, target.id, AccountStatus::Active.as_str(), now).await?;
    let detail = json!({"from": from.as_str(), "to": to.as_str()});
    let user = record_and_reload(&mut tx, who, "admin.role_change", &target, &detail, now).await?;
    tx.commit().await?;
    Ok(user)
}

/// Blocks a user and ends every one of their login sessions at once.
pub async fn block(state: &AppState, who: &Principal, public_id: &str) -> AppResult<AdminUser> {
    require_admin(who)?;
    let now = state.now_ms();
    let mut tx = state.db.begin().await?;
    let target = find_target(&mut *tx, public_id).await?;
    if target.id == who.id {
        return Err(AppError::conflict("cannot_block_self"));
    }
    if target.blocked_at.is_some() {
        return Ok(AdminUser::from(&target));
    }
    if target.role == Role::Admin.as_str()
        && users::count_other_admins(&mut *tx, target.id).await? == 0
    {
        return Err(AppError::conflict("last_admin"));
    }
    users::set_blocked(&mut *tx, target.id, Some(now), now).await?;
    let ended = sessions::revoke_all(&mut *tx, target.id, now).await?;
    let detail = json!({"sessions_ended": ended});
    let user = record_and_reload(&mut tx, who, "admin.block", &target, &detail, now).await?;
    tx.commit().await?;
    Ok(user)
}

/// Lifts a block; the user logs in again (their old sessions stay ended).
pub async fn unblock(state: &AppState, who: &Principal, public_id: &str) -> AppResult<AdminUser> {
    require_admin(who)?;
    let now = state.now_ms();
    let mut tx = state.db.begin().await?;
    let target = find_target(&mut *tx, public_id).await?;
    if target.blocked_at.is_none() {
        return Ok(AdminUser::from(&target));
    }
    users::set_blocked(&mut *tx, target.id, None, now).await?;
    let user = record_and_reload(&mut tx, who, "admin.unblock", &target, &json!({}), now).await?;
    tx.commit().await?;
    Ok(user)
}

/// A new password chosen by the administrator; empty means "generate one".
#[derive(Default, Deserialize)]
pub struct PasswordRequest {
    pub password: Option<String>,
}

/// The result of a reset. Deliberately not `Debug`: it may carry a password.
#[derive(Serialize)]
pub struct PasswordReset {
    pub user: AdminUser,
    /// The generated password, shown this once; `None` when the administrator chose it.
    pub temporary_password: Option<String>,
}

/// Sets a new password (given or generated) and ends all the user's sessions.
pub async fn reset_password(
    state: &AppState,
    who: &Principal,
    public_id: &str,
    req: &PasswordRequest,
) -> AppResult<PasswordReset> {
    require_admin(who)?;
    let chosen = match req.password.as_deref().filter(|p| !p.is_empty()) {
        Some(raw) => Some(
            Password::parse("password", Some(raw), PASSWORD_MIN)
                .map_err(|e| AppError::invalid(vec![e]))?,
        ),
        None => None,
    };
    let target = find_target(state.db.pool(), public_id).await?;
    if target.id == who.id {
        return Err(AppError::conflict("cannot_reset_own_password"));
    }
    let generated = chosen.is_none();
    let password = chosen
        .map(|p| p.0)
        .unwrap_or_else(|| kernel::ids::short_code(TEMP_PASSWORD_LEN));
    let hash = crate::password::hash(password.clone(), state.config.password_cost).await?;
    let now = state.now_ms();
    let mut tx = state.db.begin().await?;
    users::set_password(&mut *tx, target.id, &hash, now).await?;
    let ended = sessions::revoke_all(&mut *tx, target.id, now).await?;
    let detail = json!({"generated": generated, "sessions_ended": ended});
    let user =
        record_and_reload(&mut tx, who, "admin.password_reset", &target, &detail, now).await?;
    tx.commit().await?;
    Ok(PasswordReset {
        user,
        temporary_password: generated.then_some(password),
    })
}

/// Accounts in one role.
#[derive(Debug, Serialize)]
pub struct RoleCount {
    pub role: Role,
    pub count: i64,
}

/// The admin home: accounts per role and the approvals waiting.
#[derive(Debug, Serialize)]
pub struct Overview {
    pub counts: Vec<RoleCount>,
    /// The longest-waiting first (at most [`PER_PAGE`]).
    pub pending: Vec<AdminUser>,
    pub pending_total: i64,
}

pub async fn overview(state: &AppState, who: &Principal) -> AppResult<Overview> {
    require_staff(who)?;
    let pool = state.db.pool();
    let counted = users::count_by_role(pool).await?;
    let counts = Role::ALL
        .into_iter()
        .map(|role| RoleCount {
            role,
            count: counted
                .iter()
                .find(|(r, _)| r == role.as_str())
                .map_or(0, |c| c.1),
        })
        .collect();
    Ok(Overview {
        counts,
        pending: (users::pending_approvals(pool, PER_PAGE).await?.iter())
            .map(AdminUser::from)
            .collect(),
        pending_total: users::count_pending_approvals(pool).await?,
    })
}

/// Who did something, or to whom: the 8-digit Alif24 ID and the name.
#[derive(Clone, Debug, Serialize)]
pub struct Person {
    pub id: String,
    pub name: String,
}

/// One audit log entry. `detail` is always a JSON object.
#[derive(Clone, Debug, Serialize)]
pub struct AuditEntry {
    pub id: i64,
    pub action: String,
    pub actor: Person,
    pub target: Option<Person>,
    pub detail: serde_json::Value,
    /// Unix milliseconds.
    pub created_at: i64,
}

impl From<audit::AuditRow> for AuditEntry {
    fn from(r: audit::AuditRow) -> Self {
        let detail = match serde_json::from_str::<serde_json::Value>(&r.detail) {
            Ok(v @ serde_json::Value::Object(_)) => v,
            _ => json!({ "text": r.detail }),
        };
        Self {
            id: r.id,
            action: r.action,
            actor: Person {
                id: r.actor_public_id,
                name: r.actor_name,
            },
            target: r
                .target_public_id
                .zip(r.target_name)
                .map(|(id, name)| Person { id, name }),
            detail,
            created_at: r.created_at,
        }
    }
}

/// `GET /api/v1/admin/audit`: `user` (an Alif24 ID) keeps entries they did or underwent.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct AuditQuery {
    pub user: Option<String>,
    pub page: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct AuditPage {
    pub entries: Vec<AuditEntry>,
    pub total: i64,
    pub page: i64,
    pub per_page: i64,
}

pub async fn audit_log(state: &AppState, who: &Principal, q: &AuditQuery) -> AppResult<AuditPage> {
    require_staff(who)?;
    let page = parse_page(&q.page).map_err(|e| AppError::invalid(vec![e]))?;
    let pool = state.db.pool();
    let user_id = match given(&q.user) {
        Some(u) => Some(find_target(pool, u).await?.id),
        None => None,
    };
    let rows = audit::list_involving(pool, user_id, PER_PAGE, (page - 1) * PER_PAGE).await?;
    Ok(AuditPage {
        entries: rows.into_iter().map(AuditEntry::from).collect(),
        total: audit::count_involving(pool, user_id).await?,
        page,
        per_page: PER_PAGE,
    })
}
