//! `/api/v1/exams/tests`: tests, their questions, sharing, copying, export; and assignments.

use crate::state::ExamsState;
use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::IntoResponse;
use axum::routing::{delete, get, post};
use axum::Router;
use kernel::auth::CurrentUser;
use kernel::extract::{Path, Query};
use kernel::json::Json;
use kernel::{AppError, AppResult, AppState};
use serde::Deserialize;

use crate::service::assign::{self, AssignInput};
use crate::service::exam_tests::{self, TestInput};

pub fn router() -> Router<ExamsState> {
    Router::new()
        .route("/api/v1/exams/tests", get(list).post(create))
        .route(
            "/api/v1/exams/tests/{id}",
            get(show).patch(update).delete(remove),
        )
        .route("/api/v1/exams/tests/{id}/questions", post(add_questions))
        .route(
            "/api/v1/exams/tests/{id}/questions/{question_id}",
            delete(remove_question),
        )
        .route("/api/v1/exams/tests/{id}/visibility", post(visibility))
        .route("/api/v1/exams/tests/{id}/copy", post(copy))
        .route("/api/v1/exams/tests/{id}/export", get(export))
        .route("/api/v1/exams/moderation", get(pending))
        .route("/api/v1/exams/moderation/{id}", post(moderate))
        .route(
            "/api/v1/exams/assignments",
            get(assignments).post(create_assignment),
        )
}

async fn list(State(state): State<AppState>, user: CurrentUser) -> AppResult<impl IntoResponse> {
    let rows = exam_tests::list(&state, &user).await?;
    let list: Vec<serde_json::Value> = rows
        .iter()
        .map(|t| serde_json::json!({"id": t.id, "title": t.title, "subject": t.subject, "grade": t.grade, "language": t.language, "visibility": t.visibility, "mine": t.owner_id == user.id, "updated_at": t.updated_at}))
        .collect();
    Ok(Json(serde_json::json!({ "tests": list })))
}

async fn create(
    State(state): State<AppState>,
    user: CurrentUser,
    Json(input): Json<TestInput>,
) -> AppResult<impl IntoResponse> {
    Ok((
        StatusCode::CREATED,
        Json(exam_tests::create(&state, &user, &input).await?),
    ))
}

async fn show(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> AppResult<impl IntoResponse> {
    Ok(Json(exam_tests::view(&state, &user, id).await?))
}

async fn update(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<i64>,
    Json(input): Json<TestInput>,
) -> AppResult<impl IntoResponse> {
    Ok(Json(exam_tests::update(&state, &user, id, &input).await?))
}

async fn remove(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> AppResult<StatusCode> {
    exam_tests::delete(&state, &user, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize)]
struct AddQuestions {
    question_ids: Option<Vec<i64>>,
    points: Option<i64>,
}

async fn add_questions(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<i64>,
    Json(body): Json<AddQuestions>,
) -> AppResult<impl IntoResponse> {
    let ids = body.question_ids.unwrap_or_default();
    Ok(Json(
        exam_tests::add_questions(&state, &user, id, &ids, body.points).await?,
    ))
}

async fn remove_question(
    State(state): State<AppState>,
    user: CurrentUser,
    Path((id, qid)): Path<(i64, i64)>,
) -> AppResult<impl IntoResponse> {
    Ok(Json(
        exam_tests::remove_question(&state, &user, id, qid).await?,
    ))
}

#[derive(Deserialize)]
struct Visibility {
    visibility: Option<String>,
    org_id: Option<i64>,
}

async fn visibility(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<i64>,
    Json(body): Json<Visibility>,
) -> AppResult<impl IntoResponse> {
    Ok(Json(
        exam_tests::set_visibility(
            &state,
            &user,
            id,
            body.visibility.as_deref().unwrap_or(""),
            body.org_id,
        )
        .await?,
    ))
}

async fn copy(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> AppResult<impl IntoResponse> {
    Ok((
        StatusCode::CREATED,
        Json(exam_tests::copy(&state, &user, id).await?),
    ))
}

#[derive(Deserialize)]
struct ExportQuery {
    format: Option<String>,
}

async fn export(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<i64>,
    Query(q): Query<ExportQuery>,
) -> AppResult<impl IntoResponse> {
    let test = exam_tests::view(&state, &user, id).await?;
    let questions: Vec<_> = test.questions.into_iter().map(|q| q.question).collect();
    let (text, mime, ext) = match q.format.as_deref().unwrap_or("gift") {
        "gift" => (
            questions::formats::export_gift(&questions),
            "text/plain; charset=utf-8",
            "gift.txt",
        ),
        "csv" => (
            questions::formats::export_csv(&questions),
            "text/csv; charset=utf-8",
            "csv",
        ),
        _ => return Err(AppError::field("format", "field-invalid")),
    };
    let disposition = format!("attachment; filename=\"test-{id}.{ext}\"");
    Ok((
        [
            (header::CONTENT_TYPE, mime.to_string()),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        text,
    ))
}

async fn pending(State(state): State<AppState>, user: CurrentUser) -> AppResult<impl IntoResponse> {
    let rows = exam_tests::pending_public(&state, &user).await?;
    let list: Vec<serde_json::Value> = rows.iter().map(|t| serde_json::json!({"id": t.id, "title": t.title, "subject": t.subject, "grade": t.grade})).collect();
    Ok(Json(serde_json::json!({ "tests": list })))
}

#[derive(Deserialize)]
struct Decision {
    approve: Option<bool>,
}

async fn moderate(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<i64>,
    Json(body): Json<Decision>,
) -> AppResult<StatusCode> {
    let approve = body
        .approve
        .ok_or_else(|| AppError::field("approve", "field-required"))?;
    exam_tests::moderate(&state, &user, id, approve).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize)]
struct ChildQuery {
    child: Option<String>,
}

async fn assignments(
    State(state): State<AppState>,
    user: CurrentUser,
    Query(q): Query<ChildQuery>,
) -> AppResult<impl IntoResponse> {
    Ok(Json(
        serde_json::json!({ "assignments": assign::list(&state, &user, q.child.as_deref()).await? }),
    ))
}

async fn create_assignment(
    State(state): State<AppState>,
    user: CurrentUser,
    Json(input): Json<AssignInput>,
) -> AppResult<impl IntoResponse> {
    Ok((
        StatusCode::CREATED,
        Json(assign::assign(&state, &user, &input).await?),
    ))
}
