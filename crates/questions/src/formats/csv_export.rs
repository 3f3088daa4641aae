//! Writes questions as the CSV that `import(Format::Csv, …)` reads back: UTF-8 with a
//! byte-order mark (so Excel shows Cyrillic and oʻ right), comma-separated, CRLF rows; cells
//! that would start a formula get a leading `'`, which the reader takes off again.

use super::common::letter;
use super::csv::escape;
use super::csv_cell::cell;
use crate::model::question::{Body, Question};

/// The questions as CSV, one row each after the header.
pub fn export_csv(questions: &[Question]) -> String {
    let mut out = String::from("\u{FEFF}type,prompt,options,answer,explanation\r\n");
    for q in questions {
        let (prompt, options, answer) = columns(q);
        let row = [
            q.body.kind(),
            &prompt,
            &options,
            &answer,
            q.explanation.as_deref().unwrap_or(""),
        ];
        let fields: Vec<String> = row.iter().map(|f| cell(f)).collect();
        out.push_str(&fields.join(","));
        out.push_str("\r\n");
    }
    out
}

/// The prompt, options and answer columns of a question.
fn columns(q: &Question) -> (String, String, String) {
    let list = |items: &[String]| {
        items
            .iter()
            .map(|i| escape(i))
            .collect::<Vec<_>>()
            .join("|")
    };
    let letters = |keys: &[usize]| {
        keys.iter()
            .map(|k| letter(*k).to_string())
            .collect::<Vec<_>>()
            .join("|")
    };
    let prompt = q.prompt.clone();
    match &q.body {
        Body::Single { options, correct } => (prompt, list(options), letters(&[*correct])),
        Body::Multiple { options, correct } => (prompt, list(options), letters(correct)),
        Body::TrueFalse { answer } => (prompt, String::new(), answer.to_string()),
        Body::Short { accepted } => (prompt, String::new(), list(accepted)),
        Body::Numeric { answer, tolerance } if *tolerance == 0.0 => {
            (prompt, String::new(), answer.to_string())
        }
        Body::Numeric { answer, tolerance } => {
            (prompt, String::new(), format!("{answer}±{tolerance}"))
        }
        Body::Ordering { items } => (prompt, list(items), String::new()),
        Body::Matching { pairs } => {
            let pairs: Vec<String> = pairs
                .iter()
                .map(|(l, r)| format!("{}={}", escape(l), escape(r)))
                .collect();
            (prompt, pairs.join("|"), String::new())
        }
        // The text with blanks goes in `prompt`; an instruction, if any, in `options`.
        Body::FillBlanks { text, blanks } => (
            text.clone(),
            prompt,
            blanks.iter().map(|b| list(b)).collect::<Vec<_>>().join(";"),
        ),
    }
}
