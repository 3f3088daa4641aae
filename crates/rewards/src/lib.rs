//! Rewards: one coin ledger for every part of the platform (earn, spend, daily caps), XP and
//! levels, daily streaks. Other domains pay through [`service::award`] or, inside their own
//! transaction, [`service::award_in`].

use std::sync::Arc;

use kernel::auth::{BoxFuture, Principal, Role};
use kernel::db::Db;
use kernel::i18n::Resource;
use kernel::module::{Badge, HeaderBadge, Module};
use kernel::relations::Wallet;
use kernel::routes::Routes;
use kernel::{AppResult, AppState};

pub mod caps;
pub mod level;
pub mod routes;
pub mod service;
pub mod store;

pub use service::{Award, Outcome};

/// Rewards as the app mounts it: the coins page and API, and a student's balance in the header.
pub fn module() -> Module {
    Module {
        resources: RESOURCES,
        openapi: &[include_str!("../openapi/rewards.json")],
        badges: vec![Arc::new(CoinBadge)],
        forget: kernel::forget::statements("rewards", store::FORGET_USER),
        ..Module::new("rewards", |_| {
            Routes::default()
                .api(routes::api_router())
                .pages(routes::pages())
        })
    }
}

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

pub const RESOURCES: &[Resource] = kernel::ftl!("rewards.ftl");
