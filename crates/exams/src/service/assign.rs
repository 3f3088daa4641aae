//! Assignments: a teacher gives one of their tests to one of their classes, open from one
//! time until another. Students see their classes' assignments; parents their children's.

use kernel::auth::{Principal, Role};
use kernel::error::FieldError;
use kernel::{AppError, AppResult, AppState};
use serde::{Deserialize, Serialize};

use crate::service::require_teacher;
use crate::service::results::revealed;
use crate::store::assignments::{self as store, AssignmentRow};
use crate::store::attempts;
use questions::model::settings::{Reveal, Settings};

#[derive(Clone, Debug, Default, Deserialize)]
pub struct AssignInput {
    pub test_id: Option<i64>,
    pub class_id: Option<i64>,
    /// Unix milliseconds; now when absent.
    pub opens_at: Option<i64>,
    /// Unix milliseconds.
    pub due_at: Option<i64>,
}

/// Longest an assignment may stay open.
const MAX_OPEN_MS: i64 = 366 * 86_400_000;

#[derive(Clone, Debug, Serialize)]
pub struct AssignmentView {
    pub id: i64,
    pub test_id: i64,
    pub title: String,
    pub class_id: i64,
    pub class_name: String,
    pub opens_at: i64,
    pub due_at: i64,
    /// `upcoming`, `open` or `closed`.
    pub status: &'static str,
    pub time_limit_min: Option<i64>,
    pub max_attempts: i64,
    /// For a student (or their parent): how they stand.
    pub mine: Option<StudentStanding>,
}

#[derive(Clone, Debug, Serialize)]
pub struct StudentStanding {
    pub attempts_used: i64,
    pub in_progress: Option<i64>,
    /// Whether the test's `show_score` lets the student (and their parent) see scores now.
    pub score_visible: bool,
    /// When scores will be shown (`after_due` before the due time).
    pub score_visible_at: Option<i64>,
    /// The best submitted score; null while the test's settings hide scores.
    pub best_score: Option<f64>,
    pub max_score: f64,
    pub last_attempt: Option<i64>,
}

/// `upcoming`, `open` or `closed` at `now`.
pub fn status(a: &AssignmentRow, now: i64) -> &'static str {
    questions::timing::window(now, a.opens_at, a.due_at).as_str()
}

pub async fn assign(
    state: &AppState,
    who: &Principal,
    input: &AssignInput,
) -> AppResult<AssignmentView> {
    require_teacher(who)?;
    let now = state.now_ms();
    let mut problems = Vec::new();
    let opens_at = input.opens_at.unwrap_or(now);
    match input.due_at {
        None => problems.push(FieldError::new("due_at", "field-required")),
        Some(due) if due <= opens_at.max(now) => {
            problems.push(FieldError::new("due_at", "exams-field-due-after-open"))
        }
        Some(due) if due.saturating_sub(opens_at) > MAX_OPEN_MS => {
            problems.push(FieldError::new("due_at", "exams-field-due-too-far"))
        }
        _ => {}
    }
    if input.test_id.is_none() {
        problems.push(FieldError::new("test_id", "field-required"));
    }
    if input.class_id.is_none() {
        problems.push(FieldError::new("class_id", "field-required"));
    }
    if !problems.is_empty() {
        return Err(AppError::invalid(problems));
    }
    let test = crate::service::exam_tests::owned(state, who, input.test_id.unwrap_or(0))
        .await
        .map_err(|_| AppError::field("test_id", "exams-field-test-unknown"))?;
    let class = state
        .directory
        .teacher_class(who.id, input.class_id.unwrap_or(0))
        .await?
        .ok_or_else(|| AppError::field("class_id", "exams-field-class-unknown"))?;
    if crate::store::exam_tests::questions(state.db.pool(), test.id)
        .await?
        .is_empty()
    {
        return Err(AppError::conflict("exams_test_empty"));
    }
    let id = store::insert(
        state.db.pool(),
        test.id,
        class.id,
        who.id,
        opens_at,
        input.due_at.unwrap_or(0),
        now,
    )
    .await?;
    tracing::info!(
        assignment.id = id,
        test.id = test.id,
        class.id = class.id,
        "test assigned"
    );
    let row = store::find(state.db.pool(), id)
        .await?
        .ok_or_else(AppError::not_found)?;
    to_view(state, &row, class.name, None).await
}

