//! `/api/v1/orgs/…` for joining by consent: invitations (sent, received, answered, withdrawn),
//! an organisation's join code, and teachers' requests to join.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::routing::{delete, get, post};
use axum::Router;
use kernel::auth::CurrentUser;
use kernel::extract::Path;
use kernel::json::Json;
use kernel::ratelimit::ClientIp;
use kernel::{AppResult, AppState};
use serde_json::json;

use super::api_orgs::org_id;
use crate::service::org_invitations;
use crate::service::org_requests::{self, JoinOrgRequest};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/orgs/invitations", get(received))
        .route(
            "/api/v1/orgs/invitations/{invitation_id}/accept",
            post(accept),
        )
        .route(
            "/api/v1/orgs/invitations/{invitation_id}/decline",
            post(decline),
        )
        .route("/api/v1/orgs/{id}/invitations", get(sent))
        .route(
            "/api/v1/orgs/{id}/invitations/{invitation_id}",
            delete(withdraw),
        )
        .route("/api/v1/orgs/join", post(ask_to_join))
        .route("/api/v1/orgs/join-requests", get(my_requests))
        .route(
            "/api/v1/orgs/{id}/join-code",
            get(join_code).post(new_join_code),
        )
        .route("/api/v1/orgs/{id}/join-requests", get(org_requests))
        .route(
            "/api/v1/orgs/{id}/join-requests/{request_id}/approve",
            post(approve_request),
        )
        .route(
            "/api/v1/orgs/{id}/join-requests/{request_id}/reject",
            post(reject_request),
        )
}

async fn received(
    State(state): State<AppState>,
    user: CurrentUser,
) -> AppResult<impl IntoResponse> {
    let invitations = org_invitations::received(&state, &user).await?;
    Ok(Json(json!({ "invitations": invitations })))
}

async fn accept(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(inv): Path<String>,
) -> AppResult<impl IntoResponse> {
    let org = org_invitations::answer(&state, &user, org_id(&inv)?, true).await?;
    Ok(Json(json!({ "org": org })))
}

async fn decline(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(inv): Path<String>,
) -> AppResult<StatusCode> {
    org_invitations::answer(&state, &user, org_id(&inv)?, false).await?;
    Ok(StatusCode::NO_CONTENT)
}

async fn sent(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> AppResult<impl IntoResponse> {
    let invitations = org_invitations::sent(&state, &user, org_id(&id)?).await?;
    Ok(Json(json!({ "invitations": invitations })))
}

async fn withdraw(
    State(state): State<AppState>,
    user: CurrentUser,
    Path((id, inv)): Path<(String, String)>,
) -> AppResult<StatusCode> {
    org_invitations::withdraw(&state, &user, org_id(&id)?, org_id(&inv)?).await?;
    Ok(StatusCode::NO_CONTENT)
}

async fn ask_to_join(
    State(state): State<AppState>,
    user: CurrentUser,
    ClientIp(ip): ClientIp,
    Json(req): Json<JoinOrgRequest>,
) -> AppResult<impl IntoResponse> {
    let request = org_requests::ask_to_join(&state, &user, &ip, &req).await?;
    Ok((StatusCode::CREATED, Json(json!({ "request": request }))))
}

async fn my_requests(
    State(state): State<AppState>,
    user: CurrentUser,
) -> AppResult<impl IntoResponse> {
    Ok(Json(
        json!({ "requests": org_requests::mine(&state, &user).await? }),
    ))
}

async fn join_code(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> AppResult<impl IntoResponse> {
    let code = org_requests::join_code(&state, &user, org_id(&id)?).await?;
    Ok(Json(json!({ "code": code })))
}

async fn new_join_code(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> AppResult<impl IntoResponse> {
    let code = org_requests::new_join_code(&state, &user, org_id(&id)?).await?;
    Ok(Json(json!({ "code": code })))
}

async fn org_requests(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> AppResult<impl IntoResponse> {
    let requests = org_requests::for_org(&state, &user, org_id(&id)?).await?;
    Ok(Json(json!({ "requests": requests })))
}

async fn approve_request(
    State(state): State<AppState>,
    user: CurrentUser,
    Path((id, req)): Path<(String, String)>,
) -> AppResult<StatusCode> {
    org_requests::answer(&state, &user, org_id(&id)?, org_id(&req)?, true).await?;
    Ok(StatusCode::NO_CONTENT)
}

async fn reject_request(
    State(state): State<AppState>,
    user: CurrentUser,
    Path((id, req)): Path<(String, String)>,
) -> AppResult<StatusCode> {
    org_requests::answer(&state, &user, org_id(&id)?, org_id(&req)?, false).await?;
    Ok(StatusCode::NO_CONTENT)
}
