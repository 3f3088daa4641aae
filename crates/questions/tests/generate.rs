//! Generated questions: every generator, grade, topic and language, with fixed seeds. Math keys
//! are recomputed from the printed numbers; letter and vocabulary keys are looked up in the
//! alphabet content.

use std::time::Instant;

use alphabets::{Position, CONTENT};
use kernel::i18n::Lang;
use questions::check::check;
use questions::generate::{generate_offline, topics, Draft, GenerateError, Generator, Request};
use questions::grading::normalize_text;
use questions::model::question::Body;
use rand::rngs::StdRng;
use rand::SeedableRng;

const OFFLINE: [Generator; 3] = [
    Generator::Arithmetic,
    Generator::Letters,
    Generator::Vocabulary,
];
const SEEDS: [u64; 3] = [1, 42, 2026];

fn request(
    generator: Generator,
    grade: i64,
    topic: Option<&str>,
    count: usize,
    language: Lang,
) -> Request {
    Request {
        generator,
        grade,
        topic: topic.map(String::from),
        count,
        language,
        source_text: None,
    }
}

fn run(req: &Request, seed: u64) -> Vec<Draft> {
    generate_offline(req, &mut StdRng::seed_from_u64(seed)).expect("valid request generates")
}

/// Every combination the teacher's form offers, with "all topics" as `None`.
fn every_request(count: usize) -> Vec<Request> {
    let mut out = Vec::new();
    for generator in OFFLINE {
        for grade in 1..=11 {
            let mut choices: Vec<Option<&str>> =
                topics(generator, grade).into_iter().map(Some).collect();
            choices.push(None);
            for topic in choices {
                for lang in Lang::ALL {
                    out.push(request(generator, grade, topic, count, lang));
                }
            }
        }
    }
    out
}

#[test]
fn every_generator_grade_topic_and_language_returns_the_count_of_checked_drafts() {
    let mut total = 0;
    for (i, req) in every_request(20).into_iter().enumerate() {
        for seed in SEEDS {
            // Grades and languages do not all change what letters and words are drawn, so each
            // combination gets its own seed.
            let drafts = run(&req, seed * 100_000 + i as u64);
            assert_eq!(drafts.len(), req.count, "{req:?}");
            for d in &drafts {
                assert_eq!(check(&d.question), Ok(()), "{req:?}: {d:?}");
                assert!((1..=3).contains(&d.difficulty), "{d:?}");
                assert!(
                    topics(req.generator, req.grade).contains(&d.topic.as_str()),
                    "{d:?}"
                );
                if let Some(t) = &req.topic {
                    assert_eq!(&d.topic, t);
                }
                assert!(
                    d.question
                        .explanation
                        .as_deref()
                        .is_some_and(|e| !e.trim().is_empty()),
                    "{d:?}"
                );
                match req.generator {
                    Generator::Arithmetic => verify_math(d, req.grade),
                    Generator::Letters => verify_letter(d),
                    _ => verify_vocabulary(d),
                }
                total += 1;
            }
        }
    }
    println!("verified {total} generated items");
}

#[test]
fn letters_written_with_two_characters_never_get_their_first_character_as_a_distractor() {
    let mut digraph_words = 0;
    for seed in 0..40 {
        for d in run(
            &request(Generator::Letters, 1, Some("uz"), 50, Lang::Uz),
            seed,
        ) {
            verify_letter(&d);
            let Body::Single { options, correct } = &d.question.body else {
                unreachable!()
            };
            if d.question.prompt.contains("boshlanadi") && options[*correct].chars().count() > 1 {
                digraph_words += 1;
            }
        }
    }
    assert!(
        digraph_words > 50,
        "only {digraph_words} words starting with Sh, Ch, Oʻ, Gʻ"
    );
}

