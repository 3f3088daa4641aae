//! Integration tests of Exams.

mod attempts;
mod authoring;
mod child;
mod common;
mod csv;
mod generate_llm;
mod import_skip;
mod pages;
mod pending;
mod results;
mod reveal;
mod settings;
