//! Integration tests of the accounts domain, through the real router.

mod admin;
mod auth;
mod classes;
mod family;
mod org_invitations;
mod org_requests;
mod orgs;
mod pages;
mod profile;
