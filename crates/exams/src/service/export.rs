//! The results table of an assignment: every student of the class with their attempts, best
//! score and per-question credit, as JSON for the teacher's page and as files to download
//! (CSV for any spreadsheet, an Excel workbook with the item statistics beside it).

use kernel::auth::Principal;
use kernel::i18n::Tr;
use kernel::{AppError, AppResult, AppState};
use rust_xlsxwriter::{Format, Workbook, Worksheet, XlsxError};
use serde::Serialize;

use crate::service::results::{gradebook, percent, Gradebook, QuestionHead};
use crate::service::stats::StatsView;
use questions::formats::csv_cell;

#[derive(Clone, Debug, Serialize)]
pub struct ClassResults {
    pub assignment_id: i64,
    pub title: String,
    pub class_id: i64,
    pub class_name: String,
    pub opens_at: i64,
    pub due_at: i64,
    pub status: &'static str,
    pub pass_percent: i64,
    pub max_score: f64,
    pub questions: Vec<QuestionHead>,
    pub students: Vec<StudentLine>,
}

#[derive(Clone, Debug, Serialize)]
pub struct StudentLine {
    /// The student's Alif24 ID.
    pub id: String,
    pub name: String,
    pub avatar: String,
    /// `not_started`, `in_progress` (nothing submitted yet) or `submitted`.
    pub status: &'static str,
    pub attempts: Vec<AttemptLine>,
    /// The counted attempt: the best submitted one.
    pub best_attempt_id: Option<i64>,
    pub best_score: Option<f64>,
    pub percent: Option<f64>,
    pub passed: Option<bool>,
    /// Credit (0–1) per question of the counted attempt, in test order; null when the question
    /// was left unanswered or nothing was submitted.
    pub credits: Vec<Option<f64>>,
}

#[derive(Clone, Debug, Serialize)]
pub struct AttemptLine {
    pub id: i64,
    pub number: i64,
    pub started_at: i64,
    pub submitted_at: Option<i64>,
    pub submitted: bool,
    pub score: Option<f64>,
    pub percent: Option<f64>,
    pub duration_ms: Option<i64>,
}

pub fn class_results(book: &Gradebook, now: i64) -> ClassResults {
    let a = &book.assignment;
    let pass = book.settings.pass_percent as f64;
    let students = book
        .pupils
        .iter()
        .map(|p| {
            let best = p.counted_attempt();
            let best_percent = best.and_then(|t| t.score.map(|s| percent(s, t.max_score)));
            StudentLine {
                id: p.student.public_id.clone(),
                name: p.student.name.clone(),
                avatar: p.student.avatar.clone(),
                status: match (p.attempts.is_empty(), best.is_some()) {
                    (true, _) => "not_started",
                    (false, false) => "in_progress",
                    (false, true) => "submitted",
                },
                attempts: p
                    .attempts
                    .iter()
                    .map(|t| AttemptLine {
                        id: t.id,
                        number: t.number,
                        started_at: t.started_at,
                        submitted_at: t.submitted_at,
                        submitted: t.submitted_at.is_some(),
                        score: t.score,
                        percent: t.score.map(|s| percent(s, t.max_score)),
                        duration_ms: t.submitted_at.map(|s| (s - t.started_at).max(0)),
                    })
                    .collect(),
                best_attempt_id: best.map(|t| t.id),
                best_score: best.and_then(|t| t.score),
                percent: best_percent,
                passed: best_percent.map(|p| p + 1e-9 >= pass),
                credits: book
                    .items
                    .iter()
                    .map(|q| {
                        let given = p.answers.iter().find(|r| r.question_id == q.id)?;
                        Some((given.credit.unwrap_or(0.0) * 100.0).round() / 100.0)
                    })
                    .collect(),
            }
        })
        .collect();
    ClassResults {
        assignment_id: a.id,
        title: a.title.clone(),
        class_id: a.class_id,
        class_name: book.class_name.clone(),
        opens_at: a.opens_at,
        due_at: a.due_at,
        status: crate::service::assign::status(a, now),
        pass_percent: book.settings.pass_percent,
        max_score: book.max_score,
        questions: crate::service::results::heads(&book.items),
        students,
    }
}

/// A file to download.
pub struct Download {
    pub filename: String,
    pub content_type: &'static str,
    pub bytes: Vec<u8>,
}

impl Download {
    /// An attachment named after the test and class, with a plain ASCII fallback.
    pub fn content_disposition(&self, fallback: &str) -> String {
        format!(
            "attachment; filename=\"{fallback}\"; filename*=UTF-8''{}",
            kernel::context::percent_encode(&self.filename)
        )
    }
}

