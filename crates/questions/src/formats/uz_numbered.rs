//! Numbered plain-text tests as Uzbek teachers keep them: `1.` or `1)` questions (the text may
//! span lines), options `A)`–`F)` (or `A.`, `a)`, Cyrillic `А) Б) В) Г)`, several on a line),
//! and the key after each question (`Javob: B`), as a `*`/`+` mark on an option, or in a key
//! block at the end (`1A 2B 3C`). See `uz_key` for the key shapes.

use std::collections::HashMap;

use super::common::{lines, non_empty, parse_bool, parse_number, Collector};
use super::options::{inline_options, key_letters, option_index, option_line, resolve, Opt};
use super::uz_key::{explanation_line, key_line, trailing_block, Entry};
use super::ImportError;
use crate::model::question::{Body, Question};

#[derive(PartialEq)]
enum Phase {
    Prompt,
    Options,
    Keyed,
}

struct Draft {
    start: usize,
    number: u32,
    prompt: Vec<String>,
    labels: Vec<char>,
    options: Vec<String>,
    marked: Vec<usize>,
    key: Option<(usize, String)>,
    explanation: Option<String>,
    phase: Phase,
    /// The last numbered statement inside the question's text ("1) …, 2) …"), 0 if none.
    statement: u32,
}

impl Draft {
    fn new(start: usize, number: u32, rest: &str) -> Self {
        let mut d = Draft {
            start,
            number,
            prompt: Vec::new(),
            labels: Vec::new(),
            options: Vec::new(),
            marked: Vec::new(),
            key: None,
            explanation: None,
            phase: Phase::Prompt,
            statement: 0,
        };
        d.prompt_line(rest);
        d
    }

    fn prompt_line(&mut self, line: &str) {
        match inline_options(line) {
            Some((before, opts)) => {
                self.prompt.push(before.to_string());
                self.add(opts);
            }
            None => self.prompt.push(line.to_string()),
        }
    }

    fn add(&mut self, opts: Vec<Opt<'_>>) {
        for opt in opts {
            if opt.marked {
                self.marked.push(self.options.len());
            }
            self.labels.push(opt.label);
            self.options.push(opt.text.to_string());
        }
        self.phase = Phase::Options;
    }
}

pub(crate) fn import(text: &str) -> Result<Vec<Question>, ImportError> {
    let all: Vec<(usize, &str)> = lines(text).collect();
    let (end, entries) = trailing_block(&all);
    let mut block: HashMap<u32, Entry> = HashMap::new();
    // Reported after the questions: the key block comes after them in the file.
    let mut repeated = None;
    for entry in entries {
        match block.entry(entry.number) {
            std::collections::hash_map::Entry::Occupied(_) => repeated = repeated.or(Some(entry)),
            std::collections::hash_map::Entry::Vacant(slot) => {
                slot.insert(entry);
            }
        }
    }
    let has_block = !block.is_empty();
    let mut numbers: HashMap<u32, usize> = HashMap::new();
    let mut out = Collector::default();
    let mut current: Option<Draft> = None;
    for &(no, raw) in &all[..end] {
        let line = raw.trim();
        if line.is_empty() {
            continue;
        }
        if let Some(d) = current.as_mut() {
            if let Some(key) = key_line(line) {
                if d.key.replace((no, key.to_string())).is_some() {
                    return Err(ImportError::new(no, "key_duplicate").arg("number", d.number));
                }
                d.phase = Phase::Keyed;
                continue;
            }
            if let Some(text) = explanation_line(line).filter(|_| d.phase != Phase::Prompt) {
                d.explanation = non_empty(text);
                continue;
            }
        }
        if let Some((number, rest)) = question_start(line) {
            match current.as_mut() {
                // Statements numbered 1), 2), … inside a question's text stay in its text.
                Some(d) if d.phase == Phase::Prompt && number == d.statement + 1 => {
                    d.statement = number
                }
                Some(d) if d.phase == Phase::Prompt && Some(number) != d.number.checked_add(1) => {}
                _ => {
                    if let Some(d) = current.take() {
                        finish(d, &mut block, &mut out)?;
                    }
                    if has_block && numbers.insert(number, no).is_some() {
                        return Err(ImportError::new(no, "duplicate_number").arg("number", number));
                    }
                    current = Some(Draft::new(no, number, rest));
                    continue;
                }
            }
        }
        // Lines before the first question (a title, the class, the date) are not questions.
        let Some(d) = current.as_mut() else { continue };
        if d.phase == Phase::Keyed {
            return Err(ImportError::new(no, "unexpected_line"));
        } else if let Some(opts) = option_line(line, d.options.len()) {
            d.add(opts);
        } else if d.phase == Phase::Prompt {
            d.prompt_line(line);
        } else if option_index(line).is_some() {
            return Err(ImportError::new(no, "option_order"));
        } else {
            return Err(ImportError::new(no, "unexpected_line"));
        }
    }
    if let Some(d) = current {
        finish(d, &mut block, &mut out)?;
    }
    if let Some(entry) = repeated {
        return Err(ImportError::new(entry.line, "key_duplicate").arg("number", entry.number));
    }
    if let Some(stray) = block.values().min_by_key(|e| e.line) {
        return Err(
            ImportError::new(stray.line, "key_unknown_question").arg("number", stray.number)
        );
    }
    out.finish()
}