#[test]
fn a_batch_has_no_repeated_prompts_when_the_topic_is_big_enough() {
    for lang in Lang::ALL {
        for (generator, grade, topic) in [
            (Generator::Arithmetic, 3, "add-sub-1000"),
            (Generator::Arithmetic, 2, "word-problems"),
            (Generator::Letters, 1, "uz"),
            (Generator::Vocabulary, 4, "ru-en"),
        ] {
            let drafts = run(&request(generator, grade, Some(topic), 50, lang), 9);
            let mut prompts: Vec<&str> =
                drafts.iter().map(|d| d.question.prompt.as_str()).collect();
            prompts.sort();
            prompts.dedup();
            assert_eq!(prompts.len(), 50, "{topic} {lang:?}");
        }
    }
}

#[test]
fn the_same_seed_gives_the_same_drafts() {
    let req = request(Generator::Arithmetic, 2, None, 30, Lang::Ru);
    assert_eq!(run(&req, 5), run(&req, 5));
    assert_ne!(run(&req, 5), run(&req, 6));
}

#[test]
fn arithmetic_mixes_choice_typed_and_true_false_questions() {
    let drafts = run(
        &request(Generator::Arithmetic, 1, Some("add-sub-20"), 50, Lang::Uz),
        3,
    );
    let kinds: Vec<&str> = drafts.iter().map(|d| d.question.body.kind()).collect();
    let single = kinds.iter().filter(|k| **k == "single").count();
    assert!(single > 20, "{kinds:?}");
    assert!(
        kinds.contains(&"numeric") && kinds.contains(&"true_false"),
        "{kinds:?}"
    );
    for d in drafts.iter().filter(|d| d.question.body.kind() == "single") {
        assert_eq!(d.question.body.options().map(<[String]>::len), Some(4));
    }
}

#[test]
fn word_problems_are_written_in_the_requested_language() {
    let uz = run(
        &request(
            Generator::Arithmetic,
            3,
            Some("word-problems"),
            30,
            Lang::Uz,
        ),
        1,
    );
    assert!(
        uz.iter().all(|d| d.question.prompt.contains("nechta")),
        "{uz:?}"
    );
    assert!(uz
        .iter()
        .all(|d| !d.question.prompt.contains(['\'', '‘', '’', '`'])));
    let ru = run(
        &request(
            Generator::Arithmetic,
            3,
            Some("word-problems"),
            30,
            Lang::Ru,
        ),
        1,
    );
    assert!(
        ru.iter()
            .all(|d| d.question.prompt.contains("Сколько")
                || d.question.prompt.contains("На сколько"))
    );
    let en = run(
        &request(
            Generator::Arithmetic,
            3,
            Some("word-problems"),
            30,
            Lang::En,
        ),
        1,
    );
    assert!(en.iter().all(|d| d.question.prompt.contains("How many")));
}

#[test]
fn uzbek_prompts_use_the_proper_apostrophes() {
    for req in every_request(10)
        .into_iter()
        .filter(|r| r.language == Lang::Uz)
    {
        for d in run(&req, 11) {
            let q = &d.question;
            let mut texts = vec![q.prompt.clone(), q.explanation.clone().unwrap_or_default()];
            texts.extend(q.body.options().unwrap_or_default().iter().cloned());
            for t in texts {
                assert!(!t.contains(['\'', '‘', '’', '`']), "{t}");
            }
        }
    }
}

