//! `/api/v1/classes/*`: create and manage classes, join and leave them.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::routing::{delete, get, post};
use axum::Router;
use kernel::auth::CurrentUser;
use kernel::extract::Path;
use kernel::json::Json;
use kernel::ratelimit::ClientIp;
use kernel::{AppError, AppResult, AppState};
use serde_json::json;

use crate::service::classes::{self, CreateClassRequest, JoinRequest, UpdateClassRequest};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/classes", get(list_classes).post(create_class))
        .route("/api/v1/classes/join", post(join_class))
        .route("/api/v1/classes/{id}", get(show_class).patch(update_class))
        .route("/api/v1/classes/{id}/code", post(new_code))
        .route("/api/v1/classes/{id}/leave", post(leave_class))
        .route(
            "/api/v1/classes/{id}/students/{student_id}",
            delete(remove_student),
        )
}

/// A class id from the path; anything but a number is a class that does not exist.
pub fn class_id(raw: &str) -> AppResult<i64> {
    raw.parse().map_err(|_| AppError::not_found())
}

async fn create_class(
    State(state): State<AppState>,
    user: CurrentUser,
    Json(req): Json<CreateClassRequest>,
) -> AppResult<impl IntoResponse> {
    let class = classes::create(&state, &user, &req).await?;
    Ok((StatusCode::CREATED, Json(json!({ "class": class }))))
}

async fn list_classes(
    State(state): State<AppState>,
    user: CurrentUser,
) -> AppResult<impl IntoResponse> {
    let list = classes::list(&state, &user).await?;
    Ok(Json(json!({ "classes": list })))
}

async fn show_class(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> AppResult<impl IntoResponse> {
    let d = classes::detail(&state, &user, class_id(&id)?).await?;
    Ok(Json(match d.students {
        Some(students) => json!({ "class": d.class, "students": students }),
        None => json!({ "class": d.class }),
    }))
}

async fn update_class(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    Json(req): Json<UpdateClassRequest>,
) -> AppResult<impl IntoResponse> {
    let class = classes::update(&state, &user, class_id(&id)?, &req).await?;
    Ok(Json(json!({ "class": class })))
}

async fn new_code(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> AppResult<impl IntoResponse> {
    let class = classes::new_code(&state, &user, class_id(&id)?).await?;
    Ok(Json(json!({ "class": class })))
}

async fn remove_student(
    State(state): State<AppState>,
    user: CurrentUser,
    Path((id, student_id)): Path<(String, String)>,
) -> AppResult<StatusCode> {
    classes::remove_student(&state, &user, class_id(&id)?, &student_id).await?;
    Ok(StatusCode::NO_CONTENT)
}

async fn join_class(
    State(state): State<AppState>,
    user: CurrentUser,
    ClientIp(ip): ClientIp,
    Json(req): Json<JoinRequest>,
) -> AppResult<impl IntoResponse> {
    let class = classes::join(&state, &user, &ip, &req).await?;
    Ok(Json(json!({ "class": class })))
}

async fn leave_class(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> AppResult<StatusCode> {
    classes::leave(&state, &user, class_id(&id)?).await?;
    Ok(StatusCode::NO_CONTENT)
}
