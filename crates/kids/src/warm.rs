//! With an LLM configured, MathKids' step texts may be worded more warmly — but every number in
//! a reworded step must be exactly the numbers of the engine's own step; one mismatch and the
//! whole solution keeps the engine's words. Safety-checked like every generated text.

use std::collections::BTreeMap;

use ai::llm::{LlmClient, Message};
use serde::Deserialize;

use crate::safety;

/// The numbers in a text, as written ("12", "3/4" counts as 3 and 4, "0,5" as 0.5).
pub fn numbers(text: &str) -> BTreeMap<String, usize> {
    let mut out = BTreeMap::new();
    let mut cur = String::new();
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let decimal = (c == '.' || c == ',')
            && !cur.is_empty()
            && chars.get(i + 1).is_some_and(char::is_ascii_digit);
        if c.is_ascii_digit() || decimal {
            cur.push(if c == ',' { '.' } else { c });
        } else if !cur.is_empty() {
            *out.entry(std::mem::take(&mut cur)).or_default() += 1;
        }
    }
    if !cur.is_empty() {
        *out.entry(cur).or_default() += 1;
    }
    out
}

#[derive(Deserialize)]
struct Reply {
    steps: Vec<String>,
}

/// The steps' texts reworded, or None when the LLM failed, changed a number or wrote something
/// the filter refuses.
pub async fn reword(
    client: &LlmClient,
    lang: mathsolve::Lang,
    texts: &[String],
) -> Option<Vec<String>> {
    let language = match lang {
        mathsolve::Lang::Uz => "Uzbek (Latin script, ʻ in oʻ and gʻ)",
        mathsolve::Lang::Ru => "Russian",
        mathsolve::Lang::En => "English",
    };
    let messages = [
        Message::system(format!(
            "You are a kind primary-school teacher. Reword each step of a math solution for a \
             child aged 6 to 10, in {language}, warmly and simply, one or two short sentences \
             each. Keep every number exactly as it is; add no new numbers. Reply with JSON only: \
             {{\"steps\": [\"…\"]}} with exactly {} items in the same order.",
            texts.len()
        )),
        Message::user(serde_json::json!({ "steps": texts }).to_string()),
    ];
    let reply: Reply = serde_json::from_value(client.chat_json(&messages).await.ok()?).ok()?;
    accept(texts, reply.steps)
}

/// The reworded texts if each keeps exactly its step's numbers and passes the filter.
pub fn accept(original: &[String], reworded: Vec<String>) -> Option<Vec<String>> {
    if reworded.len() != original.len() {
        return None;
    }
    for (o, r) in original.iter().zip(&reworded) {
        if numbers(o) != numbers(r) || r.trim().is_empty() || safety::check_text(r, 400).is_err() {
            return None;
        }
    }
    Some(reworded)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn reworded_steps_must_keep_every_number() {
        let original = s(&["7 + 4 = 11. Write 1, carry 1.", "4 + 2 + 1 = 7."]);
        let kind = s(&[
            "Let's add 7 and 4: that makes 11! Write 1 and carry 1.",
            "Now 4 + 2 + 1 gives 7.",
        ]);
        assert_eq!(accept(&original, kind.clone()), Some(kind));
        let wrong = s(&["7 + 4 = 12. Write 2, carry 1.", "4 + 2 + 1 = 7."]);
        assert_eq!(accept(&original, wrong), None);
        let extra = s(&["7 + 4 = 11. Write 1, carry 1 to the 10s.", "4 + 2 + 1 = 7."]);
        assert_eq!(accept(&original, extra), None);
        assert_eq!(
            accept(&original, s(&["7 + 4 = 11. Write 1, carry 1."])),
            None
        );
        assert_eq!(
            numbers("0,5 and 0.5 and 3/4"),
            BTreeMap::from([("0.5".into(), 2), ("3".into(), 1), ("4".into(), 1)])
        );
    }
}
