//! Whole-number column methods: addition, subtraction, multiplication and long division.

mod add;
mod div;
mod mul;
mod sub;

use crate::parse::tree::Op;
use crate::steps::{Done, Steps};
use crate::words::Msg;
use crate::Kind;

/// Most digits of an addend, a minuend or a dividend.
const MAX_DIGITS: usize = 7;

/// The digits of a non-negative number, ones first.
pub(crate) fn digits(n: i128) -> Vec<u32> {
    n.to_string()
        .bytes()
        .rev()
        .map(|b| u32::from(b - b'0'))
        .collect()
}

/// Solves `a op b` by a column method, `None` when the numbers are too big for it (or b is 0).
pub(crate) fn solve(op: Op, a: i128, b: i128, sign: char, out: &mut Steps) -> Option<Done> {
    let (la, lb) = (digits(a).len(), digits(b).len());
    let problem = format!("{a} {sign} {b}");
    let (kind, answer) = match op {
        Op::Add if la.max(lb) <= MAX_DIGITS => (Kind::Addition, add::add(a, b, &problem, out)),
        Op::Sub if la.max(lb) <= MAX_DIGITS => (Kind::Subtraction, sub::sub(a, b, &problem, out)),
        Op::Mul if la.max(lb) <= 4 && la.min(lb) <= 3 => {
            (Kind::Multiplication, mul::mul(a, b, &problem, out))
        }
        Op::Div if b > 0 && lb <= 3 && la <= MAX_DIGITS => {
            (Kind::Division, div::div(a, b, sign, &problem, out))
        }
        _ => return None,
    };
    Some(Done {
        kind,
        problem,
        answer,
    })
}

/// The closing step: "So 47 + 24 = 71."
pub(crate) fn answer_step(problem: &str, q: i128, rem: Option<i128>, out: &mut Steps) -> String {
    let answer = match rem {
        Some(r) => format!("{q} r {r}"),
        None => q.to_string(),
    };
    let msg = Msg::Answer {
        problem: problem.to_string(),
        answer: q.to_string(),
        rem: rem.map(|r| r.to_string()),
    };
    out.say("write_answer", problem, answer.clone(), msg);
    answer
}