async fn to_view(
    state: &AppState,
    a: &AssignmentRow,
    class_name: String,
    student: Option<i64>,
) -> AppResult<AssignmentView> {
    let settings: Settings = serde_json::from_str(&a.settings).map_err(AppError::internal)?;
    let now = state.now_ms();
    let mine = match student {
        None => None,
        Some(sid) => {
            let list = attempts::of_student(state.db.pool(), a.id, sid).await?;
            let max_score = crate::store::exam_tests::questions(state.db.pool(), a.test_id)
                .await?
                .iter()
                .map(|q| q.points as f64)
                .sum();
            let score_visible = revealed(settings.show_score, now, a.due_at);
            Some(StudentStanding {
                attempts_used: list.len() as i64,
                score_visible,
                score_visible_at: (settings.show_score == Reveal::AfterDue && !score_visible)
                    .then_some(a.due_at),
                in_progress: list
                    .iter()
                    .find(|t| {
                        t.submitted_at.is_none() && questions::timing::running(now, t.deadline_at)
                    })
                    .map(|t| t.id),
                best_score: list
                    .iter()
                    .filter_map(|t| t.score)
                    .fold(None, |best: Option<f64>, s| {
                        Some(best.map_or(s, |b| b.max(s)))
                    })
                    .filter(|_| score_visible),
                max_score,
                last_attempt: list.last().map(|t| t.id),
            })
        }
    };
    Ok(AssignmentView {
        id: a.id,
        test_id: a.test_id,
        title: a.title.clone(),
        class_id: a.class_id,
        class_name,
        opens_at: a.opens_at,
        due_at: a.due_at,
        status: status(a, now),
        time_limit_min: settings.time_limit_min,
        max_attempts: settings.max_attempts,
        mine,
    })
}

/// The assignments a caller may see: a teacher's own, a student's classes', or (with `child`)
/// a parent's child's.
pub async fn list(
    state: &AppState,
    who: &Principal,
    child: Option<&str>,
) -> AppResult<Vec<AssignmentView>> {
    let (student, classes) = match (who.role, child.filter(|c| !c.is_empty())) {
        (Role::Teacher, None) => {
            let rows = store::by_teacher(state.db.pool(), who.id).await?;
            let classes = state.directory.teacher_classes(who.id).await?;
            let mut out = Vec::new();
            for r in &rows {
                let name = match classes.iter().find(|c| c.id == r.class_id) {
                    Some(c) => c.name.clone(),
                    None => state
                        .directory
                        .teacher_class(who.id, r.class_id)
                        .await?
                        .map(|c| c.name)
                        .unwrap_or_default(),
                };
                out.push(to_view(state, r, name, None).await?);
            }
            return Ok(out);
        }
        (Role::Student, None) => {
            // Scores shown after the due time pay their coins when the student comes back.
            crate::service::pay::settle(state, who.id).await?;
            (who.id, state.directory.student_classes(who.id).await?)
        }
        (Role::Parent, Some(c)) => {
            let child = kernel::relations::caller_or_child(state, who, Some(c)).await?;
            (child.id, state.directory.student_classes(child.id).await?)
        }
        _ => return Err(AppError::forbidden()),
    };
    let ids: Vec<i64> = classes.iter().map(|c| c.id).collect();
    let mut out = Vec::new();
    for r in store::by_classes(state.db.pool(), &ids).await? {
        let name = classes
            .iter()
            .find(|c| c.id == r.class_id)
            .map(|c| c.name.clone())
            .unwrap_or_default();
        out.push(to_view(state, &r, name, Some(student)).await?);
    }
    Ok(out)
}

/// The assignment if the caller set it.
pub async fn owned(state: &AppState, who: &Principal, id: i64) -> AppResult<AssignmentRow> {
    let row = store::find(state.db.pool(), id)
        .await?
        .ok_or_else(AppError::not_found)?;
    if row.teacher_id != who.id {
        return Err(AppError::not_found());
    }
    Ok(row)
}

/// The assignment if the student is in its class.
pub async fn for_student(state: &AppState, student_id: i64, id: i64) -> AppResult<AssignmentRow> {
    let row = store::find(state.db.pool(), id)
        .await?
        .ok_or_else(AppError::not_found)?;
    let classes = state.directory.student_classes(student_id).await?;
    if !classes.iter().any(|c| c.id == row.class_id) {
        return Err(AppError::not_found());
    }
    Ok(row)
}
