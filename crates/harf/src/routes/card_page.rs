//! `/harf/{alphabet}/{card}`: one letter and its activities. The page carries everything its
//! scripts need as a JSON block, so it plays without further requests except sound and saving.

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use kernel::auth::CurrentUser;
use kernel::extract::Path;
use kernel::page::{render, PageCtx};
use kernel::{AppError, AppResult, AppState};
use serde::Serialize;

use crate::progress::CardState;
use crate::service;
use alphabets::{Alphabet, Card, CONTENT};

#[derive(Template)]
#[template(path = "harf/card.html")]
pub struct CardPage {
    pub ctx: PageCtx,
    pub alphabet: &'static Alphabet,
    pub card: &'static Card,
    pub index: usize,
    pub state: CardState,
    /// "A a", or "ʼ" when both cases are one sign: the heading's letter.
    pub letter_label: String,
    /// The page's data for its scripts, as JSON.
    pub data: String,
}

/// A letter of the same alphabet, for the choice activities' distractors.
#[derive(Serialize)]
struct Letter<'a> {
    id: &'a str,
    upper: &'a str,
    lower: &'a str,
    sound: &'a str,
}

/// A picture word of another letter, for "which letter does it start with?".
#[derive(Serialize)]
struct OtherWord<'a> {
    card: &'a str,
    text: &'a str,
    emoji: &'a str,
}

#[derive(Serialize)]
struct PageData<'a> {
    lang: &'static str,
    alphabet: &'a str,
    speech_lang: &'a str,
    card: &'a Card,
    state: &'a CardState,
    letters: Vec<Letter<'a>>,
    other_words: Vec<OtherWord<'a>>,
    siblings: Vec<&'a Card>,
    record_url: String,
    next_url: Option<String>,
    alphabet_url: String,
}

pub async fn card(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    Path((code, card_id)): Path<(String, String)>,
) -> AppResult<Response> {
    let alphabet = CONTENT.alphabet(&code).ok_or_else(AppError::not_found)?;
    let (index, card) = alphabet.card(&card_id).ok_or_else(AppError::not_found)?;
    let states = service::states(&state, user.id, &code).await?;
    let card_state = states[index].clone();
    if !card_state.unlocked {
        return Err(AppError::conflict("harf_card_locked"));
    }
    let data = PageData {
        lang: ctx.lang(),
        alphabet: &alphabet.alphabet,
        speech_lang: &alphabet.speech_lang,
        card,
        state: &card_state,
        letters: alphabet
            .cards
            .iter()
            .map(|c| Letter {
                id: &c.id,
                upper: &c.upper,
                lower: &c.lower,
                sound: &c.sound,
            })
            .collect(),
        other_words: alphabet
            .cards
            .iter()
            .filter(|c| c.id != card.id && c.position == alphabets::Position::Start)
            .flat_map(|c| {
                c.words.iter().map(move |w| OtherWord {
                    card: &c.id,
                    text: &w.text,
                    emoji: &w.emoji,
                })
            })
            .collect(),
        siblings: card
            .siblings
            .iter()
            .filter_map(|s| CONTENT.card(s).map(|(_, _, c)| c))
            .collect(),
        record_url: format!("/api/v1/harf/cards/{}/activities/", card.id),
        next_url: alphabet
            .cards
            .get(index + 1)
            .map(|c| format!("/harf/{code}/{}", c.id)),
        alphabet_url: format!("/harf/{code}"),
    };
    let data = serde_json::to_string(&data)
        .map_err(AppError::internal)?
        .replace("</", "<\\/");
    let letter_label = if card.upper == card.lower {
        card.upper.clone()
    } else {
        format!("{} {}", card.upper, card.lower)
    };
    render(&CardPage {
        ctx,
        alphabet,
        card,
        index,
        state: card_state,
        letter_label,
        data,
    })
}
