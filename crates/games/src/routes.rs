//! HTTP of the games: start and finish rounds, a child's progress.

use std::sync::Arc;

use axum::extract::{FromRef, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::routing::{get, post};
use axum::Router;
use kernel::auth::CurrentUser;
use kernel::extract::Path;
use kernel::json::Json;
use kernel::{AppResult, AppState};

use crate::rules::Rules;
use crate::service::{self, FinishInput, StartInput};

/// The app's state and the games' rules.
#[derive(Clone)]
pub struct GamesState {
    pub app: AppState,
    pub games: Arc<Vec<Arc<dyn Rules>>>,
    pub boards: Arc<crate::boards::Boards>,
}

impl FromRef<GamesState> for AppState {
    fn from_ref(s: &GamesState) -> AppState {
        s.app.clone()
    }
}

pub fn api() -> Router<GamesState> {
    Router::new()
        .route("/api/v1/games/{game}/rounds", post(start))
        .route("/api/v1/games/rounds/{round_id}/finish", post(finish))
        .route("/api/v1/games/me/progress", get(progress))
}

async fn start(
    State(s): State<GamesState>,
    user: CurrentUser,
    Path(game): Path<String>,
    Json(input): Json<StartInput>,
) -> AppResult<impl IntoResponse> {
    let started = service::start(&s.app, &s.games, &user, &game, input.level).await?;
    Ok((StatusCode::CREATED, Json(started)))
}

async fn finish(
    State(s): State<GamesState>,
    user: CurrentUser,
    Path(round_id): Path<i64>,
    Json(input): Json<FinishInput>,
) -> AppResult<impl IntoResponse> {
    Ok(Json(
        service::finish(&s.app, &s.games, &s.boards, &user, round_id, input).await?,
    ))
}

async fn progress(State(s): State<GamesState>, user: CurrentUser) -> AppResult<impl IntoResponse> {
    Ok(Json(
        serde_json::json!({"levels": service::progress(&s.app, &user).await?}),
    ))
}
