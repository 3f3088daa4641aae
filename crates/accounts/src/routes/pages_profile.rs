//! `/profile` (name, avatar, language, region and district, password, log out everywhere) and
//! its JSON twin.

use askama::Template;
use axum::extract::State;
use axum::http::header::SET_COOKIE;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use kernel::auth::CurrentUser;
use kernel::cookies::{self, CookieSpec};
use kernel::form::{Form, FormErrors};
use kernel::json::Json;
use kernel::page::{redirect_with_notice, render, PageCtx};
use kernel::{AppResult, AppState};

use crate::model::AVATARS;
use crate::service::profile::{self, PasswordChange, ProfileRequest};
use crate::service::regions::{self, Place, RegionChoice};
use crate::service::view::UserView;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/profile", get(show).post(save))
        .route("/profile/password", post(save_password))
        .route("/profile/logout-all", post(logout_everywhere))
}

/// The same changes through the API.
pub fn api_router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/profile", axum::routing::patch(api_update))
        .route("/api/v1/profile/password", post(api_password))
}

#[derive(Template)]
#[template(path = "accounts/profile/profile.html")]
struct ProfilePage {
    ctx: PageCtx,
    me: UserView,
    avatars: &'static [&'static str],
    places: Vec<RegionChoice>,
    place: Place,
    errors: FormErrors,
    place_errors: FormErrors,
    password_errors: FormErrors,
}

async fn page(
    state: &AppState,
    ctx: PageCtx,
    user: &CurrentUser,
    submitted: Option<Place>,
    errors: FormErrors,
    password_errors: FormErrors,
) -> AppResult<Response> {
    let me = crate::service::login::me(state, user).await?;
    let place = submitted.unwrap_or_else(|| me.place());
    let status = if errors.message.is_some() || password_errors.message.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    Ok((
        status,
        render(&ProfilePage {
            places: regions::choices(ctx.tr.lang),
            ctx,
            me,
            avatars: &AVATARS,
            place,
            place_errors: errors.clone(),
            errors,
            password_errors,
        })?,
    )
        .into_response())
}

async fn show(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
) -> AppResult<Response> {
    page(
        &state,
        ctx,
        &user,
        None,
        FormErrors::default(),
        FormErrors::default(),
    )
    .await
}

async fn save(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    Form(form): Form<ProfileRequest>,
) -> AppResult<Response> {
    match profile::update(&state, &user, &form).await {
        Ok(me) => {
            let mut res = redirect_with_notice("/profile", "profile_saved");
            let lang = cookies::set(
                cookies::LANG,
                me.language.code(),
                CookieSpec {
                    http_only: false,
                    secure: state.config.secure_cookies,
                    max_age_s: 365 * 86_400,
                },
            );
            res.headers_mut()
                .append(SET_COOKIE, lang.parse().expect("cookie header"));
            Ok(res)
        }
        Err(e) => {
            let errors = FormErrors::from_error(e, &ctx.tr)?;
            let submitted = submitted_place(&form);
            page(&state, ctx, &user, submitted, errors, FormErrors::default()).await
        }
    }
}

/// What the form asked for, to show again beside its errors.
fn submitted_place(form: &ProfileRequest) -> Option<Place> {
    let (Some(region), Some(district)) = (&form.place.region, &form.place.district) else {
        return None;
    };
    Some(Place {
        region: region.clone(),
        district: district.clone(),
    })
}

async fn save_password(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    Form(form): Form<PasswordChange>,
) -> AppResult<Response> {
    match profile::change_password(&state, &user, &form).await {
        Ok(()) => Ok(redirect_with_notice("/profile", "password_changed")),
        Err(e) => {
            let errors = FormErrors::from_error(e, &ctx.tr)?;
            page(&state, ctx, &user, None, FormErrors::default(), errors).await
        }
    }
}

async fn logout_everywhere(
    State(state): State<AppState>,
    user: CurrentUser,
) -> AppResult<Response> {
    crate::service::tokens::end_all_sessions(&state, user.id).await?;
    let mut res = Redirect::to("/login?notice=logged_out_everywhere").into_response();
    for name in [cookies::ACCESS, cookies::REFRESH] {
        res.headers_mut().append(
            SET_COOKIE,
            cookies::clear(name, state.config.secure_cookies)
                .parse()
                .expect("cookie header"),
        );
    }
    Ok(res)
}

async fn api_update(
    State(state): State<AppState>,
    user: CurrentUser,
    Json(req): Json<ProfileRequest>,
) -> AppResult<impl IntoResponse> {
    Ok(Json(
        serde_json::json!({ "user": profile::update(&state, &user, &req).await? }),
    ))
}

async fn api_password(
    State(state): State<AppState>,
    user: CurrentUser,
    Json(req): Json<PasswordChange>,
) -> AppResult<StatusCode> {
    profile::change_password(&state, &user, &req).await?;
    Ok(StatusCode::NO_CONTENT)
}
