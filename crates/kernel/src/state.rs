//! The one typed application state every handler receives.

use std::sync::Arc;

use crate::assets::Assets;
use crate::auth::{Authenticator, Role};
use crate::bus::Bus;
use crate::clock::Clock;
use crate::config::Config;
use crate::db::Db;
use crate::forget::ForgetUser;
use crate::home::HomeTiles;
use crate::i18n::Catalog;
use crate::look::PageLook;
use crate::metrics::Metrics;
use crate::module::HeaderBadge;
use crate::ratelimit::RateLimiter;
use crate::relations::{Directory, ProgressSource, QuizSource, Wallet};
use crate::shutdown::Shutdown;
use crate::voice::VoiceReport;

/// A link in the page header, shown to the roles listed (to everyone signed in when empty).
#[derive(Clone, Debug)]
pub struct NavItem {
    /// Fluent key of the label.
    pub label: &'static str,
    pub href: &'static str,
    pub roles: &'static [Role],
}

/// Everything shared across requests.
pub struct App {
    pub config: Config,
    pub db: Db,
    pub clock: Arc<dyn Clock>,
    pub i18n: Arc<Catalog>,
    pub metrics: Metrics,
    pub limiter: RateLimiter,
    /// Publish/subscribe between requests and replicas (Redis when configured).
    pub bus: Bus,
    pub auth: Arc<dyn Authenticator>,
    pub assets: Arc<Assets>,
    pub nav: Vec<NavItem>,
    pub directory: Arc<dyn Directory>,
    pub wallet: Arc<dyn Wallet>,
    /// Every part that reports children's progress, in dashboard order.
    pub progress: Vec<Arc<dyn ProgressSource>>,
    /// The header's counters, in order.
    pub badges: Vec<Arc<dyn HeaderBadge>>,
    /// Tiles for a child's home page, from every module that offers some.
    pub home_tiles: Vec<Arc<dyn HomeTiles>>,
    /// Who knows a user's chosen colour theme (the rewards shop).
    pub looks: Vec<Arc<dyn PageLook>>,
    /// Where live games find tests (the exams domain).
    pub quizzes: Vec<Arc<dyn QuizSource>>,
    /// Every domain's part of deleting a user's data.
    pub forget: Vec<Arc<dyn ForgetUser>>,
    /// The server's voice as the speech service found it at start-up.
    pub voice: VoiceReport,
    /// Flagged when the process starts to stop: readiness turns 503, WebSockets say goodbye.
    pub shutdown: Shutdown,
}

/// Cheap to clone: `Arc<App>`.
#[derive(Clone)]
pub struct AppState(pub Arc<App>);

impl std::ops::Deref for AppState {
    type Target = App;
    fn deref(&self) -> &App {
        &self.0
    }
}

impl AppState {
    pub fn now_ms(&self) -> i64 {
        self.clock.now_ms()
    }
}
