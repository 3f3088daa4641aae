//! Fractions and mixed numbers: common denominator, numerators, reciprocal, simplifying, mixed form.

use crate::expression::to_mixed;
use crate::number::{gcd, lcm, Rat};
use crate::parse::tree::{Form, Leaf, Op};
use crate::steps::{Done, Steps};
use crate::words::{Ask, Msg};
use crate::Kind;

/// A fraction as written, not yet reduced.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Parts {
    pub n: i128,
    pub d: i128,
}

impl Parts {
    /// "n/d".
    pub(crate) fn show(self) -> String {
        format!("{}/{}", self.n, self.d)
    }
}

/// The fraction a leaf stands for, with a step for a mixed number; whole numbers get denominator 1.
pub(crate) fn leaf_parts(leaf: &Leaf, out: &mut Steps) -> Option<Parts> {
    let v = leaf.v;
    match leaf.form {
        Form::Frac => {
            let (n, d) = leaf.text.split_once('/')?;
            Some(Parts {
                n: n.parse().ok()?,
                d: d.parse().ok()?,
            })
        }
        Form::Mixed => {
            let p = Parts {
                n: v.num(),
                d: v.den(),
            };
            let (w, rest) = leaf.text.split_once(' ')?;
            let (n, d) = rest.split_once('/')?;
            let msg = Msg::ToImproper {
                mixed: leaf.text.clone(),
                w: w.into(),
                d: d.into(),
                n: n.into(),
                top: p.n.to_string(),
                frac: p.show(),
            };
            let q = Ask::Improper(leaf.text.clone());
            out.ask(
                "to_improper_fraction",
                (leaf.text.clone(), p.show()),
                msg,
                q,
                p.show(),
            );
            Some(p)
        }
        _ => Some(Parts {
            n: v.num(),
            d: v.den(),
        }),
    }
}

/// Simplifies by the greatest common divisor, then writes an improper result as a mixed number.
pub(crate) fn finish(p: Parts, out: &mut Steps) -> Option<String> {
    let v = Rat::new(p.n, p.d)?;
    let g = gcd(p.n, p.d);
    if g > 1 {
        let result = crate::format::frac(v);
        let msg = Msg::Simplify {
            n: p.n.to_string(),
            d: p.d.to_string(),
            g: g.to_string(),
            result: result.clone(),
        };
        let q = Ask::Gcd {
            n: p.n.to_string(),
            d: p.d.to_string(),
        };
        out.ask(
            "simplify_fraction",
            (p.show(), result),
            msg,
            q,
            g.to_string(),
        );
    } else if p.d == 1 {
        let n = p.n.to_string();
        out.say(
            "fraction_to_whole",
            p.show(),
            n.clone(),
            Msg::WholeAsFraction { n },
        );
    }
    Some(to_mixed(v, out))
}

/// "simplify 6/8": simplify, or say it is already as simple as it gets.
pub(crate) fn simplify(n: i128, d: i128, out: &mut Steps) -> Option<Done> {
    let p = Parts { n, d };
    if gcd(n, d) == 1 && n < d {
        let msg = Msg::AlreadySimple {
            frac: p.show(),
            n: n.to_string(),
            d: d.to_string(),
        };
        out.say("already_simplest", p.show(), p.show(), msg);
    }
    let answer = finish(p, out)?;
    Some(Done {
        kind: Kind::Fraction,
        problem: p.show(),
        answer,
    })
}

