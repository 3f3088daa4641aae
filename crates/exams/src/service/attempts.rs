//! Attempts, fair by construction: the server owns the clock, answers are saved as they are
//! given, a reload resumes the same attempt, each student gets the allowed number of attempts,
//! and once the deadline passes the attempt is graded with what was saved — a late submission
//! is refused.

use kernel::auth::{Principal, Role};
use kernel::{AppError, AppResult, AppState};
use serde::{Deserialize, Serialize};

use crate::service::assign;
use crate::store::attempts::{self as store, AttemptRow, NewAttempt};
use crate::store::exam_tests as test_store;
use questions::grading::credit;
use questions::layout::{self, Layout, Shown};
use questions::model::answer::Answer;
use questions::model::question::Question;
use questions::model::settings::Settings;
use questions::timing::{self, Window};

#[derive(Clone, Debug, Serialize)]
pub struct AttemptView {
    pub id: i64,
    pub assignment_id: i64,
    pub title: String,
    /// The test's language, for reading questions aloud.
    pub language: String,
    pub number: i64,
    pub started_at: i64,
    pub deadline_at: i64,
    /// The test's time limit; none for an untimed test (its deadline is the due time).
    pub time_limit_min: Option<i64>,
    /// The server's clock, so the page's countdown agrees with the server.
    pub now: i64,
    pub submitted: bool,
    pub questions: Vec<Shown>,
}

/// The questions of a test with their points, as stored.
async fn test_questions(
    state: &AppState,
    test_id: i64,
) -> AppResult<Vec<(i64, i64, Question, Option<String>)>> {
    let rows = test_store::questions(state.db.pool(), test_id).await?;
    rows.into_iter()
        .map(|r| {
            let q: Question = serde_json::from_str(&r.body).map_err(AppError::internal)?;
            let url = match (r.image_id, r.image_token) {
                (Some(id), Some(t)) => Some(crate::service::bank::image_url(id, &t)),
                _ => None,
            };
            Ok((r.question_id, r.points, q, url))
        })
        .collect()
}

/// Starts an attempt, or resumes the one in progress.
pub async fn start(
    state: &AppState,
    who: &Principal,
    assignment_id: i64,
) -> AppResult<AttemptView> {
    who.require(&[Role::Student])?;
    let a = assign::for_student(state, who.id, assignment_id).await?;
    let now = state.now_ms();
    close_overdue(state, assignment_id, who.id).await?;
    let existing = store::of_student(state.db.pool(), a.id, who.id).await?;
    if let Some(open) = existing.iter().find(|t| t.submitted_at.is_none()) {
        return view(state, who, open.id).await;
    }
    match timing::window(now, a.opens_at, a.due_at) {
        Window::Upcoming => return Err(AppError::conflict("exams_not_open_yet")),
        Window::Closed => return Err(AppError::conflict("exams_closed")),
        Window::Open => {}
    }
    let settings: Settings = serde_json::from_str(&a.settings).map_err(AppError::internal)?;
    if existing.len() as i64 >= settings.max_attempts {
        return Err(AppError::conflict("exams_no_attempts_left"));
    }
    let questions = test_questions(state, a.test_id).await?;
    let plain: Vec<(i64, i64, Question)> = questions
        .iter()
        .map(|(id, p, q, _)| (*id, *p, q.clone()))
        .collect();
    let layout = layout::build(&plain, &settings, &mut rand::thread_rng());
    let deadline = timing::deadline(now, settings.time_limit_min, a.due_at);
    let new = NewAttempt {
        assignment_id: a.id,
        student_id: who.id,
        number: existing.len() as i64 + 1,
        layout: &serde_json::to_string(&layout).map_err(AppError::internal)?,
        started_at: now,
        deadline_at: deadline,
        max_score: plain.iter().map(|(_, p, _)| *p as f64).sum(),
    };
    let id = match store::insert(state.db.pool(), &new).await {
        Ok(id) => id,
        // Two tabs pressed "start" at once: the other one won; resume it.
        Err(e) if kernel::db::is_unique_violation(&e) => {
            let list = store::of_student(state.db.pool(), a.id, who.id).await?;
            list.iter()
                .find(|t| t.submitted_at.is_none())
                .map(|t| t.id)
                .ok_or_else(|| AppError::conflict("exams_no_attempts_left"))?
        }
        Err(e) => return Err(e.into()),
    };
    tracing::info!(attempt.id = id, assignment.id = a.id, "attempt started");
    view(state, who, id).await
}

