//! Writes questions as GIFT that Moodle and `import(Format::Gift, …)` read back. Ordering
//! uses the syntax of Moodle's ordering plugin (`{>N ALL …` and one item a line).

use super::gift_text::escape;
use crate::model::question::{Body, Question, BLANK};

/// The questions as GIFT, separated by blank lines.
pub fn export_gift(questions: &[Question]) -> String {
    let mut out = String::new();
    for q in questions {
        write_question(&mut out, q);
        out.push_str("\n\n");
    }
    out
}

fn write_question(out: &mut String, q: &Question) {
    let feedback = q
        .explanation
        .as_deref()
        .map(|e| format!("####{}", escape(e)))
        .unwrap_or_default();
    if let Body::FillBlanks { text, blanks } = &q.body {
        // GIFT has no separate instruction for blanks: it goes on the line above the text.
        if !q.prompt.is_empty() {
            out.push_str(&escape(&q.prompt));
            out.push_str("\\n");
        }
        let parts: Vec<&str> = text.split(BLANK).collect();
        let last_block = (parts.len() - 1).min(blanks.len()).checked_sub(1);
        for (i, part) in parts.iter().enumerate() {
            out.push_str(&escape(part));
            if i + 1 == parts.len() {
                break;
            }
            match blanks.get(i) {
                Some(accepted) => {
                    let answers: Vec<String> =
                        accepted.iter().map(|a| format!("={}", escape(a))).collect();
                    let feedback = if Some(i) == last_block {
                        feedback.as_str()
                    } else {
                        ""
                    };
                    out.push_str(&format!("{{{}{feedback}}}", answers.join(" ")));
                }
                None => out.push_str(BLANK),
            }
        }
        return;
    }
    out.push_str(&escape(&q.prompt));
    let lines: Vec<String> = match &q.body {
        Body::Single { options, correct } => options
            .iter()
            .enumerate()
            .map(|(i, o)| format!("{}{}", if i == *correct { '=' } else { '~' }, escape(o)))
            .collect(),
        Body::Multiple { options, correct } => {
            let right = weight(100.0 / correct.len().max(1) as f64);
            let wrong =
                weight(-100.0 / (options.len().saturating_sub(correct.len())).max(1) as f64);
            options
                .iter()
                .enumerate()
                .map(|(i, o)| {
                    format!(
                        "~%{}%{}",
                        if correct.contains(&i) { &right } else { &wrong },
                        escape(o)
                    )
                })
                .collect()
        }
        Body::TrueFalse { answer } => {
            out.push_str(&format!(
                " {{{}{feedback}}}",
                if *answer { "TRUE" } else { "FALSE" }
            ));
            return;
        }
        Body::Numeric { answer, tolerance } => {
            let tolerance = if *tolerance == 0.0 {
                String::new()
            } else {
                format!(":{tolerance}")
            };
            out.push_str(&format!(" {{#{answer}{tolerance}{feedback}}}"));
            return;
        }
        Body::Short { accepted } => accepted.iter().map(|a| format!("={}", escape(a))).collect(),
        Body::Ordering { items } => {
            let mut lines = vec![format!(
                ">{} ALL VERTICAL ABSOLUTE_POSITION SHOW",
                items.len()
            )];
            lines.extend(items.iter().map(|i| escape(i)));
            out.push_str(" {");
            for line in lines {
                out.push_str(&line);
                out.push('\n');
            }
            out.push_str(&feedback);
            out.push('}');
            return;
        }
        Body::Matching { pairs } => pairs
            .iter()
            .map(|(l, r)| format!("={} -> {}", escape(l), escape(r)))
            .collect(),
        Body::FillBlanks { .. } => Vec::new(),
    };
    out.push_str(" {\n");
    for line in lines {
        out.push_str(&line);
        out.push('\n');
    }
    if !feedback.is_empty() {
        out.push_str(&feedback);
        out.push('\n');
    }
    out.push('}');
}

/// A Moodle answer weight: one of its percentages, written with up to five decimals.
fn weight(percent: f64) -> String {
    let s = format!("{percent:.5}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weights_are_moodle_percentages() {
        assert_eq!(weight(50.0), "50");
        assert_eq!(weight(100.0 / 3.0), "33.33333");
        assert_eq!(weight(-100.0 / 8.0), "-12.5");
    }
}
