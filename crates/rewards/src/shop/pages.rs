//! `/coins/shop`: a child's shop page, with forms to buy and use items that work without
//! scripts; a refused purchase shows the shop again with the reason on top.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;
use kernel::auth::CurrentUser;
use kernel::extract::Path;
use kernel::form::FormErrors;
use kernel::page::{redirect_with_notice, render, PageCtx};
use kernel::{AppError, AppResult, AppState};

use super::catalogue::Kind;
use super::service::{self, ShopItem, ShopView};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/coins/shop", get(shop_page))
        .route("/coins/shop/{item}/buy", post(buy_submit))
        .route("/coins/shop/{item}/use", post(use_submit))
}

#[derive(Template)]
#[template(path = "rewards/shop.html")]
struct ShopPage {
    ctx: PageCtx,
    balance: i64,
    avatars: Vec<ShopItem>,
    themes: Vec<ShopItem>,
    error: Option<String>,
}

impl ShopPage {
    fn new(ctx: PageCtx, shop: ShopView, error: Option<String>) -> Self {
        let (avatars, themes) = shop.items.into_iter().partition(|i| i.kind == Kind::Avatar);
        Self {
            ctx,
            balance: shop.balance,
            avatars,
            themes,
            error,
        }
    }

    fn coins(&self, n: &i64) -> String {
        self.ctx.t1("shop-coins", "coins", n)
    }

    /// What the heading's speaker button says.
    fn say_intro(&self) -> String {
        self.ctx.t1("shop-say-intro", "coins", self.balance)
    }

    /// What tapping an item's picture says: its name and its price or state.
    fn say_item(&self, i: &ShopItem) -> String {
        let tail = if i.in_use {
            self.ctx.t("shop-in-use")
        } else if i.owned {
            self.ctx.t("shop-owned")
        } else {
            self.coins(&i.price)
        };
        format!("{}. {}", i.name, tail)
    }
}

async fn show(
    state: &AppState,
    ctx: PageCtx,
    user: &CurrentUser,
    error: Option<AppError>,
) -> AppResult<Response> {
    let shop = service::view(state, user, &ctx.tr).await?;
    let status = error.as_ref().map_or(StatusCode::OK, |e| e.status);
    let message = match error {
        Some(e) => FormErrors::from_error(e, &ctx.tr)?.message,
        None => None,
    };
    let mut res = render(&ShopPage::new(ctx, shop, message))?;
    *res.status_mut() = status;
    Ok(res)
}

async fn shop_page(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
) -> AppResult<Response> {
    show(&state, ctx, &user, None).await
}

async fn buy_submit(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    Path(item): Path<String>,
) -> AppResult<Response> {
    match service::buy(&state, &user, &item).await {
        Ok(_) => Ok(redirect_with_notice("/coins/shop", "shop-bought")),
        Err(e) if e.status == StatusCode::CONFLICT => show(&state, ctx, &user, Some(e)).await,
        Err(e) => Err(e),
    }
}

async fn use_submit(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    Path(item): Path<String>,
) -> AppResult<Response> {
    match service::use_item(&state, &user, &item).await {
        Ok(()) => Ok(redirect_with_notice("/coins/shop", "shop-used")),
        Err(e) if e.status == StatusCode::CONFLICT => show(&state, ctx, &user, Some(e)).await,
        Err(e) => Err(e),
    }
}
