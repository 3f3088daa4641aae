//! Results: one attempt's result for the student who made it, their parents and the teacher,
//! shown as far as the test's settings allow; and the teacher's gradebook of a whole
//! assignment, which the class results, the item statistics and the exports are built from.

use kernel::auth::{Principal, Role};
use kernel::relations::ChildRef;
use kernel::{AppError, AppResult, AppState};
use serde::Serialize;

use crate::service::attempts::finalize;
use crate::service::stats::round1;
use crate::store::assignments::{self as assignment_store, AssignmentRow};
use crate::store::attempts::{self as attempt_store, AnswerRow, AttemptRow};
use questions::layout::{self, Layout, Shown};
use questions::model::answer::Answer;
use questions::model::question::{Body, Question};
use questions::model::settings::{Reveal, Settings};
use questions::timing;

/// A question of the test as stored, with its points.
#[derive(Clone, Debug)]
pub struct TestItem {
    pub id: i64,
    pub points: i64,
    pub question: Question,
    pub image_url: Option<String>,
}

pub async fn test_items(state: &AppState, test_id: i64) -> AppResult<Vec<TestItem>> {
    let rows = crate::store::exam_tests::questions(state.db.pool(), test_id).await?;
    rows.into_iter()
        .map(|r| {
            Ok(TestItem {
                id: r.question_id,
                points: r.points,
                question: serde_json::from_str(&r.body).map_err(AppError::internal)?,
                image_url: match (r.image_id, r.image_token) {
                    (Some(id), Some(t)) => Some(crate::service::bank::image_url(id, &t)),
                    _ => None,
                },
            })
        })
        .collect()
}

/// A question as the teacher's tables head it.
#[derive(Clone, Debug, Serialize)]
pub struct QuestionHead {
    pub id: i64,
    pub number: usize,
    pub points: i64,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub prompt: String,
}

pub fn heads(items: &[TestItem]) -> Vec<QuestionHead> {
    items
        .iter()
        .enumerate()
        .map(|(i, t)| QuestionHead {
            id: t.id,
            number: i + 1,
            points: t.points,
            kind: t.question.body.kind(),
            prompt: t.question.prompt.clone(),
        })
        .collect()
}

/// One attempt's result. Parts the caller may not see yet are null, with the time they
/// become visible where that is known.
#[derive(Clone, Debug, Serialize)]
pub struct ResultView {
    pub attempt_id: i64,
    pub assignment_id: i64,
    pub title: String,
    pub number: i64,
    pub started_at: i64,
    pub submitted_at: i64,
    pub duration_ms: i64,
    /// Closed by the clock (the deadline passed) rather than handed in.
    pub timed_out: bool,
    /// Coins this attempt paid (by score, see `docs/exams-coins.md`); none while it waits for
    /// its score to be shown.
    pub coins: Option<i64>,
    pub due_at: i64,
    pub max_score: f64,
    pub pass_percent: i64,
    pub score_visible: bool,
    /// When the score will be shown (`after_due` before the due time).
    pub score_visible_at: Option<i64>,
    pub answers_visible: bool,
    pub answers_visible_at: Option<i64>,
    pub score: Option<f64>,
    pub percent: Option<f64>,
    pub passed: Option<bool>,
    pub questions: Vec<ResultQuestion>,
}

#[derive(Clone, Debug, Serialize)]
pub struct ResultQuestion {
    /// The question as the student saw it, with their answer.
    #[serde(flatten)]
    pub shown: Shown,
    /// Share of the points earned (0–1), when the answers are visible.
    pub credit: Option<f64>,
    /// The right answer, in the shape of an answer, when the answers are visible.
    pub correct_answer: Option<Answer>,
    pub explanation: Option<String>,
}

/// Whether a reveal setting allows showing something now (to students and parents).
pub fn revealed(reveal: Reveal, now: i64, due_at: i64) -> bool {
    match reveal {
        Reveal::Never => false,
        Reveal::AfterSubmit => true,
        Reveal::AfterDue => now >= due_at,
    }
}

fn visible_at(reveal: Reveal, now: i64, due_at: i64) -> Option<i64> {
    (reveal == Reveal::AfterDue && now < due_at).then_some(due_at)
}

/// The right answer of a question, written as an answer that earns full credit.
pub fn key_of(body: &Body) -> Answer {
    let first = |v: &[String]| v.first().cloned().unwrap_or_default();
    match body {
        Body::Single { correct, .. } => Answer::Single { choice: *correct },
        Body::Multiple { correct, .. } => Answer::Multiple {
            choices: correct.clone(),
        },
        Body::TrueFalse { answer } => Answer::TrueFalse { value: *answer },
        Body::Short { accepted } => Answer::Short {
            text: first(accepted),
        },
        Body::Numeric { answer, .. } => Answer::Numeric { value: *answer },
        Body::Ordering { items } => Answer::Ordering {
            order: (0..items.len()).collect(),
        },
        Body::Matching { pairs } => Answer::Matching {
            choices: (0..pairs.len()).collect(),
        },
        Body::FillBlanks { blanks, .. } => Answer::FillBlanks {
            values: blanks.iter().map(|b| first(b)).collect(),
        },
    }
}

