//! Item statistics of an assignment, computed from plain data (no I/O): how hard each question
//! was, whether it separates strong students from weak ones, which options were picked, what
//! was left blank and how long it took; plus the test as a whole.
//!
//! Each student counts once, with their counted attempt (the best submitted one, chosen by the
//! caller). The rules are written up in `docs/exams-statistics.md`.

use serde::Serialize;

use crate::service::results::{Gradebook, QuestionHead};
use crate::store::attempts::AnswerRow;
use questions::model::answer::Answer;
use questions::model::question::Body;

/// Fewest students for which a discrimination index is given.
pub const MIN_FOR_DISCRIMINATION: usize = 4;

/// A question as statistics need it.
#[derive(Clone, Debug)]
pub struct Item {
    pub question_id: i64,
    /// Points the question is worth in the test.
    pub points: f64,
    /// Choice questions (single, multiple): the number of stored options; none otherwise.
    pub options: Option<usize>,
    /// Stored indices of the right options (choice questions).
    pub key: Vec<usize>,
}

/// One student's saved answer to one question.
#[derive(Clone, Debug, Default)]
pub struct Response {
    /// 0.0–1.0, as graded.
    pub credit: f64,
    /// Stored option indices picked (choice questions).
    pub picked: Vec<usize>,
    /// Time the page reported for the question; 0 when unknown.
    pub time_ms: i64,
}

/// One student's counted attempt.
#[derive(Clone, Debug)]
pub struct Sheet {
    pub score: f64,
    pub max_score: f64,
    /// One entry per item, in item order; none when the question was left unanswered.
    pub responses: Vec<Option<Response>>,
}

#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct OptionCount {
    /// The option's stored index.
    pub index: usize,
    pub count: usize,
    pub correct: bool,
    /// `A`, `B`, … (the 27th option on: its number).
    pub letter: String,
    /// The option as the teacher wrote it.
    pub text: String,
}

/// An option's letter: `A` for index 0; past `Z`, its number from 1.
pub fn option_letter(index: usize) -> String {
    u8::try_from(index).ok().filter(|i| *i < 26).map_or_else(
        || (index + 1).to_string(),
        |i| char::from(b'A' + i).to_string(),
    )
}

#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct ItemStats {
    #[serde(skip)]
    pub question_id: i64,
    /// Students whose counted attempt has an answer to this question.
    pub answered: usize,
    /// Mean credit × 100 over the counted attempts (unanswered counts as 0).
    pub percent_correct: Option<f64>,
    /// Item–rest correlation, from −1 to 1: the Pearson correlation of the item's points with
    /// the rest of the score. None with fewer than 4 students or when either does not vary.
    pub discrimination: Option<f64>,
    pub unanswered_percent: Option<f64>,
    /// Median of the reported times of the answers that have one.
    pub median_time_ms: Option<i64>,
    /// Choice questions: how often each option was picked.
    pub options: Option<Vec<OptionCount>>,
}

#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct TestStats {
    /// Students who started at least one attempt.
    pub started: usize,
    /// Students with at least one submitted attempt (those the statistics are about).
    pub submitted: usize,
    pub mean_percent: Option<f64>,
    pub median_percent: Option<f64>,
    /// Share of submitted students whose counted attempt reached the pass mark, in percent.
    pub pass_rate_percent: Option<f64>,
}

/// The statistics of an assignment as its teacher reads them.
#[derive(Clone, Debug, Serialize)]
pub struct StatsView {
    pub assignment_id: i64,
    pub title: String,
    pub class_name: String,
    /// Students in the class.
    pub students: usize,
    pub max_score: f64,
    pub pass_percent: i64,
    pub test: TestStats,
    pub questions: Vec<QuestionStats>,
}

#[derive(Clone, Debug, Serialize)]
pub struct QuestionStats {
    #[serde(flatten)]
    pub question: QuestionHead,
    #[serde(flatten)]
    pub stats: ItemStats,
}

/// Statistics of a gradebook: each student's counted attempt, questions in the test's order.
pub fn view(book: &Gradebook) -> StatsView {
    let items: Vec<Item> = book
        .items
        .iter()
        .map(|t| Item {
            question_id: t.id,
            points: t.points as f64,
            options: t.question.body.options().map(<[String]>::len),
            key: match &t.question.body {
                Body::Single { correct, .. } => vec![*correct],
                Body::Multiple { correct, .. } => correct.clone(),
                _ => vec![],
            },
        })
        .collect();
    let sheets: Vec<Sheet> = book
        .pupils
        .iter()
        .filter_map(|p| {
            let t = p.counted_attempt()?;
            Some(Sheet {
                score: t.score.unwrap_or(0.0),
                max_score: t.max_score,
                responses: items
                    .iter()
                    .map(|it| {
                        p.answers
                            .iter()
                            .find(|a| a.question_id == it.question_id)
                            .map(response)
                    })
                    .collect(),
            })
        })
        .collect();
    let started = book
        .pupils
        .iter()
        .filter(|p| !p.attempts.is_empty())
        .count();
    let pass = book.settings.pass_percent;
    let (test, mut stats) = compute(&items, &sheets, started, pass);
    for (st, t) in stats.iter_mut().zip(&book.items) {
        let texts = t.question.body.options().unwrap_or_default();
        for o in st.options.iter_mut().flatten() {
            o.text = texts.get(o.index).cloned().unwrap_or_default();
        }
    }
    StatsView {
        assignment_id: book.assignment.id,
        title: book.assignment.title.clone(),
        class_name: book.class_name.clone(),
        students: book.pupils.len(),
        max_score: book.max_score,
        pass_percent: pass,
        test,
        questions: crate::service::results::heads(&book.items)
            .into_iter()
            .zip(stats)
            .map(|(question, stats)| QuestionStats { question, stats })
            .collect(),
    }
}

