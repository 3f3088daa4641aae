//! Lettered option lines (`A) 4`, `b. 5`, `В) 6`, `*C) 7`), several options on one line, and
//! answer keys given as letters.

use super::common::letter_index;

/// One option as written: its letter, whether it was marked right with `*` or `+`, its text.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Opt<'a> {
    pub label: char,
    pub marked: bool,
    pub text: &'a str,
}

/// A marker at the very start of `s`: `[*+]?` letter, then `)` (text may follow at once) or
/// `.` (a space or the end must follow, so "A.Navoiy" stays text). Returns the option's
/// position, the marker's punctuation and the option.
fn marker(s: &str) -> Option<(usize, char, Opt<'_>, &str)> {
    let mut chars = s.char_indices();
    let (_, mut c) = chars.next()?;
    let marked = c == '*' || c == '+';
    if marked {
        c = chars.next()?.1;
    }
    let index = letter_index(c).filter(|_| c.is_alphabetic())?;
    let (at, punct) = chars.next()?;
    let rest = &s[at + punct.len_utf8()..];
    match punct {
        ')' => {}
        '.' if rest.is_empty() || rest.starts_with(char::is_whitespace) => {}
        _ => return None,
    }
    Some((
        index,
        punct,
        Opt {
            label: c.to_uppercase().next().unwrap_or(c),
            marked,
            text: "",
        },
        rest,
    ))
}

/// The options written on one line that starts with an option marker, when the first one is
/// option number `first` (0 for A). Later markers must follow in letter order, use the same
/// punctuation and stand after a space: "A) 3   B) 4   *C) 5".
pub(crate) fn option_line(line: &str, first: usize) -> Option<Vec<Opt<'_>>> {
    let (index, punct, opt, rest) = marker(line)?;
    if index != first {
        return None;
    }
    Some(split_rest(opt, rest, index, punct))
}

/// The position of the option marker a line starts with, whatever its place in the order.
pub(crate) fn option_index(line: &str) -> Option<usize> {
    marker(line).map(|m| m.0)
}

/// Options that follow a question's text on its own line ("2 + 2 = ? A) 3 B) 4"): only when
/// both A and B are there. Returns the text before them and the options.
pub(crate) fn inline_options(line: &str) -> Option<(&str, Vec<Opt<'_>>)> {
    // If no B follows the first A of a punctuation, none follows a later one either: each
    // punctuation is tried once, so long lines stay linear.
    let mut tried = (false, false);
    let mut search = 0;
    while let Some(found) = line[search..].find(char::is_whitespace) {
        let space = search + found;
        let after = line[space..].trim_start();
        let start = line.len() - after.len();
        if let Some((0, punct, opt, rest)) = marker(after) {
            let seen = if punct == ')' {
                &mut tried.0
            } else {
                &mut tried.1
            };
            if !*seen {
                *seen = true;
                let options = split_rest(opt, rest, 0, punct);
                if options.len() >= 2 {
                    return Some((line[..start].trim_end(), options));
                }
            }
        }
        search = start.max(space + 1);
    }
    None
}

fn split_rest<'a>(
    mut current: Opt<'a>,
    mut rest: &'a str,
    mut index: usize,
    punct: char,
) -> Vec<Opt<'a>> {
    let mut out = Vec::new();
    'next: loop {
        let mut search = 0;
        while let Some(found) = rest[search..].find(char::is_whitespace) {
            let space = search + found;
            let after = rest[space..].trim_start();
            let start = rest.len() - after.len();
            if let Some((i, p, opt, tail)) = marker(after) {
                if i == index + 1 && p == punct {
                    current.text = rest[..space].trim();
                    out.push(current);
                    (current, rest, index) = (opt, tail, i);
                    continue 'next;
                }
            }
            search = start.max(space + 1);
        }
        current.text = rest.trim();
        out.push(current);
        return out;
    }
}

/// The option position a key letter names: the option labelled with exactly that letter, or
/// else the letter's place in the alphabet.
pub(crate) fn resolve(labels: &[char], key: char) -> Option<usize> {
    let key = key.to_uppercase().next().unwrap_or(key);
    labels
        .iter()
        .position(|l| *l == key)
        .or_else(|| letter_index(key).filter(|i| *i < labels.len()))
}

/// Key letters like "B", "A, C", "A|C", "AC" or "B) 4" (letters, then anything after a
/// bracket is ignored). `None` when the text does not start with letters.
pub(crate) fn key_letters(s: &str) -> Option<Vec<char>> {
    let mut letters = Vec::new();
    for token in s.split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '|' | '/' | '&')) {
        if token.is_empty() {
            continue;
        }
        let word = token.trim_end_matches([')', '.']);
        let closed = word.len() != token.len();
        if word.is_empty()
            || word.chars().count() > 10
            || !word
                .chars()
                .all(|c| c.is_alphabetic() && letter_index(c).is_some())
        {
            break;
        }
        letters.extend(word.chars());
        if closed {
            break;
        }
    }
    (!letters.is_empty()).then_some(letters)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(opts: &[Opt<'_>]) -> Vec<String> {
        opts.iter()
            .map(|o| format!("{}{}:{}", if o.marked { "*" } else { "" }, o.label, o.text))
            .collect()
    }

    #[test]
    fn reads_options_alone_and_several_on_a_line() {
        assert_eq!(texts(&option_line("A) 4", 0).unwrap()), ["A:4"]);
        assert_eq!(
            texts(&option_line("A)3  B) 4   *C)5", 0).unwrap()),
            ["A:3", "B:4", "*C:5"]
        );
        assert_eq!(texts(&option_line("б) два", 1).unwrap()), ["Б:два"]);
        assert!(option_line("A.Navoiy", 0).is_none());
        assert!(option_line("B) 4", 0).is_none());
        assert!(option_line("Bugun", 0).is_none());
        let (prompt, opts) = inline_options("2 + 2 = ? A) 3 B) 4 C) 5").unwrap();
        assert_eq!(prompt, "2 + 2 = ?");
        assert_eq!(texts(&opts), ["A:3", "B:4", "C:5"]);
        assert!(inline_options("Vitamin A) nima?").is_none());
    }

    #[test]
    fn keys_resolve_by_label_then_by_alphabet() {
        let cyrillic = ['А', 'Б', 'В', 'Г'];
        assert_eq!(resolve(&cyrillic, 'В'), Some(2));
        assert_eq!(resolve(&cyrillic, 'b'), Some(1));
        assert_eq!(resolve(&['A', 'B'], 'C'), None);
        assert_eq!(key_letters("B"), Some(vec!['B']));
        assert_eq!(key_letters("A, C"), Some(vec!['A', 'C']));
        assert_eq!(key_letters("B) 4"), Some(vec!['B']));
        assert_eq!(key_letters("Toshkent"), None);
        assert_eq!(key_letters("4"), None);
    }
}
