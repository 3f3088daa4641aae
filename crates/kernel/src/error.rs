//! One error type for every handler. It carries a stable snake_case code, a status and
//! field-level problems; the request-context layer renders it in the caller's language, as the
//! JSON envelope under `/api/` and as an HTML page elsewhere. Unknown errors are 500, logged with
//! detail and shown without it.

use std::sync::Arc;

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

pub type AppResult<T> = Result<T, AppError>;

/// A message argument: a name and its value, handed to Fluent.
pub type Arg = (&'static str, String);

/// A problem with one input field; `key` names a Fluent message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: String,
    pub key: std::borrow::Cow<'static, str>,
    pub args: Vec<Arg>,
}

impl FieldError {
    pub fn new(field: impl Into<String>, key: impl Into<std::borrow::Cow<'static, str>>) -> Self {
        Self {
            field: field.into(),
            key: key.into(),
            args: Vec::new(),
        }
    }

    pub fn arg(mut self, name: &'static str, value: impl ToString) -> Self {
        self.args.push((name, value.to_string()));
        self
    }
}

/// Collects field problems so a form reports all of them at once.
#[derive(Debug, Default)]
pub struct Problems(pub Vec<FieldError>);

impl Problems {
    /// The value, or `None` with the problem recorded.
    pub fn take<T>(&mut self, r: Result<T, FieldError>) -> Option<T> {
        match r {
            Ok(v) => Some(v),
            Err(e) => {
                self.0.push(e);
                None
            }
        }
    }

    pub fn push(&mut self, e: FieldError) {
        self.0.push(e);
    }

    /// 422 with every problem, or `Ok` when there were none.
    pub fn finish(self) -> Result<(), AppError> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(AppError::invalid(self.0))
        }
    }
}

#[derive(Debug)]
pub struct AppError {
    pub status: StatusCode,
    /// Stable machine-readable code; the message is the Fluent key `error-<code>`.
    pub code: &'static str,
    pub args: Vec<Arg>,
    pub fields: Vec<FieldError>,
    pub retry_after_s: Option<u64>,
    source: Option<anyhow::Error>,
}

impl AppError {
    pub fn new(status: StatusCode, code: &'static str) -> Self {
        Self {
            status,
            code,
            args: Vec::new(),
            fields: Vec::new(),
            retry_after_s: None,
            source: None,
        }
    }

    pub fn bad_request(code: &'static str) -> Self {
        Self::new(StatusCode::BAD_REQUEST, code)
    }

    /// 422 with the given field problems.
    pub fn invalid(fields: Vec<FieldError>) -> Self {
        Self {
            fields,
            ..Self::new(StatusCode::UNPROCESSABLE_ENTITY, "validation_failed")
        }
    }

    /// 422 for one field.
    pub fn field(field: &str, key: impl Into<std::borrow::Cow<'static, str>>) -> Self {
        Self::invalid(vec![FieldError::new(field.to_string(), key)])
    }

    pub fn unauthorized() -> Self {
        Self::new(StatusCode::UNAUTHORIZED, "unauthorized")
    }

    pub fn forbidden() -> Self {
        Self::new(StatusCode::FORBIDDEN, "forbidden")
    }

    pub fn not_found() -> Self {
        Self::new(StatusCode::NOT_FOUND, "not_found")
    }

    pub fn conflict(code: &'static str) -> Self {
        Self::new(StatusCode::CONFLICT, code)
    }

    pub fn rate_limited(retry_after_s: u64) -> Self {
        Self {
            retry_after_s: Some(retry_after_s),
            ..Self::new(StatusCode::TOO_MANY_REQUESTS, "rate_limited")
        }
        .arg("seconds", retry_after_s)
    }

    pub fn internal(source: impl Into<anyhow::Error>) -> Self {
        Self {
            source: Some(source.into()),
            ..Self::new(StatusCode::INTERNAL_SERVER_ERROR, "internal")
        }
    }

    pub fn arg(mut self, name: &'static str, value: impl ToString) -> Self {
        self.args.push((name, value.to_string()));
        self
    }

    /// Adds field problems to an error of any status (a 409 naming the taken field, say).
    pub fn with_fields(mut self, fields: Vec<FieldError>) -> Self {
        self.fields = fields;
        self
    }

    /// Same status, a more precise code.
    pub fn with_code(mut self, code: &'static str) -> Self {
        self.code = code;
        self
    }

    /// Fluent key of the error's message.
    pub fn message_key(&self) -> String {
        format!("error-{}", self.code)
    }
}

impl std::fmt::Display for AppError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.status.as_u16(), self.code)?;
        if let Some(source) = &self.source {
            write!(f, ": {source:#}")?;
        }
        Ok(())
    }
}

impl std::error::Error for AppError {}

impl From<sqlx::Error> for AppError {
    fn from(e: sqlx::Error) -> Self {
        match e {
            // No connection within the pool's timeout: the database is down or overloaded.
            sqlx::Error::PoolTimedOut => {
                crate::metrics::db_acquire_timed_out();
                Self {
                    source: Some(e.into()),
                    ..Self::new(StatusCode::SERVICE_UNAVAILABLE, "database_unavailable")
                }
            }
            e => Self::internal(e),
        }
    }
}

impl From<anyhow::Error> for AppError {
    fn from(e: anyhow::Error) -> Self {
        Self::internal(e)
    }
}

/// The error travelling inside a response until the context layer renders it.
#[derive(Clone, Debug)]
pub struct PendingError(pub Arc<AppError>);

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        if self.status == StatusCode::SERVICE_UNAVAILABLE {
            // Overload and outages (busy hashing pool, database away) come in floods: a warning
            // each, not an error report each.
            tracing::warn!(error.code = self.code, error.detail = %self, "request refused");
        } else if self.status.is_server_error() {
            tracing::error!(error.code = self.code, error.detail = %self, "request failed");
        }
        let mut response = self.status.into_response();
        response
            .extensions_mut()
            .insert(PendingError(Arc::new(self)));
        response
    }
}