#[test]
fn bad_requests_are_refused_with_the_field_that_is_wrong() {
    let mut rng = StdRng::seed_from_u64(1);
    let invalid =
        |field: &'static str, key: &'static str| Err(GenerateError::Invalid { field, key });
    let cases = [
        (
            request(Generator::Arithmetic, 0, None, 5, Lang::Uz),
            invalid("grade", "field-exams-generate-grade"),
        ),
        (
            request(Generator::Arithmetic, 12, None, 5, Lang::Uz),
            invalid("grade", "field-exams-generate-grade"),
        ),
        (
            request(Generator::Letters, 1, None, 0, Lang::Uz),
            invalid("count", "field-exams-generate-count"),
        ),
        (
            request(Generator::Letters, 1, None, 51, Lang::Uz),
            invalid("count", "field-exams-generate-count"),
        ),
        (
            request(Generator::Arithmetic, 2, Some("integers"), 5, Lang::Uz),
            invalid("topic", "field-exams-generate-topic"),
        ),
        (
            request(Generator::Vocabulary, 2, Some("uz-uz"), 5, Lang::Uz),
            invalid("topic", "field-exams-generate-topic"),
        ),
        (
            request(Generator::Llm, 2, Some("math"), 5, Lang::Uz),
            invalid("generator", "field-exams-generate-generator"),
        ),
    ];
    for (req, expected) in cases {
        assert_eq!(generate_offline(&req, &mut rng), expected, "{req:?}");
    }
    let blank_topic = request(Generator::Letters, 1, Some("  "), 3, Lang::En);
    assert_eq!(
        generate_offline(&blank_topic, &mut rng).map(|d| d.len()),
        Ok(3)
    );
}

#[test]
fn generators_parse_from_their_names() {
    for g in Generator::ALL {
        assert_eq!(Generator::parse(g.as_str()), Some(g));
    }
    assert_eq!(Generator::parse("chatgpt"), None);
    assert!(topics(Generator::Arithmetic, 1).contains(&"add-sub-10"));
    assert!(!topics(Generator::Arithmetic, 1).contains(&"mul-table"));
    assert!(topics(Generator::Arithmetic, 6).contains(&"integers"));
    assert!(topics(Generator::Arithmetic, 0).is_empty());
}

#[test]
fn every_topic_and_message_has_a_label_in_all_three_languages() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let keys = |lang: &str| -> Vec<String> {
        let text = std::fs::read_to_string(root.join(format!("locales/{lang}/exams-generate.ftl")))
            .unwrap();
        text.lines()
            .filter(|l| !l.starts_with(['#', ' ']) && l.contains(" = "))
            .map(|l| l.split(" = ").next().unwrap().to_string())
            .collect()
    };
    let uz = keys("uz");
    assert_eq!(uz, keys("ru"));
    assert_eq!(uz, keys("en"));
    let mut needed: Vec<String> = Generator::ALL
        .iter()
        .map(|g| format!("exams-generate-generator-{}", g.as_str()))
        .collect();
    for g in Generator::ALL {
        for grade in 1..=11 {
            needed.extend(
                topics(g, grade)
                    .into_iter()
                    .map(|t| format!("exams-generate-topic-{t}")),
            );
        }
    }
    for field in ["grade", "count", "topic", "generator", "source-text"] {
        needed.push(format!("field-exams-generate-{field}"));
    }
    for reason in [
        "unavailable",
        "timeout",
        "http",
        "not-json",
        "shape",
        "bad-item",
        "count",
    ] {
        needed.push(format!("exams-generate-llm-{reason}"));
    }
    for key in needed {
        assert!(uz.contains(&key), "{key} is not defined");
    }
}

#[test]
fn prints_how_long_a_thousand_arithmetic_items_take() {
    let mut rng = StdRng::seed_from_u64(1000);
    let start = Instant::now();
    let mut n = 0;
    for i in 0..20 {
        let req = request(
            Generator::Arithmetic,
            1 + i % 4,
            None,
            50,
            Lang::ALL[(i % 3) as usize],
        );
        n += generate_offline(&req, &mut rng).unwrap().len();
    }
    println!("generated {n} arithmetic items in {:?}", start.elapsed());
}

// ---- math: recompute every key from the printed numbers ----

/// Signed integers in a text; a minus sign belongs to a number only when it touches it.
fn numbers(s: &str) -> Vec<i64> {
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_digit() {
            let start = i;
            while i < chars.len() && chars[i].is_ascii_digit() {
                i += 1;
            }
            let n: i64 = chars[start..i].iter().collect::<String>().parse().unwrap();
            let negative = start > 0 && chars[start - 1] == '−';
            out.push(if negative { -n } else { n });
        } else {
            i += 1;
        }
    }
    out
}

