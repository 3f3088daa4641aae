//! HTTP of the live quiz: the host's API (create, control, results) and the two sockets.

use std::sync::Arc;

use axum::extract::{FromRef, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::routing::{any, get, post, MethodRouter};
use axum::Router;
use kernel::auth::CurrentUser;
use kernel::extract::Path;
use kernel::json::Json;
use kernel::{AppResult, AppState};
use serde_json::json;

use crate::actor::Control;
use crate::registry::Registry;
use crate::service::{self, NewGameInput};

/// The app's state and this process's running games.
#[derive(Clone)]
pub struct LiveState {
    pub app: AppState,
    pub registry: Arc<Registry>,
}

impl FromRef<LiveState> for AppState {
    fn from_ref(live: &LiveState) -> AppState {
        live.app.clone()
    }
}

pub fn api() -> Router<LiveState> {
    Router::new()
        .route("/api/v1/live/games", post(create))
        .route(
            "/api/v1/live/games/{game_id}/start",
            control(Control::Start),
        )
        .route("/api/v1/live/games/{game_id}/next", control(Control::Next))
        .route(
            "/api/v1/live/games/{game_id}/close",
            control(Control::Close),
        )
        .route("/api/v1/live/games/{game_id}/skip", control(Control::Skip))
        .route(
            "/api/v1/live/games/{game_id}/pause",
            control(Control::Pause),
        )
        .route(
            "/api/v1/live/games/{game_id}/resume",
            control(Control::Resume),
        )
        .route("/api/v1/live/games/{game_id}/end", control(Control::End))
        .route(
            "/api/v1/live/games/{game_id}/players/{player_id}/kick",
            post(kick),
        )
        .route("/api/v1/live/games/{game_id}/results", get(results))
        .merge(crate::history_api::router())
}

/// The host's pages: their games, a new game, the host screen and the results.
pub fn host_pages() -> Router<LiveState> {
    Router::new()
        .merge(crate::host_pages::router())
        .merge(crate::host_screen::router())
        .merge(crate::host_results::router())
        .merge(crate::history_pages::router())
}

pub fn sockets() -> Router<LiveState> {
    Router::new()
        .route("/ws/live/play", any(crate::sockets::play))
        .route("/ws/live/host/{game_id}", any(crate::host_socket::host))
}

async fn create(
    State(live): State<LiveState>,
    user: CurrentUser,
    Json(input): Json<NewGameInput>,
) -> AppResult<impl IntoResponse> {
    let created = service::create(&live.app, &user, &input).await?;
    Ok((StatusCode::CREATED, Json(created)))
}

async fn run(
    live: &LiveState,
    user: &CurrentUser,
    game_id: i64,
    c: Control,
) -> AppResult<impl IntoResponse> {
    service::control(&live.app, &live.registry, user, game_id, c).await?;
    Ok(Json(json!({"ok": true})))
}

/// A control of the game named in the path.
fn control(c: Control) -> MethodRouter<LiveState> {
    post(
        move |State(live): State<LiveState>, user: CurrentUser, Path(game_id): Path<i64>| async move {
            run(&live, &user, game_id, c).await
        },
    )
}

async fn kick(
    State(live): State<LiveState>,
    user: CurrentUser,
    Path((game_id, player_id)): Path<(i64, u64)>,
) -> AppResult<impl IntoResponse> {
    run(&live, &user, game_id, Control::Kick(player_id)).await
}

async fn results(
    State(live): State<LiveState>,
    user: CurrentUser,
    Path(game_id): Path<i64>,
) -> AppResult<impl IntoResponse> {
    Ok(Json(service::results(&live.app, &user, game_id).await?))
}
