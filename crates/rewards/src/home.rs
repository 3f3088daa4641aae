//! Rewards' tile on a child's home page: coins and the day streak, spoken, leading to the shop.

use kernel::auth::{BoxFuture, Principal, Role};
use kernel::home::{HomeTile, HomeTiles};
use kernel::i18n::Tr;
use kernel::{AppResult, AppState};

use crate::shop::catalogue;

/// The "Coins" tile.
pub struct CoinsTile;

impl HomeTiles for CoinsTile {
    fn tiles<'a>(
        &'a self,
        state: &'a AppState,
        child: &'a Principal,
        tr: &'a Tr,
    ) -> BoxFuture<'a, AppResult<Vec<HomeTile>>> {
        Box::pin(async move {
            if child.role != Role::Student {
                return Ok(Vec::new());
            }
            let s = crate::service::summary(state, child.id).await?;
            Ok(vec![tile(tr, s.balance, s.streak)])
        })
    }
}

/// The tile for a balance and a streak; what it says depends on whether the cheapest
/// friend in the shop is already affordable.
pub fn tile(tr: &Tr, coins: i64, streak: i64) -> HomeTile {
    let n = |v: i64| v.to_string();
    let mut detail = tr.ta("shop-tile-coins", &[("coins", n(coins))]);
    let cheapest = catalogue::ITEMS
        .iter()
        .filter(|i| i.price > 0)
        .map(|i| i.price)
        .min()
        .unwrap_or(0);
    let next = if coins >= cheapest {
        "shop-tile-say-buy"
    } else {
        "shop-tile-say-earn"
    };
    let mut say = tr.ta(next, &[("coins", n(coins))]);
    if streak > 0 {
        detail = format!(
            "{detail} · {}",
            tr.ta("shop-tile-streak", &[("days", n(streak))])
        );
        say = format!(
            "{say} {}",
            tr.ta("shop-tile-say-streak", &[("days", n(streak))])
        );
    }
    HomeTile {
        kind: "coins",
        picture: "🪙".into(),
        label: tr.t("shop-tile-label"),
        detail: Some(detail),
        say,
        href: "/coins/shop".into(),
        order: 70,
        urgent: false,
    }
}