/// Who may read an attempt's result: the student and their parent (`false`), the teacher who
/// set the assignment (`true`); 404 for anyone else.
async fn reader_is_teacher(
    state: &AppState,
    who: &Principal,
    attempt: &AttemptRow,
    a: &AssignmentRow,
) -> AppResult<bool> {
    if who.id == attempt.student_id {
        return Ok(false);
    }
    if who.role == Role::Teacher && who.id == a.teacher_id {
        return Ok(true);
    }
    if who.role == Role::Parent
        && state
            .directory
            .children_of(who.id)
            .await?
            .iter()
            .any(|c| c.id == attempt.student_id)
    {
        return Ok(false);
    }
    Err(AppError::not_found())
}

/// An attempt's result; the teacher always sees everything. Unsubmitted attempts are refused
/// with `exams_attempt_in_progress` (an overdue one is graded first).
pub async fn result(state: &AppState, who: &Principal, id: i64) -> AppResult<ResultView> {
    let pool = state.db.pool();
    let mut row = attempt_store::find(pool, id)
        .await?
        .ok_or_else(AppError::not_found)?;
    let a = assignment_store::find(pool, row.assignment_id)
        .await?
        .ok_or_else(AppError::not_found)?;
    let teacher = reader_is_teacher(state, who, &row, &a).await?;
    let now = state.now_ms();
    if row.submitted_at.is_none() && timing::time_up(now, row.deadline_at) {
        finalize(state, &row, row.deadline_at).await?;
        row = attempt_store::find(pool, id)
            .await?
            .ok_or_else(AppError::not_found)?;
    }
    if who.id == row.student_id && row.coins.is_none() && row.submitted_at.is_some() {
        crate::service::pay::settle(state, row.student_id).await?;
        row = attempt_store::find(pool, id)
            .await?
            .ok_or_else(AppError::not_found)?;
    }
    let (Some(submitted_at), Some(score)) = (row.submitted_at, row.score) else {
        return Err(AppError::conflict("exams_attempt_in_progress"));
    };
    let settings: Settings = serde_json::from_str(&a.settings).map_err(AppError::internal)?;
    let score_visible = teacher || revealed(settings.show_score, now, a.due_at);
    let answers_visible = teacher || revealed(settings.show_answers, now, a.due_at);
    let layout: Layout = serde_json::from_str(&row.layout).map_err(AppError::internal)?;
    let items = test_items(state, a.test_id).await?;
    let saved = attempt_store::answers(pool, id).await?;
    let mut questions = Vec::new();
    for (n, li) in layout.items.iter().enumerate() {
        let Some(item) = items.iter().find(|q| q.id == li.question_id) else {
            continue;
        };
        let given = saved.iter().find(|s| s.question_id == item.id);
        let answer = given.and_then(|s| serde_json::from_str(&s.answer).ok());
        let q = &item.question;
        questions.push(ResultQuestion {
            shown: layout::shown(n + 1, li, q, item.image_url.clone(), answer),
            // Right or wrong per question tells the answer of a true/false question (and
            // narrows any other), so it is shown with the answers, not with the score.
            credit: answers_visible.then(|| given.and_then(|s| s.credit).unwrap_or(0.0)),
            correct_answer: answers_visible.then(|| layout::to_display(li, key_of(&q.body))),
            explanation: q.explanation.clone().filter(|_| answers_visible),
        });
    }
    let percent = percent(score, row.max_score);
    Ok(ResultView {
        attempt_id: row.id,
        assignment_id: a.id,
        title: a.title,
        number: row.number,
        started_at: row.started_at,
        submitted_at,
        duration_ms: (submitted_at - row.started_at).max(0),
        timed_out: row.timed_out(),
        coins: row.coins,
        due_at: a.due_at,
        max_score: row.max_score,
        pass_percent: settings.pass_percent,
        score_visible,
        score_visible_at: (!teacher)
            .then(|| visible_at(settings.show_score, now, a.due_at))
            .flatten(),
        answers_visible,
        answers_visible_at: (!teacher)
            .then(|| visible_at(settings.show_answers, now, a.due_at))
            .flatten(),
        score: score_visible.then_some(score),
        percent: score_visible.then_some(percent),
        passed: score_visible.then_some(percent + 1e-9 >= settings.pass_percent as f64),
        questions,
    })
}

/// Score as a percentage of the maximum, to one decimal.
pub fn percent(score: f64, max: f64) -> f64 {
    if max > 0.0 {
        round1(score / max * 100.0)
    } else {
        0.0
    }
}

/// Everything about one assignment its teacher's views need.
#[derive(Clone, Debug)]
pub struct Gradebook {
    pub assignment: AssignmentRow,
    pub settings: Settings,
    pub class_name: String,
    pub items: Vec<TestItem>,
    pub max_score: f64,
    /// The class's students, by name.
    pub pupils: Vec<Pupil>,
}

