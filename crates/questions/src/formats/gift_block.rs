//! The answer part of a GIFT question, between `{` and `}`: what kind of question it makes,
//! its key, and the general feedback after `####` (the explanation).

use super::common::parse_tolerance;
use super::gift_text::{find_str, find_unescaped};
use crate::model::question::Body;

/// A parsed answer block. Short-answer blocks are also the blanks of fill-in-the-blank text.
pub(crate) struct Block {
    pub body: Body,
    pub explanation: Option<String>,
}

/// One `=` or `~` answer: right-marked, its `%weight%` if any, its raw text without feedback.
struct Item<'a> {
    equals: bool,
    weight: Option<f64>,
    text: &'a str,
}

/// Reads a block; `clean` turns raw text into the text kept (escapes, HTML, trimming).
pub(crate) fn parse(raw: &str, clean: &dyn Fn(&str) -> String) -> Result<Block, &'static str> {
    let (answer, explanation) = match find_str(raw, "####") {
        Some(at) => (
            &raw[..at],
            Some(clean(&raw[at + 4..])).filter(|e| !e.is_empty()),
        ),
        None => (raw, None),
    };
    let answer = answer.trim();
    let body = if answer.is_empty() {
        return Err("gift_essay");
    } else if let Some(numeric) = answer.strip_prefix('#') {
        number(numeric, clean)?
    } else if let Some(ordering) = answer.strip_prefix('>') {
        // The Moodle ordering plugin: a header line (count and options), then one item a line.
        Body::Ordering {
            items: ordering
                .lines()
                .skip(1)
                .map(clean)
                .filter(|i| !i.is_empty())
                .collect(),
        }
    } else if let Some(value) = true_false(answer) {
        Body::TrueFalse { answer: value }
    } else {
        choice(&items(answer)?, clean)?
    };
    Ok(Block { body, explanation })
}

fn true_false(answer: &str) -> Option<bool> {
    let head = find_unescaped(answer, |c| c == '#')
        .first()
        .map_or(answer, |at| &answer[..*at]);
    match head.trim().to_ascii_uppercase().as_str() {
        "T" | "TRUE" => Some(true),
        "F" | "FALSE" => Some(false),
        _ => None,
    }
}

/// `{#3.5:0.1}`, `{#3.5}`, `{#1..5}`, or `{#=3.5:0.1 =%50%3.5:1}` (the first full-credit answer).
/// A `~` answer (`{#3:2 ~#Completely wrong}`) only carries the feedback for wrong answers, which
/// is dropped like all per-answer feedback.
fn number(raw: &str, clean: &dyn Fn(&str) -> String) -> Result<Body, &'static str> {
    let text = if raw.trim_start().starts_with('=') {
        let items = items(raw)?;
        items
            .into_iter()
            .find(|i| i.equals && i.weight.is_none_or(|w| w >= 100.0))
            .map(|i| i.text)
            .ok_or("gift_no_right")?
    } else {
        let head = find_unescaped(raw, |c| c == '~')
            .first()
            .map_or(raw, |at| &raw[..*at]);
        cut_feedback(head)
    };
    let (answer, tolerance) = parse_tolerance(&clean(text)).ok_or("bad_number")?;
    Ok(Body::Numeric { answer, tolerance })
}

fn cut_feedback(raw: &str) -> &str {
    find_unescaped(raw, |c| c == '#')
        .first()
        .map_or(raw, |at| &raw[..*at])
}

/// The `=`/`~` answers of a block; nothing but space may come before the first.
fn items(answer: &str) -> Result<Vec<Item<'_>>, &'static str> {
    let marks = find_unescaped(answer, |c| c == '=' || c == '~');
    if marks
        .first()
        .is_none_or(|first| !answer[..*first].trim().is_empty())
    {
        return Err("gift_bad_item");
    }
    let mut items = Vec::with_capacity(marks.len());
    for (n, at) in marks.iter().enumerate() {
        let end = marks.get(n + 1).copied().unwrap_or(answer.len());
        let mut text = answer[at + 1..end].trim_start();
        let mut weight = None;
        if let Some(w) = text.strip_prefix('%') {
            let close = w.find('%').ok_or("gift_bad_weight")?;
            weight = Some(super::common::parse_number(&w[..close]).ok_or("gift_bad_weight")?);
            text = &w[close + 1..];
        }
        items.push(Item {
            equals: answer[*at..].starts_with('='),
            weight,
            text: cut_feedback(text),
        });
    }
    Ok(items)
}

