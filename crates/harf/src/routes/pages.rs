//! Harf pages: pick an alphabet, see its cards, review, and a parent's view of a child.

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use kernel::auth::CurrentUser;
use kernel::extract::{Path, Query};
use kernel::page::{render, PageCtx};
use kernel::{AppError, AppResult, AppState};

use crate::progress::{review, CardState};
use crate::routes::api::{learner, ChildQuery};
use crate::service;
use alphabets::{Alphabet, Card, CONTENT};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/harf", get(index))
        .route("/harf/progress", get(child_progress))
        .route("/harf/{code}", get(alphabet))
        .route("/harf/{code}/review", get(review_page))
        .route("/harf/{code}/{card}", get(super::card_page::card))
}

/// An alphabet with a learner's counts, for the picker and the parent's view.
pub struct AlphabetSummary {
    pub alphabet: &'static Alphabet,
    pub title: String,
    pub learned: usize,
    pub percent: usize,
    pub cards: Vec<(&'static Card, CardState)>,
}

pub async fn summaries(
    state: &AppState,
    ctx: &PageCtx,
    user_id: i64,
) -> AppResult<Vec<AlphabetSummary>> {
    let mut out = Vec::new();
    for a in &CONTENT.alphabets {
        let states = service::states(state, user_id, &a.alphabet).await?;
        let learned = states.iter().filter(|s| s.learned).count();
        out.push(AlphabetSummary {
            alphabet: a,
            title: a.title_in(&ctx.tr.lang).to_string(),
            learned,
            percent: learned * 100 / a.cards.len().max(1),
            cards: a.cards.iter().zip(states).collect(),
        });
    }
    Ok(out)
}

#[derive(Template)]
#[template(path = "harf/index.html")]
struct IndexPage {
    ctx: PageCtx,
    alphabets: Vec<AlphabetSummary>,
}

async fn index(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
) -> AppResult<Response> {
    let alphabets = summaries(&state, &ctx, user.id).await?;
    render(&IndexPage { ctx, alphabets })
}

#[derive(Template)]
#[template(path = "harf/alphabet.html")]
struct AlphabetPage {
    ctx: PageCtx,
    summary: AlphabetSummary,
    has_review: bool,
    /// The open card to finish first, which a tapped locked tile points to.
    frontier: Option<&'static Card>,
}

async fn alphabet(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    Path(code): Path<String>,
) -> AppResult<Response> {
    let summary = summaries(&state, &ctx, user.id)
        .await?
        .into_iter()
        .find(|s| s.alphabet.alphabet == code)
        .ok_or_else(AppError::not_found)?;
    let has_review = summary.cards.iter().any(|(_, s)| s.last_seen.is_some());
    let frontier = summary
        .cards
        .iter()
        .find(|(_, s)| s.unlocked && !s.learned)
        .map(|(c, _)| *c);
    render(&AlphabetPage {
        ctx,
        summary,
        has_review,
        frontier,
    })
}

#[derive(Template)]
#[template(path = "harf/review.html")]
struct ReviewPage {
    ctx: PageCtx,
    alphabet: &'static Alphabet,
    title: String,
    cards: Vec<(&'static Card, CardState)>,
}

async fn review_page(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    Path(code): Path<String>,
) -> AppResult<Response> {
    let a = CONTENT.alphabet(&code).ok_or_else(AppError::not_found)?;
    let states = service::states(&state, user.id, &code).await?;
    let cards = review(&states, 6)
        .into_iter()
        .filter_map(|s| a.card(&s.card_id).map(|(_, c)| (c, s.clone())))
        .collect();
    let title = a.title_in(&ctx.tr.lang).to_string();
    render(&ReviewPage {
        ctx,
        alphabet: a,
        title,
        cards,
    })
}

#[derive(Template)]
#[template(path = "harf/progress.html")]
struct ProgressPage {
    ctx: PageCtx,
    name: String,
    alphabets: Vec<AlphabetSummary>,
}

async fn child_progress(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    Query(q): Query<ChildQuery>,
) -> AppResult<Response> {
    let (id, name) = learner(&state, &user, q.child.as_deref()).await?;
    let alphabets = summaries(&state, &ctx, id).await?;
    render(&ProgressPage {
        ctx,
        name,
        alphabets,
    })
}
