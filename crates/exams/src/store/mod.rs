//! SQL of the exams domain, in small functions that take an executor or a transaction.

pub mod assignments;
pub mod attempts;
pub mod exam_tests;
pub mod questions;
