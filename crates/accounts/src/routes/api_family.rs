//! Routes: api_family.

use axum::Router;
use kernel::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
}
