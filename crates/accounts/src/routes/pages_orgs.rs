//! Routes: pages_orgs.

use axum::Router;
use kernel::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
}
