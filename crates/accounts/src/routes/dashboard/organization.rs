//! The organisation's dashboard: its members at a glance, teachers asking to join or waiting
//! for approval, and the way to its page.

use askama::Template;
use axum::response::Response;
use kernel::auth::{AccountStatus, Principal};
use kernel::page::{render, PageCtx};
use kernel::{AppResult, AppState};

use crate::service::orgs::{self, OrgMembers};

#[derive(Template)]
#[template(path = "accounts/orgs/dashboard.html")]
struct OrgDashboard {
    ctx: PageCtx,
    org: Option<OrgMembers>,
    class_count: usize,
    request_count: usize,
    active: bool,
}

pub async fn page(state: &AppState, ctx: PageCtx, user: &Principal) -> AppResult<Response> {
    let (org, class_count, request_count) = match orgs::managed_org(state, user).await? {
        Some(id) => (
            Some(orgs::members(state, user, id).await?),
            crate::service::classes::of_org(state, user, id)
                .await?
                .len(),
            crate::service::org_requests::for_org(state, user, id)
                .await?
                .len(),
        ),
        None => (None, 0, 0),
    };
    render(&OrgDashboard {
        ctx,
        org,
        class_count,
        request_count,
        active: user.status == AccountStatus::Active,
    })
}
