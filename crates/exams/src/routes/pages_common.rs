//! What the Exams pages share: reading forms with repeated fields, numbers typed with a decimal
//! comma, the gate in front of teachers' pages, and the labels of codes.

use askama::Template;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use kernel::auth::{AccountStatus, Principal, Role};
use kernel::form::FormErrors;
use kernel::page::{render, PageCtx};
use kernel::{AppError, AppResult};

/// A submitted form as name/value pairs in order, so repeated names (checkbox lists) survive.
#[derive(Clone, Debug, Default)]
pub struct Fields(pub Vec<(String, String)>);

impl Fields {
    /// The first value of `name`, if sent.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// The first value of `name`, or an empty string.
    pub fn text(&self, name: &str) -> String {
        self.get(name).unwrap_or("").to_string()
    }

    /// A value for an optional text field of a service input: `None` when absent.
    pub fn opt(&self, name: &str) -> Option<String> {
        self.get(name).map(str::to_string)
    }

    /// Every value of `name`, in the order sent.
    pub fn all(&self, name: &str) -> Vec<&str> {
        self.0
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .collect()
    }

    /// A whole number: `None` when empty; a value the service refuses when unreadable.
    pub fn int(&self, name: &str) -> Option<i64> {
        match self.get(name).map(str::trim) {
            None | Some("") => None,
            Some(v) => Some(v.parse().unwrap_or(i64::MIN)),
        }
    }

    /// A checkbox: sent and not "0".
    pub fn flag(&self, name: &str) -> bool {
        self.get(name).is_some_and(|v| v != "0" && v != "false")
    }
}

/// A number as people type it: `3,5` or `3.5`, spaces between thousands allowed.
pub fn parse_decimal(raw: &str) -> Option<f64> {
    let cleaned: String = raw
        .trim()
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}')
        .map(|c| match c {
            ',' => '.',
            '−' => '-',
            c => c,
        })
        .collect();
    if cleaned.is_empty() || cleaned.matches('.').count() > 1 {
        return None;
    }
    cleaned.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// A number as the forms show it: no trailing zeros, decimal comma outside English.
pub fn show_decimal(v: f64, lang: &str) -> String {
    let s = format!("{}", (v * 1e9).round() / 1e9);
    if lang == "en" {
        s
    } else {
        s.replace('.', ",")
    }
}

/// The letter of an option by its stored index: A, B, C…
pub fn letter(i: usize) -> String {
    u8::try_from(i)
        .ok()
        .filter(|i| *i < 26)
        .map(|i| char::from(b'A' + i).to_string())
        .unwrap_or_else(|| (i + 1).to_string())
}

/// Teachers' pages: approved teachers go on; pending ones see a friendly notice; everyone
/// else is refused.
pub enum Gate {
    Open,
    Waiting(Response),
}

#[derive(Template)]
#[template(path = "exams/pending.html")]
struct PendingPage {
    ctx: PageCtx,
    rejected: bool,
}

pub fn teacher_gate(ctx: &PageCtx, who: &Principal) -> AppResult<Gate> {
    if who.role != Role::Teacher {
        return Err(AppError::forbidden());
    }
    if who.status == AccountStatus::Active {
        return Ok(Gate::Open);
    }
    let page = PendingPage {
        ctx: ctx.clone(),
        rejected: who.status == AccountStatus::Rejected,
    };
    Ok(Gate::Waiting(render(&page)?))
}

/// A page shown again with the problems of its form: 422 (or the error's own 4xx status).
pub fn reshow(status: StatusCode, page: &impl Template) -> AppResult<Response> {
    Ok((status, render(page)?).into_response())
}

/// Splits an error into what a form can show (4xx) and what it cannot (passed on).
pub fn form_errors(e: AppError, ctx: &PageCtx) -> AppResult<(StatusCode, FormErrors)> {
    let status = e.status;
    Ok((status, FormErrors::from_error(e, &ctx.tr)?))
}

/// A path id; anything unreadable is a page that does not exist.
pub fn path_id(raw: &str) -> AppResult<i64> {
    raw.parse().map_err(|_| AppError::not_found())
}

/// «7 декабря 2026, 14:05»: date and time in the page's language (`ctx.lang()`), Tashkent time.
pub fn when(lang: &str, ms: i64) -> String {
    kernel::dates::format_date_time(kernel::i18n::Lang::parse(lang).unwrap_or_default(), ms)
}

/// A Tashkent time in words for families: `2026-yil 10-dekabr, 18:00`, `10 декабря 2026, 18:00`.
pub fn when_words(tr: &kernel::i18n::Tr, ms: i64) -> String {
    kernel::dates::format_date_time(tr.lang, ms)
}

/// Time left as the countdown shows it: `19:59`, `1:02:05`; rounded up, like the page's script.
pub fn remaining(ms: i64) -> String {
    let total = (ms.max(0) + 999) / 1000;
    let (h, m, s) = (total / 3600, total % 3600 / 60, total % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    }
}

/// Fluent keys of codes shown on the pages.
pub fn subject_key(code: &str) -> String {
    format!("exams-ui-subject-{code}")
}

pub fn visibility_key(code: &str) -> String {
    format!("exams-ui-visibility-{}", code.replace('_', "-"))
}

pub fn kind_key(code: &str) -> String {
    format!("exams-ui-kind-{}", code.replace('_', "-"))
}

pub fn status_key(code: &str) -> String {
    format!("exams-ui-status-{code}")
}

/// Languages a test can be written in: (code, native name).
pub fn languages() -> Vec<(&'static str, &'static str)> {
    kernel::i18n::Lang::ALL
        .iter()
        .map(|l| (l.code(), l.native_name()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal_comma_and_point_both_read() {
        assert_eq!(parse_decimal("3,5"), Some(3.5));
        assert_eq!(parse_decimal(" 3.5 "), Some(3.5));
        assert_eq!(parse_decimal("1 000,25"), Some(1000.25));
        assert_eq!(parse_decimal("−2"), Some(-2.0));
        assert_eq!(parse_decimal("1,2,3"), None);
        assert_eq!(parse_decimal("abc"), None);
        assert_eq!(parse_decimal(""), None);
        assert_eq!(parse_decimal("inf"), None);
        assert_eq!(show_decimal(3.5, "uz"), "3,5");
        let vectors: Vec<(String, Option<f64>)> = serde_json::from_str(include_str!(
            "../../../../web/js/exams/decimal-vectors.json"
        ))
        .expect("vectors");
        for (raw, want) in vectors {
            assert_eq!(parse_decimal(&raw), want, "{raw:?}");
        }
        assert_eq!(show_decimal(0.1 + 0.2, "en"), "0.3");
        assert_eq!(show_decimal(12.0, "ru"), "12");
    }
}
