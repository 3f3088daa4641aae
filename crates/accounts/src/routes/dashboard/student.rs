//! The student's dashboard: identity card, joining a class with a code, their classes,
//! organisations and invitations, and the code that links them to a parent.

use askama::Template;
use axum::response::Response;
use kernel::auth::Principal;
use kernel::form::FormErrors;
use kernel::page::{render, PageCtx};
use kernel::{AppResult, AppState};

use crate::service::classes::{self, ClassView};
use crate::service::invitation_views::ReceivedInvitation;
use crate::service::org_invitations;
use crate::service::orgs::{self, OrgView};

#[derive(Template)]
#[template(path = "accounts/classes/student_dashboard.html")]
struct StudentDashboard {
    ctx: PageCtx,
    classes: Vec<ClassView>,
    orgs: Vec<OrgView>,
    invitations: Vec<ReceivedInvitation>,
    code: String,
    errors: FormErrors,
}

pub async fn page(state: &AppState, ctx: PageCtx, user: &Principal) -> AppResult<Response> {
    render(&StudentDashboard {
        classes: classes::list(state, user).await?,
        orgs: orgs::mine(state, user).await?,
        invitations: org_invitations::received(state, user).await?,
        ctx,
        code: String::new(),
        errors: FormErrors::default(),
    })
}
