//! The attempt page: every question in one form (scripts show one at a time, autosave each
//! answer and count down); posted without scripts, it saves all answers and hands them in.

use crate::state::ExamsState;
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::Router;
use kernel::auth::CurrentUser;
use kernel::extract::Path;
use kernel::form::Form;
use kernel::page::{redirect_with_notice, render, PageCtx};
use kernel::{AppResult, AppState};

use super::pages_attempt_view::{read, Read, AQ};
use super::pages_common::{path_id, reshow, when, Fields};
use crate::service::attempts::{self, AnswerInput, AttemptView};

pub fn router() -> Router<ExamsState> {
    Router::new().route(
        "/exams/attempts/{id}",
        get(attempt_page).post(answers_submit),
    )
}

#[derive(Template)]
#[template(path = "exams/attempt.html")]
struct AttemptPage {
    ctx: PageCtx,
    id: i64,
    title: String,
    /// BCP-47 tag questions are read aloud in.
    speech_lang: &'static str,
    deadline_at: i64,
    now: i64,
    deadline: String,
    questions: Vec<AQ>,
    problems: usize,
}

impl AttemptPage {
    fn new(ctx: PageCtx, v: AttemptView) -> Self {
        let lang = ctx.lang();
        let questions = v
            .questions
            .into_iter()
            .map(|s| AQ::from_shown(s, lang))
            .collect();
        Self {
            id: v.id,
            speech_lang: match v.language.as_str() {
                "ru" => "ru-RU",
                "en" => "en-US",
                _ => "uz-UZ",
            },
            title: v.title,
            deadline_at: v.deadline_at,
            now: v.now,
            deadline: when(lang, v.deadline_at),
            questions,
            problems: 0,
            ctx,
        }
    }

    /// The unanswered-questions confirm text, with `%LIST%` for the numbers.
    fn confirm_unanswered(&self) -> String {
        self.ctx.t1("exams-ui-confirm-unanswered", "list", "%LIST%")
    }

    fn total(&self) -> usize {
        self.questions.len()
    }
}

fn result_url(id: i64) -> String {
    format!("/exams/attempts/{id}/result")
}

async fn attempt_page(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let v = attempts::view(&state, &user, path_id(&id)?).await?;
    if v.submitted {
        return Ok(Redirect::to(&result_url(v.id)).into_response());
    }
    render(&AttemptPage::new(ctx, v))
}

/// Saves every answer in the form; then hands the attempt in (`action=submit`) or comes back.
/// Unreadable numbers bring the page back with the problem marked (the rest is saved).
async fn answers_submit(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    Path(id): Path<String>,
    Form(f): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let id = path_id(&id)?;
    let f = Fields(f);
    let v = attempts::view(&state, &user, id).await?;
    if v.submitted {
        return Ok(redirect_with_notice(&result_url(id), "exams_time_up"));
    }
    let mut bad = Vec::new();
    for q in &v.questions {
        let answer = match read(q, &f) {
            Read::Answer(a) => a,
            Read::Empty => continue,
            Read::BadNumber => {
                bad.push(q.id);
                continue;
            }
        };
        let input = AnswerInput {
            answer: Some(answer),
            time_ms: None,
        };
        match attempts::answer(&state, &user, id, q.id, &input).await {
            Ok(()) => {}
            Err(e) if e.status == StatusCode::CONFLICT => {
                return Ok(redirect_with_notice(&result_url(id), "exams_time_up"));
            }
            Err(e) => return Err(e),
        }
    }
    if !bad.is_empty() {
        let v = attempts::view(&state, &user, id).await?;
        let mut page = AttemptPage::new(ctx, v);
        for q in page.questions.iter_mut().filter(|q| bad.contains(&q.id)) {
            q.problem = Some("exams-ui-number-unreadable");
            q.value = f.text(&q.field());
        }
        page.problems = bad.len();
        return reshow(StatusCode::UNPROCESSABLE_ENTITY, &page);
    }
    if f.get("action") != Some("submit") {
        return Ok(redirect_with_notice(
            &format!("/exams/attempts/{id}"),
            "exams_answers_saved",
        ));
    }
    match attempts::submit(&state, &user, id).await {
        Ok(_) => Ok(Redirect::to(&result_url(id)).into_response()),
        Err(e) if e.status == StatusCode::CONFLICT => {
            Ok(redirect_with_notice(&result_url(id), "exams_time_up"))
        }
        Err(e) => Err(e),
    }
}
