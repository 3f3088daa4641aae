//! The Syllable puzzle's page (`/games/syllables`): the level map, then the picture, its
//! spoken word and the syllable tiles. A signed-in child's rounds start on the server; a
//! visitor plays with the word list the page carries and is told nothing is kept.

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use kernel::page::{render, PageCtx};
use kernel::{AppResult, AppState};

use crate::rules::{LevelDone, Rules};
use crate::service;
use crate::syllables::{params, words, Syllables};

pub fn router() -> Router<AppState> {
    Router::new().route("/games/syllables", get(page))
}

/// A level's button: whether it is open, timed, and its best stars.
struct LevelView {
    n: u32,
    open: bool,
    timed: bool,
    stars: i64,
}

#[derive(Template)]
#[template(path = "games/syllables.html")]
struct SyllablesPage {
    ctx: PageCtx,
    levels: Vec<LevelView>,
    /// The word list, for a visitor's rounds (JSON).
    words: String,
    /// English pages play the Uzbek words: the page says so.
    foreign: bool,
    /// The language the words are spoken in (`uz-UZ`, `ru-RU`).
    speech_lang: &'static str,
}

impl SyllablesPage {
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
        .filter(|r| r.game == "syllables")
        .map(|r| LevelDone {
            level: r.level as u32,
            stars: r.stars as u8,
            passed: r.passed != 0,
        })
        .collect();
    let levels = (1..=Syllables.levels())
        .map(|n| LevelView {
            n,
            // A visitor may try any level; a child's open as the platform starts them.
            open: ctx.user.is_none() || Syllables.opens(n, &done),
            timed: params(n).limit_ms > 0,
            stars: done
                .iter()
                .find(|d| d.level == n)
                .map_or(0, |d| i64::from(d.stars)),
        })
        .collect();
    let list = serde_json::to_string(words::list(lang)).unwrap_or_else(|_| "[]".into());
    render(&SyllablesPage {
        foreign: lang == "en",
        speech_lang: words::speech_lang(lang),
        ctx,
        levels,
        words: list,
    })
}
