//! `/coins` and `GET /api/v1/coins`: a child's balance, level, streak and recent coins, for
//! the child and for their parent.

use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use kernel::auth::{CurrentUser, Principal};
use kernel::extract::Query;
use kernel::json::Json;
use kernel::page::{render, PageCtx};
use kernel::{AppResult, AppState};
use serde::Deserialize;

use crate::service::{self, Summary};
use crate::store::EntryRow;

pub fn pages() -> Router<AppState> {
    Router::new().route("/coins", get(page))
}

pub fn api_router() -> Router<AppState> {
    Router::new().route("/api/v1/coins", get(api))
}

#[derive(Deserialize)]
struct WhoQuery {
    /// A child's 8-digit ID, for their parent.
    child: Option<String>,
}

/// The user whose coins are asked for: the caller, or the caller's own child.
async fn subject(
    state: &AppState,
    caller: &Principal,
    child: Option<&str>,
) -> AppResult<(i64, String)> {
    let who = kernel::relations::caller_or_child(state, caller, child).await?;
    Ok((who.id, who.name))
}

async fn api(
    State(state): State<AppState>,
    user: CurrentUser,
    Query(q): Query<WhoQuery>,
) -> AppResult<impl IntoResponse> {
    let (id, _) = subject(&state, &user, q.child.as_deref()).await?;
    let summary = service::summary(&state, id).await?;
    let entries = service::history(&state, id, 50).await?;
    Ok(Json(
        serde_json::json!({ "summary": summary, "entries": entries }),
    ))
}

#[derive(Template)]
#[template(path = "rewards/coins.html")]
struct CoinsPage {
    ctx: PageCtx,
    whose: Option<String>,
    summary: Summary,
    entries: Vec<EntryRow>,
}

impl CoinsPage {
    fn source_label(&self, source: &str, reference: &str) -> String {
        if source == crate::shop::service::SOURCE {
            let item = crate::shop::catalogue::find(reference)
                .map_or_else(|| reference.to_string(), |i| self.ctx.t(&i.name_key()));
            return self.ctx.t1("coins-source-shop-buy", "item", item);
        }
        let key = format!("coins-source-{}", source.replace('.', "-"));
        let label = self.ctx.t(&key);
        if label == key {
            self.ctx.t("coins-source-other")
        } else {
            label
        }
    }

    fn level_percent(&self) -> i64 {
        let prev = (self.summary.level - 1) * (self.summary.level - 1) * 100;
        let span = (self.summary.xp_next_level - prev).max(1);
        ((self.summary.xp - prev) * 100 / span).clamp(0, 100)
    }
}

async fn page(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    Query(q): Query<WhoQuery>,
) -> AppResult<Response> {
    let (id, name) = subject(&state, &user, q.child.as_deref()).await?;
    let summary = service::summary(&state, id).await?;
    let entries = service::history(&state, id, 50).await?;
    let whose = (id != user.id).then_some(name);
    Ok(render(&CoinsPage {
        ctx,
        whose,
        summary,
        entries,
    })?
    .into_response())
}
