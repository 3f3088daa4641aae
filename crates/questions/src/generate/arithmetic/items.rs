//! Arithmetic question forms: compute (choice, typed or true/false), missing number, compare,
//! division with remainder.

use rand::Rng;

use super::distractors;
use super::expr::{num, sign, Fact, Op};
use super::{pick_kind, Kind};
use crate::generate::choice;
use crate::generate::content::MathPhrases;
use crate::generate::template::fill_pairs;
use crate::model::question::{Body, Question};

/// An addition or subtraction with numbers and result within `limit`, never negative. Above
/// 20 the numbers are mostly of the range's size, so "within 1000" is not "within 20".
pub fn add_sub(limit: i64, rng: &mut impl Rng) -> Fact {
    let low = if limit > 20 { limit / 10 } else { 2 };
    let total = rng.gen_range(low.max(2)..=limit);
    let part = rng.gen_range(1..total);
    if rng.gen_bool(0.5) {
        Fact::new(part, Op::Add, total - part)
    } else {
        Fact::new(total, Op::Sub, part)
    }
}

/// A fact of the multiplication table (factors 2..=9, sometimes 10), or its division.
pub fn table(op: Op, rng: &mut impl Rng) -> Fact {
    let x = if rng.gen_bool(0.1) {
        10
    } else {
        rng.gen_range(2..=9)
    };
    let y = rng.gen_range(2..=9);
    match op {
        Op::Div => Fact::new(x * y, Op::Div, y),
        _ => Fact::new(x, Op::Mul, y),
    }
}

/// Addition or subtraction of integers from −20 to 20 with a negative number in it (as an
/// operand or the result).
pub fn integers(rng: &mut impl Rng) -> Fact {
    loop {
        let a = rng.gen_range(-20..=20);
        let b = rng.gen_range(-20..=20);
        let op = if rng.gen_bool(0.5) { Op::Add } else { Op::Sub };
        let fact = Fact::new(a, op, b);
        if a < 0 || b < 0 || fact.value() < 0 {
            return fact;
        }
    }
}

/// "Work out: 7 + 5 = ?" as choice, typed answer or true/false.
pub fn compute(
    fact: Fact,
    negatives: bool,
    m: &MathPhrases,
    rng: &mut impl Rng,
) -> Option<(Question, i64)> {
    let key = fact.value();
    let wrong = distractors::numbers(key, &distractors::mistakes(&fact), negatives, rng);
    let expr = fact.expr(m);
    let explanation = Some(fact.equation(m));
    let prompt = fill_pairs(&m.compute, &[("expr", &expr)]);
    let q = match pick_kind(rng, 6, 2, 2) {
        Kind::Single => {
            let body = choice::single(num(key, true), wrong.iter().map(|n| num(*n, true)), 4, rng)?;
            return Some((
                Question {
                    prompt,
                    body,
                    explanation,
                },
                fact.difficulty(),
            ));
        }
        Kind::Numeric => Question {
            prompt,
            body: numeric(key),
            explanation,
        },
        Kind::TrueFalse => {
            let shown = if rng.gen_bool(0.5) {
                key
            } else {
                *wrong.first()?
            };
            let prompt = fill_pairs(
                &m.true_false,
                &[("expr", &expr), ("value", &num(shown, true))],
            );
            return Some((
                Question {
                    prompt,
                    body: Body::TrueFalse {
                        answer: shown == key,
                    },
                    explanation,
                },
                fact.difficulty(),
            ));
        }
    };
    Some((q, fact.difficulty() + 1))
}

