//! `/exams/child/{id}`: a parent's view of one of their children's assignments and results.

use crate::state::ExamsState;
use askama::Template;
use axum::extract::State;
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use kernel::auth::{CurrentUser, Role};
use kernel::extract::Path;
use kernel::page::{render, PageCtx};
use kernel::{AppError, AppResult, AppState};

use super::pages_home::{student_rows, StudentRow};
use crate::service::assign;

pub fn router() -> Router<ExamsState> {
    Router::new().route("/exams/child/{id}", get(child_page))
}

#[derive(Template)]
#[template(path = "exams/child.html")]
struct ChildPage {
    ctx: PageCtx,
    name: String,
    avatar: String,
    rows: Vec<StudentRow>,
}

/// Only the parent's own child exists here; anyone else's is a 404.
async fn child_page(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    Path(id): Path<String>,
) -> AppResult<Response> {
    if user.role != Role::Parent {
        return Err(AppError::not_found());
    }
    let child = kernel::relations::caller_or_child(&state, &user, Some(&id)).await?;
    let list = assign::list(&state, &user, Some(&child.public_id)).await?;
    let rows = student_rows(&ctx.tr, list);
    render(&ChildPage {
        ctx,
        name: child.name,
        avatar: child.avatar,
        rows,
    })
}
