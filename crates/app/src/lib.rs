//! Wiring of the whole platform: configuration, the outside services, the list of modules, the
//! operational endpoints, and the command line of the `alif24` binary.

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
use kernel::jobs::runner::Runner;
use kernel::jobs::Registry;
use kernel::metrics::Metrics;
use kernel::module::Module;
use kernel::ratelimit::RateLimiter;
use kernel::routes::Routes;
use kernel::state::App;
use kernel::AppState;

pub mod backup;
pub mod cli;
pub mod demo;
pub mod openapi;
pub mod ops;
pub mod serve;

/// Files under `web/` that every page uses.
const WEB: &[kernel::assets::Asset] = kernel::web_assets![
    "css/app.css",
    "js/app.js",
    "js/speech.js",
    "js/speech/format.js",
    "js/speech/lang.js",
    "js/speech/recorder.js",
    "js/speech/say-button.js",
    "js/speech/tap-to-hear.js",
    "js/speech/voices.js",
    "js/speech/wav.js",
    "img/favicon.svg",
    "img/icon-192.png",
    "img/icon-512.png",
    "img/icon-maskable-512.png",
    "img/apple-touch-icon.png",
    "img/share.png"
];

/// The outside services domains use, built from the settings or handed in by a test.
pub struct Services {
    /// An OpenAI-compatible chat endpoint, when `ALIF24_LLM_*` is configured.
    pub llm: Option<Arc<ai::llm::LlmClient>>,
    pub speech: Arc<ai::Speech>,
}

impl Services {
    /// Every service as the settings describe it.
    pub async fn from_config(config: &Config) -> anyhow::Result<Self> {
        let settings = &config.settings;
        let llm = match ai::llm::LlmConfig::from_lookup(|k| settings.get(k))? {
            Some(c) => Some(Arc::new(ai::llm::LlmClient::new(c)?)),
            None => None,
        };
        let speech_config = ai::SpeechConfig::from_lookup(|k| settings.get(k))?;
        let speech = ai::Speech::start(&speech_config).await?;
        Ok(Self {
            llm,
            speech: Arc::new(speech),
        })
    }

    /// No LLM and no voices: what a test or a command-line task starts with.
    pub fn offline() -> Self {
        Self {
            llm: None,
            speech: Arc::new(ai::Speech::disabled()),
        }
    }
}

/// Every domain of the platform, each listed once.
pub fn modules(services: &Services) -> Vec<Module> {
    vec![
        accounts::module(),
        rewards::module(),
        harf::module(),
        exams::module(services.llm.clone()),
        live::module(),
        games::module(),
        kids::module(
            services.llm.clone(),
            Arc::new(harf::letters::HarfLetters),
            services.speech.clone(),
        ),
        ai::speech_module(services.speech.clone()),
        kernel::trust::module(),
    ]
}

/// Every Fluent resource: the kernel's and every module's.
pub fn all_resources() -> Vec<kernel::i18n::Resource> {
    resources_of(&modules(&Services::offline()))
}

fn resources_of(modules: &[Module]) -> Vec<kernel::i18n::Resource> {
    let mut all = kernel::i18n::RESOURCES.to_vec();
    all.extend_from_slice(demo::RESOURCES);
    for m in modules {
        all.extend_from_slice(m.resources);
    }
    all
}

/// Connects to the database, applies migrations and assembles the state around `modules`.
async fn state_for(
    config: Config,
    clock: Arc<dyn Clock>,
    modules: &mut [Module],
    voice: kernel::voice::VoiceReport,
) -> anyhow::Result<AppState> {
    let db = Db::connect(&config.database_url).await?;
    db.migrate().await?;
    let catalog =
        Catalog::new(&resources_of(modules)).map_err(|e| anyhow::anyhow!("locales: {e}"))?;
    let wallet = Arc::new(rewards::LedgerWallet::new(db.clone()));
    let limiter = match &config.redis_url {
        Some(url) => {
            RateLimiter::with_redis(config.rate_limit_scale, url, &config.redis_prefix).await?
        }
        None => RateLimiter::new(config.rate_limit_scale),
    };
    let bus = match &config.redis_url {
        Some(url) => kernel::bus::Bus::redis(url, &config.redis_prefix).await?,
        None => kernel::bus::Bus::in_process(),
    };
    let auth =
        Arc::new(accounts::TokenAuthenticator::new(db.clone(), clock.clone(), bus.clone()).await);
    let directory = Arc::new(accounts::FamilyDirectory::new(
        db.clone(),
        auth.cache_handle(),
    ));
    let mut assets = vec![WEB];
    assets.extend(modules.iter().map(|m| m.assets));
    Ok(AppState(Arc::new(App {
        limiter,
        bus,
        config,
        db,
        clock,
        i18n: Arc::new(catalog),
        metrics: Metrics::new(),
        auth,
        assets: Arc::new(Assets::new(&assets)),
        nav: modules
            .iter_mut()
            .flat_map(|m| std::mem::take(&mut m.nav))
            .collect(),
        directory,
        wallet,
        progress: modules
            .iter_mut()
            .flat_map(|m| std::mem::take(&mut m.progress))
            .collect(),
        badges: modules
            .iter_mut()
            .flat_map(|m| std::mem::take(&mut m.badges))
            .collect(),
        home_tiles: modules
            .iter_mut()
            .flat_map(|m| std::mem::take(&mut m.home_tiles))
            .collect(),
        looks: modules
            .iter_mut()
            .flat_map(|m| std::mem::take(&mut m.looks))
            .collect(),
        forget: modules
            .iter_mut()
            .flat_map(|m| std::mem::take(&mut m.forget))
            .collect(),
        quizzes: modules
            .iter_mut()
            .flat_map(|m| std::mem::take(&mut m.quizzes))
            .collect(),
        voice,
        shutdown: kernel::shutdown::Shutdown::new(),
    })))
}

