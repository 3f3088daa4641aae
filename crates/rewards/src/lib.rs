//! Rewards: one coin ledger for every part of the platform (earn, spend, daily caps), XP and
//! levels, daily streaks, and the coin shop (avatars and colour themes). Other domains pay
//! through [`service::award`] or, inside their own transaction, [`service::award_in`].

use std::sync::Arc;

use kernel::auth::{BoxFuture, Principal, Role};
use kernel::db::Db;
use kernel::i18n::Resource;
use kernel::module::{Badge, HeaderBadge, Module};
use kernel::relations::Wallet;
use kernel::routes::Routes;
use kernel::{AppResult, AppState};

pub mod caps;
pub mod home;
pub mod level;
pub mod routes;
pub mod service;
pub mod shop;
pub mod store;

pub use service::{Award, Outcome};

/// Rewards as the app mounts it: the coins page and API, the shop, a student's balance in the
/// header, the coins tile on a child's home and the chosen theme on every page.
pub fn module() -> Module {
    Module {
        resources: RESOURCES,
        openapi: &[
            include_str!("../openapi/rewards.json"),
            include_str!("../openapi/shop.json"),
        ],
        assets: ASSETS,
        badges: vec![Arc::new(CoinBadge)],
        home_tiles: vec![Arc::new(home::CoinsTile)],
        looks: vec![Arc::new(shop::ShopLook)],
        forget: kernel::forget::statements("rewards", store::FORGET_USER),
        ..Module::new("rewards", |_| {
            Routes::default()
                .api(routes::api_router())
                .api(shop::api::router())
                .pages(routes::pages())
                .pages(shop::pages::router())
        })
    }
}

/// The shop's script and the colour themes (linked by the base layout when a theme is chosen).
const ASSETS: &[kernel::assets::Asset] =
    kernel::web_assets!["css/themes.css", "css/shop.css", "js/rewards/shop.js"];

/// A student's coin balance in the page header, linking to `/coins`.
struct CoinBadge;

impl HeaderBadge for CoinBadge {
    fn badge<'a>(
        &'a self,
        state: &'a AppState,
        user: &'a Principal,
    ) -> BoxFuture<'a, Option<Badge>> {
        Box::pin(async move {
            if user.role != Role::Student {
                return None;
            }
            let balance = state.wallet.balance(user.id).await.ok()?;
            Some(Badge {
                icon: "🪙",
                value: balance.to_string(),
                href: "/coins",
                title: "coins-title",
                class: "coins",
                data: "data-coin-balance",
            })
        })
    }
}

/// Balances for the page header.
pub struct LedgerWallet {
    db: Db,
}

impl LedgerWallet {
    pub fn new(db: Db) -> Self {
        Self { db }
    }
}

impl Wallet for LedgerWallet {
    fn balance(&self, user_id: i64) -> BoxFuture<'_, AppResult<i64>> {
        Box::pin(async move {
            Ok(store::find_account(self.db.pool(), user_id)
                .await?
                .map(|a| a.balance)
                .unwrap_or(0))
        })
    }
}

pub const RESOURCES: &[Resource] = kernel::ftl!("rewards.ftl", "rewards-shop.ftl");