/// The caller's own attempt (404 for anyone else's).
async fn own_attempt(state: &AppState, who: &Principal, id: i64) -> AppResult<AttemptRow> {
    let row = store::find(state.db.pool(), id)
        .await?
        .ok_or_else(AppError::not_found)?;
    if row.student_id != who.id {
        return Err(AppError::not_found());
    }
    Ok(row)
}

pub async fn view(state: &AppState, who: &Principal, id: i64) -> AppResult<AttemptView> {
    let mut row = own_attempt(state, who, id).await?;
    if row.submitted_at.is_none() && timing::time_up(state.now_ms(), row.deadline_at) {
        finalize(state, &row, row.deadline_at).await?;
        row = own_attempt(state, who, id).await?;
    }
    let a = assign::for_student(state, who.id, row.assignment_id).await?;
    let settings: Settings = serde_json::from_str(&a.settings).map_err(AppError::internal)?;
    let layout: Layout = serde_json::from_str(&row.layout).map_err(AppError::internal)?;
    let questions = test_questions(state, a.test_id).await?;
    let saved = store::answers(state.db.pool(), id).await?;
    let mut shown = Vec::new();
    for (n, item) in layout.items.iter().enumerate() {
        let Some((_, _, q, url)) = questions.iter().find(|(qid, ..)| *qid == item.question_id)
        else {
            continue;
        };
        let answer = saved
            .iter()
            .find(|s| s.question_id == item.question_id)
            .and_then(|s| serde_json::from_str(&s.answer).ok());
        shown.push(layout::shown(n + 1, item, q, url.clone(), answer));
    }
    Ok(AttemptView {
        id: row.id,
        assignment_id: row.assignment_id,
        title: a.title,
        language: a.language,
        number: row.number,
        started_at: row.started_at,
        deadline_at: row.deadline_at,
        time_limit_min: settings.time_limit_min,
        now: state.now_ms(),
        submitted: row.submitted_at.is_some(),
        questions: shown,
    })
}

#[derive(Clone, Debug, Deserialize)]
pub struct AnswerInput {
    pub answer: Option<Answer>,
    /// Milliseconds the student spent on the question so far.
    pub time_ms: Option<i64>,
}

/// Saves one answer (autosave); refused once the attempt is over.
pub async fn answer(
    state: &AppState,
    who: &Principal,
    id: i64,
    question_id: i64,
    input: &AnswerInput,
) -> AppResult<()> {
    let row = own_attempt(state, who, id).await?;
    let now = state.now_ms();
    if row.submitted_at.is_some() {
        return Err(AppError::conflict("exams_attempt_closed"));
    }
    if timing::time_up(now, row.deadline_at) {
        finalize(state, &row, row.deadline_at).await?;
        return Err(AppError::conflict("exams_time_up"));
    }
    let layout: Layout = serde_json::from_str(&row.layout).map_err(AppError::internal)?;
    let Some(item) = layout.items.iter().find(|i| i.question_id == question_id) else {
        return Err(AppError::not_found());
    };
    let answer = input
        .answer
        .as_ref()
        .ok_or_else(|| AppError::field("answer", "field-required"))?;
    let a = assign::for_student(state, who.id, row.assignment_id).await?;
    let questions = test_questions(state, a.test_id).await?;
    let (_, _, q, _) = questions
        .iter()
        .find(|(qid, ..)| *qid == question_id)
        .ok_or_else(AppError::not_found)?;
    if answer_kind(answer) != q.body.kind() || !size_ok(answer) {
        return Err(AppError::field("answer", "exams-field-answer-shape"));
    }
    // Ordering and matching answers come in display positions; they are kept in stored indices.
    let answer = layout::to_stored(item, answer.clone())
        .ok_or_else(|| AppError::field("answer", "exams-field-answer-shape"))?;
    let text = serde_json::to_string(&answer).map_err(AppError::internal)?;
    let time_ms = input.time_ms.unwrap_or(0).clamp(0, 24 * 3_600_000);
    store::save_answer(state.db.pool(), id, question_id, &text, time_ms, now).await?;
    Ok(())
}

