//! Integration tests of the accounts domain, through the real router.

mod auth;
mod pages;
