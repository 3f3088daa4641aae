//! Routes: pages_profile.

use axum::Router;
use kernel::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
}
