//! `/exams/assignments/{id}`: the teacher's results of one assignment: every student with
//! their best attempt and per-question marks, the item statistics, and the downloads.

use crate::state::ExamsState;
use askama::Template;
use axum::extract::State;
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use kernel::auth::CurrentUser;
use kernel::extract::Path;
use kernel::page::{render, PageCtx};
use kernel::{AppResult, AppState};

use super::pages_common::{kind_key, path_id, show_decimal, status_key, when};
use crate::service::export::ClassResults;
use crate::service::results;
use crate::service::stats::StatsView;

pub fn router() -> Router<ExamsState> {
    Router::new().route("/exams/assignments/{id}", get(results_page))
}

/// A student's row: marks per question are `right`, `partly`, `wrong` or `none`.
pub struct Row {
    pub name: String,
    pub avatar: String,
    pub status: String,
    pub attempts: usize,
    pub best_attempt: Option<i64>,
    pub score: String,
    pub percent: String,
    pub passed: Option<bool>,
    pub marks: Vec<&'static str>,
}

/// A question's statistics, ready to print.
pub struct ItemLine {
    pub number: usize,
    pub prompt: String,
    pub kind: String,
    pub percent_correct: String,
    pub discrimination: String,
    pub unanswered: String,
    pub median_time: String,
    /// "A 3 ✓" per option for choice questions.
    pub options: Vec<(String, bool)>,
    pub hard: bool,
}

#[derive(Template)]
#[template(path = "exams/assignment.html")]
struct ResultsPage {
    ctx: PageCtx,
    t: ClassResults,
    rows: Vec<Row>,
    items: Vec<ItemLine>,
    status: String,
    opens: String,
    due: String,
    max: String,
    started: usize,
    submitted: usize,
    students: usize,
    mean: String,
    median: String,
    pass_rate: String,
}

fn mark(c: &Option<f64>) -> &'static str {
    match c {
        None => "none",
        Some(c) if *c >= 1.0 => "right",
        Some(c) if *c > 0.0 => "partly",
        Some(_) => "wrong",
    }
}

fn pct(v: Option<f64>, lang: &str) -> String {
    v.map(|p| format!("{}%", show_decimal(p, lang)))
        .unwrap_or_else(|| "—".into())
}

async fn results_page(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let id = path_id(&id)?;
    let t = results::class_results(&state, &user, id).await?;
    let s: StatsView = results::assignment_stats(&state, &user, id).await?;
    let lang = ctx.lang();
    let rows = t
        .students
        .iter()
        .map(|l| Row {
            name: l.name.clone(),
            avatar: l.avatar.clone(),
            status: format!("exams-ui-student-{}", l.status.replace('_', "-")),
            attempts: l.attempts.len(),
            best_attempt: l.best_attempt_id,
            score: l
                .best_score
                .map(|v| show_decimal(v, lang))
                .unwrap_or_default(),
            percent: l.percent.map(|p| pct(Some(p), lang)).unwrap_or_default(),
            passed: l.passed,
            marks: l.credits.iter().map(mark).collect(),
        })
        .collect();
    let items = s
        .questions
        .iter()
        .map(|q| ItemLine {
            number: q.question.number,
            prompt: q.question.prompt.clone(),
            kind: kind_key(q.question.kind),
            percent_correct: pct(q.stats.percent_correct, lang),
            discrimination: q
                .stats
                .discrimination
                .map(|d| show_decimal((d * 100.0).round() / 100.0, lang))
                .unwrap_or_else(|| "—".into()),
            unanswered: pct(q.stats.unanswered_percent, lang),
            median_time: q
                .stats
                .median_time_ms
                .map(|ms| kernel::dates::format_duration(&ctx.tr, ((ms + 500) / 1000) as u64))
                .unwrap_or_else(|| "—".into()),
            options: q
                .stats
                .options
                .iter()
                .flatten()
                .map(|o| (format!("{}) {} — {}", o.letter, o.text, o.count), o.correct))
                .collect(),
            hard: q.stats.percent_correct.is_some_and(|p| p < 40.0),
        })
        .collect();
    let page = ResultsPage {
        status: status_key(t.status),
        opens: when(lang, t.opens_at),
        due: when(lang, t.due_at),
        max: show_decimal(t.max_score, lang),
        started: s.test.started,
        submitted: s.test.submitted,
        students: s.students,
        mean: pct(s.test.mean_percent, lang),
        median: pct(s.test.median_percent, lang),
        pass_rate: pct(s.test.pass_rate_percent, lang),
        rows,
        items,
        t,
        ctx,
    };
    render(&page)
}
