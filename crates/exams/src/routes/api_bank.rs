//! `/api/v1/exams/questions` (a teacher's bank) and question pictures.

use crate::state::ExamsState;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::IntoResponse;
use axum::routing::{get, post};
use axum::Router;
use kernel::auth::CurrentUser;
use kernel::extract::{Path, Query};
use kernel::json::Json;
use kernel::{AppResult, AppState};
use serde::Deserialize;

use crate::service::bank::{self, QuestionInput};
use crate::store::questions::BankFilter;

pub fn router() -> Router<ExamsState> {
    Router::new()
        .route("/api/v1/exams/questions", get(list).post(create))
        .route(
            "/api/v1/exams/questions/{id}",
            get(show).put(update).delete(remove),
        )
        .route("/api/v1/exams/images", post(upload))
        .route("/exams/images/{id}/{token}", get(image))
}

#[derive(Deserialize)]
struct FilterQuery {
    subject: Option<String>,
    grade: Option<i64>,
    topic: Option<String>,
    language: Option<String>,
    status: Option<String>,
}

async fn list(
    State(state): State<AppState>,
    user: CurrentUser,
    Query(q): Query<FilterQuery>,
) -> AppResult<impl IntoResponse> {
    let filter = BankFilter {
        subject: q.subject,
        grade: q.grade,
        topic: q.topic,
        language: q.language,
        status: q.status,
    };
    Ok(Json(
        serde_json::json!({ "questions": bank::list(&state, &user, &filter).await? }),
    ))
}

async fn create(
    State(state): State<AppState>,
    user: CurrentUser,
    Json(input): Json<QuestionInput>,
) -> AppResult<impl IntoResponse> {
    Ok((
        StatusCode::CREATED,
        Json(bank::create(&state, &user, &input).await?),
    ))
}

async fn show(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> AppResult<impl IntoResponse> {
    Ok(Json(bank::get(&state, &user, id).await?))
}

async fn update(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<i64>,
    Json(input): Json<QuestionInput>,
) -> AppResult<impl IntoResponse> {
    Ok(Json(bank::update(&state, &user, id, &input).await?))
}

async fn remove(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> AppResult<StatusCode> {
    bank::delete(&state, &user, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The raw image as the body (`image/png`, `image/jpeg`, `image/webp`, `image/gif`), checked by
/// its first bytes, at most 512 KB.
async fn upload(
    State(state): State<AppState>,
    user: CurrentUser,
    body: Bytes,
) -> AppResult<impl IntoResponse> {
    let (id, url) = bank::upload_image(&state, &user, &body).await?;
    Ok((
        StatusCode::CREATED,
        Json(serde_json::json!({ "id": id, "url": url })),
    ))
}

async fn image(
    State(state): State<AppState>,
    Path((id, token)): Path<(i64, String)>,
) -> AppResult<impl IntoResponse> {
    let (mime, bytes) = bank::image(&state, id, &token).await?;
    Ok((
        [
            (header::CONTENT_TYPE, mime),
            (header::CACHE_CONTROL, "private, max-age=86400".to_string()),
        ],
        bytes,
    ))
}
