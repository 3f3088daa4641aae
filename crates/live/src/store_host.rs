//! SQL of the host's pages: a host's recent games.

use sqlx::{Any, Executor};

/// A game in the host's list.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct HostedGame {
    pub id: i64,
    pub pin: String,
    pub title: String,
    pub mode: String,
    /// `lobby`, `running` or `over`.
    pub state: String,
    pub created_at: i64,
    pub players: i64,
}

/// The host's games, newest first, at most `limit`.
pub async fn by_host<'e>(
    ex: impl Executor<'e, Database = Any>,
    host_id: i64,
    limit: i64,
) -> Result<Vec<HostedGame>, sqlx::Error> {
    sqlx::query_as(
        "SELECT g.id, g.pin, g.title, g.mode, g.state, g.created_at, \
         (SELECT COUNT(*) FROM live_players p WHERE p.game_id = g.id AND p.kicked = 0) AS players \
         FROM live_games g WHERE g.host_id = $1 ORDER BY g.created_at DESC, g.id DESC LIMIT $2",
    )
    .bind(host_id)
    .bind(limit)
    .fetch_all(ex)
    .await
}