/// `Matematika — 2-A` becomes `Matematika-2-A`: letters and digits of any script are kept.
fn file_stem(book: &Gradebook) -> String {
    let raw = format!("{} {}", book.assignment.title, book.class_name);
    let words: Vec<String> = raw
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(String::from)
        .collect();
    let stem: String = words.join("-").chars().take(80).collect();
    if stem.is_empty() {
        format!("results-{}", book.assignment.id)
    } else {
        stem
    }
}

pub async fn csv_file(state: &AppState, who: &Principal, id: i64, tr: &Tr) -> AppResult<Download> {
    let book = gradebook(state, who, id).await?;
    let table = class_results(&book, state.now_ms());
    Ok(Download {
        filename: format!("{}.csv", file_stem(&book)),
        content_type: "text/csv; charset=utf-8",
        bytes: csv(&table, tr),
    })
}

pub async fn xlsx_file(state: &AppState, who: &Principal, id: i64, tr: &Tr) -> AppResult<Download> {
    let book = gradebook(state, who, id).await?;
    let table = class_results(&book, state.now_ms());
    let stats = crate::service::stats::view(&book);
    Ok(Download {
        filename: format!("{}.xlsx", file_stem(&book)),
        content_type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        bytes: xlsx(&table, &stats, tr).map_err(AppError::internal)?,
    })
}

/// Column heads of the results table, in the request's language.
fn result_heads(table: &ClassResults, tr: &Tr) -> Vec<String> {
    let mut heads: Vec<String> = [
        "exams-results-col-name",
        "exams-results-col-id",
        "exams-results-col-attempts",
        "exams-results-col-best",
        "exams-results-col-max",
        "exams-results-col-percent",
        "exams-results-col-passed",
    ]
    .iter()
    .map(|k| tr.t(k))
    .collect();
    heads.extend(
        table
            .questions
            .iter()
            .map(|q| tr.ta("exams-results-col-question", &[("n", q.number.to_string())])),
    );
    heads
}

fn yes_no(tr: &Tr, passed: Option<bool>) -> String {
    match passed {
        Some(true) => tr.t("exams-results-yes"),
        Some(false) => tr.t("exams-results-no"),
        None => String::new(),
    }
}

/// UTF-8 with a byte order mark, so Excel reads Uzbek and Russian letters right; one row per
/// student.
pub fn csv(table: &ClassResults, tr: &Tr) -> Vec<u8> {
    let num = |x: Option<f64>| x.map(|v| v.to_string()).unwrap_or_default();
    let mut out = String::from('\u{feff}');
    push_row(&mut out, &result_heads(table, tr));
    for s in &table.students {
        let mut row = vec![
            s.name.clone(),
            s.id.clone(),
            s.attempts.len().to_string(),
            num(s.best_score),
            table.max_score.to_string(),
            num(s.percent),
            yes_no(tr, s.passed),
        ];
        row.extend(s.credits.iter().map(|c| num(*c)));
        push_row(&mut out, &row);
    }
    out.into_bytes()
}

fn push_row(out: &mut String, cells: &[String]) {
    let cells: Vec<String> = cells.iter().map(|c| csv_cell::cell(c)).collect();
    out.push_str(&cells.join(","));
    out.push_str("\r\n");
}

/// An Excel workbook: the results table, then the item statistics with the test's summary.
pub fn xlsx(table: &ClassResults, stats: &StatsView, tr: &Tr) -> Result<Vec<u8>, XlsxError> {
    let mut wb = Workbook::new();
    let bold = Format::new().set_bold();
    let ws = wb.add_worksheet();
    ws.set_name(sheet_name(&tr.t("exams-results-sheet-results")))?;
    write_heads(ws, &result_heads(table, tr), &bold)?;
    for (i, s) in table.students.iter().enumerate() {
        let r = i as u32 + 1;
        ws.write_string(r, 0, &s.name)?;
        ws.write_string(r, 1, &s.id)?;
        ws.write_number(r, 2, s.attempts.len() as f64)?;
        opt_number(ws, r, 3, s.best_score)?;
        ws.write_number(r, 4, table.max_score)?;
        opt_number(ws, r, 5, s.percent)?;
        ws.write_string(r, 6, yes_no(tr, s.passed))?;
        for (c, credit) in s.credits.iter().enumerate() {
            opt_number(ws, r, 7 + c as u16, *credit)?;
        }
    }
    ws.set_column_width(0, 28)?;
    ws.set_column_width(1, 12)?;
    ws.set_freeze_panes(1, 1)?;
    stats_sheet(wb.add_worksheet(), stats, tr, &bold)?;
    wb.save_to_buffer()
}

