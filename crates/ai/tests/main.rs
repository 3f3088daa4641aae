//! Integration tests of the speech service.

mod azure;
mod cache;
mod espeak;
mod formats;
mod llm;
mod routes;
mod support;
mod voice_report;
