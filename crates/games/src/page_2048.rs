//! The 2048 page (`/games/2048`): the board, swipes and arrow keys, score and best. A signed-in
//! player's rounds start on the server and end with its replayed result; a visitor plays the
//! same rules locally (the page says nothing is kept).

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use kernel::page::{render, PageCtx};
use kernel::AppResult;

use crate::g2048::Game2048;
use crate::routes::GamesState;
use crate::rules::Rules;
use crate::store;

pub fn router() -> Router<GamesState> {
    Router::new().route("/games/2048", get(page))
}

#[derive(Template)]
#[template(path = "games/2048.html")]
struct Page2048 {
    ctx: PageCtx,
    /// The best score kept on the server; 0 for a visitor or a first game.
    best: i64,
    /// The round's settings for a visitor's local game (a signed-in round gets them from the
    /// server).
    config: String,
    /// Coins still to earn today, for a child.
    coins_left: Option<i64>,
}

async fn page(State(s): State<GamesState>, ctx: PageCtx) -> AppResult<Response> {
    let game = Game2048;
    let (best, coins_left) = match &ctx.user {
        Some(who) => {
            let levels = store::levels(s.app.db.pool(), who.id).await?;
            let best = levels
                .iter()
                .filter(|l| l.game == game.id())
                .map(|l| l.best_score)
                .max()
                .unwrap_or(0);
            (best, crate::hub::coins_left(&s.app, who, game.id()).await?)
        }
        None => (0, None),
    };
    let config = game.config(1, ctx.lang()).to_string();
    render(&Page2048 {
        ctx,
        best,
        config,
        coins_left,
    })
}
