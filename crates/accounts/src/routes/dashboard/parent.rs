//! The parent's dashboard: the identity card, then the children with their Alif24 IDs.

use askama::Template;
use axum::response::Response;
use kernel::auth::Principal;
use kernel::page::{render, PageCtx};
use kernel::{AppResult, AppState};

use crate::service::family;
use crate::service::view::UserView;

#[derive(Template)]
#[template(path = "accounts/family/parent_dashboard.html")]
struct ParentDashboard {
    ctx: PageCtx,
    children: Vec<UserView>,
}

pub async fn page(state: &AppState, ctx: PageCtx, user: &Principal) -> AppResult<Response> {
    let children = family::list_children(state, user).await?;
    render(&ParentDashboard { ctx, children })
}
