//! Picture sign-in (`/login/pictures`): the child taps their avatar (or types their ID), then
//! taps their pictures in order on a 3×4 grid. Every tap is a plain form post, so it works
//! without JavaScript; after the last picture the login runs like a password login.

use askama::Template;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use kernel::cookies::user_agent;
use kernel::extract::Query;
use kernel::form::{Form, FormErrors};
use kernel::page::{render, PageCtx};
use kernel::ratelimit::ClientIp;
use kernel::{AppResult, AppState};
use serde::Deserialize;

use super::pages_auth::{device_cookie, signed_in, DEVICE_COOKIE};
use crate::service::login::{self, LoginRequest};
use crate::service::picture_password::{self, LENGTH, PICTURES};
use crate::store::users::UserRow;

pub fn router() -> Router<AppState> {
    Router::new().route("/login/pictures", get(pictures_page).post(pictures_tap))
}

/// A child the device knows, to tap instead of typing an ID.
pub struct KnownChild {
    pub id: String,
    pub name: String,
    pub avatar: String,
}

#[derive(Template)]
#[template(path = "accounts/login_pictures.html")]
struct PicturesPage {
    ctx: PageCtx,
    /// The Alif24 ID once chosen; empty on the first step.
    login: String,
    /// The child, when this device knows them.
    child: Option<KnownChild>,
    known: Vec<KnownChild>,
    picked: Vec<String>,
    errors: FormErrors,
}

impl PicturesPage {
    fn pictures(&self) -> &'static [(&'static str, &'static str)] {
        &PICTURES
    }

    fn picked_list(&self) -> String {
        self.picked.join(",")
    }

    /// One dot per picture of the sequence: true where already tapped.
    fn dots(&self) -> Vec<bool> {
        (0..LENGTH).map(|i| i < self.picked.len()).collect()
    }
}

fn known(rows: Vec<UserRow>) -> Vec<KnownChild> {
    rows.into_iter()
        .map(|u| KnownChild {
            id: u.public_id,
            name: u.name,
            avatar: u.avatar,
        })
        .collect()
}

#[derive(Deserialize, Default)]
struct PicturesQuery {
    id: Option<String>,
}

async fn load(
    state: &AppState,
    ctx: PageCtx,
    headers: &HeaderMap,
    login: &str,
) -> AppResult<PicturesPage> {
    let device = kernel::cookies::get(headers, DEVICE_COOKIE);
    let mut known = known(picture_password::known_children(state, device.as_deref()).await?);
    let login: String = login.chars().filter(char::is_ascii_digit).collect();
    let login = if kernel::ids::is_public_id(&login) {
        login
    } else {
        String::new()
    };
    let child = known
        .iter()
        .position(|k| k.id == login)
        .map(|i| known.swap_remove(i));
    Ok(PicturesPage {
        ctx,
        login,
        child,
        known,
        picked: Vec::new(),
        errors: FormErrors::default(),
    })
}

async fn pictures_page(
    State(state): State<AppState>,
    ctx: PageCtx,
    headers: HeaderMap,
    Query(q): Query<PicturesQuery>,
) -> AppResult<Response> {
    let page = load(&state, ctx, &headers, q.id.as_deref().unwrap_or("")).await?;
    render(&page)
}

#[derive(Deserialize)]
struct TapForm {
    login: Option<String>,
    picked: Option<String>,
    pick: Option<String>,
}

async fn pictures_tap(
    State(state): State<AppState>,
    ctx: PageCtx,
    ClientIp(ip): ClientIp,
    headers: HeaderMap,
    Form(form): Form<TapForm>,
) -> AppResult<Response> {
    let login_id = form.login.unwrap_or_default();
    let mut picked: Vec<String> = form
        .picked
        .unwrap_or_default()
        .split(',')
        .filter(|p| picture_password::emoji(p).is_some())
        .take(LENGTH)
        .map(str::to_string)
        .collect();
    picked.extend(form.pick.filter(|p| picture_password::emoji(p).is_some()));
    let mut page = load(&state, ctx, &headers, &login_id).await?;
    if picked.len() < LENGTH || page.login.is_empty() {
        page.picked = picked;
        return render(&page);
    }
    let device = kernel::cookies::get(&headers, DEVICE_COOKIE);
    let req = LoginRequest {
        login: Some(page.login.clone()),
        password: None,
        pictures: Some(picked),
        device_token: device,
    };
    match login::login(&state, &req, &ip, &user_agent(&headers)).await {
        Ok(session) => {
            let mut response =
                signed_in(&state, &session.tokens, session.user.language, "/dashboard");
            if let Some(token) = &session.device_token {
                let cookie = device_cookie(&state, token);
                response.headers_mut().append(
                    axum::http::header::SET_COOKIE,
                    cookie.parse().expect("cookie header"),
                );
            }
            Ok(response)
        }
        Err(e) => {
            page.errors = FormErrors::from_error(e, &page.ctx.tr)?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)?).into_response())
        }
    }
}
