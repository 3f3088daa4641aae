//! Moodle GIFT: questions separated by blank lines, `::title::`, `// comments`, the answer
//! in `{…}` (see `gift_block`), text on both sides of a short-answer block making a
//! fill-in-the-blank question. `$CATEGORY:` lines are ignored.

use super::common::{lines, Collector};
use super::gift_block::{self, Block};
use super::gift_text::{find_str, find_unescaped, html_to_text, unescape};
use super::{ImportError, Imported};
use crate::model::question::{Body, Question, BLANK};

/// The lines of one question, joined, with where each line starts.
#[derive(Default)]
struct Chunk {
    text: String,
    starts: Vec<(usize, usize)>,
    depth: usize,
    open_line: usize,
}

impl Chunk {
    fn add(&mut self, no: usize, line: &str) {
        if !self.text.is_empty() {
            self.text.push('\n');
        }
        self.starts.push((self.text.len(), no));
        self.text.push_str(line);
        for at in find_unescaped(line, |c| c == '{' || c == '}') {
            if line[at..].starts_with('{') {
                if self.depth == 0 {
                    self.open_line = no;
                }
                self.depth += 1;
            } else {
                self.depth = self.depth.saturating_sub(1);
            }
        }
    }

    /// The file line of a byte offset in the chunk.
    fn line_of(&self, offset: usize) -> usize {
        let i = self.starts.partition_point(|(start, _)| *start <= offset);
        self.starts[i.saturating_sub(1)].1
    }
}

/// Reads every question; one that cannot be used fails the file, or is listed and left out
/// when `out` is skipping.
pub(crate) fn import(text: &str, mut out: Collector) -> Result<Imported, ImportError> {
    let mut chunk = Chunk::default();
    for (no, line) in lines(text) {
        let trimmed = line.trim();
        if trimmed.starts_with("//") {
            continue;
        }
        // A blank line ends a question, unless it stands inside an answer block.
        if (trimmed.is_empty() || trimmed.starts_with("$CATEGORY:")) && chunk.depth == 0 {
            if let Err(e) = question(&std::mem::take(&mut chunk), &mut out) {
                out.reject(e)?;
            }
        } else if !trimmed.starts_with("$CATEGORY:") {
            chunk.add(no, line);
        }
    }
    // An unclosed brace swallows every question after it: the file as a whole is wrong.
    if chunk.depth > 0 {
        return Err(ImportError::new(chunk.open_line, "gift_unclosed"));
    }
    if let Err(e) = question(&chunk, &mut out) {
        out.reject(e)?;
    }
    out.finish_skipping()
}

