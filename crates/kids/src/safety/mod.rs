//! The kid-safety filter: every text a child types (a hero's name, a free answer, a search)
//! and every text an LLM writes for a child passes through it before it is stored or shown.
//! A refusal is a [`Reason`] whose Fluent key names a friendly message
//! (`locales/*/kids-safety.ftl`); the caller shows it and offers a safe offline story.
//!
//! The checks, in order: empty, too long, characters, personal details, rude words, unsafe
//! words. Words are looked up in all three languages' lists whatever the interface language.
//! How the matching works and how to add words: `docs/kids-safety.md`.

mod chars;
mod clean;
mod lists;
mod personal;
mod reason;
mod skeleton;

#[cfg(test)]
mod tests;

pub use reason::Reason;

use unicode_normalization::UnicodeNormalization;

/// A child's own words: at most `max_chars` characters, letters of the Latin or Cyrillic
/// script (any of the three languages), digits, spaces, common punctuation and the Uzbek
/// apostrophe forms; no personal details; nothing rude or unsafe. Emoji are refused as
/// [`Reason::Characters`].
///
/// Returns the text in NFC, trimmed, with inner whitespace collapsed to single spaces and
/// the Uzbek apostrophes normalised (`'` `‘` `’` `` ` `` become ʻ after o/g, ʼ between other
/// letters). `max_chars` counts the characters of that tidied text, not bytes.
pub fn check_input(text: &str, max_chars: usize) -> Result<String, Reason> {
    let tidy = clean::collapse(text);
    if tidy.is_empty() {
        return Err(Reason::Empty);
    }
    if tidy.chars().count() > max_chars {
        return Err(Reason::TooLong);
    }
    if !tidy.chars().all(chars::allowed_in_input) {
        return Err(Reason::Characters);
    }
    let tidy = clean::apostrophes(&tidy);
    check_content(&tidy)?;
    Ok(tidy)
}

/// A generated text for a child (an LLM story, its title, its questions): nothing rude or
/// unsafe, no personal details or links, no characters outside the scripts and punctuation a
/// story uses (emoji allowed), at most `max_chars` characters (of the text as given).
///
/// Death is among the unsafe topics: "die", "oʻldi", «умер» are refused, because SmartKids'
/// stories avoid it.
pub fn check_text(text: &str, max_chars: usize) -> Result<(), Reason> {
    if text.trim().is_empty() {
        return Err(Reason::Empty);
    }
    if text.chars().count() > max_chars {
        return Err(Reason::TooLong);
    }
    let composed: String = text.nfc().collect();
    if !chars::text_is_clean(&composed) {
        return Err(Reason::Characters);
    }
    check_content(&composed)
}

/// The checks both kinds of text share: personal details, then the word lists.
fn check_content(text: &str) -> Result<(), Reason> {
    let plain: String = text.nfkc().flat_map(char::to_lowercase).collect();
    if personal::has_personal(&plain) {
        return Err(Reason::Personal);
    }
    match lists::MATCHER.find(&skeleton::fold(text)) {
        Some(reason) => Err(reason),
        None => Ok(()),
    }
}
