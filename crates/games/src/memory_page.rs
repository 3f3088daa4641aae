//! Letter Memory's page (`/games/memory`): three levels to pick, then the board. A signed-in
//! child's rounds start on the server; a visitor plays with the pools the page carries and is
//! told nothing is kept.

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use kernel::page::{render, PageCtx};
use kernel::{AppResult, AppState};

use crate::memory::{Memory, PAIRS};
use crate::rules::Rules;
use crate::service;

pub fn router() -> Router<AppState> {
    Router::new().route("/games/memory", get(page))
}

/// A level's button: its pairs, whether it is open, its best stars.
struct LevelView {
    n: u32,
    pairs: usize,
    open: bool,
    stars: i64,
}

#[derive(Template)]
#[template(path = "games/memory.html")]
struct MemoryPage {
    ctx: PageCtx,
    levels: Vec<LevelView>,
    /// The three levels' configs, for a visitor's rounds (JSON).
    configs: String,
    /// The alphabet's speech tag (`uz-UZ`).
    speech_lang: String,
}

impl MemoryPage {
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
    let row = |n: u32| {
        played
            .iter()
            .find(|r| r.game == "memory" && r.level == i64::from(n))
    };
    let levels = (1..=Memory.levels())
        .map(|n| LevelView {
            n,
            pairs: PAIRS[n as usize - 1],
            // Levels open in order, as the platform starts them; a visitor may try any.
            open: ctx.user.is_none() || n == 1 || row(n - 1).is_some_and(|r| r.passed != 0),
            stars: row(n).map_or(0, |r| r.stars),
        })
        .collect();
    let configs: Vec<_> = (1..=Memory.levels())
        .map(|n| Memory.config(n, lang))
        .collect();
    let speech_lang = alphabets::CONTENT
        .alphabet(lang)
        .map_or("uz-UZ", |a| a.speech_lang.as_str())
        .to_string();
    render(&MemoryPage {
        ctx,
        levels,
        configs: serde_json::Value::from(configs).to_string(),
        speech_lang,
    })
}
