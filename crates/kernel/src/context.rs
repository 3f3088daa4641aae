//! The request-context layer, run around every route: it resolves the caller (bearer token or
//! cookies, rotating an expired web session), settles the language, enforces CSRF on
//! cookie-authenticated writes, renders errors in that language (JSON under `/api/`, an HTML
//! page elsewhere), sets security headers and records metrics.

use std::time::Instant;

use axum::extract::{MatchedPath, Request, State};
use axum::http::header::{self, HeaderValue};
use axum::http::{HeaderMap, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};

use crate::auth::{Principal, RequestAuth, TokenPair};
use crate::cookies::{self, CookieSpec};
use crate::csrf::{self, CsrfToken};
use crate::error::{AppError, PendingError};
use crate::i18n::{Lang, Tr};
use crate::page::{render, ErrorPage, PageCtx};
use crate::state::AppState;

const CSP: &str = "default-src 'self'; img-src 'self' data:; media-src 'self' blob: data:; \
                   style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'; \
                   base-uri 'self'; form-action 'self'";

pub async fn layer(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = req.method().clone();
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map(|m| m.as_str().to_string())
        .unwrap_or_else(|| "unmatched".into());
    let response = if route.starts_with("/static/") || route == "/metrics" || route == "/healthz" {
        next.run(req).await
    } else {
        with_context(&state, req, next).await
    };
    state.metrics.observe(
        method.as_str(),
        &route,
        response.status().as_u16(),
        started.elapsed().as_secs_f64(),
    );
    response
}

async fn with_context(state: &AppState, mut req: Request, next: Next) -> Response {
    let path = req.uri().path().to_string();
    let here = req
        .uri()
        .path_and_query()
        .map(|p| p.to_string())
        .unwrap_or_else(|| path.clone());
    let is_api = path.starts_with("/api/");
    let headers = req.headers().clone();
    let mut set_cookies: Vec<String> = Vec::new();
    let secure = state.config.secure_cookies;

    let bearer = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| {
            v.strip_prefix("Bearer ")
                .or_else(|| v.strip_prefix("bearer "))
        })
        .map(|t| t.trim().to_string());
    let uses_cookies = bearer.is_none()
        && (cookies::get(&headers, cookies::ACCESS).is_some()
            || cookies::get(&headers, cookies::REFRESH).is_some());

    let principal = match resolve(state, bearer.as_deref(), &headers, &mut set_cookies).await {
        Ok(p) => p,
        Err(e) => {
            return finish(
                state,
                e.into_response(),
                Lang::default(),
                None,
                String::new(),
                here,
                &set_cookies,
            )
        }
    };

    let lang = cookies::get(&headers, cookies::LANG)
        .and_then(|l| Lang::parse(&l))
        .or(principal.as_ref().map(|p| p.language))
        .or_else(|| {
            headers
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(Lang::from_accept_language)
        })
        .unwrap_or_default();

    let csrf_token = match cookies::get(&headers, cookies::CSRF).filter(|t| t.len() == 64) {
        Some(t) => t,
        None => {
            let t = crate::ids::token();
            set_cookies.push(cookies::set(
                cookies::CSRF,
                &t,
                CookieSpec {
                    http_only: false,
                    secure,
                    max_age_s: 365 * 86_400,
                },
            ));
            t
        }
    };

    if csrf::is_write(req.method()) && bearer.is_none() && (uses_cookies || !is_api) {
        let (checked, ok) = csrf::verify(req, &csrf_token).await;
        req = checked;
        if !ok {
            let err = AppError::forbidden()
                .with_code("csrf_failed")
                .into_response();
            return finish(state, err, lang, principal, csrf_token, here, &set_cookies);
        }
    }

    req.extensions_mut().insert(RequestAuth(principal.clone()));
    req.extensions_mut().insert(lang);
    req.extensions_mut().insert(CsrfToken(csrf_token.clone()));
    let response = next.run(req).await;
    finish(
        state,
        response,
        lang,
        principal,
        csrf_token,
        here,
        &set_cookies,
    )
}