/// One operation on two fractions, mixed or whole numbers (at least one not whole).
pub(crate) fn solve(op: Op, sign: char, l: &Leaf, r: &Leaf, out: &mut Steps) -> Option<Done> {
    let problem = format!("{} {sign} {}", l.text, r.text);
    let (a, b) = (leaf_parts(l, out)?, leaf_parts(r, out)?);
    let whole = |leaf: &Leaf, p: Parts, out: &mut Steps| {
        if op.is_mul() && leaf.form == Form::Int {
            let n = p.n.to_string();
            out.say(
                "whole_as_fraction",
                n.clone(),
                p.show(),
                Msg::WholeAsFraction { n },
            );
        }
    };
    whole(l, a, out);
    whole(r, b, out);
    let result = match op {
        Op::Add | Op::Sub => numerators(op == Op::Add, a, b, out)?,
        Op::Mul => multiply(a, b, sign, out)?,
        Op::Div => {
            if b.n == 0 {
                return None;
            }
            let flipped = Parts { n: b.d, d: b.n };
            let msg = Msg::Reciprocal {
                b: b.show(),
                flipped: flipped.show(),
            };
            let after = format!("{} × {}", a.show(), flipped.show());
            out.say(
                "multiply_by_reciprocal",
                format!("{} {sign} {}", a.show(), b.show()),
                after,
                msg,
            );
            multiply(a, flipped, '×', out)?
        }
    };
    let answer = finish(result, out)?;
    Some(Done {
        kind: Kind::Fraction,
        problem,
        answer,
    })
}

fn numerators(plus: bool, a: Parts, b: Parts, out: &mut Steps) -> Option<Parts> {
    let sign = if plus { '+' } else { '−' };
    let (mut a2, mut b2) = (a, b);
    if a.d != b.d {
        let den = lcm(a.d, b.d)?;
        a2 = Parts {
            n: a.n.checked_mul(den / a.d)?,
            d: den,
        };
        b2 = Parts {
            n: b.n.checked_mul(den / b.d)?,
            d: den,
        };
        let pair = |from: Parts, to: Parts| {
            let from = if from.d == 1 {
                from.n.to_string()
            } else {
                from.show()
            };
            format!("{from} = {}", to.show())
        };
        let pairs = [(a, a2), (b, b2)]
            .iter()
            .filter(|(f, t)| f.d != t.d)
            .map(|&(f, t)| pair(f, t))
            .collect::<Vec<_>>()
            .join(", ");
        let before = format!("{} {sign} {}", a.show(), b.show());
        let after = format!("{} {sign} {}", a2.show(), b2.show());
        let msg = Msg::CommonDen {
            den: den.to_string(),
            pairs,
        };
        let q = Ask::Lcd {
            a: a.d.to_string(),
            b: b.d.to_string(),
        };
        out.ask(
            "common_denominator",
            (before, after),
            msg,
            q,
            den.to_string(),
        );
    }
    let n = if plus {
        a2.n.checked_add(b2.n)?
    } else {
        a2.n.checked_sub(b2.n)?
    };
    let r = Parts { n, d: a2.d };
    let expr = format!("{} {sign} {}", a2.n, b2.n);
    let msg = Msg::Numerators {
        plus,
        x: a2.n.to_string(),
        y: b2.n.to_string(),
        r: n.to_string(),
        frac: r.show(),
    };
    let change = if plus {
        "add_numerators"
    } else {
        "subtract_numerators"
    };
    let before = format!("{} {sign} {}", a2.show(), b2.show());
    out.ask(
        change,
        (before, r.show()),
        msg,
        Ask::Compute(expr),
        n.to_string(),
    );
    Some(r)
}

fn multiply(a: Parts, b: Parts, sign: char, out: &mut Steps) -> Option<Parts> {
    let r = Parts {
        n: a.n.checked_mul(b.n)?,
        d: a.d.checked_mul(b.d)?,
    };
    let msg = Msg::MultiplyFractions {
        an: a.n.to_string(),
        bn: b.n.to_string(),
        rn: r.n.to_string(),
        ad: a.d.to_string(),
        bd: b.d.to_string(),
        rd: r.d.to_string(),
    };
    let before = format!("{} {sign} {}", a.show(), b.show());
    out.ask(
        "multiply_fractions",
        (before.clone(), r.show()),
        msg,
        Ask::Compute(before),
        r.show(),
    );
    Some(r)
}
