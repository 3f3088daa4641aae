//! The built-in alphabets, shared content: Harf teaches them, Exams builds letter and
//! vocabulary questions from them. Data files live in `content/`, embedded in the binary.

pub mod content;
pub mod sounds;
pub mod validate;

pub use content::{Alphabet, Card, Content, Position, Word, CONTENT};
