//! `/api/v1/classes/{class_id}/students/{id}/…`: the class teacher helps a student sign in
//! (login cards, a new password, a picture password).

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::routing::{delete, post};
use axum::Router;
use kernel::auth::CurrentUser;
use kernel::extract::Path;
use kernel::json::Json;
use kernel::{AppResult, AppState};

use super::api_classes::class_id;
use crate::service::child_access::teachers_student;
use crate::service::child_password::{self, ChildPasswordRequest};
use crate::service::login_cards;
use crate::service::picture_password::{self, PicturePasswordRequest};

pub fn router() -> Router<AppState> {
    Router::new()
        .route(
            "/api/v1/classes/{class_id}/students/{id}/login-cards",
            post(create_card),
        )
        .route(
            "/api/v1/classes/{class_id}/students/{id}/login-cards/{card_id}",
            delete(revoke_card),
        )
        .route(
            "/api/v1/classes/{class_id}/students/{id}/password",
            post(set_password),
        )
        .route(
            "/api/v1/classes/{class_id}/students/{id}/picture-password",
            post(set_pictures),
        )
}

async fn create_card(
    State(state): State<AppState>,
    user: CurrentUser,
    Path((class, id)): Path<(String, String)>,
) -> AppResult<impl IntoResponse> {
    let student = teachers_student(&state, &user, class_id(&class)?, &id).await?;
    let card = login_cards::create(&state, &user, &student).await?;
    Ok((StatusCode::CREATED, Json(card)))
}

async fn revoke_card(
    State(state): State<AppState>,
    user: CurrentUser,
    Path((class, id, card_id)): Path<(String, String, String)>,
) -> AppResult<StatusCode> {
    let student = teachers_student(&state, &user, class_id(&class)?, &id).await?;
    login_cards::revoke(&state, &student, class_id(&card_id)?).await?;
    Ok(StatusCode::NO_CONTENT)
}

async fn set_password(
    State(state): State<AppState>,
    user: CurrentUser,
    Path((class, id)): Path<(String, String)>,
    Json(req): Json<ChildPasswordRequest>,
) -> AppResult<StatusCode> {
    let student = teachers_student(&state, &user, class_id(&class)?, &id).await?;
    child_password::set_for(&state, &user, &student, &req).await?;
    Ok(StatusCode::NO_CONTENT)
}

async fn set_pictures(
    State(state): State<AppState>,
    user: CurrentUser,
    Path((class, id)): Path<(String, String)>,
    Json(req): Json<PicturePasswordRequest>,
) -> AppResult<StatusCode> {
    let student = teachers_student(&state, &user, class_id(&class)?, &id).await?;
    picture_password::set(&state, &user, &student, &req).await?;
    Ok(StatusCode::NO_CONTENT)
}