/// One row per question, then the test's summary below a blank row.
fn stats_sheet(
    ws: &mut Worksheet,
    stats: &StatsView,
    tr: &Tr,
    bold: &Format,
) -> Result<(), XlsxError> {
    ws.set_name(sheet_name(&tr.t("exams-results-sheet-stats")))?;
    let heads: Vec<String> = [
        "exams-results-col-number",
        "exams-results-col-prompt",
        "exams-results-col-type",
        "exams-results-col-points",
        "exams-results-col-correct",
        "exams-results-col-discrimination",
        "exams-results-col-unanswered",
        "exams-results-col-median-time",
        "exams-results-col-options",
    ]
    .iter()
    .map(|k| tr.t(k))
    .collect();
    write_heads(ws, &heads, bold)?;
    for (i, q) in stats.questions.iter().enumerate() {
        let r = i as u32 + 1;
        ws.write_number(r, 0, q.question.number as f64)?;
        ws.write_string(r, 1, &q.question.prompt)?;
        ws.write_string(
            r,
            2,
            tr.t(&format!("exams-results-type-{}", q.question.kind)),
        )?;
        ws.write_number(r, 3, q.question.points as f64)?;
        opt_number(ws, r, 4, q.stats.percent_correct)?;
        opt_number(ws, r, 5, q.stats.discrimination)?;
        opt_number(ws, r, 6, q.stats.unanswered_percent)?;
        opt_number(ws, r, 7, q.stats.median_time_ms.map(|t| t as f64 / 1000.0))?;
        if let Some(options) = &q.stats.options {
            ws.write_string(r, 8, option_summary(options))?;
        }
    }
    let t = &stats.test;
    let below = stats.questions.len() as u32 + 2;
    for (r, (key, value)) in (below..).zip([
        ("exams-results-students", Some(stats.students as f64)),
        ("exams-results-started", Some(t.started as f64)),
        ("exams-results-submitted", Some(t.submitted as f64)),
        ("exams-results-mean", t.mean_percent),
        ("exams-results-median", t.median_percent),
        ("exams-results-pass-rate", t.pass_rate_percent),
    ]) {
        ws.write_string_with_format(r, 1, tr.t(key), bold)?;
        opt_number(ws, r, 4, value)?;
    }
    ws.set_column_width(1, 48)?;
    ws.set_column_width(8, 28)?;
    ws.set_freeze_panes(1, 0)?;
    Ok(())
}

/// `A) Olma — 3 ✓, B) Nok — 1`: options by letter and text, how many picked each, the right
/// ones ticked.
fn option_summary(options: &[crate::service::stats::OptionCount]) -> String {
    let parts: Vec<String> = options
        .iter()
        .map(|o| {
            let label = crate::service::stats::option_letter(o.index);
            let tick = if o.correct { " ✓" } else { "" };
            if o.text.is_empty() {
                format!("{label}: {}{tick}", o.count)
            } else {
                format!("{label}) {} — {}{tick}", o.text, o.count)
            }
        })
        .collect();
    parts.join(", ")
}

fn write_heads(ws: &mut Worksheet, heads: &[String], bold: &Format) -> Result<(), XlsxError> {
    for (c, h) in heads.iter().enumerate() {
        ws.write_string_with_format(0, c as u16, h, bold)?;
    }
    Ok(())
}

fn opt_number(ws: &mut Worksheet, r: u32, c: u16, x: Option<f64>) -> Result<(), XlsxError> {
    if let Some(x) = x {
        ws.write_number(r, c, x)?;
    }
    Ok(())
}

/// Sheet names: at most 31 characters, none of `[]:*?/\`.
fn sheet_name(s: &str) -> String {
    s.chars()
        .filter(|c| !"[]:*?/\\".contains(*c))
        .take(31)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_are_summed_up_by_letter_with_the_key_ticked() {
        let o = |index, count, correct| crate::service::stats::OptionCount {
            index,
            count,
            correct,
            letter: crate::service::stats::option_letter(index),
            text: if index == 0 {
                "Olma".into()
            } else {
                String::new()
            },
        };
        assert_eq!(
            option_summary(&[o(0, 3, false), o(1, 1, true), o(30, 0, false)]),
            "A) Olma — 3, B: 1 ✓, 31: 0"
        );
        assert_eq!(sheet_name("Natijalar: [2-A]"), "Natijalar 2-A");
    }
}
