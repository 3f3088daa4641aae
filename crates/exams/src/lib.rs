//! Exams: teachers' question banks and tests (written, imported or generated), assignments to
//! classes, fair timed attempts, automatic grading, results and item statistics.

pub mod check;
pub mod formats;
pub mod generate;
pub mod grading;
pub mod model;
