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

/// Checks one caller may ask for in an hour (each may cost two LLM calls).
const CHECKS_PER_HOUR: kernel::ratelimit::Limit = kernel::ratelimit::Limit {
    max: 120,
    window_s: 3600,
};

async fn check(
    State(s): State<KidsState>,
    MaybeUser(who): MaybeUser,
    kernel::ratelimit::ClientIp(ip): kernel::ratelimit::ClientIp,
    Path(story_id): Path<i64>,
    Json(input): Json<FinishInput>,
) -> AppResult<impl IntoResponse> {
    let key = match &who {
        Some(p) => format!("kids.check:{}", p.id),
        None => format!("kids.check:ip:{ip}"),
    };
    s.app
        .limiter
        .hit(&key, CHECKS_PER_HOUR, s.app.now_ms())
        .await?;
    let (_, body) = stories::open(&s.app, &s.library, who.as_ref(), story_id).await?;
    // Visitors' free answers are judged by key words only: the LLM is for signed-in people.
    let llm = s.llm.as_deref().filter(|_| who.is_some());
    Ok(Json(reading::check(llm, &body, &input).await?))
}
