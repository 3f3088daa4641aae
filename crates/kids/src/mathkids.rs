//! MathKids: solving a child's problem with [`mathsolve`], the whole solution or one step at
//! a time (the child gives each step's number and the server checks it), and a similar problem
//! to practise. A parent may turn whole solutions off for their child (homework).

use kernel::auth::{Principal, Role};
use kernel::{AppError, AppResult, AppState};
use mathsolve::{Solution, Unsupported};
use serde::{Deserialize, Serialize};

use crate::store;

/// Whole solutions an LLM may reword for one person in an hour.
const LLM_PER_HOUR: kernel::ratelimit::Limit = kernel::ratelimit::Limit {
    max: 30,
    window_s: 3600,
};

/// The longest problem accepted (the engine refuses longer ones too).
pub const PROBLEM_MAX: usize = 200;

#[derive(Debug, Deserialize)]
pub struct SolveInput {
    pub problem: Option<String>,
    pub language: Option<String>,
    /// "steps" (the whole solution) or "hint" (one step at a time); "hint" when absent.
    pub mode: Option<String>,
}

/// A step as the API shows it.
#[derive(Debug, Serialize)]
pub struct StepView {
    pub change: String,
    pub before: String,
    pub after: String,
    pub text: String,
    /// In hint mode, the question put to the child at this step.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ask: Option<String>,
    /// `text` and `ask` as the voice says them (signs in words).
    pub say: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub say_ask: Option<String>,
}

impl StepView {
    fn of(st: mathsolve::Step, lang: mathsolve::Lang, hidden: bool) -> Self {
        let text = if hidden { String::new() } else { st.text };
        StepView {
            say: crate::speakable::speakable(&text, lang),
            say_ask: st
                .ask
                .as_deref()
                .map(|a| crate::speakable::speakable(a, lang)),
            after: if hidden { String::new() } else { st.after },
            text,
            change: st.change,
            before: st.before,
            ask: st.ask,
        }
    }
}

#[derive(Debug, Serialize)]
pub struct Solved {
    pub kind: &'static str,
    pub problem: String,
    /// The problem with its symbols in words, for the voice.
    pub spoken: String,
    pub answer: String,
    /// The answer as the voice says it.
    pub say_answer: String,
    pub steps: Vec<StepView>,
    pub mode: &'static str,
    /// Whether the child may open the whole solution.
    pub full_solution: bool,
}

fn lang(code: Option<&str>, ui: kernel::i18n::Lang) -> AppResult<mathsolve::Lang> {
    match code.map(str::trim).filter(|c| !c.is_empty()) {
        None => Ok(mathsolve::Lang::parse(ui.code()).unwrap_or(mathsolve::Lang::Uz)),
        Some(c) => mathsolve::Lang::parse(c)
            .ok_or_else(|| AppError::field("language", "smartkids-language-invalid")),
    }
}

/// 422 `mathkids_unsupported`, with the examples the engine can solve.
fn unsupported(u: Unsupported) -> AppError {
    let mut e = AppError::new(
        axum::http::StatusCode::UNPROCESSABLE_ENTITY,
        "mathkids_unsupported",
    );
    e = e.arg("examples", u.examples.join(" · "));
    e
}

/// Whether `who` may see whole solutions: a parent may turn them off for a child, a teacher
/// for a class.
pub async fn full_solutions(app: &AppState, who: Option<&Principal>) -> AppResult<bool> {
    match who {
        Some(p) if p.role == Role::Student => Ok(store::settings(app.db.pool(), p.id).await?.1
            && !crate::homework::off_for(app, p.id).await?),
        _ => Ok(true),
    }
}

fn problem_of(input: Option<&str>) -> AppResult<&str> {
    let p = input.map(str::trim).unwrap_or("");
    if p.is_empty() {
        return Err(AppError::field("problem", "field-required"));
    }
    if p.chars().count() > PROBLEM_MAX {
        return Err(AppError::field("problem", "mathkids-problem-too-long").arg("max", PROBLEM_MAX));
    }
    Ok(p)
}

/// Solves a problem in the asked mode.
pub async fn solve(
    app: &AppState,
    llm: Option<&ai::llm::LlmClient>,
    who: Option<&Principal>,
    ui: kernel::i18n::Lang,
    input: &SolveInput,
) -> AppResult<Solved> {
    let problem = problem_of(input.problem.as_deref())?;
    let lang = lang(input.language.as_deref(), ui)?;
    let mode = match input.mode.as_deref() {
        None | Some("hint") => "hint",
        Some("steps") => "steps",
        Some(_) => return Err(AppError::field("mode", "mathkids-mode-invalid")),
    };
    let full = full_solutions(app, who).await?;
    if mode == "steps" && !full {
        return Err(AppError::forbidden().with_code("mathkids_full_solution_off"));
    }
    let mut s = mathsolve::solve(problem, lang).map_err(unsupported)?;
    // The whole solution may be worded more warmly by the LLM, numbers checked.
    // At most 30 LLM rewordings an hour per person; past that the engine's own words.
    let llm_allowed = match (llm, who) {
        (Some(_), Some(p)) if mode == "steps" => app
            .limiter
            .hit(
                &format!("mathkids.llm:{}", p.id),
                LLM_PER_HOUR,
                app.now_ms(),
            )
            .await
            .is_ok(),
        _ => false,
    };
    if let (Some(client), "steps", true) = (llm, mode, llm_allowed) {
        let texts: Vec<String> = s.steps.iter().map(|st| st.text.clone()).collect();
        if let Some(warm) = crate::warm::reword(client, lang, &texts).await {
            for (st, t) in s.steps.iter_mut().zip(warm) {
                st.text = t;
            }
        }
    }
    Ok(view(s, lang, mode, full))
}

