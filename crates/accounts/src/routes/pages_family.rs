//! `/family`: a parent's children, the organisations' invitations for them, the "add a child"
//! and "link a child" forms; and `/family/link-code`, where a child gets a code to show a parent.

use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use kernel::auth::{CurrentUser, Role};
use kernel::extract::{Path, Query};
use kernel::form::{Form, FormErrors};
use kernel::page::{redirect_with_notice, render, PageCtx};
use kernel::ratelimit::ClientIp;
use kernel::{AppResult, AppState};
use serde::Deserialize;

use super::pages_child_signin::ChildSignIn;
use crate::model::{AVATARS, DEFAULT_AVATAR};
use crate::service::child_password::{self, ChildPasswordRequest};
use crate::service::family::{self, CreateChildRequest, LinkCode, LinkRequest};
use crate::service::invitation_views::ReceivedInvitation;
use crate::service::org_invitations;
use crate::service::signin_alerts::AlertView;
use crate::service::view::UserView;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/family", get(family_page))
        .route("/family/children", post(create_child))
        .route("/family/children/{id}/unlink", post(unlink_child))
        .route("/family/children/{id}/password", post(set_child_password))
        .route("/family/link", post(link_child))
        .route("/family/link-code", get(link_code_page).post(new_link_code))
}

/// What the "add a child" form shows again after a problem (never the password).
#[derive(Default)]
pub struct ChildValues {
    pub name: String,
    pub birth_year: String,
    pub avatar: String,
}

impl ChildValues {
    pub fn avatar_is(&self, a: &str) -> bool {
        if self.avatar.is_empty() {
            a == DEFAULT_AVATAR
        } else {
            self.avatar == a
        }
    }
}

#[derive(Template)]
#[template(path = "accounts/family/index.html")]
struct FamilyPage {
    ctx: PageCtx,
    children: Vec<UserView>,
    /// Invitations from organisations waiting for the parent's answer.
    invitations: Vec<ReceivedInvitation>,
    /// The child just created, shown in a highlighted card with its ID.
    new_child: Option<UserView>,
    avatars: &'static [&'static str],
    year_min: i64,
    year_max: i64,
    add: ChildValues,
    add_errors: FormErrors,
    link_id: String,
    link_code: String,
    link_errors: FormErrors,
    /// Each child's login cards and picture password.
    signin: Vec<ChildSignIn>,
    /// Notices that someone kept guessing a child's password.
    alerts: Vec<AlertView>,
}

impl FamilyPage {
    fn signin_of(&self, id: &str) -> Option<&ChildSignIn> {
        self.signin.iter().find(|s| s.id == id)
    }

    /// "Someone tried to sign in to Ali's account 14 times today."
    fn alert_text(&self, a: &AlertView) -> String {
        let mut args = vec![
            ("name", a.child_name.clone()),
            ("count", a.failures.to_string()),
        ];
        let key = if a.today {
            "signin-alert-today"
        } else {
            args.push(("date", a.day.clone()));
            "signin-alert-day"
        };
        self.ctx.tr.ta(key, &args)
    }

    fn pictures(&self) -> &'static [(&'static str, &'static str)] {
        &crate::service::picture_password::PICTURES
    }

    fn picture_positions(&self) -> std::ops::RangeInclusive<usize> {
        1..=crate::service::picture_password::LENGTH
    }

    async fn load(state: &AppState, ctx: PageCtx, user: &CurrentUser) -> AppResult<Self> {
        let children = family::list_children(state, user).await?;
        let (signin, alerts) =
            super::pages_child_signin::family_parts(state, user, &children).await?;
        let year = kernel::clock::tashkent(state.now_ms()).year;
        Ok(Self {
            ctx,
            children,
            invitations: org_invitations::received(state, user).await?,
            new_child: None,
            avatars: &AVATARS,
            year_min: year - 18,
            year_max: year - 3,
            add: ChildValues::default(),
            add_errors: FormErrors::default(),
            link_id: String::new(),
            link_code: String::new(),
            link_errors: FormErrors::default(),
            signin,
            alerts,
        })
    }
}

#[derive(Deserialize)]
struct FamilyQuery {
    new: Option<String>,
}

async fn family_page(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    Query(q): Query<FamilyQuery>,
) -> AppResult<Response> {
    if user.role == Role::Student {
        return Ok(Redirect::to("/family/link-code").into_response());
    }
    let mut page = FamilyPage::load(&state, ctx, &user).await?;
    page.new_child = q
        .new
        .and_then(|id| page.children.iter().find(|c| c.id == id).cloned());
    render(&page)
}

async fn create_child(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    Form(form): Form<CreateChildRequest>,
) -> AppResult<Response> {
    match family::create_child(&state, &user, &form).await {
        Ok(child) => Ok(redirect_with_notice(
            &format!("/family?new={}", child.id),
            "family_child_created",
        )),
        Err(e) => {
            let status = e.status;
            let add_errors = FormErrors::from_error(e, &ctx.tr)?;
            let mut page = FamilyPage::load(&state, ctx, &user).await?;
            page.add = ChildValues {
                name: form.name.unwrap_or_default(),
                birth_year: form.birth_year.unwrap_or_default(),
                avatar: form.avatar.unwrap_or_default(),
            };
            page.add_errors = add_errors;
            Ok((status, render(&page)?).into_response())
        }
    }
}

async fn link_child(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    ClientIp(ip): ClientIp,
    Form(form): Form<LinkRequest>,
) -> AppResult<Response> {
    match family::link_child(&state, &user, &form, &ip).await {
        Ok(_) => Ok(redirect_with_notice("/family", "family_child_linked")),
        Err(e) => {
            let status = e.status;
            let link_errors = FormErrors::from_error(e, &ctx.tr)?;
            let mut page = FamilyPage::load(&state, ctx, &user).await?;
            page.link_id = form.child_id.unwrap_or_default();
            page.link_code = form.code.unwrap_or_default();
            page.link_errors = link_errors;
            Ok((status, render(&page)?).into_response())
        }
    }
}

async fn unlink_child(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> AppResult<Response> {
    family::unlink_child(&state, &user, &id).await?;
    Ok(redirect_with_notice("/family", "family_child_unlinked"))
}

/// A new password the parent chose; a refusal is shown on the error page with its reasons.
async fn set_child_password(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    Form(req): Form<ChildPasswordRequest>,
) -> AppResult<Response> {
    child_password::reset(&state, &user, &id, &req).await?;
    Ok(redirect_with_notice("/family", "family_child_password_set"))
}

#[derive(Template)]
#[template(path = "accounts/family/link_code.html")]
struct LinkCodePage {
    ctx: PageCtx,
    code: Option<LinkCode>,
    expires: String,
}

async fn link_code_page(ctx: PageCtx, user: CurrentUser) -> AppResult<Response> {
    user.require_active(&[Role::Student])?;
    render(&LinkCodePage {
        ctx,
        code: None,
        expires: String::new(),
    })
}

/// Shows the new code in the answer itself: only its hash is stored, so it cannot be shown
/// again after a redirect.
async fn new_link_code(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
) -> AppResult<Response> {
    let code = family::new_link_code(&state, &user).await?;
    let expires = kernel::dates::format_date_time(ctx.tr.lang, code.expires_at);
    render(&LinkCodePage {
        ctx,
        code: Some(code),
        expires,
    })
}
