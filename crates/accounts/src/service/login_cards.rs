//! Login cards: a printed or shown QR code whose link signs one child in on a class tablet or
//! the family phone. The secret is 256 random bits, stored only as its SHA-256, one per card,
//! valid for a year, revocable (its sessions end with it); opening links is rate limited per
//! address. The child's password is never involved.

use kernel::auth::{Principal, TokenPair};
use kernel::ratelimit::Limit;
use kernel::{AppError, AppResult, AppState};
use serde::Serialize;

use crate::store::users::UserRow;
use crate::store::{devices, login_cards, sessions, users};

/// How long a card works: a school year and its summer.
pub const CARD_TTL_MS: i64 = 365 * 86_400_000;
/// Cards that may work at once per child (a few devices, a few reprints).
pub const LIVE_CARDS_MAX: i64 = 20;
/// Cards one parent or teacher may make per hour.
const CARDS_PER_ACTOR: Limit = Limit {
    max: 60,
    window_s: 3600,
};
/// Card links opened per address: a whole class signing in on school Wi-Fi fits.
pub const OPENS_PER_IP: Limit = Limit {
    max: 60,
    window_s: 600,
};

/// `201` of `POST …/login-cards`: the link is shown once; only its hash is kept.
#[derive(Debug, Serialize)]
pub struct NewCard {
    pub card_id: i64,
    pub url: String,
    /// Unix milliseconds.
    pub expires_at: i64,
}

/// A card as its child's parent or teacher sees it in a list.
#[derive(Debug, Serialize)]
pub struct CardView {
    pub card_id: i64,
    /// Unix milliseconds, like the two below.
    pub created_at: i64,
    pub expires_at: i64,
    pub last_used_at: Option<i64>,
}

impl CardView {
    pub fn created(&self) -> String {
        kernel::clock::format_tashkent(self.created_at)
    }

    pub fn last_used(&self) -> Option<String> {
        self.last_used_at.map(kernel::clock::format_tashkent)
    }
}

/// Makes a new card for `child`; `actor` is the parent or teacher already checked to be theirs.
pub async fn create(state: &AppState, actor: &Principal, child: &UserRow) -> AppResult<NewCard> {
    let now = state.now_ms();
    state
        .limiter
        .hit(&format!("login-card:{}", actor.id), CARDS_PER_ACTOR, now)
        .await?;
    let pool = state.db.pool();
    if login_cards::count_live(pool, child.id, now).await? >= LIVE_CARDS_MAX {
        return Err(AppError::conflict("login_cards_too_many").arg("max", LIVE_CARDS_MAX));
    }
    let secret = kernel::ids::token();
    let expires_at = now + CARD_TTL_MS;
    let card_id = login_cards::insert(
        pool,
        child.id,
        &kernel::ids::sha256_hex(&secret),
        actor.id,
        now,
        expires_at,
    )
    .await?;
    tracing::info!(
        user.id = actor.id,
        child.id = child.id,
        card.id = card_id,
        "login card made"
    );
    Ok(NewCard {
        card_id,
        url: format!(
            "{}/card/{secret}",
            state.config.public_url.trim_end_matches('/')
        ),
        expires_at,
    })
}

pub async fn list(state: &AppState, child: &UserRow) -> AppResult<Vec<CardView>> {
    let rows = login_cards::list_live(state.db.pool(), child.id, state.now_ms()).await?;
    Ok(rows
        .into_iter()
        .map(|r| CardView {
            card_id: r.id,
            created_at: r.created_at,
            expires_at: r.expires_at,
            last_used_at: r.last_used_at,
        })
        .collect())
}

/// Revokes a card of `child` and ends the sessions it opened; 404 for any other card.
pub async fn revoke(state: &AppState, child: &UserRow, card_id: i64) -> AppResult<()> {
    let now = state.now_ms();
    let mut tx = state.db.begin().await?;
    if !login_cards::revoke(&mut *tx, child.id, card_id, now).await? {
        return Err(AppError::not_found());
    }
    let ended = sessions::revoke_by_card(&mut *tx, card_id, now).await?;
    tx.commit().await?;
    crate::service::auth_cache::changed(
        state,
        &[crate::service::auth_cache::Change::User(child.id)],
    )
    .await;
    tracing::info!(
        child.id = child.id,
        card.id = card_id,
        sessions.ended = ended,
        "login card revoked"
    );
    Ok(())
}

/// A child signed in by a card.
pub struct CardSignIn {
    pub user: UserRow,
    pub tokens: TokenPair,
    /// The device's token (the one it had, or a new one): the device is now known to the child.
    pub device_token: String,
}

/// Opens a card's link: a new session for its child, tied to the card.
pub async fn sign_in(
    state: &AppState,
    secret: &str,
    ip: &str,
    user_agent: &str,
    device_token: Option<String>,
) -> AppResult<CardSignIn> {
    let now = state.now_ms();
    state
        .limiter
        .hit(&format!("login-card-ip:{ip}"), OPENS_PER_IP, now)
        .await?;
    let invalid = || AppError::not_found().with_code("login_card_invalid");
    if secret.len() != 64 || !secret.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(invalid());
    }
    let pool = state.db.pool();
    let card = login_cards::find_live(pool, &kernel::ids::sha256_hex(secret), now)
        .await?
        .ok_or_else(invalid)?;
    let user = users::find_by_id(pool, card.user_id)
        .await?
        .filter(|u| u.blocked_at.is_none())
        .ok_or_else(invalid)?;
    let device_token = device_token
        .filter(|t| t.len() == 64 && t.bytes().all(|b| b.is_ascii_hexdigit()))
        .unwrap_or_else(kernel::ids::token);
    let mut tx = state.db.begin().await?;
    let (session_id, tokens) =
        crate::service::tokens::start_session(&mut tx, user.id, user_agent, now).await?;
    sessions::set_origin(&mut *tx, session_id, Some(card.id), None).await?;
    login_cards::touch(&mut *tx, card.id, now).await?;
    let device_hash = kernel::ids::sha256_hex(&device_token);
    devices::remember(&mut *tx, user.id, &device_hash, now).await?;
    devices::keep_recent(
        &mut *tx,
        user.id,
        &device_hash,
        crate::service::login::KNOWN_DEVICES_MAX,
    )
    .await?;
    tx.commit().await?;
    tracing::info!(
        user.id = user.id,
        card.id = card.id,
        "signed in with a login card"
    );
    Ok(CardSignIn {
        user,
        tokens,
        device_token,
    })
}
