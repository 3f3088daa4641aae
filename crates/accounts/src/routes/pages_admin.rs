//! The admin pages: `/admin` (overview and pending approvals), `/admin/users` (search),
//! `/admin/users/{id}` (details and actions) and `/admin/audit`. Forms work without scripts.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use kernel::auth::{AccountStatus, Principal, Role};
use kernel::extract::{Path, Query};
use kernel::form::{Form, FormErrors};
use kernel::page::{redirect_with_notice, render, safe_next, PageCtx};
use kernel::{AppError, AppResult, AppState};
use serde::Deserialize;

use super::api_admin::Staff;
use crate::service::admin::{
    self, AdminUser, AuditEntry, AuditQuery, DecisionRequest, Overview, PasswordRequest,
    RoleRequest, UsersQuery, PER_PAGE,
};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/admin", get(overview_page))
        .route("/admin/users", get(users_page))
        .route("/admin/users/{id}", get(user_page))
        .route("/admin/users/{id}/{action}", post(user_action))
        .route("/admin/audit", get(audit_page))
}

impl AdminUser {
    /// The Fluent key of the status people see.
    pub fn status_key(&self) -> String {
        format!("status-{}", self.user.status)
    }

    pub fn can_approve(&self) -> bool {
        self.user.role.needs_approval() && self.approval != "active"
    }

    pub fn can_reject(&self) -> bool {
        self.user.role.needs_approval() && self.approval != "rejected"
    }
}

#[derive(Template)]
#[template(path = "accounts/admin/overview.html")]
struct OverviewPage {
    ctx: PageCtx,
    overview: Overview,
    /// The server voice found at start-up.
    voice: kernel::voice::VoiceReport,
}

async fn overview_page(
    State(state): State<AppState>,
    ctx: PageCtx,
    Staff(who): Staff,
) -> AppResult<Response> {
    let overview = admin::overview(&state, &who).await?;
    let voice = state.voice.clone();
    render(&OverviewPage {
        ctx,
        overview,
        voice,
    })
}

/// Previous and next links of a paged list.
pub struct Pager {
    pub pages: i64,
    pub label: String,
    pub prev: Option<String>,
    pub next: Option<String>,
}

impl Pager {
    /// `base` is the list's address with its filters, ending in `?` or `&`.
    fn new(ctx: &PageCtx, base: &str, page: i64, total: i64) -> Self {
        let pages = ((total + PER_PAGE - 1) / PER_PAGE).max(1);
        let link = |p: i64| format!("{base}page={p}");
        Self {
            pages,
            label: ctx.tr.ta(
                "admin-page-of",
                &[("page", page.to_string()), ("pages", pages.to_string())],
            ),
            prev: (page > 1).then(|| link(page - 1)),
            next: (page < pages).then(|| link(page + 1)),
        }
    }
}

