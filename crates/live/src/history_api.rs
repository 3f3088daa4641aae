//! `GET /api/v1/live/me/games`: the live games a signed-in child played (or, with
//! `?child=ALIF24-ID`, a parent's child), newest first, paged with `before` and `limit`.

use axum::extract::State;
use axum::response::IntoResponse;
use axum::routing::get;
use axum::Router;
use kernel::auth::CurrentUser;
use kernel::extract::Query;
use kernel::json::Json;
use kernel::{AppResult, AppState};
use serde::Deserialize;

use crate::routes::LiveState;

pub fn router() -> Router<LiveState> {
    Router::new().route("/api/v1/live/me/games", get(my_games))
}

#[derive(Debug, Deserialize)]
pub struct HistoryQuery {
    pub child: Option<String>,
    /// A game id from `next_before`: the page starts below it.
    pub before: Option<i64>,
    pub limit: Option<i64>,
}

async fn my_games(
    State(state): State<AppState>,
    user: CurrentUser,
    Query(q): Query<HistoryQuery>,
) -> AppResult<impl IntoResponse> {
    let (_, page) =
        crate::history::games(&state, &user, q.child.as_deref(), q.before, q.limit).await?;
    Ok(Json(page))
}
