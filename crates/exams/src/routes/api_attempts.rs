//! Taking a test: start or resume, autosave answers, submit.

use crate::state::ExamsState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::routing::{get, post, put};
use axum::Router;
use kernel::auth::CurrentUser;
use kernel::extract::Path;
use kernel::json::Json;
use kernel::{AppResult, AppState};

use crate::service::attempts::{self, AnswerInput};

pub fn router() -> Router<ExamsState> {
    Router::new()
        .route("/api/v1/exams/assignments/{id}/attempts", post(start))
        .route("/api/v1/exams/attempts/{id}", get(show))
        .route(
            "/api/v1/exams/attempts/{id}/answers/{question_id}",
            put(answer),
        )
        .route("/api/v1/exams/attempts/{id}/submit", post(submit))
}

async fn start(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> AppResult<impl IntoResponse> {
    Ok(Json(attempts::start(&state, &user, id).await?))
}

async fn show(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> AppResult<impl IntoResponse> {
    Ok(Json(attempts::view(&state, &user, id).await?))
}

async fn answer(
    State(state): State<AppState>,
    user: CurrentUser,
    Path((id, qid)): Path<(i64, i64)>,
    Json(input): Json<AnswerInput>,
) -> AppResult<StatusCode> {
    attempts::answer(&state, &user, id, qid, &input).await?;
    Ok(StatusCode::NO_CONTENT)
}

async fn submit(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> AppResult<impl IntoResponse> {
    let id = attempts::submit(&state, &user, id).await?;
    Ok(Json(
        serde_json::json!({ "attempt_id": id, "submitted": true }),
    ))
}
