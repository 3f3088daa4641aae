//! Long division: how many times the divisor fits, multiply, subtract, bring down, remainder.

use super::{answer_step, digits};
use crate::steps::Steps;
use crate::words::{Ask, Msg};

/// Divides two whole numbers (b > 0) by long division and returns "q" or "q r r".
pub(super) fn div(a: i128, b: i128, sign: char, problem: &str, out: &mut Steps) -> String {
    let rem = |r: i128| (r > 0).then_some(r);
    if a == 0 {
        out.say("divide_step", problem, "0", Msg::DivZero);
        return answer_step(problem, 0, None, out);
    }
    if a < b {
        let msg = Msg::DivSmaller {
            a: a.to_string(),
            b: b.to_string(),
        };
        out.say("remainder", problem, format!("0 r {a}"), msg);
        return answer_step(problem, 0, Some(a), out);
    }
    let ds: Vec<u32> = digits(a).into_iter().rev().collect();
    let mut idx = 0;
    let mut part: i128 = 0;
    while part < b {
        part = part * 10 + i128::from(ds[idx]);
        idx += 1;
    }
    let msg = Msg::FirstPart {
        part: part.to_string(),
        b: b.to_string(),
    };
    out.say("first_part", problem, part.to_string(), msg);
    loop {
        let q = part / b;
        let fits = Ask::Fits {
            part: part.to_string(),
            b: b.to_string(),
        };
        let before = format!("{part} {sign} {b}");
        if q == 0 {
            let msg = Msg::DivNoFit {
                part: part.to_string(),
                b: b.to_string(),
            };
            out.ask("divide_step", (before, "0".into()), msg, fits, "0");
        } else {
            let prod = q * b;
            let msg = Msg::DivFit {
                part: part.to_string(),
                b: b.to_string(),
                q: q as u32,
                prod: prod.to_string(),
                next_q: q as u32 + 1,
                next: (prod + b).to_string(),
            };
            out.ask(
                "divide_step",
                (before, q.to_string()),
                msg,
                fits,
                q.to_string(),
            );
            let rest = part - prod;
            let msg = Msg::MulSub {
                q: q as u32,
                b: b.to_string(),
                prod: prod.to_string(),
                part: part.to_string(),
                rest: rest.to_string(),
            };
            let expr = format!("{part} − {prod}");
            out.ask(
                "multiply_subtract",
                (format!("{part} − {q} × {b}"), rest.to_string()),
                msg,
                Ask::Compute(expr),
                rest.to_string(),
            );
        }
        let rest = part % b;
        let Some(&d) = ds.get(idx) else {
            let msg = Msg::Remainder {
                r: rest.to_string(),
                b: b.to_string(),
            };
            out.say("remainder", problem, rest.to_string(), msg);
            return answer_step(problem, a / b, rem(rest), out);
        };
        idx += 1;
        part = rest * 10 + i128::from(d);
        let msg = Msg::BringDown {
            digit: d,
            part: part.to_string(),
        };
        out.say("bring_down", rest.to_string(), part.to_string(), msg);
    }
}