/// Percent-encodes a query value.
fn encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[derive(Template)]
#[template(path = "accounts/admin/users.html")]
struct UsersPage {
    ctx: PageCtx,
    q: UsersQuery,
    roles: [Role; 6],
    statuses: [&'static str; 4],
    users: Vec<AdminUser>,
    total: i64,
    pager: Pager,
    errors: FormErrors,
}

async fn users_page(
    State(state): State<AppState>,
    ctx: PageCtx,
    Staff(who): Staff,
    Query(q): Query<UsersQuery>,
) -> AppResult<Response> {
    let (found, errors, status) = match admin::list_users(&state, &who, &q).await {
        Ok(found) => (Some(found), FormErrors::default(), StatusCode::OK),
        Err(e) => (
            None,
            FormErrors::from_error(e, &ctx.tr)?,
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
    };
    let filters: String = [("q", &q.q), ("role", &q.role), ("status", &q.status)]
        .iter()
        .filter_map(|(k, v)| admin::given(v).map(|v| format!("{k}={}&", encode(v))))
        .collect();
    let (users, total, page) = found.map_or((Vec::new(), 0, 1), |f| (f.users, f.total, f.page));
    let pager = Pager::new(&ctx, &format!("/admin/users?{filters}"), page, total);
    let page = UsersPage {
        ctx,
        q,
        roles: Role::ALL,
        statuses: ["pending", "active", "rejected", "blocked"],
        users,
        total,
        pager,
        errors,
    };
    Ok((status, render(&page)?).into_response())
}

/// An audit entry ready to show: translated action name, readable detail, Tashkent time.
pub struct AuditLine {
    pub entry: AuditEntry,
    /// False for actions this page has no name for; their code is shown as is.
    pub known: bool,
    pub label: String,
    pub detail: String,
    pub when: String,
}

/// Actions with a translated name (`admin-action-…`); others are shown by their code.
const KNOWN_ACTIONS: [&str; 8] = [
    "admin.approve",
    "admin.reject",
    "admin.role_change",
    "admin.block",
    "admin.unblock",
    "admin.password_reset",
    "org.approve_teacher",
    "org.set_region",
];
const KNOWN_DETAILS: [&str; 5] = ["from", "to", "reason", "sessions_ended", "generated"];

fn key_of(prefix: &str, code: &str) -> String {
    format!("{prefix}{}", code.replace(['.', '_'], "-"))
}

/// A detail value in words: roles and statuses translated, yes/no for flags.
fn detail_value(ctx: &PageCtx, v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::String(s) if Role::parse(s).is_some() => ctx.t(&format!("role-{s}")),
        serde_json::Value::String(s) if AccountStatus::parse(s).is_some() => {
            ctx.t(&format!("status-{s}"))
        }
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Bool(b) => ctx.t(if *b { "admin-yes" } else { "admin-no" }),
        other => other.to_string(),
    }
}

pub fn audit_lines(ctx: &PageCtx, entries: Vec<AuditEntry>) -> Vec<AuditLine> {
    entries
        .into_iter()
        .map(|entry| {
            let known = KNOWN_ACTIONS.contains(&entry.action.as_str());
            let label = if known {
                ctx.t(&key_of("admin-action-", &entry.action))
            } else {
                entry.action.clone()
            };
            let detail = entry.detail.as_object().map_or_else(String::new, |o| {
                let mut pairs: Vec<_> = o.iter().collect();
                // Known details in a readable order (from, to, …), then the rest by name.
                pairs.sort_by_key(|(k, _)| {
                    KNOWN_DETAILS
                        .iter()
                        .position(|d| d == k)
                        .unwrap_or(KNOWN_DETAILS.len())
                });
                pairs
                    .into_iter()
                    .map(|(k, v)| {
                        let name = if KNOWN_DETAILS.contains(&k.as_str()) {
                            ctx.t(&key_of("admin-detail-", k))
                        } else {
                            k.clone()
                        };
                        format!("{name}: {}", detail_value(ctx, v))
                    })
                    .collect::<Vec<_>>()
                    .join("; ")
            });
            AuditLine {
                when: kernel::clock::format_tashkent(entry.created_at),
                known,
                label,
                detail,
                entry,
            }
        })
        .collect()
}

#[derive(Template)]
#[template(path = "accounts/admin/user.html")]
struct UserPage {
    ctx: PageCtx,
    u: AdminUser,
    entries: Vec<AuditLine>,
    /// Roles an administrator can give here (an organisation's role stays as it is).
    roles: Vec<Role>,
    temporary_password: Option<String>,
    errors: FormErrors,
}

/// The user page, optionally after an action (its problems or a one-time password).
async fn show_user(
    state: &AppState,
    ctx: PageCtx,
    who: &Principal,
    id: &str,
    temporary_password: Option<String>,
    errors: FormErrors,
) -> AppResult<Response> {
    let detail = admin::user_detail(state, who, id).await?;
    let entries = audit_lines(&ctx, detail.audit);
    render(&UserPage {
        ctx,
        u: detail.user,
        entries,
        roles: Role::ALL
            .into_iter()
            .filter(|r| *r != Role::Organization)
            .collect(),
        temporary_password,
        errors,
    })
}

async fn user_page(
    State(state): State<AppState>,
    ctx: PageCtx,
    Staff(who): Staff,
    Path(id): Path<String>,
) -> AppResult<Response> {
    show_user(&state, ctx, &who, &id, None, FormErrors::default()).await
}

#[derive(Deserialize, Default)]
struct ActionForm {
    next: Option<String>,
    reason: Option<String>,
    role: Option<String>,
    password: Option<String>,
}

/// Every action form of the user page (and the overview's approve and reject buttons).
async fn user_action(
    State(state): State<AppState>,
    ctx: PageCtx,
    Staff(who): Staff,
    Path((id, action)): Path<(String, String)>,
    Form(form): Form<ActionForm>,
) -> AppResult<Response> {
    let s = &state;
    let decision = DecisionRequest {
        reason: form.reason,
    };
    let result = match action.as_str() {
        "approve" => admin::decide(s, &who, &id, &decision, AccountStatus::Active)
            .await
            .map(|_| None),
        "reject" => admin::decide(s, &who, &id, &decision, AccountStatus::Rejected)
            .await
            .map(|_| None),
        "role" => admin::change_role(s, &who, &id, &RoleRequest { role: form.role })
            .await
            .map(|_| None),
        "block" => admin::block(s, &who, &id).await.map(|_| None),
        "unblock" => admin::unblock(s, &who, &id).await.map(|_| None),
        "password" => {
            let req = PasswordRequest {
                password: form.password,
            };
            admin::reset_password(s, &who, &id, &req)
                .await
                .map(|r| r.temporary_password)
        }
        _ => return Err(AppError::not_found()),
    };
    match result {
        Ok(None) => {
            let next = match form.next.as_deref() {
                Some(n) if n.starts_with("/admin") => safe_next(Some(n)),
                _ => format!("/admin/users/{id}"),
            };
            Ok(redirect_with_notice(&next, &format!("admin_{action}")))
        }
        Ok(Some(password)) => {
            show_user(s, ctx, &who, &id, Some(password), FormErrors::default()).await
        }
        Err(e) if matches!(e.status.as_u16(), 401 | 403 | 404) => Err(e),
        Err(e) => {
            let status = e.status;
            let errors = FormErrors::from_error(e, &ctx.tr)?;
            let page = show_user(s, ctx, &who, &id, None, errors).await?;
            Ok((status, page).into_response())
        }
    }
}

#[derive(Template)]
#[template(path = "accounts/admin/audit.html")]
struct AuditPage {
    ctx: PageCtx,
    user: String,
    user_name: Option<String>,
    entries: Vec<AuditLine>,
    pager: Pager,
}

async fn audit_page(
    State(state): State<AppState>,
    ctx: PageCtx,
    Staff(who): Staff,
    Query(q): Query<AuditQuery>,
) -> AppResult<Response> {
    let found = admin::audit_log(&state, &who, &q).await?;
    let user = admin::given(&q.user).unwrap_or("").to_string();
    let (base, user_name) = if user.is_empty() {
        ("/admin/audit?".to_string(), None)
    } else {
        let name = admin::user_detail(&state, &who, &user)
            .await?
            .user
            .user
            .name;
        (format!("/admin/audit?user={}&", encode(&user)), Some(name))
    };
    let pager = Pager::new(&ctx, &base, found.page, found.total);
    let entries = audit_lines(&ctx, found.entries);
    render(&AuditPage {
        ctx,
        user,
        user_name,
        entries,
        pager,
    })
}
