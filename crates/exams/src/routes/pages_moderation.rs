//! `/exams/moderation`: tests waiting to be public, for moderators and admins to approve or
//! send back.

use crate::state::ExamsState;
use askama::Template;
use axum::extract::State;
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;
use kernel::auth::CurrentUser;
use kernel::extract::Path;
use kernel::form::Form;
use kernel::page::{redirect_with_notice, render, PageCtx};
use kernel::{AppResult, AppState};

use super::pages_common::{path_id, subject_key, when, Fields};
use crate::service::exam_tests;

pub fn router() -> Router<ExamsState> {
    Router::new()
        .route("/exams/moderation", get(queue_page))
        .route("/exams/moderation/{id}", post(decide_submit))
}

pub struct Waiting {
    pub id: i64,
    pub title: String,
    pub subject: String,
    pub grade: i64,
    pub since: String,
}

#[derive(Template)]
#[template(path = "exams/moderation.html")]
struct QueuePage {
    ctx: PageCtx,
    tests: Vec<Waiting>,
}

async fn queue_page(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
) -> AppResult<Response> {
    let tests = exam_tests::pending_public(&state, &user)
        .await?
        .into_iter()
        .map(|t| Waiting {
            id: t.id,
            title: t.title,
            subject: subject_key(&t.subject),
            grade: t.grade,
            since: when(ctx.lang(), t.updated_at),
        })
        .collect();
    render(&QueuePage { ctx, tests })
}

async fn decide_submit(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    Form(f): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let approve = Fields(f).get("decision") == Some("approve");
    exam_tests::moderate(&state, &user, path_id(&id)?, approve).await?;
    let notice = if approve {
        "exams_approved"
    } else {
        "exams_rejected"
    };
    Ok(redirect_with_notice("/exams/moderation", notice))
}
