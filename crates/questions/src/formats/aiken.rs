//! Aiken (as Moodle reads it): the question, lettered options `A.` or `A)`, then
//! `ANSWER: B`. Several letters (`ANSWER: A, C`) make a multiple-choice question.

use super::common::{lines, Collector};
use super::options::{key_letters, option_index, option_line, resolve};
use super::ImportError;
use crate::model::question::{Body, Question};

struct Draft {
    start: usize,
    prompt: Vec<String>,
    labels: Vec<char>,
    options: Vec<String>,
}

pub(crate) fn import(text: &str) -> Result<Vec<Question>, ImportError> {
    let mut out = Collector::default();
    let mut current: Option<Draft> = None;
    for (no, raw) in lines(text) {
        let line = raw.trim();
        if line.is_empty() {
            continue;
        }
        let Some(draft) = current.as_mut() else {
            current = Some(Draft {
                start: no,
                prompt: vec![line.to_string()],
                labels: Vec::new(),
                options: Vec::new(),
            });
            continue;
        };
        if let Some(key) = answer_line(line) {
            if draft.options.is_empty() {
                return Err(ImportError::new(draft.start, "no_options"));
            }
            let question = build(draft, key, no)?;
            out.push(draft.start, question)?;
            current = None;
        } else if let Some(opts) = option_line(line, draft.options.len()) {
            for opt in opts {
                draft.labels.push(opt.label);
                draft.options.push(opt.text.to_string());
            }
        } else if draft.options.is_empty() {
            draft.prompt.push(line.to_string());
        } else if option_index(line).is_some() {
            return Err(ImportError::new(no, "option_order"));
        } else {
            return Err(ImportError::new(no, "unexpected_line"));
        }
    }
    if let Some(draft) = current {
        return Err(ImportError::new(draft.start, "no_key"));
    }
    out.finish()
}

/// The key of an `ANSWER: …` line.
fn answer_line(line: &str) -> Option<&str> {
    let (head, key) = line.split_once(':')?;
    head.trim()
        .eq_ignore_ascii_case("answer")
        .then_some(key.trim())
}

fn build(draft: &Draft, key: &str, line: usize) -> Result<Question, ImportError> {
    let bad_key = || ImportError::new(line, "bad_key").arg("key", key);
    let mut correct = Vec::new();
    for letter in key_letters(key).ok_or_else(bad_key)? {
        let index = resolve(&draft.labels, letter).ok_or_else(bad_key)?;
        if !correct.contains(&index) {
            correct.push(index);
        }
    }
    let options = draft.options.clone();
    let body = match correct[..] {
        [one] => Body::Single {
            options,
            correct: one,
        },
        _ => Body::Multiple { options, correct },
    };
    Ok(Question {
        prompt: draft.prompt.join("\n"),
        body,
        explanation: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_questions_and_their_answer_lines() {
        let text = "What is 2 + 2?\nA. 3\nB. 4\nC. 5\nANSWER: B\n\nPick the primes\nA) 2\nB) 4\nC) 5\nANSWER: A, C";
        let qs = import(text).unwrap();
        assert_eq!(
            qs[0].body,
            Body::Single {
                options: vec!["3".into(), "4".into(), "5".into()],
                correct: 1
            }
        );
        assert_eq!(
            qs[1].body,
            Body::Multiple {
                options: vec!["2".into(), "4".into(), "5".into()],
                correct: vec![0, 2]
            }
        );
    }

    #[test]
    fn points_at_the_bad_line() {
        assert_eq!(
            import("Q?\nA. 1\nB. 2\nANSWER: D").unwrap_err().code,
            "bad_key"
        );
        assert_eq!(
            import("Q?\nA. 1\nB. 2\nnoise\nANSWER: A").unwrap_err().line,
            4
        );
        assert_eq!(
            import("Q?\nA. 1\nC. 2\nANSWER: A").unwrap_err().code,
            "option_order"
        );
        assert_eq!(
            import("\nQ?\nA. 1\nB. 2\n").unwrap_err(),
            ImportError::new(2, "no_key")
        );
    }
}
