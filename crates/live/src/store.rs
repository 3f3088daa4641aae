//! SQL of the live quiz: games, and what is saved of them when a question closes.

use sqlx::{Any, Executor};

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct GameRow {
    pub id: i64,
    pub pin: String,
    pub host_id: i64,
    pub test_id: i64,
    pub title: String,
    pub language: String,
    pub mode: String,
    pub show_on_phone: i64,
    pub seconds: i64,
    /// The played questions (`game::Item`) as JSON.
    pub items: String,
    /// `lobby`, `running` or `over`.
    pub state: String,
    pub closed_questions: i64,
    pub created_at: i64,
    pub started_at: Option<i64>,
    pub ended_at: Option<i64>,
}

const COLUMNS: &str = "id, pin, host_id, test_id, title, language, mode, show_on_phone, seconds, \
                       items, state, closed_questions, created_at, started_at, ended_at";

pub struct NewGame<'a> {
    pub pin: &'a str,
    pub host_id: i64,
    pub test_id: i64,
    pub title: &'a str,
    pub language: &'a str,
    pub mode: &'a str,
    pub show_on_phone: bool,
    pub seconds: i64,
    pub items: &'a str,
    pub now: i64,
}

/// A new game in the lobby; fails on a PIN another open game holds.
pub async fn insert<'e>(
    ex: impl Executor<'e, Database = Any>,
    g: &NewGame<'_>,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO live_games (pin, host_id, test_id, title, language, mode, show_on_phone, \
         seconds, items, state, closed_questions, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'lobby', 0, $10) RETURNING id",
    )
    .bind(g.pin)
    .bind(g.host_id)
    .bind(g.test_id)
    .bind(g.title)
    .bind(g.language)
    .bind(g.mode)
    .bind(i64::from(g.show_on_phone))
    .bind(g.seconds)
    .bind(g.items)
    .bind(g.now)
    .fetch_one(ex)
    .await
}

pub async fn find<'e>(
    ex: impl Executor<'e, Database = Any>,
    id: i64,
) -> Result<Option<GameRow>, sqlx::Error> {
    sqlx::query_as(&format!("SELECT {COLUMNS} FROM live_games WHERE id = $1"))
        .bind(id)
        .fetch_optional(ex)
        .await
}

/// The game not over yet that holds this PIN.
pub async fn find_open_by_pin<'e>(
    ex: impl Executor<'e, Database = Any>,
    pin: &str,
) -> Result<Option<GameRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM live_games WHERE pin = $1 AND state <> 'over'"
    ))
    .bind(pin)
    .fetch_optional(ex)
    .await
}

/// Records where the game is: `running` from its start, `over` at the end.
pub async fn set_state<'e>(
    ex: impl Executor<'e, Database = Any>,
    id: i64,
    state: &str,
    closed_questions: i64,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE live_games SET state = $2, closed_questions = $3, \
         started_at = CASE WHEN started_at IS NULL AND $2 <> 'lobby' THEN $4 ELSE started_at END, \
         ended_at = CASE WHEN $2 = 'over' THEN $4 ELSE ended_at END WHERE id = $1",
    )
    .bind(id)
    .bind(state)
    .bind(closed_questions)
    .bind(now)
    .execute(ex)
    .await?;
    Ok(())
}

/// Claims a game for this process (`owner`) until `until`: free, already ours, or left by a
/// process whose lease ran out. False when another process holds it.
pub async fn claim<'e>(
    ex: impl Executor<'e, Database = Any>,
    id: i64,
    owner: &str,
    now: i64,
    until: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE live_games SET owner = $2, lease_until = $4 WHERE id = $1 AND state <> 'over' \
         AND (owner IS NULL OR owner = $2 OR lease_until IS NULL OR lease_until < $3)",
    )
    .bind(id)
    .bind(owner)
    .bind(now)
    .bind(until)
    .execute(ex)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Who runs a game not over yet, and until when their claim holds.
pub async fn holder<'e>(
    ex: impl Executor<'e, Database = Any>,
    id: i64,
) -> Result<Option<(String, i64)>, sqlx::Error> {
    let row: Option<(Option<String>, Option<i64>)> = sqlx::query_as(
        "SELECT owner, lease_until FROM live_games WHERE id = $1 AND state <> 'over'",
    )
    .bind(id)
    .fetch_optional(ex)
    .await?;
    Ok(row.and_then(|(owner, until)| Some((owner?, until?))))
}
