//! A child's live games, for the child and their parent: the games over that they played
//! signed in, with their place (ranked as the host's results are), and their answers in one.
//! A parent names the child with `?child=ALIF24-ID` (see `kernel::relations::caller_or_child`).

use kernel::auth::Principal;
use kernel::relations::ChildRef;
use kernel::{AppError, AppResult, AppState};
use serde::Serialize;

use crate::game::Item;
use crate::store_history::{self, PlayedRow};

/// Games per page when the caller does not say, and the most a page holds.
pub const DEFAULT_LIMIT: i64 = 20;
pub const MAX_LIMIT: i64 = 50;

/// One game the child played, as the list shows it.
#[derive(Clone, Debug, Serialize)]
pub struct PlayedGame {
    pub game_id: i64,
    pub title: String,
    /// When the game started (unix ms).
    pub played_at: i64,
    /// Players who finished (kicked players left out).
    pub players: i64,
    /// The child's place, 1 = first; none when the host removed them.
    pub rank: Option<u32>,
    pub score: i64,
    pub correct: i64,
    /// Questions the game played.
    pub questions: i64,
}

/// A page of games, newest first; `next_before` asks for the next page.
#[derive(Debug, Serialize)]
pub struct HistoryPage {
    pub games: Vec<PlayedGame>,
    pub next_before: Option<i64>,
}

/// The games over that the caller (or their child) played, newest first, `limit` (1–50) at a
/// time, below the game id `before`.
pub async fn games(
    state: &AppState,
    who: &Principal,
    child: Option<&str>,
    before: Option<i64>,
    limit: Option<i64>,
) -> AppResult<(ChildRef, HistoryPage)> {
    let child = kernel::relations::caller_or_child(state, who, child).await?;
    let limit = limit.unwrap_or(DEFAULT_LIMIT);
    if !(1..=MAX_LIMIT).contains(&limit) {
        return Err(AppError::field("limit", "live-history-limit-invalid"));
    }
    let rows = store_history::played(state.db.pool(), child.id, before, limit + 1).await?;
    let more = rows.len() as i64 > limit;
    let games: Vec<PlayedGame> = rows.iter().take(limit as usize).map(played).collect();
    let next_before = if more {
        games.last().map(|g| g.game_id)
    } else {
        None
    };
    Ok((child, HistoryPage { games, next_before }))
}

/// A game's line: the child's totals and place.
fn played(row: &PlayedRow) -> PlayedGame {
    PlayedGame {
        game_id: row.game_id,
        title: row.title.clone(),
        played_at: row.started_at.or(row.ended_at).unwrap_or(row.created_at),
        players: row.players,
        rank: (row.kicked == 0).then_some(row.place.max(1) as u32),
        score: row.score,
        correct: row.correct,
        questions: row.closed_questions,
    }
}

/// How one question went for the child.
#[derive(Clone, Debug, Serialize)]
pub struct AnswerLine {
    /// 1, 2, 3…
    pub number: i64,
    pub text: String,
    pub image_url: Option<String>,
    /// `right`, `partly`, `wrong` or `none` (no answer in time).
    pub outcome: &'static str,
    pub points: i64,
    pub response_ms: Option<i64>,
    /// The saved choice (JSON), for the page to read with `history_answers`.
    pub choice: Option<String>,
    /// The question as the game played it.
    #[serde(skip)]
    pub item: Item,
}

/// One game the child played, with each question it played.
#[derive(Debug, Serialize)]
pub struct PlayedDetail {
    pub game: PlayedGame,
    pub answers: Vec<AnswerLine>,
}

/// The child's answers in a game they played; any other game does not exist for them.
pub async fn game(
    state: &AppState,
    who: &Principal,
    child: Option<&str>,
    game_id: i64,
) -> AppResult<(ChildRef, PlayedDetail)> {
    let child = kernel::relations::caller_or_child(state, who, child).await?;
    let not_found = || AppError::not_found().with_code("live_game_not_found");
    let row = store_history::played_one(state.db.pool(), child.id, game_id)
        .await?
        .ok_or_else(not_found)?;
    let saved = crate::store::find(state.db.pool(), game_id)
        .await?
        .ok_or_else(not_found)?;
    let items: Vec<Item> = serde_json::from_str(&saved.items).map_err(AppError::internal)?;
    let given = store_history::answers(state.db.pool(), game_id, row.player_no).await?;
    let answers = items
        .into_iter()
        .take(row.closed_questions.max(0) as usize)
        .enumerate()
        .map(|(i, item)| {
            let a = given.iter().find(|a| a.question == i as i64);
            AnswerLine {
                number: i as i64 + 1,
                text: item.prompt.clone(),
                image_url: item.image_url.clone(),
                outcome: match a {
                    None => "none",
                    Some(a) if a.correct != 0 => "right",
                    Some(a) if a.points > 0 => "partly",
                    Some(_) => "wrong",
                },
                points: a.map_or(0, |a| a.points),
                response_ms: a.map(|a| a.response_ms),
                choice: a.map(|a| a.choice.clone()),
                item,
            }
        })
        .collect();
    let game = played(&row);
    Ok((child, PlayedDetail { game, answers }))
}

/// This month (Tashkent) for the parent's dashboard: games played and the best place.
pub async fn this_month(
    state: &AppState,
    child_id: i64,
    now: i64,
) -> AppResult<(i64, Option<u32>)> {
    let t = kernel::clock::tashkent(now);
    let since = kernel::clock::parse_tashkent(&format!("{:04}-{:02}-01T00:00", t.year, t.month))
        .unwrap_or(now);
    let count = store_history::played_since(state.db.pool(), child_id, since).await?;
    if count == 0 {
        return Ok((0, None));
    }
    let best = store_history::best_place_since(state.db.pool(), child_id, since).await?;
    let best = best.map(|b| b.max(1) as u32);
    Ok((count, best))
}
