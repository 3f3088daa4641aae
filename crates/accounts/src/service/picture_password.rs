//! Picture passwords for children who cannot read yet: a parent (or the child's teacher) picks
//! a sequence of [`LENGTH`] pictures out of [`PICTURES`]; it is hashed like a password and
//! checked by the same login, throttle and known-device rules as a password.

use kernel::auth::Principal;
use kernel::error::FieldError;
use kernel::ratelimit::Limit;
use kernel::{AppError, AppResult, AppState};
use serde::Deserialize;

use crate::store::users::UserRow;
use crate::store::{picture_passwords, sessions};

/// The pictures, by name, with the emoji that draws them: all from Unicode 6.0 or older, so
/// phones of 2013 show them. Their spoken names are the Fluent keys `picture-<name>`.
pub const PICTURES: [(&str, &str); 12] = [
    ("apple", "🍎"),
    ("cat", "🐱"),
    ("dog", "🐶"),
    ("fish", "🐟"),
    ("flower", "🌸"),
    ("balloon", "🎈"),
    ("house", "🏠"),
    ("car", "🚗"),
    ("star", "⭐"),
    ("banana", "🍌"),
    ("elephant", "🐘"),
    ("moon", "🌙"),
];

/// Pictures in a sequence: 12⁴ = 20 736 sequences, guarded by the login throttle.
pub const LENGTH: usize = 4;

/// A picture by name.
pub fn emoji(name: &str) -> Option<&'static str> {
    PICTURES.iter().find(|(n, _)| *n == name).map(|(_, e)| *e)
}

/// A valid sequence of picture names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pictures(pub Vec<&'static str>);

impl Pictures {
    /// Exactly [`LENGTH`] known pictures; `new` sequences must use at least two different ones.
    pub fn parse(field: &str, raw: &[String], new: bool) -> Result<Self, FieldError> {
        let names: Option<Vec<&'static str>> = raw
            .iter()
            .map(|r| {
                let r = r.trim();
                PICTURES.iter().find(|(n, _)| *n == r).map(|(n, _)| *n)
            })
            .collect();
        let invalid = || FieldError::new(field, "field-pictures-invalid").arg("count", LENGTH);
        let names = names.filter(|n| n.len() == LENGTH).ok_or_else(invalid)?;
        if new && names.iter().all(|n| *n == names[0]) {
            return Err(FieldError::new(field, "field-pictures-all-same"));
        }
        Ok(Self(names))
    }

    /// What is hashed: never equal to a typed password, which cannot hold these words' commas.
    pub fn secret(&self) -> String {
        format!("pictures:{}", self.0.join(","))
    }
}

/// `POST /api/v1/family/children/{id}/picture-password`.
#[derive(Debug, Default, Deserialize)]
pub struct PicturePasswordRequest {
    #[serde(default)]
    pub pictures: Vec<String>,
}

/// Each picture password is a hash: one caller gets 20 an hour.
const SETS_PER_ACTOR: Limit = Limit {
    max: 20,
    window_s: 3600,
};

/// Sets `child`'s picture password; the child's sessions stay (the password still works too).
pub async fn set(
    state: &AppState,
    actor: &Principal,
    child: &UserRow,
    req: &PicturePasswordRequest,
) -> AppResult<()> {
    let pictures =
        Pictures::parse("pictures", &req.pictures, true).map_err(|e| AppError::invalid(vec![e]))?;
    let now = state.now_ms();
    state
        .limiter
        .hit(
            &format!("picture-password:{}", actor.id),
            SETS_PER_ACTOR,
            now,
        )
        .await?;
    let hash = crate::password::hash(pictures.secret(), state.config.password_cost).await?;
    picture_passwords::upsert(state.db.pool(), child.id, &hash, now).await?;
    tracing::info!(
        user.id = actor.id,
        child.id = child.id,
        "picture password set"
    );
    Ok(())
}

/// Removes `child`'s picture password and ends the sessions it may have opened.
pub async fn clear(state: &AppState, child: &UserRow) -> AppResult<()> {
    let mut tx = state.db.begin().await?;
    if picture_passwords::delete(&mut *tx, child.id).await? {
        sessions::revoke_all(&mut *tx, child.id, state.now_ms()).await?;
    }
    tx.commit().await?;
    crate::service::auth_cache::changed(
        state,
        &[crate::service::auth_cache::Change::User(child.id)],
    )
    .await;
    Ok(())
}

/// Whether `user_id` can sign in with pictures.
pub async fn has(state: &AppState, user_id: i64) -> AppResult<bool> {
    Ok(picture_passwords::find_hash(state.db.pool(), user_id)
        .await?
        .is_some())
}

/// Children this device has signed in before who can sign in with pictures: the picture
/// sign-in page shows them to tap instead of typing an ID.
pub async fn known_children(
    state: &AppState,
    device_token: Option<&str>,
) -> AppResult<Vec<UserRow>> {
    let Some(token) = device_token.filter(|t| t.len() == 64) else {
        return Ok(Vec::new());
    };
    let pool = state.db.pool();
    let ids = crate::store::devices::users_of(pool, &kernel::ids::sha256_hex(token)).await?;
    let with_pictures = picture_passwords::having(pool, &ids).await?;
    let mut out = Vec::new();
    for id in ids.into_iter().filter(|id| with_pictures.contains(id)) {
        if let Some(u) = crate::store::users::find_by_id(pool, id).await? {
            if u.role == kernel::auth::Role::Student.as_str() && u.blocked_at.is_none() {
                out.push(u);
            }
        }
    }
    Ok(out)
}