fn answer_kind(a: &Answer) -> &'static str {
    match a {
        Answer::Single { .. } => "single",
        Answer::Multiple { .. } => "multiple",
        Answer::TrueFalse { .. } => "true_false",
        Answer::Short { .. } => "short",
        Answer::Numeric { .. } => "numeric",
        Answer::Ordering { .. } => "ordering",
        Answer::Matching { .. } => "matching",
        Answer::FillBlanks { .. } => "fill_blanks",
    }
}

/// Answers stay small: no 10 MB strings in the database.
fn size_ok(a: &Answer) -> bool {
    match a {
        Answer::Short { text } => text.chars().count() <= 500,
        Answer::FillBlanks { values } => {
            values.len() <= 50 && values.iter().all(|v| v.chars().count() <= 200)
        }
        Answer::Multiple { choices } => choices.len() <= 20,
        Answer::Ordering { order } => order.len() <= 50,
        Answer::Matching { choices } => choices.len() <= 50,
        _ => true,
    }
}

/// Hands the attempt in. After the deadline the saved answers are graded and the
/// submission itself is refused with `exams_time_up`.
pub async fn submit(state: &AppState, who: &Principal, id: i64) -> AppResult<i64> {
    let row = own_attempt(state, who, id).await?;
    if row.submitted_at.is_some() {
        return Err(AppError::conflict("exams_attempt_closed"));
    }
    let now = state.now_ms();
    if timing::time_up(now, row.deadline_at) {
        finalize(state, &row, row.deadline_at).await?;
        return Err(AppError::conflict("exams_time_up"));
    }
    finalize(state, &row, timing::closed_at(now, row.deadline_at)).await?;
    Ok(row.id)
}

/// Grades and closes overdue attempts of a student at an assignment.
async fn close_overdue(state: &AppState, assignment_id: i64, student_id: i64) -> AppResult<()> {
    let now = state.now_ms();
    for t in store::of_student(state.db.pool(), assignment_id, student_id).await? {
        if t.submitted_at.is_none() && timing::time_up(now, t.deadline_at) {
            finalize(state, &t, t.deadline_at).await?;
        }
    }
    Ok(())
}

/// Grades every answer, closes the attempt and pays its coins by score (`service::pay`).
pub async fn finalize(state: &AppState, row: &AttemptRow, closed_at: i64) -> AppResult<()> {
    let a = crate::store::assignments::find(state.db.pool(), row.assignment_id)
        .await?
        .ok_or_else(AppError::not_found)?;
    let questions = test_questions(state, a.test_id).await?;
    let now = state.now_ms();
    let mut tx = state.db.begin().await?;
    let saved = store::answers(&mut *tx, row.id).await?;
    let mut score = 0.0;
    for s in &saved {
        let Some((_, points, q, _)) = questions.iter().find(|(qid, ..)| *qid == s.question_id)
        else {
            continue;
        };
        let c = serde_json::from_str::<Answer>(&s.answer)
            .map(|ans| credit(&q.body, &ans))
            .unwrap_or(0.0);
        score += c * *points as f64;
        store::set_credit(&mut *tx, row.id, s.question_id, c).await?;
    }
    let score = (score * 100.0).round() / 100.0;
    if !store::close(&mut *tx, row.id, score, closed_at).await? {
        return Ok(());
    }
    // Coins by score (a retake pays its improvement), once the score may be shown.
    crate::service::pay::settle_in(&mut tx, &state.config.coin_caps, now, &a, row, score).await?;
    // XP that grows with the score would tell it: while the test's settings hide the score,
    // every finisher earns the same.
    let settings: Settings = serde_json::from_str(&a.settings).map_err(AppError::internal)?;
    let score_shown = crate::service::results::revealed(settings.show_score, now, a.due_at);
    let percent = if row.max_score > 0.0 && score_shown {
        score / row.max_score * 100.0
    } else {
        0.0
    };
    rewards::service::progress_in(&mut tx, row.student_id, 20 + (percent / 5.0) as i64, now)
        .await?;
    tx.commit().await?;
    state
        .metrics
        .product(kernel::metrics::Product::ExamAttemptFinished);
    tracing::info!(
        attempt.id = row.id,
        score,
        max = row.max_score,
        "attempt graded"
    );
    Ok(())
}
