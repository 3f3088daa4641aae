//! The questions of a test, from its page: write a new one (saved to the bank and added),
//! add some from the bank, remove one.

use crate::state::ExamsState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::post;
use axum::Router;
use kernel::auth::{CurrentUser, Principal};
use kernel::extract::Path;
use kernel::form::Form;
use kernel::page::{redirect_with_notice, PageCtx};
use kernel::{AppError, AppResult, AppState};

use super::pages_common::{form_errors, path_id, reshow, Fields};
use super::pages_editor::QEdit;
use super::pages_test_parts::{Failed, TestQuery};
use super::pages_test_view::TestPage;
use crate::service::bank::{self, QuestionInput};
use crate::service::exam_tests;
use questions::model::question::Question;

pub fn router() -> Router<ExamsState> {
    Router::new()
        .route("/exams/tests/{id}/questions", post(add_submit))
        .route("/exams/tests/{id}/bank", post(bank_submit))
        .route(
            "/exams/tests/{id}/questions/{question_id}/remove",
            post(remove_submit),
        )
}

fn points(f: &Fields) -> AppResult<i64> {
    match f.int("points").unwrap_or(1) {
        p @ 1..=100 => Ok(p),
        _ => Err(AppError::field("points", "exams-field-points")),
    }
}

/// Saves a written question to the caller's bank and adds it to their (unassigned) test.
async fn add_new(
    state: &AppState,
    who: &Principal,
    id: i64,
    q: Question,
    points: i64,
    image_id: Option<i64>,
) -> AppResult<()> {
    let test = exam_tests::view(state, who, id).await?;
    if !test.mine {
        return Err(AppError::not_found());
    }
    if test.assigned {
        return Err(AppError::conflict("exams_test_assigned"));
    }
    let input = QuestionInput {
        subject: Some(test.subject),
        grade: Some(test.grade),
        topic: None,
        language: Some(test.language),
        difficulty: None,
        question: Some(q),
        image_id,
        status: None,
    };
    let saved = bank::create(state, who, &input).await?;
    exam_tests::add_questions(state, who, id, &[saved.id], Some(points)).await?;
    Ok(())
}

async fn add_submit(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    Path(id): Path<String>,
    Form(f): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let id = path_id(&id)?;
    let f = Fields(f);
    let kind = f.text("type");
    let edit = QEdit::from_fields("", &kind, &f, true);
    let result = match (edit.to_question(), points(&f)) {
        (Ok(q), Ok(p)) => add_new(&state, &user, id, q, p, f.int("image_id")).await,
        (Err(e), _) => Err(AppError::invalid(vec![e])),
        (_, Err(e)) => Err(e),
    };
    match result {
        Ok(()) => Ok(redirect_with_notice(
            &format!("/exams/tests/{id}?type={}", edit.kind),
            "exams_question_added",
        )),
        Err(e) if e.status == StatusCode::UNPROCESSABLE_ENTITY => {
            let (status, errors) = form_errors(e, &ctx)?;
            let mut page = TestPage::load(&state, ctx, &user, id, TestQuery::default()).await?;
            page.e = edit;
            page.points = f.text("points");
            reshow(status, &page.with_errors(Failed::Question, errors))
        }
        Err(e) => Err(e),
    }
}

async fn bank_submit(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    Path(id): Path<String>,
    Form(f): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let id = path_id(&id)?;
    let f = Fields(f);
    let ids: Vec<i64> = f
        .all("question_id")
        .iter()
        .filter_map(|v| v.parse().ok())
        .collect();
    match exam_tests::add_questions(&state, &user, id, &ids, f.int("points")).await {
        Ok(_) => Ok(redirect_with_notice(
            &format!("/exams/tests/{id}"),
            "exams_questions_added",
        )),
        Err(e) if e.status == StatusCode::UNPROCESSABLE_ENTITY => {
            let (status, errors) = form_errors(e, &ctx)?;
            let page = TestPage::load(&state, ctx, &user, id, TestQuery::default()).await?;
            reshow(status, &page.with_errors(Failed::Bank, errors))
        }
        Err(e) => Err(e),
    }
}

async fn remove_submit(
    State(state): State<AppState>,
    user: CurrentUser,
    Path((id, qid)): Path<(String, String)>,
) -> AppResult<Response> {
    let id = path_id(&id)?;
    exam_tests::remove_question(&state, &user, id, path_id(&qid)?).await?;
    Ok(redirect_with_notice(
        &format!("/exams/tests/{id}"),
        "exams_question_removed",
    ))
}
