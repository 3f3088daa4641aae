//! A percentage of a number: "20% of 150", "150 ning 20%i", "20% от 150", "25% × 80".

use crate::format::decimal;
use crate::number::Rat;
use crate::parse::lex::{Lit, Tok, Token};
use crate::parse::strip_compute;
use crate::steps::{Done, Steps};
use crate::words::{Ask, Msg};
use crate::Kind;

/// Largest percentage accepted.
const MAX_PERCENT: i128 = 1000;

/// A percentage problem as understood.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Input {
    /// The percentage.
    pub p: Lit,
    /// The number it is taken of.
    pub n: Lit,
    /// The problem in normalised form.
    pub shown: String,
}

/// The percentage problem in the tokens, `None` for any other shape.
pub(crate) fn parse(tokens: &[Token]) -> Option<Input> {
    let t: Vec<&Tok> = strip_compute(tokens).iter().map(|t| &t.tok).collect();
    let (p, n, shown) = match t[..] {
        [Tok::Num(p), Tok::Pct, Tok::Word(w), Tok::Num(n)] if w == "of" || w == "от" => {
            (p, n, format!("{}% {w} {}", p.text, n.text))
        }
        [Tok::Num(n), Tok::Word(w), Tok::Num(p), Tok::Pct] if w == "ning" => {
            (p, n, format!("{} ning {}%", n.text, p.text))
        }
        [Tok::Num(p), Tok::Pct, Tok::Times, Tok::Num(n)] => {
            (p, n, format!("{}% × {}", p.text, n.text))
        }
        [Tok::Num(n), Tok::Times, Tok::Num(p), Tok::Pct] => {
            (p, n, format!("{} × {}%", n.text, p.text))
        }
        _ => return None,
    };
    (p.v <= Rat::int(MAX_PERCENT)).then(|| Input {
        p: p.clone(),
        n: n.clone(),
        shown,
    })
}

/// Finds the percentage: as a fraction of 100, then divide and multiply (or multiply, then divide).
pub(crate) fn solve(input: Input, out: &mut Steps) -> Option<Done> {
    let sep = if input.p.comma || input.n.comma {
        ','
    } else {
        '.'
    };
    let show = |v: Rat| decimal(v, sep);
    let (p, n) = (input.p.v, input.n.v);
    let (pt, nt) = (input.p.text.clone(), input.n.text.clone());
    let div = out.div_sign();
    let msg = Msg::PercentFraction { p: pt.clone() };
    out.say(
        "percent_to_fraction",
        format!("{pt}%"),
        format!("{pt}/100"),
        msg,
    );
    let hundred = Rat::int(100);
    let one = n.div(hundred)?;
    let r = n.mul(p)?.div(hundred)?;
    let rs = show(r)?;
    if one.is_int() {
        let ones = show(one)?;
        let expr = format!("{nt} {div} 100");
        let msg = Msg::OnePercent {
            n: nt.clone(),
            one: ones.clone(),
        };
        out.ask(
            "find_one_percent",
            (expr.clone(), ones.clone()),
            msg,
            Ask::Compute(expr),
            ones.clone(),
        );
        let expr = format!("{ones} × {pt}");
        let msg = Msg::TimesPercent {
            one: ones,
            p: pt,
            r: rs.clone(),
        };
        out.ask(
            "multiply_percent",
            (expr.clone(), rs.clone()),
            msg,
            Ask::Compute(expr),
            rs.clone(),
        );
    } else {
        let prod = show(n.mul(p)?)?;
        let expr = format!("{nt} × {pt}");
        let msg = Msg::MulFirst {
            n: nt,
            p: pt,
            prod: prod.clone(),
        };
        out.ask(
            "multiply_first",
            (expr.clone(), prod.clone()),
            msg,
            Ask::Compute(expr),
            prod.clone(),
        );
        let expr = format!("{prod} {div} 100");
        let msg = Msg::DivHundred {
            prod,
            r: rs.clone(),
        };
        out.ask(
            "divide_by_100",
            (expr.clone(), rs.clone()),
            msg,
            Ask::Compute(expr),
            rs.clone(),
        );
    }
    Some(Done {
        kind: Kind::Percent,
        problem: input.shown,
        answer: rs,
    })
}
