//! Administration: users, approvals, roles, blocking, password resets, the audit log.
//!
//! Administrators may do everything here. Moderators may look (users, the audit log) and
//! decide on pending teachers and organisations, nothing more. Everyone else gets 403.
//! Every change writes its audit entry in the same transaction as the change itself.

mod actions;
mod audit_log;

pub use actions::{
    block, change_role, decide, reset_password, unblock, DecisionRequest, PasswordRequest,
    PasswordReset, RoleRequest,
};
pub use audit_log::{audit_log, AuditEntry, AuditPage, AuditQuery, Person};

use kernel::auth::{AccountStatus, Principal, Role};
use kernel::error::FieldError;
use kernel::ids::is_public_id;
use kernel::{AppError, AppResult, AppState};
use serde::{Deserialize, Serialize};

use crate::model::Problems;
use crate::service::view::UserView;
use crate::store::audit;
use crate::store::user_list::{self, UserFilter};
use crate::store::users::{self, UniqueColumn, UserRow};

/// Rows per page of every admin list.
pub const PER_PAGE: i64 = 50;
pub(super) const REASON_MAX: usize = 500;
const QUERY_MAX: usize = 100;
/// Length of a generated temporary password (letters and digits that cannot be confused).
pub(super) const TEMP_PASSWORD_LEN: usize = 10;

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

/// The staff's filter and page, checked.
fn users_filter(who: &Principal, q: &UsersQuery) -> AppResult<(UserFilter, i64)> {
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
    Ok((filter, page))
}

pub async fn list_users(state: &AppState, who: &Principal, q: &UsersQuery) -> AppResult<UserPage> {
    let (filter, page) = users_filter(who, q)?;
    let (rows, total) = user_list::search(state.db.pool(), &filter).await?;
    Ok(UserPage {
        users: rows.iter().map(AdminUser::from).collect(),
        total,
        page,
        per_page: PER_PAGE,
    })
}

/// [`list_users`] as the API's JSON text; on SQLite the page is built by the database (the
/// fast path of a 50-row answer; a test holds it equal to the typed page).
pub async fn list_users_json(
    state: &AppState,
    who: &Principal,
    q: &UsersQuery,
) -> AppResult<String> {
    let (filter, page) = users_filter(who, q)?;
    let (users, total) = user_list::search_json(&state.db, &filter).await?;
    Ok(format!(
        r#"{{"users":{users},"total":{total},"page":{page},"per_page":{PER_PAGE}}}"#
    ))
}

/// One user with the latest audit entries they took part in.
#[derive(Debug, Serialize)]
pub struct UserDetail {
    pub user: AdminUser,
    pub audit: Vec<AuditEntry>,
}

/// The user an 8-digit Alif24 ID names, or 404.
pub(super) async fn find_target(
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
