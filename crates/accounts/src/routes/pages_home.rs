//! The visitors' home page and the dashboard, which hands each role its own page.

use askama::Template;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::Router;
use kernel::auth::MaybeUser;
use kernel::page::{render, PageCtx};
use kernel::{AppResult, AppState};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/", get(home))
        .route("/dashboard", get(super::dashboard::dashboard))
}

#[derive(Template)]
#[template(path = "accounts/home.html")]
struct HomePage {
    ctx: PageCtx,
}

async fn home(ctx: PageCtx, MaybeUser(user): MaybeUser) -> AppResult<Response> {
    if user.is_some() {
        return Ok(Redirect::to("/dashboard").into_response());
    }
    render(&HomePage { ctx })
}
