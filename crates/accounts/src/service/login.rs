//! Logging in with an e-mail, phone or Alif24 ID and a password (or, for a child, a picture
//! password); logging out.

use kernel::auth::Principal;
use kernel::metrics::{LoginResult, Product};
use kernel::ratelimit::limits;
use kernel::{AppError, AppResult, AppState};
use serde::Deserialize;

use crate::model::{LoginId, Problems};
use crate::service::picture_password::Pictures;
use crate::service::register::SessionResponse;
use crate::service::view::UserView;
use crate::service::{signin_alerts, throttle};
use crate::store::users::{self, UniqueColumn, UserRow};
use crate::store::{devices, picture_passwords};

/// Devices remembered per account; older ones must wait out a delay like a new device.
pub const KNOWN_DEVICES_MAX: i64 = 20;

/// `POST /api/v1/auth/login` and the login form.
#[derive(Debug, Default, Deserialize)]
pub struct LoginRequest {
    pub login: Option<String>,
    pub password: Option<String>,
    /// A child's picture password instead of `password`: picture names in order.
    pub pictures: Option<Vec<String>>,
    /// The token a device got at an earlier login (`device_token`); the web keeps it in a cookie.
    pub device_token: Option<String>,
}

/// Finds the user an identifier names.
pub async fn find_user(state: &AppState, id: &LoginId) -> AppResult<Option<UserRow>> {
    let (column, value) = match id {
        LoginId::Email(v) => (UniqueColumn::Email, v),
        LoginId::Phone(v) => (UniqueColumn::Phone, v),
        LoginId::PublicId(v) => (UniqueColumn::PublicId, v),
    };
    Ok(users::find_by(state.db.pool(), column, value).await?)
}

/// Checks the credentials and starts a login session. Wrong credentials are one 401 whatever
/// was wrong, so the answer does not tell which accounts exist. Counted in `/metrics` by
/// result (malformed input and blocked accounts are not login attempts there).
pub async fn login(
    state: &AppState,
    req: &LoginRequest,
    ip: &str,
    user_agent: &str,
) -> AppResult<SessionResponse> {
    let outcome = check_and_start(state, req, ip, user_agent).await;
    let result = match &outcome {
        Ok(_) => Some(LoginResult::Ok),
        Err(e) if e.code == "invalid_credentials" => Some(LoginResult::Wrong),
        Err(e) if e.status == axum::http::StatusCode::TOO_MANY_REQUESTS => {
            Some(LoginResult::Throttled)
        }
        Err(_) => None,
    };
    if let Some(result) = result {
        state.metrics.product(Product::Login(result));
    }
    outcome
}

async fn check_and_start(
    state: &AppState,
    req: &LoginRequest,
    ip: &str,
    user_agent: &str,
) -> AppResult<SessionResponse> {
    let mut p = Problems::default();
    let login_id = p.take(LoginId::parse(req.login.as_deref()));
    let password = req.password.clone().unwrap_or_default();
    let pictures = match (&req.pictures, password.is_empty()) {
        (Some(raw), true) => p.take(Pictures::parse("pictures", raw, false)),
        (None, true) => {
            p.0.push(kernel::error::FieldError::new("password", "field-required"));
            None
        }
        _ => None,
    };
    p.finish()?;
    let login_id = login_id.expect("checked");
    let now = state.now_ms();
    state
        .limiter
        .hit(&format!("login-ip:{ip}"), limits::LOGIN_PER_IP, now)
        .await?;

    let user = find_user(state, &login_id).await?;
    // A device this account has logged in from before skips the account's delay, so someone
    // guessing elsewhere cannot lock the owner out (the per-address limit still applies).
    let device = req
        .device_token
        .as_deref()
        .filter(|t| t.len() == 64 && t.bytes().all(|b| b.is_ascii_hexdigit()));
    let known_device = match (&user, device) {
        (Some(u), Some(t)) => {
            devices::is_known(state.db.pool(), u.id, &kernel::ids::sha256_hex(t)).await?
        }
        _ => false,
    };
    // One budget per account and address, whichever identifier names the account; the
    // password is checked only once the attempt is counted.
    // A device that presents a token the account does not know also gets its own budget, so
    // a guesser moving between addresses (mobile data) with one browser slows down too.
    let account = match &user {
        Some(u) => throttle::account_key(u.id),
        None => login_id.limit_key(),
    };
    let mut throttle_keys = vec![throttle::key(&account, ip)];
    if let Some(t) = device.filter(|_| !known_device) {
        throttle_keys.push(throttle::device_key(&account, &kernel::ids::sha256_hex(t)));
    }
    let mut claims = Vec::new();
    if !known_device {
        for key in &throttle_keys {
            match throttle::claim(state, key).await {
                Ok(claim) => claims.push(claim),
                Err(e) => {
                    if let Some(u) = &user {
                        signin_alerts::record_failure(state, u).await?;
                    }
                    return Err(e);
                }
            }
        }
    }
    let (secret, stored) = match (&pictures, &user) {
        (Some(p), Some(u)) => (
            p.secret(),
            picture_passwords::find_hash(state.db.pool(), u.id).await?,
        ),
        (Some(p), None) => (p.secret(), None),
        (None, u) => (password, u.as_ref().map(|u| u.password_hash.clone())),
    };
    let stored = stored.unwrap_or_else(|| crate::password::DUMMY_HASH.into());
    let secret_ok = match crate::password::verify(secret, stored).await {
        Ok(ok) => ok,
        Err(busy) => {
            throttle::refund(state, &claims).await;
            return Err(busy);
        }
    };
    let user = match user {
        Some(u) if secret_ok => u,
        other => {
            if let Some(u) = &other {
                signin_alerts::record_failure(state, u).await?;
            }
            return Err(AppError::new(
                axum::http::StatusCode::UNAUTHORIZED,
                "invalid_credentials",
            ));
        }
    };
    if user.blocked_at.is_some() {
        return Err(AppError::forbidden().with_code("account_blocked"));
    }
    if !known_device {
        // The owner waited out the delay: the count starts again. (A known device leaves it,
        // so the guesser's delay stays where it was.)
        for key in &throttle_keys {
            throttle::clear(state, key).await?;
        }
    }
    let device_token = device
        .map(str::to_string)
        .unwrap_or_else(kernel::ids::token);
    let mut tx = state.db.begin().await?;
    let (_, tokens) =
        crate::service::tokens::start_session(&mut tx, user.id, user_agent, now).await?;
    let device_hash = kernel::ids::sha256_hex(&device_token);
    devices::remember(&mut *tx, user.id, &device_hash, now).await?;
    devices::keep_recent(&mut *tx, user.id, &device_hash, KNOWN_DEVICES_MAX).await?;
    tx.commit().await?;
    tracing::info!(user.id = user.id, "logged in");
    Ok(SessionResponse {
        user: UserView::from(&user),
        tokens,
        device_token: Some(device_token),
    })
}

/// The caller's own account.
pub async fn me(state: &AppState, who: &Principal) -> AppResult<UserView> {
    let cache = crate::service::auth_cache::of(state);
    let row = crate::service::tokens::user_row(&state.db, cache, who.id, state.now_ms())
        .await?
        .ok_or_else(AppError::unauthorized)?;
    Ok(UserView::from(&*row))
}
