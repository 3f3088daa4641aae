//! Use cases of the accounts domain, shared by pages and the JSON API.

pub mod admin;
pub mod auth_cache;
pub mod child_access;
pub mod child_password;
pub mod classes;
pub mod delete_child;
pub mod family;
pub mod invitation_views;
pub mod login;
pub mod login_cards;
pub mod org_invitations;
pub mod org_region;
pub mod org_requests;
pub mod orgs;
pub mod picture_password;
pub mod profile;
pub mod regions;
pub mod register;
pub mod setup;
pub mod signin_alerts;
pub mod switch_child;
pub mod throttle;
pub mod tokens;
pub mod view;

use kernel::db::Tx;
use kernel::AppError;

/// What an account is known by, which its password must not be.
pub fn personal(u: &crate::store::users::UserRow) -> [&str; 4] {
    [
        u.email.as_deref().unwrap_or(""),
        u.phone.as_deref().unwrap_or(""),
        &u.name,
        &u.public_id,
    ]
}

/// A public Alif24 ID not yet used, drawn again on the rare collision.
pub async fn new_public_id(tx: &mut Tx) -> Result<String, AppError> {
    for _ in 0..20 {
        let id = kernel::ids::public_id();
        if !crate::store::users::public_id_taken(&mut **tx, &id).await? {
            return Ok(id);
        }
    }
    Err(AppError::internal(anyhow::anyhow!(
        "no free public id after 20 draws"
    )))
}
