//! The host's way in: `/live` (their recent games) and `/live/new?test=ID` (a game's settings,
//! then the host screen).

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::Router;
use kernel::auth::CurrentUser;
use kernel::extract::Query;
use kernel::form::{Form, FormErrors};
use kernel::page::{render, PageCtx};
use kernel::AppResult;
use serde::Deserialize;

use crate::routes::LiveState;
use crate::service::{self, NewGameInput};
use crate::store_host::HostedGame;

/// Seconds per question the form offers.
pub const SECONDS: [i64; 4] = [10, 20, 30, 60];

pub fn router() -> Router<LiveState> {
    Router::new()
        .route("/live", get(games))
        .route("/live/new", get(new_form).post(new_submit))
}

#[derive(Template)]
#[template(path = "live/games.html")]
struct GamesPage {
    ctx: PageCtx,
    games: Vec<HostedGame>,
}

impl GamesPage {
    fn state_label(&self, state: &str) -> String {
        self.ctx.t(crate::labels::state_key(state))
    }

    fn mode_label(&self, mode: &str) -> String {
        self.ctx.t(crate::labels::mode_key(mode))
    }
}

async fn games(
    State(live): State<LiveState>,
    ctx: PageCtx,
    user: CurrentUser,
) -> AppResult<Response> {
    let games = crate::host_service::games(&live.app, &user).await?;
    render(&GamesPage { ctx, games })
}

#[derive(Deserialize)]
struct NewQuery {
    test: i64,
}

/// The form's fields, as sent or as first shown.
#[derive(Deserialize)]
pub struct NewGameForm {
    test: i64,
    #[serde(default)]
    mode: String,
    /// The checkbox: present when ticked.
    #[serde(default)]
    show: Option<String>,
    #[serde(default)]
    seconds: Option<i64>,
}

#[derive(Template)]
#[template(path = "live/new.html")]
struct NewPage {
    ctx: PageCtx,
    test_id: i64,
    title: String,
    questions: usize,
    mode: String,
    show: bool,
    seconds: i64,
    choices: [i64; 4],
    errors: FormErrors,
}

async fn new_form(
    State(live): State<LiveState>,
    ctx: PageCtx,
    user: CurrentUser,
    Query(q): Query<NewQuery>,
) -> AppResult<Response> {
    let test = crate::host_service::hostable_test(&live.app, &user, q.test).await?;
    render(&NewPage {
        ctx,
        test_id: test.id,
        title: test.title,
        questions: test.questions.len(),
        mode: "classic".into(),
        show: false,
        seconds: 20,
        choices: SECONDS,
        errors: FormErrors::default(),
    })
}

async fn new_submit(
    State(live): State<LiveState>,
    ctx: PageCtx,
    user: CurrentUser,
    Form(form): Form<NewGameForm>,
) -> AppResult<Response> {
    let input = NewGameInput {
        test_id: form.test,
        mode: form.mode.clone(),
        show_question_on_phone: form.show.is_some(),
        seconds_per_question: form.seconds,
    };
    match service::create(&live.app, &user, &input).await {
        Ok(created) => Ok(Redirect::to(&format!("/live/host/{}", created.game_id)).into_response()),
        Err(e) if e.status.is_client_error() && e.status != StatusCode::NOT_FOUND => {
            let status = e.status;
            let test = crate::host_service::hostable_test(&live.app, &user, form.test).await?;
            let errors = FormErrors::from_error(e, &ctx.tr)?;
            let page = NewPage {
                ctx,
                test_id: test.id,
                title: test.title,
                questions: test.questions.len(),
                mode: form.mode,
                show: form.show.is_some(),
                seconds: form.seconds.unwrap_or(20),
                choices: SECONDS,
                errors,
            };
            Ok((status, render(&page)?).into_response())
        }
        Err(e) => Err(e),
    }
}
