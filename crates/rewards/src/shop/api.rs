//! `GET /api/v1/coins/shop`, `POST /api/v1/coins/shop/{item}/buy` and `…/use`.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::routing::{get, post};
use axum::Router;
use kernel::auth::CurrentUser;
use kernel::extract::Path;
use kernel::i18n::{Lang, Tr};
use kernel::json::Json;
use kernel::{AppResult, AppState};

use super::service;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/coins/shop", get(show_shop))
        .route("/api/v1/coins/shop/{item}/buy", post(buy_item))
        .route("/api/v1/coins/shop/{item}/use", post(use_item))
}

async fn show_shop(
    State(state): State<AppState>,
    user: CurrentUser,
    lang: Lang,
) -> AppResult<impl IntoResponse> {
    let tr = Tr::new(state.i18n.clone(), lang);
    Ok(Json(service::view(&state, &user, &tr).await?))
}

async fn buy_item(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(item): Path<String>,
) -> AppResult<impl IntoResponse> {
    let bought = service::buy(&state, &user, &item).await?;
    Ok((StatusCode::CREATED, Json(bought)))
}

async fn use_item(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(item): Path<String>,
) -> AppResult<StatusCode> {
    service::use_item(&state, &user, &item).await?;
    Ok(StatusCode::NO_CONTENT)
}
