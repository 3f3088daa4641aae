//! HTTP of the leaderboards: a board, and a parent's choice of who may see their child.

use axum::extract::{Query, State};
use axum::response::IntoResponse;
use axum::routing::get;
use axum::Router;
use kernel::auth::{CurrentUser, Principal, Role};
use kernel::extract::Path;
use kernel::json::Json;
use kernel::relations::ChildRef;
use kernel::{AppError, AppResult, AppState};
use serde::Deserialize;

use super::read::{self, BoardQuery};
use super::{scores, Boards, Visibility};
use crate::routes::GamesState;

pub fn api() -> Router<GamesState> {
    Router::new()
        .route("/api/v1/games/{game}/leaderboard", get(board))
        .route(
            "/api/v1/games/children/{child}/board-visibility",
            get(visibility).put(set_visibility),
        )
}

async fn board(
    State(s): State<GamesState>,
    user: CurrentUser,
    Path(game): Path<String>,
    Query(q): Query<BoardQuery>,
) -> AppResult<impl IntoResponse> {
    Ok(Json(
        read::board(&s.app, &s.boards, &user, &game, &q).await?,
    ))
}

#[derive(Deserialize)]
pub struct VisibilityInput {
    pub visibility: String,
}

async fn visibility(
    State(s): State<GamesState>,
    user: CurrentUser,
    Path(child): Path<String>,
) -> AppResult<impl IntoResponse> {
    let child = own_child(&s.app, &user, &child).await?;
    let v = current(&s.app, child.id).await?;
    Ok(Json(serde_json::json!({"visibility": v})))
}

async fn set_visibility(
    State(s): State<GamesState>,
    user: CurrentUser,
    Path(child): Path<String>,
    Json(input): Json<VisibilityInput>,
) -> AppResult<impl IntoResponse> {
    let v = Visibility::parse(&input.visibility)
        .ok_or_else(|| AppError::field("visibility", "games-family-bad-visibility"))?;
    choose(&s.app, &s.boards, &user, &child, v).await?;
    Ok(Json(serde_json::json!({"visibility": v})))
}

/// The child with this Alif24 ID if it is the caller's own (404 otherwise, as if unknown).
pub async fn own_child(app: &AppState, parent: &Principal, child: &str) -> AppResult<ChildRef> {
    parent.require(&[Role::Parent])?;
    app.directory
        .child_of(parent.id, child)
        .await?
        .ok_or_else(AppError::not_found)
}

/// A child's current visibility.
pub async fn current(app: &AppState, child: i64) -> AppResult<Visibility> {
    Ok(scores::visibilities(&app.db, &[child])
        .await?
        .first()
        .map(|(_, v)| *v)
        .unwrap_or_default())
}

/// A parent's choice for their child: recorded, and the boards changed at once.
pub async fn choose(
    app: &AppState,
    boards: &Boards,
    parent: &Principal,
    child: &str,
    v: Visibility,
) -> AppResult<()> {
    let child = own_child(app, parent, child).await?;
    scores::set_visibility(&app.db, child.id, v, parent.id, app.now_ms()).await?;
    boards.refresh(app, child.id).await
}
