//! Spreadsheets from other tools, read as tables of one question a row: Kahoot's template,
//! Quizizz's, and the plain `question, option A…D, answer` layout (the answer a letter, an
//! option's number or its text), with headers in Uzbek, Russian or English. The header row is
//! looked for among the first rows, since Kahoot's template has instructions above it.

use super::common::{letter_index, non_empty, Collector};
use super::csv_cell::uncell;
use super::csv_read::Record;
use super::{ImportError, Imported};
use crate::grading::normalize_text;
use crate::model::question::{Body, Question};

/// Rows searched for the header.
const HEADER_ROWS: usize = 20;

const QUESTION: &[&str] = &[
    "question",
    "question text",
    "savol",
    "savol matni",
    "вопрос",
    "текст вопроса",
];
const ANSWER: &[&str] = &[
    "answer",
    "correct answer",
    "correct answers",
    "correct",
    "right answer",
    "key",
    "javob",
    "to'g'ri javob",
    "kalit",
    "ответ",
    "правильный ответ",
    "верный ответ",
    "ключ",
];
const KIND: &[&str] = &["question type", "savol turi", "тип вопроса"];
const EXPLANATION: &[&str] = &[
    "explanation",
    "answer explanation",
    "izoh",
    "tushuntirish",
    "объяснение",
    "пояснение",
];
/// Words that name an option column with a number or letter: `Answer 1`, `Option A`,
/// `Variant B`, `B javob`, `Вариант В`.
const OPTION: &[&str] = &[
    "answer",
    "option",
    "choice",
    "variant",
    "javob",
    "вариант",
    "ответ",
];

/// What a header cell names.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Column {
    Question,
    Kind,
    /// An option, by its position (0 for `A` or `1`), and whether it is numbered.
    Option(usize, bool),
    Answer,
    Explanation,
    /// Time limits, picture links, row numbers: nothing Alif24 keeps.
    Other,
}

/// A header cell as compared: lower case, one kind of apostrophe, without Kahoot's hints
/// (`Question - max 120 characters`, `Correct answer(s)`).
fn normalize(name: &str) -> String {
    let lower = name
        .trim()
        .to_lowercase()
        .replace(['ʻ', '‘', '’', '`', 'ʼ'], "'");
    let end = [" - ", " – ", " — ", "("]
        .iter()
        .filter_map(|cut| lower.find(cut))
        .min()
        .unwrap_or(lower.len());
    let words: Vec<&str> = lower[..end]
        .trim()
        .trim_end_matches([':', '.', '*', ')'])
        .split_whitespace()
        .collect();
    words.join(" ")
}

/// An option's label: `1`–`10`, or one letter `A`–`J` (Cyrillic `А`–`К` too).
fn label(s: &str) -> Option<(usize, bool)> {
    if let Ok(n @ 1..=10) = s.parse::<usize>() {
        return Some((n - 1, true));
    }
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) if c.is_alphabetic() => letter_index(c).map(|i| (i, false)),
        _ => None,
    }
}

fn column(name: &str) -> Column {
    let name = normalize(name);
    let is = |list: &[&str]| list.contains(&name.as_str());
    if is(QUESTION) {
        return Column::Question;
    }
    if is(ANSWER) {
        return Column::Answer;
    }
    if is(KIND) {
        return Column::Kind;
    }
    if is(EXPLANATION) {
        return Column::Explanation;
    }
    let words: Vec<&str> = name.split(' ').collect();
    let option = match words[..] {
        [one] => label(one),
        [word, l] if OPTION.contains(&word) => label(l),
        [l, word] if OPTION.contains(&word) => label(l),
        _ => None,
    };
    option.map_or(Column::Other, |(at, numbered)| Column::Option(at, numbered))
}

/// Where each column of a recognised header is.
struct Table {
    question: usize,
    answer: usize,
    kind: Option<usize>,
    explanation: Option<usize>,
    /// (position, column), by position.
    options: Vec<(usize, usize)>,
    /// Options headed `1, 2, 3…`: a number in the answer means a column, not a text.
    numbered: bool,
}

impl Table {
    /// A header with a question column, an answer column and at least two option columns.
    fn parse(row: &Record) -> Option<Self> {
        let (mut question, mut answer, mut kind, mut explanation) = (None, None, None, None);
        let mut options: Vec<(usize, usize)> = Vec::new();
        let mut numbered = false;
        for (i, name) in row.fields.iter().enumerate() {
            match column(name) {
                Column::Question => question = question.or(Some(i)),
                Column::Answer => answer = answer.or(Some(i)),
                Column::Kind => kind = kind.or(Some(i)),
                Column::Explanation => explanation = explanation.or(Some(i)),
                Column::Option(at, n) if !options.iter().any(|(p, _)| *p == at) => {
                    numbered |= n;
                    options.push((at, i));
                }
                Column::Option(..) | Column::Other => {}
            }
        }
        options.sort_unstable();
        (options.len() >= 2).then_some(())?;
        Some(Self {
            question: question?,
            answer: answer?,
            kind,
            explanation,
            options,
            numbered,
        })
    }

