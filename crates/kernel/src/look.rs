//! A signed-in user's own look for every page: a colour theme (bought in the coin shop) that
//! the base layout puts on `<body data-theme>`. The module that sells themes implements
//! [`PageLook`]; the kernel only asks it once per page.

use crate::auth::{BoxFuture, Principal};
use crate::state::AppState;

/// A part of the platform that knows which colour theme a user chose.
pub trait PageLook: Send + Sync + 'static {
    /// The theme's name (`sea`), or `None` for the default look. Failures count as `None`:
    /// a theme must never take a page down.
    fn theme<'a>(
        &'a self,
        state: &'a AppState,
        user: &'a Principal,
    ) -> BoxFuture<'a, Option<String>>;
}

/// The first theme any source knows for this user.
pub async fn theme_for(state: &AppState, user: &Principal) -> Option<String> {
    for source in &state.looks {
        if let Some(t) = source.theme(state, user).await {
            return Some(t);
        }
    }
    None
}
