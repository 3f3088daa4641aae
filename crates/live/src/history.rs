//! A child's live games, for the child and their parent: the games over that they played
//! signed in, with their place (ranked as the host's results are), and their answers in one.
//! A parent names the child with `?child=ALIF24-ID` (see `kernel::relations::caller_or_child`).

use kernel::auth::Principal;
use kernel::relations::ChildRef;
use kernel::{AppError, AppResult, AppState};
use serde::Serialize;

use crate::game::Item;
use crate::ranking::{self, Standing};
use crate::store_history::{self, PlayedRow};
use crate::store_play::{self, PlayerRow};

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
    let mut games = Vec::with_capacity(rows.len());
    for row in rows.iter().take(limit as usize) {
        games.push(played(state, row).await?);
    }
    let next_before = if more {
        games.last().map(|g| g.game_id)
    } else {
        None
    };
    Ok((child, HistoryPage { games, next_before }))
}

/// A game's line: the child's totals and place among everyone's saved totals.
async fn played(state: &AppState, row: &PlayedRow) -> AppResult<PlayedGame> {
    let players = store_play::players(state.db.pool(), row.game_id).await?;
    Ok(PlayedGame {
        game_id: row.game_id,
        title: row.title.clone(),
        played_at: row.started_at.or(row.ended_at).unwrap_or(row.created_at),
        players: players.iter().filter(|p| p.kicked == 0).count() as i64,
        rank: if row.kicked != 0 {
            None
        } else {
            place_of(&players, row.player_no)
        },
        score: row.score,
        correct: row.correct,
        questions: row.closed_questions,
    })
}

/// The place of player `player_no` among saved players, by the same rules as the host's
/// results: a kicked player counts as no points and the longest time.
pub fn place_of(players: &[PlayerRow], player_no: i64) -> Option<u32> {
    let standings: Vec<Standing> = players
        .iter()
        .map(|p| Standing {
            score: if p.kicked != 0 { 0 } else { p.score as u64 },
            total_ms: if p.kicked != 0 {
                u64::MAX
            } else {
                p.total_ms as u64
            },
            join_order: p.player_no as u64,
        })
        .collect();
    let places = ranking::places(&standings);
    let i = players.iter().position(|p| p.player_no == player_no)?;
    Some(places[i])
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
    let game = played(state, &row).await?;
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
    let rows = store_history::played(state.db.pool(), child_id, None, MAX_LIMIT).await?;
    let mut best = None;
    for row in rows.iter().filter(|r| r.ended_at.unwrap_or(0) >= since) {
        if let Some(rank) = played(state, row).await?.rank {
            best = Some(best.map_or(rank, |b: u32| b.min(rank)));
        }
    }
    Ok((count, best))
}

#[cfg(test)]
mod tests {
    use crate::store_play::PlayerRow;

    fn p(player_no: i64, score: i64, total_ms: i64, kicked: i64) -> PlayerRow {
        PlayerRow {
            player_no,
            name: format!("p{player_no}"),
            user_id: None,
            score,
            correct: 0,
            total_ms,
            kicked,
        }
    }

    #[test]
    fn a_place_follows_points_then_time_and_a_kicked_player_falls_to_the_end() {
        let players = [p(0, 900, 5_000, 0), p(1, 900, 4_000, 0), p(2, 5_000, 1, 1)];
        assert_eq!(super::place_of(&players, 1), Some(1));
        assert_eq!(super::place_of(&players, 0), Some(2));
        assert_eq!(super::place_of(&players, 2), Some(3));
        assert_eq!(super::place_of(&players, 7), None);
    }
}
