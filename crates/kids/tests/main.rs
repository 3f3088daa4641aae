//! SmartKids and MathKids through the real router, on SQLite by default and PostgreSQL when
//! `ALIF24_TEST_DATABASE_URL` is set.

mod assignments;
mod authoring;
mod authoring_support;
mod content;
mod family;
mod library;
mod llm;
mod mathkids;
mod pages;
mod parent_page;
mod reading;
mod recording;
mod writer;
