//! The host screen `/live/host/{game_id}`, made for a projector: the PIN, the join link and
//! its QR code, the players as they arrive, then each question, its answers and the podium.
//! The page's script speaks to `/ws/live/host/{game_id}`.

use askama::Template;
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use kernel::auth::CurrentUser;
use kernel::extract::Path;
use kernel::page::{render, PageCtx};
use kernel::AppResult;

use crate::host_service;
use crate::routes::LiveState;

pub fn router() -> Router<LiveState> {
    Router::new()
        .route("/live/host/{game_id}", get(host_screen))
        .route("/live/games/{game_id}/qr.svg", get(qr))
}

#[derive(Template)]
#[template(path = "live/host.html")]
struct HostPage {
    ctx: PageCtx,
    game_id: i64,
    title: String,
    pin: String,
    join_url: String,
    /// The join link as people type it: no scheme, no PIN.
    join_shown: String,
    mode: String,
    /// `lobby`, `running` or `over`.
    state: String,
    /// The test's language as speech tags name it (`uz-UZ`), for reading questions aloud.
    speech_lang: &'static str,
}

impl HostPage {
    /// The PIN in two groups of three, easier to read from the back of a hall.
    fn pin_spaced(&self) -> String {
        let (a, b) = self.pin.split_at(self.pin.len().min(3));
        format!("{a} {b}")
    }

    fn mode_label(&self) -> String {
        self.ctx.t(crate::labels::mode_key(&self.mode))
    }

    /// The words the page's script shows, by name, as JSON.
    fn messages(&self) -> String {
        let mut words = serde_json::Map::new();
        for (name, key) in SCRIPT_WORDS {
            words.insert(name.to_string(), self.ctx.t(key).into());
        }
        for code in CONTROL_ERRORS {
            words.insert(
                code.to_string(),
                self.ctx.t(&format!("error-{code}")).into(),
            );
        }
        serde_json::Value::Object(words).to_string()
    }
}

/// The script's words: (name, Fluent key).
const SCRIPT_WORDS: [(&str, &str); 7] = [
    ("true", "live-host-true"),
    ("false", "live-host-false"),
    ("right", "live-host-right"),
    ("wrong", "live-host-wrong"),
    ("kick", "live-host-kick"),
    ("points", "live-host-points"),
    ("lost", "live-host-connection-lost"),
];

/// Error codes the host's controls can meet.
const CONTROL_ERRORS: [&str; 7] = [
    "live_already_started",
    "live_already_paused",
    "live_not_paused",
    "live_nothing_open",
    "live_player_not_found",
    "live_game_over",
    "live_game_not_found",
];

async fn host_screen(
    State(live): State<LiveState>,
    ctx: PageCtx,
    user: CurrentUser,
    Path(game_id): Path<i64>,
) -> AppResult<Response> {
    let row = host_service::hosted(&live.app, &user, game_id).await?;
    let join_url = host_service::join_url(&live.app, &row.pin);
    render(&HostPage {
        ctx,
        game_id: row.id,
        join_shown: shown_link(&join_url),
        join_url,
        title: row.title,
        pin: row.pin,
        mode: row.mode,
        state: row.state,
        speech_lang: speech_lang(&row.language),
    })
}

/// The join link as the screen prints it: no scheme and no PIN (the PIN is shown big beside it).
fn shown_link(url: &str) -> String {
    let bare = url
        .trim_start_matches("https://")
        .trim_start_matches("http://");
    bare.split('?').next().unwrap_or(bare).to_string()
}

/// The speech tag of a test's language.
pub fn speech_lang(language: &str) -> &'static str {
    match language {
        "ru" => "ru-RU",
        "en" => "en-US",
        _ => "uz-UZ",
    }
}

/// The join link's QR code (the game's host only: the PIN is theirs to show).
async fn qr(
    State(live): State<LiveState>,
    user: CurrentUser,
    Path(game_id): Path<i64>,
) -> AppResult<Response> {
    let row = host_service::hosted(&live.app, &user, game_id).await?;
    let svg = host_service::qr_svg(&host_service::join_url(&live.app, &row.pin))?;
    Ok((
        [
            (header::CONTENT_TYPE, "image/svg+xml"),
            (header::CACHE_CONTROL, "private, max-age=3600"),
        ],
        svg,
    )
        .into_response())
}
