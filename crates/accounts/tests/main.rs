//! Integration tests of the accounts domain, through the real router.

mod admin;
mod auth;
mod child_limits;
mod child_password;
mod classes;
mod delete_child;
mod family;
mod hashing;
mod last_admin;
mod login_delay;
mod org_invitations;
mod org_requests;
mod orgs;
mod pages;
mod profile;
mod regions;
mod weak_passwords;
