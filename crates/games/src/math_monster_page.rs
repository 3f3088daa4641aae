//! Math Monster's pages: the level map of a range with the child's stars, and a level to play
//! (a signed-in child's round starts through the API; a visitor plays questions drawn here and
//! keeps nothing).

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use kernel::extract::{Path, Query};
use kernel::page::{render, PageCtx};
use kernel::{AppError, AppResult, AppState};
use serde::Deserialize;
use serde_json::json;

use crate::math_monster::questions::Range;
use crate::math_monster::{split, MathMonster, PER_RANGE};
use crate::rules::{LevelDone, Rules};
use crate::service;

/// The Fluent key of a range's name.
fn range_key(range: Range) -> &'static str {
    match range {
        Range::Easy => "mm-range-easy",
        Range::Medium => "mm-range-medium",
        Range::Hard => "mm-range-hard",
    }
}

/// A range's numbers as a child reads them.
fn numbers(range: Range) -> &'static str {
    match range {
        Range::Easy => "0–10",
        Range::Medium => "10–100",
        Range::Hard => "100–1000",
    }
}

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/games/math-monster", get(map))
        .route("/games/math-monster/{level}", get(play))
}

/// A level's tile on the map.
pub struct Tile {
    pub level: u32,
    pub n: u32,
    pub stars: u8,
    pub open: bool,
}

/// A range's tab.
pub struct Tab {
    pub id: &'static str,
    /// The Fluent key of its name.
    pub key: &'static str,
    /// Its numbers, "0–10".
    pub numbers: &'static str,
    pub open: bool,
    pub current: bool,
}

#[derive(Template)]
#[template(path = "games/math-monster.html")]
struct MapPage {
    ctx: PageCtx,
    tabs: Vec<Tab>,
    range: &'static str,
    tiles: Vec<Tile>,
    /// The next range is open and not yet played: offered to the child.
    offer: Option<(&'static str, &'static str)>,
}

#[derive(Deserialize)]
struct MapQuery {
    range: Option<String>,
}

async fn done(state: &AppState, ctx: &PageCtx) -> AppResult<Option<Vec<LevelDone>>> {
    match &ctx.user {
        Some(u) => Ok(Some(service::done(state, u.id, "math-monster").await?)),
        None => Ok(None),
    }
}

/// Whether `level` opens: every level for a visitor, who keeps nothing.
fn opens(done: &Option<Vec<LevelDone>>, level: u32) -> bool {
    done.as_ref().is_none_or(|d| MathMonster.opens(level, d))
}

async fn map(
    State(state): State<AppState>,
    ctx: PageCtx,
    Query(q): Query<MapQuery>,
) -> AppResult<Response> {
    let done = done(&state, &ctx).await?;
    let first = |r: usize| r as u32 * PER_RANGE + 1;
    let open: Vec<bool> = (0..3).map(|r| opens(&done, first(r))).collect();
    let highest = open.iter().rposition(|o| *o).unwrap_or(0);
    let chosen = Range::ALL
        .iter()
        .position(|r| Some(r.id()) == q.range.as_deref())
        .unwrap_or(if done.is_some() { highest } else { 0 });
    let played = |level: u32| done.iter().flatten().find(|d| d.level == level);
    let tiles = (1..=PER_RANGE)
        .map(|n| {
            let level = first(chosen) - 1 + n;
            Tile {
                level,
                n,
                stars: played(level).map_or(0, |d| d.stars),
                open: opens(&done, level),
            }
        })
        .collect();
    let offer = (done.is_some() && highest > 0 && played(first(highest)).is_none())
        .then(|| Range::ALL[highest])
        .filter(|r| Some(r.id()) != q.range.as_deref())
        .map(|r| (r.id(), range_key(r)));
    let tabs = Range::ALL
        .iter()
        .enumerate()
        .map(|(i, r)| Tab {
            id: r.id(),
            key: range_key(*r),
            numbers: numbers(*r),
            open: open[i],
            current: i == chosen,
        })
        .collect();
    render(&MapPage {
        ctx,
        tabs,
        range: Range::ALL[chosen].id(),
        tiles,
        offer,
    })
}

#[derive(Template)]
#[template(path = "games/math-monster-play.html")]
struct PlayPage {
    ctx: PageCtx,
    level: u32,
    n: u32,
    range: &'static str,
    range_key: &'static str,
    numbers: &'static str,
    /// The page's data for its script, as JSON.
    data: String,
}

async fn play(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(level): Path<u32>,
) -> AppResult<Response> {
    if !(1..=MathMonster.levels()).contains(&level) {
        return Err(AppError::not_found());
    }
    let (range, n) = split(level);
    let signed_in = ctx.user.is_some();
    let open = opens(&done(&state, &ctx).await?, level);
    // A visitor's questions come with the page: nothing of theirs is replayed or kept.
    let questions = match signed_in {
        true => json!([]),
        false => MathMonster.round_config(rand::random(), level, ctx.lang())["questions"].clone(),
    };
    let data = json!({
        "level": level,
        "n": n,
        "range": range.id(),
        "signed_in": signed_in,
        "open": open,
        "next": (level < MathMonster.levels() && n < PER_RANGE).then_some(level + 1),
        "questions": questions,
    })
    .to_string()
    .replace('<', "\\u003c");
    render(&PlayPage {
        ctx,
        level,
        n,
        range: range.id(),
        range_key: range_key(range),
        numbers: numbers(range),
        data,
    })
}
