//! The live quiz on a child's home page (a tile to `/play`, and one to their games once they
//! have played) and on the parent's dashboard (games this month and the best place).

use kernel::auth::{BoxFuture, Principal, Role};
use kernel::home::{HomeTile, HomeTiles};
use kernel::i18n::Tr;
use kernel::relations::{ChildRef, ProgressLine, ProgressSource};
use kernel::{AppResult, AppState};

use crate::store_history;

/// The live quiz as a source of home tiles.
pub struct LiveHome;

impl HomeTiles for LiveHome {
    fn tiles<'a>(
        &'a self,
        state: &'a AppState,
        child: &'a Principal,
        tr: &'a Tr,
    ) -> BoxFuture<'a, AppResult<Vec<HomeTile>>> {
        Box::pin(async move {
            if child.role != Role::Student {
                return Ok(Vec::new());
            }
            let played = store_history::played_since(state.db.pool(), child.id, 0).await?;
            Ok(tiles(played, tr))
        })
    }
}

/// "Live quiz" to `/play` always; "My live games" once the child has played one.
pub fn tiles(played: i64, tr: &Tr) -> Vec<HomeTile> {
    let mut out = vec![HomeTile {
        kind: "live-play",
        picture: "🙋".into(),
        label: tr.t("live-home-tile"),
        detail: Some(tr.t("live-home-tile-detail")),
        say: tr.t("live-home-tile-say"),
        href: "/play".into(),
        order: 55,
        urgent: false,
    }];
    if played > 0 {
        out.push(HomeTile {
            kind: "live-mine",
            picture: "🏅".into(),
            label: tr.t("live-home-mine"),
            detail: Some(tr.ta("live-home-mine-detail", &[("count", played.to_string())])),
            say: tr.t("live-home-mine-say"),
            href: "/live/mine".into(),
            order: 65,
            urgent: false,
        });
    }
    out
}

/// A child's live games this month, for their parent.
pub struct LiveProgress;

impl ProgressSource for LiveProgress {
    fn child_progress<'a>(
        &'a self,
        state: &'a AppState,
        child: &'a ChildRef,
        tr: &'a Tr,
    ) -> BoxFuture<'a, AppResult<Vec<ProgressLine>>> {
        Box::pin(async move {
            let (count, best) = crate::history::this_month(state, child.id, state.now_ms()).await?;
            Ok(vec![line(child, count, best, tr)])
        })
    }
}

/// The dashboard line for `count` games this month and the best place among them.
pub fn line(child: &ChildRef, count: i64, best: Option<u32>, tr: &Tr) -> ProgressLine {
    let detail = match (count, best) {
        (0, _) => tr.t("live-progress-none"),
        (n, Some(b)) => tr.ta(
            "live-progress-month-best",
            &[("count", n.to_string()), ("best", b.to_string())],
        ),
        (n, None) => tr.ta("live-progress-month", &[("count", n.to_string())]),
    };
    ProgressLine {
        icon: "🙋".into(),
        label: tr.t("live-progress-label"),
        detail,
        percent: None,
        href: Some(["/live/mine?child=", &child.public_id].concat()),
    }
}
