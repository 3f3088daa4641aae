//! SQL of the exams domain, in small functions that take an executor or a transaction.

pub mod assignments;
pub mod attempts;
pub mod exam_tests;
pub mod questions;

/// What deleting a student's account removes here (`$1` is the user's internal id): their
/// answers, then their attempts. Teachers' tests and questions are not a child's data.
pub const FORGET_USER: &[&str] = &[
    "DELETE FROM exam_answers WHERE attempt_id IN (SELECT id FROM exam_attempts WHERE student_id = $1)",
    "DELETE FROM exam_attempts WHERE student_id = $1",
];
