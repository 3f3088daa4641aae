//! Sign-up, login, logout, the language switch and the first-admin setup page.

use askama::Template;
use axum::extract::State;
use axum::http::header::SET_COOKIE;
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::routing::post;
use axum::Router;
use kernel::auth::{MaybeUser, TokenPair};
use kernel::cookies::{self, user_agent, CookieSpec};
use kernel::extract::{Path, Query};
use kernel::form::{Form, FormErrors};
use kernel::i18n::Lang;
use kernel::page::{render, safe_next, PageCtx};
use kernel::ratelimit::ClientIp;
use kernel::{AppResult, AppState};
use serde::Deserialize;

use crate::service::login::{self, LoginRequest};
use crate::service::register::{self, RegisterRequest, SELF_SERVICE_ROLES};
use crate::service::setup;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/login", get(login_page).post(login_submit))
        .route("/register", get(register_page).post(register_submit))
        .route("/language", post(switch_language))
        .route("/setup/{token}", get(setup_page).post(setup_submit))
}

#[derive(Deserialize, Default)]
pub struct NextQuery {
    next: Option<String>,
    role: Option<String>,
    /// `email` for the grown-ups' form (e-mail or phone); the child's Alif24 ID otherwise.
    with: Option<String>,
}

#[derive(Template)]
#[template(path = "accounts/login.html")]
struct LoginPage {
    ctx: PageCtx,
    login: String,
    next: String,
    /// The grown-ups' form: any identifier, a letter keyboard.
    with_email: bool,
    errors: FormErrors,
}

impl LoginPage {
    /// The login page in the other form, keeping where to go after it.
    fn mode_href(&self, with: &str) -> String {
        if self.next.is_empty() {
            format!("/login?with={with}")
        } else {
            let next = kernel::context::percent_encode(&self.next);
            format!("/login?with={with}&next={next}")
        }
    }
}

async fn login_page(
    ctx: PageCtx,
    MaybeUser(user): MaybeUser,
    Query(q): Query<NextQuery>,
) -> AppResult<Response> {
    if user.is_some() {
        return Ok(Redirect::to(&safe_next(q.next.as_deref())).into_response());
    }
    render(&LoginPage {
        ctx,
        login: String::new(),
        next: q
            .next
            .as_deref()
            .map(|n| safe_next(Some(n)))
            .unwrap_or_default(),
        with_email: q.with.as_deref() == Some("email"),
        errors: FormErrors::default(),
    })
}

/// The cookie that makes a browser a known device of the accounts it logged in to.
pub const DEVICE_COOKIE: &str = "alif24_dev";

/// `Set-Cookie` of the device token (kept 400 days, the longest browsers allow).
pub fn device_cookie(state: &AppState, token: &str) -> String {
    kernel::cookies::set(
        DEVICE_COOKIE,
        token,
        kernel::cookies::CookieSpec {
            http_only: true,
            secure: state.config.secure_cookies,
            max_age_s: 400 * 86_400,
        },
    )
}

#[derive(Deserialize)]
struct LoginForm {
    login: Option<String>,
    password: Option<String>,
    next: Option<String>,
}

async fn login_submit(
    State(state): State<AppState>,
    ctx: PageCtx,
    ClientIp(ip): ClientIp,
    headers: HeaderMap,
    Form(form): Form<LoginForm>,
) -> AppResult<Response> {
    let req = LoginRequest {
        login: form.login.clone(),
        password: form.password,
        pictures: None,
        device_token: kernel::cookies::get(&headers, DEVICE_COOKIE),
    };
    let next = safe_next(form.next.as_deref());
    match login::login(&state, &req, &ip, &user_agent(&headers)).await {
        Ok(session) => {
            let mut response = signed_in(&state, &session.tokens, session.user.language, &next);
            if let Some(token) = &session.device_token {
                let cookie = device_cookie(&state, token);
                response
                    .headers_mut()
                    .append(SET_COOKIE, cookie.parse().expect("cookie header"));
            }
            Ok(response)
        }
        Err(e) => {
            let errors = FormErrors::from_error(e, &ctx.tr)?;
            let login = form.login.unwrap_or_default();
            // What was typed decides the keyboard: digits are a child's ID.
            let with_email = login.chars().any(|c| !c.is_ascii_digit() && c != ' ');
            let page = LoginPage {
                ctx,
                login,
                next: form.next.unwrap_or_default(),
                with_email,
                errors,
            };
            Ok((axum::http::StatusCode::UNPROCESSABLE_ENTITY, render(&page)?).into_response())
        }
    }
}

/// A redirect that carries the new session's cookies and the user's language.
pub fn signed_in(state: &AppState, pair: &TokenPair, lang: Lang, next: &str) -> Response {
    let secure = state.config.secure_cookies;
    let mut response = Redirect::to(next).into_response();
    let h = response.headers_mut();
    for c in kernel::context::session_cookies(pair, secure) {
        h.append(SET_COOKIE, c.parse().expect("cookie header"));
    }
    h.append(
        SET_COOKIE,
        lang_cookie(lang, secure).parse().expect("cookie header"),
    );
    response
}

fn lang_cookie(lang: Lang, secure: bool) -> String {
    cookies::set(
        cookies::LANG,
        lang.code(),
        CookieSpec {
            http_only: false,
            secure,
            max_age_s: 365 * 86_400,
        },
    )
}

#[derive(Template)]
#[template(path = "accounts/register.html")]
struct RegisterPage {
    ctx: PageCtx,
    roles: Vec<&'static str>,
    form: RegisterForm,
    errors: FormErrors,
}

