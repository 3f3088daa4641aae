//! What a parent sees of a child's games: time spent and rounds this week and in all, levels
//! passed, best scores and stars per game; and the dashboard line that leads there.

use std::collections::HashMap;
use std::sync::Arc;

use kernel::auth::BoxFuture;
use kernel::i18n::Tr;
use kernel::relations::{ChildRef, ProgressLine, ProgressSource};
use kernel::{AppResult, AppState};

use crate::boards::period::Period;
use crate::rules::Rules;
use crate::store;

/// One game as a parent sees it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GameTime {
    pub id: &'static str,
    pub emoji: &'static str,
    pub rounds: i64,
    pub rounds_week: i64,
    pub ms: i64,
    pub ms_week: i64,
    pub best: i64,
    pub stars: i64,
    pub passed: i64,
    pub levels: u32,
}

/// A game's finished rounds: (game, rounds, ms played, rounds this week, ms this week).
type PlayedRow = (String, i64, Option<i64>, Option<i64>, Option<i64>);

/// Finished rounds per game: [rounds, ms played, rounds this week, ms this week].
async fn played(app: &AppState, child: i64, week: i64) -> AppResult<HashMap<String, [i64; 4]>> {
    let rows: Vec<PlayedRow> = sqlx::query_as(
        "SELECT game, COUNT(*), CAST(SUM(finished_at - started_at) AS BIGINT), \
         CAST(SUM(CASE WHEN finished_at >= $2 THEN 1 ELSE 0 END) AS BIGINT), \
         CAST(SUM(CASE WHEN finished_at >= $2 THEN finished_at - started_at ELSE 0 END) AS BIGINT) \
         FROM game_rounds WHERE user_id = $1 AND finished_at IS NOT NULL GROUP BY game",
    )
    .bind(child)
    .bind(week)
    .fetch_all(app.db.pool())
    .await?;
    Ok(rows
        .into_iter()
        .map(|(g, n, ms, nw, msw)| (g, [n, ms.unwrap_or(0), nw.unwrap_or(0), msw.unwrap_or(0)]))
        .collect())
}

/// Every game with what the child did in it, most played this week first.
pub async fn games_of(
    app: &AppState,
    games: &[Arc<dyn Rules>],
    child: i64,
) -> AppResult<Vec<GameTime>> {
    let week = Period::Week.bucket(app.now_ms()).since_ms;
    let played = played(app, child, week).await?;
    let levels = store::levels(app.db.pool(), child).await?;
    let mut out: Vec<GameTime> = games
        .iter()
        .map(|g| {
            let p = played.get(g.id()).copied().unwrap_or_default();
            let mine = levels.iter().filter(|l| l.game == g.id());
            let (mut best, mut stars, mut passed) = (0, 0, 0);
            for l in mine {
                best = best.max(l.best_score);
                stars += l.stars;
                passed += i64::from(l.passed != 0);
            }
            GameTime {
                id: g.id(),
                emoji: g.emoji(),
                rounds: p[0],
                ms: p[1],
                rounds_week: p[2],
                ms_week: p[3],
                best,
                stars,
                passed,
                levels: g.levels(),
            }
        })
        .collect();
    out.sort_by_key(|g| (-g.ms_week, -g.ms));
    Ok(out)
}

/// The parent's dashboard line: time played this week, to the child's games page.
pub struct GamesProgress {
    pub games: Vec<Arc<dyn Rules>>,
}

impl ProgressSource for GamesProgress {
    fn child_progress<'a>(
        &'a self,
        state: &'a AppState,
        child: &'a ChildRef,
        tr: &'a Tr,
    ) -> BoxFuture<'a, AppResult<Vec<ProgressLine>>> {
        Box::pin(async move {
            let games = games_of(state, &self.games, child.id).await?;
            let (rounds, ms): (i64, i64) = games
                .iter()
                .fold((0, 0), |(r, m), g| (r + g.rounds_week, m + g.ms_week));
            let detail = match rounds {
                0 => tr.t("games-family-progress-none"),
                _ => tr.ta(
                    "games-family-progress-week",
                    &[
                        (
                            "time",
                            kernel::dates::format_duration(
                                tr,
                                (ms / 1000).max(60) as u64 / 60 * 60,
                            ),
                        ),
                        ("rounds", rounds.to_string()),
                    ],
                ),
            };
            Ok(vec![ProgressLine {
                icon: "🎮".into(),
                label: tr.t("games-family-progress-label"),
                detail,
                percent: None,
                href: Some(["/games/children/", &child.public_id].concat()),
            }])
        })
    }
}
