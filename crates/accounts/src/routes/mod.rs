//! HTTP routes of the accounts domain: JSON API under `/api/v1/` and the pages.

pub mod api_auth;
pub mod pages_auth;
pub mod pages_home;
