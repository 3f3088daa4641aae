//! Integration tests of Exams.

mod formats;
mod generate;
