//! `/api/v1/harf/*`: alphabets and cards (public), the learner's progress, recording results.

use axum::extract::State;
use axum::response::IntoResponse;
use axum::routing::{get, post};
use axum::Router;
use kernel::auth::{CurrentUser, MaybeUser, Principal};
use kernel::extract::{Path, Query};
use kernel::i18n::Lang;
use kernel::json::Json;
use kernel::{AppError, AppResult, AppState};
use serde::{Deserialize, Serialize};

use crate::progress::{review, CardState};
use crate::scoring::ActivityResult;
use crate::service;
use alphabets::{Card, CONTENT};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/harf/alphabets", get(alphabets))
        .route("/api/v1/harf/alphabets/{code}/cards", get(cards))
        .route("/api/v1/harf/alphabets/{code}/review", get(review_cards))
        .route("/api/v1/harf/progress", get(progress))
        .route(
            "/api/v1/harf/cards/{card}/activities/{activity}",
            post(record),
        )
        .route(
            "/api/v1/harf/cards/{card}/activities/{activity}/skip",
            post(skip),
        )
}

#[derive(Serialize)]
struct AlphabetInfo {
    code: String,
    title: String,
    speech_lang: String,
    card_count: usize,
    /// Cards the caller has learned (absent for visitors).
    learned: Option<usize>,
}

async fn alphabets(
    State(state): State<AppState>,
    lang: Lang,
    MaybeUser(user): MaybeUser,
) -> AppResult<impl IntoResponse> {
    let mut out = Vec::new();
    for a in &CONTENT.alphabets {
        let learned = match &user {
            Some(u) => Some(
                service::states(&state, u.id, &a.alphabet)
                    .await?
                    .iter()
                    .filter(|s| s.learned)
                    .count(),
            ),
            None => None,
        };
        out.push(AlphabetInfo {
            code: a.alphabet.clone(),
            title: a.title_in(&lang).to_string(),
            speech_lang: a.speech_lang.clone(),
            card_count: a.cards.len(),
            learned,
        });
    }
    Ok(Json(serde_json::json!({ "alphabets": out })))
}

#[derive(Serialize)]
struct CardWithState<'a> {
    #[serde(flatten)]
    card: &'a Card,
    state: Option<CardState>,
}

async fn cards(
    State(state): State<AppState>,
    MaybeUser(user): MaybeUser,
    Path(code): Path<String>,
) -> AppResult<impl IntoResponse> {
    let a = CONTENT.alphabet(&code).ok_or_else(AppError::not_found)?;
    let mut states = match &user {
        Some(u) => service::states(&state, u.id, &code)
            .await?
            .into_iter()
            .map(Some)
            .collect(),
        None => vec![None; a.cards.len()],
    };
    let cards: Vec<CardWithState> = a
        .cards
        .iter()
        .zip(states.drain(..))
        .map(|(card, state)| CardWithState { card, state })
        .collect();
    Ok(Json(
        serde_json::json!({ "alphabet": a.alphabet, "title": a.title, "speech_lang": a.speech_lang, "cards": cards }),
    ))
}

async fn review_cards(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(code): Path<String>,
) -> AppResult<impl IntoResponse> {
    let states = service::states(&state, user.id, &code).await?;
    let cards: Vec<&CardState> = review(&states, 6);
    Ok(Json(serde_json::json!({ "cards": cards })))
}

#[derive(Deserialize)]
pub struct ChildQuery {
    pub child: Option<String>,
}

/// The learner the caller may see: themselves, or (for a parent) their own child.
pub async fn learner(
    state: &AppState,
    caller: &Principal,
    child: Option<&str>,
) -> AppResult<(i64, String)> {
    let who = kernel::relations::caller_or_child(state, caller, child).await?;
    Ok((who.id, who.name))
}

#[derive(Serialize)]
struct AlphabetProgress {
    code: String,
    card_count: usize,
    learned: usize,
    mastered: usize,
    stars: i64,
    cards: Vec<CardState>,
}

async fn progress(
    State(state): State<AppState>,
    user: CurrentUser,
    Query(q): Query<ChildQuery>,
) -> AppResult<impl IntoResponse> {
    let (id, _) = learner(&state, &user, q.child.as_deref()).await?;
    let mut out = Vec::new();
    for a in &CONTENT.alphabets {
        let cards = service::states(&state, id, &a.alphabet).await?;
        out.push(AlphabetProgress {
            code: a.alphabet.clone(),
            card_count: cards.len(),
            learned: cards.iter().filter(|c| c.learned).count(),
            mastered: cards.iter().filter(|c| c.mastered).count(),
            stars: cards.iter().map(|c| c.total).sum(),
            cards,
        });
    }
    Ok(Json(serde_json::json!({ "alphabets": out })))
}

async fn record(
    State(state): State<AppState>,
    user: CurrentUser,
    Path((card, activity)): Path<(String, String)>,
    Json(result): Json<ActivityResult>,
) -> AppResult<impl IntoResponse> {
    Ok(Json(
        service::record(&state, &user, &card, &activity, &result).await?,
    ))
}

async fn skip(
    State(state): State<AppState>,
    user: CurrentUser,
    Path((card, activity)): Path<(String, String)>,
) -> AppResult<impl IntoResponse> {
    Ok(Json(service::skip(&state, &user, &card, &activity).await?))
}
