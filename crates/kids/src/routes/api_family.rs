//! Parents through the API: a child's settings and readings, and waiting stories approved or
//! rejected.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::routing::{get, post};
use axum::Router;
use kernel::auth::CurrentUser;
use kernel::extract::Path;
use kernel::json::Json;
use kernel::AppResult;

use crate::family::{self, Settings};
use crate::state::KidsState;

pub fn router() -> Router<KidsState> {
    Router::new()
        .route(
            "/api/v1/smartkids/children/{child}/settings",
            get(get_settings).put(put_settings),
        )
        .route("/api/v1/smartkids/children/{child}/readings", get(readings))
        .route(
            "/api/v1/smartkids/stories/{story_id}/approve",
            post(approve),
        )
        .route("/api/v1/smartkids/stories/{story_id}/reject", post(reject))
}

async fn get_settings(
    State(s): State<KidsState>,
    user: CurrentUser,
    Path(child): Path<String>,
) -> AppResult<impl IntoResponse> {
    let child = family::own_child(&s.app, &user, &child).await?;
    Ok(Json(family::settings(&s.app, child.id).await?))
}

async fn put_settings(
    State(s): State<KidsState>,
    user: CurrentUser,
    Path(child): Path<String>,
    Json(input): Json<Settings>,
) -> AppResult<impl IntoResponse> {
    let child = family::own_child(&s.app, &user, &child).await?;
    family::save(&s.app, &user, child.id, &input).await?;
    Ok(Json(input))
}

async fn readings(
    State(s): State<KidsState>,
    user: CurrentUser,
    Path(child): Path<String>,
) -> AppResult<impl IntoResponse> {
    let child = family::own_child(&s.app, &user, &child).await?;
    Ok(Json(
        serde_json::json!({"readings": family::readings(&s.app, child.id).await?}),
    ))
}

async fn approve(
    State(s): State<KidsState>,
    user: CurrentUser,
    Path(story_id): Path<i64>,
) -> AppResult<impl IntoResponse> {
    family::decide(&s.app, &user, story_id, true).await?;
    Ok(StatusCode::NO_CONTENT)
}

async fn reject(
    State(s): State<KidsState>,
    user: CurrentUser,
    Path(story_id): Path<i64>,
) -> AppResult<impl IntoResponse> {
    family::decide(&s.app, &user, story_id, false).await?;
    Ok(StatusCode::NO_CONTENT)
}
