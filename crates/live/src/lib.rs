//! The live quiz: a teacher hosts a game from a test on the big screen, players join with a
//! PIN on any phone and answer in real time; the server is the only clock. Design in
//! `docs/live.md`.
//!
//! The rules are pure modules here (no web, no database): points and streaks ([`scoring`]),
//! the order of players ([`ranking`]), what a phone's answer means for each question type
//! ([`answers`]), the socket messages ([`protocol`]) and visitors' nicknames ([`names`]).

pub mod answers;
pub mod game;
pub mod names;
pub mod protocol;
pub mod ranking;
pub mod scoring;
