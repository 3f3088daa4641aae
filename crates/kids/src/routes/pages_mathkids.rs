//! `/mathkids`: type (or photograph) a problem, then solve it one step at a time — the child
//! gives each step's number and the server checks it — or, where allowed, see the whole
//! solution; a similar problem to practise; every line can be heard.

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use kernel::page::{render, PageCtx};
use kernel::AppResult;

use crate::mathkids;
use crate::state::KidsState;

pub fn router() -> Router<KidsState> {
    Router::new().route("/mathkids", get(page))
}

#[derive(Template)]
#[template(path = "kids/mathkids.html")]
struct MathPage {
    ctx: PageCtx,
    examples: Vec<String>,
    full_solution: bool,
    /// A signed-in caller may photograph a problem (tesseract is installed).
    photo: bool,
    speech_lang: &'static str,
}

async fn page(State(s): State<KidsState>, ctx: PageCtx) -> AppResult<Response> {
    let lang = mathsolve::Lang::parse(ctx.lang()).unwrap_or(mathsolve::Lang::Uz);
    let full_solution = mathkids::full_solutions(&s.app, ctx.user.as_ref()).await?;
    let speech_lang = match lang {
        mathsolve::Lang::Ru => "ru-RU",
        mathsolve::Lang::En => "en-US",
        mathsolve::Lang::Uz => "uz-UZ",
    };
    render(&MathPage {
        photo: s.photo.available() && ctx.user.is_some(),
        examples: mathsolve::examples(lang),
        ctx,
        full_solution,
        speech_lang,
    })
}
