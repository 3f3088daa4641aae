//! Matchstick math's page (`/games/matchstick`): the hundred levels by tier, then the
//! equation of sticks. A signed-in child's rounds start on the server; a visitor plays with
//! the puzzles the page carries and is told nothing is kept.

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use kernel::page::{render, PageCtx};
use kernel::{AppResult, AppState};

use crate::matchstick::{self, generate, Matchstick};
use crate::rules::{LevelDone, Rules};
use crate::service;

pub fn router() -> Router<AppState> {
    Router::new().route("/games/matchstick", get(page))
}

/// A level's button: whether it is open, its best stars.
struct LevelView {
    n: u32,
    open: bool,
    stars: i64,
    moves: u32,
}

/// Twenty levels of one kind.
struct TierView {
    n: u32,
    levels: Vec<LevelView>,
}

#[derive(Template)]
#[template(path = "games/matchstick.html")]
struct MatchstickPage {
    ctx: PageCtx,
    tiers: Vec<TierView>,
    /// Every level's config, for a visitor's rounds (JSON).
    configs: String,
    /// The speech tag of the page's language (`uz-UZ`).
    speech_lang: &'static str,
}

impl MatchstickPage {
    fn stars(&self, n: &i64) -> String {
        (0..3).map(|i| if i < *n { '★' } else { '☆' }).collect()
    }
}

async fn page(State(state): State<AppState>, ctx: PageCtx) -> AppResult<Response> {
    let lang = ctx.lang();
    let played: Vec<_> = match &ctx.user {
        Some(user) => service::progress(&state, user)
            .await?
            .into_iter()
            .filter(|r| r.game == "matchstick")
            .collect(),
        None => Vec::new(),
    };
    let done: Vec<LevelDone> = played
        .iter()
        .map(|r| LevelDone {
            level: r.level as u32,
            stars: r.stars as u8,
            passed: r.passed != 0,
        })
        .collect();
    let level = |n: u32| LevelView {
        n,
        // Levels open one by one, as the platform starts them; a visitor may try any.
        open: ctx.user.is_none() || Matchstick.opens(n, &done),
        stars: played
            .iter()
            .find(|r| r.level == i64::from(n))
            .map_or(0, |r| r.stars),
        moves: generate::moves_of(n),
    };
    let tiers = (1..=5)
        .map(|t| TierView {
            n: t,
            levels: (t * 20 - 19..=t * 20).map(level).collect(),
        })
        .collect();
    // One read of the content file for the hundred levels.
    let configs: Vec<_> = matchstick::puzzles()
        .iter()
        .map(matchstick::config_of)
        .collect();
    render(&MatchstickPage {
        ctx,
        tiers,
        configs: serde_json::Value::from(configs).to_string(),
        speech_lang: match lang {
            "ru" => "ru-RU",
            "en" => "en-GB",
            _ => "uz-UZ",
        },
    })
}
