//! Exams: teachers' question banks and tests (written, imported or generated), assignments to
//! classes, fair timed attempts, automatic grading, results and item statistics.

use std::sync::Arc;

use axum::Router;
use kernel::auth::Role;
use kernel::i18n::Resource;
use kernel::module::Module;
use kernel::routes::Routes;
use kernel::state::NavItem;

pub use state::ExamsState;

pub mod home;
pub mod llm;
pub mod quiz;
pub mod routes;
pub mod service;
pub mod state;
pub mod store;

/// The exams domain as the app mounts it, with the LLM generator when one is configured.
pub fn module(llm: Option<Arc<ai::llm::LlmClient>>) -> Module {
    Module {
        nav: nav(),
        assets: ASSETS,
        resources: RESOURCES,
        home_tiles: vec![Arc::new(home::ExamsHome)],
        openapi: &[
            include_str!("../openapi/exams.json"),
            include_str!("../openapi/results.json"),
        ],
        forget: kernel::forget::statements("exams", store::FORGET_USER),
        quizzes: vec![Arc::new(quiz::ExamQuizzes)],
        ..Module::new("exams", move |app| {
            let state = ExamsState {
                app: app.clone(),
                llm,
            };
            Routes::default()
                .api(api().with_state(state.clone()))
                .pages(pages().with_state(state))
        })
    }
}

fn api() -> Router<ExamsState> {
    Router::new()
        .merge(routes::api_bank::router())
        .merge(routes::api_exam_tests::router())
        .merge(routes::api_attempts::router())
        .merge(routes::api_import::router())
        .merge(routes::api_results::router())
}

fn pages() -> Router<ExamsState> {
    Router::new()
        .merge(routes::pages_home::router())
        .merge(routes::pages_exam_tests::router())
        .merge(routes::pages_questions::router())
        .merge(routes::pages_import::router())
        .merge(routes::pages_generate::router())
        .merge(routes::pages_moderation::router())
        .merge(routes::pages_attempt::router())
        .merge(routes::pages_child::router())
        .merge(routes::pages_result::router())
        .merge(routes::pages_assignment::router())
}

/// Header links: "Tests" for teachers and students, the approval queue for staff.
pub fn nav() -> Vec<NavItem> {
    vec![
        NavItem {
            label: "exams-ui-nav-tests",
            href: "/exams",
            roles: &[Role::Teacher, Role::Student],
        },
        NavItem {
            label: "exams-ui-nav-moderation",
            href: "/exams/moderation",
            roles: &[Role::Moderator, Role::Admin],
        },
    ]
}

/// The pages' scripts.
pub const ASSETS: &[kernel::assets::Asset] = kernel::web_assets![
    "js/exams/answers.js",
    "js/exams/attempt.js",
    "js/exams/autosave.js",
    "js/exams/countdown.js",
    "js/exams/editor.js",
    "js/exams/picture.js",
    "js/exams/read-aloud.js",
];

pub const RESOURCES: &[Resource] = kernel::ftl!(
    "exams.ftl",
    "exams-formats.ftl",
    "exams-generate.ftl",
    "exams-results.ftl",
    "exams-pages.ftl",
    "exams-holes.ftl",
    "exams-child.ftl"
);
