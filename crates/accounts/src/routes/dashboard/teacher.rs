//! The teacher's dashboard: identity card, their classes with join codes, creating a class
//! (once approved), the organisations they belong to, their invitations and asking to join one.

use askama::Template;
use axum::response::Response;
use kernel::auth::{AccountStatus, Principal};
use kernel::form::FormErrors;
use kernel::page::{render, PageCtx};
use kernel::{AppResult, AppState};

use crate::service::classes::{self, ClassView, OrgRef};
use crate::service::invitation_views::ReceivedInvitation;
use crate::service::org_invitations;
use crate::service::org_requests::{self, JoinRequestView};
use crate::service::orgs::{self, OrgView};

#[derive(Template)]
#[template(path = "accounts/classes/teacher_dashboard.html")]
struct TeacherDashboard {
    ctx: PageCtx,
    classes: Vec<ClassView>,
    teaching_orgs: Vec<OrgRef>,
    orgs: Vec<OrgView>,
    invitations: Vec<ReceivedInvitation>,
    requests: Vec<JoinRequestView>,
    join_typed: String,
    join_errors: FormErrors,
    can_create: bool,
    form_name: String,
    errors: FormErrors,
}

pub async fn page(state: &AppState, ctx: PageCtx, user: &Principal) -> AppResult<Response> {
    let classes = classes::list(state, user)
        .await?
        .into_iter()
        .filter(|c| !c.archived)
        .collect();
    render(&TeacherDashboard {
        classes,
        teaching_orgs: classes::teaching_orgs(state, user).await?,
        orgs: orgs::mine(state, user).await?,
        invitations: org_invitations::received(state, user).await?,
        requests: org_requests::mine(state, user).await?,
        join_typed: String::new(),
        join_errors: FormErrors::default(),
        can_create: user.status == AccountStatus::Active,
        ctx,
        form_name: String::new(),
        errors: FormErrors::default(),
    })
}
