//! `/api/v1/auth/*`: register, login, refresh, logout, me.

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::IntoResponse;
use axum::routing::{get, post};
use axum::Router;
use kernel::auth::CurrentUser;
use kernel::cookies::user_agent;
use kernel::i18n::Lang;
use kernel::json::Json;
use kernel::ratelimit::ClientIp;
use kernel::{AppError, AppResult, AppState};
use serde::Deserialize;

use crate::service::login::{self, LoginRequest};
use crate::service::register::{self, RegisterRequest};
use crate::service::tokens;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/auth/register", post(register_user))
        .route("/api/v1/auth/login", post(login_user))
        .route("/api/v1/auth/refresh", post(refresh_tokens))
        .route("/api/v1/auth/logout", post(logout))
        .route("/api/v1/auth/logout-all", post(logout_all))
        .route("/api/v1/auth/me", get(me))
}

async fn register_user(
    State(state): State<AppState>,
    lang: Lang,
    ClientIp(ip): ClientIp,
    headers: HeaderMap,
    Json(req): Json<RegisterRequest>,
) -> AppResult<impl IntoResponse> {
    let session = register::register(&state, &req, lang, &ip, &user_agent(&headers)).await?;
    Ok((StatusCode::CREATED, Json(session)))
}

async fn login_user(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    headers: HeaderMap,
    Json(req): Json<LoginRequest>,
) -> AppResult<impl IntoResponse> {
    Ok(Json(
        login::login(&state, &req, &ip, &user_agent(&headers)).await?,
    ))
}

#[derive(Deserialize)]
struct RefreshRequest {
    refresh_token: Option<String>,
}

async fn refresh_tokens(
    State(state): State<AppState>,
    Json(req): Json<RefreshRequest>,
) -> AppResult<impl IntoResponse> {
    let token = req.refresh_token.unwrap_or_default();
    if token.is_empty() {
        return Err(AppError::field("refresh_token", "field-required"));
    }
    let Some((principal, pair)) = tokens::rotate(
        &state.db,
        crate::service::auth_cache::of(&state),
        &token,
        state.now_ms(),
    )
    .await?
    else {
        return Err(AppError::unauthorized().with_code("invalid_refresh_token"));
    };
    let user = login::me(&state, &principal).await?;
    Ok(Json(register::SessionResponse {
        user,
        tokens: pair,
        device_token: None,
    }))
}

async fn logout(State(state): State<AppState>, user: CurrentUser) -> AppResult<StatusCode> {
    tokens::end_session(&state, user.session_id).await?;
    Ok(StatusCode::NO_CONTENT)
}

async fn logout_all(State(state): State<AppState>, user: CurrentUser) -> AppResult<StatusCode> {
    tokens::end_all_sessions(&state, user.id).await?;
    Ok(StatusCode::NO_CONTENT)
}

async fn me(State(state): State<AppState>, user: CurrentUser) -> AppResult<impl IntoResponse> {
    Ok(Json(
        serde_json::json!({ "user": login::me(&state, &user).await? }),
    ))
}
