//! `/api/v1/family/*`: a parent's children (create, list, read, link, unlink, set a new
//! password, delete the account) and a child's link code.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::routing::{get, post};
use axum::Router;
use kernel::auth::CurrentUser;
use kernel::extract::Path;
use kernel::json::Json;
use kernel::ratelimit::ClientIp;
use kernel::{AppResult, AppState};
use serde_json::json;

use crate::service::child_password::{self, ChildPasswordRequest};
use crate::service::delete_child::{self, DeleteChildRequest};
use crate::service::family::{self, CreateChildRequest, LinkRequest};

pub fn router() -> Router<AppState> {
    Router::new()
        .route(
            "/api/v1/family/children",
            get(list_children).post(create_child),
        )
        .route(
            "/api/v1/family/children/{id}",
            get(get_child).delete(delete_child),
        )
        .route("/api/v1/family/children/{id}/unlink", post(unlink_child))
        .route(
            "/api/v1/family/children/{id}/password",
            post(set_child_password),
        )
        .route("/api/v1/family/link", post(link_child))
        .route("/api/v1/family/link-code", post(new_link_code))
}

async fn create_child(
    State(state): State<AppState>,
    user: CurrentUser,
    Json(req): Json<CreateChildRequest>,
) -> AppResult<impl IntoResponse> {
    let child = family::create_child(&state, &user, &req).await?;
    Ok((StatusCode::CREATED, Json(json!({ "child": child }))))
}

async fn set_child_password(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    Json(req): Json<ChildPasswordRequest>,
) -> AppResult<impl IntoResponse> {
    child_password::reset(&state, &user, &id, &req).await?;
    Ok(StatusCode::NO_CONTENT)
}

async fn list_children(
    State(state): State<AppState>,
    user: CurrentUser,
) -> AppResult<impl IntoResponse> {
    let children = family::list_children(&state, &user).await?;
    Ok(Json(json!({ "children": children })))
}

async fn get_child(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> AppResult<impl IntoResponse> {
    let child = family::get_child(&state, &user, &id).await?;
    Ok(Json(json!({ "child": child })))
}

async fn unlink_child(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> AppResult<StatusCode> {
    family::unlink_child(&state, &user, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Deletes the account itself; the API takes the parent's password only (the page also asks
/// for the child's name).
async fn delete_child(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    Json(req): Json<DeleteChildRequest>,
) -> AppResult<StatusCode> {
    delete_child::delete(&state, &user, &id, &req, false).await?;
    Ok(StatusCode::NO_CONTENT)
}

async fn link_child(
    State(state): State<AppState>,
    user: CurrentUser,
    ClientIp(ip): ClientIp,
    Json(req): Json<LinkRequest>,
) -> AppResult<impl IntoResponse> {
    let child = family::link_child(&state, &user, &req, &ip).await?;
    Ok(Json(json!({ "child": child })))
}

async fn new_link_code(
    State(state): State<AppState>,
    user: CurrentUser,
) -> AppResult<impl IntoResponse> {
    let code = family::new_link_code(&state, &user).await?;
    Ok((StatusCode::CREATED, Json(code)))
}