/// A saved answer as statistics read it; an unreadable answer counts as answered with nothing
/// picked.
pub fn response(a: &AnswerRow) -> Response {
    let picked = match serde_json::from_str::<Answer>(&a.answer) {
        Ok(Answer::Single { choice }) => vec![choice],
        Ok(Answer::Multiple { choices }) => choices,
        _ => vec![],
    };
    Response {
        credit: a.credit.unwrap_or(0.0),
        picked,
        time_ms: a.time_ms,
    }
}

/// Statistics over the counted attempts `sheets`; `started` counts students with any attempt.
pub fn compute(
    items: &[Item],
    sheets: &[Sheet],
    started: usize,
    pass_percent: i64,
) -> (TestStats, Vec<ItemStats>) {
    let percents: Vec<f64> = sheets.iter().map(percent_of).collect();
    let passed = percents
        .iter()
        .filter(|p| **p + 1e-9 >= pass_percent as f64)
        .count();
    let test = TestStats {
        started,
        submitted: sheets.len(),
        mean_percent: mean(&percents).map(round1),
        median_percent: median(&percents).map(round1),
        pass_rate_percent: share(passed, sheets.len()),
    };
    let items = items
        .iter()
        .enumerate()
        .map(|(i, item)| item_stats(i, item, sheets))
        .collect();
    (test, items)
}

fn item_stats(i: usize, item: &Item, sheets: &[Sheet]) -> ItemStats {
    fn given(s: &Sheet, i: usize) -> Option<&Response> {
        s.responses.get(i).and_then(Option::as_ref)
    }
    let credit = |s: &Sheet| given(s, i).map_or(0.0, |r| r.credit);
    let credits: Vec<f64> = sheets.iter().map(credit).collect();
    let answered = sheets.iter().filter(|s| given(s, i).is_some()).count();
    let earned: Vec<f64> = credits.iter().map(|c| c * item.points).collect();
    let rest: Vec<f64> = sheets
        .iter()
        .zip(&earned)
        .map(|(s, e)| s.score - e)
        .collect();
    // `+ 0.0` turns a rounded −0.0 into 0.0.
    let discrimination = item_rest(&earned, &rest).map(|r| (r * 100.0).round() / 100.0 + 0.0);
    let mut times: Vec<f64> = sheets
        .iter()
        .filter_map(|s| given(s, i))
        .filter(|r| r.time_ms > 0)
        .map(|r| r.time_ms as f64)
        .collect();
    times.sort_by(f64::total_cmp);
    let options = item.options.map(|n| {
        (0..n)
            .map(|index| OptionCount {
                index,
                count: sheets
                    .iter()
                    .filter_map(|s| given(s, i))
                    .filter(|r| picked_once(&r.picked).contains(&index))
                    .count(),
                correct: item.key.contains(&index),
                letter: option_letter(index),
                text: String::new(),
            })
            .collect()
    });
    ItemStats {
        question_id: item.question_id,
        answered,
        percent_correct: mean(&credits).map(|m| round1(m * 100.0)),
        discrimination,
        unanswered_percent: share(sheets.len() - answered, sheets.len()),
        median_time_ms: median(&times).map(|t| t.round() as i64),
        options,
    }
}

/// A student who picks the same option twice has picked it once.
fn picked_once(picked: &[usize]) -> Vec<usize> {
    let mut p = picked.to_vec();
    p.sort_unstable();
    p.dedup();
    p
}

/// The item–rest correlation (Moodle's discrimination index): the Pearson correlation between
/// what each student earned on the item and the rest of their score. Every student weighs the
/// same, so the order of students with equal scores cannot change it. None below
/// [`MIN_FOR_DISCRIMINATION`] students, or when everyone earned the same on the item or on the
/// rest (the correlation is then undefined).
fn item_rest(item: &[f64], rest: &[f64]) -> Option<f64> {
    if item.len() < MIN_FOR_DISCRIMINATION {
        return None;
    }
    let (mi, mr) = (mean(item)?, mean(rest)?);
    let (mut cov, mut vi, mut vr) = (0.0, 0.0, 0.0);
    for (x, y) in item.iter().zip(rest) {
        cov += (x - mi) * (y - mr);
        vi += (x - mi) * (x - mi);
        vr += (y - mr) * (y - mr);
    }
    // Sums of squares this small are rounding noise: the values are equal.
    if vi < 1e-12 || vr < 1e-12 {
        return None;
    }
    Some((cov / (vi * vr).sqrt()).clamp(-1.0, 1.0))
}

fn percent_of(s: &Sheet) -> f64 {
    if s.max_score > 0.0 {
        s.score / s.max_score * 100.0
    } else {
        0.0
    }
}

fn mean(xs: &[f64]) -> Option<f64> {
    (!xs.is_empty()).then(|| xs.iter().sum::<f64>() / xs.len() as f64)
}

/// The median of values sorted or not; the mean of the middle two for an even count.
pub fn median(xs: &[f64]) -> Option<f64> {
    let mut v = xs.to_vec();
    v.sort_by(f64::total_cmp);
    let n = v.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(v[n / 2]),
        _ => Some((v[n / 2 - 1] + v[n / 2]) / 2.0),
    }
}

fn share(part: usize, whole: usize) -> Option<f64> {
    (whole > 0).then(|| round1(part as f64 / whole as f64 * 100.0))
}

/// Percentages are shown to one decimal.
pub fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

#[cfg(test)]
mod tests;
