//! Wiring of the whole platform: configuration, state, every domain's router, the operational
//! endpoints, and the command line of the `alif24` binary.

use std::sync::Arc;

use anyhow::Context;
use axum::extract::DefaultBodyLimit;
use axum::routing::get;
use axum::Router;
use kernel::assets::Assets;
use kernel::clock::Clock;
use kernel::config::Config;
use kernel::db::Db;
use kernel::i18n::Catalog;
use kernel::metrics::Metrics;
use kernel::ratelimit::RateLimiter;
use kernel::state::App;
use kernel::{AppError, AppState};

pub mod cli;
pub mod openapi;
pub mod ops;
pub mod serve;

/// Files under `web/` that every page uses.
const WEB: &[kernel::assets::Asset] = kernel::web_assets![
    "css/app.css",
    "js/app.js",
    "js/speech.js",
    "img/favicon.svg"
];

/// Connects to the database, applies migrations and assembles the state.
pub async fn build_state(config: Config, clock: Arc<dyn Clock>) -> anyhow::Result<AppState> {
    let db = Db::connect(&config.database_url).await?;
    db.migrate().await?;
    let catalog = Catalog::new(&all_resources()).map_err(|e| anyhow::anyhow!("locales: {e}"))?;
    let auth = Arc::new(accounts::TokenAuthenticator::new(db.clone(), clock.clone()));
    let directory = Arc::new(accounts::FamilyDirectory::new(db.clone()));
    let wallet = Arc::new(rewards::LedgerWallet::new(db.clone()));
    let mut services = axum::http::Extensions::new();
    if let Some(llm) = ai::llm::LlmConfig::from_env()? {
        services.insert(Arc::new(ai::llm::LlmClient::new(llm)?));
    }
    let limiter = match &config.redis_url {
        Some(url) => {
            RateLimiter::with_redis(config.rate_limit_scale, url, &config.redis_prefix).await?
        }
        None => RateLimiter::new(config.rate_limit_scale),
    };
    Ok(AppState(Arc::new(App {
        limiter,
        config,
        db,
        clock,
        i18n: Arc::new(catalog),
        metrics: Metrics::new(),
        auth,
        assets: Arc::new(Assets::new(&[WEB, harf::ASSETS, exams::ASSETS])),
        nav: [accounts::nav(), harf::nav(), exams::nav()].concat(),
        directory,
        wallet,
        progress: vec![Arc::new(harf::HarfProgress)],
        services,
    })))
}

/// Every Fluent resource of every domain.
pub fn all_resources() -> Vec<kernel::i18n::Resource> {
    [
        kernel::i18n::RESOURCES,
        accounts::RESOURCES,
        rewards::RESOURCES,
        harf::RESOURCES,
        ai::RESOURCES,
        exams::RESOURCES,
    ]
    .concat()
}

/// The complete HTTP application.
pub fn router(state: AppState, speech: Arc<ai::Speech>) -> Router {
    Router::new()
        .merge(accounts::router())
        .merge(rewards::router())
        .merge(harf::router())
        .merge(exams::router())
        .merge(ai::speech_router(speech))
        .merge(ops::router())
        .route("/static/{*path}", get(kernel::assets::serve))
        .fallback(|| async { AppError::not_found() })
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            kernel::context::layer,
        ))
        .layer(DefaultBodyLimit::max(1024 * 1024))
        .with_state(state)
}

/// Configuration plus state plus router, as `serve` and the test kit use it.
pub async fn build(config: Config, clock: Arc<dyn Clock>) -> anyhow::Result<(AppState, Router)> {
    // Speech lives beside the state (it has no field there) and is only needed to serve.
    let speech_config = ai::SpeechConfig::from_env().context("start-up failed")?;
    let state = build_state(config, clock)
        .await
        .context("start-up failed")?;
    let speech = ai::Speech::start(&speech_config)
        .await
        .context("start-up failed")?;
    Ok((state.clone(), router(state, Arc::new(speech))))
}
