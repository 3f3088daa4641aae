//! A child's readings through the API: start one, finish it with the quiz's answers.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::routing::post;
use axum::Router;
use kernel::auth::{CurrentUser, MaybeUser};
use kernel::extract::Path;
use kernel::json::Json;
use kernel::AppResult;

use crate::reading::{self, FinishInput};
use crate::state::KidsState;
use crate::stories;

pub fn router() -> Router<KidsState> {
    Router::new()
        .route("/api/v1/smartkids/stories/{story_id}/readings", post(start))
        .route(
            "/api/v1/smartkids/readings/{reading_id}/finish",
            post(finish),
        )
        .route("/api/v1/smartkids/stories/{story_id}/check", post(check))
}

async fn start(
    State(s): State<KidsState>,
    user: CurrentUser,
    Path(story_id): Path<i64>,
) -> AppResult<impl IntoResponse> {
    stories::ensure_library(&s.app, &s.library).await?;
    let started = reading::start(&s.app, &user, story_id).await?;
    Ok((StatusCode::CREATED, Json(started)))
}

async fn finish(
    State(s): State<KidsState>,
    user: CurrentUser,
    Path(reading_id): Path<i64>,
    Json(input): Json<FinishInput>,
) -> AppResult<impl IntoResponse> {
    Ok(Json(
        reading::finish(&s.app, s.llm.as_deref(), &user, reading_id, input).await?,
    ))
}

async fn check(
    State(s): State<KidsState>,
    MaybeUser(who): MaybeUser,
    Path(story_id): Path<i64>,
    Json(input): Json<FinishInput>,
) -> AppResult<impl IntoResponse> {
    let (_, body) = stories::open(&s.app, &s.library, who.as_ref(), story_id).await?;
    Ok(Json(reading::check(s.llm.as_deref(), &body, &input).await?))
}
