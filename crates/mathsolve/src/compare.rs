//! Comparison: work out each side, then compare place by place, by a common denominator, or by
//! lining up the decimal places.

use std::cmp::Ordering;

use crate::column::digits;
use crate::decimal::places;
use crate::expression::reduce;
use crate::format::{decimal_fixed, Style};
use crate::fraction::leaf_parts;
use crate::number::{lcm, Rat};
use crate::parse::tree::{Form, Leaf, Node};
use crate::steps::{Done, Steps};
use crate::words::{Ask, Msg};
use crate::Kind;

fn sign(o: Ordering) -> char {
    match o {
        Ordering::Less => '<',
        Ordering::Equal => '=',
        Ordering::Greater => '>',
    }
}

fn leaf(n: &Node) -> Option<&Leaf> {
    match n {
        Node::Leaf(l) => Some(l),
        _ => None,
    }
}

/// Which sign goes between two expressions.
pub(crate) fn solve(mut l: Node, mut r: Node, style: Style, out: &mut Steps) -> Option<Done> {
    let problem = format!("{} ? {}", l.show(), r.show());
    let rs = r.show();
    let plain = l.ops() == 1;
    reduce(
        &mut l,
        style,
        out,
        &|n| format!("{} ? {rs}", n.show()),
        plain,
    )?;
    let ls = l.show();
    let plain = r.ops() == 1;
    reduce(
        &mut r,
        style,
        out,
        &|n| format!("{ls} ? {}", n.show()),
        plain,
    )?;
    let (a, b) = (leaf(&l)?, leaf(&r)?);
    if a.v.is_neg() || b.v.is_neg() {
        return None;
    }
    let s = sign(a.v.cmp(&b.v));
    let plain = |f: Form| matches!(f, Form::Int | Form::Value);
    if a.v.is_int() && b.v.is_int() && plain(a.form) && plain(b.form) {
        whole(a, b, s, out);
    } else if let Style::Dec(sep) = style {
        decimals(a, b, s, sep, out)?;
    } else {
        fractions(a, b, s, out)?;
    }
    Some(Done {
        kind: Kind::Comparison,
        problem,
        answer: s.to_string(),
    })
}

fn decide(change: &str, before: String, (a, s, b): (&str, char, &str), msg: Msg, out: &mut Steps) {
    let q = Ask::Sign {
        a: a.into(),
        b: b.into(),
    };
    out.ask(
        change,
        (before, format!("{a} {s} {b}")),
        msg,
        q,
        s.to_string(),
    );
}

fn whole(a: &Leaf, b: &Leaf, s: char, out: &mut Steps) {
    let (at, bt) = (a.text.as_str(), b.text.as_str());
    let open = format!("{at} ? {bt}");
    let (da, db) = (digits(a.v.num()), digits(b.v.num()));
    let (na, nb) = (da.len(), db.len());
    if na != nb {
        let msg = Msg::DigitCount {
            a: at.into(),
            b: bt.into(),
            na,
            nb,
            sign: Some(s),
        };
        decide("compare_digit_count", open, (at, s, bt), msg, out);
        return;
    }
    if na > 1 {
        let msg = Msg::DigitCount {
            a: at.into(),
            b: bt.into(),
            na,
            nb,
            sign: None,
        };
        out.say("compare_digit_count", open.clone(), open.clone(), msg);
    }
    for place in (0..na).rev() {
        let (x, y) = (da[place], db[place]);
        if x != y {
            let decided = Some((at.to_string(), s, bt.to_string()));
            let msg = Msg::ComparePlace {
                place,
                da: x,
                db: y,
                decided,
            };
            decide("compare_digits", open, (at, s, bt), msg, out);
            return;
        }
        let msg = Msg::ComparePlace {
            place,
            da: x,
            db: y,
            decided: None,
        };
        out.say("compare_digits", open.clone(), open.clone(), msg);
    }
    let msg = Msg::AllSame {
        a: at.into(),
        b: bt.into(),
    };
    decide("compare_digits", open, (at, s, bt), msg, out);
}

fn decimals(a: &Leaf, b: &Leaf, s: char, sep: char, out: &mut Steps) -> Option<()> {
    let k = places(a).max(places(b));
    let (a2, b2) = (decimal_fixed(a.v, k, sep)?, decimal_fixed(b.v, k, sep)?);
    let (at, bt) = (a.text.as_str(), b.text.as_str());
    let msg = Msg::LineUpPlaces {
        a: a2.clone(),
        b: b2.clone(),
        sep,
    };
    let lined = format!("{a2} ? {b2}");
    out.say(
        "line_up_decimal_places",
        format!("{at} ? {bt}"),
        lined.clone(),
        msg,
    );
    let scale = Rat::pow10(k)?;
    let (x, y) = (a.v.mul(scale)?.num(), b.v.mul(scale)?.num());
    let msg = Msg::CompareWhole {
        x: x.to_string(),
        y: y.to_string(),
        sign: s,
        a: at.into(),
        b: bt.into(),
        sep,
    };
    decide("compare_decimals", lined, (at, s, bt), msg, out);
    Some(())
}

fn fractions(a: &Leaf, b: &Leaf, s: char, out: &mut Steps) -> Option<()> {
    let (pa, pb) = (leaf_parts(a, out)?, leaf_parts(b, out)?);
    let (at, bt) = (a.text.as_str(), b.text.as_str());
    let show = |n: i128, d: i128| {
        if d == 1 {
            n.to_string()
        } else {
            format!("{n}/{d}")
        }
    };
    let den = lcm(pa.d, pb.d)?;
    let (x, y) = (pa.n.checked_mul(den / pa.d)?, pb.n.checked_mul(den / pb.d)?);
    let lined = format!("{x}/{den} ? {y}/{den}");
    if pa.d != pb.d {
        let pairs = [(pa, x), (pb, y)]
            .iter()
            .filter(|(p, _)| p.d != den)
            .map(|(p, n)| format!("{} = {n}/{den}", show(p.n, p.d)))
            .collect::<Vec<_>>()
            .join(", ");
        let before = format!("{} ? {}", show(pa.n, pa.d), show(pb.n, pb.d));
        let msg = Msg::CommonDen {
            den: den.to_string(),
            pairs,
        };
        let q = Ask::Lcd {
            a: pa.d.to_string(),
            b: pb.d.to_string(),
        };
        out.ask(
            "common_denominator",
            (before, lined.clone()),
            msg,
            q,
            den.to_string(),
        );
    }
    let msg = Msg::CompareNumerators {
        x: x.to_string(),
        y: y.to_string(),
        sign: s,
        a: at.into(),
        b: bt.into(),
    };
    decide("compare_numerators", lined, (at, s, bt), msg, out);
    Some(())
}
