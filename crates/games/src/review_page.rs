//! `/games/review` and `GET /api/v1/games/mismatches`: the rounds whose claimed score differs
//! from the server's replay, for moderators and administrators.

use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use kernel::auth::CurrentUser;
use kernel::extract::Query;
use kernel::json::Json;
use kernel::page::{render, PageCtx};
use kernel::{AppResult, AppState};
use serde::Deserialize;

use crate::review::{self, Mismatch, Review};

pub fn pages() -> Router<AppState> {
    Router::new().route("/games/review", get(page))
}

pub fn api() -> Router<AppState> {
    Router::new().route("/api/v1/games/mismatches", get(list))
}

#[derive(Deserialize)]
struct Before {
    before: Option<i64>,
}

async fn list(
    State(app): State<AppState>,
    user: CurrentUser,
    Query(q): Query<Before>,
) -> AppResult<impl IntoResponse> {
    Ok(Json(review::review(&app, &user, q.before).await?))
}

#[derive(Template)]
#[template(path = "games/review.html")]
struct ReviewPage {
    ctx: PageCtx,
    review: Review,
}

impl ReviewPage {
    fn game(&self, id: &str) -> String {
        self.ctx.t(&format!("games-name-{id}"))
    }

    fn when(&self, m: &Mismatch) -> String {
        kernel::clock::format_tashkent(m.finished_at)
    }
}

async fn page(
    State(app): State<AppState>,
    user: CurrentUser,
    ctx: PageCtx,
    Query(q): Query<Before>,
) -> AppResult<Response> {
    let review = review::review(&app, &user, q.before).await?;
    render(&ReviewPage { ctx, review })
}
