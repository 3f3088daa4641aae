//! `/smartkids/moderation`: moderators read each pending teacher's story in full — its text,
//! its questions with the right answers — and publish or decline it (with a reason for the
//! author) by plain forms.

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;
use kernel::auth::CurrentUser;
use kernel::extract::Path;
use kernel::form::Form;
use kernel::page::{redirect_with_notice, render, PageCtx};
use kernel::AppResult;
use questions::model::question::{Body, Question};

use crate::moderation::{self, DeclineInput, Pending};
use crate::state::KidsState;

pub fn router() -> Router<KidsState> {
    Router::new()
        .route("/smartkids/moderation", get(page))
        .route("/smartkids/moderation/{story_id}/publish", post(publish))
        .route("/smartkids/moderation/{story_id}/decline", post(decline))
}

/// A question with its key, as the page lists it.
struct Keyed {
    prompt: String,
    kind: &'static str,
    /// Options with whether each is the right one (choice questions).
    options: Vec<(String, bool)>,
    /// The right answer in words (true/false, short answers).
    answer: String,
}

struct Review {
    story: Pending,
    questions: Vec<Keyed>,
}

#[derive(Template)]
#[template(path = "kids/moderation.html")]
struct ModerationPage {
    ctx: PageCtx,
    stories: Vec<Review>,
}

impl ModerationPage {
    fn lang_name(&self, code: &str) -> String {
        self.ctx.t(&format!("smartkids-lang-{code}"))
    }
}

fn keyed(q: &Question, ctx: &PageCtx) -> Keyed {
    let (options, answer) = match &q.body {
        Body::Single { options, correct } => (
            options
                .iter()
                .enumerate()
                .map(|(i, o)| (o.clone(), i == *correct))
                .collect(),
            String::new(),
        ),
        Body::TrueFalse { answer } => (
            Vec::new(),
            ctx.t(if *answer {
                "smartkids-review-true"
            } else {
                "smartkids-review-false"
            }),
        ),
        Body::Short { accepted } => (Vec::new(), accepted.join(" / ")),
        _ => (Vec::new(), String::new()),
    };
    Keyed {
        prompt: q.prompt.clone(),
        kind: q.body.kind(),
        options,
        answer,
    }
}

async fn page(State(s): State<KidsState>, user: CurrentUser, ctx: PageCtx) -> AppResult<Response> {
    let stories = moderation::pending(&s.app, &user)
        .await?
        .into_iter()
        .map(|story| Review {
            questions: story.questions.iter().map(|q| keyed(q, &ctx)).collect(),
            story,
        })
        .collect();
    render(&ModerationPage { ctx, stories })
}

async fn publish(
    State(s): State<KidsState>,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    moderation::review(&s.app, &user, id, true, None).await?;
    Ok(redirect_with_notice(
        "/smartkids/moderation",
        "smartkids-review-published",
    ))
}

async fn decline(
    State(s): State<KidsState>,
    user: CurrentUser,
    Path(id): Path<i64>,
    Form(input): Form<DeclineInput>,
) -> AppResult<Response> {
    moderation::review(&s.app, &user, id, false, input.reason.as_deref()).await?;
    Ok(redirect_with_notice(
        "/smartkids/moderation",
        "smartkids-review-declined",
    ))
}