    /// The row's question; none for a row with nothing in it but a number (Kahoot's template
    /// numbers its empty rows).
    fn question(&self, row: &Record) -> Result<Option<Question>, ImportError> {
        let get = |c: usize| row.fields.get(c).map_or("", |f| uncell(f.trim()));
        let prompt = get(self.question).to_string();
        let answer = get(self.answer);
        // Options as given, with their positions; empty cells are not options.
        let kept: Vec<(usize, String)> = self
            .options
            .iter()
            .map(|(at, c)| (*at, get(*c).to_string()))
            .filter(|(_, text)| !text.is_empty())
            .collect();
        if prompt.is_empty() && answer.is_empty() && kept.is_empty() {
            return Ok(None);
        }
        let error = |code| ImportError::new(row.line, code);
        let raw_kind = self.kind.map_or("", get);
        let kind = raw_kind.to_lowercase().replace(['-', '_'], " ");
        let texts = || kept.iter().map(|(_, t)| t.clone()).collect::<Vec<_>>();
        let body = match kind.as_str() {
            "" | "multiple choice" | "checkbox" => {
                let correct = self
                    .key(answer, &kept)
                    .map_err(|code| error(code).arg("key", answer).arg("value", answer))?;
                match &correct[..] {
                    [one] if kind != "checkbox" => Body::Single {
                        options: texts(),
                        correct: *one,
                    },
                    _ => Body::Multiple {
                        options: texts(),
                        correct,
                    },
                }
            }
            // Quizizz keeps the accepted answers of a blank in its option columns.
            "fill in the blank" | "fill in the blanks" => Body::Short {
                accepted: if kept.is_empty() {
                    non_empty(answer).into_iter().collect()
                } else {
                    texts()
                },
            },
            _ => return Err(error("csv_unsupported_type").arg("type", raw_kind)),
        };
        Ok(Some(Question {
            prompt,
            body,
            explanation: self.explanation.map(get).and_then(non_empty),
        }))
    }

    /// Indices into `kept` of the right options: the options' numbers (`1`, `1,3`) when they
    /// are numbered, their letters (`B`, `A, C`) when they are lettered, or an option's text.
    fn key(&self, answer: &str, kept: &[(usize, String)]) -> Result<Vec<usize>, &'static str> {
        if answer.is_empty() {
            return Err("no_key");
        }
        let by_label = |token: &str| match label(token) {
            Some((at, numbered)) if numbered == self.numbered => Some(at),
            _ => None,
        };
        let tokens: Vec<&str> = answer
            .split([',', ';', '|', '/', ' '])
            .filter(|t| !t.is_empty())
            .collect();
        if tokens.iter().all(|t| by_label(t).is_some()) {
            let mut correct = Vec::new();
            for at in tokens.iter().filter_map(|t| by_label(t)) {
                // A label of an empty option column is no option.
                let i = kept.iter().position(|(p, _)| *p == at).ok_or("bad_key")?;
                if !correct.contains(&i) {
                    correct.push(i);
                }
            }
            return Ok(correct);
        }
        let wanted = normalize_text(answer);
        kept.iter()
            .position(|(_, text)| normalize_text(text) == wanted)
            .map(|i| vec![i])
            .ok_or("csv_bad_answer")
    }
}

pub(crate) fn import(rows: &[Record], mut out: Collector) -> Result<Imported, ImportError> {
    let (at, table) = rows
        .iter()
        .take(HEADER_ROWS)
        .enumerate()
        .find_map(|(i, r)| Table::parse(r).map(|t| (i, t)))
        .ok_or_else(|| ImportError::new(rows.first().map_or(1, |r| r.line), "csv_header"))?;
    for row in &rows[at + 1..] {
        match table.question(row) {
            Ok(Some(question)) => out.push(row.line, question)?,
            Ok(None) => {}
            Err(e) => out.reject(e)?,
        }
    }
    out.finish_skipping()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_cells_name_their_columns_in_three_languages() {
        assert_eq!(column("Question - max 120 characters"), Column::Question);
        assert_eq!(
            column("Answer 3 - max 75 characters"),
            Column::Option(2, true)
        );
        assert_eq!(
            column("Correct answer(s) - choose at least one"),
            Column::Answer
        );
        assert_eq!(column("Time limit (sec) – 5, 10, 20"), Column::Other);
        assert_eq!(column("Option 5"), Column::Option(4, true));
        assert_eq!(column("Question Type"), Column::Kind);
        assert_eq!(column("Variant B"), Column::Option(1, false));
        assert_eq!(column("C javob"), Column::Option(2, false));
        assert_eq!(column("Toʻgʻri javob"), Column::Answer);
        assert_eq!(column("Вариант В"), Column::Option(2, false));
        assert_eq!(column("Правильный ответ:"), Column::Answer);
        assert_eq!(column("D)"), Column::Option(3, false));
        assert_eq!(column(""), Column::Other);
    }
}
