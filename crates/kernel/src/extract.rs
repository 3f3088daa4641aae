//! Path and query extractors whose failures are our [`AppError`], so a bad id or a bad query
//! string is answered in the route's own format (the JSON envelope or an HTML page) and in the
//! user's language, never as axum's plain text.

use axum::extract::{FromRequestParts, OptionalFromRequestParts};
use axum::http::request::Parts;
use serde::de::DeserializeOwned;

use crate::error::AppError;

/// Like `axum::extract::Path`; a segment that does not parse is a 400 `bad_path` naming it.
#[derive(Debug)]
pub struct Path<T>(pub T);

impl<T, S> FromRequestParts<S> for Path<T>
where
    T: DeserializeOwned + Send,
    S: Send + Sync,
{
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, AppError> {
        use axum::extract::path::ErrorKind;
        use axum::extract::rejection::PathRejection;
        match <axum::extract::Path<T> as FromRequestParts<S>>::from_request_parts(parts, state)
            .await
        {
            Ok(axum::extract::Path(v)) => Ok(Path(v)),
            Err(PathRejection::FailedToDeserializePathParams(e)) => {
                let name = match e.kind() {
                    ErrorKind::ParseErrorAtKey { key, .. }
                    | ErrorKind::InvalidUtf8InPathParam { key } => key.clone(),
                    _ => "id".to_string(),
                };
                Err(AppError::bad_request("bad_path").arg("name", name))
            }
            Err(e) => Err(AppError::internal(anyhow::anyhow!("path extraction: {e}"))),
        }
    }
}

/// Like `axum::extract::Query`; a query string that does not fit is a 400 `bad_query`.
#[derive(Debug, Default)]
pub struct Query<T>(pub T);

impl<T, S> FromRequestParts<S> for Query<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, AppError> {
        parse(&parts.uri).map(Query)
    }
}

impl<T, S> OptionalFromRequestParts<S> for Query<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Option<Self>, AppError> {
        match parts.uri.query() {
            Some(_) => parse(&parts.uri).map(|v| Some(Query(v))),
            None => Ok(None),
        }
    }
}

fn parse<T: DeserializeOwned>(uri: &axum::http::Uri) -> Result<T, AppError> {
    axum::extract::Query::<T>::try_from_uri(uri)
        .map(|axum::extract::Query(v)| v)
        .map_err(|e| {
            let detail = std::error::Error::source(&e)
                .map(|s| s.to_string())
                .unwrap_or_else(|| e.to_string());
            AppError::bad_request("bad_query").arg("detail", detail)
        })
}
