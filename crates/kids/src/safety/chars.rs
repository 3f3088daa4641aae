//! Which characters a child may type and which a generated text may hold.
//!
//! Both work on the NFC form, so a letter typed as a base and a combining mark counts as the
//! letter. Anything not listed here is refused: control and zero-width characters, direction
//! overrides, soft hyphens, other scripts, full-width and "math bold" letters.

/// Whether `c` is a letter of the Latin or Cyrillic script, or an Uzbek apostrophe (ʻ ʼ).
pub(super) fn is_letter(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' | 'ʻ' | 'ʼ' => true,
        '\u{D7}' | '\u{F7}' => false,
        '\u{C0}'..='\u{24F}' | '\u{1E00}'..='\u{1EFF}' => true,
        '\u{483}'..='\u{489}' => false,
        '\u{400}'..='\u{52F}' => true,
        _ => false,
    }
}

/// Punctuation and symbols a child's keyboard makes: all of printable ASCII and the quotes,
/// dashes and signs of Uzbek and Russian typing.
fn is_typed_punctuation(c: char) -> bool {
    c.is_ascii_punctuation() || "«»„“”‘’‚–—…№°·×÷−•‹›".contains(c)
}

/// Whether a child may type `c` (after whitespace has been collapsed to single spaces).
/// Emoji are refused: a hero's name or an answer is words, and the filter cannot judge a
/// picture.
pub(super) fn allowed_in_input(c: char) -> bool {
    c == ' ' || c.is_ascii_digit() || is_letter(c) || is_typed_punctuation(c)
}

/// Whether `c` is part of an emoji: pictographs, symbols, dingbats, flags, skin tones,
/// keycaps and the presentation selectors.
pub(super) fn is_emoji(c: char) -> bool {
    matches!(c,
        '\u{1F000}'..='\u{1FAFF}'
        | '\u{2600}'..='\u{27BF}'
        | '\u{2B00}'..='\u{2BFF}'
        | '\u{2300}'..='\u{23FF}'
        | '\u{FE0E}' | '\u{FE0F}' | '\u{20E3}'
        | '\u{3030}' | '\u{303D}' | '\u{3297}' | '\u{3299}' | '\u{2139}')
}

/// Typography a story uses beyond what a child types: Latin-1 signs (not the soft hyphen),
/// the general punctuation block (dashes, quotes, bullets, primes; not its invisible
/// characters), arrows, № and ™.
fn is_story_punctuation(c: char) -> bool {
    is_typed_punctuation(c)
        || matches!(c,
            '\u{A1}'..='\u{AC}' | '\u{AE}'..='\u{BF}'
            | '\u{2010}'..='\u{2027}'
            | '\u{2030}'..='\u{205E}'
            | '\u{2190}'..='\u{21FF}'
            | '\u{2116}' | '\u{2122}')
}

/// Whether a generated text may hold `c`. `prev` and `next` are its neighbours: a zero-width
/// joiner is allowed only inside an emoji sequence (👨‍👩‍👧).
pub(super) fn allowed_in_text(prev: Option<char>, c: char, next: Option<char>) -> bool {
    match c {
        ' ' | '\n' | '\r' | '\t' | '\u{A0}' | '\u{2009}' | '\u{202F}' => true,
        '\u{200D}' => prev.is_some_and(is_emoji) && next.is_some_and(is_emoji),
        c => c.is_ascii_digit() || is_letter(c) || is_story_punctuation(c) || is_emoji(c),
    }
}

/// Whether every character of `text` (NFC) is allowed in a generated text.
pub(super) fn text_is_clean(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    chars.iter().enumerate().all(|(i, &c)| {
        let prev = i.checked_sub(1).map(|j| chars[j]);
        allowed_in_text(prev, c, chars.get(i + 1).copied())
    })
}
