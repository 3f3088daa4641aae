//! Integration tests of the speech service.

mod azure;
mod cache;
mod espeak;
mod llm;
mod routes;
mod support;
