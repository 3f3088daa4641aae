//! `/dashboard`: each role gets its own page, built in its own module.

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use kernel::auth::{CurrentUser, Role};
use kernel::page::{render, PageCtx};
use kernel::{AppResult, AppState};

pub mod organization;
pub mod parent;
pub mod staff;
pub mod student;
pub mod teacher;

pub async fn dashboard(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
) -> AppResult<Response> {
    match user.role {
        Role::Parent => parent::page(&state, ctx, &user).await,
        Role::Student => student::page(&state, ctx, &user).await,
        Role::Teacher => teacher::page(&state, ctx, &user).await,
        Role::Organization => organization::page(&state, ctx, &user).await,
        Role::Moderator | Role::Admin => staff::page(&state, ctx, &user).await,
    }
}

/// The identity card alone, for roles whose page has nothing else yet.
#[derive(Template)]
#[template(path = "accounts/dashboard.html")]
pub struct BasicDashboard {
    pub ctx: PageCtx,
}

pub fn basic(ctx: PageCtx) -> AppResult<Response> {
    render(&BasicDashboard { ctx })
}
