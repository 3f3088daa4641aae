//! HTML forms: a form-body extractor that speaks our errors, and the errors a re-shown form
//! displays next to its fields.

use std::collections::HashMap;

use axum::extract::{FromRequest, Request};
use serde::de::DeserializeOwned;

use crate::error::AppError;
use crate::i18n::Tr;

/// Like `axum::Form`, with failures as our `AppError`.
pub struct Form<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for Form<T> {
    type Rejection = AppError;

    async fn from_request(req: Request, state: &S) -> Result<Self, AppError> {
        axum::Form::<T>::from_request(req, state)
            .await
            .map(|axum::Form(v)| Form(v))
            .map_err(|_| AppError::bad_request("malformed_form"))
    }
}

/// What went wrong with a submitted form, translated, for showing beside its fields.
#[derive(Clone, Debug, Default)]
pub struct FormErrors {
    /// The general message at the top of the form.
    pub message: Option<String>,
    fields: HashMap<String, String>,
}

impl FormErrors {
    /// For a client error (4xx) the translated problems; a server error is passed back.
    pub fn from_error(err: AppError, tr: &Tr) -> Result<Self, AppError> {
        if err.status.is_server_error() {
            return Err(err);
        }
        Ok(Self {
            message: Some(tr.ta(&err.message_key(), &err.args)),
            fields: err
                .fields
                .iter()
                .map(|f| (f.field.clone(), tr.ta(&f.key, &f.args)))
                .collect(),
        })
    }

    /// The message for one field, or an empty string.
    pub fn get(&self, field: &str) -> &str {
        self.fields.get(field).map(String::as_str).unwrap_or("")
    }

    pub fn has(&self, field: &str) -> bool {
        self.fields.contains_key(field)
    }
}