#[derive(Clone, Debug)]
pub struct Pupil {
    pub student: ChildRef,
    /// First to last.
    pub attempts: Vec<AttemptRow>,
    /// The counted attempt: the best submitted one (the earliest of equal scores).
    pub counted: Option<usize>,
    /// The saved answers of the counted attempt.
    pub answers: Vec<AnswerRow>,
}

impl Pupil {
    pub fn counted_attempt(&self) -> Option<&AttemptRow> {
        self.counted.and_then(|i| self.attempts.get(i))
    }
}

/// The counted attempt among a student's attempts: the highest score, the earliest on a tie.
pub fn best(attempts: &[AttemptRow]) -> Option<usize> {
    let mut best: Option<(usize, f64)> = None;
    for (i, t) in attempts.iter().enumerate() {
        if let (Some(_), Some(s)) = (t.submitted_at, t.score) {
            if best.is_none_or(|(_, b)| s > b) {
                best = Some((i, s));
            }
        }
    }
    best.map(|(i, _)| i)
}

/// The gradebook of an assignment the caller set (404 otherwise). Overdue attempts are graded
/// first, as they would be when their student came back. Students who left the class are not
/// in it.
pub async fn gradebook(state: &AppState, who: &Principal, id: i64) -> AppResult<Gradebook> {
    let a = crate::service::assign::owned(state, who, id).await?;
    let pool = state.db.pool();
    let now = state.now_ms();
    let mut attempts = attempt_store::of_assignment(pool, a.id).await?;
    if attempts
        .iter()
        .any(|t| t.submitted_at.is_none() && timing::time_up(now, t.deadline_at))
    {
        for t in &attempts {
            if t.submitted_at.is_none() && timing::time_up(now, t.deadline_at) {
                finalize(state, t, t.deadline_at).await?;
            }
        }
        attempts = attempt_store::of_assignment(pool, a.id).await?;
    }
    let answers = attempt_store::answers_of_assignment(pool, a.id).await?;
    let class_name = state
        .directory
        .teacher_class(who.id, a.class_id)
        .await?
        .map(|c| c.name)
        .unwrap_or_default();
    let items = test_items(state, a.test_id).await?;
    let mut pupils = Vec::new();
    for student in state.directory.class_students(a.class_id).await? {
        let mine: Vec<AttemptRow> = attempts
            .iter()
            .filter(|t| t.student_id == student.id)
            .cloned()
            .collect();
        let counted = best(&mine);
        let counted_id = counted.map(|i| mine[i].id);
        pupils.push(Pupil {
            answers: answers
                .iter()
                .filter(|r| Some(r.attempt_id) == counted_id)
                .cloned()
                .collect(),
            student,
            attempts: mine,
            counted,
        });
    }
    Ok(Gradebook {
        settings: serde_json::from_str(&a.settings).map_err(AppError::internal)?,
        class_name,
        max_score: items.iter().map(|q| q.points as f64).sum(),
        items,
        pupils,
        assignment: a,
    })
}

pub async fn class_results(
    state: &AppState,
    who: &Principal,
    id: i64,
) -> AppResult<crate::service::export::ClassResults> {
    let book = gradebook(state, who, id).await?;
    Ok(crate::service::export::class_results(&book, state.now_ms()))
}

pub async fn assignment_stats(
    state: &AppState,
    who: &Principal,
    id: i64,
) -> AppResult<crate::service::stats::StatsView> {
    let book = gradebook(state, who, id).await?;
    Ok(crate::service::stats::view(&book))
}

#[cfg(test)]
mod tests {
    use super::*;
    use questions::grading::credit;

    #[test]
    fn every_key_earns_full_credit() {
        let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        let bodies = [
            Body::Single {
                options: s(&["a", "b"]),
                correct: 1,
            },
            Body::Multiple {
                options: s(&["a", "b", "c"]),
                correct: vec![0, 2],
            },
            Body::TrueFalse { answer: false },
            Body::Short {
                accepted: s(&["Oʻzbekiston"]),
            },
            Body::Numeric {
                answer: 2.5,
                tolerance: 0.0,
            },
            Body::Ordering {
                items: s(&["1", "2", "3"]),
            },
            Body::Matching {
                pairs: vec![("a".into(), "1".into()), ("b".into(), "2".into())],
            },
            Body::FillBlanks {
                text: "___ + ___".into(),
                blanks: vec![s(&["1"]), s(&["2", "two"])],
            },
        ];
        for b in &bodies {
            assert_eq!(credit(b, &key_of(b)), 1.0, "{b:?}");
        }
    }

    #[test]
    fn after_due_waits_for_the_due_time_and_never_never_comes() {
        assert!(!revealed(Reveal::AfterDue, 99, 100));
        assert!(revealed(Reveal::AfterDue, 100, 100));
        assert!(revealed(Reveal::AfterSubmit, 0, 100));
        assert!(!revealed(Reveal::Never, i64::MAX, 100));
        assert_eq!(visible_at(Reveal::AfterDue, 99, 100), Some(100));
        assert_eq!(visible_at(Reveal::Never, 99, 100), None);
    }
}
