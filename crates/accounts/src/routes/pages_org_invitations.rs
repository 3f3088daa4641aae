//! Forms for joining by consent: the organisation withdraws invitations, makes a join code and
//! answers teachers' requests (`/org/…`); the invited person or a child's parent answers an
//! invitation, and a teacher asks to join with a code (`/orgs/…`).

use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use kernel::auth::{CurrentUser, Role};
use kernel::extract::Path;
use kernel::form::{Form, FormErrors};
use kernel::page::{redirect_with_notice, render, PageCtx};
use kernel::ratelimit::ClientIp;
use kernel::{AppResult, AppState};

use super::api_orgs::org_id;
use super::pages_orgs::my_org;
use crate::service::org_invitations;
use crate::service::org_requests::{self, JoinOrgRequest};

pub fn router() -> Router<AppState> {
    Router::new()
        .route(
            "/org/invitations/{invitation_id}/withdraw",
            post(withdraw_submit),
        )
        .route("/org/join-code", post(join_code_submit))
        .route("/org/requests/{request_id}/approve", post(approve_submit))
        .route("/org/requests/{request_id}/reject", post(reject_submit))
        .route(
            "/orgs/invitations/{invitation_id}/accept",
            post(accept_submit),
        )
        .route(
            "/orgs/invitations/{invitation_id}/decline",
            post(decline_submit),
        )
        .route("/orgs/join", get(join_page).post(join_submit))
}

async fn withdraw_submit(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(inv): Path<String>,
) -> AppResult<Response> {
    let id = my_org(&state, &user).await?;
    org_invitations::withdraw(&state, &user, id, org_id(&inv)?).await?;
    Ok(redirect_with_notice("/org", "org_invitation_withdrawn"))
}

async fn join_code_submit(State(state): State<AppState>, user: CurrentUser) -> AppResult<Response> {
    let id = my_org(&state, &user).await?;
    org_requests::new_join_code(&state, &user, id).await?;
    Ok(redirect_with_notice("/org", "org_join_code_changed"))
}

async fn approve_submit(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(req): Path<String>,
) -> AppResult<Response> {
    let id = my_org(&state, &user).await?;
    org_requests::answer(&state, &user, id, org_id(&req)?, true).await?;
    Ok(redirect_with_notice("/org", "org_request_approved"))
}

async fn reject_submit(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(req): Path<String>,
) -> AppResult<Response> {
    let id = my_org(&state, &user).await?;
    org_requests::answer(&state, &user, id, org_id(&req)?, false).await?;
    Ok(redirect_with_notice("/org", "org_request_rejected"))
}

/// Parents answer on their children's page; everyone else on their dashboard.
fn back(user: &CurrentUser) -> &'static str {
    if user.role == Role::Parent {
        "/family"
    } else {
        "/dashboard"
    }
}

async fn accept_submit(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(inv): Path<String>,
) -> AppResult<Response> {
    org_invitations::answer(&state, &user, org_id(&inv)?, true).await?;
    Ok(redirect_with_notice(back(&user), "org_invitation_accepted"))
}

async fn decline_submit(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(inv): Path<String>,
) -> AppResult<Response> {
    org_invitations::answer(&state, &user, org_id(&inv)?, false).await?;
    Ok(redirect_with_notice(back(&user), "org_invitation_declined"))
}

#[derive(Template)]
#[template(path = "accounts/orgs/join.html")]
struct JoinPage {
    ctx: PageCtx,
    join_typed: String,
    join_errors: FormErrors,
}

async fn join_page(ctx: PageCtx, user: CurrentUser) -> AppResult<Response> {
    user.require(&[Role::Teacher])?;
    render(&JoinPage {
        ctx,
        join_typed: String::new(),
        join_errors: FormErrors::default(),
    })
}

async fn join_submit(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    ClientIp(ip): ClientIp,
    Form(form): Form<JoinOrgRequest>,
) -> AppResult<Response> {
    match org_requests::ask_to_join(&state, &user, &ip, &form).await {
        Ok(_) => Ok(redirect_with_notice("/dashboard", "org_request_sent")),
        Err(e) if e.status.is_client_error() && e.status != axum::http::StatusCode::FORBIDDEN => {
            let status = e.status;
            let errors = FormErrors::from_error(e, &ctx.tr)?;
            let page = JoinPage {
                ctx,
                join_typed: form.code.unwrap_or_default(),
                join_errors: errors,
            };
            Ok((status, render(&page)?).into_response())
        }
        Err(e) => Err(e),
    }
}
