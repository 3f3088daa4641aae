//! Accounts: users and roles, registration and login with rotating tokens, families,
//! organisations, classes, the admin area and its audit log.
//!
//! Other domains see callers through `kernel::auth`; this crate owns the tables behind it.

use axum::Router;
use kernel::auth::Role;
use kernel::i18n::{Lang, Resource};
use kernel::state::NavItem;
use kernel::AppState;

pub mod directory;
pub mod model;
pub mod password;
pub mod routes;
pub mod service;
pub mod store;

pub use directory::FamilyDirectory;
pub use service::tokens::TokenAuthenticator;

/// Every page and API route of the domain.
pub fn router() -> Router<AppState> {
    Router::new()
        .merge(routes::api_auth::router())
        .merge(routes::api_family::router())
        .merge(routes::api_classes::router())
        .merge(routes::api_orgs::router())
        .merge(routes::api_admin::router())
        .merge(routes::pages_auth::router())
        .merge(routes::pages_home::router())
        .merge(routes::pages_family::router())
        .merge(routes::pages_classes::router())
        .merge(routes::pages_orgs::router())
        .merge(routes::pages_admin::router())
        .merge(routes::pages_profile::router())
}

/// Header links this domain contributes.
pub fn nav() -> Vec<NavItem> {
    vec![
        NavItem {
            label: "nav-dashboard",
            href: "/dashboard",
            roles: &[],
        },
        NavItem {
            label: "nav-family",
            href: "/family",
            roles: &[Role::Parent],
        },
        NavItem {
            label: "nav-classes",
            href: "/classes",
            roles: &[Role::Teacher],
        },
        NavItem {
            label: "nav-org",
            href: "/org",
            roles: &[Role::Organization],
        },
        NavItem {
            label: "nav-admin",
            href: "/admin",
            roles: &[Role::Admin, Role::Moderator],
        },
        NavItem {
            label: "nav-profile",
            href: "/profile",
            roles: &[],
        },
    ]
}

macro_rules! ftl {
    ($($file:literal),*) => {
        &[$(
            Resource { lang: Lang::Uz, name: $file, text: include_str!(concat!("../../../locales/uz/", $file)) },
            Resource { lang: Lang::Ru, name: $file, text: include_str!(concat!("../../../locales/ru/", $file)) },
            Resource { lang: Lang::En, name: $file, text: include_str!(concat!("../../../locales/en/", $file)) },
        )*]
    };
}

/// The domain's messages in the three languages.
pub const RESOURCES: &[Resource] = ftl!(
    "accounts.ftl",
    "accounts-family.ftl",
    "accounts-classes.ftl",
    "accounts-admin.ftl",
    "accounts-profile.ftl",
    "accounts-security.ftl"
);
