//! `/live/mine`: the live games a child played, as big rows with a medal, a place and the
//! right answers; `/live/mine/{game_id}`: how each question went. A parent adds
//! `?child=ALIF24-ID`; the same access rules as the API (`history`).

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use kernel::auth::CurrentUser;
use kernel::extract::{Path, Query};
use kernel::page::{render, PageCtx};
use kernel::relations::ChildRef;
use kernel::{AppResult, AppState};

use crate::history::{self, AnswerLine, PlayedGame};
use crate::history_api::HistoryQuery;
use crate::routes::LiveState;

pub fn router() -> Router<LiveState> {
    Router::new()
        .route("/live/mine", get(mine))
        .route("/live/mine/{game_id}", get(mine_game))
}

/// Whose games a page shows: the caller's own, or (for a parent) a child's.
struct Whose {
    child: ChildRef,
    /// `?child=ID` to keep on links, empty for the caller's own games.
    query: String,
}

impl Whose {
    fn new(child: ChildRef, asked: Option<&str>) -> Self {
        let query = match asked.map(str::trim).filter(|c| !c.is_empty()) {
            Some(_) => ["?child=", &child.public_id].concat(),
            None => String::new(),
        };
        Self { child, query }
    }

    fn is_parent_view(&self) -> bool {
        !self.query.is_empty()
    }
}

#[derive(Template)]
#[template(path = "live/mine.html")]
struct MinePage {
    ctx: PageCtx,
    whose: Whose,
    games: Vec<PlayedGame>,
    /// The link to the next (older) page, if there is one.
    older: Option<String>,
}

#[derive(Template)]
#[template(path = "live/mine_game.html")]
struct MineGamePage {
    ctx: PageCtx,
    whose: Whose,
    game: PlayedGame,
    answers: Vec<AnswerLine>,
}

/// What a page says of a game's place and right answers, shared by both templates.
trait GameWords {
    fn ctx(&self) -> &PageCtx;

    /// 🥇 🥈 🥉 for the podium, a plain badge otherwise.
    fn medal(&self, g: &PlayedGame) -> &'static str {
        match g.rank {
            Some(1) => "🥇",
            Some(2) => "🥈",
            Some(3) => "🥉",
            _ => "🎯",
        }
    }

    fn place(&self, g: &PlayedGame) -> String {
        match g.rank {
            Some(rank) => self.ctx().tr.ta(
                "live-history-place",
                &[("place", rank.to_string()), ("of", g.players.to_string())],
            ),
            None => self.ctx().t("live-history-removed"),
        }
    }

    fn correct(&self, g: &PlayedGame) -> String {
        self.ctx().tr.ta(
            "live-history-correct",
            &[
                ("correct", g.correct.to_string()),
                ("total", g.questions.to_string()),
            ],
        )
    }

    /// What the speaker button says of a game.
    fn say(&self, g: &PlayedGame) -> String {
        [self.place(g), self.correct(g)].join(". ")
    }
}

impl GameWords for MinePage {
    fn ctx(&self) -> &PageCtx {
        &self.ctx
    }
}

impl GameWords for MineGamePage {
    fn ctx(&self) -> &PageCtx {
        &self.ctx
    }
}

impl MineGamePage {
    fn words(&self) -> crate::history_answers::Words<'static> {
        crate::history_answers::Words {
            yes: "",
            no: "",
            decimal: if self.ctx.lang() == "en" { "." } else { "," },
        }
    }

    /// What the child answered, in words (none for no answer).
    fn given(&self, a: &AnswerLine) -> Option<String> {
        let (yes, no) = (self.ctx.t("play-true"), self.ctx.t("play-false"));
        let w = crate::history_answers::Words {
            yes: &yes,
            no: &no,
            ..self.words()
        };
        let choice = a.choice.as_deref()?;
        crate::history_answers::given(&a.item.body, &a.item.shown, choice, &w)
    }

    /// The right answer, in words.
    fn right(&self, a: &AnswerLine) -> Option<String> {
        let (yes, no) = (self.ctx.t("play-true"), self.ctx.t("play-false"));
        let w = crate::history_answers::Words {
            yes: &yes,
            no: &no,
            ..self.words()
        };
        crate::history_answers::right(&a.item.body, &w)
    }

    /// The Fluent key of an answer's outcome.
    fn outcome_key(&self, outcome: &str) -> &'static str {
        match outcome {
            "right" => "live-history-right",
            "partly" => "live-history-partly",
            "wrong" => "live-history-wrong",
            _ => "live-history-none",
        }
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

async fn mine(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    Query(q): Query<HistoryQuery>,
) -> AppResult<Response> {
    let asked = q.child.as_deref();
    let (child, page) = history::games(&state, &user, asked, q.before, q.limit).await?;
    let whose = Whose::new(child, asked);
    let older = page.next_before.map(|id| {
        let join = if whose.query.is_empty() { "?" } else { "&" };
        ["/live/mine", &whose.query, join, "before=", &id.to_string()].concat()
    });
    render(&MinePage {
        ctx,
        whose,
        games: page.games,
        older,
    })
}

async fn mine_game(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    Path(game_id): Path<i64>,
    Query(q): Query<HistoryQuery>,
) -> AppResult<Response> {
    let asked = q.child.as_deref();
    let (child, detail) = history::game(&state, &user, asked, game_id).await?;
    render(&MineGamePage {
        ctx,
        whose: Whose::new(child, asked),
        game: detail.game,
        answers: detail.answers,
    })
}
