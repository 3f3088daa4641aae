//! Hidden word's page (`/games/hidden-word`): the map of 100 levels, then the word in
//! pictures, its key and the letters to write it with. A signed-in child's rounds start on
//! the server; a visitor plays with the word list the page carries and is told nothing is kept.

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use kernel::page::{render, PageCtx};
use kernel::{AppResult, AppState};

use crate::hidden_word::{alphabet, list, HiddenWord};
use crate::rules::{LevelDone, Rules};
use crate::service;

pub fn router() -> Router<AppState> {
    Router::new().route("/games/hidden-word", get(page))
}

/// A level's button: whether it is open and its best stars.
struct LevelView {
    n: u32,
    open: bool,
    stars: i64,
}

#[derive(Template)]
#[template(path = "games/hidden-word.html")]
struct HiddenWordPage {
    ctx: PageCtx,
    levels: Vec<LevelView>,
    /// The language's words and alphabet, for a visitor's rounds (JSON).
    words: String,
    alphabet: String,
}

impl HiddenWordPage {
    fn stars(&self, n: &i64) -> String {
        (0..3).map(|i| if i < *n { '★' } else { '☆' }).collect()
    }
}

async fn page(State(state): State<AppState>, ctx: PageCtx) -> AppResult<Response> {
    let lang = ctx.lang();
    let played = match &ctx.user {
        Some(user) => service::progress(&state, user).await?,
        None => Vec::new(),
    };
    let done: Vec<LevelDone> = played
        .iter()
        .filter(|r| r.game == "hidden-word")
        .map(|r| LevelDone {
            level: r.level as u32,
            stars: r.stars as u8,
            passed: r.passed != 0,
        })
        .collect();
    let levels = (1..=HiddenWord.levels())
        .map(|n| LevelView {
            n,
            // A visitor may try any level; a child's open as the platform starts them.
            open: ctx.user.is_none() || HiddenWord.opens(n, &done),
            stars: done
                .iter()
                .find(|d| d.level == n)
                .map_or(0, |d| i64::from(d.stars)),
        })
        .collect();
    let words = serde_json::to_string(list(lang)).unwrap_or_else(|_| "[]".into());
    let alphabet = serde_json::Value::from(alphabet(lang)).to_string();
    render(&HiddenWordPage {
        ctx,
        levels,
        words,
        alphabet,
    })
}
