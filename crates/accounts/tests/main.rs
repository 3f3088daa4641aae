//! Integration tests of the accounts domain, through the real router.

mod admin;
mod admin_list;
mod auth;
mod auth_cache;
mod child_home;
mod child_limits;
mod child_password;
mod classes;
mod delete_child;
mod family;
mod hashing;
mod last_admin;
mod login_cards;
mod login_delay;
mod login_page;
mod org_invitations;
mod org_requests;
mod orgs;
mod pages;
mod picture_password;
mod profile;
mod regions;
mod signin_alerts;
mod switch_child;
mod weak_passwords;
