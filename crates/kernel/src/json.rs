//! A JSON body extractor whose failures speak our error envelope.

use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum::http::header::CONTENT_TYPE;
use axum::response::{IntoResponse, Response};
use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::error::AppError;

/// Like `axum::Json`, but a missing content type, malformed JSON or a wrong field type is a
/// 400 in the error envelope (`unsupported_media_type` or `malformed_json`).
pub struct Json<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for Json<T> {
    type Rejection = AppError;

    async fn from_request(req: Request, state: &S) -> Result<Self, AppError> {
        let is_json = req
            .headers()
            .get(CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| {
                v.split(';')
                    .next()
                    .is_some_and(|m| m.trim().ends_with("json"))
            });
        if !is_json {
            return Err(AppError::bad_request("unsupported_media_type"));
        }
        let bytes = Bytes::from_request(req, state).await.map_err(|_| {
            AppError::new(axum::http::StatusCode::PAYLOAD_TOO_LARGE, "body_too_large")
        })?;
        serde_json::from_slice(&bytes)
            .map(Json)
            .map_err(|e| AppError::bad_request("malformed_json").arg("detail", e.to_string()))
    }
}

impl<T: Serialize> IntoResponse for Json<T> {
    fn into_response(self) -> Response {
        axum::Json(self.0).into_response()
    }
}
