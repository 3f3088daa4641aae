//! `/games/boards`: a board as a page — a row of game pictures, the groups (class, school,
//! region, country), the periods, and big rows with a medal, an avatar, a name and a score.
//! Works without JavaScript. A teacher picks one of their classes and sees it in full; a parent
//! adds `?child=ALIF24-ID` and sees what their child sees.

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use kernel::auth::{CurrentUser, Role};
use kernel::extract::Query;
use kernel::page::{render, PageCtx};
use kernel::AppResult;

use super::read::{self, BoardQuery, BoardView, Entry};
use super::ALL;
use crate::routes::GamesState;

pub fn router() -> Router<GamesState> {
    Router::new().route("/games/boards", get(page))
}

/// A link among the page's choices.
pub struct Chip {
    pub href: String,
    pub emoji: &'static str,
    pub label: String,
    pub current: bool,
}

#[derive(Template)]
#[template(path = "games/boards.html")]
struct BoardPage {
    ctx: PageCtx,
    games: Vec<Chip>,
    scopes: Vec<Chip>,
    periods: Vec<Chip>,
    /// A teacher's classes.
    classes: Vec<Chip>,
    view: BoardView,
    /// What the score counts: coins (🪙, all games) or the game's points (no mark).
    unit: &'static str,
    /// Why the list is empty, or a note under it.
    note: Option<String>,
}

/// Where each choice leads: the page with one parameter changed.
#[derive(Clone, Copy)]
struct Here<'a> {
    game: &'a str,
    scope: &'a str,
    period: &'a str,
    class_id: Option<i64>,
    child: Option<&'a str>,
}

impl Here<'_> {
    fn href(&self) -> String {
        let mut s = format!(
            "/games/boards?game={}&scope={}&period={}",
            self.game, self.scope, self.period
        );
        if let Some(c) = self.class_id {
            s.push_str(&format!("&class_id={c}"));
        }
        if let Some(c) = self.child {
            s.push_str(&format!("&child={c}"));
        }
        s
    }
}

fn medal(e: &Entry) -> String {
    match e.rank {
        1 => "🥇".into(),
        2 => "🥈".into(),
        3 => "🥉".into(),
        n => n.to_string(),
    }
}

async fn page(
    State(s): State<GamesState>,
    user: CurrentUser,
    ctx: PageCtx,
    Query(q): Query<BoardQuery>,
) -> AppResult<Response> {
    let game = q.game.clone().unwrap_or_else(|| ALL.to_string());
    let view = read::board(&s.app, &s.boards, &user, &game, &q).await?;
    let child = q.child.as_deref().filter(|c| !c.trim().is_empty());
    let here = Here {
        game: &game,
        scope: view.scope,
        period: view.period,
        class_id: view.class_id,
        child,
    };
    let mut games = vec![Chip {
        href: Here { game: ALL, ..here }.href(),
        emoji: "🌟",
        label: ctx.t("games-boards-all-games"),
        current: game == ALL,
    }];
    for rules in s.games.iter() {
        games.push(Chip {
            href: Here {
                game: rules.id(),
                ..here
            }
            .href(),
            emoji: rules.emoji(),
            label: ctx.t(&format!("games-name-{}", rules.id())),
            current: game == rules.id(),
        });
    }
    let scopes = [
        ("class", "🧑‍🏫"),
        ("organization", "🏫"),
        ("region", "🗺️"),
        ("country", "🇺🇿"),
    ]
    .into_iter()
    .map(|(scope, emoji)| Chip {
        href: Here {
            scope,
            class_id: None,
            ..here
        }
        .href(),
        emoji,
        label: ctx.t(&format!("games-boards-scope-{scope}")),
        current: view.scope == scope,
    })
    .collect();
    let periods = [("week", "📅"), ("month", "🗓️"), ("all", "♾️")]
        .into_iter()
        .map(|(period, emoji)| Chip {
            href: Here { period, ..here }.href(),
            emoji,
            label: ctx.t(&format!("games-boards-period-{period}")),
            current: view.period == period,
        })
        .collect();
    let classes = match user.role {
        Role::Teacher if child.is_none() => s
            .app
            .directory
            .teacher_classes(user.id)
            .await?
            .into_iter()
            .map(|c| Chip {
                href: Here {
                    scope: "class",
                    class_id: Some(c.id),
                    ..here
                }
                .href(),
                emoji: "🧑‍🏫",
                current: view.class_id == Some(c.id) && view.scope == "class",
                label: c.name,
            })
            .collect(),
        _ => Vec::new(),
    };
    let unit = if game == ALL { "🪙" } else { "" };
    let viewer_is_child = user.role == Role::Student || child.is_some();
    let note = match view.reason {
        Some(reason) => {
            let whose = if viewer_is_child { "" } else { "adult-" };
            Some(ctx.t(&format!("games-boards-{whose}{}", reason.replace('_', "-"))))
        }
        None if viewer_is_child
            && view.me.is_none()
            && matches!(view.scope, "region" | "country") =>
        {
            Some(ctx.t("games-boards-ask-parent"))
        }
        None if view.entries.is_empty() => Some(ctx.t("games-boards-empty")),
        None => None,
    };
    render(&BoardPage {
        ctx,
        games,
        scopes,
        periods,
        classes,
        view,
        unit,
        note,
    })
}

impl BoardPage {
    fn medal(&self, e: &Entry) -> String {
        medal(e)
    }
}
