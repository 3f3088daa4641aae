//! The request context of pages, the API and sockets: it resolves the caller (bearer token or
//! cookies, rotating an expired web session), settles the language, enforces CSRF where the
//! route's kind asks for it, renders errors in that language (the JSON envelope or an HTML page,
//! by kind), sets security headers; and the outermost layer that records metrics.

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
use crate::routes::RouteKind;
use crate::state::AppState;

const CSP: &str = "default-src 'self'; img-src 'self' data:; media-src 'self' blob: data:; \
                   style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'; \
                   base-uri 'self'; form-action 'self'";

/// The outermost layer, around every route of every kind: request counts and latencies by
/// method (from a fixed set) and matched route, so made-up methods and paths add no series.
pub async fn observe(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = crate::metrics::method_label(req.method());
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map(|m| m.as_str().to_string())
        .unwrap_or_else(|| "unmatched".into());
    let response = next.run(req).await;
    state.metrics.observe(
        method,
        &route,
        response.status().as_u16(),
        started.elapsed().as_secs_f64(),
    );
    response
}

/// The policy of pages, the API and sockets: the caller, the language, CSRF, error rendering
/// and security headers. See [`crate::routes`] for what differs by kind.
pub async fn with_context(
    state: &AppState,
    mut req: Request,
    next: Next,
    kind: RouteKind,
) -> Response {
    let here = req
        .uri()
        .path_and_query()
        .map(|p| p.to_string())
        .unwrap_or_else(|| req.uri().path().to_string());
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

    let mut ctx = Finish {
        kind,
        lang: Lang::default(),
        principal: None,
        csrf: String::new(),
        here,
    };
    ctx.principal = match resolve(state, bearer.as_deref(), &headers, &mut set_cookies).await {
        Ok(p) => p,
        Err(e) => return finish(state, e.into_response(), ctx, &set_cookies),
    };
    ctx.lang = request_lang(&headers, ctx.principal.as_ref().map(|p| p.language));

    ctx.csrf = match cookies::get(&headers, cookies::CSRF).filter(|t| t.len() == 64) {
        Some(t) => t,
        // A bearer-token client (an app, a script) has no use for the browser's CSRF cookie.
        None if bearer.is_some() => String::new(),
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

    let needs_csrf = match kind {
        RouteKind::Page => true,
        RouteKind::Api => uses_cookies,
        // Sockets are guarded by the Origin check; hooks and operations never get here.
        _ => false,
    };
    if needs_csrf && csrf::is_write(req.method()) && bearer.is_none() {
        let (checked, verdict) = csrf::verify(req, &ctx.csrf).await;
        req = checked;
        let refused = match verdict {
            csrf::Verdict::Valid => None,
            csrf::Verdict::Invalid => Some(AppError::forbidden().with_code("csrf_failed")),
            csrf::Verdict::TooLarge => Some(AppError::new(
                StatusCode::PAYLOAD_TOO_LARGE,
                "body_too_large",
            )),
        };
        if let Some(err) = refused {
            return finish(state, err.into_response(), ctx, &set_cookies);
        }
    }

    req.extensions_mut()
        .insert(RequestAuth(ctx.principal.clone()));
    req.extensions_mut().insert(ctx.lang);
    req.extensions_mut().insert(CsrfToken(ctx.csrf.clone()));
    let response = next.run(req).await;
    finish(state, response, ctx, &set_cookies)
}

/// The language of a request: the cookie, then the account's, then the browser's.
fn request_lang(headers: &HeaderMap, account: Option<Lang>) -> Lang {
    cookies::get(headers, cookies::LANG)
        .and_then(|l| Lang::parse(&l))
        .or(account)
        .or_else(|| {
            headers
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(Lang::from_accept_language)
        })
        .unwrap_or_default()
}

/// Whether a request's `Origin` is this platform's own (its public URL or the host it asked
/// for). Requests without an `Origin` (not from a browser) pass.
pub fn same_origin(state: &AppState, headers: &HeaderMap) -> bool {
    let Some(origin) = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) else {
        return true;
    };
    if origin.trim_end_matches('/') == state.config.public_url.trim_end_matches('/') {
        return true;
    }
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok());
    let origin_host = origin.split_once("://").map(|(_, h)| h);
    host.is_some() && origin_host == host
}

/// Renders an error outside the full context (no caller resolved): the envelope or a page in
/// the browser's language.
pub fn render_bare(
    state: &AppState,
    err: &AppError,
    kind: RouteKind,
    headers: &HeaderMap,
) -> Response {
    let ctx = Finish {
        kind,
        lang: request_lang(headers, None),
        principal: None,
        csrf: String::new(),
        here: String::new(),
    };
    let response = render_error(state, err, &ctx);
    secure_headers(state, response)
}