/// The result of `a op b` (with remainder for division), recomputed.
fn compute(a: i64, op: &str, b: i64) -> (i64, i64) {
    match op {
        "+" => (a + b, 0),
        "−" => (a - b, 0),
        "·" | "×" => (a * b, 0),
        ":" | "÷" => (a / b, a % b),
        other => panic!("unknown operator {other}"),
    }
}

fn key_text(body: &Body) -> Option<String> {
    match body {
        Body::Single { options, correct } => Some(options[*correct].clone()),
        Body::Numeric { answer, tolerance } => {
            assert_eq!(*tolerance, 0.0);
            assert_eq!(answer.fract(), 0.0);
            Some(format!("{}", *answer as i64).replace('-', "−"))
        }
        _ => None,
    }
}

fn verify_math(d: &Draft, grade: i64) {
    let q = &d.question;
    let explanation = q.explanation.as_deref().unwrap();
    let negatives_allowed = d.topic == "integers";
    assert!(!negatives_allowed || grade >= 6);
    if !negatives_allowed {
        let mut texts = vec![q.prompt.as_str(), explanation];
        texts.extend(
            q.body
                .options()
                .unwrap_or_default()
                .iter()
                .map(String::as_str),
        );
        for t in texts {
            assert!(
                numbers(t).iter().all(|n| *n >= 0),
                "negative number in {t:?} ({d:?})"
            );
        }
        if let Body::Numeric { answer, .. } = q.body {
            assert!(answer >= 0.0);
        }
    }
    assert_eq!(d.subject, "math");

    if d.topic == "compare" {
        return verify_compare(d, explanation);
    }
    let (left, right) = explanation
        .split_once(" = ")
        .unwrap_or_else(|| panic!("{d:?}"));
    let op = ["+", "−", "·", "×", ":", "÷"]
        .into_iter()
        .find(|op| left.contains(&format!(" {op} ")))
        .unwrap_or_else(|| panic!("no operator: {d:?}"));
    let operands = numbers(left);
    assert_eq!(operands.len(), 2, "{explanation}");
    let (a, b) = (operands[0], operands[1]);
    let (value, remainder) = compute(a, op, b);
    let shown = numbers(right);
    if shown.len() == 2 {
        assert_eq!((shown[0], shown[1]), (value, remainder), "{explanation}");
        assert!(remainder > 0 && remainder < b);
    } else {
        assert_eq!(shown, vec![value], "{explanation}");
        assert_eq!(remainder, 0, "division must be exact: {explanation}");
    }

    if q.prompt.contains('□') {
        let key = key_text(&q.body).expect("missing number has a key");
        assert!(
            q.prompt.replacen('□', &key, 1).contains(explanation),
            "{d:?}"
        );
        return;
    }
    if let Body::TrueFalse { answer } = q.body {
        let at = q
            .prompt
            .find(&format!("{left} = "))
            .unwrap_or_else(|| panic!("{d:?}"));
        let claimed = q.prompt[at + left.len() + 3..].trim_end_matches('?');
        assert_eq!(answer, claimed == right, "{d:?}");
        return;
    }
    let key = key_text(&q.body).expect("choice or typed answer");
    assert_eq!(key, right, "{d:?}");
    if q.prompt.contains(left) {
        return;
    }
    assert_eq!(d.topic, "word-problems", "{d:?}");
    let mut printed = numbers(&q.prompt);
    printed.sort();
    let mut expected = vec![a, b];
    expected.sort();
    assert_eq!(printed, expected, "{d:?}");
}

