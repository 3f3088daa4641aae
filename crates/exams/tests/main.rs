//! Integration tests of Exams.

mod attempts;
mod authoring;
mod common;
mod formats;
mod generate;
mod pages;
mod results;
