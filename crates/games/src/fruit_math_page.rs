//! Fruit math's pages: the map of 100 levels in four tiers with the child's stars, and a level
//! to play (a signed-in child's round starts through the API; a visitor plays puzzles drawn
//! here and keeps nothing).

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use kernel::extract::Path;
use kernel::page::{render, PageCtx};
use kernel::{AppError, AppResult, AppState};
use serde_json::json;

use crate::fruit_math::puzzles::PER_TIER;
use crate::fruit_math::FruitMath;
use crate::rules::{LevelDone, Rules};
use crate::service;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/games/fruit-math", get(map))
        .route("/games/fruit-math/{level}", get(play))
}

/// A level's tile on the map.
pub struct Tile {
    pub level: u32,
    pub stars: u8,
    pub open: bool,
}

/// A tier of 25 levels: its number (1–4), its picture and its tiles.
pub struct Tier {
    pub n: u32,
    pub icon: &'static str,
    pub tiles: Vec<Tile>,
}

const ICONS: [&str; 4] = ["➕", "➖", "✖️", "🧩"];

#[derive(Template)]
#[template(path = "games/fruit-math.html")]
struct MapPage {
    ctx: PageCtx,
    tiers: Vec<Tier>,
}

impl MapPage {
    fn stars(&self, n: &u8) -> String {
        (0..3).map(|i| if i < *n { '★' } else { '☆' }).collect()
    }
}

async fn done(state: &AppState, ctx: &PageCtx) -> AppResult<Option<Vec<LevelDone>>> {
    match &ctx.user {
        Some(u) => Ok(Some(service::done(state, u.id, "fruit-math").await?)),
        None => Ok(None),
    }
}

/// Whether `level` opens: every level for a visitor, who keeps nothing.
fn opens(done: &Option<Vec<LevelDone>>, level: u32) -> bool {
    done.as_ref().is_none_or(|d| FruitMath.opens(level, d))
}

async fn map(State(state): State<AppState>, ctx: PageCtx) -> AppResult<Response> {
    let done = done(&state, &ctx).await?;
    let stars = |level: u32| {
        done.iter()
            .flatten()
            .find(|d| d.level == level)
            .map_or(0, |d| d.stars)
    };
    let tiers = (0..4)
        .map(|t| Tier {
            n: t + 1,
            icon: ICONS[t as usize],
            tiles: (1..=PER_TIER)
                .map(|i| t * PER_TIER + i)
                .map(|level| Tile {
                    level,
                    stars: stars(level),
                    open: opens(&done, level),
                })
                .collect(),
        })
        .collect();
    render(&MapPage { ctx, tiers })
}

#[derive(Template)]
#[template(path = "games/fruit-math-play.html")]
struct PlayPage {
    ctx: PageCtx,
    level: u32,
    tier: u32,
    /// The page's data for its script, as JSON.
    data: String,
    speech_lang: String,
}

async fn play(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(level): Path<u32>,
) -> AppResult<Response> {
    if !(1..=FruitMath.levels()).contains(&level) {
        return Err(AppError::not_found());
    }
    let signed_in = ctx.user.is_some();
    let open = opens(&done(&state, &ctx).await?, level);
    // A visitor's puzzles come with the page: nothing of theirs is replayed or kept.
    let config = match signed_in {
        true => json!(null),
        false => FruitMath.round_config(rand::random(), level, ctx.lang()),
    };
    let data = json!({
        "level": level,
        "signed_in": signed_in,
        "open": open,
        "next": (level < FruitMath.levels()).then_some(level + 1),
        "config": config,
    })
    .to_string()
    .replace('<', "\\u003c");
    let speech_lang = alphabets::CONTENT
        .alphabet(ctx.lang())
        .map_or("uz-UZ", |a| a.speech_lang.as_str())
        .to_string();
    render(&PlayPage {
        ctx,
        level,
        tier: (level - 1) / PER_TIER + 1,
        data,
        speech_lang,
    })
}
