//! Why a text was refused, and the friendly message a child sees for it.

use serde::Serialize;

/// Why [`check_input`](super::check_input) or [`check_text`](super::check_text) refused a text.
///
/// The checks run in the order of the variants: an empty text is `Empty` even if it would also
/// be something else, a rude text with a phone number in it is `Personal`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// Nothing but spaces.
    Empty,
    /// More characters than the field allows.
    TooLong,
    /// Characters outside the scripts and punctuation the field accepts.
    Characters,
    /// A phone number, an e-mail address, a link or a handle.
    Personal,
    /// Profanity or an insult.
    Rude,
    /// Violence, weapons, death, drugs, alcohol, tobacco, sexual content, gore or hate.
    Unsafe,
}

impl Reason {
    /// Every reason, in the order the checks run.
    pub const ALL: [Reason; 6] = [
        Reason::Empty,
        Reason::TooLong,
        Reason::Characters,
        Reason::Personal,
        Reason::Rude,
        Reason::Unsafe,
    ];

    /// The Fluent key of the friendly message for a child (`locales/*/kids-safety.ftl`).
    pub fn key(self) -> &'static str {
        match self {
            Reason::Empty => "kids-refused-empty",
            Reason::TooLong => "kids-refused-too-long",
            Reason::Characters => "kids-refused-characters",
            Reason::Personal => "kids-refused-personal",
            Reason::Rude => "kids-refused-rude",
            Reason::Unsafe => "kids-refused-unsafe",
        }
    }

    /// The snake_case code, as serialised (for the JSON API and logs).
    pub fn code(self) -> &'static str {
        match self {
            Reason::Empty => "empty",
            Reason::TooLong => "too_long",
            Reason::Characters => "characters",
            Reason::Personal => "personal",
            Reason::Rude => "rude",
            Reason::Unsafe => "unsafe",
        }
    }
}
