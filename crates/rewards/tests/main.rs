//! Integration tests of the rewards service.

mod api;
mod boundaries;
mod home;
mod ledger;
mod shop;
