//! `POST /api/v1/exams/import` (and its preview) and `POST /api/v1/exams/generate`.

use crate::state::ExamsState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::routing::post;
use axum::Router;
use kernel::auth::CurrentUser;
use kernel::i18n::{Lang, Tr};
use kernel::json::Json;
use kernel::{AppResult, AppState};

use crate::service::import::{self, GenerateInput, ImportInput};

pub fn router() -> Router<ExamsState> {
    Router::new()
        .route("/api/v1/exams/import", post(import_test))
        .route("/api/v1/exams/import/preview", post(preview))
        .route("/api/v1/exams/generate", post(generate))
}

async fn import_test(
    State(state): State<AppState>,
    user: CurrentUser,
    lang: Lang,
    Json(input): Json<ImportInput>,
) -> AppResult<impl IntoResponse> {
    let tr = Tr::new(state.i18n.clone(), lang);
    Ok((
        StatusCode::CREATED,
        Json(import::import(&state, &user, &input, &tr).await?),
    ))
}

async fn preview(
    State(state): State<AppState>,
    user: CurrentUser,
    lang: Lang,
    Json(input): Json<ImportInput>,
) -> AppResult<impl IntoResponse> {
    let tr = Tr::new(state.i18n.clone(), lang);
    Ok(Json(import::preview(&user, &input, &tr)?))
}

async fn generate(
    State(exams): State<ExamsState>,
    user: CurrentUser,
    Json(input): Json<GenerateInput>,
) -> AppResult<impl IntoResponse> {
    let items = import::generate(exams.llm.as_deref(), &user, &input).await?;
    Ok(Json(serde_json::json!({ "items": items })))
}
