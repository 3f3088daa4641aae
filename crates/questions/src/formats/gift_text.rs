//! GIFT text: escapes (`\~ \= \# \{ \} \: \\`, `\n` for a line break, and a backslash before
//! any other ASCII punctuation), scanning that skips escaped characters, and the plain text of
//! Moodle's `[html]` items.

/// Byte offsets of the unescaped characters of `s` for which `want` holds.
pub(crate) fn find_unescaped(s: &str, want: impl Fn(char) -> bool) -> Vec<usize> {
    let mut found = Vec::new();
    let mut escaped = false;
    for (i, c) in s.char_indices() {
        if escaped {
            escaped = false;
        } else if c == '\\' {
            escaped = true;
        } else if want(c) {
            found.push(i);
        }
    }
    found
}

/// The first unescaped occurrence of `pat` (ASCII) in `s`.
pub(crate) fn find_str(s: &str, pat: &str) -> Option<usize> {
    let first = pat.chars().next()?;
    find_unescaped(s, |c| c == first)
        .into_iter()
        .find(|i| s[*i..].starts_with(pat))
}

/// Text as typed in the file, escapes resolved.
pub(crate) fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, chars.peek().copied()) {
            ('\\', Some('n')) => {
                out.push('\n');
                chars.next();
            }
            ('\\', Some(next)) if next.is_ascii_punctuation() => {
                out.push(next);
                chars.next();
            }
            _ => out.push(c),
        }
    }
    out
}

/// Text written so that [`unescape`] gives it back and nothing in it reads as GIFT syntax:
/// specials escaped, line breaks as `\n`, `->` as `-\>`, and a leading `//`, `[`, `%`, `$`
/// or `>` escaped (comments, format markers, weights, categories, ordering).
pub(crate) fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    let mut prev = None;
    for (i, c) in s.chars().enumerate() {
        let leading = i == 0 && matches!(c, '/' | '[' | '%' | '$' | '>');
        match c {
            '\\' | '~' | '=' | '#' | '{' | '}' | ':' => {
                out.push('\\');
                out.push(c);
            }
            '>' if prev == Some('-') || leading => out.push_str("\\>"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if leading => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
        prev = Some(c);
    }
    out
}

/// The plain text of a Moodle HTML item: tags dropped (`<br>`, `</p>`, `</div>`, `</li>`
/// become line breaks) and the common entities decoded.
pub(crate) fn html_to_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(open) = rest.find(['<', '&']) {
        out.push_str(&rest[..open]);
        rest = &rest[open..];
        if rest.starts_with('<') {
            let Some(close) = rest.find('>') else { break };
            let tag = rest[1..close].trim().to_ascii_lowercase();
            if tag.starts_with("br") || matches!(tag.as_str(), "/p" | "/div" | "/li") {
                out.push('\n');
            }
            rest = &rest[close + 1..];
        } else {
            let end = rest
                .char_indices()
                .take(12)
                .find(|(_, c)| *c == ';')
                .map(|(i, _)| i);
            let decoded = end.and_then(|e| entity(&rest[1..e]));
            match (end, decoded) {
                (Some(e), Some(c)) => {
                    out.push(c);
                    rest = &rest[e + 1..];
                }
                _ => {
                    out.push('&');
                    rest = &rest[1..];
                }
            }
        }
    }
    out.push_str(rest);
    out.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

fn entity(name: &str) -> Option<char> {
    match name {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        "nbsp" => Some(' '),
        _ => {
            let code = name.strip_prefix('#')?;
            let n = match code.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => code.parse().ok()?,
            };
            char::from_u32(n).filter(|c| *c != '\0')
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_round_trip() {
        for text in [
            "a = b ~ c # {d} : e",
            "C:\\new\\n",
            "line\nbreak",
            "x -> y",
            "// not a comment",
            "%50% off",
            "[html] raw",
            "Oʻzbekiston",
        ] {
            assert_eq!(unescape(&escape(text)), text, "{text}");
        }
        assert_eq!(unescape("50\\% \\q"), "50% \\q");
    }

    #[test]
    fn finds_only_unescaped_characters() {
        assert_eq!(find_unescaped("a\\{b{c", |c| c == '{'), [4]);
        assert_eq!(find_str("a -\\> b -> c", "->"), Some(8));
        assert_eq!(find_str("x\\->", "->"), None);
    }

    #[test]
    fn html_items_become_plain_text() {
        assert_eq!(
            html_to_text("<p>2 &lt; 3 &amp; 4</p><p>Ha<br/>yoʻq&nbsp;</p>"),
            "2 < 3 & 4\nHa\nyoʻq"
        );
        assert_eq!(html_to_text("a & b <unclosed"), "a & b <unclosed");
    }
}
