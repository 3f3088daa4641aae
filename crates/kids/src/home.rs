//! SmartKids' and MathKids' tiles on a child's home page.

use kernel::auth::{BoxFuture, Principal, Role};
use kernel::home::{HomeTile, HomeTiles};
use kernel::i18n::Tr;
use kernel::{AppResult, AppState};

/// The kids domain as a source of home tiles.
pub struct KidsHome;

impl HomeTiles for KidsHome {
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
            Ok(vec![
                HomeTile {
                    kind: "smartkids",
                    picture: "📚".into(),
                    label: tr.t("smartkids-home-tile"),
                    detail: Some(tr.t("smartkids-home-tile-detail")),
                    say: tr.t("smartkids-home-tile-say"),
                    href: "/smartkids".into(),
                    order: 56,
                    urgent: false,
                },
                HomeTile {
                    kind: "mathkids",
                    picture: "🧮".into(),
                    label: tr.t("mathkids-home-tile"),
                    detail: Some(tr.t("mathkids-home-tile-detail")),
                    say: tr.t("mathkids-home-tile-say"),
                    href: "/mathkids".into(),
                    order: 57,
                    urgent: false,
                },
            ])
        })
    }
}
