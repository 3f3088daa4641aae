//! `/api/v1/family/children/{id}/…` sign-in helpers for a parent (login cards, picture
//! password, opening the child's account, notices of guessing), and going back to the parent.

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::IntoResponse;
use axum::routing::{delete, get, post};
use axum::Router;
use kernel::auth::CurrentUser;
use kernel::cookies::user_agent;
use kernel::extract::Path;
use kernel::json::Json;
use kernel::ratelimit::ClientIp;
use kernel::{AppResult, AppState};
use serde::Deserialize;
use serde_json::json;

use super::api_classes::class_id;
use crate::service::child_access::parents_child;
use crate::service::picture_password::{self, PicturePasswordRequest};
use crate::service::register::SessionResponse;
use crate::service::switch_child::{self, Switched};
use crate::service::view::UserView;
use crate::service::{login_cards, signin_alerts};

pub fn router() -> Router<AppState> {
    Router::new()
        .route(
            "/api/v1/family/children/{id}/login-cards",
            get(list_cards).post(create_card),
        )
        .route(
            "/api/v1/family/children/{id}/login-cards/{card_id}",
            delete(revoke_card),
        )
        .route(
            "/api/v1/family/children/{id}/picture-password",
            post(set_pictures).delete(clear_pictures),
        )
        .route("/api/v1/family/children/{id}/session", post(open_child))
        .route(
            "/api/v1/family/children/{id}/signin-alerts",
            delete(dismiss_alerts),
        )
        .route("/api/v1/family/signin-alerts", get(list_alerts))
        .route("/api/v1/auth/back-to-parent", post(back_to_parent))
}

async fn create_card(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> AppResult<impl IntoResponse> {
    let child = parents_child(&state, &user, &id).await?;
    let card = login_cards::create(&state, &user, &child).await?;
    Ok((StatusCode::CREATED, Json(card)))
}

async fn list_cards(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> AppResult<impl IntoResponse> {
    let child = parents_child(&state, &user, &id).await?;
    let cards = login_cards::list(&state, &child).await?;
    Ok(Json(json!({ "cards": cards })))
}

async fn revoke_card(
    State(state): State<AppState>,
    user: CurrentUser,
    Path((id, card_id)): Path<(String, String)>,
) -> AppResult<StatusCode> {
    let child = parents_child(&state, &user, &id).await?;
    login_cards::revoke(&state, &child, class_id(&card_id)?).await?;
    Ok(StatusCode::NO_CONTENT)
}

async fn set_pictures(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    Json(req): Json<PicturePasswordRequest>,
) -> AppResult<StatusCode> {
    let child = parents_child(&state, &user, &id).await?;
    picture_password::set(&state, &user, &child, &req).await?;
    Ok(StatusCode::NO_CONTENT)
}

async fn clear_pictures(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> AppResult<StatusCode> {
    let child = parents_child(&state, &user, &id).await?;
    picture_password::clear(&state, &child).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// A session as the child for an app on the parent's phone; the parent's own session stays.
async fn open_child(
    State(state): State<AppState>,
    user: CurrentUser,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> AppResult<impl IntoResponse> {
    let child = parents_child(&state, &user, &id).await?;
    let s = switch_child::open_child(&state, &user, child, &user_agent(&headers), false).await?;
    Ok((StatusCode::CREATED, Json(session(s))))
}

async fn list_alerts(
    State(state): State<AppState>,
    user: CurrentUser,
) -> AppResult<impl IntoResponse> {
    user.require(&[kernel::auth::Role::Parent])?;
    let alerts = signin_alerts::for_parent(&state, &user).await?;
    Ok(Json(json!({ "alerts": alerts })))
}

async fn dismiss_alerts(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> AppResult<StatusCode> {
    signin_alerts::dismiss(&state, &user, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize)]
struct BackRequest {
    password: Option<String>,
}

async fn back_to_parent(
    State(state): State<AppState>,
    user: CurrentUser,
    ClientIp(ip): ClientIp,
    headers: HeaderMap,
    Json(req): Json<BackRequest>,
) -> AppResult<impl IntoResponse> {
    let password = req.password.unwrap_or_default();
    let s =
        switch_child::back_to_parent(&state, &user, &password, &ip, &user_agent(&headers)).await?;
    Ok(Json(session(s)))
}

fn session(s: Switched) -> SessionResponse {
    SessionResponse {
        user: UserView::from(&s.user),
        tokens: s.tokens,
        device_token: None,
    }
}
