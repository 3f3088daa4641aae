//! Blocks separated by `++++` (questions) and `====` (the question text and each option), the
//! right option(s) marked with `#` at the start; the layout of many Uzbek testing systems.

use super::common::{lines, Collector};
use super::ImportError;
use crate::model::question::{Body, Question};

/// The parts of one question: the first is its text, the rest its options.
#[derive(Default)]
struct Draft {
    start: Option<usize>,
    parts: Vec<String>,
}

pub(crate) fn import(text: &str) -> Result<Vec<Question>, ImportError> {
    let mut out = Collector::default();
    let mut draft = Draft {
        parts: vec![String::new()],
        ..Draft::default()
    };
    for (no, raw) in lines(text) {
        let line = raw.trim();
        if is_rule(line, '+') {
            finish(std::mem::take(&mut draft), &mut out)?;
            draft.parts.push(String::new());
        } else if is_rule(line, '=') {
            draft.parts.push(String::new());
        } else if let Some(part) = draft.parts.last_mut() {
            if !line.is_empty() {
                draft.start.get_or_insert(no);
            }
            if !part.is_empty() || !line.is_empty() {
                part.push_str(raw.trim_end());
                part.push('\n');
            }
        }
    }
    finish(draft, &mut out)?;
    out.finish()
}

/// A separator line: four or more of `c` and nothing else.
fn is_rule(line: &str, c: char) -> bool {
    line.len() >= 4 && line.chars().all(|x| x == c)
}

fn finish(draft: Draft, out: &mut Collector) -> Result<(), ImportError> {
    let Some(start) = draft.start else {
        return Ok(()); // Only separators and blank lines: nothing to import.
    };
    let mut parts = draft.parts.iter().map(|p| p.trim());
    let prompt = parts.next().unwrap_or_default().to_string();
    let mut options = Vec::new();
    let mut correct = Vec::new();
    for part in parts {
        if let Some(right) = part.strip_prefix('#') {
            correct.push(options.len());
            options.push(right.trim().to_string());
        } else {
            // `\#` keeps a literal # at the start of an option.
            options.push(
                part.strip_prefix('\\')
                    .filter(|p| p.starts_with('#'))
                    .unwrap_or(part)
                    .to_string(),
            );
        }
    }
    if options.is_empty() {
        return Err(ImportError::new(start, "no_options"));
    }
    let body = match correct[..] {
        [] => return Err(ImportError::new(start, "no_key")),
        [one] => Body::Single {
            options,
            correct: one,
        },
        _ => Body::Multiple { options, correct },
    };
    out.push(
        start,
        Question {
            prompt,
            body,
            explanation: None,
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_blocks_with_one_or_several_marks() {
        let text = "++++\n2 + 2 = ?\n====\n3\n====\n#4\n====\n5\n++++\nTub sonlar\n====\n# 2\n====\n#3\n====\n4\n++++\n";
        let qs = import(text).unwrap();
        assert_eq!(
            qs[0].body,
            Body::Single {
                options: vec!["3".into(), "4".into(), "5".into()],
                correct: 1
            }
        );
        assert_eq!(qs[1].prompt, "Tub sonlar");
        assert_eq!(
            qs[1].body,
            Body::Multiple {
                options: vec!["2".into(), "3".into(), "4".into()],
                correct: vec![0, 1]
            }
        );
    }

    #[test]
    fn a_question_needs_options_and_a_mark() {
        assert_eq!(
            import("Savol\n====\na\n====\nb\n++++\n").unwrap_err(),
            ImportError::new(1, "no_key")
        );
        assert_eq!(
            import("++++\n\nSavol\n").unwrap_err(),
            ImportError::new(3, "no_options")
        );
    }
}
