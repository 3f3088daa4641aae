//! A child's home page is built from picture tiles that each module offers: the letters with
//! "continue where I stopped", the test a teacher assigned, coins and the shop, and later games,
//! lessons and stories. The accounts domain renders them; the modules decide what they show.

use crate::auth::{BoxFuture, Principal};
use crate::error::AppResult;
use crate::i18n::Tr;
use crate::state::AppState;

/// One big picture tile on a child's home page.
#[derive(Clone, Debug)]
pub struct HomeTile {
    /// A stable name for styling and tests (`letters`, `assigned-test`, `coins`).
    pub kind: &'static str,
    /// One emoji that phones from 2016 on can draw, or a path under `/static/`.
    pub picture: String,
    /// Short, already translated ("Harflar").
    pub label: String,
    /// Already translated, one line under the label ("Keyingi: B"), or nothing.
    pub detail: Option<String>,
    /// What the speaker button reads aloud, already translated: a whole sentence a
    /// pre-reader understands ("Harflarni oʻrganamiz. Keyingisi B harfi.").
    pub say: String,
    pub href: String,
    /// Smaller comes first; an assigned test that is due uses 0, continuing uses 10,
    /// the usual tiles 50 and up.
    pub order: i32,
    /// Shown bigger and on top: something waiting for the child (a test from the teacher).
    pub urgent: bool,
}

/// A part of the platform that offers tiles to a child's home page.
pub trait HomeTiles: Send + Sync + 'static {
    fn tiles<'a>(
        &'a self,
        state: &'a AppState,
        child: &'a Principal,
        tr: &'a Tr,
    ) -> BoxFuture<'a, AppResult<Vec<HomeTile>>>;
}

/// Every module's tiles for this child, in order. A module that fails is left out (and
/// logged) rather than taking the whole home page down.
pub async fn tiles_for(state: &AppState, child: &Principal, tr: &Tr) -> Vec<HomeTile> {
    let mut all = Vec::new();
    for source in &state.home_tiles {
        match source.tiles(state, child, tr).await {
            Ok(t) => all.extend(t),
            Err(e) => tracing::warn!(error = %e, "home tile source failed"),
        }
    }
    all.sort_by_key(|t| (!t.urgent, t.order));
    all
}
