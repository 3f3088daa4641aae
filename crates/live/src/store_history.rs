//! SQL of a child's live-game history: the games over that they played signed in, and their
//! answers in one game.

use sqlx::{Any, Executor};

/// A game over that a user played, with their own saved totals and their place.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct PlayedRow {
    pub game_id: i64,
    pub title: String,
    pub closed_questions: i64,
    pub started_at: Option<i64>,
    pub ended_at: Option<i64>,
    pub created_at: i64,
    pub player_no: i64,
    pub score: i64,
    pub correct: i64,
    pub kicked: i64,
    /// Players not kicked.
    pub players: i64,
    /// 1 + the players not kicked ahead of this one (meaningless when kicked).
    pub place: i64,
}

/// The players of the game not kicked and ahead of `p`: more points, or as many in less time,
/// or the same time and an earlier join (`ranking`'s order, counted by the database so a list
/// of games does not load every game's players).
const AHEAD: &str = "SELECT COUNT(*) FROM live_players q WHERE q.game_id = p.game_id \
     AND q.kicked = 0 AND (q.score > p.score OR (q.score = p.score AND (q.total_ms < p.total_ms \
     OR (q.total_ms = p.total_ms AND q.player_no < p.player_no))))";

const PLAYED: &str = "SELECT g.id AS game_id, g.title, g.closed_questions, g.started_at, \
     g.ended_at, g.created_at, p.player_no, p.score, p.correct, p.kicked, \
     (SELECT COUNT(*) FROM live_players q WHERE q.game_id = p.game_id AND q.kicked = 0) \
     AS players, 1 + ({AHEAD}) AS place \
     FROM live_players p JOIN live_games g ON g.id = p.game_id \
     WHERE p.user_id = $1 AND g.state = 'over'";

fn played_sql(more: &str) -> String {
    format!("{} {more}", PLAYED.replace("{AHEAD}", AHEAD))
}

/// Up to `limit` games over that `user_id` played, newest (highest id) first, below `before`.
pub async fn played<'e>(
    ex: impl Executor<'e, Database = Any>,
    user_id: i64,
    before: Option<i64>,
    limit: i64,
) -> Result<Vec<PlayedRow>, sqlx::Error> {
    sqlx::query_as(&played_sql("AND g.id < $2 ORDER BY g.id DESC LIMIT $3"))
        .bind(user_id)
        .bind(before.unwrap_or(i64::MAX))
        .bind(limit)
        .fetch_all(ex)
        .await
}

/// One game over that `user_id` played, if they did.
pub async fn played_one<'e>(
    ex: impl Executor<'e, Database = Any>,
    user_id: i64,
    game_id: i64,
) -> Result<Option<PlayedRow>, sqlx::Error> {
    sqlx::query_as(&played_sql("AND g.id = $2"))
        .bind(user_id)
        .bind(game_id)
        .fetch_optional(ex)
        .await
}

/// How many games over `user_id` played that ended at or after `since`.
pub async fn played_since<'e>(
    ex: impl Executor<'e, Database = Any>,
    user_id: i64,
    since: i64,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT COUNT(*) FROM live_players p JOIN live_games g ON g.id = p.game_id \
         WHERE p.user_id = $1 AND g.state = 'over' AND g.ended_at >= $2",
    )
    .bind(user_id)
    .bind(since)
    .fetch_one(ex)
    .await
}

/// The best place `user_id` took in a game over that ended at or after `since`.
pub async fn best_place_since<'e>(
    ex: impl Executor<'e, Database = Any>,
    user_id: i64,
    since: i64,
) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar(&format!(
        "SELECT MIN(1 + ({AHEAD})) FROM live_players p JOIN live_games g ON g.id = p.game_id \
         WHERE p.user_id = $1 AND g.state = 'over' AND g.ended_at >= $2 AND p.kicked = 0"
    ))
    .bind(user_id)
    .bind(since)
    .fetch_one(ex)
    .await
}

/// One saved answer of a player.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct AnswerRow {
    pub question: i64,
    pub choice: String,
    pub response_ms: i64,
    pub points: i64,
    pub correct: i64,
}

/// A player's answers in a game, by question.
pub async fn answers<'e>(
    ex: impl Executor<'e, Database = Any>,
    game_id: i64,
    player_no: i64,
) -> Result<Vec<AnswerRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT question, choice, response_ms, points, correct FROM live_answers \
         WHERE game_id = $1 AND player_no = $2 ORDER BY question",
    )
    .bind(game_id)
    .bind(player_no)
    .fetch_all(ex)
    .await
}

/// Deleting a user detaches them from the games they played: the row stays, so the host's
/// results keep everyone's places, but without the user's id or name.
pub const FORGET_USER: &[&str] = &["UPDATE live_players SET user_id = NULL, name = '—', \
     name_key = 'forgotten-' || CAST(player_no AS TEXT) WHERE user_id = $1"];
