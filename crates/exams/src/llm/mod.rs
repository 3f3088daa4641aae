//! The LLM generator: asks an OpenAI-compatible endpoint for questions, then validates every
//! item strictly into a [`Question`] that passes `check`. Repairs are deterministic (trimming,
//! the type's spelling, Uzbek apostrophes, numbers written as text); anything else fails the
//! whole request, so a teacher never gets a silently shortened or half-broken set. The offline
//! generators live in `questions::generate`; this one stays here because it calls the network.

mod prompt;

use ai::llm::{Correct, LlmClient, LlmError, LlmQuestion};
use kernel::i18n::Lang;
use serde_json::Value;

use questions::generate::{validate, Draft, GenerateError, Generator, Request};
use questions::model::question::{Body, Question};

/// The longest text a teacher may paste for the LLM to ask about.
pub const SOURCE_MAX: usize = 8000;

/// Generates `req.count` drafts with the LLM behind `client`.
pub async fn generate_llm(client: &LlmClient, req: &Request) -> Result<Vec<Draft>, GenerateError> {
    if req.generator != Generator::Llm {
        return Err(GenerateError::Invalid {
            field: "generator",
            key: "field-exams-generate-generator",
        });
    }
    let subject = validate(req)?.ok_or(GenerateError::Invalid {
        field: "topic",
        key: "field-exams-generate-topic",
    })?;
    let source = req
        .source_text
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty());
    if source.is_some_and(|t| t.chars().count() > SOURCE_MAX) {
        return Err(GenerateError::Invalid {
            field: "source_text",
            key: "field-exams-generate-source-text",
        });
    }
    let messages = prompt::messages(req, subject, source);
    let set = client.questions(&messages).await.map_err(|e| {
        tracing::warn!(error = %e, "llm generation failed");
        GenerateError::Failed {
            key: failure_key(&e),
        }
    })?;
    if set.questions.len() < req.count {
        tracing::warn!(
            asked = req.count,
            got = set.questions.len(),
            "llm returned too few questions"
        );
        return Err(GenerateError::Failed {
            key: "exams-generate-llm-count",
        });
    }
    let mut drafts = Vec::with_capacity(set.questions.len());
    for (i, item) in set.questions.iter().enumerate() {
        let question = convert(item, req.language).map_err(|why| {
            tracing::warn!(item = i + 1, reason = %why, "llm returned a broken question");
            GenerateError::Failed {
                key: "exams-generate-llm-bad-item",
            }
        })?;
        drafts.push(Draft {
            question,
            subject: subject.into(),
            topic: subject.into(),
            difficulty: 2,
        });
    }
    // Extra items are valid but unasked for; the first `count` are kept.
    drafts.truncate(req.count);
    Ok(drafts)
}

fn failure_key(e: &LlmError) -> &'static str {
    match e {
        LlmError::Timeout { .. } => "exams-generate-llm-timeout",
        LlmError::Network(_) | LlmError::Http { .. } => "exams-generate-llm-http",
        LlmError::NotJson(_) => "exams-generate-llm-not-json",
        LlmError::Shape(_) => "exams-generate-llm-shape",
    }
}

/// One item into a checked question, or the reason it is unusable.
fn convert(item: &LlmQuestion, lang: Lang) -> Result<Question, String> {
    let text = |s: &str| {
        let s = kernel::text::clean_line(s);
        if lang == Lang::Uz {
            kernel::text::normalize_uzbek(&s)
        } else {
            s
        }
    };
    let options: Vec<String> = item.options.iter().map(|o| text(o)).collect();
    let keys = item
        .correct
        .as_ref()
        .map(Correct::indices)
        .unwrap_or_default();
    let kind = item.kind.trim().to_lowercase().replace(['-', ' '], "_");
    let body = match kind.as_str() {
        "single" => match keys.as_slice() {
            [one] => Body::Single {
                options,
                correct: *one,
            },
            _ => return Err(format!("single choice needs exactly one key, got {keys:?}")),
        },
        "multiple" => Body::Multiple {
            options,
            correct: keys,
        },
        "true_false" => Body::TrueFalse {
            answer: boolean(item.answer.as_ref())?,
        },
        "short" => Body::Short {
            accepted: texts(item.answer.as_ref())?
                .iter()
                .map(|a| text(a))
                .collect(),
        },
        "numeric" => Body::Numeric {
            answer: number(item.answer.as_ref())?,
            tolerance: 0.0,
        },
        other => return Err(format!("unknown type {other:?}")),
    };
    let explanation = item
        .explanation
        .as_deref()
        .map(text)
        .filter(|e| !e.is_empty());
    let question = Question {
        prompt: text(&item.prompt),
        body,
        explanation,
    };
    questions::check::check(&question).map_err(|p| p.code().to_string())?;
    Ok(question)
}

