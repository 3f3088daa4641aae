//! The live quiz: a teacher hosts a game from a test on the big screen, players join with a
//! PIN on any phone and answer in real time; the server is the only clock. Design in
//! `docs/live.md`.
//!
//! The rules are pure modules (no web, no database): points and streaks ([`scoring`]), the
//! order of players ([`ranking`]), what a phone's answer means for each question type
//! ([`answers`]), the socket messages ([`protocol`]), visitors' nicknames ([`names`]) and one
//! game's state ([`game`]). Around them: the game's task ([`actor`]), the games running here
//! ([`registry`]), games shared between replicas ([`relay`] on the replicas that serve
//! sockets, [`bridge`] on the one that runs the game, [`relay_wire`] between them), saving ([`saving`], [`store`], [`store_play`]), the use cases
//! ([`service`]) and HTTP ([`routes`], [`sockets`], [`host_socket`]).

use std::sync::Arc;

use kernel::i18n::Resource;
use kernel::module::Module;
use kernel::routes::Routes;

pub mod actor;
pub mod answers;
pub mod bridge;
pub mod commands;
pub mod csv;
pub mod distribution;
pub mod game;
pub mod history;
pub mod history_answers;
pub mod history_api;
pub mod history_pages;
pub mod home;
pub mod host_frames;
pub mod host_pages;
pub mod host_results;
pub mod host_screen;
pub mod host_service;
pub mod host_socket;
pub mod labels;
pub mod names;
pub mod play_page;
pub mod protocol;
pub mod ranking;
pub mod registry;
pub mod relay;
pub mod relay_wire;
pub mod routes;
pub mod saving;
pub mod scoring;
pub mod service;
pub mod sockets;
pub mod store;
pub mod store_history;
pub mod store_host;
pub mod store_play;
pub mod xlsx_export;

/// The live quiz as the app mounts it.
pub fn module() -> Module {
    Module {
        resources: RESOURCES,
        assets: ASSETS,
        nav: vec![kernel::state::NavItem {
            label: "live-host-nav",
            href: "/live",
            roles: &[kernel::auth::Role::Teacher],
        }],
        openapi: &[include_str!("../openapi/live.json")],
        progress: vec![Arc::new(home::LiveProgress)],
        home_tiles: vec![Arc::new(home::LiveHome)],
        forget: kernel::forget::statements("live", store_history::FORGET_USER),
        ..Module::new("live", |app| {
            let state = routes::LiveState {
                app: app.clone(),
                registry: Arc::new(registry::Registry::default()),
            };
            Routes::default()
                .api(routes::api().with_state(state.clone()))
                .pages(play_page::router())
                .pages(routes::host_pages().with_state(state.clone()))
                .sockets(routes::sockets().with_state(state))
        })
    }
}

pub const RESOURCES: &[Resource] = kernel::ftl!(
    "live.ftl",
    "live-play.ftl",
    "live-host.ftl",
    "live-history.ftl",
);

pub const ASSETS: &[kernel::assets::Asset] = kernel::web_assets![
    "css/live-play.css",
    "js/live/play.js",
    "js/live/play-state.js",
    "js/live/play-socket.js",
    "js/live/play-view.js",
    "css/live-host.css",
    "js/live/host.js",
    "js/live/host-view.js",
    "css/live-mine.css",
];
