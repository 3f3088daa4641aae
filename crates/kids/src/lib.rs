//! SmartKids and MathKids: a library of stories, stories written on request (offline from
//! content files, or by an LLM when one is configured), reading aloud, talking about a story,
//! and a step-by-step math helper on [`mathsolve`]. Design in `docs/kids.md`.

use std::sync::Arc;

use axum::Router;
use kernel::i18n::Resource;
use kernel::module::Module;
use kernel::relations::LetterProgress;
use kernel::routes::Routes;

pub mod access;
pub mod align;
pub mod assignments;
pub mod assignments_store;
pub mod authoring;
pub mod authoring_input;
pub mod authoring_questions;
pub mod authoring_store;
pub mod authoring_text;
pub mod body;
pub mod class_readings;
pub mod coins;
pub mod compose;
pub mod create;
pub mod family;
pub mod home;
pub mod homework;
pub mod library;
pub mod llm_story;
pub mod mathkids;
pub mod model;
pub mod moderation;
pub mod photo;
pub mod progress;
pub mod reading;
pub mod reading_store;
pub mod recording;
pub mod reports;
pub mod routes;
pub mod safety;
pub mod speakable;
pub mod state;
pub mod store;
pub mod stories;
pub mod talk;
pub mod warm;

/// SmartKids and MathKids as the app mounts them: the LLM when configured, Harf's learned
/// letters for decodable stories, and the speech providers for reading aloud.
pub fn module(
    llm: Option<Arc<ai::llm::LlmClient>>,
    letters: Arc<dyn LetterProgress>,
    speech: Arc<ai::Speech>,
) -> Module {
    Module {
        resources: RESOURCES,
        assets: ASSETS,
        home_tiles: vec![Arc::new(home::KidsHome)],
        nav: vec![
            kernel::state::NavItem {
                label: "smartkids-nav",
                href: "/smartkids",
                roles: &[kernel::auth::Role::Student, kernel::auth::Role::Parent],
            },
            kernel::state::NavItem {
                label: "mathkids-nav",
                href: "/mathkids",
                roles: &[kernel::auth::Role::Student],
            },
            kernel::state::NavItem {
                label: "smartkids-author-nav",
                href: "/smartkids/author",
                roles: &[kernel::auth::Role::Teacher],
            },
            kernel::state::NavItem {
                label: "smartkids-review-nav",
                href: "/smartkids/moderation",
                roles: &[kernel::auth::Role::Moderator, kernel::auth::Role::Admin],
            },
        ],
        progress: vec![Arc::new(progress::KidsProgress)],
        openapi: &[include_str!("../openapi/kids.json")],
        forget: kernel::forget::statements("kids", store::FORGET_USER),
        ..Module::new("kids", move |app| {
            let state = state::KidsState {
                app: app.clone(),
                llm,
                letters,
                library: Default::default(),
                photo: photo::PhotoReader::from_setting(
                    app.config.settings.get("ALIF24_TESSERACT"),
                ),
                speech,
            };
            Routes::default()
                .api(api().with_state(state.clone()))
                .pages(pages().with_state(state))
        })
    }
}

fn api() -> Router<state::KidsState> {
    Router::new()
        .merge(routes::api_stories::router())
        .merge(routes::api_readings::router())
        .merge(routes::api_recordings::router())
        .merge(routes::api_mathkids::router())
        .merge(routes::api_family::router())
        .merge(routes::api_reports::router())
        .merge(routes::api_authoring::router())
        .merge(routes::api_assignments::router())
}

fn pages() -> Router<state::KidsState> {
    Router::new()
        .merge(routes::pages_smartkids::router())
        .merge(routes::pages_story::router())
        .merge(routes::pages_mathkids::router())
        .merge(routes::pages_author::router())
        .merge(routes::pages_moderation::router())
        .merge(routes::pages_class::router())
        .merge(routes::pages_child::router())
}

/// The pages' scripts and styles.
pub const ASSETS: &[kernel::assets::Asset] = kernel::web_assets![
    "css/kids.css",
    "js/kids/api.js",
    "js/kids/dictate.js",
    "js/kids/highlight.js",
    "js/kids/hub.js",
    "js/kids/mathkids.js",
    "js/kids/reader.js",
    "js/kids/record.js"
];

pub const RESOURCES: &[Resource] = kernel::ftl!(
    "kids.ftl",
    "kids-pages.ftl",
    "kids-reading.ftl",
    "kids-safety.ftl",
    "kids-authoring.ftl"
);
