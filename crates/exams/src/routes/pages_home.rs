//! `/exams`: a teacher's tests and assignments, or a student's assignments; and the student's
//! "start" button.

use crate::state::ExamsState;
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use kernel::auth::{CurrentUser, Principal, Role};
use kernel::extract::Path;
use kernel::page::{redirect_with_notice, render, PageCtx};
use kernel::{AppError, AppResult, AppState};

use super::pages_common::{
    path_id, show_decimal, status_key, subject_key, teacher_gate, visibility_key, when, when_words,
    Gate,
};
use crate::service::assign::{self, AssignmentView};
use crate::service::{attempts, exam_tests};
use kernel::i18n::Tr;

pub fn router() -> Router<ExamsState> {
    Router::new()
        .route("/exams", get(home))
        .route("/exams/assignments/{id}/start", post(start_submit))
}

/// A test in the teacher's lists.
pub struct TestLine {
    pub id: i64,
    pub title: String,
    pub subject: String,
    pub grade: i64,
    pub count: usize,
    pub visibility: String,
    pub pending: bool,
    pub assigned: bool,
}

/// An assignment as the teacher's list shows it.
pub struct TeacherAssignment {
    pub id: i64,
    pub test_id: i64,
    pub title: String,
    pub class_name: String,
    pub status: &'static str,
    pub status_label: String,
    pub opens: String,
    pub due: String,
}

#[derive(Template)]
#[template(path = "exams/teacher_home.html")]
struct TeacherHome {
    ctx: PageCtx,
    mine: Vec<TestLine>,
    shared: Vec<TestLine>,
    assignments: Vec<TeacherAssignment>,
}

/// An assignment as a student (or their parent) sees it.
pub struct StudentRow {
    pub id: i64,
    pub title: String,
    pub class_name: String,
    pub status: &'static str,
    pub status_label: String,
    pub opens: String,
    pub due: String,
    pub time_limit: Option<i64>,
    pub attempts_left: i64,
    pub in_progress: Option<i64>,
    pub last_attempt: Option<i64>,
    /// "4 / 5", once the test's settings let the student see it.
    pub score: Option<String>,
}

/// The best score of a handed-in assignment; the service leaves it out while the test's
/// settings hide scores from the caller (the student or their parent).
fn visible_score(row: &StudentRow, best: Option<f64>, max: f64, lang: &str) -> Option<String> {
    let (Some(_), None, Some(best)) = (row.last_attempt, row.in_progress, best) else {
        return None;
    };
    Some(format!(
        "{} / {}",
        show_decimal(best, lang),
        show_decimal(max, lang)
    ))
}

/// A test in progress first, then open assignments (soonest due), upcoming ones, and closed
/// ones (latest first), with scores where the caller may see them and dates in words.
pub fn student_rows(tr: &Tr, list: Vec<AssignmentView>) -> Vec<StudentRow> {
    let lang = tr.lang.code();
    let mut list = list;
    let rank = |s: &str| match s {
        "open" => 0,
        "upcoming" => 1,
        _ => 2,
    };
    list.sort_by_key(|a| {
        let r = rank(a.status);
        let going = r == 0 && a.mine.as_ref().is_some_and(|m| m.in_progress.is_some());
        (!going, r, if r == 2 { -a.due_at } else { a.due_at })
    });
    let mut rows = Vec::with_capacity(list.len());
    for a in list {
        let used = a.mine.as_ref().map_or(0, |m| m.attempts_used);
        let mut row = StudentRow {
            id: a.id,
            title: a.title,
            class_name: a.class_name,
            status: a.status,
            status_label: status_key(a.status),
            opens: when_words(tr, a.opens_at),
            due: when_words(tr, a.due_at),
            time_limit: a.time_limit_min,
            attempts_left: (a.max_attempts - used).max(0),
            in_progress: a.mine.as_ref().and_then(|m| m.in_progress),
            last_attempt: a.mine.as_ref().and_then(|m| m.last_attempt),
            score: None,
        };
        if let Some(m) = &a.mine {
            row.score = visible_score(&row, m.best_score, m.max_score, lang);
        }
        rows.push(row);
    }
    rows
}

#[derive(Template)]
#[template(path = "exams/student_home.html")]
struct StudentHome {
    ctx: PageCtx,
    rows: Vec<StudentRow>,
}

async fn home(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
) -> AppResult<Response> {
    match user.role {
        Role::Student => {
            let list = assign::list(&state, &user, None).await?;
            let rows = student_rows(&ctx.tr, list);
            render(&StudentHome { ctx, rows })
        }
        Role::Teacher => match teacher_gate(&ctx, &user)? {
            Gate::Waiting(page) => Ok(page),
            Gate::Open => render(&teacher_home(&state, ctx, &user).await?),
        },
        Role::Moderator | Role::Admin => Ok(Redirect::to("/exams/moderation").into_response()),
        Role::Parent => Ok(Redirect::to("/dashboard").into_response()),
        Role::Organization => Err(AppError::forbidden()),
    }
}

async fn teacher_home(state: &AppState, ctx: PageCtx, who: &Principal) -> AppResult<TeacherHome> {
    let mut mine = Vec::new();
    let mut shared = Vec::new();
    for t in exam_tests::list(state, who).await? {
        let (count, assigned) = if t.owner_id == who.id {
            let v = exam_tests::view(state, who, t.id).await?;
            (v.questions.len(), v.assigned)
        } else {
            (0, false)
        };
        let line = TestLine {
            id: t.id,
            title: t.title,
            subject: subject_key(&t.subject),
            grade: t.grade,
            count,
            pending: t.visibility == "public_pending",
            visibility: visibility_key(&t.visibility),
            assigned,
        };
        if t.owner_id == who.id {
            mine.push(line);
        } else {
            shared.push(line);
        }
    }
    let assignments = assign::list(state, who, None)
        .await?
        .into_iter()
        .map(|a| TeacherAssignment {
            id: a.id,
            test_id: a.test_id,
            title: a.title,
            class_name: a.class_name,
            status: a.status,
            status_label: status_key(a.status),
            opens: when(ctx.lang(), a.opens_at),
            due: when(ctx.lang(), a.due_at),
        })
        .collect();
    Ok(TeacherHome {
        ctx,
        mine,
        shared,
        assignments,
    })
}

/// Starts (or resumes) an attempt and opens it; a refusal comes back as a notice.
async fn start_submit(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> AppResult<Response> {
    match attempts::start(&state, &user, path_id(&id)?).await {
        Ok(a) => Ok(Redirect::to(&format!("/exams/attempts/{}", a.id)).into_response()),
        Err(e) if e.status == StatusCode::CONFLICT => Ok(redirect_with_notice("/exams", e.code)),
        Err(e) => Err(e),
    }
}
