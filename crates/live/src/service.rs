//! Use cases: a host creates a game from a test, controls it, and reads its results.

use kernel::auth::{Principal, Role};
use kernel::{AppError, AppResult, AppState};
use rand::Rng;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use crate::actor::{Command, Control};
use crate::game::Item;
use crate::registry::{self, Registry};
use crate::scoring::Mode;
use crate::store::{self, NewGame};
use crate::store_play;

/// Seconds per question when the host does not say, and the range allowed.
const DEFAULT_SECONDS: i64 = 20;
const SECONDS: std::ops::RangeInclusive<i64> = 5..=240;

#[derive(Debug, Deserialize)]
pub struct NewGameInput {
    pub test_id: i64,
    pub mode: String,
    #[serde(default)]
    pub show_question_on_phone: bool,
    /// Seconds to answer each question (5–240, default 20).
    #[serde(default)]
    pub seconds_per_question: Option<i64>,
}

#[derive(Debug, Serialize)]
pub struct CreatedGame {
    pub game_id: i64,
    pub pin: String,
    pub join_url: String,
    /// Questions of the test a live game cannot play (typed answers, matching, blanks).
    pub left_out: usize,
    pub questions: usize,
}

/// Creates a game in the lobby from a test the caller may host.
pub async fn create(
    state: &AppState,
    who: &Principal,
    input: &NewGameInput,
) -> AppResult<CreatedGame> {
    host_role(who)?;
    let mode =
        Mode::parse(&input.mode).ok_or_else(|| AppError::field("mode", "live-mode-invalid"))?;
    let seconds = input.seconds_per_question.unwrap_or(DEFAULT_SECONDS);
    if !SECONDS.contains(&seconds) {
        return Err(AppError::field(
            "seconds_per_question",
            "live-seconds-invalid",
        ));
    }
    let test = crate::host_service::hostable_test(state, who, input.test_id).await?;
    let total = test.questions.len();
    let items: Vec<Item> = test
        .questions
        .into_iter()
        .filter_map(|q| item(q, seconds))
        .collect();
    if items.is_empty() {
        return Err(AppError::new(
            axum::http::StatusCode::UNPROCESSABLE_ENTITY,
            "live_no_playable_questions",
        ));
    }
    let items_json = serde_json::to_string(&items).map_err(AppError::internal)?;
    // A PIN is unique among games not over; a clash (rare) draws again.
    for _ in 0..20 {
        let pin = format!("{:06}", rand::thread_rng().gen_range(100_000..1_000_000));
        let new = NewGame {
            pin: &pin,
            host_id: who.id,
            test_id: test.id,
            title: &test.title,
            language: &test.language,
            mode: mode.as_str(),
            show_on_phone: input.show_question_on_phone,
            seconds,
            items: &items_json,
            now: state.now_ms(),
        };
        match store::insert(state.db.pool(), &new).await {
            Ok(game_id) => {
                tracing::info!(
                    game.id = game_id,
                    test.id = test.id,
                    user.id = who.id,
                    "live game created"
                );
                return Ok(CreatedGame {
                    game_id,
                    join_url: crate::host_service::join_url(state, &pin),
                    pin,
                    left_out: total - items.len(),
                    questions: items.len(),
                });
            }
            Err(e) if is_unique_violation(&e) => continue,
            Err(e) => return Err(e.into()),
        }
    }
    Err(AppError::internal(anyhow::anyhow!(
        "no free live game PIN after 20 draws"
    )))
}

/// A question of the test as the game plays it, if a live game can play its type.
fn item(q: kernel::relations::QuizQuestion, seconds: i64) -> Option<Item> {
    let question: questions::model::question::Question = serde_json::from_value(q.question).ok()?;
    if !crate::answers::playable(&question.body) {
        return None;
    }
    let shown = match &question.body {
        questions::model::question::Body::Ordering { items } => shuffled(items.len()),
        _ => Vec::new(),
    };
    Some(Item {
        prompt: question.prompt,
        body: question.body,
        limit_ms: seconds as u64 * 1000,
        shown,
        image_url: q.image_url,
    })
}

