//! A child's home: big picture tiles the modules offer (the letters and "continue", the test a
//! teacher assigned on top, coins and the shop), each with a speaker button, and no forms. Joining
//! a class, organisations' invitations and linking a parent sit in a small "for grown-ups" corner.

use askama::Template;
use axum::response::Response;
use kernel::auth::Principal;
use kernel::form::FormErrors;
use kernel::home::{self, HomeTile};
use kernel::page::{render, PageCtx};
use kernel::{AppResult, AppState};

use crate::service::classes::{self, ClassView};
use crate::service::invitation_views::ReceivedInvitation;
use crate::service::org_invitations;
use crate::service::orgs::{self, OrgView};
use crate::store::families;

#[derive(Template)]
#[template(path = "accounts/child_home.html")]
struct ChildHome {
    ctx: PageCtx,
    tiles: Vec<HomeTile>,
    /// What the greeting's speaker button says.
    greeting: String,
    classes: Vec<ClassView>,
    orgs: Vec<OrgView>,
    invitations: Vec<ReceivedInvitation>,
    has_parent: bool,
    code: String,
    errors: FormErrors,
}

pub async fn page(state: &AppState, ctx: PageCtx, user: &Principal) -> AppResult<Response> {
    let tiles = home::tiles_for(state, user, &ctx.tr).await;
    let greeting = ctx.t1("child-home-say-hello", "name", &user.name);
    render(&ChildHome {
        tiles,
        greeting,
        classes: classes::list(state, user).await?,
        orgs: orgs::mine(state, user).await?,
        invitations: org_invitations::received(state, user).await?,
        has_parent: families::has_parent(state.db.pool(), user.id).await?,
        ctx,
        code: String::new(),
        errors: FormErrors::default(),
    })
}
