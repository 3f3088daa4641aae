//! Decimals: line up the points, work as with whole numbers, put the point back.

use crate::format::{decimal, decimal_fixed};
use crate::number::Rat;
use crate::parse::tree::{Leaf, Op};
use crate::steps::{Done, Steps};
use crate::words::{Ask, Msg};
use crate::Kind;

/// Digits after the separator of a number as written.
pub(crate) fn places(leaf: &Leaf) -> u32 {
    leaf.text
        .split_once(['.', ','])
        .map_or(0, |(_, p)| p.len() as u32)
        .max(leaf.v.decimal_places().unwrap_or(0))
}

/// The value times 10^k as a whole number.
fn scaled(v: Rat, k: u32) -> Option<i128> {
    let s = v.mul(Rat::pow10(k)?)?;
    s.is_int().then_some(s.num())
}

/// One operation on two decimals (or a decimal and a whole number).
pub(crate) fn solve(
    op: Op,
    sign: char,
    l: &Leaf,
    r: &Leaf,
    sep: char,
    out: &mut Steps,
) -> Option<Done> {
    let problem = format!("{} {sign} {}", l.text, r.text);
    let (pa, pb) = (places(l), places(r));
    let v = op.apply(l.v, r.v)?;
    let answer = decimal(v, sep)?;
    let (x, y, k, opc) = match op {
        Op::Add | Op::Sub => {
            let k = pa.max(pb);
            let (a2, b2) = (decimal_fixed(l.v, k, sep)?, decimal_fixed(r.v, k, sep)?);
            let msg = Msg::LineUpPoints {
                a: a2.clone(),
                b: b2.clone(),
                sep,
            };
            out.say(
                "line_up_decimal_points",
                problem.clone(),
                format!("{a2} {sign} {b2}"),
                msg,
            );
            (scaled(l.v, k)?, scaled(r.v, k)?, k, sign)
        }
        Op::Mul => (scaled(l.v, pa)?, scaled(r.v, pb)?, pa + pb, '×'),
        Op::Div => {
            return divide(l, r, (pb, sign, sep), v, &problem, out).map(|()| done(problem, answer))
        }
    };
    let whole = match op {
        Op::Add => x.checked_add(y)?,
        Op::Sub => x.checked_sub(y)?,
        _ => x.checked_mul(y)?,
    };
    as_whole(opc, (x, y, whole), None, sep, op, out);
    place_point(whole, k, sep, &problem, out)?;
    Some(done(problem, answer))
}

fn done(problem: String, answer: String) -> Done {
    Done {
        kind: Kind::Decimal,
        problem,
        answer,
    }
}

fn as_whole(
    sign: char,
    (x, y, r): (i128, i128, i128),
    pad: Option<(String, String)>,
    sep: char,
    op: Op,
    out: &mut Steps,
) {
    let expr = format!(
        "{x} {sign} {}",
        crate::format::bracket_negative(y.to_string())
    );
    let msg = Msg::AsWhole {
        op: sign,
        x: x.to_string(),
        y: y.to_string(),
        r: r.to_string(),
        sep,
        pad,
    };
    let change = match op {
        Op::Add => "add_as_whole_numbers",
        Op::Sub => "subtract_as_whole_numbers",
        Op::Mul => "multiply_as_whole_numbers",
        Op::Div => "divide_as_whole_numbers",
    };
    out.ask(
        change,
        (expr.clone(), r.to_string()),
        msg,
        Ask::Compute(expr),
        r.to_string(),
    );
}

fn place_point(whole: i128, k: u32, sep: char, problem: &str, out: &mut Steps) -> Option<()> {
    if k == 0 {
        return Some(());
    }
    let v = Rat::int(whole).div(Rat::pow10(k)?)?;
    let raw = decimal_fixed(v, k, sep)?;
    let result = decimal(v, sep)?;
    let msg = Msg::PlacePoint {
        k,
        raw,
        result: result.clone(),
        sep,
    };
    let q = Ask::Compute(problem.to_string());
    out.ask(
        "place_decimal_point",
        (whole.to_string(), result.clone()),
        msg,
        q,
        result,
    );
    Some(())
}

/// Division: make the divisor whole, divide without the point, put the point back.
fn divide(
    l: &Leaf,
    r: &Leaf,
    (pb, sign, sep): (u32, char, char),
    v: Rat,
    problem: &str,
    out: &mut Steps,
) -> Option<()> {
    let shift = Rat::pow10(pb)?;
    let (a, b) = (l.v.mul(shift)?, r.v.mul(shift)?);
    if pb > 0 {
        let (at, bt) = (decimal(a, sep)?, decimal(b, sep)?);
        let msg = Msg::MoveBothPoints {
            a: at.clone(),
            b: bt.clone(),
            sep,
        };
        out.say(
            "make_divisor_whole",
            problem,
            format!("{at} {sign} {bt}"),
            msg,
        );
    }
    let pa = a.decimal_places()?;
    let s = pa.max(v.decimal_places()?);
    let x = scaled(a, s)?;
    let q = x / b.num();
    let pad = (s > pa && s > 0)
        .then(|| Some((decimal(a, sep)?, decimal_fixed(a, s, sep)?)))
        .flatten();
    as_whole(sign, (x, b.num(), q), pad, sep, Op::Div, out);
    place_point(q, s, sep, problem, out)
}
