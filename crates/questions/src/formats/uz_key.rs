//! Answer keys of numbered tests: a key line after a question (`Javob: B`, `Ответ: Б`), an
//! explanation line (`Izoh: …`), and a key block at the end of the file (`1A 2B 3C`,
//! `1-A, 2-B`, `1)A 2)B`), possibly under a heading (`Javoblar:`, `Ответы:`, `Answers:`).

use super::common::letter_index;
use crate::grading::normalize_text;

/// Words that start a question's key line, as `normalize_text` writes them.
const KEY_WORDS: &[&str] = &[
    "javob",
    "to'g'ri javob",
    "togri javob",
    "kalit",
    "answer",
    "correct",
    "correct answer",
    "right answer",
    "ответ",
    "правильный ответ",
    "верный ответ",
];

const EXPLANATION_WORDS: &[&str] = &[
    "izoh",
    "tushuntirish",
    "yechim",
    "пояснение",
    "объяснение",
    "решение",
    "explanation",
];

const HEADINGS: &[&str] = &[
    "javoblar",
    "javoblar kaliti",
    "javob kaliti",
    "to'g'ri javoblar",
    "kalit",
    "kalitlar",
    "test kaliti",
    "ответы",
    "ключ",
    "ключи",
    "ключ ответов",
    "правильные ответы",
    "answers",
    "answer key",
    "key",
    "keys",
    "correct answers",
];

/// One entry of a key block: the line, the question's number, its letters.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Entry {
    pub line: usize,
    pub number: u32,
    pub letters: Vec<char>,
}

fn labelled<'a>(line: &'a str, words: &[&str]) -> Option<&'a str> {
    let (head, rest) = line.split_once(':')?;
    words
        .contains(&normalize_text(head).as_str())
        .then_some(rest.trim())
}

/// The key written after a question: `Javob: B`, `Toʻgʻri javob: A, C`, `Ответ: Б`, or a
/// text or number for a question without options.
pub(crate) fn key_line(line: &str) -> Option<&str> {
    labelled(line, KEY_WORDS)
}

/// An explanation after a question: `Izoh: …`, `Пояснение: …`, `Explanation: …`.
pub(crate) fn explanation_line(line: &str) -> Option<&str> {
    labelled(line, EXPLANATION_WORDS)
}

fn is_heading(line: &str) -> bool {
    HEADINGS.contains(&normalize_text(line.trim().trim_end_matches(':')).as_str())
}

/// The entries of a key-block line, e.g. `1A 2B`, `1-A, 2-B`, `1)A 2)B`, `Javoblar: 1A 2B`.
fn entries(line: &str, no: usize) -> Option<Vec<Entry>> {
    let body = match line.split_once(':') {
        Some((head, rest)) if is_heading(head) => rest,
        _ => line,
    };
    let mut chars = body.chars().peekable();
    let mut out = Vec::new();
    loop {
        while chars
            .next_if(|c| c.is_whitespace() || matches!(c, ',' | ';'))
            .is_some()
        {}
        if chars.peek().is_none() {
            break;
        }
        let mut number: u32 = 0;
        let mut digits = 0;
        while let Some(d) = chars.next_if(char::is_ascii_digit) {
            number = number.checked_mul(10)?.checked_add(d.to_digit(10)?)?;
            digits += 1;
        }
        if digits == 0 || digits > 4 {
            return None;
        }
        while chars.next_if(|c| c.is_whitespace()).is_some() {}
        chars.next_if(|c| matches!(c, '-' | '.' | ')' | ':' | '=' | '–' | '—'));
        while chars.next_if(|c| c.is_whitespace()).is_some() {}
        let mut letters = Vec::new();
        while let Some(c) = chars.next_if(|c| c.is_alphabetic() && letter_index(*c).is_some()) {
            letters.push(c);
        }
        chars.next_if(|c| matches!(c, ')' | '.'));
        let ends = chars
            .peek()
            .is_none_or(|c| c.is_whitespace() || c.is_ascii_digit() || matches!(c, ',' | ';'));
        if letters.is_empty() || letters.len() > 10 || !ends {
            return None;
        }
        out.push(Entry {
            line: no,
            number,
            letters,
        });
    }
    (!out.is_empty()).then_some(out)
}

/// The key block at the end of the lines, if any: the index of its first line (where the
/// questions end) and its entries in file order.
pub(crate) fn trailing_block(lines: &[(usize, &str)]) -> (usize, Vec<Entry>) {
    let mut end = lines.len();
    let mut found: Vec<Vec<Entry>> = Vec::new();
    for (i, (no, line)) in lines.iter().enumerate().rev() {
        if line.trim().is_empty() {
            continue;
        }
        if let Some(e) = entries(line.trim(), *no) {
            found.push(e);
            end = i;
        } else {
            if !found.is_empty() && is_heading(line) {
                end = i;
            }
            break;
        }
    }
    if found.is_empty() {
        return (lines.len(), Vec::new());
    }
    (end, found.into_iter().rev().flatten().collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(line: &str) -> Option<Vec<(u32, String)>> {
        entries(line, 1).map(|es| {
            es.into_iter()
                .map(|e| (e.number, e.letters.into_iter().collect()))
                .collect()
        })
    }

    #[test]
    fn reads_key_lines_in_three_languages() {
        assert_eq!(key_line("Javob: B"), Some("B"));
        assert_eq!(key_line("Toʻgʻri javob: C"), Some("C"));
        assert_eq!(key_line("To‘g‘ri javob:A"), Some("A"));
        assert_eq!(key_line("Правильный ответ: Б"), Some("Б"));
        assert_eq!(key_line("Correct: D"), Some("D"));
        assert_eq!(key_line("Vaqt: 10 daqiqa"), None);
        assert_eq!(explanation_line("Izoh: 2 + 2 = 4"), Some("2 + 2 = 4"));
    }

    #[test]
    fn reads_key_blocks_in_their_usual_shapes() {
        let want = Some(vec![
            (1, "A".to_string()),
            (2, "B".to_string()),
            (3, "C".to_string()),
        ]);
        for line in [
            "1A 2B 3C",
            "1-A, 2-B, 3-C",
            "1)A 2)B 3)C",
            "1. A; 2. B; 3. C",
            "Javoblar: 1a 2b 3c",
            "1A2B3C",
        ] {
            assert_eq!(
                pairs(line).map(|p| p.into_iter().map(|(n, l)| (n, l.to_uppercase())).collect()),
                want,
                "{line}"
            );
        }
        assert_eq!(
            pairs("1-Б 2-В"),
            Some(vec![(1, "Б".into()), (2, "В".into())])
        );
        assert_eq!(pairs("12 - AC"), Some(vec![(12, "AC".into())]));
        for not_key in ["2024 yil", "A) 4", "1. Savol", "5 + 5 = ?", "Javoblar"] {
            assert_eq!(pairs(not_key), None, "{not_key}");
        }
    }

    #[test]
    fn finds_the_block_at_the_end_with_its_heading() {
        let lines = [
            (1, "1. Savol"),
            (2, "A) 1"),
            (3, "B) 2"),
            (4, ""),
            (5, "Kalit:"),
            (6, "1-B"),
            (7, ""),
        ];
        let (end, entries) = trailing_block(&lines);
        assert_eq!(end, 4);
        assert_eq!(
            entries,
            vec![Entry {
                line: 6,
                number: 1,
                letters: vec!['B']
            }]
        );
        assert_eq!(trailing_block(&lines[..3]).0, 3);
    }
}
