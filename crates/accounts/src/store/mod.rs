//! SQL of the accounts domain, in small functions that take an executor or a transaction.

pub mod admin_guard;
pub mod audit;
pub mod classes;
pub mod devices;
pub mod families;
pub mod forget;
pub mod login_cards;
pub mod org_invitations;
pub mod org_requests;
pub mod orgs;
pub mod picture_passwords;
pub mod regions;
pub mod sessions;
pub mod setup;
pub mod signin_alerts;
pub mod throttles;
pub mod user_list;
pub mod users;
