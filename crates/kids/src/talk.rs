//! Judging a child's free answer to an open question: by key words offline (a stem of one of
//! the story's key words appears in the answer), by meaning when an LLM is configured.

use questions::grading::normalize_text;
use serde::Serialize;

/// How an answer to an open question went.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TalkVerdict {
    /// The answer speaks to the question.
    pub good: bool,
    /// Key words found in it (offline), for the page to praise.
    pub found: Vec<String>,
    /// "offline" or "llm".
    pub by: &'static str,
    /// A word for the child from the LLM (checked by the safety filter), when it judged.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub feedback: Option<String>,
    /// The safety filter's reason when the answer itself was refused (rude words, a phone
    /// number…): it is not judged, and no LLM sees it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub refused: Option<&'static str>,
}

/// Whether an answer's word is a form of a key word: they share the key word's first five
/// letters (all of it when shorter), as Uzbek and Russian words grow endings.
fn same_stem(word: &str, key: &str) -> bool {
    let need = key.chars().count().min(5);
    let common = word
        .chars()
        .zip(key.chars())
        .take_while(|(a, b)| a == b)
        .count();
    need >= 2 && common >= need
}

/// An answer is good when one of its words is a form of one of the key words.
pub fn judge_offline(answer: &str, keywords: &[String]) -> TalkVerdict {
    let text = normalize_text(answer);
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut found = Vec::new();
    for k in keywords {
        let k = normalize_text(k);
        if words.iter().any(|w| same_stem(w, &k)) {
            found.push(k);
        }
    }
    TalkVerdict {
        good: !found.is_empty(),
        found,
        by: "offline",
        feedback: None,
        refused: None,
    }
}

#[derive(serde::Deserialize)]
struct LlmVerdict {
    good: bool,
    feedback: String,
}

/// Judges by meaning with the LLM; falls back to the key words when it fails or says something
/// the filter refuses.
pub async fn judge(
    llm: Option<&ai::llm::LlmClient>,
    story: &str,
    question: &str,
    answer: &str,
    keywords: &[String],
) -> TalkVerdict {
    if !answer.trim().is_empty() {
        if let Err(reason) = crate::safety::check_input(answer, 500) {
            return TalkVerdict {
                good: false,
                found: Vec::new(),
                by: "filter",
                feedback: None,
                refused: Some(reason.code()),
            };
        }
    }
    let offline = judge_offline(answer, keywords);
    let Some(client) = llm.filter(|_| !answer.trim().is_empty()) else {
        return offline;
    };
    let messages = [
        ai::llm::Message::system(
            "You are a kind teacher talking with a child aged 4 to 10 about a story. Judge by \
             meaning, not wording, whether the child's answer to the question makes sense for \
             the story. Reply with JSON only: {\"good\": true|false, \"feedback\": \"one short \
             warm sentence for the child, in the language of the question\"}.",
        ),
        ai::llm::Message::user(
            serde_json::json!({"story": story, "question": question, "answer": answer}).to_string(),
        ),
    ];
    let verdict: Option<LlmVerdict> = match client.chat_json(&messages).await {
        Ok(v) => serde_json::from_value(v).ok(),
        Err(e) => {
            tracing::warn!(error = %e, "smartkids: the LLM did not judge an answer");
            None
        }
    };
    match verdict {
        Some(v) if crate::safety::check_text(&v.feedback, 300).is_ok() => TalkVerdict {
            good: v.good,
            found: offline.found,
            by: "llm",
            feedback: Some(v.feedback),
            refused: None,
        },
        _ => offline,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(k: &[&str]) -> Vec<String> {
        k.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn an_answer_with_a_key_word_in_another_form_is_good() {
        let k = keys(&["doʻst", "yordam", "baham"]);
        assert!(judge_offline("Chunki ular doʻstlar edi", &k).good);
        assert!(judge_offline("U yordamlashdi", &k).good);
        assert!(!judge_offline("Bilmayman", &k).good);
        let r = keys(&["делиться", "друг"]);
        assert!(judge_offline("Потому что надо делиться!", &r).good);
        assert!(judge_offline("Друг помог", &r).good);
        let e = keys(&["share", "friend", "kind"]);
        assert!(judge_offline("because friends share", &e).good);
        assert!(!judge_offline("", &e).good);
    }

    #[test]
    fn apostrophe_forms_do_not_matter() {
        let k = keys(&["doʻst"]);
        assert!(judge_offline("do'stim bor", &k).good);
    }
}
