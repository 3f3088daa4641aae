//! A teacher's test pages: new test, the test page (settings, sharing, assigning), copy and
//! delete. Adding and removing questions is in `pages_questions`.

use crate::state::ExamsState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;
use kernel::auth::CurrentUser;
use kernel::extract::{Path, Query};
use kernel::form::Form;
use kernel::page::{redirect_with_notice, render, PageCtx};
use kernel::{AppError, AppResult, AppState};

use super::pages_common::{form_errors, path_id, reshow, teacher_gate, Fields, Gate};
use super::pages_test_parts::{AssignForm, Failed, SettingsForm, TestQuery};
use super::pages_test_view::TestPage;
use crate::service::assign::{self, AssignInput};
use crate::service::exam_tests;

pub fn router() -> Router<ExamsState> {
    Router::new()
        .route("/exams/tests/new", get(new_page))
        .route("/exams/tests", post(create_submit))
        .route("/exams/tests/{id}", get(test_page).post(update_submit))
        .route("/exams/tests/{id}/delete", post(delete_submit))
        .route("/exams/tests/{id}/copy", post(copy_submit))
        .route("/exams/tests/{id}/visibility", post(visibility_submit))
        .route("/exams/tests/{id}/assign", post(assign_submit))
}

fn test_url(id: i64) -> String {
    format!("/exams/tests/{id}")
}

async fn new_page(ctx: PageCtx, user: CurrentUser) -> AppResult<Response> {
    if let Gate::Waiting(page) = teacher_gate(&ctx, &user)? {
        return Ok(page);
    }
    render(&TestPage::new_test(ctx))
}

async fn create_submit(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    Form(f): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let f = Fields(f);
    match exam_tests::create(&state, &user, &SettingsForm::input(&f)).await {
        Ok(t) => Ok(redirect_with_notice(&test_url(t.id), "exams_test_created")),
        Err(e) if e.status.is_client_error() && e.status != StatusCode::FORBIDDEN => {
            let (status, errors) = form_errors(e, &ctx)?;
            let mut page = TestPage::new_test(ctx).with_errors(Failed::Settings, errors);
            page.form = SettingsForm::from_fields(&f);
            reshow(status, &page)
        }
        Err(e) => Err(e),
    }
}

/// The test page: its owner edits it; others it is shared with (and moderators) read it.
async fn test_page(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    Path(id): Path<String>,
    Query(query): Query<TestQuery>,
) -> AppResult<Response> {
    if !user.role.is_staff() {
        if let Gate::Waiting(page) = teacher_gate(&ctx, &user)? {
            return Ok(page);
        }
    }
    render(&TestPage::load(&state, ctx, &user, path_id(&id)?, query).await?)
}

async fn update_submit(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    Path(id): Path<String>,
    Form(f): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let id = path_id(&id)?;
    let f = Fields(f);
    match exam_tests::update(&state, &user, id, &SettingsForm::input(&f)).await {
        Ok(_) => Ok(redirect_with_notice(&test_url(id), "exams_test_saved")),
        Err(e) if e.status == StatusCode::UNPROCESSABLE_ENTITY => {
            let (status, errors) = form_errors(e, &ctx)?;
            let mut page = TestPage::load(&state, ctx, &user, id, TestQuery::default())
                .await?
                .with_errors(Failed::Settings, errors);
            page.form = SettingsForm::from_fields(&f);
            reshow(status, &page)
        }
        Err(e) => Err(e),
    }
}

async fn delete_submit(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> AppResult<Response> {
    exam_tests::delete(&state, &user, path_id(&id)?).await?;
    Ok(redirect_with_notice("/exams", "exams_test_deleted"))
}

async fn copy_submit(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let copy = exam_tests::copy(&state, &user, path_id(&id)?).await?;
    Ok(redirect_with_notice(
        &test_url(copy.id),
        "exams_test_copied",
    ))
}

async fn visibility_submit(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    Path(id): Path<String>,
    Form(f): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let id = path_id(&id)?;
    let f = Fields(f);
    let visibility = f.text("visibility");
    match exam_tests::set_visibility(&state, &user, id, &visibility, f.int("org_id")).await {
        Ok(t) => {
            let notice = if t.visibility == "public_pending" {
                "exams_sent_to_moderation"
            } else {
                "exams_visibility_saved"
            };
            Ok(redirect_with_notice(&test_url(id), notice))
        }
        Err(e) if e.status == StatusCode::UNPROCESSABLE_ENTITY => {
            let (status, errors) = form_errors(e, &ctx)?;
            let page = TestPage::load(&state, ctx, &user, id, TestQuery::default()).await?;
            reshow(status, &page.with_errors(Failed::Share, errors))
        }
        Err(e) => Err(e),
    }
}

/// A Tashkent `datetime-local` value; empty is "not given", unreadable is a field problem.
fn moment(f: &Fields, name: &'static str) -> AppResult<Option<i64>> {
    match f.get(name).map(str::trim) {
        None | Some("") => Ok(None),
        Some(v) => kernel::clock::parse_tashkent(v)
            .map(Some)
            .ok_or_else(|| AppError::field(name, "field-invalid")),
    }
}

async fn assign_submit(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    Path(id): Path<String>,
    Form(f): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let id = path_id(&id)?;
    let f = Fields(f);
    let result = match (moment(&f, "opens_at"), moment(&f, "due_at")) {
        (Ok(opens_at), Ok(due_at)) => {
            let input = AssignInput {
                test_id: Some(id),
                class_id: f.int("class_id"),
                opens_at,
                due_at,
            };
            assign::assign(&state, &user, &input).await
        }
        (Err(e), _) | (_, Err(e)) => Err(e),
    };
    match result {
        Ok(_) => Ok(redirect_with_notice("/exams", "exams_assigned")),
        Err(e)
            if e.status == StatusCode::UNPROCESSABLE_ENTITY || e.status == StatusCode::CONFLICT =>
        {
            let (status, errors) = form_errors(e, &ctx)?;
            let mut page = TestPage::load(&state, ctx, &user, id, TestQuery::default()).await?;
            page.assign = AssignForm {
                class_id: f.text("class_id"),
                opens_at: f.text("opens_at"),
                due_at: f.text("due_at"),
            };
            reshow(status, &page.with_errors(Failed::Assign, errors))
        }
        Err(e) => Err(e),
    }
}
