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

/// Decoded `key=value` pairs of an `application/x-www-form-urlencoded` body or a query string
/// (`+` is a space, `%XX` a byte; a broken escape stays as typed). For the parts of the kernel
/// that read one or two fields before a handler runs.
pub(crate) fn pairs(body: &[u8]) -> Vec<(String, String)> {
    String::from_utf8_lossy(body)
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            (decode(k), decode(v))
        })
        .collect()
}

fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(hi), Some(lo)) => {
                    out.push(hi * 16 + lo);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

#[cfg(test)]
mod tests {
    #[test]
    fn decodes_pairs_and_keeps_broken_escapes() {
        assert_eq!(
            super::pairs(b"name=Ali+V&_csrf=ab%2Fc&flag"),
            [
                ("name".to_string(), "Ali V".to_string()),
                ("_csrf".to_string(), "ab/c".to_string()),
                ("flag".to_string(), String::new()),
            ]
        );
        assert_eq!(super::decode("%"), "%");
        assert_eq!(super::decode("a%4"), "a%4");
        assert_eq!(super::decode("%Зx"), "%Зx");
    }
}