fn boolean(answer: Option<&Value>) -> Result<bool, String> {
    match answer {
        Some(Value::Bool(b)) => Ok(*b),
        Some(Value::String(s)) if s.trim().eq_ignore_ascii_case("true") => Ok(true),
        Some(Value::String(s)) if s.trim().eq_ignore_ascii_case("false") => Ok(false),
        other => Err(format!(
            "true/false needs answer true or false, got {other:?}"
        )),
    }
}

fn texts(answer: Option<&Value>) -> Result<Vec<String>, String> {
    match answer {
        Some(Value::String(s)) => Ok(vec![s.clone()]),
        Some(Value::Array(items)) => items
            .iter()
            .map(|v| {
                v.as_str()
                    .map(String::from)
                    .ok_or_else(|| format!("accepted answers must be text, got {v}"))
            })
            .collect(),
        other => Err(format!("short answer needs answer text, got {other:?}")),
    }
}

fn number(answer: Option<&Value>) -> Result<f64, String> {
    let n = match answer {
        Some(Value::Number(n)) => n.as_f64(),
        Some(Value::String(s)) => s.trim().replace(',', ".").parse().ok(),
        _ => None,
    };
    n.filter(|n| n.is_finite())
        .ok_or_else(|| format!("numeric needs a number, got {answer:?}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(json: &str) -> LlmQuestion {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn every_type_converts_with_deterministic_repairs() {
        let q = convert(&item(r#"{"prompt":" 2 + 2 = ? ","type":"Single","options":[" 3","4 ","5"],"correct":[1]}"#), Lang::En).unwrap();
        assert_eq!(q.prompt, "2 + 2 = ?");
        assert_eq!(
            q.body,
            Body::Single {
                options: vec!["3".into(), "4".into(), "5".into()],
                correct: 1
            }
        );
        let q = convert(&item(r#"{"prompt":"O'zbekiston poytaxti?","type":"short","answer":"Toshkent","explanation":" "}"#), Lang::Uz).unwrap();
        assert_eq!(q.prompt, "Oʻzbekiston poytaxti?");
        assert_eq!(q.explanation, None);
        let q = convert(
            &item(r#"{"prompt":"7 · 8","type":"numeric","answer":"56"}"#),
            Lang::Ru,
        )
        .unwrap();
        assert_eq!(
            q.body,
            Body::Numeric {
                answer: 56.0,
                tolerance: 0.0
            }
        );
        let q = convert(
            &item(r#"{"prompt":"2 > 1","type":"true-false","answer":"TRUE"}"#),
            Lang::En,
        )
        .unwrap();
        assert_eq!(q.body, Body::TrueFalse { answer: true });
        let q = convert(
            &item(
                r#"{"prompt":"Even?","type":"multiple","options":["2","3","4"],"correct":[0,2]}"#,
            ),
            Lang::En,
        )
        .unwrap();
        assert_eq!(q.body.kind(), "multiple");
    }

    #[test]
    fn broken_items_are_refused_with_a_reason() {
        for (json, reason) in [
            (
                r#"{"prompt":"x","type":"single","options":["a","A "],"correct":0}"#,
                "duplicate_options",
            ),
            (
                r#"{"prompt":"x","type":"single","options":["a","b"],"correct":2}"#,
                "key_out_of_range",
            ),
            (
                r#"{"prompt":"x","type":"single","options":["a","b"],"correct":[0,1]}"#,
                "exactly one key",
            ),
            (
                r#"{"prompt":"x","type":"single","options":["a","b"]}"#,
                "exactly one key",
            ),
            (
                r#"{"prompt":" ","type":"true_false","answer":true}"#,
                "empty_prompt",
            ),
            (
                r#"{"prompt":"x","type":"true_false","answer":"maybe"}"#,
                "true or false",
            ),
            (
                r#"{"prompt":"x","type":"numeric","answer":"many"}"#,
                "number",
            ),
            (r#"{"prompt":"x","type":"essay"}"#, "unknown type"),
            (
                r#"{"prompt":"x","type":"multiple","options":["a","b"],"correct":[0,1]}"#,
                "all_keys",
            ),
        ] {
            let err = convert(&item(json), Lang::En).unwrap_err();
            assert!(err.contains(reason), "{json}: {err}");
        }
    }
}