/// The state alone, for command-line tasks.
pub async fn build_state(config: Config, clock: Arc<dyn Clock>) -> anyhow::Result<AppState> {
    let services = Services::offline();
    let voice = services.speech.report();
    state_for(config, clock, &mut modules(&services), voice).await
}

/// The complete HTTP application: every module's routes under their kinds' policies, the
/// operational endpoints, static files and the fallback.
fn router(state: &AppState, modules: Vec<Module>) -> Router {
    let openapi = Arc::new(openapi::document(&modules).to_string());
    let mut app = Router::new();
    for m in modules {
        app = app.merge((m.routes)(state).mount(state));
    }
    let ops = Routes::default()
        .ops(ops::router(openapi))
        .ops(Router::new().route("/static/{*path}", get(kernel::assets::serve)));
    app.merge(ops.mount(state))
        .merge(kernel::routes::fallback(state))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            kernel::context::observe,
        ))
        .layer(DefaultBodyLimit::max(kernel::BODY_LIMIT))
        .layer(compression())
        .with_state(state.clone())
}

/// Pages, JSON, CSS and JS leave compressed (brotli, else gzip, as the client accepts), so a
/// phone on slow data is fast without a proxy in front. Audio and pictures are compressed
/// already and pass as they are; so do bodies under 32 bytes. Level 4 of either keeps the CPU
/// cost per answer small (brotli's default, 11, is meant for files compressed once).
fn compression(
) -> tower_http::compression::CompressionLayer<impl tower_http::compression::Predicate> {
    use tower_http::compression::predicate::{DefaultPredicate, NotForContentType, Predicate};
    use tower_http::CompressionLevel;
    tower_http::compression::CompressionLayer::new()
        .quality(CompressionLevel::Precise(4))
        .compress_when(DefaultPredicate::new().and(NotForContentType::const_new("audio/")))
}

/// The assembled platform: its state, its HTTP application and every module's jobs.
pub struct Platform {
    pub state: AppState,
    pub router: Router,
    pub jobs: Registry<AppState>,
}

impl Platform {
    /// A runner for the jobs on this platform's database (one per process).
    pub fn runner(self) -> (AppState, Router, Runner<AppState>) {
        let runner = Runner::new(
            self.state.db.clone(),
            self.state.clock.clone(),
            self.jobs,
            self.state.clone(),
        )
        .metrics(self.state.metrics.clone());
        (self.state, self.router, runner)
    }
}

/// Configuration plus services plus state plus router, as `serve` runs it.
pub async fn build(config: Config, clock: Arc<dyn Clock>) -> anyhow::Result<Platform> {
    let services = Services::from_config(&config)
        .await
        .context("start-up failed")?;
    build_with(config, clock, services).await
}

/// Like [`build`], with outside services of the caller's choosing (a test's fakes).
pub async fn build_with(
    config: Config,
    clock: Arc<dyn Clock>,
    services: Services,
) -> anyhow::Result<Platform> {
    let mut modules = modules(&services);
    let state = state_for(config, clock, &mut modules, services.speech.report())
        .await
        .context("start-up failed")?;
    let mut jobs = Registry::new();
    for m in &mut modules {
        jobs.merge(std::mem::take(&mut m.jobs));
    }
    let router = router(&state, modules);
    Ok(Platform {
        state,
        router,
        jobs,
    })
}
