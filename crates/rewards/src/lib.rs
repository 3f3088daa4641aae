//! Rewards: one coin ledger for every part of the platform (earn, spend, daily caps), XP and
//! levels, daily streaks. Other domains pay through [`service::award`] or, inside their own
//! transaction, [`service::award_in`].

use axum::Router;
use kernel::auth::BoxFuture;
use kernel::db::Db;
use kernel::i18n::{Lang, Resource};
use kernel::relations::Wallet;
use kernel::{AppResult, AppState};

pub mod caps;
pub mod level;
pub mod routes;
pub mod service;
pub mod store;

pub use service::{Award, Outcome};

pub fn router() -> Router<AppState> {
    routes::router()
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

pub const RESOURCES: &[Resource] = &[
    Resource {
        lang: Lang::Uz,
        name: "rewards.ftl",
        text: include_str!("../../../locales/uz/rewards.ftl"),
    },
    Resource {
        lang: Lang::Ru,
        name: "rewards.ftl",
        text: include_str!("../../../locales/ru/rewards.ftl"),
    },
    Resource {
        lang: Lang::En,
        name: "rewards.ftl",
        text: include_str!("../../../locales/en/rewards.ftl"),
    },
];