fn question(chunk: &Chunk, out: &mut Collector) -> Result<(), ImportError> {
    if chunk.text.trim().is_empty() {
        return Ok(());
    }
    let start = chunk.line_of(0);
    let mut body_at = chunk.text.len() - chunk.text.trim_start().len();
    // `::title::` names the question in Moodle; it is not shown to students, so it is dropped.
    if chunk.text[body_at..].starts_with("::") {
        let end = find_str(&chunk.text[body_at + 2..], "::")
            .ok_or(ImportError::new(start, "gift_title"))?;
        body_at += 2 + end + 2;
    }
    let mut html = false;
    let rest = chunk.text[body_at..].trim_start();
    body_at = chunk.text.len() - rest.len();
    for (marker, is_html) in [
        ("[html]", true),
        ("[moodle]", false),
        ("[plain]", false),
        ("[markdown]", false),
    ] {
        if rest.starts_with(marker) {
            html = is_html;
            body_at += marker.len();
        }
    }
    let body = &chunk.text[body_at..];
    let at_line = |offset: usize| chunk.line_of(body_at + offset);

    let mut texts = Vec::new();
    let mut blocks = Vec::new();
    let (mut open, mut last) = (None, 0);
    for at in find_unescaped(body, |c| c == '{' || c == '}') {
        match (body[at..].starts_with('{'), open) {
            (true, None) => {
                texts.push(&body[last..at]);
                open = Some(at);
            }
            (true, Some(_)) => return Err(ImportError::new(at_line(at), "gift_nested")),
            (false, Some(o)) => {
                blocks.push((&body[o + 1..at], at_line(o)));
                open = None;
                last = at + 1;
            }
            (false, None) => return Err(ImportError::new(at_line(at), "gift_stray_close")),
        }
    }
    if let Some(o) = open {
        return Err(ImportError::new(at_line(o), "gift_unclosed"));
    }
    texts.push(&body[last..]);
    if blocks.is_empty() {
        return Err(ImportError::new(start, "gift_no_answer"));
    }

    let clean = |raw: &str| tidy(&unescape(raw), html);
    let mut parsed: Vec<Block> = Vec::with_capacity(blocks.len());
    for (raw, line) in &blocks {
        parsed.push(gift_block::parse(raw, &clean).map_err(|code| ImportError::new(*line, code))?);
    }
    let explanation = parsed.iter().rev().find_map(|b| b.explanation.clone());
    // The text with each block replaced by a blank.
    let joined = || {
        tidy(
            &texts
                .iter()
                .map(|t| unescape(t))
                .collect::<Vec<_>>()
                .join(BLANK),
            html,
        )
    };
    let question = match &parsed[..] {
        [one] if texts[1].trim().is_empty() => Question {
            prompt: clean(texts[0]),
            body: one.body.clone(),
            explanation,
        },
        [Block {
            body: Body::Short { accepted },
            ..
        }] => Question {
            prompt: String::new(),
            body: Body::FillBlanks {
                text: joined(),
                blanks: vec![accepted.clone()],
            },
            explanation,
        },
        // Moodle's "missing word": the choices stand in the middle of the text.
        [one] => Question {
            prompt: joined(),
            body: one.body.clone(),
            explanation,
        },
        many => {
            let mut blanks = Vec::with_capacity(many.len());
            for (block, (_, line)) in many.iter().zip(&blocks) {
                let Body::Short { accepted } = &block.body else {
                    return Err(ImportError::new(*line, "gift_many_blocks"));
                };
                blanks.push(accepted.clone());
            }
            Question {
                prompt: String::new(),
                body: Body::FillBlanks {
                    text: joined(),
                    blanks,
                },
                explanation,
            }
        }
    };
    out.push(start, question)
}

/// Text as kept: the plain text of HTML items, trimmed.
fn tidy(text: &str, html: bool) -> String {
    if html {
        html_to_text(text)
    } else {
        text.trim().to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn import(text: &str) -> Result<Vec<Question>, ImportError> {
        super::import(text, Collector::default()).map(|i| i.questions)
    }

    #[test]
    fn fills_blanks_from_text_around_a_block() {
        let qs = import("Toshkent — Oʻzbekistonning {=poytaxti} hisoblanadi.").unwrap();
        assert_eq!(
            qs[0].body,
            Body::FillBlanks {
                text: "Toshkent — Oʻzbekistonning ___ hisoblanadi.".into(),
                blanks: vec![vec!["poytaxti".into()]]
            }
        );
        let qs = import("{=2} + {=3} = 5").unwrap();
        assert_eq!(
            qs[0].body,
            Body::FillBlanks {
                text: "___ + ___ = 5".into(),
                blanks: vec![vec!["2".into()], vec!["3".into()]]
            }
        );
    }

    #[test]
    fn reads_moodle_exports_with_titles_categories_and_html() {
        let text = "$CATEGORY: $course$/Matematika\n\n// 1-savol\n::Q1::[html]<p>2 &lt; 3?</p>{T}\n\n::Q2:: Grant is {~buried =entombed ~living} in Grant's tomb.";
        let qs = import(text).unwrap();
        assert_eq!(
            qs[0],
            Question {
                prompt: "2 < 3?".into(),
                body: Body::TrueFalse { answer: true },
                explanation: None
            }
        );
        assert_eq!(qs[1].prompt, "Grant is ___ in Grant's tomb.");
    }

    #[test]
    fn a_blank_line_inside_braces_does_not_split_the_question() {
        let qs = import("Savol {\n=a\n\n~b\n}\n\nIkkinchi {T}").unwrap();
        assert_eq!(qs.len(), 2);
        assert_eq!(
            import("Savol {=a ~b\n\nIkkinchi {T}").unwrap_err(),
            ImportError::new(1, "gift_unclosed")
        );
        assert_eq!(
            import("Savol {=a {~b}}").unwrap_err(),
            ImportError::new(1, "gift_nested")
        );
        assert_eq!(
            import("a {=b}\n\nc {=d\n\n").unwrap_err(),
            ImportError::new(3, "gift_unclosed")
        );
    }
}