/// Finishes a response of a route that ran without the full context (webhooks).
pub fn finish_bare(
    state: &AppState,
    response: Response,
    kind: RouteKind,
    headers: &HeaderMap,
) -> Response {
    let ctx = Finish {
        kind,
        lang: request_lang(headers, None),
        principal: None,
        csrf: String::new(),
        here: String::new(),
    };
    finish(state, response, ctx, &[])
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

/// What rendering an error needs to know about the request.
struct Finish {
    kind: RouteKind,
    lang: Lang,
    principal: Option<Principal>,
    csrf: String,
    here: String,
}

fn finish(
    state: &AppState,
    mut response: Response,
    ctx: Finish,
    set_cookies: &[String],
) -> Response {
    if let Some(PendingError(err)) = response.extensions().get::<PendingError>().cloned() {
        response = render_error(state, &err, &ctx);
    } else if let Some(err) = foreign_error(&response, ctx.kind) {
        // A rejection from outside our extractors (an unknown method, say): same rendering.
        response = render_error(state, &err, &ctx);
    }
    let h = response.headers_mut();
    for c in set_cookies {
        if let Ok(v) = HeaderValue::from_str(c) {
            h.append(header::SET_COOKIE, v);
        }
    }
    secure_headers(state, response)
}

/// An error response not produced by [`AppError`] (axum's plain-text rejections, a bare 405),
/// as the `AppError` of its status, so no route answers an error in plain text.
fn foreign_error(response: &Response, kind: RouteKind) -> Option<AppError> {
    let status = response.status();
    if !(status.is_client_error() || status.is_server_error()) {
        return None;
    }
    let content_type = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let ours = if kind.speaks_json() {
        content_type.contains("json")
    } else {
        content_type.starts_with("text/html")
    };
    if ours {
        return None;
    }
    let code = match status {
        StatusCode::BAD_REQUEST => "bad_request",
        StatusCode::UNAUTHORIZED => "unauthorized",
        StatusCode::FORBIDDEN => "forbidden",
        StatusCode::NOT_FOUND => "not_found",
        StatusCode::METHOD_NOT_ALLOWED => "method_not_allowed",
        StatusCode::PAYLOAD_TOO_LARGE => "body_too_large",
        StatusCode::UNSUPPORTED_MEDIA_TYPE => "unsupported_media_type",
        StatusCode::UNPROCESSABLE_ENTITY => "bad_request",
        StatusCode::TOO_MANY_REQUESTS => "too_many_requests",
        s if s.is_server_error() => "internal",
        _ => "bad_request",
    };
    Some(AppError::new(status, code))
}

/// Headers every answer carries.
fn secure_headers(state: &AppState, mut response: Response) -> Response {
    let h = response.headers_mut();
    h.insert(
        "x-content-type-options",
        HeaderValue::from_static("nosniff"),
    );
    h.insert("referrer-policy", HeaderValue::from_static("same-origin"));
    h.insert("x-frame-options", HeaderValue::from_static("DENY"));
    h.insert("content-security-policy", HeaderValue::from_static(CSP));
    if state.config.secure_cookies {
        // Served over https: browsers keep to https for a year.
        h.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        );
    }
    if !h.contains_key(header::CACHE_CONTROL) {
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    response
}

fn render_error(state: &AppState, err: &AppError, ctx: &Finish) -> Response {
    let tr = Tr::new(state.i18n.clone(), ctx.lang).for_role(ctx.principal.as_ref().map(|p| p.role));
    let mut args = err.args.clone();
    if let Some(s) = err.retry_after_s {
        // «14 daqiqa 59 soniyadan keyin» reads better than «899 soniyadan keyin».
        args.push(("wait", crate::dates::format_wait(&tr, s)));
    }
    let message = tr.ta(&err.message_key(), &args);
    let fields: Vec<(String, String)> = err
        .fields
        .iter()
        .map(|f| (f.field.clone(), tr.ta(&f.key, &f.args)))
        .collect();
    let mut response = if ctx.kind.speaks_json() {
        let fields_obj: serde_json::Map<String, serde_json::Value> = fields
            .into_iter()
            .map(|(k, v)| (k, serde_json::Value::String(v)))
            .collect();
        let body = serde_json::json!({
            "error": { "code": err.code, "message": message, "fields": fields_obj }
        });
        (err.status, axum::Json(body)).into_response()
    } else if err.status == StatusCode::UNAUTHORIZED && ctx.principal.is_none() {
        let next: String = ctx.here.chars().filter(|c| c.is_ascii_graphic()).collect();
        Redirect::to(&format!("/login?next={}", percent_encode(&next))).into_response()
    } else {
        let page = ErrorPage {
            ctx: PageCtx::detached(
                state,
                ctx.lang,
                ctx.principal.clone(),
                ctx.csrf.clone(),
                ctx.here.clone(),
            ),
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