/// "Find the missing number: 7 + □ = 12", as choice or typed answer.
pub fn missing(
    grade: i64,
    limit: i64,
    m: &MathPhrases,
    rng: &mut impl Rng,
) -> Option<(Question, i64)> {
    let fact = match rng.gen_range(0..4) {
        2 if grade >= 2 => table(Op::Mul, rng),
        3 if grade >= 3 => table(Op::Div, rng),
        _ => add_sub(limit.min(1000), rng),
    };
    let value = fact.value();
    let first_missing = rng.gen_bool(0.5);
    let (key, wrong_op) = match (fact.op, first_missing) {
        (Op::Add, true) | (Op::Mul, true) => (fact.a, value + fact.b),
        (Op::Add, false) | (Op::Mul, false) => (fact.b, value + fact.a),
        (Op::Sub, true) => (fact.a, value - fact.b),
        (Op::Sub, false) => (fact.b, value + fact.a),
        (Op::Div, true) => (fact.a, value + fact.b),
        (Op::Div, false) => (fact.b, fact.a - value),
    };
    let (left, right) = if first_missing {
        ("□".to_string(), num(fact.b, false))
    } else {
        (num(fact.a, true), "□".to_string())
    };
    let equation = format!("{left} {} {right} = {value}", sign(fact.op, m));
    let prompt = fill_pairs(&m.missing, &[("equation", &equation)]);
    let explanation = Some(fact.equation(m));
    let difficulty = fact.difficulty() + 1;
    if rng.gen_bool(0.3) {
        return Some((
            Question {
                prompt,
                body: numeric(key),
                explanation,
            },
            difficulty + 1,
        ));
    }
    let wrong = distractors::numbers(key, &[wrong_op, value], false, rng);
    let body = choice::single(key.to_string(), wrong.iter().map(i64::to_string), 4, rng)?;
    Some((
        Question {
            prompt,
            body,
            explanation,
        },
        difficulty,
    ))
}

/// The comparison signs, in the order they are always offered.
pub const SIGNS: [&str; 3] = ["<", ">", "="];

/// "Which sign goes in place of the dots? 47 … 74".
pub fn compare(limit: i64, m: &MathPhrases, rng: &mut impl Rng) -> Option<(Question, i64)> {
    let a = rng.gen_range(0..=limit);
    let (b, close) = match rng.gen_range(0..10) {
        0..=2 => match super::expr::swapped_digits(a) {
            Some(s) if s <= limit => (s, true),
            _ => (a, true),
        },
        3 => (a, false),
        4..=5 => ((a + rng.gen_range(-3..=3)).clamp(0, limit), true),
        _ => (rng.gen_range(0..=limit), false),
    };
    let correct = match a.cmp(&b) {
        std::cmp::Ordering::Less => 0,
        std::cmp::Ordering::Greater => 1,
        std::cmp::Ordering::Equal => 2,
    };
    let (a_text, b_text) = (a.to_string(), b.to_string());
    let prompt = fill_pairs(&m.compare, &[("a", &a_text), ("b", &b_text)]);
    let explanation = Some(format!("{a} {} {b}", SIGNS[correct]));
    let body = Body::Single {
        options: SIGNS.iter().map(|s| s.to_string()).collect(),
        correct,
    };
    Some((
        Question {
            prompt,
            body,
            explanation,
        },
        1 + i64::from(close),
    ))
}

/// "17 : 5 = ?" with options like "3 (remainder 2)", or true/false.
pub fn div_rem(m: &MathPhrases, rng: &mut impl Rng) -> Option<(Question, i64)> {
    let b = rng.gen_range(2..=9);
    let q = rng.gen_range(1..=9);
    let r = rng.gen_range(1..b);
    let a = b * q + r;
    let text = |q: i64, r: i64| {
        fill_pairs(
            &m.remainder,
            &[("q", &q.to_string()), ("r", &r.to_string())],
        )
    };
    let key = text(q, r);
    let mut wrong = vec![
        (q + 1, r),
        (q, r + 1),
        (q, r - 1),
        (q + 1, 0),
        (q - 1, r + b),
        (q - 1, r),
    ];
    wrong.retain(|(q2, r2)| *q2 >= 0 && *r2 >= 0 && (*q2, *r2) != (q, r));
    let wrong: Vec<String> = choice::sample(&wrong, wrong.len(), rng)
        .into_iter()
        .map(|(q, r)| text(q, r))
        .collect();
    let expr = format!("{a} {} {b}", m.divide);
    let explanation = Some(format!("{expr} = {key}"));
    if rng.gen_bool(0.25) {
        let shown = if rng.gen_bool(0.5) {
            key.clone()
        } else {
            wrong.first()?.clone()
        };
        let prompt = fill_pairs(&m.true_false, &[("expr", &expr), ("value", &shown)]);
        return Some((
            Question {
                prompt,
                body: Body::TrueFalse {
                    answer: shown == key,
                },
                explanation,
            },
            2,
        ));
    }
    let prompt = fill_pairs(&m.compute, &[("expr", &expr)]);
    let body = choice::single(key, wrong, 4, rng)?;
    Some((
        Question {
            prompt,
            body,
            explanation,
        },
        2 + i64::from(b >= 6),
    ))
}

/// A typed whole-number answer.
pub fn numeric(answer: i64) -> Body {
    Body::Numeric {
        answer: answer as f64,
        tolerance: 0.0,
    }
}