fn view(s: Solution, lang: mathsolve::Lang, mode: &'static str, full: bool) -> Solved {
    // Without whole solutions, hint mode keeps every result from the first question on to the
    // checks: the page asks the server for each step as the child gets there.
    let hide = mode == "hint" && !full;
    let first_ask = s
        .steps
        .iter()
        .position(|st| st.ask.is_some())
        .unwrap_or(s.steps.len());
    Solved {
        kind: s.kind.as_str(),
        spoken: mathsolve::spoken(&s.problem, lang),
        problem: s.problem,
        say_answer: if hide {
            String::new()
        } else {
            mathsolve::spoken(&s.answer, lang)
        },
        answer: if hide { String::new() } else { s.answer },
        steps: s
            .steps
            .into_iter()
            .enumerate()
            .map(|(i, st)| StepView::of(st, lang, hide && i >= first_ask))
            .collect(),
        mode,
        full_solution: full,
    }
}

#[derive(Debug, Deserialize)]
pub struct CheckInput {
    pub problem: Option<String>,
    pub language: Option<String>,
    /// The step's index (0-based).
    pub step: usize,
    /// The child's number for this step (empty for a step that asks nothing).
    #[serde(default)]
    pub value: String,
    /// The child's accepted numbers for the asking steps before this one, in order: a step is
    /// shown only to a child who got through the ones before it.
    #[serde(default)]
    pub previous: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct Checked {
    pub correct: bool,
    /// The step in full once the child got it (or it asks nothing).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub step: Option<StepView>,
    /// The answer, once the last step is right.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub answer: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub say_answer: Option<String>,
}

/// Compares two numbers as a child may write them: spaces, a decimal comma, "r" for remainder.
pub fn same_value(given: &str, expected: &str) -> bool {
    let norm = |s: &str| -> String {
        s.trim()
            .to_lowercase()
            .replace(',', ".")
            .replace(['−', '–'], "-")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let (g, e) = (norm(given), norm(expected));
    if g == e {
        return true;
    }
    match (g.parse::<f64>(), e.parse::<f64>()) {
        (Ok(a), Ok(b)) => (a - b).abs() < 1e-9,
        _ => g.replace(' ', "") == e.replace(' ', ""),
    }
}

/// Checks the child's number for one step of a problem.
pub fn check(ui: kernel::i18n::Lang, input: &CheckInput) -> AppResult<Checked> {
    let problem = problem_of(input.problem.as_deref())?;
    let lang = lang(input.language.as_deref(), ui)?;
    if input.value.chars().count() > 40 {
        return Err(AppError::field("value", "mathkids-value-too-long"));
    }
    let s = mathsolve::solve(problem, lang).map_err(unsupported)?;
    if input.previous.len() > s.steps.len() || input.previous.iter().any(|v| v.chars().count() > 40)
    {
        return Err(AppError::field("previous", "mathkids-steps-skipped"));
    }
    let earlier: Vec<&str> = s
        .steps
        .iter()
        .take(input.step)
        .filter_map(|st| st.expect.as_deref())
        .collect();
    let through = earlier.len() == input.previous.len()
        && earlier
            .iter()
            .zip(&input.previous)
            .all(|(e, v)| same_value(v, e));
    if !through {
        return Err(AppError::field("previous", "mathkids-steps-skipped"));
    }
    let last = s.steps.len().saturating_sub(1);
    let answer = s.answer.clone();
    let st = s
        .steps
        .into_iter()
        .nth(input.step)
        .ok_or_else(|| AppError::field("step", "mathkids-step-invalid"))?;
    let correct = st
        .expect
        .as_deref()
        .is_none_or(|e| same_value(&input.value, e));
    let done = correct && input.step == last;
    Ok(Checked {
        correct,
        step: correct.then(|| StepView::of(st, lang, false)),
        say_answer: done.then(|| mathsolve::spoken(&answer, lang)),
        answer: done.then_some(answer),
    })
}

/// A fresh problem of the same shape.
pub fn similar(problem: Option<&str>, seed: u64) -> AppResult<String> {
    let p = problem_of(problem)?;
    mathsolve::similar(p, seed).ok_or_else(|| {
        unsupported(Unsupported {
            examples: mathsolve::examples(mathsolve::Lang::En),
        })
    })
}
