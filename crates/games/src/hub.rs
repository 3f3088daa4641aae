//! The games hub (`/games`): a picture tile per game in [`crate::all`] with the child's best
//! score, stars and today's coins left; a visitor sees the same tiles and a note that nothing
//! is kept without signing in.
//!
//! A game needs no edit here: its tile is its `Rules::emoji` and the Fluent message
//! `games-name-{id}`, and it links to `/games/{id}`.

use std::sync::Arc;

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use kernel::auth::{Principal, Role};
use kernel::i18n::Tr;
use kernel::page::{render, PageCtx};
use kernel::{AppResult, AppState};

use crate::routes::GamesState;
use crate::rules::Rules;
use crate::store::{self, LevelRow};

pub fn router() -> Router<GamesState> {
    Router::new().route("/games", get(hub))
}

/// One game's tile.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HubTile {
    pub id: &'static str,
    pub emoji: &'static str,
    pub name: String,
    /// The best score of any level; `None` when never played.
    pub best: Option<i64>,
    /// Stars over all levels (levelled games only show them).
    pub stars: i64,
    /// Levels passed, of `levels`.
    pub passed: i64,
    pub levels: u32,
    /// Coins a child can still earn today in this game; `None` for visitors, grown-ups and
    /// games without a cap.
    pub coins_left: Option<i64>,
}

impl HubTile {
    pub fn href(&self) -> String {
        format!("/games/{}", self.id)
    }
}

/// The tiles of `games` from a player's levels; pure, so it is tested without a database.
pub fn tiles(
    games: &[Arc<dyn Rules>],
    levels: &[LevelRow],
    coins_left: &[Option<i64>],
    tr: &Tr,
) -> Vec<HubTile> {
    games
        .iter()
        .enumerate()
        .map(|(i, g)| {
            let mine: Vec<&LevelRow> = levels.iter().filter(|l| l.game == g.id()).collect();
            HubTile {
                id: g.id(),
                emoji: g.emoji(),
                name: tr.t(&name_key(g.id())),
                best: mine.iter().map(|l| l.best_score).max(),
                stars: mine.iter().map(|l| l.stars).sum(),
                passed: mine.iter().filter(|l| l.passed > 0).count() as i64,
                levels: g.levels(),
                coins_left: coins_left.get(i).copied().flatten(),
            }
        })
        .collect()
}

/// The Fluent message of a game's name.
pub fn name_key(id: &str) -> String {
    format!("games-name-{id}")
}

/// Coins a child can still earn today from `game` (its daily cap less today's earnings).
pub async fn coins_left(state: &AppState, who: &Principal, game: &str) -> AppResult<Option<i64>> {
    if who.role != Role::Student {
        return Ok(None);
    }
    let source = format!("games.{game}");
    let Some(cap) = rewards::caps::cap_for(&state.config.coin_caps, &source) else {
        return Ok(None);
    };
    let day = rewards::level::day_number(state.now_ms());
    let earned = rewards::store::earned_on_day(state.db.pool(), who.id, &source, day).await?;
    Ok(Some((cap - earned).max(0)))
}

#[derive(Template)]
#[template(path = "games/hub.html")]
struct HubPage {
    ctx: PageCtx,
    tiles: Vec<HubTile>,
}

async fn hub(State(s): State<GamesState>, ctx: PageCtx) -> AppResult<Response> {
    let (levels, coins) = match &ctx.user {
        Some(who) => {
            let mut coins = Vec::new();
            for g in s.games.iter() {
                coins.push(coins_left(&s.app, who, g.id()).await?);
            }
            (store::levels(s.app.db.pool(), who.id).await?, coins)
        }
        None => (Vec::new(), Vec::new()),
    };
    let tiles = tiles(&s.games, &levels, &coins, &ctx.tr);
    render(&HubPage { ctx, tiles })
}

#[cfg(test)]
mod tests {
    use kernel::i18n::{Catalog, Lang, Tr};

    use super::*;

    fn tr(lang: Lang) -> Tr {
        Tr::new(Arc::new(Catalog::new(crate::RESOURCES).unwrap()), lang)
    }

    fn level(game: &str, level: i64, best_score: i64, stars: i64, passed: i64) -> LevelRow {
        LevelRow {
            game: game.into(),
            level,
            best_score,
            stars,
            passed,
            plays: 1,
        }
    }

    #[test]
    fn every_game_has_a_name_in_three_languages_and_a_picture() {
        for lang in Lang::ALL {
            let c = Catalog::new(crate::RESOURCES).unwrap();
            for g in crate::all() {
                assert!(c.has(lang, &name_key(g.id())), "{} in {lang:?}", g.id());
                assert!(!g.emoji().is_empty());
            }
        }
    }

    #[test]
    fn a_tile_shows_the_best_of_its_own_game_and_sums_its_stars() {
        let games = crate::all();
        let rows = [
            level("2048", 1, 1200, 0, 0),
            level("other", 1, 99_999, 3, 1),
        ];
        let mut coins = vec![None; games.len()];
        coins[games.iter().position(|g| g.id() == "2048").unwrap()] = Some(12);
        let t = tiles(&games, &rows, &coins, &tr(Lang::En));
        let t2048 = t.iter().find(|t| t.id == "2048").unwrap();
        assert_eq!(
            (t2048.best, t2048.stars, t2048.coins_left),
            (Some(1200), 0, Some(12))
        );
        assert_eq!(t2048.name, "2048");
        assert_eq!(t2048.href(), "/games/2048");
        let fresh = tiles(&games, &[], &[], &tr(Lang::Uz));
        assert_eq!(fresh.len(), games.len(), "a tile for every game");
        assert!(fresh
            .iter()
            .all(|t| t.best.is_none() && t.coins_left.is_none()));
    }
}
