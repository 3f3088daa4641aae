//! A child's saved answer and the right one, as words for the history page: option texts,
//! "true"/"false" in the page's language, a number with the language's decimal mark, items in
//! order. Pure, so every question type is tested without a page.

use questions::model::answer::Answer;
use questions::model::question::Body;
use serde_json::Value;

/// The words a page needs from its language.
pub struct Words<'a> {
    pub yes: &'a str,
    pub no: &'a str,
    /// `,` in Uzbek and Russian, `.` in English.
    pub decimal: &'a str,
}

/// What the child answered (the saved `choice` JSON), or `None` when it cannot be read.
pub fn given(body: &Body, shown: &[usize], choice: &str, w: &Words) -> Option<String> {
    let choice: Value = serde_json::from_str(choice).ok()?;
    Some(match crate::answers::read(body, shown, &choice)? {
        Answer::Single { choice } => option(body, choice),
        Answer::Multiple { choices } => list(choices.into_iter().map(|i| option(body, i))),
        Answer::TrueFalse { value } => yes_no(value, w),
        Answer::Numeric { value } => number(value, w),
        Answer::Ordering { order } => ordered(body, &order),
        _ => return None,
    })
}

/// The right answer of a question a live game plays.
pub fn right(body: &Body, w: &Words) -> Option<String> {
    Some(match body {
        Body::Single { options, correct } => options.get(*correct)?.clone(),
        Body::Multiple { options, correct } => {
            list(correct.iter().filter_map(|&i| options.get(i).cloned()))
        }
        Body::TrueFalse { answer } => yes_no(*answer, w),
        Body::Numeric { answer, .. } => number(*answer, w),
        Body::Ordering { items } => items.join(" → "),
        _ => return None,
    })
}

fn option(body: &Body, i: usize) -> String {
    match body {
        Body::Single { options, .. } | Body::Multiple { options, .. } => {
            options.get(i).cloned().unwrap_or_default()
        }
        _ => String::new(),
    }
}

fn ordered(body: &Body, order: &[usize]) -> String {
    let Body::Ordering { items } = body else {
        return String::new();
    };
    let words: Vec<&str> = order
        .iter()
        .filter_map(|&i| items.get(i).map(String::as_str))
        .collect();
    words.join(" → ")
}

fn list(items: impl Iterator<Item = String>) -> String {
    items.collect::<Vec<_>>().join(", ")
}

fn yes_no(value: bool, w: &Words) -> String {
    if value { w.yes } else { w.no }.to_string()
}

fn number(value: f64, w: &Words) -> String {
    value.to_string().replace('.', w.decimal)
}

#[cfg(test)]
mod tests {
    use super::*;

    const UZ: Words = Words {
        yes: "Toʻgʻri",
        no: "Notoʻgʻri",
        decimal: ",",
    };

    fn single() -> Body {
        Body::Single {
            options: vec!["3".into(), "4".into(), "5".into()],
            correct: 1,
        }
    }

    #[test]
    fn a_tapped_option_reads_as_its_text_and_the_right_one_too() {
        assert_eq!(given(&single(), &[], "2", &UZ).as_deref(), Some("5"));
        assert_eq!(right(&single(), &UZ).as_deref(), Some("4"));
    }

    #[test]
    fn true_false_numbers_and_several_options_read_in_the_pages_words() {
        let tf = Body::TrueFalse { answer: true };
        assert_eq!(given(&tf, &[], "1", &UZ).as_deref(), Some("Notoʻgʻri"));
        assert_eq!(right(&tf, &UZ).as_deref(), Some("Toʻgʻri"));
        let n = Body::Numeric {
            answer: 3.5,
            tolerance: 0.0,
        };
        assert_eq!(given(&n, &[], "3.25", &UZ).as_deref(), Some("3,25"));
        assert_eq!(right(&n, &UZ).as_deref(), Some("3,5"));
        let m = Body::Multiple {
            options: vec!["a".into(), "b".into(), "c".into()],
            correct: vec![0, 2],
        };
        assert_eq!(given(&m, &[], "[2, 1]", &UZ).as_deref(), Some("c, b"));
        assert_eq!(right(&m, &UZ).as_deref(), Some("a, c"));
    }

    #[test]
    fn an_order_reads_through_the_shuffle_the_phones_showed() {
        let body = Body::Ordering {
            items: vec!["1".into(), "2".into(), "3".into()],
        };
        // The phones showed items 2, 0, 1; the child tapped positions 1, 2, 0.
        assert_eq!(
            given(&body, &[2, 0, 1], "[1, 2, 0]", &UZ).as_deref(),
            Some("1 → 2 → 3")
        );
        assert_eq!(given(&body, &[2, 0, 1], "\"x\"", &UZ), None);
    }
}
