//! `/games/children/{child}`: a parent's view of a child's games — time spent and progress
//! per game — and the family setting for the leaderboards (no board, class and school only,
//! or also region and country), saved by a plain form.

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;
use kernel::auth::CurrentUser;
use kernel::extract::Path;
use kernel::form::Form;
use kernel::page::{redirect_with_notice, render, PageCtx};
use kernel::relations::ChildRef;
use kernel::{AppError, AppResult};
use serde::Deserialize;

use crate::boards::routes::{choose, current, own_child};
use crate::boards::Visibility;
use crate::family::{games_of, GameTime};
use crate::routes::GamesState;

pub fn router() -> Router<GamesState> {
    Router::new()
        .route("/games/children/{child}", get(page))
        .route("/games/children/{child}/boards", post(save))
}

#[derive(Template)]
#[template(path = "games/family.html")]
struct FamilyPage {
    ctx: PageCtx,
    child: ChildRef,
    games: Vec<GameTime>,
    visibility: Visibility,
    choices: [Visibility; 3],
}

impl FamilyPage {
    fn name(&self, g: &GameTime) -> String {
        self.ctx.t(&format!("games-name-{}", g.id))
    }

    fn time(&self, ms: &i64) -> String {
        match *ms / 60_000 {
            0 => self.ctx.t("games-family-under-a-minute"),
            m => kernel::dates::format_duration(&self.ctx.tr, (m * 60) as u64),
        }
    }

    fn choice_label(&self, v: &Visibility) -> String {
        self.ctx.t(&format!("games-family-boards-{}", v.as_str()))
    }
}

async fn page(
    State(s): State<GamesState>,
    user: CurrentUser,
    ctx: PageCtx,
    Path(child): Path<String>,
) -> AppResult<Response> {
    let child = own_child(&s.app, &user, &child).await?;
    let games = games_of(&s.app, &s.games, child.id).await?;
    let visibility = current(&s.app, child.id).await?;
    render(&FamilyPage {
        ctx,
        child,
        games,
        visibility,
        choices: [Visibility::Hidden, Visibility::Class, Visibility::Public],
    })
}

#[derive(Deserialize)]
struct Choice {
    visibility: String,
}

async fn save(
    State(s): State<GamesState>,
    user: CurrentUser,
    Path(child): Path<String>,
    Form(input): Form<Choice>,
) -> AppResult<Response> {
    let v = Visibility::parse(&input.visibility)
        .ok_or_else(|| AppError::field("visibility", "games-family-bad-visibility"))?;
    choose(&s.app, &s.boards, &user, &child, v).await?;
    Ok(redirect_with_notice(
        &format!("/games/children/{child}"),
        "games-family-saved",
    ))
}
