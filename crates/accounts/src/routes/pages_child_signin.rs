//! The family page's and class roster's sign-in helpers as forms: a picture password, "open
//! my child's account", dismissing a notice of guessing, and the teacher's password reset.

use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::Response;
use axum::routing::post;
use axum::Router;
use kernel::auth::CurrentUser;
use kernel::cookies::user_agent;
use kernel::extract::Path;
use kernel::form::Form;
use kernel::i18n::Lang;
use kernel::page::redirect_with_notice;
use kernel::{AppResult, AppState};
use serde::Deserialize;

use super::api_classes::class_id;
use super::pages_auth::signed_in;
use crate::service::child_access::{parents_child, teachers_student};
use crate::service::child_password::{self, ChildPasswordRequest};
use crate::service::picture_password::{self, PicturePasswordRequest};
use crate::service::{signin_alerts, switch_child};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/family/children/{id}/picture-password", post(set_pictures))
        .route(
            "/family/children/{id}/picture-password/remove",
            post(clear_pictures),
        )
        .route("/family/children/{id}/open", post(open_child))
        .route("/family/children/{id}/alerts/dismiss", post(dismiss_alerts))
        .route(
            "/classes/{class_id}/students/{id}/password",
            post(class_password),
        )
}

/// The picture form: one radio group per position (`p1` … `p4`).
#[derive(Deserialize)]
struct PicturesForm {
    p1: Option<String>,
    p2: Option<String>,
    p3: Option<String>,
    p4: Option<String>,
}

async fn set_pictures(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    Form(form): Form<PicturesForm>,
) -> AppResult<Response> {
    let child = parents_child(&state, &user, &id).await?;
    let pictures = [form.p1, form.p2, form.p3, form.p4]
        .into_iter()
        .map(Option::unwrap_or_default)
        .collect();
    picture_password::set(&state, &user, &child, &PicturePasswordRequest { pictures }).await?;
    Ok(redirect_with_notice("/family", "picture_password_set"))
}

async fn clear_pictures(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let child = parents_child(&state, &user, &id).await?;
    picture_password::clear(&state, &child).await?;
    Ok(redirect_with_notice("/family", "picture_password_removed"))
}

/// The phone becomes the child's: a new session, the parent's cookies replaced.
async fn open_child(
    State(state): State<AppState>,
    user: CurrentUser,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let child = parents_child(&state, &user, &id).await?;
    let s = switch_child::open_child(&state, &user, child, &user_agent(&headers), true).await?;
    let lang = Lang::parse(&s.user.language).unwrap_or_default();
    Ok(signed_in(&state, &s.tokens, lang, "/dashboard"))
}

async fn dismiss_alerts(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> AppResult<Response> {
    signin_alerts::dismiss(&state, &user, &id).await?;
    Ok(redirect_with_notice("/family", "signin_alert_dismissed"))
}

async fn class_password(
    State(state): State<AppState>,
    user: CurrentUser,
    Path((class, id)): Path<(String, String)>,
    Form(req): Form<ChildPasswordRequest>,
) -> AppResult<Response> {
    let class = class_id(&class)?;
    let student = teachers_student(&state, &user, class, &id).await?;
    child_password::set_for(&state, &user, &student, &req).await?;
    Ok(redirect_with_notice(
        &format!("/classes/{class}"),
        "class_student_password_set",
    ))
}

/// What the family page shows about one child's sign-in.
pub struct ChildSignIn {
    /// The child's Alif24 ID.
    pub id: String,
    pub cards: Vec<crate::service::login_cards::CardView>,
    pub has_pictures: bool,
}

/// The family page's sign-in parts: each child's cards and picture password, and the notices.
pub async fn family_parts(
    state: &AppState,
    parent: &CurrentUser,
    children: &[crate::service::view::UserView],
) -> AppResult<(Vec<ChildSignIn>, Vec<signin_alerts::AlertView>)> {
    let mut out = Vec::with_capacity(children.len());
    for c in children {
        let child = parents_child(state, parent, &c.id).await?;
        out.push(ChildSignIn {
            id: c.id.clone(),
            cards: crate::service::login_cards::list(state, &child).await?,
            has_pictures: picture_password::has(state, child.id).await?,
        });
    }
    Ok((out, signin_alerts::for_parent(state, parent).await?))
}