/// A shuffle of `0..n` that is not the right order (when there is more than one item).
fn shuffled(n: usize) -> Vec<usize> {
    use rand::seq::SliceRandom;
    let mut order: Vec<usize> = (0..n).collect();
    if n < 2 {
        return order;
    }
    let mut rng = rand::thread_rng();
    while order.iter().enumerate().all(|(i, &x)| i == x) {
        order.shuffle(&mut rng);
    }
    order
}

fn is_unique_violation(e: &sqlx::Error) -> bool {
    matches!(e, sqlx::Error::Database(d) if d.is_unique_violation())
}

/// Approved teachers host games; admins may too.
pub fn host_role(who: &Principal) -> AppResult<()> {
    who.require_active(&[Role::Teacher, Role::Admin])
}

/// A host's control of their game (an admin's of any).
pub async fn control(
    state: &AppState,
    registry: &Registry,
    who: &Principal,
    game_id: i64,
    control: Control,
) -> AppResult<()> {
    let row = registry::find(state, game_id).await?;
    owns(who, row.host_id)?;
    let game = registry
        .get(state, &row)
        .await?
        .ok_or_else(|| AppError::conflict("live_game_over"))?;
    let (reply, done) = tokio::sync::oneshot::channel();
    game.tx
        .send(Command::Control(control, reply))
        .await
        .map_err(|_| AppError::conflict("live_game_over"))?;
    match done.await {
        Ok(Ok(())) => Ok(()),
        Ok(Err(code)) => Err(AppError::conflict(code)),
        Err(_) => Err(AppError::conflict("live_game_over")),
    }
}

/// The game's host or an admin; anyone else is told the game does not exist.
pub fn owns(who: &Principal, host_id: i64) -> AppResult<()> {
    if who.id == host_id || who.role == Role::Admin {
        Ok(())
    } else {
        Err(AppError::not_found().with_code("live_game_not_found"))
    }
}

/// Results as saved: players by rank, and per question how many answered and were right.
pub async fn results(state: &AppState, who: &Principal, game_id: i64) -> AppResult<Value> {
    let row = registry::find(state, game_id).await?;
    owns(who, row.host_id)?;
    let players = store_play::players(state.db.pool(), game_id).await?;
    let standings: Vec<crate::ranking::Standing> = players
        .iter()
        .map(|p| crate::ranking::Standing {
            score: if p.kicked != 0 { 0 } else { p.score as u64 },
            total_ms: if p.kicked != 0 {
                u64::MAX
            } else {
                p.total_ms as u64
            },
            join_order: p.player_no as u64,
        })
        .collect();
    let order = crate::ranking::order(&standings);
    let ranked: Vec<Value> = order
        .iter()
        .enumerate()
        .map(|(place, &i)| {
            let p = &players[i];
            json!({
                "name": p.name,
                "score": p.score,
                "correct": p.correct,
                "rank": place + 1,
                "time_ms": p.total_ms,
                "kicked": p.kicked != 0,
                "signed_in": p.user_id.is_some(),
            })
        })
        .collect();
    let items: Vec<Item> = serde_json::from_str(&row.items).map_err(AppError::internal)?;
    let counts = store_play::answer_counts(state.db.pool(), game_id).await?;
    let questions: Vec<Value> = items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let c = counts.iter().find(|c| c.question == i as i64);
            json!({
                "question": i,
                "kind": item.body.kind(),
                "text": item.prompt,
                "answered": c.map_or(0, |c| c.answered),
                "correct": c.map_or(0, |c| c.correct),
                "average_ms": c.and_then(|c| c.avg_ms).map(|ms| ms.round() as i64),
            })
        })
        .collect();
    Ok(json!({
        "game_id": row.id,
        "title": row.title,
        "mode": row.mode,
        "state": row.state,
        "players": ranked,
        "questions": questions,
    }))
}
