//! `/exams/attempts/{id}/result`: an attempt's result for the student (and their parent, and
//! the teacher), as far as the test's settings allow, with kind words for children.

use crate::state::ExamsState;
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::Router;
use kernel::auth::{CurrentUser, Role};
use kernel::extract::Path;
use kernel::page::{render, PageCtx};
use kernel::{AppResult, AppState};

use super::pages_common::{path_id, show_decimal, when};
use crate::service::results::{self, ResultView};
use questions::layout::Shown;
use questions::model::answer::Answer;

pub fn router() -> Router<ExamsState> {
    Router::new().route("/exams/attempts/{id}/result", get(result_page))
}

/// One question of the result.
pub struct RLine {
    pub number: usize,
    pub prompt: String,
    pub points: i64,
    pub given: Option<String>,
    /// `right`, `partly`, `wrong`, or empty when not shown yet.
    pub mark: &'static str,
    pub correct: Option<String>,
    pub explanation: Option<String>,
}

#[derive(Template)]
#[template(path = "exams/result.html")]
struct ResultPage {
    ctx: PageCtx,
    r: ResultView,
    lines: Vec<RLine>,
    /// The big emoji and the kind words above the score.
    cheer: (&'static str, &'static str),
    score: String,
    max: String,
    percent: String,
    score_at: Option<String>,
    answers_at: Option<String>,
    back: &'static str,
}

/// An answer in words: the texts of the chosen options, the typed text, the order…
pub fn answer_text(ctx: &PageCtx, s: &Shown, a: &Answer) -> String {
    let text = |i: &usize| {
        s.choices
            .iter()
            .find(|c| c.index == *i)
            .map(|c| c.text.clone())
            .unwrap_or_else(|| "—".into())
    };
    match a {
        Answer::Single { choice } => text(choice),
        Answer::Multiple { choices } => choices.iter().map(text).collect::<Vec<_>>().join("; "),
        Answer::TrueFalse { value } => ctx.t(if *value {
            "exams-ui-true"
        } else {
            "exams-ui-false"
        }),
        Answer::Short { text } => text.clone(),
        Answer::Numeric { value } => show_decimal(*value, ctx.lang()),
        Answer::Ordering { order } => order.iter().map(text).collect::<Vec<_>>().join(" → "),
        Answer::Matching { choices } => s
            .left
            .iter()
            .zip(choices)
            .map(|(l, r)| format!("{l} → {}", text(r)))
            .collect::<Vec<_>>()
            .join("; "),
        Answer::FillBlanks { values } => {
            let mut out = String::new();
            for (i, part) in s.parts.iter().enumerate() {
                out.push_str(part);
                if i + 1 < s.parts.len() {
                    let v = values.get(i).filter(|v| !v.is_empty());
                    out.push_str(&format!("[{}]", v.map_or("…", String::as_str)));
                }
            }
            out
        }
    }
}

fn cheer(r: &ResultView) -> (&'static str, &'static str) {
    match (r.percent, r.passed) {
        (Some(p), _) if p >= 90.0 => ("🌟", "exams-ui-cheer-excellent"),
        (Some(_), Some(true)) => ("🎉", "exams-ui-cheer-passed"),
        (Some(_), _) => ("💪", "exams-ui-cheer-try-again"),
        (None, _) => ("✅", "exams-ui-cheer-handed-in"),
    }
}

async fn result_page(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let id = path_id(&id)?;
    let r = match results::result(&state, &user, id).await {
        Ok(r) => r,
        Err(e) if e.status == StatusCode::CONFLICT => {
            return Ok(Redirect::to(&format!("/exams/attempts/{id}")).into_response())
        }
        Err(e) => return Err(e),
    };
    let lines = r
        .questions
        .iter()
        .map(|q| RLine {
            number: q.shown.number,
            prompt: if q.shown.prompt.trim().is_empty() {
                q.shown.parts.join("___")
            } else {
                q.shown.prompt.clone()
            },
            points: q.shown.points,
            given: q
                .shown
                .answer
                .as_ref()
                .map(|a| answer_text(&ctx, &q.shown, a)),
            mark: match q.credit {
                None => "",
                Some(c) if c >= 1.0 => "right",
                Some(c) if c > 0.0 => "partly",
                Some(_) => "wrong",
            },
            correct: q
                .correct_answer
                .as_ref()
                .map(|a| answer_text(&ctx, &q.shown, a)),
            explanation: q.explanation.clone(),
        })
        .collect();
    let lang = ctx.lang();
    let page = ResultPage {
        cheer: cheer(&r),
        score: r.score.map(|s| show_decimal(s, lang)).unwrap_or_default(),
        max: show_decimal(r.max_score, lang),
        percent: r.percent.map(|p| show_decimal(p, lang)).unwrap_or_default(),
        score_at: r.score_visible_at.map(|ms| when(lang, ms)),
        answers_at: r.answers_visible_at.map(|ms| when(lang, ms)),
        back: if matches!(user.role, Role::Student | Role::Teacher) {
            "/exams"
        } else {
            "/dashboard"
        },
        lines,
        r,
        ctx,
    };
    render(&page)
}
