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
use kernel::extract::{Path, Query};
use kernel::form::Form;
use kernel::page::{redirect_with_notice, render, PageCtx};
use kernel::{AppResult, AppState};
use serde::Deserialize;

use super::pages_attempt_view::{read, Read, AQ};
use super::pages_common::{path_id, remaining, reshow, Fields};
use crate::service::attempts::{self, AnswerInput, AttemptView};

pub fn router() -> Router<ExamsState> {
    Router::new().route(
        "/exams/attempts/{id}",
        get(attempt_page).post(answers_submit),
    )
}

/// `?q=2`: the question to show first (0-based), after a scriptless back/next.
#[derive(Deserialize)]
struct ShowAt {
    q: Option<usize>,
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
    /// What the timer pill shows before scripts run (and without them): the time left of a
    /// timed test, `No time limit` for an untimed one.
    timer: String,
    timed: bool,
    /// From how many ms before the deadline the script counts down: the whole time of a timed
    /// test; only the last minutes of an untimed one (it closes at the due time).
    countdown_from: i64,
    questions: Vec<AQ>,
    /// The question shown first on a phone: the one asked for, else the first unanswered.
    current: usize,
    problems: usize,
}

/// An untimed attempt shows a countdown only in its last ten minutes.
const UNTIMED_COUNTDOWN_MS: i64 = 10 * 60_000;

impl AttemptPage {
    fn new(ctx: PageCtx, v: AttemptView, asked: Option<usize>) -> Self {
        let lang = ctx.lang();
        let questions: Vec<AQ> = v
            .questions
            .into_iter()
            .map(|s| AQ::from_shown(s, lang))
            .collect();
        let last = questions.len().saturating_sub(1);
        let current = asked
            .map(|i| i.min(last))
            .or_else(|| questions.iter().position(|q| !q.answered))
            .unwrap_or(0);
        let timed = v.time_limit_min.is_some();
        let left = v.deadline_at - v.now;
        let timer = if timed || left <= UNTIMED_COUNTDOWN_MS {
            format!("⏱ {}", remaining(left))
        } else {
            ctx.t("exams-child-no-time-limit")
        };
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
            timer,
            timed,
            countdown_from: if timed {
                i64::MAX
            } else {
                UNTIMED_COUNTDOWN_MS
            },
            questions,
            current,
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

    /// Whether the page shows one question at a time on a phone.
    fn paged(&self) -> bool {
        self.questions.len() > 1
    }

    fn prev(&self) -> usize {
        self.current.saturating_sub(1)
    }

    fn next(&self) -> usize {
        (self.current + 1).min(self.questions.len().saturating_sub(1))
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
    Query(shown): Query<ShowAt>,
) -> AppResult<Response> {
    let v = attempts::view(&state, &user, path_id(&id)?).await?;
    if v.submitted {
        return Ok(Redirect::to(&result_url(v.id)).into_response());
    }
    render(&AttemptPage::new(ctx, v, shown.q))
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
        let first_bad = v.questions.iter().position(|q| bad.contains(&q.id));
        let mut page = AttemptPage::new(ctx, v, first_bad);
        for q in page.questions.iter_mut().filter(|q| bad.contains(&q.id)) {
            q.problem = Some("exams-ui-number-unreadable");
            q.value = f.text(&q.field());
        }
        page.problems = bad.len();
        return reshow(StatusCode::UNPROCESSABLE_ENTITY, &page);
    }
    // Back/next without scripts: the answers are saved, the asked-for question comes next.
    if let Some(go) = f.get("go").and_then(|g| g.parse::<usize>().ok()) {
        return Ok(Redirect::to(&format!("/exams/attempts/{id}?q={go}")).into_response());
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
