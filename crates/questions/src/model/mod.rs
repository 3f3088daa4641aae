//! The exam domain's types: questions and answers, tests and their settings.

pub mod answer;
pub mod question;
pub mod settings;
