//! CSV with a header row `type,prompt,options,answer,explanation` (any order; `explanation`
//! optional), comma, semicolon or tab separated. Other tools' spreadsheets (Kahoot, Quizizz, a
//! plain question/options/answer table) are read by `csv_layouts`. Lists inside a field are separated by `|`
//! (and blanks' answers by `;`); `\|`, `\;`, `\=` and `\\` write those characters literally.

use super::common::{letter_index, non_empty, parse_bool, parse_tolerance, Collector};
use super::csv_cell::uncell;
use super::csv_read::{detect_delimiter, read, Record};
use super::{ImportError, Imported};
use crate::model::question::{Body, Question};

const COLUMNS: [&str; 5] = ["type", "prompt", "options", "answer", "explanation"];

pub(crate) fn import(text: &str, mut out: Collector) -> Result<Imported, ImportError> {
    let records = read(text, detect_delimiter(text))?;
    let rows: Vec<Record> = records
        .into_iter()
        .filter(|r| r.fields.iter().any(|f| !f.trim().is_empty()))
        .collect();
    let header = rows.first().ok_or(ImportError::new(1, "csv_header"))?;
    if !is_native(header) {
        return super::csv_layouts::import(&rows, out);
    }
    let columns = Columns::parse(header)?;
    for row in &rows[1..] {
        match columns.question(row) {
            Ok(question) => out.push(row.line, question)?,
            Err(e) => out.reject(e)?,
        }
    }
    out.finish_skipping()
}

/// Alif24's own layout: its header names a `type` or a `prompt` column.
fn is_native(header: &Record) -> bool {
    header
        .fields
        .iter()
        .any(|n| matches!(n.trim().to_lowercase().as_str(), "type" | "prompt"))
}

/// Where each known column is.
struct Columns {
    at: [Option<usize>; 5],
    width: usize,
}

impl Columns {
    fn parse(header: &Record) -> Result<Self, ImportError> {
        let error = |code| ImportError::new(header.line, code);
        let names: Vec<String> = header
            .fields
            .iter()
            .map(|n| n.trim().to_lowercase())
            .collect();
        if !names.iter().any(|n| COLUMNS.contains(&n.as_str())) {
            return Err(error("csv_header"));
        }
        let mut at = [None; 5];
        for (i, name) in names.iter().enumerate().filter(|(_, n)| !n.is_empty()) {
            let known = COLUMNS
                .iter()
                .position(|c| c == name)
                .ok_or_else(|| error("csv_unknown_column").arg("column", name))?;
            if at[known].replace(i).is_some() {
                return Err(error("csv_duplicate_column").arg("column", name));
            }
        }
        if let Some(missing) = (0..4).find(|k| at[*k].is_none()) {
            return Err(error("csv_missing_column").arg("column", COLUMNS[missing]));
        }
        Ok(Self {
            at,
            width: header.fields.len(),
        })
    }

