//! Fruit math's puzzles, drawn from the round's seed: equation lines in which each fruit stands
//! for a number, then a question. Each template is triangular: the first line holds one fruit,
//! each later line one fruit more, so the values follow one by one and the solution is unique.
//!
//! A template is text: lines split by `|`, the question after `?`, fruits `A` `B` `C`, and
//! `+` `-` `*` with brackets. Tokens sent to the page: a fruit is its index (0, 1, 2), an
//! operator or bracket is its sign (`+`, `−`, `×`, `(`, `)`).

use serde_json::{json, Value};

use crate::rng::Rng;

/// Fruits a child knows, drawn on phones from 2016 on.
pub const FRUITS: [&str; 10] = ["🍎", "🍌", "🍇", "🍊", "🍓", "🍒", "🍐", "🍉", "🍋", "🍑"];
/// Puzzles in a level.
pub const PER_LEVEL: usize = 3;
/// Levels in a tier.
pub const PER_TIER: u32 = 25;
/// No line and no answer above this.
pub const TOP: i64 = 100;

/// Tier 1: sums of equal fruits; 2: differences; 3: products; 4: brackets.
const TIERS: [&[&str]; 4] = [
    &[
        "A+A?A+A+A",
        "A+A|A+B?A+B+B",
        "A+A+A|A+B?B+B",
        "B+B|A+B?A+A+B",
        "A+A|A+B|B+C?A+B+C",
    ],
    &[
        "A+A|A-B?A+B",
        "A+A+A|B-A?B+A",
        "B+B|A-B?A+A-B",
        "A+A|A+B|B-C?A+B+C",
        "A+A+A|A-B|B+C?C-B",
    ],
    &[
        "A+A|A*B?A+B",
        "A*A|A+B?A*B",
        "A+A+A|A*B?B-A",
        "B+B|A*B|A+C?A*C",
        "A*A|B-A|B+C?A*B-C",
    ],
    &[
        "A+A|A+B?(A+B)*A",
        "A*A|A+B?(B-A)*B",
        "A+A|(A+B)*A?B*B",
        "B+B|(A-B)*B?A+B",
        "A+A|A*B|C-B?(A+C)*B",
    ],
];

/// The biggest value a fruit takes at level `pos` (0–24) of tier `tier` (0–3).
fn top_value(tier: usize, pos: u32) -> u32 {
    match tier {
        0 => 4 + pos / 5,
        1 => 6 + pos / 4,
        _ => 5 + pos / 8,
    }
}

/// A token: a fruit's index or a sign.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tok {
    Fruit(usize),
    Op(char),
}

pub fn tokens(text: &str) -> Vec<Tok> {
    text.chars()
        .map(|c| match c {
            'A'..='C' => Tok::Fruit(c as usize - 'A' as usize),
            '-' => Tok::Op('−'),
            '*' => Tok::Op('×'),
            c => Tok::Op(c),
        })
        .collect()
}

/// The value of `toks` with the fruits' `values` (× before + and −, brackets first), or None
/// when a difference is not a positive whole number.
pub fn eval(toks: &[Tok], values: &[i64]) -> Option<i64> {
    let mut at = 0;
    let v = sum(toks, values, &mut at)?;
    (at == toks.len()).then_some(v)
}

fn sum(t: &[Tok], v: &[i64], at: &mut usize) -> Option<i64> {
    let mut acc = product(t, v, at)?;
    while let Some(Tok::Op(op @ ('+' | '−'))) = t.get(*at) {
        *at += 1;
        let rhs = product(t, v, at)?;
        acc = if *op == '+' { acc + rhs } else { acc - rhs };
        if acc < 1 {
            return None;
        }
    }
    Some(acc)
}

fn product(t: &[Tok], v: &[i64], at: &mut usize) -> Option<i64> {
    let mut acc = atom(t, v, at)?;
    while let Some(Tok::Op('×')) = t.get(*at) {
        *at += 1;
        acc *= atom(t, v, at)?;
    }
    Some(acc)
}

fn atom(t: &[Tok], v: &[i64], at: &mut usize) -> Option<i64> {
    *at += 1;
    match t.get(*at - 1)? {
        Tok::Fruit(f) => v.get(*f).copied(),
        Tok::Op('(') => {
            let inner = sum(t, v, at)?;
            (t.get(*at) == Some(&Tok::Op(')'))).then(|| *at += 1)?;
            Some(inner)
        }
        Tok::Op(_) => None,
    }
}

