//! Quantities with units: conversions ("3 m 20 cm = ? cm", "150 min = ? h ? min") and sums or
//! differences of compound quantities ("2 m 30 cm + 1 m 80 cm").

mod solve;
mod table;

pub(crate) use solve::solve;

use crate::number::Rat;
use crate::parse::lex::{Tok, Token};
use crate::parse::strip_compute;
use table::{lookup, Dim};

/// One part of a quantity: "3 m".
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Part {
    pub v: Rat,
    pub text: String,
    pub unit: String,
    pub size: i128,
}

/// A unit as the problem spelt it, and its size.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Unit {
    pub name: String,
    pub size: i128,
}

/// A problem with units.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Input {
    /// A quantity written again in the target units.
    Convert {
        from: Vec<Part>,
        to: Vec<Unit>,
        sep: char,
    },
    /// The sum or difference of two quantities.
    Op {
        a: Vec<Part>,
        b: Vec<Part>,
        plus: bool,
        sep: char,
    },
}

/// Whether a word is a unit the engine knows.
pub(crate) fn is_unit(word: &str) -> bool {
    lookup(word).is_some()
}

fn unit(t: Option<&Token>) -> Option<(String, Dim, i128)> {
    match t.map(|t| &t.tok) {
        Some(Tok::Word(w)) => lookup(w).map(|(d, s)| (w.clone(), d, s)),
        _ => None,
    }
}

/// Reads "3 m 20 cm": parts in falling sizes, each smaller part less than one of the part before.
fn quantity(t: &[Token], i: &mut usize, dim: &mut Option<Dim>) -> Option<Vec<Part>> {
    let mut parts: Vec<Part> = Vec::new();
    while let (Some(Tok::Num(lit)), Some((name, d, size))) =
        (t.get(*i).map(|t| &t.tok), unit(t.get(*i + 1)))
    {
        if *dim.get_or_insert(d) != d {
            return None;
        }
        if let Some(prev) = parts.last() {
            let ratio = prev.size / size;
            if size >= prev.size
                || lit.v >= Rat::int(ratio)
                || lit.places > 0
                || prev.v.decimal_places()? > 0
            {
                return None;
            }
        }
        parts.push(Part {
            v: lit.v,
            text: lit.text.clone(),
            unit: name,
            size,
        });
        *i += 2;
    }
    (!parts.is_empty()).then_some(parts)
}

/// The units problem in the tokens, `None` for any other shape.
pub(crate) fn parse(tokens: &[Token]) -> Option<Input> {
    let sep = if tokens
        .iter()
        .any(|t| matches!(&t.tok, Tok::Num(l) if l.comma))
    {
        ','
    } else {
        '.'
    };
    let mut dim = None;
    let mut i = 0;
    let first = quantity(tokens, &mut i, &mut dim)?;
    match tokens.get(i).map(|t| &t.tok) {
        Some(Tok::Eq) => {
            let mut to: Vec<Unit> = Vec::new();
            i += 1;
            while i < tokens.len() {
                if tokens[i].tok == Tok::Blank {
                    i += 1;
                }
                let (name, d, size) = unit(tokens.get(i))?;
                if d != dim? || to.last().is_some_and(|u| u.size <= size) {
                    return None;
                }
                to.push(Unit { name, size });
                i += 1;
            }
            let same = first.len() == 1 && to.len() == 1 && first[0].size == to[0].size;
            (!to.is_empty() && !same).then_some(Input::Convert {
                from: first,
                to,
                sep,
            })
        }
        Some(Tok::Plus | Tok::Minus) => {
            let plus = tokens[i].tok == Tok::Plus;
            let rest = strip_compute(&tokens[i + 1..]);
            let mut j = 0;
            let b = quantity(rest, &mut j, &mut dim)?;
            (j == rest.len()).then_some(Input::Op {
                a: first,
                b,
                plus,
                sep,
            })
        }
        _ => None,
    }
}
