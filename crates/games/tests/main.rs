//! The games through their real routes, on SQLite by default and PostgreSQL when
//! `ALIF24_TEST_DATABASE_URL` is set.

mod boards;
mod dictation;
mod flash;
mod fruit_math;
mod hidden_word;
mod matchstick;
mod math_monster;
mod memory;
mod pages;
mod review;
mod rounds;
mod simon;
mod syllables;
mod tetris;
