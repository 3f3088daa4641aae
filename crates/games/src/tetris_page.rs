//! Tetris's page (`/games/tetris`): the board, the next pieces and the hold on one screen with
//! big buttons under it. A signed-in child's round starts on the server; a visitor plays in the
//! page and is told plainly that nothing is kept.

use askama::Template;
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use kernel::page::{render, PageCtx};
use kernel::{AppResult, AppState};

pub fn router() -> Router<AppState> {
    Router::new().route("/games/tetris", get(tetris))
}

/// The messages the page's script shows, by key (`games-tetris-…`); those with a number are
/// rendered with a `{name}` placeholder in the template.
const SCRIPT_MESSAGES: [&str; 7] = [
    "games-tetris-score",
    "games-tetris-over",
    "games-tetris-sending",
    "games-tetris-offline",
    "games-tetris-not-saved",
    "games-tetris-sent-later",
    "games-tetris-paused",
];

#[derive(Template)]
#[template(path = "games/tetris.html")]
struct TetrisPage {
    ctx: PageCtx,
    signed_in: bool,
    messages: [&'static str; 7],
}

async fn tetris(ctx: PageCtx) -> AppResult<Response> {
    let signed_in = ctx.user.is_some();
    render(&TetrisPage {
        ctx,
        signed_in,
        messages: SCRIPT_MESSAGES,
    })
}
