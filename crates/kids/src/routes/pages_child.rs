//! `/smartkids/children/{child}`: a parent's SmartKids page for their own child (404 for any
//! other): the settings (approve LLM stories first, whole math solutions), the stories waiting
//! for approval with Approve and Reject, and the child's last readings — all plain forms on the
//! same services as the API.

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
use kernel::AppResult;
use serde::Deserialize;

use crate::family::{self, ReadLine, Settings};
use crate::state::KidsState;
use crate::store;
use crate::stories::Card;

pub fn router() -> Router<KidsState> {
    Router::new()
        .route("/smartkids/children/{child}", get(page))
        .route("/smartkids/children/{child}/settings", post(save))
        .route(
            "/smartkids/children/{child}/stories/{story_id}/approve",
            post(approve),
        )
        .route(
            "/smartkids/children/{child}/stories/{story_id}/reject",
            post(reject),
        )
}

/// The readings the page lists.
const READINGS_SHOWN: usize = 20;

#[derive(Template)]
#[template(path = "kids/child.html")]
struct ChildPage {
    ctx: PageCtx,
    child: ChildRef,
    settings: Settings,
    waiting: Vec<Card>,
    readings: Vec<ReadLine>,
}

impl ChildPage {
    fn percent(&self, v: &Option<i64>) -> String {
        v.map_or_else(|| "—".into(), |v| format!("{v}%"))
    }
    fn number(&self, v: &Option<i64>) -> String {
        v.map_or_else(|| "—".into(), |v| v.to_string())
    }
}

async fn page(
    State(s): State<KidsState>,
    user: CurrentUser,
    ctx: PageCtx,
    Path(child): Path<String>,
) -> AppResult<Response> {
    let child = family::own_child(&s.app, &user, &child).await?;
    let settings = family::settings(&s.app, child.id).await?;
    let waiting = store::written_for(s.app.db.pool(), child.id, 50)
        .await?
        .iter()
        .filter(|st| st.status == "awaiting_parent")
        .map(Card::of)
        .collect();
    let mut readings = family::readings(&s.app, child.id).await?;
    readings.truncate(READINGS_SHOWN);
    render(&ChildPage {
        ctx,
        child,
        settings,
        waiting,
        readings,
    })
}

/// Checkboxes: present when ticked.
#[derive(Deserialize)]
struct SettingsForm {
    approve_llm: Option<String>,
    full_solutions: Option<String>,
}

async fn save(
    State(s): State<KidsState>,
    user: CurrentUser,
    Path(child): Path<String>,
    Form(f): Form<SettingsForm>,
) -> AppResult<Response> {
    let kid = family::own_child(&s.app, &user, &child).await?;
    let settings = Settings {
        approve_llm: f.approve_llm.is_some(),
        full_solutions: f.full_solutions.is_some(),
    };
    family::save(&s.app, &user, kid.id, &settings).await?;
    Ok(redirect_with_notice(
        &format!("/smartkids/children/{}", kid.public_id),
        "smartkids-parent-saved",
    ))
}

async fn decide(
    s: &KidsState,
    user: &CurrentUser,
    child: &str,
    story: i64,
    yes: bool,
) -> AppResult<Response> {
    let kid = family::own_child(&s.app, user, child).await?;
    family::decide(&s.app, user, story, yes).await?;
    let notice = if yes {
        "smartkids-parent-approved"
    } else {
        "smartkids-parent-rejected"
    };
    Ok(redirect_with_notice(
        &format!("/smartkids/children/{}", kid.public_id),
        notice,
    ))
}

async fn approve(
    State(s): State<KidsState>,
    user: CurrentUser,
    Path((child, story)): Path<(String, i64)>,
) -> AppResult<Response> {
    decide(&s, &user, &child, story, true).await
}

async fn reject(
    State(s): State<KidsState>,
    user: CurrentUser,
    Path((child, story)): Path<(String, i64)>,
) -> AppResult<Response> {
    decide(&s, &user, &child, story, false).await
}
