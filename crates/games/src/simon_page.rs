//! Simon's page (`/games/simon`): four big pads, a start button, the score and the best. A
//! signed-in child's round starts on the server; a visitor plays in the page and is told
//! nothing is kept.

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use kernel::page::{render, PageCtx};
use kernel::{AppResult, AppState};

use crate::service;

pub fn router() -> Router<AppState> {
    Router::new().route("/games/simon", get(page))
}

/// A pad as the template draws it: colour name, shape, key hints.
pub struct Pad {
    pub n: u32,
    pub colour: &'static str,
    pub shape: &'static str,
    pub arrow: &'static str,
}

const PADS: [Pad; 4] = [
    Pad {
        n: 0,
        colour: "green",
        shape: "circle",
        arrow: "↑",
    },
    Pad {
        n: 1,
        colour: "red",
        shape: "square",
        arrow: "→",
    },
    Pad {
        n: 2,
        colour: "yellow",
        shape: "triangle",
        arrow: "←",
    },
    Pad {
        n: 3,
        colour: "blue",
        shape: "star",
        arrow: "↓",
    },
];

#[derive(Template)]
#[template(path = "games/simon.html")]
struct SimonPage {
    ctx: PageCtx,
    signed_in: bool,
    /// The server's best for a signed-in player.
    best: i64,
    pads: &'static [Pad],
    /// The page language's speech tag (`uz-UZ`).
    speech_lang: String,
}

async fn page(State(state): State<AppState>, ctx: PageCtx) -> AppResult<Response> {
    let best = match &ctx.user {
        Some(user) => service::progress(&state, user)
            .await?
            .iter()
            .filter(|r| r.game == "simon")
            .map(|r| r.best_score)
            .max()
            .unwrap_or(0),
        None => 0,
    };
    let speech_lang = alphabets::CONTENT
        .alphabet(ctx.lang())
        .map_or("uz-UZ", |a| a.speech_lang.as_str())
        .to_string();
    render(&SimonPage {
        signed_in: ctx.user.is_some(),
        ctx,
        best,
        pads: &PADS,
        speech_lang,
    })
}
