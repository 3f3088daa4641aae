//! Signing out a child takes two taps: the header's "Chiqish" leads to a page that asks
//! first (`/logout/confirm`), and, when a parent opened the child's account on their phone,
//! offers the way back to the parent with the parent's password.

use askama::Template;
use axum::extract::State;
use axum::http::header::SET_COOKIE;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use kernel::auth::{CurrentUser, MaybeUser, Role};
use kernel::cookies::{self, user_agent};
use kernel::form::{Form, FormErrors};
use kernel::i18n::Lang;
use kernel::page::{render, PageCtx};
use kernel::ratelimit::ClientIp;
use kernel::{AppResult, AppState};
use serde::Deserialize;

use super::pages_auth::signed_in;
use crate::service::{switch_child, tokens};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/logout", post(logout))
        .route("/logout/confirm", get(confirm_page).post(confirmed))
        .route("/back-to-parent", post(back_to_parent))
}

/// The header's sign-out: at once for grown-ups, after a question for children.
async fn logout(State(state): State<AppState>, MaybeUser(user): MaybeUser) -> AppResult<Response> {
    if user.as_ref().is_some_and(|u| u.role == Role::Student) {
        return Ok(Redirect::to("/logout/confirm").into_response());
    }
    end(&state, user).await
}

async fn confirmed(
    State(state): State<AppState>,
    MaybeUser(user): MaybeUser,
) -> AppResult<Response> {
    end(&state, user).await
}

/// Ends the session and clears its cookies.
async fn end(state: &AppState, user: Option<kernel::auth::Principal>) -> AppResult<Response> {
    if let Some(user) = user {
        tokens::end_session(state, user.session_id).await?;
    }
    let secure = state.config.secure_cookies;
    let mut response = Redirect::to("/").into_response();
    for name in [cookies::ACCESS, cookies::REFRESH] {
        response.headers_mut().append(
            SET_COOKIE,
            cookies::clear(name, secure).parse().expect("cookie header"),
        );
    }
    Ok(response)
}

#[derive(Template)]
#[template(path = "accounts/logout_confirm.html")]
struct ConfirmPage {
    ctx: PageCtx,
    /// The parent who opened this session, by name.
    parent: Option<String>,
    errors: FormErrors,
}

async fn confirm_page(
    State(state): State<AppState>,
    ctx: PageCtx,
    MaybeUser(user): MaybeUser,
) -> AppResult<Response> {
    let Some(user) = user else {
        return Ok(Redirect::to("/").into_response());
    };
    let parent = switch_child::opener(&state, &user).await?.map(|p| p.name);
    render(&ConfirmPage {
        ctx,
        parent,
        errors: FormErrors::default(),
    })
}

#[derive(Deserialize)]
struct BackForm {
    password: Option<String>,
}

async fn back_to_parent(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    ClientIp(ip): ClientIp,
    headers: HeaderMap,
    Form(form): Form<BackForm>,
) -> AppResult<Response> {
    let password = form.password.unwrap_or_default();
    match switch_child::back_to_parent(&state, &user, &password, &ip, &user_agent(&headers)).await {
        Ok(s) => {
            let lang = Lang::parse(&s.user.language).unwrap_or_default();
            Ok(signed_in(&state, &s.tokens, lang, "/family"))
        }
        Err(e) if e.status == StatusCode::FORBIDDEN => Err(e),
        Err(e) => {
            let errors = FormErrors::from_error(e, &ctx.tr)?;
            let parent = switch_child::opener(&state, &user).await?.map(|p| p.name);
            let page = ConfirmPage {
                ctx,
                parent,
                errors,
            };
            Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)?).into_response())
        }
    }
}
