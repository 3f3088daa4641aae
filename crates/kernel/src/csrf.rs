//! CSRF protection for cookie-authenticated writes (double-submit token).
//!
//! Every browser gets a random token in a readable cookie. A write that rides on cookies must
//! send the same token back, as the `_csrf` form field or the `X-CSRF-Token` header; another
//! site can make the browser send the cookie but cannot read it to copy it. Requests with a
//! bearer token carry no ambient authority and need no CSRF token.

use axum::body::{to_bytes, Body};
use axum::extract::Request;
use axum::http::header::CONTENT_TYPE;
use axum::http::Method;

/// The token of this request, for forms and scripts.
#[derive(Clone, Debug)]
pub struct CsrfToken(pub String);

pub const HEADER: &str = "x-csrf-token";
pub const FIELD: &str = "_csrf";

/// Largest form body read to find the token: the largest body any route accepts.
const MAX_FORM_BYTES: usize = crate::BODY_LIMIT;

pub fn is_write(method: &Method) -> bool {
    !matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

/// What a CSRF check found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    Valid,
    Invalid,
    /// The form is larger than any route accepts; the token could not be looked for.
    TooLarge,
}

/// Checks the token sent with `req` against `expected`, giving the request back intact.
pub async fn verify(req: Request, expected: &str) -> (Request, Verdict) {
    let verdict = |ok: bool| if ok { Verdict::Valid } else { Verdict::Invalid };
    if let Some(sent) = req.headers().get(HEADER).and_then(|v| v.to_str().ok()) {
        let ok = constant_time_eq(sent, expected);
        return (req, verdict(ok));
    }
    let is_form = req
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
    if !is_form {
        return (req, Verdict::Invalid);
    }
    let (parts, body) = req.into_parts();
    let Ok(bytes) = to_bytes(body, MAX_FORM_BYTES).await else {
        return (Request::from_parts(parts, Body::empty()), Verdict::TooLarge);
    };
    let ok = form_field(&bytes, FIELD).is_some_and(|sent| constant_time_eq(&sent, expected));
    (Request::from_parts(parts, Body::from(bytes)), verdict(ok))
}

fn form_field(body: &[u8], name: &str) -> Option<String> {
    crate::form::pairs(body)
        .into_iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v)
}

fn constant_time_eq(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_token_among_form_fields() {
        assert_eq!(
            form_field(b"name=Ali+V&_csrf=ab%2Fc", FIELD).as_deref(),
            Some("ab/c")
        );
        assert_eq!(form_field(b"name=x", FIELD), None);
    }
}
