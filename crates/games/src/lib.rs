//! Learning games: each round starts on the server with a seed, the page plays it and sends
//! its input log back, and the server replays the log with the same rules and keeps its own
//! score. Design in `docs/games.md`.
//!
//! The rules are pure modules with a twin in the page (`web/js/games/`), both checked against
//! `vectors/`: the seeded generator ([`rng`]), the trait every game's rules implement
//! ([`rules`]) and the games ([`g2048`]). Around them: storage ([`store`]), the use cases
//! ([`service`]) and HTTP ([`routes`]).

use std::sync::Arc;

use axum::Router;
use kernel::i18n::Resource;
use kernel::module::Module;
use kernel::routes::Routes;

pub mod boards;
pub mod dictation;
pub mod dictation_page;
pub mod family;
mod family_page;
pub mod flash;
pub mod flash_page;
pub mod fruit_math;
pub mod fruit_math_page;
pub mod g2048;
pub mod hidden_word;
pub mod hidden_word_page;
pub mod home;
pub mod hub;
pub mod matchstick;
pub mod matchstick_page;
pub mod math_monster;
pub mod math_monster_page;
pub mod memory;
pub mod memory_page;
pub mod page_2048;
pub mod review;
mod review_page;
pub mod rng;
pub mod routes;
pub mod rules;
pub mod service;
pub mod simon;
pub mod simon_page;
pub mod store;
pub mod syllables;
pub mod syllables_page;
pub mod tetris;
pub mod tetris_page;

/// Every game, by id.
pub fn all() -> Vec<Arc<dyn rules::Rules>> {
    vec![
        Arc::new(memory::Memory),
        Arc::new(math_monster::MathMonster),
        Arc::new(g2048::Game2048),
        Arc::new(tetris::Tetris),
        Arc::new(simon::Simon),
        Arc::new(fruit_math::FruitMath),
        Arc::new(flash::Flash),
        Arc::new(dictation::Dictation),
        Arc::new(matchstick::Matchstick),
        Arc::new(syllables::Syllables),
        Arc::new(hidden_word::HiddenWord),
    ]
}

/// The games as the app mounts them.
pub fn module() -> Module {
    Module {
        resources: RESOURCES,
        assets: ASSETS,
        home_tiles: vec![Arc::new(home::GamesHome)],
        progress: vec![Arc::new(family::GamesProgress { games: all() })],
        nav: vec![
            kernel::state::NavItem {
                label: "games-nav",
                href: "/games",
                roles: &[kernel::auth::Role::Student],
            },
            kernel::state::NavItem {
                label: "games-review-nav",
                href: "/games/review",
                roles: &[kernel::auth::Role::Moderator, kernel::auth::Role::Admin],
            },
            kernel::state::NavItem {
                label: "games-boards-nav",
                href: "/games/boards",
                roles: &[kernel::auth::Role::Teacher],
            },
        ],
        openapi: &[include_str!("../openapi/games.json")],
        forget: kernel::forget::statements("games", store::FORGET_USER),
        ..Module::new("games", |app| {
            let games = all();
            let ids = games.iter().map(|g| g.id()).collect();
            let state = routes::GamesState {
                app: app.clone(),
                boards: Arc::new(boards::Boards::new(app, ids)),
                games: Arc::new(games),
            };
            Routes::default()
                .api(routes::api().with_state(state.clone()))
                .api(boards::routes::api().with_state(state.clone()))
                .pages(pages().with_state(state))
                .pages(game_pages())
                .pages(review_page::pages())
                .api(review_page::api())
        })
    }
}

/// The hub and the pages that need the games' rules.
fn pages() -> Router<routes::GamesState> {
    Router::new()
        .merge(hub::router())
        .merge(boards::page::router())
        .merge(family_page::router())
        .merge(page_2048::router())
}

/// The other games' pages.
fn game_pages() -> Router<kernel::AppState> {
    Router::new()
        .merge(memory_page::router())
        .merge(math_monster_page::router())
        .merge(tetris_page::router())
        .merge(simon_page::router())
        .merge(fruit_math_page::router())
        .merge(flash_page::router())
        .merge(dictation_page::router())
        .merge(matchstick_page::router())
        .merge(syllables_page::router())
        .merge(hidden_word_page::router())
}

/// The pages' scripts and styles.
pub const ASSETS: &[kernel::assets::Asset] = kernel::web_assets![
    "css/games.css",
    "css/games-boards.css",
    "js/games/rng.js",
    "js/games/round.js",
    "js/games/g2048.js",
    "js/games/g2048-page.js",
    "css/games-math-monster.css",
    "js/games/math-monster.js",
    "js/games/math-monster-page.js",
    "css/games-tetris.css",
    "js/games/tetris.js",
    "js/games/tetris-session.js",
    "js/games/tetris-page.js",
    "css/games-memory.css",
    "js/games/memory.js",
    "js/games/memory-page.js",
    "css/games-simon.css",
    "js/games/simon.js",
    "js/games/simon-page.js",
    "css/games-fruit-math.css",
    "js/games/fruit-math.js",
    "js/games/fruit-math-page.js",
    "css/games-flash.css",
    "js/games/flash.js",
    "js/games/flash-page.js",
    "css/games-dictation.css",
    "js/games/dictation.js",
    "js/games/dictation-page.js",
    "css/games-matchstick.css",
    "js/games/matchstick.js",
    "js/games/matchstick-page.js",
    "css/games-syllables.css",
    "js/games/syllables.js",
    "js/games/syllables-page.js",
    "css/games-hidden-word.css",
    "js/games/hidden-word.js",
    "js/games/hidden-word-page.js",
];

pub const RESOURCES: &[Resource] = kernel::ftl!(
    "games.ftl",
    "games-hub.ftl",
    "games-boards.ftl",
    "games-family.ftl",
    "games-review.ftl",
    "games-2048.ftl",
    "games-math-monster.ftl",
    "games-tetris.ftl",
    "games-memory.ftl",
    "games-simon.ftl",
    "games-fruit-math.ftl",
    "games-flash.ftl",
    "games-dictation.ftl",
    "games-matchstick.ftl",
    "games-syllables.ftl",
    "games-hidden-word.ftl",
);
