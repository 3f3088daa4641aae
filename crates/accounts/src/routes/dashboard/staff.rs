//! The staff's dashboard: the identity card, the approvals waiting and the latest audit entries.

use askama::Template;
use axum::response::Response;
use kernel::auth::Principal;
use kernel::page::{render, PageCtx};
use kernel::{AppResult, AppState};

use crate::routes::pages_admin::{audit_lines, AuditLine};
use crate::service::admin::{self, AuditQuery};

/// How many audit entries the dashboard shows.
const RECENT: usize = 10;

#[derive(Template)]
#[template(path = "accounts/admin/staff_dashboard.html")]
struct StaffDashboard {
    ctx: PageCtx,
    pending_total: i64,
    entries: Vec<AuditLine>,
}

pub async fn page(state: &AppState, ctx: PageCtx, user: &Principal) -> AppResult<Response> {
    let pending_total = admin::overview(state, user).await?.pending_total;
    let mut recent = admin::audit_log(state, user, &AuditQuery::default())
        .await?
        .entries;
    recent.truncate(RECENT);
    let entries = audit_lines(&ctx, recent);
    render(&StaffDashboard {
        ctx,
        pending_total,
        entries,
    })
}
