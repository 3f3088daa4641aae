//! A domain as the app sees it: one [`Module`] value with everything the domain adds to the
//! platform. The app lists each module once; adding a domain is one line there.

use std::sync::Arc;

use crate::assets::Asset;
use crate::auth::{BoxFuture, Principal};
use crate::forget::ForgetUser;
use crate::home::HomeTiles;
use crate::i18n::Resource;
use crate::jobs::Registry;
use crate::look::PageLook;
use crate::relations::{ProgressSource, QuizSource};
use crate::routes::Routes;
use crate::state::{AppState, NavItem};

/// Builds a module's routes once the state exists (routes may carry a state of their own
/// that holds the app's state, through `FromRef`).
pub type RoutesFn = Box<dyn FnOnce(&AppState) -> Routes + Send>;

/// Everything one domain adds to the platform.
pub struct Module {
    /// The domain's name, for logs and guard tests.
    pub name: &'static str,
    /// Its routes, by kind; see [`crate::routes`].
    pub routes: RoutesFn,
    /// Header links per role.
    pub nav: Vec<NavItem>,
    /// Files under `web/` its pages use.
    pub assets: &'static [Asset],
    /// Its Fluent files (see [`crate::ftl!`]).
    pub resources: &'static [Resource],
    /// Its part of the OpenAPI document: JSON objects with `paths` (and `components`).
    pub openapi: &'static [&'static str],
    /// Lines for the parent's dashboard.
    pub progress: Vec<Arc<dyn ProgressSource>>,
    /// Small counters in the page header (a student's coins, say).
    pub badges: Vec<Arc<dyn HeaderBadge>>,
    /// Picture tiles for a child's home page.
    pub home_tiles: Vec<Arc<dyn HomeTiles>>,
    /// The user's chosen colour theme, for every page.
    pub looks: Vec<Arc<dyn PageLook>>,
    /// How it deletes its rows about a user whose account is deleted.
    pub forget: Vec<Arc<dyn ForgetUser>>,
    /// Tests it lends to live games.
    pub quizzes: Vec<Arc<dyn QuizSource>>,
    /// Its background jobs, run by the app's job runner.
    pub jobs: Registry<AppState>,
}

impl Module {
    /// A module with routes and nothing else yet.
    pub fn new(
        name: &'static str,
        routes: impl FnOnce(&AppState) -> Routes + Send + 'static,
    ) -> Self {
        Self {
            name,
            routes: Box::new(routes),
            nav: Vec::new(),
            assets: &[],
            resources: &[],
            openapi: &[],
            progress: Vec::new(),
            badges: Vec::new(),
            home_tiles: Vec::new(),
            looks: Vec::new(),
            forget: Vec::new(),
            quizzes: Vec::new(),
            jobs: Registry::new(),
        }
    }
}

/// One counter in the page header, linking to where it is explained.
#[derive(Clone, Debug)]
pub struct Badge {
    /// An emoji.
    pub icon: &'static str,
    pub value: String,
    pub href: &'static str,
    /// Fluent key of the link's title.
    pub title: &'static str,
    /// CSS class of the link.
    pub class: &'static str,
    /// The attribute scripts find the value by (`data-coin-balance`).
    pub data: &'static str,
}

/// A source of a header badge for the signed-in caller.
pub trait HeaderBadge: Send + Sync + 'static {
    fn badge<'a>(
        &'a self,
        state: &'a AppState,
        user: &'a Principal,
    ) -> BoxFuture<'a, Option<Badge>>;
}
