//! The live quiz through its real routes and sockets, on SQLite by default and PostgreSQL
//! when `ALIF24_TEST_DATABASE_URL` is set.

mod coins;
mod common;
mod export;
mod history;
mod host_pages;
mod pause;
mod pictures;
mod pins;
mod play;
mod play_page;
mod replicas;
