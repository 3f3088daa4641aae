//! The organisation's page (`/org`): its region and district, members, inviting people by
//! Alif24 ID, the invitations waiting, the join code and teachers' requests, approving pending teachers, its classes; and
//! leaving an organisation (`/orgs/{id}/leave`) for its members.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use kernel::auth::{AccountStatus, CurrentUser, Principal};
use kernel::extract::Path;
use kernel::form::{Form, FormErrors};
use kernel::page::{redirect_with_notice, render, PageCtx};
use kernel::{AppError, AppResult, AppState};
use serde::Deserialize;

use super::api_orgs::org_id;
use crate::service::classes::{self, ClassView};
use crate::service::invitation_views::SentInvitation;
use crate::service::org_invitations::{self, InviteRequest};
use crate::service::org_region;
use crate::service::org_requests::{self, JoinRequestView};
use crate::service::orgs::{self, OrgMembers};
use crate::service::regions::{self, Place, PlaceChange, RegionChoice};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/org", get(org_page))
        .route("/org/members", post(add_submit))
        .route("/org/region", post(region_submit))
        .route("/org/members/{user_id}/remove", post(remove_submit))
        .route("/org/teachers/{user_id}/approve", post(approve_submit))
        .route("/orgs/{id}/leave", post(leave_submit))
}

#[derive(Template)]
#[template(path = "accounts/orgs/index.html")]
struct OrgPage {
    ctx: PageCtx,
    m: OrgMembers,
    classes: Vec<ClassView>,
    sent: Vec<SentInvitation>,
    join_code: Option<String>,
    requests: Vec<JoinRequestView>,
    active: bool,
    form_id: String,
    form_role: String,
    errors: FormErrors,
    places: Vec<RegionChoice>,
    place: Place,
    place_errors: FormErrors,
}

impl OrgPage {
    /// Where the organisation is, as saved, in the page's language.
    fn place_label(&self) -> Option<String> {
        org_region::place_of(&self.m.org).label(self.ctx.tr.lang)
    }

    fn role_is(&self, role: &str) -> bool {
        self.form_role == role || (self.form_role.is_empty() && role == "teacher")
    }
}

/// The organisation the caller manages (403 when none).
pub(super) async fn my_org(state: &AppState, who: &Principal) -> AppResult<i64> {
    orgs::managed_org(state, who)
        .await?
        .ok_or_else(AppError::forbidden)
}

async fn page(
    state: &AppState,
    ctx: PageCtx,
    who: &Principal,
    form: AddForm,
    errors: FormErrors,
) -> AppResult<OrgPage> {
    let id = my_org(state, who).await?;
    let m = orgs::members(state, who, id).await?;
    Ok(OrgPage {
        places: regions::choices(ctx.tr.lang),
        place: org_region::place_of(&m.org),
        place_errors: FormErrors::default(),
        m,
        classes: classes::of_org(state, who, id).await?,
        sent: org_invitations::sent(state, who, id).await?,
        join_code: org_requests::join_code(state, who, id).await?,
        requests: org_requests::for_org(state, who, id).await?,
        active: who.status == AccountStatus::Active,
        ctx,
        form_id: form.alif24_id.unwrap_or_default(),
        form_role: form.member_role.unwrap_or_default(),
        errors,
    })
}

async fn org_page(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
) -> AppResult<Response> {
    render(
        &page(
            &state,
            ctx,
            &user,
            AddForm::default(),
            FormErrors::default(),
        )
        .await?,
    )
}

#[derive(Deserialize, Default)]
struct AddForm {
    alif24_id: Option<String>,
    member_role: Option<String>,
}

async fn add_submit(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    Form(form): Form<AddForm>,
) -> AppResult<Response> {
    let id = my_org(&state, &user).await?;
    let req = InviteRequest {
        user_id: form.alif24_id.clone(),
        member_role: form.member_role.clone(),
    };
    match org_invitations::invite(&state, &user, id, &req).await {
        Ok(_) => Ok(redirect_with_notice("/org", "org_invitation_sent")),
        Err(e) if e.status.is_client_error() && e.status != StatusCode::NOT_FOUND => {
            let status = e.status;
            let errors = FormErrors::from_error(e, &ctx.tr)?;
            let page = page(&state, ctx, &user, form, errors).await?;
            Ok((status, render(&page)?).into_response())
        }
        Err(e) => Err(e),
    }
}

async fn region_submit(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    Form(form): Form<PlaceChange>,
) -> AppResult<Response> {
    let id = my_org(&state, &user).await?;
    match org_region::set(&state, &user, id, &form).await {
        Ok(_) => Ok(redirect_with_notice("/org", "org_region_saved")),
        Err(e) if e.status == StatusCode::UNPROCESSABLE_ENTITY => {
            let errors = FormErrors::from_error(e, &ctx.tr)?;
            let mut page = page(
                &state,
                ctx,
                &user,
                AddForm::default(),
                FormErrors::default(),
            )
            .await?;
            page.place = Place {
                region: form.region.flatten(),
                district: form.district.flatten(),
            };
            page.place_errors = errors;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)?).into_response())
        }
        Err(e) => Err(e),
    }
}

async fn remove_submit(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(user_id): Path<String>,
) -> AppResult<Response> {
    let id = my_org(&state, &user).await?;
    orgs::remove_member(&state, &user, id, &user_id).await?;
    Ok(redirect_with_notice("/org", "org_member_removed"))
}

async fn approve_submit(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(user_id): Path<String>,
) -> AppResult<Response> {
    let id = my_org(&state, &user).await?;
    orgs::approve_teacher(&state, &user, id, &user_id).await?;
    Ok(redirect_with_notice("/org", "org_teacher_approved"))
}

async fn leave_submit(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> AppResult<Response> {
    orgs::remove_member(&state, &user, org_id(&id)?, &user.public_id).await?;
    Ok(redirect_with_notice("/dashboard", "org_left"))
}
