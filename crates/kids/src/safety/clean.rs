//! Tidying a child's input into the form that is stored: NFC, trimmed, inner whitespace
//! collapsed to single spaces, and the Uzbek apostrophes written the one correct way.

use unicode_normalization::UnicodeNormalization;

/// Whether `c` is one of the marks children type for an Uzbek apostrophe.
pub(super) fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '‘' | '’' | '`' | 'ʻ' | 'ʼ' | '´' | '′')
}

/// `text` in NFC with leading and trailing whitespace gone and every inner run of whitespace
/// (spaces, tabs, new lines, no-break spaces) made one space.
pub(super) fn collapse(text: &str) -> String {
    let composed: String = text.nfc().collect();
    composed.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Writes the Uzbek apostrophes correctly: an apostrophe mark right after a Latin o or g
/// becomes U+02BB (oʻ, gʻ — also at the end of a word: togʻ, bogʻ); one between two other
/// letters becomes U+02BC, the tutuq belgisi (maʼno, sanʼat). Marks elsewhere (quotes, a
/// possessive after the last letter) are left as typed.
pub(super) fn apostrophes(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        let prev = i.checked_sub(1).map(|j| chars[j]);
        let next = chars.get(i + 1).copied();
        let fixed = match prev {
            Some(p) if is_apostrophe(c) && matches!(p, 'o' | 'O' | 'g' | 'G') => 'ʻ',
            Some(p)
                if is_apostrophe(c)
                    && p.is_alphabetic()
                    && next.is_some_and(|n| n.is_alphabetic() && !is_apostrophe(n)) =>
            {
                'ʼ'
            }
            _ => c,
        };
        out.push(fixed);
    }
    out
}
