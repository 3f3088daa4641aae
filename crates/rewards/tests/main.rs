//! Integration tests of the rewards service.

mod api;
mod ledger;
