//! The parent's dashboard: the identity card, then each child with their Alif24 ID, coins and
//! progress in every part of the platform that reports it.

use askama::Template;
use axum::response::Response;
use kernel::auth::Principal;
use kernel::page::{render, PageCtx};
use kernel::relations::{ChildRef, ProgressLine};
use kernel::{AppResult, AppState};

#[derive(Template)]
#[template(path = "accounts/family/parent_dashboard.html")]
struct ParentDashboard {
    ctx: PageCtx,
    children: Vec<ChildCard>,
}

struct ChildCard {
    child: ChildRef,
    coins: i64,
    progress: Vec<ProgressLine>,
}

impl ChildCard {
    fn bar(&self, line: &ProgressLine) -> u8 {
        line.percent.unwrap_or(0) / 5 * 5
    }
}

pub async fn page(state: &AppState, ctx: PageCtx, user: &Principal) -> AppResult<Response> {
    let mut children = Vec::new();
    for child in state.directory.children_of(user.id).await? {
        let mut progress = Vec::new();
        for source in &state.progress {
            progress.extend(source.child_progress(state, &child, &ctx.tr).await?);
        }
        let coins = state.wallet.balance(child.id).await?;
        children.push(ChildCard {
            child,
            coins,
            progress,
        });
    }
    render(&ParentDashboard { ctx, children })
}
