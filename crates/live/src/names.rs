//! Nicknames of visitors in a live game: the name as shown ([`clean`]), the key that says a name
//! is taken in a game ([`key`]), and the refusal of names that hold an offensive word in Uzbek,
//! Russian or English (lists in `content/offensive/`).
//!
//! A name is 2–20 characters once cleaned: letters of any script, digits, spaces, `-`, `_`, `.`
//! and the Uzbek apostrophes, with at least one letter. Emoji and other symbols are refused: a
//! name is read aloud and shown on the big screen, and pictures make words the lists cannot see.
//! Letters styled by Unicode (fullwidth, bold, circled) are written plainly (NFKC); scripts and
//! blocks made of Latin look-alikes (IPA, small capitals, Cherokee, Canadian syllabics, Lisu)
//! are refused, since folding cannot see through them.

mod fold;
mod lists;
#[cfg(test)]
mod tests;

use unicode_normalization::UnicodeNormalization;

/// Fewest characters in a name.
pub const MIN_CHARS: usize = 2;
/// Most characters in a name.
pub const MAX_CHARS: usize = 20;

/// Why a nickname was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum NameError {
    #[error("the name is shorter than {MIN_CHARS} characters")]
    TooShort,
    #[error("the name is longer than {MAX_CHARS} characters")]
    TooLong,
    #[error("the name holds characters a name may not hold, or no letter")]
    BadCharacters,
    #[error("the name is not allowed")]
    Offensive,
}

impl NameError {
    /// The error code sent to the phone (and the Fluent key of its message).
    pub fn code(self) -> &'static str {
        match self {
            NameError::TooShort => "live_name_short",
            NameError::TooLong => "live_name_long",
            NameError::BadCharacters => "live_name_characters",
            NameError::Offensive => "live_name_refused",
        }
    }
}

/// The name as it will be shown, or why it is refused: styled letters written plainly (NFKC),
/// trimmed, each run of spaces made one space, Uzbek apostrophes written as DESIGN.md asks
/// (`O'g'il` → `Oʻgʻil`, `ma'no` → `maʼno`); then checked for characters, length and the
/// offensive-word lists.
pub fn clean(raw: &str) -> Result<String, NameError> {
    // `´` and `′` are apostrophes typed on some keyboards; NFKC would split `´` into a space and
    // an accent.
    let raw: String = raw
        .chars()
        .map(|c| match c {
            '\u{00B4}' | '\u{2032}' | '\u{02B9}' => '\'',
            c => c,
        })
        .collect();
    let spaced = raw.nfkc().collect::<String>();
    let spaced = spaced.split_whitespace().collect::<Vec<_>>().join(" ");
    let name = kernel::text::normalize_uzbek(&spaced);
    if !name.chars().all(is_allowed) {
        return Err(NameError::BadCharacters);
    }
    let len = name.chars().count();
    if len < MIN_CHARS {
        return Err(NameError::TooShort);
    }
    if len > MAX_CHARS {
        return Err(NameError::TooLong);
    }
    // The apostrophes are letters to Unicode, not to a reader.
    if !name
        .chars()
        .any(|c| c.is_alphabetic() && !fold::APOSTROPHES.contains(&c))
    {
        return Err(NameError::BadCharacters);
    }
    if lists::is_refused(&name) {
        return Err(NameError::Offensive);
    }
    Ok(name)
}

/// The comparison key for "this name is taken in this game": two names with one key look alike
/// on the big screen. Case, accents, apostrophe forms, spaces, dots, dashes and underscores and
/// Cyrillic or Greek letters that look Latin are folded, so `Ali`, `ALI`, `A li`, `Аli` (with a
/// Cyrillic `А`) and `AIi` (a capital `I`) share one key. Give it a cleaned name.
pub fn key(name: &str) -> String {
    fold::key(name)
}

/// Whether a cleaned name may hold the character.
fn is_allowed(c: char) -> bool {
    match c {
        ' ' | '-' | '_' | '.' | '\u{02BB}' | '\u{02BC}' => true,
        c if c.is_ascii_digit() => true,
        c => c.is_alphabetic() && !is_look_alike_block(c),
    }
}

/// Blocks of letters that imitate Latin ones (and survive NFKC).
fn is_look_alike_block(c: char) -> bool {
    matches!(c,
        '\u{0250}'..='\u{02FF}'       // IPA extensions, spacing modifier letters
        | '\u{1D00}'..='\u{1DBF}'     // phonetic extensions: small capitals
        | '\u{13A0}'..='\u{13FF}'     // Cherokee
        | '\u{AB70}'..='\u{ABBF}'     // Cherokee supplement
        | '\u{1400}'..='\u{167F}'     // Canadian syllabics
        | '\u{A4D0}'..='\u{A4FF}'     // Lisu
        | '\u{2100}'..='\u{218F}'     // letterlike symbols, number forms
        | '\u{2460}'..='\u{24FF}'     // enclosed alphanumerics
        | '\u{1F100}'..='\u{1F1FF}'   // enclosed alphanumeric supplement
        | '\u{1D400}'..='\u{1D7FF}' // mathematical alphanumerics
    )
}