/// `12.` or `12)` at the start of a line, and the rest; `1.5` is a number, not a question.
fn question_start(line: &str) -> Option<(u32, &str)> {
    let digits = line.find(|c: char| !c.is_ascii_digit())?;
    if digits == 0 || digits > 4 {
        return None;
    }
    let rest = &line[digits..];
    let after = rest.strip_prefix(')').or_else(|| {
        rest.strip_prefix('.')
            .filter(|r| !r.starts_with(|c: char| c.is_ascii_digit()))
    })?;
    Some((line[..digits].parse().ok()?, after.trim()))
}

fn finish(
    d: Draft,
    block: &mut HashMap<u32, Entry>,
    out: &mut Collector,
) -> Result<(), ImportError> {
    let entry = block.remove(&d.number);
    let prompt = d.prompt.join("\n").trim().to_string();
    if d.options.is_empty() {
        if entry.is_some() {
            return Err(ImportError::new(d.start, "no_options"));
        }
        let Some((_, key)) = d.key else {
            return Err(ImportError::new(d.start, "no_key"));
        };
        let body = if let Some(answer) = parse_bool(&key) {
            Body::TrueFalse { answer }
        } else if let Some(answer) = parse_number(&key) {
            Body::Numeric {
                answer,
                tolerance: 0.0,
            }
        } else {
            Body::Short {
                accepted: vec![key],
            }
        };
        return out.push(
            d.start,
            Question {
                prompt,
                body,
                explanation: d.explanation,
            },
        );
    }
    let mut keys: Vec<Vec<usize>> = Vec::new();
    if !d.marked.is_empty() {
        keys.push(d.marked.clone());
    }
    if let Some((line, key)) = &d.key {
        keys.push(resolve_all(
            &d.labels,
            key_letters(key).unwrap_or_default(),
            *line,
            key,
        )?);
    }
    if let Some(entry) = &entry {
        let letters: String = entry.letters.iter().collect();
        keys.push(resolve_all(
            &d.labels,
            entry.letters.clone(),
            entry.line,
            &letters,
        )?);
    }
    let Some(correct) = keys.first().cloned() else {
        return Err(ImportError::new(d.start, "no_key"));
    };
    if keys.iter().any(|k| *k != correct) {
        return Err(ImportError::new(d.start, "key_conflict"));
    }
    let body = match correct[..] {
        [one] => Body::Single {
            options: d.options,
            correct: one,
        },
        _ => Body::Multiple {
            options: d.options,
            correct,
        },
    };
    out.push(
        d.start,
        Question {
            prompt,
            body,
            explanation: d.explanation,
        },
    )
}

/// Option positions of key letters, sorted and without repeats.
fn resolve_all(
    labels: &[char],
    letters: Vec<char>,
    line: usize,
    written: &str,
) -> Result<Vec<usize>, ImportError> {
    let bad = || ImportError::new(line, "bad_key").arg("key", written);
    if letters.is_empty() {
        return Err(bad());
    }
    let mut out = Vec::new();
    for letter in letters {
        out.push(resolve(labels, letter).ok_or_else(bad)?);
    }
    out.sort_unstable();
    out.dedup();
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn question_numbers() {
        assert_eq!(question_start("1. Savol"), Some((1, "Savol")));
        assert_eq!(question_start("12)Savol"), Some((12, "Savol")));
        assert_eq!(question_start("1.5 ni yaxlitlang"), None);
        assert_eq!(question_start("5-sinf"), None);
        assert_eq!(question_start("Savol"), None);
    }

    #[test]
    fn sub_statements_stay_in_the_prompt() {
        let text = "1. Qaysilari toʻgʻri?\n1) 2 juft\n2) 3 toq\nA) faqat 1\nB) 1 va 2\nJavob: B\n2. 2 + 2 = ?\nA) 4 B) 5\nJavob: A";
        let qs = import(text).unwrap();
        assert_eq!(qs.len(), 2);
        assert_eq!(qs[0].prompt, "Qaysilari toʻgʻri?\n1) 2 juft\n2) 3 toq");
    }
}
