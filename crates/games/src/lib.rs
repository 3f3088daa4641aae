//! Learning games: each round starts on the server with a seed, the page plays it and sends
//! its input log back, and the server replays the log with the same rules and keeps its own
//! score. Design in `docs/games.md`.
//!
//! The rules are pure modules with a twin in the page (`web/js/games/`), both checked against
//! `vectors/`: the seeded generator ([`rng`]), the trait every game's rules implement
//! ([`rules`]) and the games ([`g2048`]). Around them: storage ([`store`]), the use cases
//! ([`service`]) and HTTP ([`routes`]).

use std::sync::Arc;

use kernel::i18n::Resource;
use kernel::module::Module;
use kernel::routes::Routes;

pub mod g2048;
pub mod math_monster;
pub mod math_monster_page;
pub mod rng;
pub mod routes;
pub mod rules;
pub mod service;
pub mod store;
pub mod tetris;
pub mod tetris_page;

/// Every game, by id.
pub fn all() -> Vec<Arc<dyn rules::Rules>> {
    vec![
        Arc::new(g2048::Game2048),
        Arc::new(math_monster::MathMonster),
        Arc::new(tetris::Tetris),
    ]
}

/// The games as the app mounts them.
pub fn module() -> Module {
    Module {
        resources: RESOURCES,
        assets: ASSETS,
        openapi: &[include_str!("../openapi/games.json")],
        forget: kernel::forget::statements("games", store::FORGET_USER),
        ..Module::new("games", |app| {
            let state = routes::GamesState {
                app: app.clone(),
                games: Arc::new(all()),
            };
            Routes::default()
                .api(routes::api().with_state(state))
                .pages(pages())
        })
    }
}

/// The games' pages.
pub fn pages() -> axum::Router<kernel::AppState> {
    axum::Router::new()
        .merge(math_monster_page::router())
        .merge(tetris_page::router())
}

pub const RESOURCES: &[Resource] =
    kernel::ftl!("games.ftl", "games-math-monster.ftl", "games-tetris.ftl");

pub const ASSETS: &[kernel::assets::Asset] = kernel::web_assets![
    "js/games/rng.js",
    "css/games-math-monster.css",
    "js/games/math-monster.js",
    "js/games/math-monster-page.js",
    "css/games-tetris.css",
    "js/games/tetris.js",
    "js/games/tetris-session.js",
    "js/games/tetris-outbox.js",
    "js/games/tetris-page.js",
];
