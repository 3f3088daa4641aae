//! HTTP routes of Exams: the JSON API under `/api/v1/exams/` and the pages.

pub mod api_attempts;
pub mod api_bank;
pub mod api_import;
pub mod api_tests;
