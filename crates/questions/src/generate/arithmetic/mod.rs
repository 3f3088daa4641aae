//! Arithmetic by grade and topic: addition and subtraction within 10, 20, 100 and 1000, the
//! multiplication table, division with and without remainder, comparing numbers, the
//! missing number, word problems, and (grade 6 on) integers.

mod distractors;
mod expr;
mod items;
mod words;

use rand::seq::SliceRandom;
use rand::Rng;

use super::{unique_batch, Draft, Request};
use crate::model::question::Question;

/// Topic codes with the grades they are offered to.
const TOPICS: [(&str, i64, i64); 11] = [
    ("add-sub-10", 1, 1),
    ("add-sub-20", 1, 2),
    ("add-sub-100", 2, 3),
    ("add-sub-1000", 3, 11),
    ("mul-table", 2, 11),
    ("div", 3, 11),
    ("div-rem", 3, 11),
    ("compare", 1, 11),
    ("missing", 1, 11),
    ("word-problems", 1, 11),
    ("integers", 6, 11),
];

pub fn topics(grade: i64) -> Vec<&'static str> {
    TOPICS
        .iter()
        .filter(|(_, from, to)| (*from..=*to).contains(&grade))
        .map(|(code, _, _)| *code)
        .collect()
}

/// The biggest number a grade works with outside the named ranges.
fn limit(grade: i64) -> i64 {
    match grade {
        1 => 20,
        2 => 100,
        3 | 4 => 1000,
        _ => 9999,
    }
}

/// How an answer is given.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Single,
    Numeric,
    TrueFalse,
}

/// Mostly single choice, some typed answers, some true/false.
fn pick_kind(rng: &mut impl Rng, single: u32, numeric: u32, true_false: u32) -> Kind {
    let roll = rng.gen_range(0..single + numeric + true_false);
    if roll < single {
        Kind::Single
    } else if roll < single + numeric {
        Kind::Numeric
    } else {
        Kind::TrueFalse
    }
}

pub fn generate(req: &Request, topic: Option<&'static str>, rng: &mut impl Rng) -> Vec<Draft> {
    let all = topics(req.grade);
    let m = &super::content::of(req.language).phrases.math;
    unique_batch(req.count, || {
        let topic = topic.or_else(|| all.choose(rng).copied())?;
        let (question, difficulty) = make(topic, req, m, rng)?;
        Some(Draft {
            question,
            subject: "math".into(),
            topic: topic.into(),
            difficulty: difficulty.clamp(1, 3),
        })
    })
}

fn make(
    topic: &str,
    req: &Request,
    m: &super::content::MathPhrases,
    rng: &mut impl Rng,
) -> Option<(Question, i64)> {
    let grade = req.grade;
    match topic {
        "add-sub-10" => items::compute(items::add_sub(10, rng), false, m, rng),
        "add-sub-20" => items::compute(items::add_sub(20, rng), false, m, rng),
        "add-sub-100" => items::compute(items::add_sub(100, rng), false, m, rng),
        "add-sub-1000" => items::compute(items::add_sub(1000, rng), false, m, rng),
        "mul-table" => items::compute(items::table(expr::Op::Mul, rng), false, m, rng),
        "div" => items::compute(items::table(expr::Op::Div, rng), false, m, rng),
        "div-rem" => items::div_rem(m, rng),
        "compare" => items::compare(limit(grade), m, rng),
        "missing" => items::missing(grade, limit(grade), m, rng),
        "word-problems" => words::word_problem(grade, req.language, m, rng),
        "integers" => items::compute(items::integers(rng), true, m, rng),
        _ => None,
    }
}
