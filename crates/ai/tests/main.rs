//! Integration tests of the speech service.

mod azure;
mod cache;
mod espeak;
mod routes;
mod support;
