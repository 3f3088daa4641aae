//! Rounds whose page claimed another score than the server's replay, for moderators: the
//! server kept its own score either way; a child whose rounds keep differing may be sending
//! made-up logs, or a page may disagree with the rules (a bug to fix).

use std::collections::HashMap;

use kernel::auth::{Principal, Role};
use kernel::{AppResult, AppState};
use serde::Serialize;

/// Rows a page shows.
const PAGE: i64 = 50;

#[derive(Clone, Debug, Serialize)]
pub struct Mismatch {
    pub round_id: i64,
    pub game: String,
    pub level: i64,
    pub claimed: i64,
    pub kept: i64,
    pub finished_at: i64,
    /// The player's Alif24 ID and name (empty when the account is gone).
    pub player_id: String,
    pub player: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct GameShare {
    pub game: String,
    pub rounds: i64,
    pub mismatches: i64,
}

#[derive(Clone, Debug, Serialize)]
pub struct Review {
    pub rounds: Vec<Mismatch>,
    /// The id to pass as `before` for older rows.
    pub older: Option<i64>,
    /// Finished rounds and mismatches per game over the last 7 days.
    pub week: Vec<GameShare>,
}

type Row = (i64, i64, String, i64, Option<i64>, Option<i64>, Option<i64>);

/// The mismatched rounds, newest first, before round `before`; moderators and admins only.
pub async fn review(app: &AppState, who: &Principal, before: Option<i64>) -> AppResult<Review> {
    who.require(&[Role::Moderator, Role::Admin])?;
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT id, user_id, game, level, claimed_score, score, finished_at FROM game_rounds \
         WHERE mismatch = 1 AND id < $1 ORDER BY id DESC LIMIT $2",
    )
    .bind(before.unwrap_or(i64::MAX))
    .bind(PAGE + 1)
    .fetch_all(app.db.pool())
    .await?;
    let older = (rows.len() as i64 > PAGE).then(|| rows[PAGE as usize - 1].0);
    let rows: Vec<Row> = rows.into_iter().take(PAGE as usize).collect();
    let ids: Vec<i64> = rows.iter().map(|r| r.1).collect();
    let people: HashMap<i64, (String, String)> = app
        .directory
        .placements(&ids)
        .await?
        .into_iter()
        .map(|p| (p.id, (p.public_id, p.name)))
        .collect();
    let rounds = rows
        .into_iter()
        .map(|(id, user, game, level, claimed, kept, at)| {
            let (player_id, player) = people.get(&user).cloned().unwrap_or_default();
            Mismatch {
                round_id: id,
                game,
                level,
                claimed: claimed.unwrap_or(0),
                kept: kept.unwrap_or(0),
                finished_at: at.unwrap_or(0),
                player_id,
                player,
            }
        })
        .collect();
    let since = app.now_ms() - 7 * 86_400_000;
    let week: Vec<(String, i64, Option<i64>)> = sqlx::query_as(
        "SELECT game, COUNT(*), CAST(SUM(mismatch) AS BIGINT) FROM game_rounds \
         WHERE finished_at >= $1 GROUP BY game ORDER BY game",
    )
    .bind(since)
    .fetch_all(app.db.pool())
    .await?;
    Ok(Review {
        rounds,
        older,
        week: week
            .into_iter()
            .map(|(game, rounds, m)| GameShare {
                game,
                rounds,
                mismatches: m.unwrap_or(0),
            })
            .collect(),
    })
}
