//! `/api/v1/orgs/*`: the caller's organisations, their region and district, members (added by
//! invitation), and teacher approval.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::routing::{delete, get, patch, post};
use axum::Router;
use kernel::auth::CurrentUser;
use kernel::extract::Path;
use kernel::json::Json;
use kernel::{AppError, AppResult, AppState};
use serde_json::json;

use crate::service::org_invitations::{self, InviteRequest};
use crate::service::org_region::{self, OrgDetail};
use crate::service::orgs;
use crate::service::regions::PlaceChange;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/orgs/mine", get(my_orgs))
        .route("/api/v1/orgs/{id}", patch(update_org))
        .route(
            "/api/v1/orgs/{id}/members",
            get(list_members).post(add_member),
        )
        .route("/api/v1/orgs/{id}/members/{user_id}", delete(remove_member))
        .route(
            "/api/v1/orgs/{id}/teachers/{user_id}/approve",
            post(approve_teacher),
        )
}

/// An organisation id from the path; anything but a number does not exist.
pub fn org_id(raw: &str) -> AppResult<i64> {
    raw.parse().map_err(|_| AppError::not_found())
}

async fn my_orgs(State(state): State<AppState>, user: CurrentUser) -> AppResult<impl IntoResponse> {
    Ok(Json(json!({ "orgs": orgs::mine(&state, &user).await? })))
}

/// Sets the organisation's region and district (its admins only).
async fn update_org(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    Json(req): Json<PlaceChange>,
) -> AppResult<impl IntoResponse> {
    let org = org_region::set(&state, &user, org_id(&id)?, &req).await?;
    Ok(Json(json!({ "org": org })))
}

async fn list_members(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> AppResult<impl IntoResponse> {
    let m = orgs::members(&state, &user, org_id(&id)?).await?;
    Ok(Json(json!({
        "org": OrgDetail::from(&m.org),
        "members": m.members,
    })))
}

/// Adding a member sends an invitation: the person (or a child's parent) accepts it.
async fn add_member(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    Json(req): Json<InviteRequest>,
) -> AppResult<impl IntoResponse> {
    let invitation = org_invitations::invite(&state, &user, org_id(&id)?, &req).await?;
    Ok((
        StatusCode::CREATED,
        Json(json!({ "invitation": invitation })),
    ))
}

async fn remove_member(
    State(state): State<AppState>,
    user: CurrentUser,
    Path((id, user_id)): Path<(String, String)>,
) -> AppResult<StatusCode> {
    orgs::remove_member(&state, &user, org_id(&id)?, &user_id).await?;
    Ok(StatusCode::NO_CONTENT)
}

async fn approve_teacher(
    State(state): State<AppState>,
    user: CurrentUser,
    Path((id, user_id)): Path<(String, String)>,
) -> AppResult<impl IntoResponse> {
    let member = orgs::approve_teacher(&state, &user, org_id(&id)?, &user_id).await?;
    Ok(Json(json!({ "member": member })))
}