fn verify_compare(d: &Draft, explanation: &str) {
    let n = numbers(&d.question.prompt);
    assert_eq!(n.len(), 2, "{d:?}");
    let sign = match n[0].cmp(&n[1]) {
        std::cmp::Ordering::Less => "<",
        std::cmp::Ordering::Greater => ">",
        std::cmp::Ordering::Equal => "=",
    };
    assert_eq!(explanation, format!("{} {sign} {}", n[0], n[1]));
    let Body::Single { options, correct } = &d.question.body else {
        panic!("{d:?}")
    };
    assert_eq!(options[*correct], sign);
}

// ---- letters and vocabulary: look the key up in the alphabet content ----

fn quoted(prompt: &str, text: &str) -> bool {
    prompt.contains(&format!("«{text}»")) || prompt.contains(&format!("“{text}”"))
}

fn verify_letter(d: &Draft) {
    let alphabet = CONTENT.alphabet(&d.topic).expect("topic is an alphabet");
    assert_eq!(
        d.subject,
        ["uzbek", "russian", "english"][["uz", "ru", "en"]
            .iter()
            .position(|c| *c == d.topic)
            .unwrap()]
    );
    let Body::Single { options, correct } = &d.question.body else {
        panic!("{d:?}")
    };
    let key = &options[*correct];
    let prompt = &d.question.prompt;
    let word = alphabet
        .cards
        .iter()
        .flat_map(|c| &c.words)
        .find(|w| prompt.contains(&format!("{} {} ", w.emoji, w.text)));
    if let Some(word) = word {
        let text = word.text.to_lowercase();
        let card = alphabet
            .cards
            .iter()
            .find(|c| &c.upper == key)
            .expect("key is a letter");
        assert_eq!(
            card.position,
            Position::Start,
            "never ask for an inside letter: {d:?}"
        );
        assert!(card.words.iter().any(|w| w.text == word.text), "{d:?}");
        assert!(text.starts_with(&card.lower.to_lowercase()), "{d:?}");
        for option in options {
            let other = alphabet
                .cards
                .iter()
                .find(|c| &c.upper == option)
                .expect("options are letters");
            assert_eq!(other.position, Position::Start);
            if option != key {
                assert!(
                    !text.starts_with(&other.lower.to_lowercase()),
                    "{option} also starts {text}: {d:?}"
                );
            }
        }
        return;
    }
    let card = alphabet
        .cards
        .iter()
        .find(|c| (&c.lower == key || &c.upper == key) && c.upper != c.lower)
        .expect("key is a letter form");
    let lower_asked = &card.lower == key;
    let partner = if lower_asked {
        &card.upper
    } else {
        &card.lower
    };
    assert!(quoted(prompt, partner), "{d:?}");
    for option in options {
        assert!(
            alphabet.cards.iter().any(|c| if lower_asked {
                &c.lower == option
            } else {
                &c.upper == option
            }),
            "{d:?}"
        );
    }
}

fn verify_vocabulary(d: &Draft) {
    let (from, to) = d.topic.split_once('-').unwrap();
    let alphabet = CONTENT.alphabet(from).unwrap();
    let words: Vec<_> = alphabet.cards.iter().flat_map(|c| &c.words).collect();
    let word = words
        .iter()
        .find(|w| quoted(&d.question.prompt, &w.text))
        .unwrap_or_else(|| panic!("{d:?}"));
    let Body::Single { options, correct } = &d.question.body else {
        panic!("{d:?}")
    };
    assert_eq!(options[*correct], word.meaning[to], "{d:?}");
    assert_ne!(
        normalize_text(&word.text),
        normalize_text(&word.meaning[to]),
        "nothing to translate: {d:?}"
    );
    for option in options {
        assert!(
            words.iter().any(|w| &w.meaning[to] == option),
            "{option} is no meaning: {d:?}"
        );
        if option != &options[*correct] {
            assert_ne!(normalize_text(option), normalize_text(&word.meaning[to]));
        }
    }
    assert!(["uzbek", "russian", "english"].contains(&d.subject.as_str()));
}
