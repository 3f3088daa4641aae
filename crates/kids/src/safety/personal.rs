//! Personal details: phone numbers, e-mail addresses, @handles, links and domain names.
//! Street addresses are out of scope (they look like ordinary words).

/// Endings of a domain name that mark a word as a link ("kun.uz", "mail.ru", "site.com").
/// Short endings that are also English words ("in", "it", "me", "to", "so") are left out;
/// Telegram's `t.me` is caught by name.
const DOMAIN_ENDINGS: &[&str] = &[
    "com", "net", "org", "uz", "ru", "su", "рф", "io", "info", "biz", "tv", "app", "dev", "xyz",
    "online", "site", "kz", "kg", "tj", "tk", "ly", "gg", "html", "php",
];

/// Whether `text` (NFKC, lower case) holds a personal detail.
pub(super) fn has_personal(text: &str) -> bool {
    has_handle(text) || has_link(text) || has_phone(text)
}

/// An `@` followed by a letter, digit or underscore: an e-mail address or a handle.
fn has_handle(text: &str) -> bool {
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '@'
            && chars
                .peek()
                .is_some_and(|n| n.is_alphanumeric() || *n == '_')
        {
            return true;
        }
    }
    false
}

/// A scheme, `www.`, `t.me` or a word ending in a known domain ending.
fn has_link(text: &str) -> bool {
    if ["http:", "https:", "://", "www.", "t.me"]
        .iter()
        .any(|m| text.contains(m))
    {
        return true;
    }
    let chars: Vec<char> = text.chars().collect();
    chars.iter().enumerate().any(|(i, &c)| {
        if c != '.'
            || !chars
                .get(i.wrapping_sub(1))
                .is_some_and(|p| p.is_alphanumeric())
        {
            return false;
        }
        let end = chars[i + 1..]
            .iter()
            .position(|n| !n.is_alphanumeric())
            .map_or(chars.len(), |k| i + 1 + k);
        let ending: String = chars[i + 1..end].iter().collect();
        DOMAIN_ENDINGS.contains(&ending.as_str())
    })
}

/// A phone number: seven or more digits in groups joined by spaces, dashes or brackets,
/// possibly after a `+`. To let ordinary numbers through ("2024-2025", "1 000 000",
/// "100 200 300", "1 2 3 4 5 6 7 8") the groups must look like a phone's: one group of seven
/// or more digits, or a leading `+`, or a three-digit group, no single-digit group after the
/// first and a two-digit group at the end ("90 123 45 67", "8 (90) 123-45-67"). Every tail
/// of a run is tried, so words or numbers in front do not hide a number.
fn has_phone(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_digit() {
            let plus = chars[..i]
                .iter()
                .rev()
                .find(|c| !matches!(c, ' ' | '('))
                .is_some_and(|c| *c == '+');
            let (groups, end) = digit_run(&chars, i);
            if (0..groups.len()).any(|s| looks_like_phone(&groups[s..], plus && s == 0)) {
                return true;
            }
            i = end;
        } else {
            i += 1;
        }
    }
    false
}

/// The digit groups from `start` on, joined by at most three separator characters, and the
/// index after the run.
fn digit_run(chars: &[char], start: usize) -> (Vec<usize>, usize) {
    let mut groups = Vec::new();
    let mut i = start;
    loop {
        let len = chars[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        groups.push(len);
        i += len;
        let gap = chars[i..]
            .iter()
            .take_while(|c| matches!(c, ' ' | '-' | '(' | ')'))
            .count();
        if gap == 0 || gap > 3 || !chars.get(i + gap).is_some_and(char::is_ascii_digit) {
            return (groups, i);
        }
        i += gap;
    }
}

fn looks_like_phone(groups: &[usize], plus: bool) -> bool {
    let digits: usize = groups.iter().sum();
    if digits < 7 {
        return false;
    }
    if plus || groups.iter().any(|&g| g >= 7) {
        return true;
    }
    groups[1..].iter().all(|&g| g >= 2)
        && groups.last() == Some(&2)
        && groups.iter().any(|&g| g >= 3)
}
