//! The staff's dashboard.

use axum::response::Response;
use kernel::auth::Principal;
use kernel::page::PageCtx;
use kernel::{AppResult, AppState};

pub async fn page(_state: &AppState, ctx: PageCtx, _user: &Principal) -> AppResult<Response> {
    super::basic(ctx)
}
