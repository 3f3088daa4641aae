//! Buying and using shop items.
//!
//! A purchase is one transaction: the user's totals row is locked first, so two purchases at
//! once (of the same item or of two items the balance pays for only one of) run one after the
//! other; the second sees the first's balance and ownership. The ledger entry, the balance and
//! the ownership commit together, and a theme is chosen in the same transaction. An avatar is
//! set through the accounts directory once the coins are taken.

use kernel::auth::{Principal, Role};
use kernel::i18n::Tr;
use kernel::{AppError, AppResult, AppState};
use serde::Serialize;

use super::catalogue::{self, Item, Kind};
use super::store as shop_store;
use crate::service::{spend_in, Award};
use crate::store;

/// Ledger source of shop purchases.
pub const SOURCE: &str = "shop.buy";

/// One item as a child sees it in the shop.
#[derive(Clone, Debug, Serialize)]
pub struct ShopItem {
    pub id: &'static str,
    pub kind: Kind,
    /// The emoji (an avatar) or the theme's picture.
    pub picture: &'static str,
    /// For a theme, its name as `<body data-theme>` takes it; for an avatar, the emoji.
    pub value: &'static str,
    /// Translated.
    pub name: String,
    pub price: i64,
    pub owned: bool,
    pub in_use: bool,
    /// Coins still missing to buy it; 0 when owned or affordable.
    pub missing: i64,
}

/// The shop for one child.
#[derive(Clone, Debug, Serialize)]
pub struct ShopView {
    pub balance: i64,
    pub items: Vec<ShopItem>,
}

/// What a purchase left.
#[derive(Clone, Debug, Serialize)]
pub struct Bought {
    pub item: &'static str,
    pub price: i64,
    pub balance: i64,
}

/// Only children shop: their coins are what is spent.
fn shopper(who: &Principal) -> AppResult<()> {
    who.require(&[Role::Student])
}

fn item(id: &str) -> AppResult<&'static Item> {
    catalogue::find(id).ok_or_else(AppError::not_found)
}

/// Every item with the child's balance, what they own and what they use.
pub async fn view(state: &AppState, who: &Principal, tr: &Tr) -> AppResult<ShopView> {
    shopper(who)?;
    let pool = state.db.pool();
    let balance = store::find_account(pool, who.id)
        .await?
        .map_or(0, |a| a.balance);
    let owned = shop_store::owned_items(pool, who.id).await?;
    let theme = shop_store::find_theme(pool, who.id).await?;
    let theme = theme.as_deref().unwrap_or(catalogue::CLASSIC.value);
    let items = catalogue::ITEMS
        .iter()
        .map(|i| {
            let is_owned = i.price == 0 || owned.iter().any(|o| o == i.id);
            ShopItem {
                id: i.id,
                kind: i.kind,
                picture: i.picture,
                value: i.value,
                name: tr.t(&i.name_key()),
                price: i.price,
                owned: is_owned,
                in_use: match i.kind {
                    Kind::Avatar => who.avatar == i.value,
                    Kind::Theme => theme == i.value,
                },
                missing: if is_owned {
                    0
                } else {
                    (i.price - balance).max(0)
                },
            }
        })
        .collect();
    Ok(ShopView { balance, items })
}

/// Buys an item and starts using it. 404 for an unknown item, 403 for anyone but a child,
/// 409 `shop_item_owned` when it is theirs already, 409 `shop_not_enough_coins` when the
/// balance is short; nothing is written then.
pub async fn buy(state: &AppState, who: &Principal, id: &str) -> AppResult<Bought> {
    let item = item(id)?;
    shopper(who)?;
    if item.price == 0 {
        return Err(AppError::conflict("shop_item_owned"));
    }
    let now = state.now_ms();
    let mut tx = state.db.begin().await?;
    store::ensure_account(&mut *tx, who.id, now).await?;
    let account = store::lock_account(&mut *tx, who.id, now).await?;
    if shop_store::is_owned(&mut *tx, who.id, item.id).await? {
        return Err(AppError::conflict("shop_item_owned"));
    }
    if account.balance < item.price {
        return Err(AppError::conflict("shop_not_enough_coins")
            .arg("price", item.price)
            .arg("missing", item.price - account.balance));
    }
    let key = format!("shop:{}:{}", who.id, item.id);
    let award = Award {
        user_id: who.id,
        amount: item.price,
        source: SOURCE,
        reference: item.id,
        key: &key,
    };
    spend_in(&mut tx, now, &award).await?;
    shop_store::insert_owned(&mut *tx, who.id, item.id, item.price, now).await?;
    if item.kind == Kind::Theme {
        shop_store::set_theme(&mut *tx, who.id, Some(item.value)).await?;
    }
    tx.commit().await?;
    tracing::info!(
        user.id = who.id,
        shop.item = item.id,
        coins = item.price,
        "shop item bought"
    );
    if item.kind == Kind::Avatar {
        state.directory.set_avatar(who.id, item.value, now).await?;
    }
    Ok(Bought {
        item: item.id,
        price: item.price,
        balance: account.balance - item.price,
    })
}

/// Starts using an item the child owns, for free. 409 `shop_item_not_owned` otherwise.
pub async fn use_item(state: &AppState, who: &Principal, id: &str) -> AppResult<()> {
    let item = item(id)?;
    shopper(who)?;
    let now = state.now_ms();
    let pool = state.db.pool();
    if item.price > 0 && !shop_store::is_owned(pool, who.id, item.id).await? {
        return Err(AppError::conflict("shop_item_not_owned"));
    }
    match item.kind {
        Kind::Avatar => state.directory.set_avatar(who.id, item.value, now).await,
        Kind::Theme => {
            let mut tx = state.db.begin().await?;
            store::ensure_account(&mut *tx, who.id, now).await?;
            let theme = (item.id != catalogue::CLASSIC.id).then_some(item.value);
            shop_store::set_theme(&mut *tx, who.id, theme).await?;
            tx.commit().await?;
            Ok(())
        }
    }
}

/// The theme a child chose, if it is still sold; `None` for the default look.
pub async fn chosen_theme(state: &AppState, user_id: i64) -> AppResult<Option<&'static str>> {
    let theme = shop_store::find_theme(state.db.pool(), user_id).await?;
    Ok(theme
        .as_deref()
        .and_then(catalogue::theme_named)
        .filter(|i| i.id != catalogue::CLASSIC.id)
        .map(|i| i.value))
}