/// One puzzle: its fruits, its lines `(tokens, value)`, the question and four options.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Puzzle {
    pub fruits: Vec<&'static str>,
    pub values: Vec<i64>,
    pub lines: Vec<(Vec<Tok>, i64)>,
    pub question: Vec<Tok>,
    pub answer: i64,
    pub options: [i64; 4],
    pub right: usize,
}

fn fits(lines: &[Vec<Tok>], question: &[Tok], values: &[i64]) -> bool {
    lines
        .iter()
        .chain(std::iter::once(&question.to_vec()))
        .all(|l| eval(l, values).is_some_and(|x| (1..=TOP).contains(&x)))
}

/// Draws one puzzle of tier `tier` at position `pos` from `rng`.
fn puzzle(rng: &mut Rng, tier: usize, pos: u32) -> Puzzle {
    let list = TIERS[tier];
    let usable = match pos {
        0..=7 => 2,
        8..=15 => 4,
        _ => list.len(),
    };
    let template = list[rng.below(usable as u32) as usize];
    let (lines, question) = template.split_once('?').unwrap_or((template, ""));
    let lines: Vec<Vec<Tok>> = lines.split('|').map(tokens).collect();
    let question = tokens(question);
    let n = ["A", "B", "C"]
        .iter()
        .filter(|f| template.contains(*f))
        .count();
    let top = top_value(tier, pos);
    let mut values = vec![1; n];
    let found = (0..1000).any(|_| {
        values = (0..n).map(|_| i64::from(rng.below(top) + 1)).collect();
        fits(&lines, &question, &values)
    });
    if !found {
        // Unlikely with these ranges, but a round must never fail: the first values in order
        // that fit.
        let top = i64::from(top);
        values = (0..top.pow(n as u32))
            .map(|k| {
                (0..n)
                    .map(|i| k / top.pow(i as u32) % top + 1)
                    .collect::<Vec<_>>()
            })
            .find(|v| fits(&lines, &question, v))
            .unwrap_or(values);
    }
    let mut order: Vec<usize> = (0..FRUITS.len()).collect();
    rng.shuffle(&mut order);
    let answer = eval(&question, &values).unwrap_or(0);
    let lines = lines
        .into_iter()
        .map(|l| {
            let v = eval(&l, &values).unwrap_or(0);
            (l, v)
        })
        .collect();
    let (options, right) = options(rng, answer, &values);
    Puzzle {
        fruits: order[..n].iter().map(|&i| FRUITS[i]).collect(),
        values,
        lines,
        question,
        answer,
        options,
        right,
    }
}

/// Four different positive options, the answer once among them: near misses (±1, ±2, ±10) and
/// the slips of a child who adds or drops one fruit's value.
fn options(rng: &mut Rng, answer: i64, values: &[i64]) -> ([i64; 4], usize) {
    let mut near = vec![answer + 1, answer - 1, answer + 2, answer - 2, answer + 10];
    near.extend(values.iter().flat_map(|v| [answer + v, answer - v]));
    let mut wrong: Vec<i64> = Vec::new();
    for x in near {
        if x > 0 && x != answer && !wrong.contains(&x) {
            wrong.push(x);
        }
    }
    rng.shuffle(&mut wrong);
    let mut all = [answer, wrong[0], wrong[1], wrong[2]];
    rng.shuffle(&mut all);
    let right = all.iter().position(|&x| x == answer).unwrap_or(0);
    (all, right)
}

/// The puzzles of `level` (1–100) from `seed`.
pub fn level(seed: u32, level: u32) -> Vec<Puzzle> {
    let level = level.clamp(1, 4 * PER_TIER);
    let (tier, pos) = (((level - 1) / PER_TIER) as usize, (level - 1) % PER_TIER);
    let mut rng = Rng::new(seed);
    (0..PER_LEVEL)
        .map(|_| puzzle(&mut rng, tier, pos))
        .collect()
}

fn tokens_json(toks: &[Tok]) -> Value {
    toks.iter()
        .map(|t| match t {
            Tok::Fruit(f) => json!(f),
            Tok::Op(c) => json!(c.to_string()),
        })
        .collect()
}

/// A puzzle as the page gets it: no values, no answer (the page works them out).
pub fn to_json(p: &Puzzle) -> Value {
    json!({
        "fruits": p.fruits,
        "lines": p.lines.iter().map(|(l, v)| json!({"left": tokens_json(l), "right": v})).collect::<Vec<_>>(),
        "question": tokens_json(&p.question),
        "options": p.options,
    })
}
