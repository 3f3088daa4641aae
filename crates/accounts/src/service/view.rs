//! How a user is shown to API clients and pages.

use kernel::auth::{AccountStatus, Principal, Role};
use kernel::i18n::Lang;
use serde::Serialize;

use crate::service::regions::Place;
use crate::store::users::UserRow;

/// A user as the API shows them; `id` is the 8-digit Alif24 ID.
#[derive(Clone, Debug, Serialize)]
pub struct UserView {
    pub id: String,
    pub role: Role,
    /// `pending`, `active`, `rejected`, or `blocked` when blocked.
    pub status: &'static str,
    pub name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub avatar: String,
    pub language: Lang,
    pub birth_year: Option<i64>,
    /// Unix milliseconds.
    pub created_at: i64,
    /// Region and district codes (`kernel::regions`), or null.
    pub region: Option<String>,
    pub district: Option<String>,
}

impl From<&UserRow> for UserView {
    fn from(u: &UserRow) -> Self {
        Self {
            id: u.public_id.clone(),
            role: Role::parse(&u.role).unwrap_or(Role::Student),
            status: effective_status(u),
            name: u.name.clone(),
            email: u.email.clone(),
            phone: u.phone.clone(),
            avatar: u.avatar.clone(),
            language: Lang::parse(&u.language).unwrap_or_default(),
            birth_year: u.birth_year,
            created_at: u.created_at,
            region: u.region.clone(),
            district: u.district.clone(),
        }
    }
}

impl UserView {
    pub fn place(&self) -> Place {
        Place {
            region: self.region.clone(),
            district: self.district.clone(),
        }
    }
}

/// The status people see: blocking outranks approval.
pub fn effective_status(u: &UserRow) -> &'static str {
    if u.blocked_at.is_some() {
        return "blocked";
    }
    AccountStatus::parse(&u.status)
        .map(AccountStatus::as_str)
        .unwrap_or("pending")
}

/// The principal a user row stands for within a login session.
pub fn principal(u: &UserRow, session_id: i64) -> Principal {
    Principal {
        id: u.id,
        public_id: u.public_id.clone(),
        role: Role::parse(&u.role).unwrap_or(Role::Student),
        status: AccountStatus::parse(&u.status).unwrap_or(AccountStatus::Pending),
        name: u.name.clone(),
        avatar: u.avatar.clone(),
        language: Lang::parse(&u.language).unwrap_or_default(),
        session_id,
    }
}
