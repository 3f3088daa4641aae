//! The question engine shared by every part that asks children questions (exams, live quiz,
//! olympiads, lessons, games): the question model and its eight types, checks, grading with
//! partial credit, text formats, offline generators, attempt layout, subjects and grades, and
//! the fair-attempt time rules. Pure code: no web, no database, no clock of its own.

pub mod check;
pub mod formats;
pub mod generate;
pub mod grading;
pub mod layout;
pub mod model;
pub mod subjects;
pub mod timing;