/// The caller behind a bearer token, or behind the web's cookies (refreshing them if needed).
async fn resolve(
    state: &AppState,
    bearer: Option<&str>,
    headers: &HeaderMap,
    set_cookies: &mut Vec<String>,
) -> Result<Option<Principal>, AppError> {
    if let Some(token) = bearer {
        return state.auth.resolve(token).await;
    }
    if let Some(token) = cookies::get(headers, cookies::ACCESS) {
        if let Some(p) = state.auth.resolve(&token).await? {
            return Ok(Some(p));
        }
    }
    let Some(refresh) = cookies::get(headers, cookies::REFRESH) else {
        return Ok(None);
    };
    match state.auth.refresh(&refresh).await? {
        Some((principal, pair)) => {
            set_cookies.extend(session_cookies(&pair, state.config.secure_cookies));
            Ok(Some(principal))
        }
        None => {
            set_cookies.push(cookies::clear(cookies::ACCESS, state.config.secure_cookies));
            set_cookies.push(cookies::clear(
                cookies::REFRESH,
                state.config.secure_cookies,
            ));
            Ok(None)
        }
    }
}

/// `Set-Cookie` values that keep a web login session.
pub fn session_cookies(pair: &TokenPair, secure: bool) -> [String; 2] {
    [
        cookies::set(
            cookies::ACCESS,
            &pair.access_token,
            CookieSpec {
                http_only: true,
                secure,
                max_age_s: pair.access_expires_in,
            },
        ),
        cookies::set(
            cookies::REFRESH,
            &pair.refresh_token,
            CookieSpec {
                http_only: true,
                secure,
                max_age_s: pair.refresh_expires_in,
            },
        ),
    ]
}

fn finish(
    state: &AppState,
    mut response: Response,
    lang: Lang,
    principal: Option<Principal>,
    csrf: String,
    here: String,
    set_cookies: &[String],
) -> Response {
    if let Some(PendingError(err)) = response.extensions().get::<PendingError>().cloned() {
        response = render_error(state, &err, lang, principal, csrf, here);
    }
    let h = response.headers_mut();
    for c in set_cookies {
        if let Ok(v) = HeaderValue::from_str(c) {
            h.append(header::SET_COOKIE, v);
        }
    }
    h.insert(
        "x-content-type-options",
        HeaderValue::from_static("nosniff"),
    );
    h.insert("referrer-policy", HeaderValue::from_static("same-origin"));
    h.insert("x-frame-options", HeaderValue::from_static("DENY"));
    h.insert("content-security-policy", HeaderValue::from_static(CSP));
    if !h.contains_key(header::CACHE_CONTROL) {
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    response
}

fn render_error(
    state: &AppState,
    err: &AppError,
    lang: Lang,
    principal: Option<Principal>,
    csrf: String,
    here: String,
) -> Response {
    let tr = Tr::new(state.i18n.clone(), lang);
    let message = tr.ta(&err.message_key(), &err.args);
    let fields: Vec<(String, String)> = err
        .fields
        .iter()
        .map(|f| (f.field.clone(), tr.ta(&f.key, &f.args)))
        .collect();
    let mut response = if here.starts_with("/api/") || here == "/api" {
        let fields_obj: serde_json::Map<String, serde_json::Value> = fields
            .into_iter()
            .map(|(k, v)| (k, serde_json::Value::String(v)))
            .collect();
        let body = serde_json::json!({
            "error": { "code": err.code, "message": message, "fields": fields_obj }
        });
        (err.status, axum::Json(body)).into_response()
    } else if err.status == StatusCode::UNAUTHORIZED && principal.is_none() {
        let next: String = here.chars().filter(|c| c.is_ascii_graphic()).collect();
        Redirect::to(&format!("/login?next={}", percent_encode(&next))).into_response()
    } else {
        let page = ErrorPage {
            ctx: PageCtx::detached(state, lang, principal, csrf, here),
            status: err.status.as_u16(),
            message,
            details: fields.into_iter().map(|(_, v)| v).collect(),
        };
        match render(&page) {
            Ok(mut r) => {
                *r.status_mut() = err.status;
                r
            }
            Err(_) => (err.status, tr.t("error-internal")).into_response(),
        }
    };
    if let Some(s) = err.retry_after_s {
        if let Ok(v) = HeaderValue::from_str(&s.to_string()) {
            response.headers_mut().insert(header::RETRY_AFTER, v);
        }
    }
    response
}

/// Percent-encodes everything but unreserved characters and `/`.
pub fn percent_encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}
