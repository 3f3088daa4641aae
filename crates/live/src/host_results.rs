//! A game's results for its host: `/live/games/{game_id}/results` (players by rank and each
//! question) and the same as CSV or an Excel workbook for a spreadsheet.

use askama::Template;
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use kernel::auth::CurrentUser;
use kernel::extract::Path;
use kernel::page::{render, PageCtx};
use kernel::AppResult;
use serde_json::Value;

use crate::csv;
use crate::routes::LiveState;

pub fn router() -> Router<LiveState> {
    Router::new()
        .route("/live/games/{game_id}/results", get(results_page))
        .route("/live/games/{game_id}/results.csv", get(results_csv))
        .route("/live/games/{game_id}/results.xlsx", get(results_xlsx))
}

/// A player's line.
pub struct PlayerLine {
    pub rank: i64,
    pub name: String,
    pub score: i64,
    pub correct: i64,
    pub time_ms: i64,
    pub kicked: bool,
}

/// A question's line.
pub struct QuestionLine {
    pub number: i64,
    pub text: String,
    pub answered: i64,
    pub correct: i64,
    pub average_ms: Option<i64>,
}

#[derive(Template)]
#[template(path = "live/results.html")]
struct ResultsPage {
    ctx: PageCtx,
    game_id: i64,
    title: String,
    state: String,
    players: Vec<PlayerLine>,
    questions: Vec<QuestionLine>,
}

impl ResultsPage {
    fn state_label(&self, state: &str) -> String {
        self.ctx.t(crate::labels::state_key(state))
    }

    /// Seconds with one decimal, a decimal comma outside English.
    fn seconds(&self, ms: &i64) -> String {
        let s = format!("{:.1}", *ms as f64 / 1000.0);
        if self.ctx.lang() == "en" {
            s
        } else {
            s.replace('.', ",")
        }
    }
}

fn int(v: &Value) -> i64 {
    v.as_i64().unwrap_or(0)
}

/// The results as the service gives them, read into lines.
fn lines(v: &Value) -> (Vec<PlayerLine>, Vec<QuestionLine>) {
    let empty = Vec::new();
    let players = v["players"]
        .as_array()
        .unwrap_or(&empty)
        .iter()
        .map(|p| PlayerLine {
            rank: int(&p["rank"]),
            name: p["name"].as_str().unwrap_or_default().to_string(),
            score: int(&p["score"]),
            correct: int(&p["correct"]),
            time_ms: int(&p["time_ms"]),
            kicked: p["kicked"].as_bool().unwrap_or(false),
        });
    let questions = v["questions"]
        .as_array()
        .unwrap_or(&empty)
        .iter()
        .map(|q| QuestionLine {
            number: int(&q["question"]) + 1,
            text: q["text"].as_str().unwrap_or_default().to_string(),
            answered: int(&q["answered"]),
            correct: int(&q["correct"]),
            average_ms: q["average_ms"].as_i64(),
        });
    (players.collect(), questions.collect())
}

async fn results_page(
    State(live): State<LiveState>,
    ctx: PageCtx,
    user: CurrentUser,
    Path(game_id): Path<i64>,
) -> AppResult<Response> {
    let v = crate::service::results(&live.app, &user, game_id).await?;
    let (players, questions) = lines(&v);
    render(&ResultsPage {
        ctx,
        game_id,
        title: v["title"].as_str().unwrap_or_default().to_string(),
        state: v["state"].as_str().unwrap_or_default().to_string(),
        players,
        questions,
    })
}

async fn results_csv(
    State(live): State<LiveState>,
    ctx: PageCtx,
    user: CurrentUser,
    Path(game_id): Path<i64>,
) -> AppResult<Response> {
    let v = crate::service::results(&live.app, &user, game_id).await?;
    let (players, questions) = lines(&v);
    let body = csv::results(&ctx.tr, &players, &questions);
    let disposition = format!("attachment; filename=\"live-{game_id}-results.csv\"");
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        body,
    )
        .into_response())
}

async fn results_xlsx(
    State(live): State<LiveState>,
    ctx: PageCtx,
    user: CurrentUser,
    Path(game_id): Path<i64>,
) -> AppResult<Response> {
    let v = crate::service::results(&live.app, &user, game_id).await?;
    let (players, questions) = lines(&v);
    let body = crate::xlsx_export::results(&ctx.tr, &players, &questions)?;
    let disposition = format!("attachment; filename=\"live-{game_id}-results.xlsx\"");
    Ok((
        [
            (
                header::CONTENT_TYPE,
                crate::xlsx_export::CONTENT_TYPE.to_string(),
            ),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        body,
    )
        .into_response())
}