#[derive(Deserialize, Default, Clone)]
struct RegisterForm {
    role: Option<String>,
    name: Option<String>,
    email: Option<String>,
    phone: Option<String>,
    password: Option<String>,
    org_kind: Option<String>,
}

impl RegisterForm {
    fn role_is(&self, role: &str) -> bool {
        self.role.as_deref().unwrap_or("parent") == role
    }

    fn value<'a>(&self, v: &'a Option<String>) -> &'a str {
        v.as_deref().unwrap_or("")
    }
}

fn role_names() -> Vec<&'static str> {
    SELF_SERVICE_ROLES.iter().map(|r| r.as_str()).collect()
}

async fn register_page(
    ctx: PageCtx,
    MaybeUser(user): MaybeUser,
    Query(q): Query<NextQuery>,
) -> AppResult<Response> {
    if user.is_some() {
        return Ok(Redirect::to("/dashboard").into_response());
    }
    let form = RegisterForm {
        role: q.role,
        ..Default::default()
    };
    render(&RegisterPage {
        ctx,
        roles: role_names(),
        form,
        errors: FormErrors::default(),
    })
}

async fn register_submit(
    State(state): State<AppState>,
    ctx: PageCtx,
    ClientIp(ip): ClientIp,
    headers: HeaderMap,
    Form(form): Form<RegisterForm>,
) -> AppResult<Response> {
    let req = RegisterRequest {
        role: form.role.clone(),
        name: form.name.clone(),
        email: form.email.clone(),
        phone: form.phone.clone(),
        password: form.password.clone(),
        language: Some(ctx.lang().to_string()),
        org_kind: form.org_kind.clone(),
    };
    match register::register(&state, &req, ctx.tr.lang, &ip, &user_agent(&headers)).await {
        Ok(session) => Ok(signed_in(
            &state,
            &session.tokens,
            session.user.language,
            "/dashboard?notice=welcome",
        )),
        Err(e) => {
            let errors = FormErrors::from_error(e, &ctx.tr)?;
            let form = RegisterForm {
                password: None,
                ..form
            };
            let page = RegisterPage {
                ctx,
                roles: role_names(),
                form,
                errors,
            };
            Ok((axum::http::StatusCode::UNPROCESSABLE_ENTITY, render(&page)?).into_response())
        }
    }
}

#[derive(Deserialize)]
struct LanguageForm {
    lang: Option<String>,
    next: Option<String>,
}

/// Switches the interface language for this browser and, when signed in, for the account.
async fn switch_language(
    State(state): State<AppState>,
    MaybeUser(user): MaybeUser,
    Form(form): Form<LanguageForm>,
) -> AppResult<Response> {
    let lang = form
        .lang
        .as_deref()
        .and_then(Lang::parse)
        .unwrap_or_default();
    if let Some(user) = user {
        crate::store::users::set_language(state.db.pool(), user.id, lang.code(), state.now_ms())
            .await?;
        crate::service::auth_cache::changed(
            &state,
            &[crate::service::auth_cache::Change::User(user.id)],
        )
        .await;
    }
    let next = form
        .next
        .as_deref()
        .map(strip_notice)
        .unwrap_or_else(|| "/".into());
    let mut response = Redirect::to(&safe_next(Some(&next))).into_response();
    response.headers_mut().append(
        SET_COOKIE,
        lang_cookie(lang, state.config.secure_cookies)
            .parse()
            .expect("cookie header"),
    );
    Ok(response)
}

/// Drops a one-off `notice=` from a return address, so it is not shown twice.
fn strip_notice(path: &str) -> String {
    let Some((base, query)) = path.split_once('?') else {
        return path.to_string();
    };
    let kept: Vec<&str> = query
        .split('&')
        .filter(|p| !p.starts_with("notice="))
        .collect();
    if kept.is_empty() {
        base.to_string()
    } else {
        format!("{base}?{}", kept.join("&"))
    }
}

#[derive(Template)]
#[template(path = "accounts/setup.html")]
struct SetupPage {
    ctx: PageCtx,
    token: String,
    name: String,
    email: String,
    errors: FormErrors,
}

async fn setup_page(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(token): Path<String>,
) -> AppResult<Response> {
    if !setup::setup_token_valid(&state, &token).await? {
        return Err(kernel::AppError::not_found().with_code("setup_link_invalid"));
    }
    render(&SetupPage {
        ctx,
        token,
        name: String::new(),
        email: String::new(),
        errors: FormErrors::default(),
    })
}

#[derive(Deserialize)]
struct SetupForm {
    name: Option<String>,
    email: Option<String>,
    password: Option<String>,
}

async fn setup_submit(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(token): Path<String>,
    Form(form): Form<SetupForm>,
) -> AppResult<Response> {
    let created = match setup::NewAdmin::parse(
        form.name.as_deref(),
        form.email.as_deref(),
        form.password.as_deref(),
    ) {
        Ok(admin) => setup::create_admin(&state, admin, Some(&token)).await,
        Err(e) => Err(e),
    };
    match created {
        Ok(_) => Ok(Redirect::to("/login?notice=admin_created").into_response()),
        Err(e) if e.code == "setup_link_invalid" => Err(e),
        Err(e) => {
            let errors = FormErrors::from_error(e, &ctx.tr)?;
            let page = SetupPage {
                ctx,
                token,
                name: form.name.unwrap_or_default(),
                email: form.email.unwrap_or_default(),
                errors,
            };
            Ok((axum::http::StatusCode::UNPROCESSABLE_ENTITY, render(&page)?).into_response())
        }
    }
}
