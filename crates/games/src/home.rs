//! The games' tile on a child's home page: "Games", to the hub.

use kernel::auth::{BoxFuture, Principal, Role};
use kernel::home::{HomeTile, HomeTiles};
use kernel::i18n::Tr;
use kernel::{AppResult, AppState};

/// The games domain as a source of home tiles.
pub struct GamesHome;

impl HomeTiles for GamesHome {
    fn tiles<'a>(
        &'a self,
        _state: &'a AppState,
        child: &'a Principal,
        tr: &'a Tr,
    ) -> BoxFuture<'a, AppResult<Vec<HomeTile>>> {
        Box::pin(async move {
            if child.role != Role::Student {
                return Ok(Vec::new());
            }
            Ok(vec![tile(tr)])
        })
    }
}

/// The tile: a game pad, "Games", to `/games`.
pub fn tile(tr: &Tr) -> HomeTile {
    HomeTile {
        kind: "games",
        picture: "🎮".into(),
        label: tr.t("games-home-tile"),
        detail: Some(tr.t("games-home-tile-detail")),
        say: tr.t("games-home-tile-say"),
        href: "/games".into(),
        order: 58,
        urgent: false,
    }
}
