//! Login cards on the web: opening a card's link (`/card/{secret}`), and the printable card a
//! parent (family page) or teacher (class roster) makes, with its QR code.

use askama::Template;
use axum::extract::State;
use axum::http::header::{CACHE_CONTROL, SET_COOKIE};
use axum::http::{HeaderMap, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use kernel::auth::CurrentUser;
use kernel::cookies::user_agent;
use kernel::extract::Path;
use kernel::i18n::Lang;
use kernel::page::{redirect_with_notice, render, PageCtx};
use kernel::ratelimit::ClientIp;
use kernel::{AppResult, AppState};

use super::api_classes::class_id;
use super::pages_auth::{device_cookie, signed_in, DEVICE_COOKIE};
use crate::service::child_access::{parents_child, teachers_student};
use crate::service::login_cards::{self, NewCard};
use crate::store::users::UserRow;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/card/{secret}", get(open_card))
        .route("/family/children/{id}/login-cards", post(family_card))
        .route(
            "/family/children/{id}/login-cards/{card_id}/revoke",
            post(family_revoke),
        )
        .route(
            "/classes/{class_id}/students/{id}/login-card",
            post(class_card),
        )
}

/// Link previewers and prefetchers fetch a link without a person behind them; they get a page
/// that says what the link is, and no session.
fn is_previewer(headers: &HeaderMap) -> bool {
    let prefetch = ["purpose", "sec-purpose", "x-purpose", "x-moz"]
        .iter()
        .any(|h| {
            headers
                .get(*h)
                .and_then(|v| v.to_str().ok())
                .is_some_and(|v| v.contains("prefetch") || v.contains("preview"))
        });
    // Not "telegram": Telegram's own in-app browser says so in its agent, and a child may
    // well open the card from a chat; its previewer is "TelegramBot".
    const BOTS: [&str; 8] = [
        "bot",
        "crawler",
        "spider",
        "preview",
        "facebookexternalhit",
        "whatsapp",
        "vkshare",
        "embedly",
    ];
    let ua = user_agent(headers).to_lowercase();
    prefetch || BOTS.iter().any(|b| ua.contains(b))
}

#[derive(Template)]
#[template(path = "accounts/card_preview.html")]
struct CardPreviewPage {
    ctx: PageCtx,
    /// For the "sign in" button: a prerendered page that is then shown to a person needs it.
    secret: String,
}

async fn open_card(
    State(state): State<AppState>,
    ctx: PageCtx,
    ClientIp(ip): ClientIp,
    headers: HeaderMap,
    Path(secret): Path<String>,
) -> AppResult<Response> {
    let mut response = if is_previewer(&headers) {
        let secret: String = secret
            .chars()
            .filter(char::is_ascii_hexdigit)
            .take(64)
            .collect();
        render(&CardPreviewPage { ctx, secret })?
    } else {
        let device = kernel::cookies::get(&headers, DEVICE_COOKIE);
        let done =
            login_cards::sign_in(&state, &secret, &ip, &user_agent(&headers), device).await?;
        let lang = Lang::parse(&done.user.language).unwrap_or_default();
        let mut response = signed_in(&state, &done.tokens, lang, "/dashboard");
        let cookie = device_cookie(&state, &done.device_token);
        response
            .headers_mut()
            .append(SET_COOKIE, cookie.parse().expect("cookie header"));
        response
    };
    // The secret is in the address: never cached or indexed (the kernel's `same-origin`
    // referrer policy already keeps it from other sites).
    let h = response.headers_mut();
    h.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    h.insert(
        "x-robots-tag",
        HeaderValue::from_static("noindex, nofollow"),
    );
    Ok(response)
}

/// The printable card, shown once: only the secret's hash is kept.
#[derive(Template)]
#[template(path = "accounts/login_card.html")]
struct LoginCardPage {
    ctx: PageCtx,
    name: String,
    avatar: String,
    public_id: String,
    url: String,
    qr_svg: String,
    expires: String,
    back: String,
}

fn card_page(ctx: PageCtx, child: &UserRow, card: NewCard, back: String) -> AppResult<Response> {
    let qr_svg = crate::qr::svg(&card.url)?;
    let mut response = render(&LoginCardPage {
        ctx,
        name: child.name.clone(),
        avatar: child.avatar.clone(),
        public_id: child.public_id.clone(),
        qr_svg,
        url: card.url,
        expires: kernel::clock::format_tashkent(card.expires_at),
        back,
    })?;
    response
        .headers_mut()
        .insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
}

async fn family_card(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let child = parents_child(&state, &user, &id).await?;
    let card = login_cards::create(&state, &user, &child).await?;
    card_page(ctx, &child, card, "/family".into())
}

async fn family_revoke(
    State(state): State<AppState>,
    user: CurrentUser,
    Path((id, card_id)): Path<(String, String)>,
) -> AppResult<Response> {
    let child = parents_child(&state, &user, &id).await?;
    login_cards::revoke(&state, &child, class_id(&card_id)?).await?;
    Ok(redirect_with_notice("/family", "login_card_revoked"))
}

async fn class_card(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    Path((class, id)): Path<(String, String)>,
) -> AppResult<Response> {
    let class = class_id(&class)?;
    let student = teachers_student(&state, &user, class, &id).await?;
    let card = login_cards::create(&state, &user, &student).await?;
    card_page(ctx, &student, card, format!("/classes/{class}")).map(IntoResponse::into_response)
}
