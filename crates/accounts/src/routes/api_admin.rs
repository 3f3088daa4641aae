//! `/api/v1/admin/*`: users, approvals, roles, blocking, password resets, the audit log.
//!
//! Also the two extractors the admin pages share: [`Staff`] and [`Admin`]. They run before
//! any body is read, so a caller without the role gets 403 whatever they sent.

use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Request, State};
use axum::http::header::CONTENT_TYPE;
use axum::http::request::Parts;
use axum::response::IntoResponse;
use axum::routing::{get, post};
use axum::Router;
use kernel::auth::{AccountStatus, CurrentUser, Principal};
use kernel::extract::{Path, Query};
use kernel::json::Json;
use kernel::{AppError, AppResult, AppState};
use serde::de::DeserializeOwned;
use serde_json::json;

use crate::service::admin::{
    self, AuditQuery, DecisionRequest, PasswordRequest, RoleRequest, UsersQuery,
};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/admin/overview", get(overview))
        .route("/api/v1/admin/users", get(list_users))
        .route("/api/v1/admin/users/{id}", get(user_detail))
        .route("/api/v1/admin/users/{id}/approve", post(approve))
        .route("/api/v1/admin/users/{id}/reject", post(reject))
        .route("/api/v1/admin/users/{id}/role", post(change_role))
        .route("/api/v1/admin/users/{id}/block", post(block))
        .route("/api/v1/admin/users/{id}/unblock", post(unblock))
        .route("/api/v1/admin/users/{id}/password", post(reset_password))
        .route("/api/v1/admin/audit", get(audit_log))
}

/// The caller, when they are platform staff (administrator or moderator); 403 otherwise.
pub struct Staff(pub Principal);

impl<S: Send + Sync> FromRequestParts<S> for Staff {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, AppError> {
        let CurrentUser(who) = CurrentUser::from_request_parts(parts, state).await?;
        admin::require_staff(&who)?;
        Ok(Self(who))
    }
}

/// The caller, when they are an administrator; 403 otherwise.
pub struct Admin(pub Principal);

impl<S: Send + Sync> FromRequestParts<S> for Admin {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, AppError> {
        let CurrentUser(who) = CurrentUser::from_request_parts(parts, state).await?;
        admin::require_admin(&who)?;
        Ok(Self(who))
    }
}

/// A JSON body that may be left out entirely (then `T::default()`); a body that is sent must
/// be JSON of the right shape, as with [`Json`].
pub struct OptionalJson<T>(pub T);

impl<T: DeserializeOwned + Default, S: Send + Sync> FromRequest<S> for OptionalJson<T> {
    type Rejection = AppError;

    async fn from_request(req: Request, state: &S) -> Result<Self, AppError> {
        if req.headers().contains_key(CONTENT_TYPE) {
            return Json::<T>::from_request(req, state)
                .await
                .map(|Json(v)| Self(v));
        }
        let bytes = Bytes::from_request(req, state)
            .await
            .map_err(|_| AppError::bad_request("malformed_json"))?;
        if bytes.iter().all(u8::is_ascii_whitespace) {
            Ok(Self(T::default()))
        } else {
            Err(AppError::bad_request("unsupported_media_type"))
        }
    }
}

async fn overview(
    State(state): State<AppState>,
    Staff(who): Staff,
) -> AppResult<impl IntoResponse> {
    Ok(Json(admin::overview(&state, &who).await?))
}

async fn list_users(
    State(state): State<AppState>,
    Staff(who): Staff,
    Query(q): Query<UsersQuery>,
) -> AppResult<impl IntoResponse> {
    let body = admin::list_users_json(&state, &who, &q).await?;
    Ok(([(CONTENT_TYPE, "application/json")], body))
}

async fn user_detail(
    State(state): State<AppState>,
    Staff(who): Staff,
    Path(id): Path<String>,
) -> AppResult<impl IntoResponse> {
    Ok(Json(admin::user_detail(&state, &who, &id).await?))
}

async fn approve(
    State(state): State<AppState>,
    Staff(who): Staff,
    Path(id): Path<String>,
    OptionalJson(req): OptionalJson<DecisionRequest>,
) -> AppResult<impl IntoResponse> {
    let user = admin::decide(&state, &who, &id, &req, AccountStatus::Active).await?;
    Ok(Json(json!({ "user": user })))
}

async fn reject(
    State(state): State<AppState>,
    Staff(who): Staff,
    Path(id): Path<String>,
    OptionalJson(req): OptionalJson<DecisionRequest>,
) -> AppResult<impl IntoResponse> {
    let user = admin::decide(&state, &who, &id, &req, AccountStatus::Rejected).await?;
    Ok(Json(json!({ "user": user })))
}

async fn change_role(
    State(state): State<AppState>,
    Admin(who): Admin,
    Path(id): Path<String>,
    Json(req): Json<RoleRequest>,
) -> AppResult<impl IntoResponse> {
    let user = admin::change_role(&state, &who, &id, &req).await?;
    Ok(Json(json!({ "user": user })))
}

async fn block(
    State(state): State<AppState>,
    Admin(who): Admin,
    Path(id): Path<String>,
) -> AppResult<impl IntoResponse> {
    let user = admin::block(&state, &who, &id).await?;
    Ok(Json(json!({ "user": user })))
}

async fn unblock(
    State(state): State<AppState>,
    Admin(who): Admin,
    Path(id): Path<String>,
) -> AppResult<impl IntoResponse> {
    let user = admin::unblock(&state, &who, &id).await?;
    Ok(Json(json!({ "user": user })))
}

async fn reset_password(
    State(state): State<AppState>,
    Admin(who): Admin,
    Path(id): Path<String>,
    OptionalJson(req): OptionalJson<PasswordRequest>,
) -> AppResult<impl IntoResponse> {
    Ok(Json(admin::reset_password(&state, &who, &id, &req).await?))
}

async fn audit_log(
    State(state): State<AppState>,
    Staff(who): Staff,
    Query(q): Query<AuditQuery>,
) -> AppResult<impl IntoResponse> {
    Ok(Json(admin::audit_log(&state, &who, &q).await?))
}
