//! The coin shop: avatars and colour themes a child buys with coins and uses at any time.

pub mod api;
pub mod catalogue;
pub mod pages;
pub mod service;
pub mod store;

use kernel::auth::{BoxFuture, Principal, Role};
use kernel::look::PageLook;
use kernel::AppState;

/// A child's chosen theme, for every page they see.
pub struct ShopLook;

impl PageLook for ShopLook {
    fn theme<'a>(
        &'a self,
        state: &'a AppState,
        user: &'a Principal,
    ) -> BoxFuture<'a, Option<String>> {
        Box::pin(async move {
            if user.role != Role::Student {
                return None;
            }
            match service::chosen_theme(state, user.id).await {
                Ok(t) => t.map(String::from),
                Err(e) => {
                    tracing::warn!(error = %e, user.id = user.id, "theme lookup failed");
                    None
                }
            }
        })
    }
}
