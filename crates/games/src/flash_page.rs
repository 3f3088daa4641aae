//! Flash memory's page (`/games/flash`): the map of 100 levels with the child's stars, then a
//! round: the pictures flash, the child taps the ones they saw. A signed-in child's rounds
//! start on the server; a visitor plays locally and is told nothing is kept.

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use kernel::page::{render, PageCtx};
use kernel::{AppResult, AppState};

use crate::flash::{Flash, EMOJIS};
use crate::rules::Rules;
use crate::service;

pub fn router() -> Router<AppState> {
    Router::new().route("/games/flash", get(page))
}

/// A level's tile on the map.
struct Tile {
    n: u32,
    open: bool,
    stars: u8,
}

#[derive(Template)]
#[template(path = "games/flash.html")]
struct FlashPage {
    ctx: PageCtx,
    tiles: Vec<Tile>,
    /// The pictures, for a visitor's rounds (JSON).
    emojis: String,
}

async fn page(State(state): State<AppState>, ctx: PageCtx) -> AppResult<Response> {
    let done = match &ctx.user {
        Some(u) => Some(service::done(&state, u.id, "flash").await?),
        None => None,
    };
    let tiles = (1..=Flash.levels())
        .map(|n| Tile {
            n,
            // A visitor may try any level: nothing of theirs is kept.
            open: done.as_ref().is_none_or(|d| Flash.opens(n, d)),
            stars: done
                .iter()
                .flatten()
                .filter(|d| d.level == n)
                .map(|d| d.stars)
                .max()
                .unwrap_or(0),
        })
        .collect();
    render(&FlashPage {
        ctx,
        tiles,
        emojis: serde_json::Value::from(EMOJIS.to_vec()).to_string(),
    })
}
