//! Harf: children learn the Uzbek (Latin), Russian and English alphabets — hear each letter
//! and its words, trace it, find it, match sounds — with progress kept on the server and
//! coins paid through `rewards`.

use std::sync::Arc;

use kernel::auth::BoxFuture;
use kernel::i18n::{Resource, Tr};
use kernel::module::Module;
use kernel::relations::{ChildRef, ProgressLine, ProgressSource};
use kernel::routes::Routes;
use kernel::state::NavItem;
use kernel::{AppResult, AppState};

pub mod home;
pub mod letters;
pub mod progress;
pub mod routes;
pub mod scoring;
pub mod service;
pub mod store;

/// Harf as the app mounts it.
pub fn module() -> Module {
    Module {
        nav: nav(),
        assets: ASSETS,
        resources: RESOURCES,
        openapi: &[include_str!("../openapi/harf.json")],
        progress: vec![Arc::new(HarfProgress)],
        home_tiles: vec![Arc::new(home::HarfHome)],
        forget: kernel::forget::statements("harf", store::FORGET_USER),
        ..Module::new("harf", |_| {
            Routes::default()
                .api(routes::api::router())
                .pages(routes::pages::router())
        })
    }
}

pub fn nav() -> Vec<NavItem> {
    vec![NavItem {
        label: "nav-harf",
        href: "/harf",
        roles: &[],
    }]
}

pub const ASSETS: &[kernel::assets::Asset] = kernel::web_assets![
    "css/harf-child.css",
    "js/harf/alphabet.js",
    "js/harf/card.js",
    "js/harf/dialog.js",
    "js/harf/api.js",
    "js/harf/choice.js",
    "js/harf/feedback.js",
    "js/harf/listen.js",
    "js/harf/match.js",
    "js/harf/msgs.js",
    "js/harf/rng.js",
    "js/harf/rounds.js",
    "js/harf/say.js",
    "js/harf/scoring.js",
    "js/harf/trace.js",
    "js/harf/trace-score.js",
    "js/harf/voice.js",
];

/// Each alphabet's learned cards, for the parent's dashboard.
pub struct HarfProgress;

impl ProgressSource for HarfProgress {
    fn child_progress<'a>(
        &'a self,
        state: &'a AppState,
        child: &'a ChildRef,
        tr: &'a Tr,
    ) -> BoxFuture<'a, AppResult<Vec<ProgressLine>>> {
        Box::pin(async move {
            let mut lines = Vec::new();
            for a in &alphabets::CONTENT.alphabets {
                let states = service::states(state, child.id, &a.alphabet).await?;
                let learned = states.iter().filter(|s| s.learned).count();
                lines.push(ProgressLine {
                    icon: a.cards.first().map(|c| c.upper.clone()).unwrap_or_default(),
                    label: a.title_in(&tr.lang).to_string(),
                    detail: tr.ta(
                        "harf-learned-count",
                        &[
                            ("learned", learned.to_string()),
                            ("total", a.cards.len().to_string()),
                        ],
                    ),
                    percent: Some((learned * 100 / a.cards.len().max(1)) as u8),
                    href: Some(format!("/harf/progress?child={}", child.public_id)),
                });
            }
            Ok(lines)
        })
    }
}

pub const RESOURCES: &[Resource] = kernel::ftl!("harf.ftl", "harf-card.ftl", "harf-child.ftl");
