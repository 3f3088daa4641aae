//! Routes: pages_classes.

use axum::Router;
use kernel::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
}
