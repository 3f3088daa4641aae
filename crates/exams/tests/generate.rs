//! Generated questions.