fn choice(items: &[Item<'_>], clean: &dyn Fn(&str) -> String) -> Result<Body, &'static str> {
    let arrows: Vec<Option<usize>> = items.iter().map(|i| find_str(i.text, "->")).collect();
    if items.iter().all(|i| i.equals) && arrows.iter().any(Option::is_some) {
        let mut pairs = Vec::new();
        for (item, arrow) in items.iter().zip(&arrows) {
            let at = arrow.ok_or("gift_bad_match")?;
            let (left, right) = (clean(&item.text[..at]), clean(&item.text[at + 2..]));
            // A pair with no left side only adds a distractor on the right: not kept.
            if !left.is_empty() {
                pairs.push((left, right));
            }
        }
        return Ok(Body::Matching { pairs });
    }
    let right = |i: &Item<'_>| i.weight.map_or(i.equals, |w| w > 0.0);
    if items.iter().all(|i| i.equals) {
        let accepted: Vec<String> = items
            .iter()
            .filter(|i| i.weight.is_none_or(|w| w >= 100.0))
            .map(|i| clean(i.text))
            .collect();
        return if accepted.is_empty() {
            Err("gift_no_right")
        } else {
            Ok(Body::Short { accepted })
        };
    }
    let options: Vec<String> = items.iter().map(|i| clean(i.text)).collect();
    let correct: Vec<usize> = items
        .iter()
        .enumerate()
        .filter(|(_, i)| right(i))
        .map(|(n, _)| n)
        .collect();
    let weighted = items.iter().any(|i| i.weight.is_some());
    match (weighted, &correct[..]) {
        (_, []) => Err("gift_no_right"),
        (false, [one]) => Ok(Body::Single {
            options,
            correct: *one,
        }),
        _ => Ok(Body::Multiple { options, correct }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::gift_text::unescape;

    fn block(raw: &str) -> Result<Body, &'static str> {
        parse(raw, &|s: &str| unescape(s).trim().to_string()).map(|b| b.body)
    }

    fn strings(items: &[&str]) -> Vec<String> {
        items.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn tells_the_kinds_apart() {
        assert_eq!(
            block("=4 ~3 ~5"),
            Ok(Body::Single {
                options: strings(&["4", "3", "5"]),
                correct: 0
            })
        );
        assert_eq!(
            block("~%50%2 ~%50%3 ~%-100%4"),
            Ok(Body::Multiple {
                options: strings(&["2", "3", "4"]),
                correct: vec![0, 1]
            })
        );
        assert_eq!(
            block("=2 =3 ~4"),
            Ok(Body::Multiple {
                options: strings(&["2", "3", "4"]),
                correct: vec![0, 1]
            })
        );
        assert_eq!(
            block("TRUE#right#wrong"),
            Ok(Body::TrueFalse { answer: true })
        );
        assert_eq!(block(" F "), Ok(Body::TrueFalse { answer: false }));
        assert_eq!(
            block("=Toshkent =Tashkent"),
            Ok(Body::Short {
                accepted: strings(&["Toshkent", "Tashkent"])
            })
        );
        assert_eq!(
            block("#3.5:0.1"),
            Ok(Body::Numeric {
                answer: 3.5,
                tolerance: 0.1
            })
        );
        assert_eq!(
            block("#1..5"),
            Ok(Body::Numeric {
                answer: 3.0,
                tolerance: 2.0
            })
        );
        assert_eq!(
            block("#=12:0 =%50%12:2"),
            Ok(Body::Numeric {
                answer: 12.0,
                tolerance: 0.0
            })
        );
        assert_eq!(
            block("=a -> 1 =b -> 2"),
            Ok(Body::Matching {
                pairs: vec![("a".into(), "1".into()), ("b".into(), "2".into())]
            })
        );
        assert_eq!(
            block(">3 ALL\nbir\nikki\nuch"),
            Ok(Body::Ordering {
                items: strings(&["bir", "ikki", "uch"])
            })
        );
    }

    #[test]
    fn keeps_feedback_apart_and_refuses_what_it_cannot_grade() {
        let b = parse("=4#Toʻgʻri ~3#Yoʻq ####2 + 2 = 4", &|s: &str| {
            unescape(s).trim().to_string()
        })
        .unwrap();
        assert_eq!(
            b.body,
            Body::Single {
                options: strings(&["4", "3"]),
                correct: 0
            }
        );
        assert_eq!(b.explanation.as_deref(), Some("2 + 2 = 4"));
        assert_eq!(block("  "), Err("gift_essay"));
        assert_eq!(block("~a ~b"), Err("gift_no_right"));
        assert_eq!(block("x =a"), Err("gift_bad_item"));
        assert_eq!(block("=a -> 1 =b"), Err("gift_bad_match"));
        assert_eq!(block("~%5x%a =b"), Err("gift_bad_weight"));
        assert_eq!(block("#abc"), Err("bad_number"));
    }
}
