//! Exams: teachers' question banks and tests (written, imported or generated), assignments to
//! classes, fair timed attempts, automatic grading, results and item statistics.

use axum::Router;
use kernel::i18n::{Lang, Resource};
use kernel::AppState;

pub mod check;
pub mod formats;
pub mod generate;
pub mod grading;
pub mod model;
pub mod routes;
pub mod service;
pub mod store;

pub fn router() -> Router<AppState> {
    Router::new()
        .merge(routes::api_bank::router())
        .merge(routes::api_tests::router())
        .merge(routes::api_attempts::router())
        .merge(routes::api_import::router())
}

macro_rules! ftl {
    ($($file:literal),*) => {
        &[$(
            Resource { lang: Lang::Uz, name: $file, text: include_str!(concat!("../../../locales/uz/", $file)) },
            Resource { lang: Lang::Ru, name: $file, text: include_str!(concat!("../../../locales/ru/", $file)) },
            Resource { lang: Lang::En, name: $file, text: include_str!(concat!("../../../locales/en/", $file)) },
        )*]
    };
}

pub const RESOURCES: &[Resource] = ftl!("exams.ftl", "exams-generate.ftl");
