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
pub mod memory;
pub mod memory_page;
pub mod rng;
pub mod routes;
pub mod rules;
pub mod service;
pub mod store;

/// Every game, by id.
pub fn all() -> Vec<Arc<dyn rules::Rules>> {
    vec![Arc::new(g2048::Game2048), Arc::new(memory::Memory)]
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

pub const RESOURCES: &[Resource] = kernel::ftl!("games.ftl", "games-memory.ftl");

/// The games' pages.
fn pages() -> axum::Router<kernel::AppState> {
    axum::Router::new().merge(memory_page::router())
}

pub const ASSETS: &[kernel::assets::Asset] = kernel::web_assets![
    "css/games-memory.css",
    "js/games/rng.js",
    "js/games/memory.js",
    "js/games/memory-outbox.js",
    "js/games/memory-page.js",
    "js/games/memory-sound.js",
];
