//! Accounts: users and roles, registration and login with rotating tokens, families,
//! organisations, classes, the admin area and its audit log.
//!
//! Other domains see callers through `kernel::auth`; this crate owns the tables behind it.

use kernel::auth::Role;
use std::time::Duration;

use kernel::i18n::Resource;
use kernel::jobs::Registry;
use kernel::module::Module;
use kernel::routes::Routes;
use kernel::state::NavItem;
use kernel::AppState;

pub mod directory;
mod directory_placements;
pub mod model;
pub mod password;
pub mod qr;
pub mod routes;
pub mod service;
pub mod store;

pub use directory::FamilyDirectory;
pub use service::tokens::TokenAuthenticator;

/// The accounts domain as the app mounts it.
pub fn module() -> Module {
    Module {
        nav: nav(),
        resources: RESOURCES,
        openapi: &[
            include_str!("../openapi/auth.json"),
            include_str!("../openapi/family.json"),
            include_str!("../openapi/classes.json"),
            include_str!("../openapi/admin.json"),
            include_str!("../openapi/profile.json"),
            include_str!("../openapi/child-signin.json"),
        ],
        jobs: jobs(),
        assets: ASSETS,
        ..Module::new("accounts", |_| routes())
    }
}

/// Hourly: forget tokens that expired more than a day ago.
fn jobs() -> Registry<AppState> {
    let mut jobs = Registry::new();
    jobs.every(
        "accounts.expired_tokens",
        Duration::from_secs(3600),
        |state: AppState| async move {
            let cutoff = state.now_ms() - 86_400_000;
            let n = store::sessions::delete_expired_tokens(state.db.pool(), cutoff).await?;
            if n > 0 {
                tracing::info!(tokens.deleted = n, "expired tokens removed");
            }
            Ok(())
        },
    );
    jobs
}

/// Every page and API route of the domain.
pub fn routes() -> Routes {
    Routes::default()
        .api(routes::api_auth::router())
        .api(routes::api_family::router())
        .api(routes::api_child_signin::router())
        .api(routes::api_class_signin::router())
        .api(routes::api_classes::router())
        .api(routes::api_orgs::router())
        .api(routes::api_org_invitations::router())
        .api(routes::api_admin::router())
        .api(routes::pages_profile::api_router())
        .pages(routes::pages_auth::router())
        .pages(routes::pages_logout::router())
        .pages(routes::pages_pictures::router())
        .pages(routes::pages_login_card::router())
        .pages(routes::pages_child_signin::router())
        .pages(routes::pages_home::router())
        .pages(routes::pages_family::router())
        .pages(routes::pages_delete_child::router())
        .pages(routes::pages_classes::router())
        .pages(routes::pages_orgs::router())
        .pages(routes::pages_org_invitations::router())
        .pages(routes::pages_admin::router())
        .pages(routes::pages_profile::router())
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

/// The domain's messages in the three languages.
pub const RESOURCES: &[Resource] = kernel::ftl!(
    "accounts.ftl",
    "accounts-family.ftl",
    "accounts-classes.ftl",
    "accounts-admin.ftl",
    "accounts-profile.ftl",
    "accounts-invitations.ftl",
    "accounts-security.ftl",
    "accounts-regions.ftl",
    "accounts-child-home.ftl",
    "accounts-child-signin.ftl",
    "accounts-delete-child.ftl"
);

/// The domain's scripts and styles (pages work without the scripts).
pub const ASSETS: &[kernel::assets::Asset] = kernel::web_assets![
    "js/accounts/regions.js",
    "js/accounts/login.js",
    "css/accounts/child-signin.css",
    "css/accounts/child-home.css",
];
