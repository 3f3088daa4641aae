//! The games through their real routes, on SQLite by default and PostgreSQL when
//! `ALIF24_TEST_DATABASE_URL` is set.

mod boards;
mod fruit_math;
mod dictation;
mod flash;
mod matchstick;
mod hidden_word;
mod math_monster;
mod memory;
mod pages;
mod rounds;
mod simon;
mod syllables;
mod tetris;
