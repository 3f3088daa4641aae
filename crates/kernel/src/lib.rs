//! Shared foundation of Alif24: application state, database, errors, i18n, identity and
//! request context (auth, language, CSRF), route kinds and modules, rate limits, metrics, page
//! layout and assets, and the trust pages (privacy, terms, about, contact) with the manifest.
//! Domain crates build on these; the kernel knows nothing of any domain's tables.

pub mod assets;
pub mod audit;
pub mod auth;
pub mod bus;
mod bus_redis;
pub mod clock;
pub mod config;
pub mod context;
pub mod cookies;
pub mod csrf;
pub mod dates;
pub mod db;
pub mod error;
pub mod extract;
pub mod forget;
pub mod form;
pub mod home;
pub mod i18n;
pub mod ids;
pub mod jobs;
pub mod json;
pub mod json_page;
pub mod look;
pub mod manifest;
pub mod markdown;
pub mod metrics;
pub mod module;
pub mod money;
pub mod page;
pub mod page_query;
pub mod phone;
pub mod ratelimit;
pub mod regions;
pub mod relations;
pub mod routes;
pub mod shutdown;
pub mod state;
pub mod text;
pub mod trust;
pub mod voice;

pub use error::{AppError, AppResult};
pub use state::AppState;

/// The largest request body any route accepts (1 MiB).
pub const BODY_LIMIT: usize = 1024 * 1024;