    fn question(&self, row: &Record) -> Result<Question, ImportError> {
        if row
            .fields
            .iter()
            .skip(self.width)
            .any(|f| !f.trim().is_empty())
        {
            return Err(ImportError::new(row.line, "csv_extra_fields"));
        }
        let get = |k: usize| {
            self.at[k]
                .and_then(|i| row.fields.get(i))
                .map_or("", |f| uncell(f.trim()))
        };
        let (kind, prompt, options, answer) = (get(0), get(1), get(2), get(3));
        let explanation = non_empty(get(4));
        let error = |code| ImportError::new(row.line, code);
        let unused_options = || {
            if options.is_empty() {
                Ok(())
            } else {
                Err(error("csv_unused_options"))
            }
        };
        let unused_answer = || {
            if answer.is_empty() {
                Ok(())
            } else {
                Err(error("csv_unused_answer"))
            }
        };
        let mut prompt = prompt.to_string();
        let body = match kind.to_lowercase().replace(['-', ' '], "_").as_str() {
            "single" | "multiple" => {
                let single = kind.eq_ignore_ascii_case("single");
                let options = split(options, '|');
                let correct =
                    keys(answer, options.len()).map_err(|code| error(code).arg("key", answer))?;
                match (single, &correct[..]) {
                    (true, [one]) => Body::Single {
                        options,
                        correct: *one,
                    },
                    (true, _) => return Err(error("key_count")),
                    (false, _) => Body::Multiple { options, correct },
                }
            }
            "true_false" => {
                unused_options()?;
                Body::TrueFalse {
                    answer: parse_bool(answer)
                        .ok_or_else(|| error("bad_bool").arg("value", answer))?,
                }
            }
            "short" => {
                unused_options()?;
                Body::Short {
                    accepted: split(answer, '|')
                        .into_iter()
                        .filter(|a| !a.is_empty())
                        .collect(),
                }
            }
            "numeric" => {
                unused_options()?;
                let (answer, tolerance) = parse_tolerance(answer)
                    .ok_or_else(|| error("bad_number").arg("value", answer))?;
                Body::Numeric { answer, tolerance }
            }
            "ordering" => {
                unused_answer()?;
                Body::Ordering {
                    items: split(options, '|'),
                }
            }
            "matching" => {
                unused_answer()?;
                let mut pairs = Vec::new();
                for item in split_raw(options, '|') {
                    let pair = split_pair(item)
                        .ok_or_else(|| error("csv_bad_pair").arg("item", unescape(item).trim()))?;
                    pairs.push(pair);
                }
                Body::Matching { pairs }
            }
            "fill_blanks" => {
                let text = std::mem::replace(&mut prompt, options.to_string());
                let blanks = split_raw(answer, ';')
                    .into_iter()
                    .map(|g| {
                        split(g, '|')
                            .into_iter()
                            .filter(|a| !a.is_empty())
                            .collect()
                    })
                    .collect();
                Body::FillBlanks { text, blanks }
            }
            _ => return Err(error("csv_bad_type").arg("type", kind)),
        };
        Ok(Question {
            prompt,
            body,
            explanation,
        })
    }
}

/// Option positions from letters (`B`, `A|C`, `A, C`, `AC`), without repeats.
fn keys(answer: &str, options: usize) -> Result<Vec<usize>, &'static str> {
    let mut correct = Vec::new();
    for c in answer
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, ',' | ';' | '|' | '/'))
    {
        let index = letter_index(c)
            .filter(|i| c.is_alphabetic() && *i < options)
            .ok_or("bad_key")?;
        if !correct.contains(&index) {
            correct.push(index);
        }
    }
    if correct.is_empty() {
        return Err("no_key");
    }
    Ok(correct)
}

/// `left=right`, split at the first unescaped `=`.
fn split_pair(item: &str) -> Option<(String, String)> {
    let left = split_raw(item, '=')
        .into_iter()
        .next()
        .filter(|l| l.len() < item.len())?;
    let right = &item[left.len() + 1..];
    Some((
        unescape(left).trim().to_string(),
        unescape(right).trim().to_string(),
    ))
}

/// Splits on `sep` where it is not escaped, then unescapes and trims each part.
pub(crate) fn split(s: &str, sep: char) -> Vec<String> {
    split_raw(s, sep)
        .into_iter()
        .map(|p| unescape(p).trim().to_string())
        .collect()
}

fn split_raw(s: &str, sep: char) -> Vec<&str> {
    let mut parts = Vec::new();
    let (mut start, mut escaped) = (0, false);
    for (i, c) in s.char_indices() {
        if escaped {
            escaped = false;
        } else if c == '\\' {
            escaped = true;
        } else if c == sep {
            parts.push(&s[start..i]);
            start = i + 1;
        }
    }
    parts.push(&s[start..]);
    parts
}

fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, chars.peek()) {
            ('\\', Some(&next)) if matches!(next, '|' | ';' | '=' | '\\') => {
                out.push(next);
                chars.next();
            }
            _ => out.push(c),
        }
    }
    out
}

/// Writes a list item so that [`split`] reads it back.
pub(crate) fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '|' | ';' | '=' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_split_on_unescaped_separators() {
        assert_eq!(split("a | b\\|c | d\\\\", '|'), ["a", "b|c", "d\\"]);
        assert_eq!(split(&escape("x|y;z=w\\"), '|'), ["x|y;z=w\\"]);
        assert_eq!(split("C:\\Users", '|'), ["C:\\Users"]);
    }

    #[test]
    fn keys_are_letters_within_the_options() {
        assert_eq!(keys("B", 3), Ok(vec![1]));
        assert_eq!(keys("a|c", 3), Ok(vec![0, 2]));
        assert_eq!(keys("A, C, A", 3), Ok(vec![0, 2]));
        assert_eq!(keys("D", 3), Err("bad_key"));
        assert_eq!(keys("B) 4", 3), Err("bad_key"));
        assert_eq!(keys("", 3), Err("no_key"));
    }
}
