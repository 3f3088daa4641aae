//! The player's page (`/play`): join with a PIN and a name, then tap shapes. The page is one
//! small HTML document with every screen in it, already in the player's language; the
//! scripts only switch screens and fill in numbers.

use askama::Template;
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use kernel::extract::Query;
use kernel::page::{render, PageCtx};
use kernel::{AppResult, AppState};
use serde::Deserialize;

pub fn router() -> Router<AppState> {
    Router::new().route("/play", get(play))
}

#[derive(Deserialize)]
struct PlayQuery {
    pin: Option<String>,
}

/// The shapes a question can show, in option order: colour and shape name.
const SHAPES: [(&str, &str); 6] = [
    ("red", "triangle"),
    ("blue", "diamond"),
    ("yellow", "circle"),
    ("green", "square"),
    ("purple", "star"),
    ("orange", "hexagon"),
];

/// Why an answer can be refused (`ack.reason`), each with a message on the page.
const REASONS: [&str; 4] = [
    "too_late",
    "already_answered",
    "not_this_question",
    "bad_choice",
];

#[derive(Template)]
#[template(path = "live/play.html")]
struct PlayPage {
    ctx: PageCtx,
    /// The PIN from the link or QR code, when it is six digits.
    pin: String,
    shapes: [(&'static str, &'static str); 6],
    reasons: [&'static str; 4],
}

impl PlayPage {
    /// A message whose arguments stay as `{name}` slots for the page's script to fill.
    fn slots(&self, key: &str, a: &str, b: &str) -> String {
        let args: Vec<(&str, String)> = [a, b]
            .into_iter()
            .filter(|n| !n.is_empty())
            .map(|n| (n, ["{", n, "}"].concat()))
            .collect();
        self.ctx.tr.ta(key, &args)
    }
}

async fn play(ctx: PageCtx, Query(q): Query<PlayQuery>) -> AppResult<Response> {
    render(&PlayPage {
        ctx,
        pin: clean_pin(q.pin.as_deref()),
        shapes: SHAPES,
        reasons: REASONS,
    })
}

/// A PIN to prefill: six digits, else nothing.
fn clean_pin(pin: Option<&str>) -> String {
    match pin.map(str::trim) {
        Some(p) if p.len() == 6 && p.bytes().all(|b| b.is_ascii_digit()) => p.to_string(),
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::clean_pin;

    #[test]
    fn only_a_six_digit_pin_is_prefilled() {
        assert_eq!(clean_pin(Some("123456")), "123456");
        assert_eq!(clean_pin(Some(" 654321 ")), "654321");
        assert_eq!(clean_pin(Some("12345")), "");
        assert_eq!(clean_pin(Some("12345a")), "");
        assert_eq!(clean_pin(Some("\"><b>")), "");
        assert_eq!(clean_pin(None), "");
    }
}
