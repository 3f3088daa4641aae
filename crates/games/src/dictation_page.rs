//! Dictation's pages: the map of 100 levels (words, phrases, sentences) with the child's stars,
//! and a level to play (`/games/dictation/{level}`): a signed-in child's round starts through
//! the API; a visitor's items come with the page and nothing is kept.

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use kernel::extract::Path;
use kernel::page::{render, PageCtx};
use kernel::{AppError, AppResult, AppState};
use serde_json::json;

use crate::dictation::{Dictation, Kind, LEVELS};
use crate::rules::{LevelDone, Rules};
use crate::service;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/games/dictation", get(map))
        .route("/games/dictation/{level}", get(play))
}

/// A level's tile on the map.
struct Tile {
    n: u32,
    open: bool,
    stars: u8,
}

/// The levels of one kind, under its heading.
struct Part {
    /// The Fluent key of its heading.
    key: &'static str,
    icon: &'static str,
    tiles: Vec<Tile>,
}

#[derive(Template)]
#[template(path = "games/dictation.html")]
struct MapPage {
    ctx: PageCtx,
    parts: Vec<Part>,
}

async fn done(state: &AppState, ctx: &PageCtx) -> AppResult<Option<Vec<LevelDone>>> {
    match &ctx.user {
        Some(u) => Ok(Some(service::done(state, u.id, "dictation").await?)),
        None => Ok(None),
    }
}

/// Whether `level` opens: every level for a visitor, who keeps nothing.
fn opens(done: &Option<Vec<LevelDone>>, level: u32) -> bool {
    done.as_ref().is_none_or(|d| Dictation.opens(level, d))
}

fn part(kind: Kind) -> (&'static str, &'static str) {
    match kind {
        Kind::Words => ("games-dictation-words", "🔤"),
        Kind::Phrases => ("games-dictation-phrases", "💬"),
        Kind::Sentences => ("games-dictation-sentences", "📜"),
    }
}

async fn map(State(state): State<AppState>, ctx: PageCtx) -> AppResult<Response> {
    let done = done(&state, &ctx).await?;
    let mut parts: Vec<Part> = Vec::new();
    for n in 1..=LEVELS {
        let (key, icon) = part(Kind::of(n).0);
        let stars = done
            .iter()
            .flatten()
            .filter(|d| d.level == n)
            .map(|d| d.stars)
            .max()
            .unwrap_or(0);
        let tile = Tile {
            n,
            open: opens(&done, n),
            stars,
        };
        match parts.last_mut() {
            Some(p) if p.key == key => p.tiles.push(tile),
            _ => parts.push(Part {
                key,
                icon,
                tiles: vec![tile],
            }),
        }
    }
    render(&MapPage { ctx, parts })
}

#[derive(Template)]
#[template(path = "games/dictation-play.html")]
struct PlayPage {
    ctx: PageCtx,
    level: u32,
    /// The Fluent key of what the level dictates.
    kind_key: &'static str,
    /// The language's letters missing from phones' keyboards (Uzbek: oʻ gʻ ʼ).
    extra_keys: &'static [&'static str],
    /// The page's data for its script, as JSON.
    data: String,
}

async fn play(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(level): Path<u32>,
) -> AppResult<Response> {
    if !(1..=LEVELS).contains(&level) {
        return Err(AppError::not_found());
    }
    let lang = ctx.lang().to_string();
    let signed_in = ctx.user.is_some();
    let open = opens(&done(&state, &ctx).await?, level);
    // A visitor's items come with the page: nothing of theirs is replayed or kept.
    let config = match signed_in {
        true => Dictation.config(level, &lang),
        false => Dictation.round_config(rand::random(), level, &lang),
    };
    let speech_lang = alphabets::CONTENT
        .alphabet(&lang)
        .map_or("uz-UZ", |a| a.speech_lang.as_str());
    let data = json!({
        "level": level,
        "signed_in": signed_in,
        "open": open,
        "next": (level < LEVELS).then_some(level + 1),
        "speech_lang": speech_lang,
        "config": config,
    })
    .to_string()
    .replace('<', "\\u003c");
    render(&PlayPage {
        ctx,
        level,
        kind_key: part(Kind::of(level).0).0,
        extra_keys: match lang.as_str() {
            "uz" => &["oʻ", "gʻ", "ʼ"],
            _ => &[],
        },
        data,
    })
}
