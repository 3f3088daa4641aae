//! `/smartkids/stories/{id}`: one story to read — pictures, the text with each word ready to
//! light up while the voice reads, the child's own timed reading, then the questions.

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use kernel::auth::Role;
use kernel::extract::{Path, Query};
use kernel::page::{render, PageCtx};
use kernel::AppResult;
use serde::Deserialize;

use crate::body::PublicQuestion;
use crate::state::KidsState;
use crate::stories::{self, StoryView};

pub fn router() -> Router<KidsState> {
    Router::new().route("/smartkids/stories/{story_id}", get(page))
}

/// A paragraph: its picture and its words.
struct Para {
    picture: String,
    words: Vec<String>,
}

#[derive(Template)]
#[template(path = "kids/story.html")]
struct StoryPage {
    ctx: PageCtx,
    story: StoryView,
    paras: Vec<Para>,
    /// The signed-in child reads and is paid for it; others just read and check.
    reader: bool,
    /// The filter's reason when the typed hero name was refused.
    replaced: Option<&'static str>,
    speech_lang: &'static str,
}

impl StoryPage {
    fn question_kind(&self, q: &PublicQuestion) -> &'static str {
        q.kind
    }

    fn replaced_notice(&self) -> Option<String> {
        self.replaced
            .map(|r| self.ctx.t(&format!("kids-refused-{}", r.replace('_', "-"))))
    }
}

#[derive(Deserialize)]
struct StoryQuery {
    replaced: Option<String>,
}

/// The reasons a notice may name (anything else in the address is ignored).
const REASONS: [&str; 6] = [
    "empty",
    "too_long",
    "characters",
    "personal",
    "rude",
    "unsafe",
];

async fn page(
    State(s): State<KidsState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
    Query(q): Query<StoryQuery>,
) -> AppResult<Response> {
    let (row, body) = stories::open(&s.app, &s.library, ctx.user.as_ref(), id).await?;
    let story = StoryView::of(&row, &body);
    let paras = story
        .paragraphs
        .iter()
        .enumerate()
        .map(|(i, p)| Para {
            picture: story.pictures.get(i).cloned().unwrap_or_default(),
            words: p.split_whitespace().map(str::to_string).collect(),
        })
        .collect();
    let speech_lang = match story.language.as_str() {
        "ru" => "ru-RU",
        "en" => "en-US",
        _ => "uz-UZ",
    };
    render(&StoryPage {
        reader: ctx.user.as_ref().is_some_and(|u| u.role == Role::Student),
        replaced: q
            .replaced
            .as_deref()
            .and_then(|r| REASONS.iter().find(|x| **x == r).copied()),
        ctx,
        story,
        paras,
        speech_lang,
    })
}
