//! HTTP routes of Exams: the JSON API under `/api/v1/exams/` and the pages.

pub mod api_attempts;
pub mod api_bank;
pub mod api_exam_tests;
pub mod api_import;
pub mod api_results;
pub mod pages_assignment;
pub mod pages_attempt;
pub mod pages_attempt_view;
pub mod pages_child;
pub mod pages_common;
pub mod pages_editor;
pub mod pages_exam_tests;
pub mod pages_generate;
pub mod pages_home;
pub mod pages_import;
pub mod pages_moderation;
pub mod pages_questions;
pub mod pages_result;
pub mod pages_test_parts;
pub mod pages_test_view;
